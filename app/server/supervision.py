"""A supervisor's work at the centre: the queue of duplicate candidates, same-field conflicts, relocations, and
the server-held code lists. Every decision runs in one transaction with its row in ``supervisor_decisions``
(the supervisor's name, what was decided, the values), so the centre can always say who decided what.

A supervisor sees the candidates and conflicts that touch their own station; the ministry sees all of them.
"""
from __future__ import annotations

import uuid

import psycopg
from psycopg.types.json import Jsonb

from app.engine.codelists import check_entry
from app.server.records import Refused, log_change as _log


def _visible(user: dict) -> tuple[str, list]:
    """An SQL condition on the station column ``{col}`` for what the user may see, with its parameters."""
    if user["role"] == "ministry":
        return "TRUE", []
    return "{col} = %s", [user["station_id"]]


def _record(conn, user: dict, action: str, subject: str, detail: dict) -> None:
    conn.execute("INSERT INTO supervisor_decisions (user_id, user_name, action, subject, detail)"
                 " VALUES (%s, %s, %s, %s, %s)", (user.get("id"), user["name"], action, subject, Jsonb(detail)))


def _person(conn, person_id) -> dict:
    row = conn.execute("SELECT p.id, p.data, s.name, p.merged_into, p.version, p.station_id FROM persons p"
                       " JOIN stations s ON s.id = p.station_id WHERE p.id = %s", (person_id,)).fetchone()
    docs = [{"kind": k, "number": n, "country": c} for k, n, c in conn.execute(
        "SELECT kind, number, country FROM documents WHERE person_id = %s ORDER BY kind, number", (person_id,))]
    forms = [{"id": str(i), "code": code, "status": status, "version": v, "station": st} for i, code, status, v, st in
             conn.execute("SELECT DISTINCT ON (f.id) f.id, f.code, f.status, f.version, s.name FROM forms f"
                          " JOIN stations s ON s.id = f.station_id WHERE f.person_id = %s"
                          " ORDER BY f.id, f.version DESC", (person_id,))]
    return {"id": str(row[0]), "data": row[1], "station": row[2], "merged_into": row[3] and str(row[3]),
            "version": row[4], "station_id": row[5], "documents": docs, "forms": forms}


# --- duplicates -----------------------------------------------------------------------------------------

REASONS = {"emso": "enak EMŠO", "document": "enak dokument (številka in država izdaje)",
           "birth_name": "enak datum rojstva in ime (v vseh pisavah)"}


def duplicate_queue(conn, user: dict, status: str = "open") -> list[dict]:
    """The candidates the user may decide, oldest first, each with both persons in full."""
    cond, params = _visible(user)
    if params:
        cond, params = "a.station_id = %s OR b.station_id = %s", params * 2
    rows = conn.execute(
        f"SELECT d.id, d.person_a, d.person_b, d.reason, d.status, d.decided_at, d.decided_by"
        f" FROM duplicate_candidates d JOIN persons a ON a.id = d.person_a JOIN persons b ON b.id = d.person_b"
        f" WHERE d.status = %s AND ({cond}) ORDER BY d.id", [status, *params]).fetchall()
    pairs: dict[tuple, dict] = {}  # one entry per two persons, with every reason they were found by
    for cid, a, b, reason, st, at, by in rows:
        if (a, b) in pairs:
            pairs[(a, b)]["ids"].append(cid)
            pairs[(a, b)]["reasons"].append(reason)
            continue
        pairs[(a, b)] = {"id": cid, "ids": [cid], "reasons": [reason], "status": st, "decided_at": at,
                         "decided_by": by, "a": _person(conn, a), "b": _person(conn, b)}
    for pair in pairs.values():
        pair["reason_text"] = "; ".join(REASONS.get(r, r) for r in pair["reasons"])
    return list(pairs.values())


