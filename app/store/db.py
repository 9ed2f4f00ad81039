"""Opening the database durably, and its schema migrations (PRAGMA user_version)."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from app.paths import private_folder

if TYPE_CHECKING:
    import sqlite_utils


class StoreError(Exception):
    """The database cannot be used; the message says why and what to do."""


class WrongKey(StoreError):
    """The database does not open with the key given (another database's key, or the file is damaged)."""


def _driver():
    """SQLCipher's DB-API module (sqlcipher3): the same interface as sqlite3, with pages encrypted on disk."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def _errors(name: str) -> tuple[type[Exception], ...]:
    classes: list[type[Exception]] = [getattr(sqlite3, name)]
    try:
        classes.append(getattr(_driver(), name))
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency; plain SQLite still reports its errors
        pass
    return tuple(classes)


#: The errors of either driver (sqlite3 for a plain database, sqlcipher3 for an encrypted one), for `except`.
DatabaseError = _errors("DatabaseError")
OperationalError = _errors("OperationalError")
IntegrityError = _errors("IntegrityError")


class Database:
    """The store's database: `execute` and `query` straight on the sqlite3 connection (what the store
    uses on every call), and everything else of a `sqlite_utils.Database` on the same connection
    (tables, `db["persons"]`, …), made when first asked for. Importing sqlite-utils costs ~130 ms
    (click, dateutil, pluggy), which start-up no longer pays."""

    _priloga_batch = False  # inside batch()
    encrypted = False
    #: who writes: {"user": ..., "station": ...}, set by the workspace after login; the audit trail names them
    actor: dict | None = None

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.conn.execute("PRAGMA recursive_triggers=on;")  # as sqlite_utils.Database does

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except DatabaseError as exc:
            text = str(exc).lower()
            if "malformed" in text or "not a database" in text:  # a damaged page (SQLCipher: its HMAC fails)
                raise StoreError(f"Zbirka podatkov je poškodovana ({exc}); zaprite program in jo obnovite iz "
                                 f"varnostne kopije (priloga restore). Shranjeni podatki v drugih delih zbirke "
                                 f"niso spremenjeni.") from exc
            raise

    def write(self, wait: float | None = None):
        """One unit of work: `with db.write(): …` is one durable transaction (a savepoint inside an open
        one, so writes nest). Whatever fails rolls it all back; what the database or the disk says comes out
        as a StoreError that says what to do. `wait`: seconds to wait for another program that holds the
        database (default BUSY_TIMEOUT_S, as set when it was opened); a nested write joins the open
        transaction and waits for nothing."""
        return write(self, wait)

    def waiting(self, seconds: float | None):
        """Everything inside waits at most `seconds` for a database held elsewhere (None: as it is)."""
        return waiting(self, seconds)

    def batch(self):
        """Many writes as one durable transaction (see `batch`)."""
        return batch(self)

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


def _v6(db: sqlite_utils.Database) -> None:
    """Accounts with roles, and the audit trail (append-only, hash-chained: app.store.audit)."""
    db.execute("""
        CREATE TABLE accounts (
            username TEXT PRIMARY KEY,        -- what the official types to log in (lower case)
            id TEXT NOT NULL UNIQUE,          -- UUID
            display_name TEXT NOT NULL,       -- printed on forms as the official
            role TEXT NOT NULL CHECK (role IN ('official', 'supervisor', 'administrator')),
            active INTEGER NOT NULL DEFAULT 1,
            must_change_password INTEGER NOT NULL DEFAULT 0,
            station_id TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,          -- this database's order: the chain
            id TEXT NOT NULL UNIQUE,          -- UUID, for the central register
            at TEXT NOT NULL,                 -- UTC, ISO 8601
            station_id TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT,                      -- draft, person, serial, account, file, ...
            target_id TEXT,
            form_code TEXT,
            person_id TEXT,
            detail TEXT NOT NULL DEFAULT '{}', -- JSON: field names, counts, identifiers; never values
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX audit_person ON audit_log (person_id, seq)")
    db.execute("CREATE INDEX audit_user ON audit_log (user, seq)")
    db.execute("""
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
            SELECT RAISE(ABORT, 'revizijske sledi ni mogoče spreminjati');
        END""")
    db.execute("""
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
            SELECT RAISE(ABORT, 'iz revizijske sledi ni mogoče brisati');
        END""")


def _v7(db: sqlite_utils.Database) -> None:
    """The day a person's temporary protection ended, from which their retention period runs
    (app.store.retention): set by a trigger when the status becomes 'ended' (the day of that change,
    UTC, unless the same change gives the day), cleared when it changes back; persons already 'ended'
    get the day of their last change.

    And the indexes erasing needs: deleting a person or a form checks every reference to it (foreign
    keys), and without these each check read the whole table (300,000 forms for every form erased)."""
    db.execute("ALTER TABLE persons ADD COLUMN protection_ended_on TEXT")
    db.execute("UPDATE persons SET protection_ended_on = substr(updated_at, 1, 10) WHERE status = 'ended'")
    db.execute("""
        CREATE TRIGGER persons_ended_insert AFTER INSERT ON persons
        WHEN NEW.status = 'ended' AND NEW.protection_ended_on IS NULL BEGIN
            UPDATE persons SET protection_ended_on = substr(NEW.updated_at, 1, 10) WHERE id = NEW.id;
        END""")
    db.execute("""
        CREATE TRIGGER persons_ended_update AFTER UPDATE OF status ON persons
        WHEN NEW.status IS NOT OLD.status BEGIN
            UPDATE persons SET protection_ended_on = CASE WHEN NEW.status = 'ended'
                THEN coalesce(NEW.protection_ended_on, substr(NEW.updated_at, 1, 10)) ELSE NULL END WHERE id = NEW.id;
        END""")
    db.execute("CREATE INDEX family_links_relative ON family_links (relative_id)")
    for table, column in (("drafts", "parent_id"), ("signed_documents", "previous_id"), ("print_items", "signed_id"),
                          ("card_serials", "draft_id"), ("card_serials", "person_id")):
        db.execute(f"CREATE INDEX {table}_{column} ON {table} ({column}) WHERE {column} IS NOT NULL")


def _v8(db: sqlite_utils.Database) -> None:
    """Statistics and deadlines (app.store.statistics): the day a person's temporary protection was granted
    (set by a trigger when the status becomes 'granted', kept when it later ends, cleared if it goes back to
    'applicant'; persons already granted or ended get the day they were registered), the day their
    Eurodac data was marked as transmitted, and the indexes the figures are counted from."""
    db.execute("ALTER TABLE persons ADD COLUMN protection_granted_on TEXT")
    db.execute("ALTER TABLE persons ADD COLUMN eurodac_sent_on TEXT")
    db.execute("UPDATE persons SET protection_granted_on = substr(created_at, 1, 10) WHERE status != 'applicant'")
    db.execute("""
        CREATE TRIGGER persons_granted_insert AFTER INSERT ON persons
        WHEN NEW.status != 'applicant' AND NEW.protection_granted_on IS NULL BEGIN
            UPDATE persons SET protection_granted_on = substr(NEW.updated_at, 1, 10) WHERE id = NEW.id;
        END""")
    db.execute("""
        CREATE TRIGGER persons_granted_update AFTER UPDATE OF status ON persons
        WHEN NEW.status IS NOT OLD.status BEGIN
            UPDATE persons SET protection_granted_on = CASE WHEN NEW.status = 'applicant' THEN NULL
                ELSE coalesce(NEW.protection_granted_on, substr(NEW.updated_at, 1, 10)) END WHERE id = NEW.id;
        END""")
    db.execute("CREATE INDEX persons_entry ON persons (entry_date) WHERE entry_date IS NOT NULL")
    db.execute("CREATE INDEX persons_figures ON persons (created_at)")
    # the birth date of the eldest relative accompanying the person (family link of kind 'accompanying'),
    # kept by triggers: a minor is unaccompanied on day D when it is empty or later than D minus 18 years,
    # read from one covering index instead of a lookup of every minor's relatives (1.5 s at 100,000 persons)
    db.execute("ALTER TABLE persons ADD COLUMN eldest_companion_birth TEXT")
    eldest = ("(SELECT min(r.birth_date) FROM family_links l JOIN persons r ON r.id = l.relative_id"
              " WHERE l.person_id = {who} AND l.kind = 'accompanying' AND r.birth_date IS NOT NULL"
              " AND r.birth_date != '')")
    db.execute(f"UPDATE persons SET eldest_companion_birth = {eldest.format(who='persons.id')}")
    for event, who in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("NEW", "OLD"))):
        updates = " ".join(f"UPDATE persons SET eldest_companion_birth = {eldest.format(who=f'{w}.person_id')}"
                           f" WHERE id = {w}.person_id;" for w in who)
        db.execute(f"CREATE TRIGGER family_links_companion_{event.lower()} AFTER {event} ON family_links BEGIN"
                   f" {updates} END")
    db.execute(f"""
        CREATE TRIGGER persons_companion_birth AFTER UPDATE OF birth_date ON persons
        WHEN NEW.birth_date IS NOT OLD.birth_date BEGIN
            UPDATE persons SET eldest_companion_birth = {eldest.format(who='persons.id')}
            WHERE id IN (SELECT person_id FROM family_links WHERE relative_id = NEW.id AND kind = 'accompanying');
        END""")
    db.execute("CREATE INDEX persons_minors ON persons (birth_date, created_at, protection_ended_on,"
               " eldest_companion_birth, sex)")
    db.execute("CREATE INDEX persons_ended_on ON persons (protection_ended_on, created_at)")
    db.execute("CREATE INDEX persons_granted_on ON persons (protection_granted_on, protection_ended_on, created_at)")
    db.execute("CREATE INDEX persons_citizenship ON persons (citizenship, created_at, protection_ended_on)")
    db.execute("CREATE INDEX drafts_finished ON drafts (form_code, status, finished_at)")
    db.execute("CREATE INDEX drafts_receipts ON drafts (form_code, status, id)")
    db.execute("CREATE INDEX drafts_issued_from ON drafts (form_code, parent_id)")
    db.execute("CREATE INDEX card_serials_issued ON card_serials (issued_at)")
    db.execute("CREATE INDEX card_serials_voided ON card_serials (voided_at) WHERE voided_at IS NOT NULL")
    db.execute("CREATE INDEX persons_eurodac_open ON persons (created_at) WHERE eurodac_sent_on IS NULL")
    from app.store.kept_counts import create_kept_counts  # the per-day counts, kept by triggers

    create_kept_counts(db)


