"""Settings kept in the database: this station's identity and the official working on it."""

from __future__ import annotations

import getpass
import socket
import uuid

from typing import TYPE_CHECKING

from app.store import audit

if TYPE_CHECKING:
    import sqlite_utils


class Settings:
    """Key/value settings. The station id is made once and names every record this station creates."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def get(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        with self.db.write():
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
            if key != "station_id" and self.db.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone():
                audit.record(self.db, "settings", target="setting", target_id=key)

    @property
    def station_id(self) -> str:
        value = self.get("station_id")
        if not value:
            value = str(uuid.uuid4())
            self.set("station_id", value)
        return value

    @property
    def station_name(self) -> str:
        return self.get("station_name") or socket.gethostname()

    @property
    def official(self) -> str:
        """The official's name as printed on forms: the logged-in account's, else the setting, else the login name."""
        actor = getattr(self.db, "actor", None)
        if actor and actor.get("name"):
            return actor["name"]
        value = self.get("official")
        if value:
            return value
        try:
            return getpass.getuser()
        except Exception:  # no login name on some service accounts
            return ""

    @property
    def office(self) -> str:
        """The issuing office as on its heading stamp (zglavna štampiljka); prefilled on new forms."""
        return self.get("office")
