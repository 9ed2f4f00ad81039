"""The engine's cache folder (compiled catalogue headings, definitions already checked against the schema)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """$PRILOGA_CACHE_DIR, else the platform's user cache folder for Priloga. Only copies live there:
    lost or unreadable, they are made again."""
    env = os.environ.get("PRILOGA_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("priloga", appauthor=False))
