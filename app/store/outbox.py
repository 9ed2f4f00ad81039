"""The sync outbox: every change of a record the central register keeps gets a row here, written by the audit
entry's `record` in the same transaction as the change and its entry (so a change is never left unsent).

A row names the record (``person`` with its documents, links and photo; ``form`` for a draft) and carries its
own operation UUID; ``app.workspace.sync`` freezes the pending rows of a record into one operation (payload and
batch id stored before sending, so a resend after a crash sends the same UUID) and marks them done when the
server answers. ``sync_base`` keeps, per record, the version and values the server last acknowledged: an
operation sends only the fields changed since, as ``[before, after]``, which lets the server merge edits of
different fields from two stations and keep a conflict when one field was changed two ways.
"""
from __future__ import annotations

import datetime as dt
import uuid

_TABLES = (
    """CREATE TABLE IF NOT EXISTS outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        op_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,                 -- person, form
        record_id TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',   -- pending, sent, done, rejected, conflict
        batch_id TEXT,
        payload TEXT,                       -- the operation as sent (JSON), frozen before the first send
        result TEXT,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, kind, record_id)",
    # the pending rows in order, without reading the rows already done (a first sync has tens of thousands)
    "CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (state, seq)",
    """CREATE TABLE IF NOT EXISTS sync_base (
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        version INTEGER NOT NULL,           -- the server's version of the record
        data TEXT NOT NULL,                 -- the values the server acknowledged (JSON)
        PRIMARY KEY (kind, record_id)
    )""",
    """CREATE TABLE IF NOT EXISTS sync_state (   -- positions of the sync (not settings: not audited each sync)
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
)

#: audit targets that change a record kept centrally → the record's kind
_KINDS = {"person": "person", "document": "person", "link": "person", "draft": "form"}


def ensure(db) -> None:
    if getattr(db, "_priloga_outbox", False):
        return
    for sql in _TABLES:
        db.execute(sql)
    db._priloga_outbox = True


def enqueue(db, action: str, target: str | None, target_id: str | None, person_id: str | None) -> str | None:
    """Called by `audit.record` inside the change's transaction; returns the new operation's id, if any."""
    kind = _KINDS.get(target or "")
    if kind is None or action in ("print", "export", "subject_export", "erase"):
        return None
    record_id = person_id if kind == "person" and person_id else target_id
    if not record_id:
        return None
    ensure(db)
    op_id = str(uuid.uuid4())
    db.execute("INSERT INTO outbox (op_id, kind, record_id, created_at) VALUES (?, ?, ?, ?)",
               [op_id, kind, record_id, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")])
    return op_id


def pending_count(db) -> int:
    ensure(db)
    return db.execute("SELECT count(DISTINCT kind || record_id) FROM outbox WHERE state IN ('pending', 'sent')"
                      ).fetchone()[0]


def get_state(db, key: str, default: str = "") -> str:
    ensure(db)
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_state(db, key: str, value: str) -> None:
    """Inside the caller's transaction."""
    ensure(db)
    db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               [key, value])
