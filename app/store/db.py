"""Opening the database durably, and its schema migrations (PRAGMA user_version)."""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

if TYPE_CHECKING:
    import sqlite_utils


class StoreError(Exception):
    """The database cannot be used; the message says why and what to do."""


class Database:
    """The store's database: `execute` and `query` straight on the sqlite3 connection (what the store
    uses on every call), and everything else of a `sqlite_utils.Database` on the same connection
    (tables, `db["persons"]`, …), made when first asked for. Importing sqlite-utils costs ~130 ms
    (click, dateutil, pluggy), which start-up no longer pays."""

    _priloga_batch = False  # inside app.store.drafts.batch

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.conn.execute("PRAGMA recursive_triggers=on;")  # as sqlite_utils.Database does

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Any = None) -> Iterator[dict]:
        """The rows of a SELECT as dictionaries."""
        cursor = self.execute(sql, params if params is not None else ())
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row)) for row in cursor)

    @functools.cached_property
    def full(self) -> "sqlite_utils.Database":
        import sqlite_utils

        # No plugins: the app registers no SQL functions, and finding them reads every installed
        # package's entry points.
        return sqlite_utils.Database(self.conn, execute_plugins=False)

    def __getitem__(self, table: str):
        return self.full[table]

    def __getattr__(self, name: str):
        if name.startswith("_"):  # not sqlite-utils' API: no import for a probe such as getattr(db, "_x", None)
            raise AttributeError(name)
        return getattr(self.full, name)


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