def _v9(db: sqlite_utils.Database) -> None:
    """Names in two scripts: the Latin form of a person's name (`latin_name`, the MRZ's or the
    transliteration of a Cyrillic name), and the search index rebuilt with every name's folded
    ASCII keys (app.engine.names), so Шевченко, Ševčenko, Shevchenko and Sevcenko find each other."""
    from app.engine.names import index_names
    from app.engine.names import has_cyrillic, latin_form

    db.execute("ALTER TABLE persons ADD COLUMN latin_name TEXT")
    rows = db.execute("SELECT id, surname, given_name, citizenship FROM persons").fetchall()
    for person_id, surname, given_name, citizenship in rows:
        name = f"{surname or ''} {given_name or ''}".strip()
        latin = latin_form(name, nationality=citizenship) if has_cyrillic(name) else None
        if latin:
            db.execute("UPDATE persons SET latin_name = ? WHERE id = ?", [latin, person_id])
        db.execute("UPDATE persons_fts SET names = ? WHERE rowid = ?",
                   [index_names(surname, given_name, latin, citizenship), fts_rowid(person_id)])


def _v10(db: sqlite_utils.Database) -> None:
    """The draft list's name search through an index (FTS5, trigram tokenizer) instead of a LIKE '%…%' read
    of every draft's name (57.7 ms at 300,000 forms). The index holds `drafts.search_text` (already lower
    case without diacritics, see drafts.fold; trigram needs SQLite 3.34), keyed by `drafts.search_key`: a number kept in
    the row, given by a trigger to every new draft, so that it survives VACUUM (which may renumber the
    rowids of a table without an INTEGER PRIMARY KEY). Kept by triggers, so every writer of drafts (forms,
    sync, retention) keeps it in the same transaction; a changed name is re-indexed only when it changed,
    not at every autosave. Self-contained: takes the next free schema number wherever it is appended."""
    db.execute("ALTER TABLE drafts ADD COLUMN search_key INTEGER")
    db.execute("UPDATE drafts SET search_key = rowid")
    db.execute("CREATE UNIQUE INDEX drafts_search_key ON drafts (search_key)")
    db.execute("CREATE VIRTUAL TABLE drafts_names USING fts5 (search_text, tokenize='trigram')")
    db.execute("INSERT INTO drafts_names (rowid, search_text) SELECT search_key, search_text FROM drafts")
    db.execute("""
        CREATE TRIGGER drafts_names_insert AFTER INSERT ON drafts BEGIN
            UPDATE drafts SET search_key = coalesce(NEW.search_key,
                (SELECT coalesce(max(search_key), 0) + 1 FROM drafts)) WHERE id = NEW.id;
            INSERT INTO drafts_names (rowid, search_text)
                SELECT search_key, NEW.search_text FROM drafts WHERE id = NEW.id;
        END""")
    db.execute("""
        CREATE TRIGGER drafts_names_delete AFTER DELETE ON drafts BEGIN
            DELETE FROM drafts_names WHERE rowid = OLD.search_key;
        END""")
    db.execute("""
        CREATE TRIGGER drafts_names_update AFTER UPDATE OF search_text ON drafts
        WHEN NEW.search_text IS NOT OLD.search_text BEGIN
            DELETE FROM drafts_names WHERE rowid = NEW.search_key;
            INSERT INTO drafts_names (rowid, search_text) VALUES (NEW.search_key, NEW.search_text);
        END""")


