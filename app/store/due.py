"""The deadlines (*Roki*) kept in a table, so that the list of a station of 100,000 persons is a page of an
index, not a pass of the rules over every person and form (3.1 s at 100,000 persons).

`due_items` holds every deadline the rules of app.engine.deadlines find (whatever the day: each row has the
day it is listed from); `due_dirty` holds the *owners* whose rows may be stale: a person's id, or
``draft:<id>`` for a form without a person. Triggers on persons, drafts (the kinds the rules read), card
serials and family links mark the owners in the same transaction as the change, whoever writes (forms, the
register, sync, retention, a restore); `refresh` recomputes the rows of the marked owners with the engine's
own rules (one definition of each deadline) before the list is read. A change of the periods (settings)
recomputes every row. Pure SQL and the engine: no Qt.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Callable, Iterable, Sequence

#: the kinds of forms the rules read (a change of another kind marks nothing)
FORM_CODES = ("ZZ-1", "ZZ-2", "ZZ-3", "UP-6", "UP-7", "UP-8", "UP-9")
_CODES_SQL = ", ".join(f"'{c}'" for c in FORM_CODES)
_COLUMNS = ("kind", "due_on", "listed_from", "name", "person_id", "draft_id", "period", "family", "family_name")


def _owner(prefix: str) -> str:
    return (f"coalesce({prefix}.person_id, CASE WHEN {prefix}.form_code = 'ZZ-2' AND {prefix}.parent_id IS NOT NULL"
            f" THEN (SELECT coalesce(p.person_id, 'draft:' || p.id) FROM drafts p WHERE p.id = {prefix}.parent_id)"
            f" ELSE 'draft:' || {prefix}.id END)")


def create(db) -> None:
    """The tables, their indexes and the triggers that mark what changed (schema v12)."""
    db.execute(f"""
        CREATE TABLE due_items (
            owner TEXT NOT NULL,        -- the person's id, or 'draft:<id>' for a form without a person
            kind TEXT NOT NULL, due_on TEXT NOT NULL, listed_from TEXT NOT NULL, name TEXT NOT NULL,
            person_id TEXT, draft_id TEXT, period TEXT NOT NULL, family TEXT, family_name TEXT NOT NULL
        )""")
    _indexes(db)
    # how many rows per (listed from, due on): the list's length and its overdue count without reading every row
    db.execute("""
        CREATE TABLE due_days (
            listed_from TEXT NOT NULL, due_on TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (listed_from, due_on)
        ) WITHOUT ROWID""")
    db.execute("""
        CREATE TRIGGER due_days_insert AFTER INSERT ON due_items BEGIN
            INSERT INTO due_days (listed_from, due_on, n) VALUES (NEW.listed_from, NEW.due_on, 1)
                ON CONFLICT (listed_from, due_on) DO UPDATE SET n = n + 1;
        END""")
    db.execute("""
        CREATE TRIGGER due_days_delete AFTER DELETE ON due_items BEGIN
            UPDATE due_days SET n = n - 1 WHERE listed_from = OLD.listed_from AND due_on = OLD.due_on;
        END""")
    db.execute("CREATE TABLE due_dirty (owner TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute("CREATE TABLE due_state (id INTEGER PRIMARY KEY CHECK (id = 1), periods TEXT NOT NULL)")
    # "INSERT … WHERE NOT EXISTS", not "INSERT OR IGNORE": a trigger's own conflict clause gives way to that of
    # the statement that fired it (an INSERT OR REPLACE into persons would make a second mark an error)
    def mark(owner: str) -> str:
        return (f"INSERT INTO due_dirty (owner) SELECT o FROM (SELECT {owner} AS o) WHERE o IS NOT NULL"
                f" AND NOT EXISTS (SELECT 1 FROM due_dirty WHERE owner = o);")

    db.execute(f"CREATE TRIGGER due_person_insert AFTER INSERT ON persons BEGIN {mark('NEW.id')} END")
    db.execute(f"CREATE TRIGGER due_person_delete AFTER DELETE ON persons BEGIN {mark('OLD.id')} END")
    # a change of a person's name renames their family for the relatives who link to them
    db.execute(f"""
        CREATE TRIGGER due_person_update AFTER UPDATE OF surname, given_name, status, created_at,
            protection_granted_on, eurodac_sent_on ON persons BEGIN
            {mark('NEW.id')}
            INSERT INTO due_dirty (owner) SELECT DISTINCT person_id FROM family_links WHERE relative_id = NEW.id
                AND person_id NOT IN (SELECT owner FROM due_dirty);
        END""")
    for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
        when = " OR ".join(f"{r}.form_code IN ({_CODES_SQL})" for r in rows)
        body = " ".join(mark(_owner(r)) for r in rows)
        db.execute(f"CREATE TRIGGER due_draft_{event.lower()} AFTER {event} ON drafts WHEN {when} BEGIN {body} END")
    for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
        body = " ".join(mark(f"{r}.person_id") for r in rows)
        db.execute(f"CREATE TRIGGER due_card_{event.lower()} AFTER {event} ON card_serials BEGIN {body} END")
        body = " ".join(mark(f"{r}.person_id") + " " + mark(f"{r}.relative_id") for r in rows)
        db.execute(f"CREATE TRIGGER due_link_{event.lower()} AFTER {event} ON family_links BEGIN {body} END")


_INDEXES = {"due_items_owner": "owner", "due_items_order": "due_on, kind, name, listed_from"}


def _indexes(db) -> None:
    for name, columns in _INDEXES.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON due_items ({columns})")


def _chunks(values: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _owners_of(item) -> str:
    return item.person_id or f"draft:{item.draft_id}"


def refresh(db, periods: dict[str, str], compute: Callable, write: Callable) -> int:
    """Bring the kept rows up to date: the marked owners' rows recomputed by `compute(owners)` (the engine's
    rules over app.store.statistics.deadline_rows of those owners; of everyone when None), or every row when
    the periods changed or nothing was computed yet (a station just migrated). `write(db)` is the store's
    durable transaction (app.store.db.write; passed in, so this module imports neither). The number of owners
    recomputed (0: nothing was stale)."""
    stamp = json.dumps(periods, sort_keys=True)
    state = db.execute("SELECT periods FROM due_state WHERE id = 1").fetchone()
    everything = state is None or state[0] != stamp
    if not everything and db.execute("SELECT 1 FROM due_dirty LIMIT 1").fetchone() is None:
        return 0
    with write(db):
        if everything:
            # every row anew (the first time, or the periods changed): into the table without its indexes,
            # which are built after (inserting 230,000 rows at random places of two indexes took minutes)
            items = sorted(compute(None), key=lambda d: (d.due_on, d.kind, d.name))
            for name in _INDEXES:
                db.execute(f"DROP INDEX IF EXISTS {name}")
            db.execute("DELETE FROM due_items")
            db.execute("DELETE FROM due_days")
            owners = None
        else:
            owners = [r[0] for r in db.execute("SELECT owner FROM due_dirty")]
            items = compute(owners)
            for chunk in _chunks(owners):
                db.execute(f"DELETE FROM due_items WHERE owner IN ({', '.join('?' * len(chunk))})", list(chunk))
        # a few thousand rows per statement (JSON): a statement per row, each with the trigger that counts it,
        # inside the caller's transaction makes SQLite truncate its statement journal after every row, and
        # the time grows with the square of the rows (minutes at 230,000)
        rows = [[_owners_of(d), d.kind, d.due_on.isoformat(), d.listed_from.isoformat(), d.name, d.person_id,
                 d.draft_id, d.period, d.family, d.family_name] for d in items]
        fields = ", ".join(f"value ->> {i}" for i in range(len(_COLUMNS) + 1))
        for start in range(0, len(rows), 5000):
            db.execute(f"INSERT INTO due_items (owner, {', '.join(_COLUMNS)}) SELECT {fields} FROM json_each(?)",
                       [json.dumps(rows[start:start + 5000], ensure_ascii=False)])
        if owners is None:
            _indexes(db)
        db.execute("DELETE FROM due_dirty")
        db.execute("INSERT OR REPLACE INTO due_state (id, periods) VALUES (1, ?)", [stamp])
    return -1 if owners is None else len(owners)


#: orders of the list: (SQL ORDER BY, the engine's sort key of an item for merging items kept elsewhere)
ORDERS = {"due": "due_on, kind, name", "name": "name, due_on", "family": "family_name, family, due_on",
          "kind": "kind, due_on"}


def counts(db, today: dt.date) -> tuple[int, int]:
    """(listed on `today`, of them overdue)."""
    day = today.isoformat()
    row = db.execute("SELECT coalesce(sum(n), 0), coalesce(sum(CASE WHEN due_on < ? THEN n END), 0) FROM due_days"
                     " WHERE listed_from <= ?", [day, day]).fetchone()
    return row[0], row[1]


def page(db, today: dt.date, offset: int, limit: int, order: str = "due", descending: bool = False) -> list[tuple]:
    """Rows (kind, due_on, listed_from, name, person_id, draft_id, period, family, family_name) listed on
    `today` in `order`, from `offset`."""
    columns = ORDERS[order]
    if descending:
        columns = ", ".join(f"{c} DESC" for c in columns.split(", "))
    return db.execute(f"SELECT {', '.join(_COLUMNS)} FROM due_items WHERE listed_from <= ? ORDER BY {columns}"
                      f" LIMIT ? OFFSET ?", [today.isoformat(), limit, offset]).fetchall()


def rows(db, today: dt.date, order: str = "due", descending: bool = False, size: int = 2000) -> Iterable[tuple]:
    """Every row listed on `today` in `order`, read with one statement (the pages of `page` each skip the rows
    before them: reading the whole list a page at a time grows with the square of its length)."""
    columns = ORDERS[order]
    if descending:
        columns = ", ".join(f"{c} DESC" for c in columns.split(", "))
    cursor = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM due_items WHERE listed_from <= ? ORDER BY {columns}",
                        [today.isoformat()])
    while True:
        chunk = cursor.fetchmany(size)
        if not chunk:
            return
        yield from chunk


def before(db, today: dt.date, key: tuple, order: str = "due", descending: bool = False) -> int:
    """How many rows listed on `today` come before `key` (values of the order's columns) in `order`."""
    columns = ORDERS[order].split(", ")
    op = ">" if descending else "<"
    return db.execute(f"SELECT count(*) FROM due_items WHERE listed_from <= ? AND ({', '.join(columns)}) {op}"
                      f" ({', '.join('?' * len(columns))})", [today.isoformat(), *key]).fetchone()[0]