def _v2(db: sqlite_utils.Database) -> None:
    """The register of persons and family links, card serial numbers, and drafts tied to persons."""
    db.execute("""
        CREATE TABLE persons (
            id TEXT PRIMARY KEY,              -- UUID
            surname TEXT NOT NULL DEFAULT '',
            given_name TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            birth_place TEXT,
            birth_country TEXT,
            sex TEXT,
            citizenship TEXT,
            emso TEXT,
            marital_status TEXT,
            address_si TEXT,
            address_abroad TEXT,
            departure_date TEXT,
            entry_date TEXT,
            phone TEXT,
            email TEXT,
            card_number TEXT,
            tax_number TEXT,
            iban TEXT,
            status TEXT NOT NULL DEFAULT 'applicant' CHECK (status IN ('applicant', 'granted', 'ended')),
            extra TEXT NOT NULL DEFAULT '{}', -- JSON: attributes later forms add
            station_id TEXT NOT NULL,
            official TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX persons_emso ON persons (emso)")
    db.execute("CREATE INDEX persons_birth ON persons (birth_date)")
    db.execute("""
        CREATE VIRTUAL TABLE persons_fts USING fts5 (
            person_id UNINDEXED, names, numbers, tokenize = "unicode61 remove_diacritics 2")""")
    db.execute("""
        CREATE TABLE person_photos (
            person_id TEXT PRIMARY KEY REFERENCES persons (id) ON DELETE CASCADE,
            image BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE person_documents (
            id TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
            doc_type TEXT NOT NULL DEFAULT '',
            doc_number TEXT NOT NULL DEFAULT '',
            doc_number_key TEXT NOT NULL DEFAULT '',  -- upper case, no spaces: for search
            issued_by TEXT,
            issued_on TEXT,
            valid_until TEXT,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX person_documents_person ON person_documents (person_id)")
    db.execute("CREATE INDEX person_documents_number ON person_documents (doc_number_key)")
    db.execute("""
        CREATE TABLE family_links (
            id TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
            relative_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
            relationship TEXT NOT NULL DEFAULT '',   -- the relative is the person's … (mati, sin, žena …)
            kind TEXT NOT NULL CHECK (kind IN ('accompanying', 'in_slovenia', 'abroad')),
            legal_representative INTEGER NOT NULL DEFAULT 0,   -- the relative represents the (minor) person
            accompanies_minor INTEGER NOT NULL DEFAULT 0,      -- the relative accompanies the minor person
            created_at TEXT NOT NULL,
            UNIQUE (person_id, relative_id)
        )""")
    db.execute("CREATE INDEX family_links_person ON family_links (person_id)")
    db.execute("ALTER TABLE drafts ADD COLUMN person_id TEXT REFERENCES persons (id)")
    db.execute("ALTER TABLE drafts ADD COLUMN parent_id TEXT REFERENCES drafts (id)")
    db.execute("CREATE INDEX drafts_person ON drafts (person_id, updated_at DESC)")
    db.execute("""
        CREATE TABLE card_serials (
            office TEXT NOT NULL,             -- the issuing office's code (e.g. an upravna enota)
            number INTEGER NOT NULL,          -- 1, 2, 3 … per office, no gaps
            serial TEXT NOT NULL UNIQUE,      -- as printed on the card
            status TEXT NOT NULL CHECK (status IN ('issued', 'void')),
            draft_id TEXT REFERENCES drafts (id),
            person_id TEXT REFERENCES persons (id),
            void_reason TEXT,
            official TEXT NOT NULL DEFAULT '',
            station_id TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            voided_at TEXT,
            PRIMARY KEY (office, number)
        )""")


def _v3(db: sqlite_utils.Database) -> None:
    """Signing keys, trusted CAs, signed documents (versions), print jobs and printer offsets."""
    db.execute("""
        CREATE TABLE signing_keys (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('pkcs12', 'pkcs11')),
            label TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            issuer TEXT NOT NULL DEFAULT '',
            serial TEXT NOT NULL DEFAULT '',
            fingerprint TEXT NOT NULL UNIQUE,  -- SHA-256 of the certificate
            not_before TEXT,
            not_after TEXT,
            p12 BLOB,                          -- the PKCS#12 as imported: the key stays under its passphrase
            pkcs11_uri TEXT,                   -- a token's key (module, slot, label) instead of a file
            official TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE trusted_cas (
            fingerprint TEXT PRIMARY KEY,
            subject TEXT NOT NULL,
            pem TEXT NOT NULL,
            imported_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE signed_documents (
            id TEXT PRIMARY KEY,              -- UUID
            draft_id TEXT NOT NULL REFERENCES drafts (id),
            form_code TEXT NOT NULL,
            version INTEGER NOT NULL,         -- 1, 2 … per form; a correction is a new version
            previous_id TEXT REFERENCES signed_documents (id),
            pdf BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            signer TEXT NOT NULL,
            key_fingerprint TEXT NOT NULL,
            signed_at TEXT NOT NULL,
            official TEXT NOT NULL DEFAULT '',
            station_id TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX signed_documents_draft ON signed_documents (draft_id, version)")
    db.execute("""
        CREATE TABLE print_jobs (
            id TEXT PRIMARY KEY,
            printer TEXT NOT NULL,
            pages INTEGER NOT NULL DEFAULT 0,
            official TEXT NOT NULL DEFAULT '',
            station_id TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE print_items (
            job_id TEXT NOT NULL REFERENCES print_jobs (id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,               -- form, card, card_sheet, blank, calibration
            draft_id TEXT REFERENCES drafts (id),
            signed_id TEXT REFERENCES signed_documents (id),
            reprint INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (job_id, position)
        )""")
    db.execute("CREATE INDEX print_items_draft ON print_items (draft_id)")
    db.execute("""
        CREATE TABLE printer_offsets (
            printer TEXT PRIMARY KEY,
            dx_mm REAL NOT NULL DEFAULT 0,
            dy_mm REAL NOT NULL DEFAULT 0,
            scale_x REAL NOT NULL DEFAULT 1,
            scale_y REAL NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL
        )""")


def fts_rowid(person_id: str) -> int:
    """The row of a person in `persons_fts`: a 63-bit number derived from the person's id, so that
    re-indexing one person finds their row by rowid instead of scanning the whole index (`person_id` is
    an UNINDEXED column). Derived, not stored: it survives VACUUM, which may renumber the persons' rowids."""
    return int.from_bytes(hashlib.sha256(person_id.encode("utf-8")).digest()[:8], "big") >> 1


def _v4(db: sqlite_utils.Database) -> None:
    """The register and the list of forms at scale (100,000 persons, 300,000 forms):
    - the search index keyed by fts_rowid (re-indexing one person scanned the whole index: ~60 ms per
      change of a person at 100,000), with prefix indexes of 1–5 characters (a short prefix expanded
      every matching term: 1.5–5 ms instead of 0.3–0.7 ms at 100,000 persons);
    - persons by last change (the register's first list sorted all persons);
    - forms by kind and by status, each by last change (a filter sorted every form of the kind);
    - the number of forms of each kind and status, kept by triggers (counting 300,000 forms for the
      list's "N obrazcev" read the whole index, ~10 ms at start and after every save)."""
    rows = db.execute("SELECT person_id, names, numbers FROM persons_fts").fetchall()
    db.execute("DROP TABLE persons_fts")
    db.execute("""
        CREATE VIRTUAL TABLE persons_fts USING fts5 (
            person_id UNINDEXED, names, numbers, tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3 4 5')""")
    db.conn.executemany("INSERT INTO persons_fts (rowid, person_id, names, numbers) VALUES (?, ?, ?, ?)",
                        [(fts_rowid(r[0]), *r) for r in rows])
    db.execute("CREATE INDEX persons_updated ON persons (updated_at)")
    db.execute("CREATE INDEX drafts_form_updated ON drafts (form_code, updated_at DESC)")
    db.execute("CREATE INDEX drafts_status_updated ON drafts (status, updated_at DESC)")
    db.execute("""
        CREATE TABLE draft_counts (
            form_code TEXT NOT NULL,
            status TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (form_code, status)
        ) WITHOUT ROWID""")
    db.execute("""
        CREATE TRIGGER drafts_count_insert AFTER INSERT ON drafts BEGIN
            INSERT INTO draft_counts (form_code, status, n) VALUES (NEW.form_code, NEW.status, 1)
                ON CONFLICT (form_code, status) DO UPDATE SET n = n + 1;
        END""")
    db.execute("""
        CREATE TRIGGER drafts_count_delete AFTER DELETE ON drafts BEGIN
            UPDATE draft_counts SET n = n - 1 WHERE form_code = OLD.form_code AND status = OLD.status;
        END""")
    db.execute("""
        CREATE TRIGGER drafts_count_update AFTER UPDATE OF form_code, status ON drafts
        WHEN OLD.form_code IS NOT NEW.form_code OR OLD.status IS NOT NEW.status BEGIN
            UPDATE draft_counts SET n = n - 1 WHERE form_code = OLD.form_code AND status = OLD.status;
            INSERT INTO draft_counts (form_code, status, n) VALUES (NEW.form_code, NEW.status, 1)
                ON CONFLICT (form_code, status) DO UPDATE SET n = n + 1;
        END""")
    db.execute("INSERT INTO draft_counts (form_code, status, n) SELECT form_code, status, count(*) FROM drafts"
               " GROUP BY form_code, status")


def _v5(db: sqlite_utils.Database) -> None:
    """The names searched in the list of forms, with their kind and status: counting the forms a search
    finds (a substring, so every name is read) reads this index instead of every form's data
    (0.23 s → 0.04 s at 300,000 forms)."""
    db.execute("CREATE INDEX drafts_search ON drafts (search_text, form_code, status)")


#: Migrations in order; the database's user_version is the number applied. Append, never edit.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5]


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
        conn.execute("PRAGMA cache_size=-16000")  # 16 MB of pages (2 MB by default): the register's lookups stay in memory
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


def open_store(path: str | Path) -> Database:
    """Open (creating when new) and migrate the database at `path`."""
    conn = connect(path)
    db = Database(conn)
    try:
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Zbirka podatkov {path} ni veljavna ({exc}); obnovite jo iz varnostne kopije.") from exc
    return db