def _v11(db: sqlite_utils.Database) -> None:
    """Signed audit entries (app.store.audit): who signed each entry and the Ed25519 signature of its hash;
    an account's signing key (public half) beside it. Entries written before stay unsigned."""
    db.execute("ALTER TABLE audit_log ADD COLUMN signed_by TEXT")
    db.execute("ALTER TABLE audit_log ADD COLUMN signature TEXT")
    db.execute("ALTER TABLE accounts ADD COLUMN signing_key TEXT")


def _v12(db: sqlite_utils.Database) -> None:
    """The deadlines kept in a table (app.store.due): the *Roki* list of 100,000 persons read every person and
    form and ran the rules over them (3.1 s, on opening the window); now the rules run once and then only
    for what changed (marked by triggers), and the list is a page of an index; an index of the persons whose
    protection ended (the retention check of the list scanned every person); and the register search's rows
    from one covering index (persons_listing) instead of the table. Self-contained: takes the next free
    schema number wherever it is appended."""
    from app.store import due

    due.create(db)
    # the retention check of the list (persons whose protection ended) read every person: 0.25-0.4 s at 100,000
    db.execute("CREATE INDEX persons_ended ON persons (updated_at) WHERE status = 'ended'")
    # what the register's search shows of each person found, in one covering index (app.store.register.search)
    db.execute("CREATE INDEX persons_listing ON persons (id, surname, given_name, birth_date, emso, citizenship,"
               " status)")
    # the rows themselves are computed by the first refresh (app.store.due: nothing computed yet means every
    # row), when the list is first read: the rules read the register through app.store.statistics, which the
    # schema module does not import