def decide_duplicate(conn: psycopg.Connection, user: dict, candidate_id: int, action: str,
                     keep: str | None = None) -> None:
    """``merge`` (both records stay; the other one gets ``merged_into`` = ``keep``) or ``distinct``
    (not the same person). Refused when the candidate is not the user's or is already decided."""
    if action not in ("merge", "distinct"):
        raise Refused(f"Neznana odločitev »{action}«; izberite združitev ali »ni ista oseba«.", 400)
    with conn.transaction():
        row = conn.execute("SELECT d.person_a, d.person_b, d.reason, a.station_id, b.station_id"
                           " FROM duplicate_candidates d JOIN persons a ON a.id = d.person_a"
                           " JOIN persons b ON b.id = d.person_b WHERE d.id = %s AND d.status = 'open' FOR UPDATE OF d",
                           (candidate_id,)).fetchone()
        if row is None:
            raise Refused(f"Kandidata za združitev št. {candidate_id} ni ali je že odločen; osvežite seznam.", 404)
        a, b, reason, station_a, station_b = row
        if user["role"] != "ministry" and user["station_id"] not in (station_a, station_b):
            raise Refused("Ta kandidat ne zadeva vaše postaje; odloči lahko nadzornik ene od obeh postaj.", 403)
        detail = {"person_a": str(a), "person_b": str(b), "reason": reason}
        if action == "merge":
            try:
                keep_id = uuid.UUID(str(keep))
            except ValueError:
                raise Refused("Izberite osebo, ki ostane glavni zapis.", 400)
            if keep_id not in (a, b):
                raise Refused("Ohraniti je mogoče le eno od obeh oseb kandidata.", 400)
            other = b if keep_id == a else a
            conn.execute("UPDATE persons SET merged_into = %s, updated_at = now() WHERE id = %s", (keep_id, other))
            # the other's own candidates point to the kept record from now on: nothing is deleted
            conn.execute("UPDATE persons SET merged_into = %s WHERE merged_into = %s", (keep_id, other))
            _log(conn, "person", other, None)
            detail.update(kept=str(keep_id), merged=str(other))
        # one decision answers every open candidate of the same two persons (found by EMŠO and by name alike)
        decided = [r[0] for r in conn.execute(
            "UPDATE duplicate_candidates SET status = %s, decided_at = now(), decided_by = %s WHERE status = 'open'"
            " AND person_a = %s AND person_b = %s RETURNING id",
            ("merged" if action == "merge" else "distinct", user["name"], a, b))]
        detail["candidates"] = sorted(decided)
        _record(conn, user, action, f"duplicate:{candidate_id}", detail)


def station_decides_duplicate(conn: psycopg.Connection, station: uuid.UUID, candidate_id: int, keep: str) -> None:
    """A merge asked for through the station API (``POST /v1/duplicates/{id}/merge``): the same decision as a
    supervisor's on the web page — only for a candidate one of whose persons the station holds, recorded in
    ``supervisor_decisions`` with the station's name."""
    name = conn.execute("SELECT name FROM stations WHERE id = %s", (station,)).fetchone()
    user = {"id": None, "name": f"postaja {name[0] if name else station}", "role": "station", "station_id": station}
    decide_duplicate(conn, user, candidate_id, "merge", keep)


# --- conflicts ------------------------------------------------------------------------------------------

def conflict_list(conn, user: dict, open_only: bool = True) -> list[dict]:
    """Same-field conflicts with both sides: value, station, official and time of each."""
    cond, params = _visible(user)
    if params:
        cond = "(c.station_id = %s OR p.station_id = %s)"
        params = params * 2
    rows = conn.execute(
        f"SELECT c.id, c.kind, c.record_id, c.field, c.base, c.current, c.incoming, c.station_id, s.name, c.op_id,"
        f" po.at, p.data, c.resolved_at, c.resolution, c.decided_by FROM conflicts c"
        f" JOIN stations s ON s.id = c.station_id LEFT JOIN processed_operations po ON po.op_id = c.op_id"
        f" LEFT JOIN persons p ON c.kind = 'person' AND p.id::text = c.record_id"
        f" WHERE {'c.resolved_at IS NULL AND ' if open_only else ''}{cond} ORDER BY c.id", params).fetchall()
    out = []
    for (cid, kind, record_id, field, base, current, incoming, sid, sname, op_id, at, data, resolved_at,
         resolution, by) in rows:
        incoming_side = {"value": incoming, "station": sname, "at": at,
                         "official": _official(conn, sid, record_id, at)}
        out.append({"id": cid, "kind": kind, "record_id": record_id, "field": field, "base": base,
                    "name": " ".join(filter(None, [(data or {}).get("surname"), (data or {}).get("given_name")])),
                    "current": {"value": current, **_current_side(conn, kind, record_id, at)},
                    "incoming": incoming_side, "resolved_at": resolved_at, "resolution": resolution, "decided_by": by})
    return out


