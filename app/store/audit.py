"""The audit trail: who did what and when, append-only and chained by hashes so that a change is seen.

Each entry names the user and station, the action, what it touched (form, person, draft) and a summary
(which fields changed, how many rows, which serial) — never the values themselves: the log says that
item 3 of a ZZ-1 changed, not the new surname. Entries are written in the same transaction as the
change they describe, so a change and its entry reach the disk together or not at all.

Every entry's hash covers its content and the previous entry's hash; `check` recomputes the chain and
reports the first entry whose hash or link does not match. Triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from app.store import outbox

if TYPE_CHECKING:
    from app.store.db import Database

GENESIS = "0" * 64

#: What an entry's action may be (the UI shows these words).
ACTIONS = {
    "create": "ustvarjeno",
    "change": "spremenjeno",
    "photo": "fotografija",
    "finish": "zaključeno",
    "reopen": "ponovno odprto",
    "delete": "izbrisan osnutek",
    "issue_serial": "izdana številka",
    "void": "razveljavljeno",
    "sign": "podpisano",
    "correct": "popravek",
    "print": "natisnjeno",
    "export": "izvoženo",
    "transfer": "prenos",
    "login": "prijava",
    "login_failed": "neuspešna prijava",
    "lockout": "zaklep računa",
    "lock": "zaklep seje",
    "unlock": "odklep seje",
    "logout": "odjava",
    "account": "uporabniški račun",
    "password": "geslo",
    "settings": "nastavitve",
    "erase": "izbris po roku hrambe",
    "subject_export": "izpis za posameznika",
    "backup": "varnostna kopija",
    "restore": "obnova",
    "key": "ključ za podpisovanje",
    "register": "register",
    "pull": "prejeto iz centralnega registra",
    "relocate": "premestitev primera na drugo postajo",
}

_FIELDS = ("id", "at", "station_id", "user", "action", "target", "target_id", "form_code", "person_id", "detail")


class AuditError(Exception):
    """An audit entry cannot be written (unknown action)."""


@dataclass(frozen=True)
class Entry:
    seq: int
    id: str
    at: str
    station_id: str
    user: str
    action: str
    target: str | None
    target_id: str | None
    form_code: str | None
    person_id: str | None
    detail: dict
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head: str
    first_broken: int | None  # seq of the first entry whose hash or link does not match
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def entry_hash(prev_hash: str, values: dict) -> str:
    """sha256 over the previous hash and the entry's fields as canonical JSON."""
    payload = json.dumps([values[name] for name in _FIELDS], ensure_ascii=False, sort_keys=True,
                         separators=(",", ":"))
    return hashlib.sha256((prev_hash + "\n" + payload).encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def record(db: Database, action: str, *, target: str | None = None, target_id: str | None = None,
           form_code: str | None = None, person_id: str | None = None, detail: dict | None = None,
           user: str | None = None, at: str | None = None) -> str:
    """Append an entry (inside the caller's transaction when there is one); return its hash.

    `detail` holds only names, counts and identifiers (e.g. {"fields": ["surname"]}), never values."""
    if action not in ACTIONS:
        raise AuditError(f"unknown audit action {action!r}")
    actor = db.actor or {}
    row = db.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    values = {
        "id": str(uuid.uuid4()),
        "at": at or _now(),
        "station_id": actor.get("station", ""),
        "user": user if user is not None else actor.get("user", ""),
        "action": action,
        "target": target,
        "target_id": target_id,
        "form_code": form_code,
        "person_id": person_id,
        "detail": json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
    }
    digest = entry_hash(prev, values)
    db.execute(
        "INSERT INTO audit_log (id, at, station_id, user, action, target, target_id, form_code, person_id, detail,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*(values[name] for name in _FIELDS), prev, digest])
    outbox.enqueue(db, action, target, target_id, person_id)  # the sync outbox, in the same transaction
    return digest


def record_now(db: Database, action: str, **kwargs) -> str:
    """`record` in a durable transaction of its own (for actions that write nothing else: export, login)."""
    with db.write():
        return record(db, action, **kwargs)


def head(db: Database) -> tuple[int, str]:
    """(number of entries, hash of the last one): shown in the app and sent with every transfer."""
    row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    if not row:
        return 0, GENESIS
    # Entries are numbered 1, 2, 3 … and never deleted (a trigger refuses it), so the last number is the count:
    # one index lookup instead of counting ~15 entries per person (the window shows it every few seconds).
    # `check` counts them for real.
    return row[0], row[1]


def _entry(row) -> Entry:
    (seq, id_, at, station, user, action, target, target_id, form_code, person_id, detail, prev, digest) = row
    try:
        parsed = json.loads(detail)
    except (TypeError, ValueError):
        parsed = {"_raw": detail}
    return Entry(seq, id_, at, station, user, action, target, target_id, form_code, person_id, parsed, prev, digest)


_COLUMNS = "seq, id, at, station_id, user, action, target, target_id, form_code, person_id, detail, prev_hash, hash"


def entries(db: Database, limit: int = 200, before_seq: int | None = None, user: str | None = None,
            action: str | None = None, person_id: str | None = None) -> list[Entry]:
    """The newest entries first (a page of `limit`, older than `before_seq`), optionally filtered."""
    where, params = [], []
    if before_seq is not None:
        where.append("seq < ?")
        params.append(before_seq)
    for column, value in (("user", user), ("action", action), ("person_id", person_id)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    sql = f"SELECT {_COLUMNS} FROM audit_log" + (" WHERE " + " AND ".join(where) if where else "")
    return [_entry(r) for r in db.execute(sql + " ORDER BY seq DESC LIMIT ?", [*params, limit]).fetchall()]


def all_entries(db: Database) -> Iterable[Entry]:
    for row in db.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq"):
        yield _entry(row)


def check(db: Database) -> ChainReport:
    """Recompute the chain from the first entry; report the first entry that does not match."""
    prev = GENESIS
    count = 0
    for row in db.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq"):
        count += 1
        seq, prev_hash, digest = row[0], row[11], row[12]
        values = dict(zip(_FIELDS, row[1:11]))
        if prev_hash != prev:
            return ChainReport(count, prev, seq, "povezava s prejšnjim vnosom ne ustreza (vnos je bil vstavljen ali "
                                                 "prejšnji izbrisan)")
        if entry_hash(prev, values) != digest:
            return ChainReport(count, prev, seq, "vsebina vnosa ne ustreza njegovemu odtisu (vnos je bil spremenjen)")
        prev = digest
    return ChainReport(count, prev, None)


def changed_fields(old: dict, new: dict) -> list[str]:
    """The names of the fields whose values differ (a table counts as one field)."""
    return sorted(name for name in set(old) | set(new) if old.get(name) != new.get(name))