def _v13(db: sqlite_utils.Database) -> None:
    """The draft list's name search answered from an index, not the table: the forms the name index
    (drafts_names) finds were each read from the drafts table (a row of several kB, a page to decrypt) to check
    the name and sort by the last change: 4,000-12,000 scattered pages for a common name at 300,000 forms
    (0.1-0.5 s). Two covering indexes hold what the search checks, sorts by and shows: one by the name index's
    key (a few matches looked up and sorted), one in the list's order (a common name: read in order, each name
    checked by LIKE, until the page is full). Self-contained: takes the next free schema number wherever it is appended."""
    db.execute("CREATE INDEX drafts_search_order ON drafts (search_key, updated_at, id, form_code, status,"
               " search_text, title, created_at, official)")
    # the list's order with what it shows and the folded name: a common name's page read in order (each name
    # checked by LIKE), and the list without a search read without the table; it takes the place of
    # drafts_updated (its first column)
    db.execute("CREATE INDEX drafts_listing ON drafts (updated_at DESC, id, form_code, status, title, created_at,"
               " official, search_text)")
    db.execute("DROP INDEX drafts_updated")


#: Migrations in order; the database's user_version is the number applied. Append, never edit.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10,
                                                              _v11, _v12, _v13]


def connect(path: str | Path, key: bytes | None = None) -> sqlite3.Connection:
    """A durable connection: WAL journal, synchronous=FULL, foreign keys, a wait when busy.

    With `key` (32 random bytes, the data key), the database is SQLCipher's: every page is encrypted
    (AES-256) and authenticated (HMAC-SHA512) on disk, and a wrong key or a damaged page is refused.
    The key is raw, so opening costs no key derivation (the password's derivation is the vault's).
    Without a key, a plain SQLite database (benchmarks compare the two; the app always gives a key)."""
    path = Path(path)
    if str(path) != ":memory:":
        try:
            private_folder(path.parent)
        except OSError as exc:
            raise StoreError(f"Mape za podatke {path.parent} ni mogoče ustvariti ({exc.strerror}); "
                             f"izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR.") from exc
        lost = wal_damage(path)  # before SQLite reads the WAL: it would drop what follows the damage, silently
        if lost:
            wal = f"{path}-wal"
            raise StoreError(f"Dnevnik zadnjih sprememb {wal} je poškodovan: {lost} shranjenih sprememb za "
                             f"poškodovanim mestom program ne more prebrati in bi jih ob odprtju izgubil. Datotek "
                             f"program ni spreminjal. Obnovite zbirko iz varnostne kopije (priloga restore) ali "
                             f"pokličite podporo; če želite nadaljevati brez teh sprememb, datoteko {wal} "
                             f"premaknite drugam (ne izbrišite je).")
    if str(path) != ":memory:" and not path.exists():
        import os

        try:  # only the user may read the files (SQLite gives its WAL the database file's permissions)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError:
            pass  # SQLite says what is wrong when it opens the file
    module = sqlite3 if key is None else _driver()
    conn = None
    try:
        conn = module.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S)
        if key is not None:
            if len(key) != 32:
                raise ValueError("the data key is 32 bytes")
            conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key gets our message, not "ERROR CORE" lines
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            if not conn.execute("PRAGMA cipher_version").fetchone():  # never write plain text by mistake
                raise StoreError("Knjižnica SQLCipher ne šifrira (različica brez šifriranja); namestite sqlcipher3.")
            # cipher_memory_security (wiping every freed allocation) is left off: measured here it made a
            # register search 4.4x and an insert 4.7x slower than plain SQLite; without it 1.0x and 1.2x
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key fails here
        conn.execute("PRAGMA secure_delete=ON")  # deleted rows are zeroed, not left in free pages (erasure)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA temp_store=2")  # temporary tables and sorts in memory, never in a plain temp file
        conn.execute("PRAGMA cache_size=-16000")  # 16 MB of pages (2 MB by default): the register's lookups stay in memory
    except DatabaseError as exc:
        if conn is not None:
            conn.close()
        text = str(exc).lower()
        if key is not None and "not a database" in text:
            raise WrongKey(f"Zbirke podatkov {path} ni mogoče odpreti s tem ključem: datoteka je poškodovana ali "
                           f"pripada drugi namestitvi. Obnovite jo iz varnostne kopije (priloga restore).") from exc
        if "locked" in text or "busy" in text:
            raise StoreError(f"Zbirko podatkov {path} uporablja drug program; zaprite ga in poskusite znova.") from exc
        if "malformed" in text or "corrupt" in text:
            raise StoreError(f"Zbirka podatkov {path} je poškodovana ({exc}). Obnovite jo iz varnostne kopije "
                             f"(priloga restore); datoteke program ni spreminjal.") from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise StoreError(_not_writable(path) or (
                f"Zbirke podatkov {path} ni mogoče odpreti za pisanje ({exc}); preverite, da mapa ni "
                f"samo za branje, ali izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR.")) from exc
        raise StoreError(f"Zbirke podatkov {path} ni mogoče odpreti ({exc}); datoteka je morda poškodovana "
                         f"ali jo uporablja drug program. Obnovite jo iz varnostne kopije (priloga restore).") from exc
    problem = None if str(path) == ":memory:" else _not_writable(path) or _cut_short(conn, path)
    if problem:  # refused before anything is written
        conn.close()
        raise StoreError(problem)
    return conn


