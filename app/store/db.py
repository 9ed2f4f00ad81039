"""Opening the database durably, and its schema migrations (PRAGMA user_version)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

import sqlite_utils


class StoreError(Exception):
    """The database cannot be used; the message says why and what to do."""


def _v1(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,              -- UUID: unique across every station
            form_code TEXT NOT NULL,
            form_version TEXT NOT NULL,       -- the definition version the draft is filled on
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'finished')),
            title TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            page TEXT,
            data TEXT NOT NULL,               -- JSON
            station_id TEXT NOT NULL,
            station_name TEXT NOT NULL DEFAULT '',
            official TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            finished_at TEXT
        )""")
    db.execute("CREATE INDEX drafts_updated ON drafts (updated_at DESC)")
    db.execute("CREATE INDEX drafts_form_status ON drafts (form_code, status, updated_at DESC)")
    db.execute("""
        CREATE TABLE photos (
            draft_id TEXT PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
            image BLOB NOT NULL,              -- the cropped 35 x 45 mm photo, JPEG
            original BLOB,                    -- the source, downscaled, for moving the crop later
            crop TEXT,                        -- JSON [x, y, w, h] in the original's pixels
            sha256 TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")


#: Migrations in order; the database's user_version is the number applied. Append, never edit.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1]


def connect(path: str | Path) -> sqlite3.Connection:
    """A durable connection: WAL journal, synchronous=FULL, foreign keys, a wait when busy."""
    path = Path(path)
    if str(path) != ":memory:":
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Mape za podatke {path.parent} ni mogoče ustvariti ({exc.strerror}); "
                             f"izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR.") from exc
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=5.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA temp_store=2")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Zbirke podatkov {path} ni mogoče odpreti ({exc}); datoteka je morda poškodovana "
                         f"ali jo uporablja drug program. Obnovite jo iz varnostne kopije.") from exc
    return conn


def migrate(db: sqlite_utils.Database) -> int:
    """Apply the migrations the database lacks, each in its own transaction; return the version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StoreError(f"Zbirko podatkov je ustvarila novejša različica programa (shema {version}); "
                         f"posodobite program Priloga.")
    for number in range(version, len(MIGRATIONS)):
        with db.conn:
            db.execute("BEGIN IMMEDIATE")
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
    return len(MIGRATIONS)


def open_store(path: str | Path) -> sqlite_utils.Database:
    """Open (creating when new) and migrate the database at `path`."""
    conn = connect(path)
    db = sqlite_utils.Database(conn)
    try:
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Zbirka podatkov {path} ni veljavna ({exc}); obnovite jo iz varnostne kopije.") from exc
    return db
