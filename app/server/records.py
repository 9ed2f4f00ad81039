"""What the central register's modules share: the refusal a request gets, the change log's entry, and a
person's name keys (``person_name_keys``: duplicate matching across scripts). No module of app.server imports
back from the modules that use these (app.server.register, app.server.supervision, app.server.db)."""

from __future__ import annotations

import uuid

from app.engine.names import search_keys


class Refused(Exception):
    """A request the server will not serve; ``str()`` is the message shown at the station (Slovenian)."""

    def __init__(self, message: str, status: int = 403):
        super().__init__(message)
        self.status = status


def log_change(conn, kind, record_id, station, target=None) -> None:
    conn.execute("INSERT INTO change_log (kind, record_id, station_id, target_station) VALUES (%s, %s, %s, %s)",
                 (kind, str(record_id), station, target))


def person_keys(data: dict) -> list[str]:
    """The folded keys of a person's name in every script (``app.engine.names.search_keys`` of the name as typed
    and its Latin form): Шевченко, Ševčenko, Shevchenko and Sevcenko give the same key."""
    return search_keys(full_name(data), nationality=data.get("citizenship"))


def full_name(data: dict) -> str:
    return " ".join(str(data.get(k) or "") for k in ("surname", "given_name", "latin_name")).strip()


def refresh_name_keys(conn, person_ids: list[uuid.UUID] | None = None) -> int:
    """(Re)write ``person_name_keys`` of these persons (all when None) from their data; returns the persons."""
    where, params = ("WHERE id = ANY(%s)", (list(person_ids),)) if person_ids is not None else ("", ())
    people = conn.execute(f"SELECT id, data FROM persons {where}", params).fetchall()
    with conn.transaction():
        conn.execute(f"DELETE FROM person_name_keys {where.replace('id', 'person_id', 1)}", params)
        rows = [(pid, data.get("birth_date"), key) for pid, data in people if data.get("birth_date")
                for key in person_keys(data)]
        if rows:
            conn.execute("INSERT INTO person_name_keys (person_id, birth_date, key) SELECT * FROM"
                         " unnest(%s::uuid[], %s::text[], %s::text[]) ON CONFLICT DO NOTHING",
                         tuple(map(list, zip(*rows))))
    return len(people)