def _not_writable(path: Path) -> str | None:
    """Why the program cannot write the database or its folder (read-only), or None."""
    import os

    if not os.access(path.parent, os.W_OK):
        return (f"V mapo {path.parent} ni mogoče pisati (je samo za branje), zato program zbirke podatkov "
                f"{path.name} v njej ne more odpreti. Preverite pravice mape in ali ni disk priključen samo za "
                f"branje, ali izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR. Podatkov program ni spreminjal.")
    if path.exists() and not os.access(path, os.W_OK):
        return (f"Zbirke podatkov {path} ni mogoče spreminjati (datoteka je samo za branje). Preverite pravice "
                f"datoteke ali izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR. Podatkov program ni spreminjal.")
    return None


def _cut_short(conn, path: Path) -> str | None:
    """A database file that is not a whole number of pages was cut off (copied or written only in part)."""
    try:
        size = path.stat().st_size
    except OSError:
        return None
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])  # SQLCipher answers in text
    try:  # a power cut during a checkpoint can cut the file's last page while the WAL still holds it whole:
        wal = Path(f"{path}-wal").stat().st_size  # SQLite reads it from there and the next checkpoint rewrites it
    except OSError:
        wal = 0
    if size % page and wal <= 32 + 24 + page:
        return (f"Zbirka podatkov {path} je poškodovana (datoteka je odrezana: {size} bajtov ni celo število "
                f"strani po {page} bajtov). Obnovite jo iz varnostne kopije (priloga restore); datoteke program ni "
                f"spreminjal.")
    return None