def _official(conn, station_id, record_id: str, before) -> str:
    """The official whose change of the record the station's audit trail (sent with its pushes) last shows."""
    row = conn.execute("SELECT entry->>'user' FROM audit_entries WHERE station_id = %s AND entry->>'target_id' = %s"
                       " AND (%s::timestamptz IS NULL OR (entry->>'at')::timestamptz <= %s::timestamptz)"
                       " ORDER BY seq DESC LIMIT 1", (station_id, record_id, before, before)).fetchone()
    return row[0] if row and row[0] else "—"


def _current_side(conn, kind: str, record_id: str, before) -> dict:
    """Who made the value the server held when the conflicting operation came: the last change before its
    transaction (the operation's own changes of other fields carry its transaction's time)."""
    row = conn.execute("SELECT c.station_id, s.name, c.at FROM change_log c JOIN stations s ON s.id = c.station_id"
                       " WHERE c.kind = %s AND c.record_id = %s AND (%s::timestamptz IS NULL OR c.at < %s::timestamptz)"
                       " ORDER BY c.seq DESC LIMIT 1", (kind, record_id, before, before)).fetchone()
    if row is None:
        return {"station": "—", "at": None, "official": "—"}
    return {"station": row[1], "at": row[2], "official": _official(conn, row[0], record_id, row[2])}


def resolve_conflict(conn: psycopg.Connection, user: dict, conflict_id: int, side: str) -> None:
    """Keep the value the server held (``current``) or the one that came in (``incoming``); the register takes
    the kept value as a new version that stations pull, and the decision is recorded with the user's name."""
    if side not in ("current", "incoming"):
        raise Refused("Izberite vrednost, ki ostane.", 400)
    with conn.transaction():
        row = conn.execute("SELECT c.kind, c.record_id, c.field, c.current, c.incoming, c.station_id, p.station_id"
                           " FROM conflicts c LEFT JOIN persons p ON c.kind = 'person' AND p.id::text = c.record_id"
                           " WHERE c.id = %s AND c.resolved_at IS NULL FOR UPDATE OF c", (conflict_id,)).fetchone()
        if row is None:
            raise Refused(f"Konflikta št. {conflict_id} ni ali je že razrešen; osvežite seznam.", 404)
        kind, record_id, field, current, incoming, sid, owner = row
        if user["role"] != "ministry" and user["station_id"] not in (sid, owner):
            raise Refused("Ta konflikt ne zadeva vaše postaje; razreši ga lahko nadzornik ene od obeh postaj.", 403)
        kept = current if side == "current" else incoming
        if kind == "person":
            person = conn.execute("SELECT data, version FROM persons WHERE id = %s FOR UPDATE", (record_id,)).fetchone()
            data, version = person
            if data.get(field) != kept:
                data[field] = kept
                from app.server.records import refresh_name_keys

                conn.execute("UPDATE persons SET data = %s, version = %s, updated_at = now() WHERE id = %s",
                             (Jsonb(data), version + 1, record_id))
                refresh_name_keys(conn, [uuid.UUID(str(record_id))])
                _log(conn, "person", record_id, None)
        resolution = {"side": side, "value": kept}
        conn.execute("UPDATE conflicts SET resolved_at = now(), resolution = %s, decided_by = %s WHERE id = %s",
                     (Jsonb(resolution), user["name"], conflict_id))
        _log(conn, "conflict", conflict_id, None, sid)  # the station whose value came in pulls the decision
        _record(conn, user, "keep_value", f"conflict:{conflict_id}",
                {"record_id": record_id, "field": field, "side": side})  # never the values: they may be erased


def conflict_decision(conn, conflict_id: str) -> dict:
    """What the station whose value came in pulls once a supervisor decided: the record, field and kept value."""
    row = conn.execute("SELECT kind, record_id, field, incoming, resolution FROM conflicts WHERE id = %s",
                       (int(conflict_id),)).fetchone()
    if row is None or row[4] is None:
        return {"decided": False}
    kind, record_id, field, incoming, resolution = row
    return {"decided": True, "record_kind": kind, "person_id": record_id, "field": field, "incoming": incoming,
            "side": resolution.get("side"), "value": resolution.get("value")}


# --- relocation -----------------------------------------------------------------------------------------

