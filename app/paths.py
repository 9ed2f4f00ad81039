"""Where the app keeps its data: the user's data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Priloga"


def data_dir() -> Path:
    """$PRILOGA_DATA_DIR, else the platform's user data folder (e.g. ~/.local/share/Priloga)."""
    env = os.environ.get("PRILOGA_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """$PRILOGA_DB, else `priloga.sqlite3` in the data folder."""
    env = os.environ.get("PRILOGA_DB")
    return Path(env) if env else data_dir() / "priloga.sqlite3"


def resources_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources"


#: Files with personal data (exported PDFs, subject exports, transfer files) are readable by the owner only,
#: and so is the data folder.
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def make_private_dir(path: str | Path) -> Path:
    """Create `path` (and missing parents) readable by the owner only; an existing folder keeps its mode."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    return path


def write_private_file(path: str | Path, content: bytes) -> Path:
    """Write `content` to `path` created 0600 (an existing file is truncated and set to 0600 too), synced."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        if fd >= 0:
            os.close(fd)
    return path