_WAL_MAGIC = (0x377F0682, 0x377F0683)  # the WAL's checksums in little- / big-endian words


def _wal_checksum(data: bytes, s1: int, s2: int, big: bool) -> tuple[int, int]:
    """SQLite's WAL checksum (wal.c, walChecksumBytes) of `data` continuing from (s1, s2)."""
    import struct

    words = struct.unpack((">" if big else "<") + f"{len(data) // 4}I", data)
    for x0, x1 in zip(words[0::2], words[1::2]):
        s1 = (s1 + x0 + s2) & 0xFFFFFFFF
        s2 = (s2 + x1 + s1) & 0xFFFFFFFF
    return s1, s2


def wal_damage(path: str | Path) -> int:
    """How many committed transactions of the database's WAL (`<path>-wal`) lie beyond a damaged frame.

    SQLite reads a WAL up to its first frame whose checksum (chained from the previous frame) does not
    match and takes that for the end of the log, as after a write cut off by a crash; the transactions
    after it are dropped without a word and overwritten by the next write. A crash only ever cuts the
    transaction being written (each commit is synced, synchronous=FULL, before the next one starts), so
    a frame that does not match, followed by frames that do (each checked against its predecessor's
    stored checksum) up to a commit, is damage of a file that had been written whole. Returns the number
    of such commits (0: the WAL is whole, cut only at its end, or absent). Damage in the very last commit
    frame cannot be told from a cut write. Reads the WAL only: SQLite never locks it."""
    import struct

    try:
        with open(f"{path}-wal", "rb") as handle:
            data = handle.read()
    except OSError:
        return 0
    if len(data) < 32 + 24:
        return 0
    magic, _version, page_size = struct.unpack(">3I", data[:12])
    sizes = [page_size] if page_size in (1 << n for n in range(9, 17)) else []
    sizes += [size for size in (4096, 1024, 8192, 16384, 32768, 65536, 512, 2048) if size not in sizes]
    for big in ([magic & 1 == 1] if magic in _WAL_MAGIC else [False, True]):
        header_ok = _wal_checksum(data[:24], 0, 0, big) == struct.unpack(">2I", data[24:32])
        for size in sizes if not header_ok else sizes[:1]:
            frame = 24 + size
            salts = data[16:24] if header_ok else data[32 + 8:32 + 16]
            previous = struct.unpack(">2I", data[24:32])
            valid = []
            for offset in range(32, len(data) - frame + 1, frame):
                head = data[offset:offset + 24]
                stored = struct.unpack(">2I", head[16:24])
                valid.append(head[8:16] == salts and head[:4] != b"\0\0\0\0" and _wal_checksum(
                    head[:8] + data[offset + 24:offset + frame], *previous, big) == stored)
                previous = stored
            end = valid.index(False) if False in valid else len(valid)  # SQLite reads frames [0, end)
            start = end + 1 if header_ok else 0  # after the first damaged frame (or the header)
            if not header_ok and not any(valid):
                continue
            lost = 0
            for index in range(start, len(valid)):
                if not valid[index]:
                    break
                offset = 32 + index * frame
                lost += struct.unpack(">I", data[offset + 4:offset + 8])[0] != 0  # a commit frame
            if lost:
                return lost
            if header_ok:
                break
    return 0


