"""Automatic backups in the GUI: on a schedule while the app runs, and when the main window closes.

The main window makes one `BackupScheduler(self.workspace, self)` and calls `on_exit()` from its
closeEvent once the window really closes. A scheduled backup copies the database in a worker thread
(its own connections), so the window does not freeze on a large station; the audit entry and the
pruning follow in the GUI's thread. A failure never crashes the app: it is shown in the status bar,
and once in a message box (a missing USB disk does not interrupt every few minutes).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from app.workspace.backup import BackupError, BackupJob
from app.ui.i18n import message_text

#: How often the scheduler asks whether a backup is due (the interval itself is the setting
#: `backup_every_hours`), and how soon after start it first asks.
CHECK_EVERY_MS = 5 * 60 * 1000
FIRST_CHECK_MS = 60 * 1000
STATUS_MS = 10 * 1000


class BackupScheduler(QObject):
    """Makes a backup when one is due (checked every `check_every_ms`) and one on exit."""

    backed_up = Signal(str)  # the backup's path
    failed = Signal(str)  # the message shown
    _copied = Signal(object)  # from the worker thread: the job (queued into the GUI's thread)

    def __init__(self, workspace, parent: QObject | None = None, *, check_every_ms: int = CHECK_EVERY_MS,
                 first_check_ms: int = FIRST_CHECK_MS, start: bool = True, threaded: bool = True):
        super().__init__(parent)
        self.workspace = workspace
        self.threaded = threaded
        self.last_error: str | None = None
        self._running: tuple[BackupJob, threading.Thread, dict] | None = None
        self._warned: set[str] = set()
        self._copied.connect(self._on_copied, Qt.QueuedConnection)
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        self._first = QTimer(self, singleShot=True, interval=first_check_ms)
        self._first.timeout.connect(self.check)
        if start:
            self.start()

    def start(self) -> None:
        self._first.start()
        self.timer.start()

    def stop(self) -> None:
        self._first.stop()
        self.timer.stop()

    @property
    def busy(self) -> bool:
        return self._running is not None

    # --- what the window calls -------------------------------------------------------------------
    def check(self) -> bool:
        """Start a scheduled backup if one is due; whether one was started."""
        if self.busy or not self._session_open():
            return False
        try:
            if not self.workspace.backup_due():
                return False
            job = self.workspace.prepare_backup("schedule")
        except Exception as exc:  # noqa: BLE001 - a check must never take the app down
            self._failed(self.tr("Varnostne kopije ni bilo mogoče pripraviti: {error}").format(error=message_text(exc)), False)
            return False
        if not self.threaded:
            self._finish(job, *self._copy(job), modal=False)
            return True
        result: dict = {}
        thread = threading.Thread(target=self._work, args=(job, result), name="priloga-backup", daemon=True)
        self._running = (job, thread, result)
        self._status(self.tr("Varnostna kopija …"), 0)
        thread.start()
        return True

    def on_exit(self) -> Path | None:
        """The backup on closing the main window (call it once the close is accepted); waits for a
        scheduled backup still being copied first."""
        self.stop()
        self._wait_running()
        if not self._session_open():
            return None
        return self._now("exit")

    def backup_now(self) -> Path | None:
        """A backup the user asked for (needs the permission "backup")."""
        self._wait_running()
        return self._now("manual")

    # --- inside ----------------------------------------------------------------------------------
    def _session_open(self) -> bool:
        return bool(getattr(self.workspace, "_key", b""))

    @staticmethod
    def _copy(job: BackupJob) -> tuple[Path | None, BaseException | None]:
        try:
            return job.run(), None
        except BaseException as exc:  # noqa: BLE001 - reported in the GUI's thread
            return None, exc

    def _work(self, job: BackupJob, result: dict) -> None:
        result["path"], result["error"] = self._copy(job)
        try:
            self._copied.emit(job)
        except RuntimeError:  # the window (and this object) is gone; on_exit was not called
            pass

    def _on_copied(self, job: BackupJob) -> None:
        if self._running is None or self._running[0] is not job:  # on_exit has finished it already
            return
        _job, thread, result = self._running
        self._running = None
        thread.join()
        self._finish(job, result.get("path"), result.get("error"), modal=False)

    def _wait_running(self) -> None:
        if self._running is None:
            return
        job, thread, result = self._running
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            thread.join()
        finally:
            QApplication.restoreOverrideCursor()
        self._running = None
        self._finish(job, result.get("path"), result.get("error"), modal=False)

    def _now(self, reason: str) -> Path | None:
        """A backup made in the GUI's thread (on exit the window waits for it anyway)."""
        self._status(self.tr("Varnostna kopija …"), 0)
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            job = self.workspace.prepare_backup(reason)
            path, error = self._copy(job)
        except Exception as exc:  # noqa: BLE001 - e.g. no permission for a manual backup
            job, path, error = None, None, exc
        finally:
            QApplication.restoreOverrideCursor()
        return self._finish(job, path, error, modal=True)

    def _finish(self, job: BackupJob | None, path: Path | None, error: BaseException | None,
                modal: bool) -> Path | None:
        if error is None and job is not None and path is not None:
            try:
                if self._session_open():
                    self.workspace.backup_done(job, path)
            except Exception as exc:  # noqa: BLE001 - the backup is made; the entry or pruning failed
                self._failed(self.tr("Varnostna kopija {name} je narejena, vpis v revizijsko sled ali brisanje "
                                     "starejših kopij pa ni uspelo: {error}").format(name=path.name, error=message_text(exc)), modal)
                return path
            else:
                self.last_error = None
                self._warned.clear()
                self._status(self.tr("Varnostna kopija shranjena: {name}").format(name=path.name), STATUS_MS)
                self.backed_up.emit(str(path))
                return path
        if isinstance(error, BackupError):
            if job is not None and self._session_open():
                self.workspace.backup_failed(job, error)
            message = message_text(error)
        else:
            message = self.tr("Varnostne kopije ni bilo mogoče narediti: {error}").format(error=message_text(error))
        self._failed(message, modal)
        return None

    def _failed(self, message: str, modal: bool) -> None:
        self.last_error = message
        self._status(self.tr("Varnostna kopija ni uspela: {error}").format(error=message), 0)
        self.failed.emit(message)
        if modal or message not in self._warned:  # the same scheduled failure is shown in a box once
            self._warned.add(message)
            self.warn(message)

    def warn(self, message: str) -> None:
        """A message box over the window (tests replace it)."""
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        QMessageBox.warning(parent, self.tr("Varnostna kopija"), message)

    def _status(self, text: str, timeout: int) -> None:
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout)