def station_id(conn, name: str) -> uuid.UUID:
    row = conn.execute("SELECT id FROM stations WHERE name = %s AND revoked_at IS NULL", (name,)).fetchone()
    if row is None:
        raise Refused(f"Postaje »{name}« ni v centralnem registru ali je preklicana; izberite vpisano postajo.", 404)
    return row[0]


def relocate(conn: psycopg.Connection, person_id: str, to_station: uuid.UUID, by_name: str,
             by_station: uuid.UUID | None = None, user: dict | None = None) -> dict:
    """Move a person's case to another station (relocation to another centre). The person and their unfinished
    forms belong to the new station from now on; finished and signed forms stay the history of the station
    that made them (read-only everywhere). The new station pulls all of it by the change sequence.

    ``by_station``: a station hands over only its own persons; ``user``: a supervisor of the current station
    or the ministry."""
    try:
        pid = uuid.UUID(str(person_id))
    except ValueError:
        raise Refused("Oseba nima veljavnega UUID.", 400)
    with conn.transaction():
        row = conn.execute("SELECT station_id FROM persons WHERE id = %s AND erased_at IS NULL FOR UPDATE",
                           (pid,)).fetchone()
        if row is None:
            raise Refused(f"Osebe {pid} ni v centralnem registru; postaja naj jo najprej sinhronizira.", 404)
        owner = row[0]
        if by_station is not None and by_station != owner:
            raise Refused("Osebo lahko preda le postaja, ki jo vodi; ali pa nadzornik v centralnem registru.", 403)
        if user is not None and user["role"] != "ministry" and user["station_id"] != owner:
            raise Refused("Premestiti je mogoče le osebo vaše postaje.", 403)
        if owner == to_station:
            raise Refused("Oseba je že na tej postaji.", 409)
        conn.execute("UPDATE persons SET station_id = %s, updated_at = now() WHERE id = %s", (to_station, pid))
        # unfinished forms move with the case (their latest version names the new station); finished ones stay
        moved = conn.execute(
            "UPDATE forms f SET station_id = %s FROM (SELECT DISTINCT ON (id) id, version, status FROM forms"
            " WHERE person_id = %s ORDER BY id, version DESC) latest WHERE f.id = latest.id"
            " AND f.version = latest.version AND latest.status = 'draft' RETURNING f.id", (to_station, pid)).fetchall()
        conn.execute("INSERT INTO relocations (person_id, from_station, to_station, by_name) VALUES (%s, %s, %s, %s)",
                     (pid, owner, to_station, by_name))
        _log(conn, "person", pid, None, to_station)
        if user is not None:
            _record(conn, user, "relocate", f"person:{pid}", {"from": str(owner), "to": str(to_station)})
    return {"person_id": str(pid), "to_station": str(to_station), "drafts_moved": len(moved)}


def person_bundle(conn, person_id: str) -> dict | None:
    """What a station pulls for a person moved to it: the person, documents, family links and every form
    (latest version) with its photo's hash; ``read_only`` marks the finished ones and those of other stations."""
    row = conn.execute("SELECT p.version, p.data, p.merged_into, p.station_id, p.erased_at FROM persons p"
                       " WHERE p.id = %s", (person_id,)).fetchone()
    if row is None:
        return None
    version, data, merged_into, owner, erased_at = row
    docs = [d for (d,) in conn.execute("SELECT data FROM documents WHERE person_id = %s ORDER BY number", (person_id,))]
    forms = []
    for fid, fversion, code, form_version, status, fdata, photo, finished_at, sid, sname in conn.execute(
            "SELECT DISTINCT ON (f.id) f.id, f.version, f.code, f.form_version, f.status, f.data, f.photo_sha256,"
            " f.finished_at, f.station_id, s.name FROM forms f JOIN stations s ON s.id = f.station_id"
            " WHERE f.person_id = %s ORDER BY f.id, f.version DESC", (person_id,)):
        forms.append({"id": str(fid), "version": fversion, "code": code, "form_version": form_version,
                      "status": status, "data": fdata, "photo_sha256": photo, "finished_at": finished_at,
                      "station": sname, "read_only": status != "draft" or sid != owner})
    return {"version": version, "data": data, "merged_into": merged_into and str(merged_into),
            "owner": str(owner), "erased": erased_at is not None, "documents": docs, "forms": forms}


# --- code lists -----------------------------------------------------------------------------------------