#: How long a write waits for another process that holds the database before it gives up (seconds).
BUSY_TIMEOUT_S = 5.0


# --- the unit of work ----------------------------------------------------------------------------------------------

@contextlib.contextmanager
def waiting(db, seconds: float | None) -> Iterator[None]:
    """The connection's busy timeout set to `seconds` for what runs inside, then as it was. The wait is a
    store setting: nothing outside the store sets PRAGMAs."""
    if seconds is None:
        yield
        return
    conn = db.conn
    try:
        before = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute(f"PRAGMA busy_timeout = {max(0, int(seconds * 1000))}")
    except DatabaseError:  # the write itself says what is wrong
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(*DatabaseError):
            conn.execute(f"PRAGMA busy_timeout = {int(before)}")


@contextlib.contextmanager
def write(db, wait: float | None = None) -> Iterator[None]:
    """One durable transaction (a savepoint inside an open one): `Database.write`."""
    if getattr(db, "_priloga_batch", False) or db.conn.in_transaction:  # join the open transaction
        db.execute("SAVEPOINT priloga_write")
        try:
            yield
        except BaseException as exc:
            with contextlib.suppress(*DatabaseError):  # after a full disk or an I/O error SQLite may have
                db.execute("ROLLBACK TO priloga_write")  # rolled the whole transaction back already
                db.execute("RELEASE priloga_write")
            _reraise(exc, db)
        db.execute("RELEASE priloga_write")
        return
    with waiting(db, wait):
        try:
            db.execute("BEGIN IMMEDIATE")
        except DatabaseError as exc:
            raise StoreError(_explain(exc, _db_file(db))) from exc
    try:
        yield
    except BaseException as exc:
        with contextlib.suppress(*DatabaseError):
            db.execute("ROLLBACK")
        _reraise(exc, db)
    try:
        with waiting(db, wait):
            db.execute("COMMIT")
    except DatabaseError as exc:
        with contextlib.suppress(*DatabaseError):
            db.execute("ROLLBACK")
        raise StoreError(_explain(exc, _db_file(db))) from exc


@contextlib.contextmanager
def batch(db) -> Iterator[None]:
    """Many writes as ONE durable transaction, e.g. importing a station's register (thousands of persons,
    their documents, families and forms), where a commit per row would wait for the disk thousands of
    times. The writes of every store inside join it (each in a savepoint: a write that fails leaves
    nothing behind); everything reaches the disk at the end, and an exception rolls it all back.
    A batch inside a batch is part of the outer one."""
    if getattr(db, "_priloga_batch", False):
        yield
        return
    with write(db):
        db._priloga_batch = True
        try:
            yield
        finally:
            db._priloga_batch = False


def _db_file(db) -> str:
    """The database's file (for messages), or "" when it cannot be told."""
    try:
        row = db.execute("PRAGMA database_list").fetchone()
    except Exception:  # the message must come out whatever the connection's state
        return ""
    return row[2] if row and row[2] else ""


def _reraise(exc: BaseException, db) -> None:
    """Raise `exc` again; an error of the database (not a broken constraint, which the caller reports) as a
    StoreError that says what to do."""
    if isinstance(exc, DatabaseError) and not isinstance(exc, IntegrityError):
        raise StoreError(_explain(exc, _db_file(db))) from exc
    raise exc


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


SQLITE_HEADER = b"SQLite format 3\0"


