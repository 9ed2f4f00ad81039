"""Backups: make one now, on a schedule or on exit, list them, restore one. No Qt.

The methods of `BackupCases` are the Workspace's: they check the right and the session and read the
settings; the store (app.store.backup) copies, checks, prunes and restores, given only paths, a key
and values.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.store import backup as _store
from app.store.backup import (REASONS, BackupDamaged, BackupError, BackupFolderError, BackupInfo,  # noqa: F401
                              BackupJob, BackupNoSpace, DatabaseInUse, RestoreRefused, default_folder, list_backups,
                              OtherStation, UNKNOWN_STATION, restore_backup)


class BackupCases:
    """Backup use cases of the Workspace (mixed into app.workspace.core.Workspace)."""

    def backup_folder(self, folder: str | Path | None = None) -> Path:
        """The folder backups go to: `folder`, else the setting `backup_folder`, else `backups` beside the database."""
        return _store.backup_folder(self.path, self.settings.get("backup_folder"), folder)

    def prepare_backup(self, reason: str = "manual", folder: str | Path | None = None, keep: int | None = None,
                       *, now: dt.datetime | None = None) -> BackupJob:
        """A backup ready to run (its copy may run off the GUI's thread): the reason, the right (a manual
        backup needs "backup"; the scheduled and the exit backups are the station's) and the session are
        checked, the settings read."""
        if reason not in REASONS:
            raise ValueError(f"unknown backup reason {reason!r}")
        if reason == "manual":
            self.require("backup")
        key = getattr(self, "_key", b"")
        if not key:
            raise BackupError("Seja je zaprta; za varnostno kopijo se znova prijavite.")
        explicit = bool(folder or self.settings.get("backup_folder"))
        keep = _store.keep_setting(self.settings.get("backup_keep")) if keep is None else max(1, int(keep))
        return BackupJob(Path(self.path), bytes(key), Path(self.vault.path), self.backup_folder(folder),
                         not explicit, keep, reason, now)

    def backup_done(self, job: BackupJob, path: Path) -> Path:
        """Delete the backups beyond the job's `keep` and record the backup in the audit trail."""
        removed = job.prune()
        self.record("backup", target="file", detail={"reason": job.reason, "name": path.name,
                                                     "bytes": path.stat().st_size, "removed": len(removed)})
        self.write_anchor()
        return path

    def backup_failed(self, job: BackupJob, exc: BaseException) -> None:
        """An audit entry for a backup that failed (the kind of failure, never a path); best effort."""
        try:
            self.record("backup", target="file", detail={"reason": job.reason, "failed": type(exc).__name__})
        except Exception:  # noqa: BLE001 - the backup's own error is what the user must see
            pass

    def backup(self, folder: str | Path | None = None, keep: int | None = None, reason: str = "manual",
               *, now: dt.datetime | None = None) -> Path:
        """Back up the database into `folder` (default: the setting `backup_folder`, else `backups` beside
        the database) as `priloga-YYYYMMDD-HHMMSS-REASON.sqlite3` with its key file; keep the newest `keep`
        (setting `backup_keep`, 10) and delete older ones; record it in the audit trail. Returns the
        backup's path. Raises BackupError (BackupNoSpace, BackupFolderError, BackupDamaged); then no new
        file is left and older backups are untouched."""
        job = self.prepare_backup(reason, folder, keep, now=now)
        try:
            path = job.run()
        except BackupError as exc:
            self.backup_failed(job, exc)
            raise
        return self.backup_done(job, path)

    def backups(self, folder: str | Path | None = None) -> list[BackupInfo]:
        """The backups in the backup folder (or `folder`), newest first."""
        return list_backups(self.backup_folder(folder))

    def last_backup_time(self) -> dt.datetime | None:
        """When the newest backup in the backup folder was made (local time), or None."""
        return _store.last_backup_time(self.backup_folder())

    def backup_due(self, now: dt.datetime | None = None) -> bool:
        """Whether a scheduled backup is due (`backup_every_hours`, 4, since the newest; never when 0)."""
        hours = _store.every_hours_setting(self.settings.get("backup_every_hours"))
        return _store.due(self.backup_folder(), hours, now)


def current_station(db_path: str | Path, username: str, password: str) -> tuple[str, str] | None:
    """(station id, station name) of the database a restore would replace, opened with the user's login; None
    when there is no database there, UNKNOWN_STATION when it cannot be opened with that login."""
    from app.store.vault import Vault

    db_path = Path(db_path)
    if not db_path.exists() or not Vault(db_path).exists():
        return None
    try:
        station = _store.backup_station(db_path, Vault(db_path).unlock(username, password))
    except Exception:  # a wrong password, a locked account or a damaged database: the station is not known
        return UNKNOWN_STATION
    return station if station[0] else UNKNOWN_STATION
