"""Accounts and passwords: the values the login, first start and accounts screens need (re-exported from
the store, so the UI imports only the workspace), and whether a station has its key file yet. No Qt."""

from __future__ import annotations

from pathlib import Path

from app.store.accounts import Account, AccountError  # noqa: F401
from app.store.vault import (LOCKOUT_AFTER, BadCredentials, KdfParams, LockedOut, NoVault, Vault,  # noqa: F401
                             VaultError, WeakPassword, normalize_username, password_problem)


def has_key_file(db_path: str | Path | None, kdf: KdfParams | None = None) -> bool:
    """Whether the station has its key file (with the first administrator): else the GUI starts with
    the first-start dialog."""
    from app.paths import default_db_path

    return Vault(Path(db_path) if db_path else default_db_path(), kdf).exists()
