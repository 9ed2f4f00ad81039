"""The sync outbox: every change of a record the central register keeps gets a row here, written by the audit
entry's `record` in the same transaction as the change and its entry (so a change is never left unsent).

A row names the record (``person`` with its documents, links and photo; ``form`` for a draft) and carries its
own operation UUID; ``app.workspace.sync`` freezes the pending rows of a record into one operation (payload and
batch id stored before sending, so a resend after a crash sends the same UUID) and marks them done when the
server answers. ``sync_base`` keeps, per record, the version and values the server last acknowledged: an
operation sends only the fields changed since, as ``[before, after]``, which lets the server merge edits of
different fields from two stations and keep a conflict when one field was changed two ways.

Personal data leaves the outbox as soon as the server has answered: an acknowledged row keeps its operation id,
the SHA-256 of the payload it sent (``payload_sha256``) and the server's answer, never the values
(``forget_payloads``). Records made before the outbox existed are queued once by ``backfill`` (idempotent).
Erasure (``app.store.retention``) calls ``erase``: the erased person's rows lose their payloads, the record's
``sync_base`` values go, pending rows are closed, and an ``erasure`` operation is queued; the server then
erases its copy of the person's personal data (``app.server.supervision.erase_person``).
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
        payload_sha256 TEXT,                -- what was sent, once the payload is forgotten
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
    columns = {row[1] for row in db.execute("PRAGMA table_info(outbox)").fetchall()}
    if "payload_sha256" not in columns:  # an outbox made before payloads were forgotten after acknowledgement
        db.execute("ALTER TABLE outbox ADD COLUMN payload_sha256 TEXT")
    db._priloga_outbox = True


def enqueue(db, action: str, target: str | None, target_id: str | None, person_id: str | None) -> str | None:
    """Called by `audit.record` inside the change's transaction; returns the new operation's id, if any."""
    kind = _KINDS.get(target or "")
    if kind is None or action in ("print", "export", "subject_export", "erase", "pull"):
        return None
    record_id = person_id if kind == "person" and person_id else target_id
    if not record_id:
        return None
    ensure(db)
    op_id = str(uuid.uuid4())
    row = [op_id, kind, record_id, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")]
    try:
        db.execute("INSERT INTO outbox (op_id, kind, record_id, created_at) VALUES (?, ?, ?, ?)", row)
    except Exception as exc:
        # the table was made in a transaction that was rolled back (the first write failed): make it again
        if "no such table" not in str(exc):
            raise
        db._priloga_outbox = False
        ensure(db)
        db.execute("INSERT INTO outbox (op_id, kind, record_id, created_at) VALUES (?, ?, ?, ?)", row)
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


def forget_payloads(db, batch_id: str) -> int:
    """Inside the caller's transaction, once the server answered a batch: its rows keep the operation id, the
    payload's SHA-256 and the answer; the payload (personal data) goes. Returns the rows cleared."""
    import hashlib

    rows = db.execute("SELECT seq, payload FROM outbox WHERE batch_id = ? AND payload IS NOT NULL"
                      " AND state NOT IN ('pending', 'sent')", [batch_id]).fetchall()
    db.conn.executemany("UPDATE outbox SET payload = NULL, payload_sha256 = ? WHERE seq = ?",
                        [(hashlib.sha256(payload.encode()).hexdigest(), seq) for seq, payload in rows])
    return len(rows)


def backfill(db) -> int:
    """Queue every person and form that has no outbox row and no acknowledged base: records made before the
    outbox existed (or before the station was enrolled on a database that predates it). Idempotent: a record
    queued or acknowledged once is never queued again by it. Inside the caller's transaction; returns the
    rows queued."""
    ensure(db)
    stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    queued = 0
    # one read of what is known (no index of the outbox by record is needed for a once-only pass)
    known = set(db.execute("SELECT kind, record_id FROM outbox UNION SELECT kind, record_id FROM sync_base").fetchall())
    for kind, sql in (("person", "SELECT id FROM persons ORDER BY created_at, id"),
                      ("form", "SELECT id FROM drafts ORDER BY created_at, id")):
        for (record_id,) in db.execute(sql).fetchall():
            if (kind, record_id) in known:
                continue
            db.execute("INSERT INTO outbox (op_id, kind, record_id, created_at) VALUES (?, ?, ?, ?)",
                       [str(uuid.uuid4()), kind, record_id, stamp])
            queued += 1
    return queued


def erase(db, person_id: str | None, draft_ids: list[str]) -> str | None:
    """Inside the erasure's transaction: forget everything the outbox and the sync base keep of the erased
    person and forms, close their pending rows, and (for a person) queue an ``erasure`` operation so the
    central register erases its copy too. Returns the erasure operation's id."""
    ensure(db)
    records = [("form", d) for d in draft_ids] + ([("person", person_id)] if person_id else [])
    import json

    for kind, record_id in records:
        # the answer keeps only its status: a refusal's message may quote a value of the record
        for seq, state, result in db.execute("SELECT seq, state, result FROM outbox WHERE kind = ? AND record_id = ?",
                                             [kind, record_id]).fetchall():
            status = "erased" if state in ("pending", "sent") else (json.loads(result or "{}").get("status") or state)
            db.execute("UPDATE outbox SET payload = NULL, result = ?, state = ? WHERE seq = ?",
                       [json.dumps({"status": status}), "done" if state in ("pending", "sent") else state, seq])
        db.execute("DELETE FROM sync_base WHERE kind = ? AND record_id = ?", [kind, record_id])
    if not person_id:
        return None
    op_id = str(uuid.uuid4())
    db.execute("INSERT INTO outbox (op_id, kind, record_id, created_at) VALUES (?, 'erasure', ?, ?)",
               [op_id, person_id, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")])
    return op_id
