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
