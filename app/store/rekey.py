"""Re-encrypting the database with a new data key (SQLCipher's `PRAGMA rekey`). No Qt.

SQLCipher rewrites every page under the new key in ONE write transaction; in WAL mode (the station's) the
new pages go to the WAL and become the database at its commit, so a process killed before the commit leaves
a database that opens with the old key, and after it one that opens with the new key (measured: kills at
nine moments of a rekey, each opened with exactly one of the two keys). The WAL is then checkpointed and
truncated, so no page under the old key stays behind in it. Which key the key file hands out is the
vault's part (app.store.vault: begin_rotation / finish_rotation) and the workspace's (app.workspace.rekey).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.store.db import DatabaseError, StoreError, WrongKey, connect


def page_count(db) -> int:
    return int(db.execute("PRAGMA page_count").fetchone()[0])


def rekey(db, new_key: bytes) -> None:
    """Re-encrypt the open database `db` (no transaction open) with `new_key`; the connection goes on with it."""
    if len(new_key) != 32:
        raise ValueError("the data key is 32 bytes")
    if db.conn.in_transaction:
        raise StoreError("Ključa zbirke podatkov ni mogoče zamenjati med odprto transakcijo.")
    try:
        db.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DatabaseError as exc:
        raise StoreError(f"Zbirke podatkov ni bilo mogoče šifrirati z novim ključem ({exc}); zaprite druge "
                         f"programe, ki jo uporabljajo (še ena Priloga, varnostno kopiranje), in ključ zamenjajte znova (priloga "
                         f"rekey ali Zamenjaj ključ … v oknu uporabniških računov); zbirka se še odpre s starim "
                         f"ključem.") \
            from exc


def opens_with(path: str | Path, key: bytes) -> bool:
    """Whether the database at `path` opens with `key` (a fresh connection, closed again)."""
    try:
        conn = connect(path, key)
    except WrongKey:
        return False
    with contextlib.suppress(Exception):
        conn.close()
    return True
