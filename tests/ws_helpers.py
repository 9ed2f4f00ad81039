"""Opening test workspaces: a station with its first administrator, as the first start makes it.

Test stations derive their password keys with small Argon2id parameters (1 MiB, one pass) so that
hundreds of tests do not each spend a quarter of a second; test_security.py checks the real ones."""

from __future__ import annotations

from pathlib import Path

from app.store.vault import KdfParams, Vault

FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
ADMIN = "admin"
PASSWORD = "geslo-za-preizkus-1"
OFFICIAL = "Mojca Žagar"


def new_workspace(path: str | Path, catalog=None):
    """A new station at `path` (database and key file), logged in as its administrator."""
    from app.workspace import first_start

    return first_start(path, ADMIN, PASSWORD, OFFICIAL, catalog=catalog, kdf=FAST_KDF)


def open_workspace(path: str | Path, catalog=None, user: str = ADMIN, password: str = PASSWORD):
    """Log in to an existing station (creating it first when there is none)."""
    from app.workspace import login

    if not Vault(path).exists():
        return new_workspace(path, catalog)
    return login(path, user, password, catalog=catalog, kdf=FAST_KDF)


def ensure_station(path: str | Path) -> None:
    """Make the station at `path` if it does not exist yet (for command-line tests)."""
    if not Vault(path).exists():
        new_workspace(path).close()


def with_station(args) -> list[str]:
    """Command-line arguments, after making the station that their --db names (if any) exist."""
    from app.paths import default_db_path

    args = [str(a) for a in args]
    ensure_station(args[args.index("--db") + 1] if "--db" in args else default_db_path())
    return args


def other_connection(workspace):
    """A second connection to the workspace's database, as another process would open it."""
    from app.store.db import connect

    return connect(workspace.path, workspace._key)


def login_again(path: str | Path, user: str = ADMIN, password: str = PASSWORD):
    """Log in to an existing station."""
    from app.workspace import login

    return login(path, user, password, kdf=FAST_KDF)


def drop_search_order(db) -> None:
    """Undo migration 13 (the draft list's search from a covering index)."""
    db.execute("DROP INDEX IF EXISTS drafts_search_order")
    db.execute("DROP INDEX IF EXISTS drafts_listing")
    db.execute("CREATE INDEX IF NOT EXISTS drafts_updated ON drafts (updated_at DESC)")


def drop_kept_deadlines(db) -> None:
    """Undo migration 12 (the kept deadlines, app.store.due, the indexes of ended persons and of the search's rows),
    and the later ones first."""
    drop_search_order(db)
    for (kind, name) in db.execute("SELECT type, name FROM sqlite_master WHERE type = 'trigger'"
                                   " AND (name LIKE 'due_%')").fetchall():
        db.execute(f"DROP {kind.upper()} {name}")
    for table in ("due_items", "due_days", "due_dirty", "due_state"):
        db.execute(f"DROP TABLE {table}")
    db.execute("DROP INDEX persons_ended")
    db.execute("DROP INDEX persons_listing")


def drop_signed_audit(db) -> None:
    """Undo migration 11 (signed audit entries: app.store.audit) on an open store, and the later ones first."""
    drop_kept_deadlines(db)
    for table, column in (("audit_log", "signed_by"), ("audit_log", "signature"), ("accounts", "signing_key")):
        if any(row[1] == column for row in db.execute(f"PRAGMA table_info({table})").fetchall()):
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def drop_draft_name_search(db) -> None:
    """Undo the migration of the draft list's name index (db._draft_name_search), and the later ones first."""
    drop_signed_audit(db)
    for name in ("drafts_names_insert", "drafts_names_delete", "drafts_names_update"):
        db.execute(f"DROP TRIGGER {name}")
    db.execute("DROP TABLE drafts_names")
    db.execute("DROP INDEX drafts_search_key")
    db.execute("ALTER TABLE drafts DROP COLUMN search_key")


def drop_schema_v8(db) -> None:
    """Undo migration 8 (statistics and deadlines) on an open store, for tests that rebuild an older schema
    (and the later ones first)."""
    drop_draft_name_search(db)
    for (kind, name) in db.execute(
            "SELECT type, name FROM sqlite_master WHERE (type = 'trigger' AND (name LIKE 'figure_days_%'"
            " OR name IN ('persons_granted_insert', 'persons_granted_update', 'family_links_companion_insert',"
            " 'family_links_companion_delete', 'family_links_companion_update', 'persons_companion_birth')))"
            " OR (type = 'index' AND name IN ('persons_entry', 'persons_figures', 'drafts_finished', 'drafts_receipts',"
            " 'drafts_issued_from', 'card_serials_issued', 'card_serials_voided', 'persons_eurodac_open',"
            " 'persons_minors', 'persons_ended_on', 'persons_granted_on', 'persons_citizenship'))").fetchall():
        db.execute(f"DROP {kind.upper()} {name}")
    db.execute("DROP TABLE figure_days")
    for column in ("protection_granted_on", "eurodac_sent_on", "eldest_companion_birth"):
        db.execute(f"ALTER TABLE persons DROP COLUMN {column}")