def set_codelist_entry(conn: psycopg.Connection, name: str, value: str, label: str) -> int:
    """Add or rename an entry of a server-held code list; returns the list's new version. Stations pull it."""
    from app.engine.catalog import forms_dir

    if not (forms_dir() / "codelists" / f"{name}.yaml").exists():
        names = sorted(p.stem for p in (forms_dir() / "codelists").glob("*.yaml"))
        raise Refused(f"Šifranta »{name}« ni; so: {', '.join(names)}.", 404)
    try:
        value, label = check_entry(value, label)
    except ValueError as err:
        raise Refused(str(err), 400)
    with conn.transaction():
        conn.execute("INSERT INTO codelist_entries (name, value, label) VALUES (%s, %s, %s) ON CONFLICT (name, value)"
                     " DO UPDATE SET label = EXCLUDED.label", (name, value, label))
        version = conn.execute("INSERT INTO codelist_versions (name, version) VALUES (%s, 1) ON CONFLICT (name)"
                               " DO UPDATE SET version = codelist_versions.version + 1, updated_at = now()"
                               " RETURNING version", (name,)).fetchone()[0]
        _log(conn, "codelist", name, None)
    return version


def codelist(conn, name: str) -> dict:
    version = conn.execute("SELECT version FROM codelist_versions WHERE name = %s", (name,)).fetchone()
    entries = dict(conn.execute("SELECT value, label FROM codelist_entries WHERE name = %s ORDER BY value", (name,)))
    return {"version": version[0] if version else 0, "entries": entries}


# --- erasure --------------------------------------------------------------------------------------------

def erase_person(conn, station: uuid.UUID, person_id: str) -> dict:
    """A station erased a person when the retention period ran out (Art. 73 ZZZRO-1 via the station's
    retention): the centre erases its copy of the personal data too — the person's values, documents, links,
    the data of their forms and the photos no other record uses. Kept: the ids, the station, the form codes
    and statuses, and ``erased_at`` (so counts of the past are explained). Only the station that holds the person may erase it."""
    try:
        pid = uuid.UUID(str(person_id))
    except ValueError:
        raise Refused("Oseba nima veljavnega UUID.", 400)
    row = conn.execute("SELECT station_id, erased_at FROM persons WHERE id = %s FOR UPDATE", (pid,)).fetchone()
    if row is None:
        return {"status": "applied", "erased": False}  # never reached the centre: nothing to erase
    if row[0] != station:
        raise Refused("Osebo lahko izbriše le postaja, ki jo vodi.", 403)
    if row[1] is not None:
        return {"status": "applied", "erased": True}
    photos = [h for (h,) in conn.execute("SELECT photo_sha256 FROM forms WHERE person_id = %s AND photo_sha256 IS NOT"
                                         " NULL UNION SELECT signed_pdf_sha256 FROM forms WHERE person_id = %s AND"
                                         " signed_pdf_sha256 IS NOT NULL UNION SELECT data->>'photo_sha256' FROM"
                                         " persons WHERE id = %s AND data->>'photo_sha256' IS NOT NULL",
                                         (pid, pid, pid))]
    conn.execute("DELETE FROM person_name_keys WHERE person_id = %s", (pid,))
    conn.execute("UPDATE persons SET data = '{}', erased_at = now(), version = version + 1,"
                 " updated_at = now() WHERE id = %s", (pid,))
    conn.execute("DELETE FROM documents WHERE person_id = %s", (pid,))
    conn.execute("UPDATE conflicts SET base = NULL, current = NULL, incoming = NULL, resolution = NULL"
                 " WHERE kind = 'person' AND record_id = %s", (str(pid),))
    conn.execute("DELETE FROM person_links WHERE person_id = %s OR other_id = %s", (pid, pid))
    conn.execute("UPDATE forms SET data = '{}', photo_sha256 = NULL, signed_pdf_sha256 = NULL WHERE person_id = %s",
                 (pid,))
    gone = 0
    for digest in photos:
        gone += conn.execute(
            "DELETE FROM attachments a WHERE sha256 = %s AND NOT EXISTS (SELECT 1 FROM forms WHERE photo_sha256 = a.sha256"
            " OR signed_pdf_sha256 = a.sha256) AND NOT EXISTS (SELECT 1 FROM persons WHERE data->>'photo_sha256'"
            " = a.sha256)", (digest,)).rowcount
    _log(conn, "person", pid, station)
    return {"status": "applied", "erased": True, "attachments": gone}
