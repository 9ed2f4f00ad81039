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


#: files with personal data (exported forms, a person's own-data export, transfers) are the user's only
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(folder: str | Path) -> Path:
    """Create `folder` (and its parents) readable by its user only; an existing folder the app made for
    its data (the data folder) is narrowed to 0700 too. mkdir's mode is narrowed by the umask, never
    widened, so the mode is set exactly afterwards."""
    folder = Path(folder)
    existed = folder.exists()
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if os.name == "posix" and not existed:
        os.chmod(folder, PRIVATE_FOLDER)
    return folder


def write_private(path: str | Path, data: bytes) -> Path:
    """Write `data` to a file only its user may read (0600 from the moment it exists; an existing file of
    the same name is replaced by a new one, so its old, wider mode is not kept)."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    return path