def is_plain(path: str | Path) -> bool:
    """True when the file is an unencrypted SQLite database (SQLCipher's files start with random bytes)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def encrypt_existing(path: str | Path, key: bytes) -> bool:
    """Encrypt an unencrypted database (from a version before encryption) in place with `key`.

    The encrypted copy is written beside it, synced, and renamed over the original; the plain file's
    WAL is checkpointed first so nothing committed is left behind. Returns False when there was nothing
    to encrypt."""
    import os

    path = Path(path)
    if not is_plain(path):
        return False
    plain = sqlite3.connect(str(path), isolation_level=None)
    version = plain.execute("PRAGMA user_version").fetchone()[0]
    plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    plain.execute("PRAGMA journal_mode=DELETE")
    plain.close()
    target = path.with_name(path.name + ".encrypting")
    target.unlink(missing_ok=True)
    conn = _driver().connect(str(path), isolation_level=None)
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", [str(target)])
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(target, path)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return True


def open_store(path: str | Path, key: bytes | None = None) -> Database:
    """Open (creating when new) and migrate the database at `path`, encrypted with `key`."""
    conn = connect(path, key)
    db = Database(conn)
    db.encrypted = key is not None
    try:
        migrate(db)
        for table in ("settings", "accounts"):  # what logging in reads: a damaged page there is refused here
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone():
                result = db.execute(f"PRAGMA quick_check({table})").fetchall()
                if result != [("ok",)]:
                    raise StoreError(f"Zbirka podatkov {path} je poškodovana ({result[0][0]}); obnovite jo iz "
                                     f"varnostne kopije (priloga restore).")
    except DatabaseError as exc:
        conn.close()
        raise StoreError(f"Zbirka podatkov {path} je poškodovana ali ni veljavna ({exc}); obnovite jo iz varnostne "
                         f"kopije (priloga restore).") from exc
    except BaseException:
        conn.close()
        raise
    return db


def _explain(exc: Exception, path: str = "") -> str:
    """What a failed write means for the user and what to do, in Slovenian (`path`: the database's file)."""
    import os

    text = str(exc).lower()
    folder = f" {os.path.dirname(path)}" if path else ""
    kept = " Vpisani podatki so ostali na zaslonu; kar je bilo shranjeno prej, je nepoškodovano."
    if "locked" in text or "busy" in text:
        return ("Zbirko podatkov uporablja drug program (npr. še ena odprta Priloga ali varnostno kopiranje); "
                "počakajte trenutek ali ga zaprite in poskusite znova." + kept)
    if "full" in text:
        return (f"Na disku z mapo s podatki{folder} ni več prostora; sprostite prostor (izbrišite ali premaknite "
                f"nepotrebne datoteke) in poskusite znova." + kept)
    writable = bool(path) and os.access(path, os.W_OK) and os.access(os.path.dirname(path), os.W_OK)
    # the disk is writable: SQLCipher refuses writes once it met a damaged page, or the file was replaced
    if ("readonly" in text or "read-only" in text) and writable:
        return (f"Zbirke podatkov {path} ni več mogoče spreminjati: datoteka je poškodovana ali jo je drug "
                f"program zamenjal ali premaknil. Zaprite program in ga znova odprite; če se napaka ponovi, zbirko "
                f"obnovite iz varnostne kopije (priloga restore). Vpisani podatki so ostali na zaslonu.")
    if "readonly" in text or "read-only" in text:
        return (f"V mapo s podatki{folder} ni mogoče pisati (samo za branje); preverite pravice mape ali "
                f"izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR." + kept)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return (f"Zbirka podatkov{' ' + path if path else ''} je poškodovana ({exc}); zaprite program in jo "
                f"obnovite iz varnostne kopije (priloga restore). Vpisani podatki so ostali na zaslonu.")
    if "i/o error" in text:
        return (f"Pisanje na disk z mapo s podatki{folder} ni uspelo (napaka vhoda/izhoda): disk je morda odklopljen, "
                f"poln ali okvarjen. Preverite disk (ali omrežni pogon) in poskusite znova." + kept)
    return f"Zapis v zbirko podatkov ni uspel ({exc}); vpisani podatki so ostali na zaslonu."
