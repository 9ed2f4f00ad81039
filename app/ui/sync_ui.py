"""Sync with the central register from the GUI: »Sinhroniziraj« (F9) and a sync in the background.

The main window makes one `SyncScheduler(self.workspace, self, label)`. A sync runs in a worker thread
with its own connection to the station's database (`app.workspace.sync.prepare_sync`), so typing never
waits for the network; offline work is never blocked: a server that cannot be reached is only shown in
the status bar. The background sync runs every `sync_every_minutes` (5; 0 switches it off) on an enrolled
station. The label shows the changes waiting to be sent, the last sync (dd. mm. yyyy hh:mm), conflicts
and refusals kept at the server, and why the last attempt failed (server unreachable, station revoked).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from app.workspace import sync as _sync
from app.ui.i18n import message_text

#: how soon after the window opens the first background sync is tried
FIRST_SYNC_MS = 30 * 1000
STATUS_MS = 10 * 1000


class SyncScheduler(QObject):
    """Runs one sync at a time in a worker thread; updates `label` from `sync.status()`."""

    synced = Signal(object)   # the SyncReport
    failed = Signal(str)      # the message shown
    _done = Signal(object, object)  # from the worker: (report, error), queued into the GUI's thread

    def __init__(self, workspace, parent: QObject | None = None, label: QLabel | None = None, *,
                 start: bool = True, first_sync_ms: int = FIRST_SYNC_MS):
        super().__init__(parent)
        self.workspace = workspace
        self.label = label
        self.last_error: str | None = None
        self.last_error_kind: str | None = None
        self._thread: threading.Thread | None = None
        self._done.connect(self._on_done, Qt.QueuedConnection)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer)
        self._first = QTimer(self, singleShot=True, interval=first_sync_ms)
        self._first.timeout.connect(self._on_timer)
        if start:
            self.start()
        self.update_status()

    # --- the schedule --------------------------------------------------------------------------
    def start(self) -> None:
        minutes = self._minutes()
        if minutes:
            self.timer.start(minutes * 60 * 1000)
            self._first.start()

    def stop(self) -> None:
        self.timer.stop()
        self._first.stop()

    def _minutes(self) -> int:
        try:
            return _sync.every_minutes(self.workspace)
        except Exception:  # noqa: BLE001 - a closed session: no background sync
            return 0

    def _on_timer(self) -> None:
        if self._session_open() and self._enrolled() and self.workspace.can("fill"):
            self.sync_now(quiet=True)

    # --- what the window calls -----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._thread is not None

    def sync_now(self, quiet: bool = False) -> bool:
        """Start a sync in the background; whether one was started (not when one is running)."""
        if self.busy:
            return False
        try:
            job = _sync.prepare_sync(self.workspace)
        except _sync.SyncError as err:
            if not quiet:
                self._failed(str(err), err.kind)
            return False
        except Exception as err:  # noqa: BLE001 - e.g. no permission; shown, never a crash
            self._failed(str(err), "refused")
            return False
        self._thread = threading.Thread(target=self._work, args=(job,), name="priloga-sync", daemon=True)
        self._show_message(self.tr("Sinhronizacija s centralnim registrom …"), 0)
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a running sync (closing the window)."""
        if self._thread is not None:
            self._thread.join(timeout)

    # --- inside --------------------------------------------------------------------------------
    def _work(self, job: _sync.SyncJob) -> None:
        report = error = None
        try:
            report = job.run()
        except BaseException as exc:  # noqa: BLE001 - reported in the GUI's thread
            error = exc
        try:
            self._done.emit(report, error)
        except RuntimeError:  # the window is gone
            pass

    def _on_done(self, report, error) -> None:
        if self._thread is not None:
            self._thread.join()
        self._thread = None
        if error is not None:
            message = message_text(error) if isinstance(error, _sync.SyncError) else self.tr(
                "Sinhronizacija ni uspela: {error}").format(error=message_text(error))
            self._failed(message, getattr(error, "kind", "refused"))
            return
        self.last_error = self.last_error_kind = None
        parts = [self.tr("Sinhronizirano: poslanih {pushed}, sprejetih {applied}").format(
            pushed=report.pushed, applied=report.applied)]
        if report.conflicts:
            parts.append(self.tr("konfliktov {n}").format(n=len(report.conflicts)))
        if report.relocated:
            parts.append(self.tr("premeščenih na to postajo {n}").format(n=len(report.relocated)))
        if report.rejected:
            parts.append(self.tr("zavrnjenih {n}: {first}").format(n=len(report.rejected), first=report.rejected[0]))
        self._show_message(", ".join(parts), STATUS_MS)
        self.update_status()
        self.synced.emit(report)

    def _failed(self, message: str, kind: str) -> None:
        self.last_error, self.last_error_kind = message, kind
        self._show_message(self.tr("Sinhronizacija ni uspela: {error}").format(error=message), STATUS_MS)
        self.update_status()
        self.failed.emit(message)

    def _session_open(self) -> bool:
        return bool(getattr(self.workspace, "_key", b""))

    def _enrolled(self) -> bool:
        return bool(self.workspace.station_setting("sync.secret"))

    def status_text(self) -> tuple[str, str]:
        """The status bar's short text and its tooltip (the full message); empty on a station not enrolled."""
        if not self._session_open() or not self._enrolled():
            # nothing is shown on a station not enrolled: its changes are not counted (a register never
            # synced has a row per change of every record, hundreds of thousands, read at every login)
            return "", ""
        state = _sync.status(self.workspace)
        if not state["enrolled"]:
            return "", ""
        parts = [self.tr("Neposlanih: {n}").format(n=state["pending"])]
        last = state["last_sync"]
        parts.append(self.tr("Sinhronizirano: {at}").format(at=last.astimezone().strftime("%d. %m. %Y %H:%M"))
                     if last else self.tr("Še ni bilo sinhronizacije"))
        if state["conflicts"]:
            parts.append(self.tr("Konfliktov: {n}").format(n=state["conflicts"]))
        if state["rejected"]:
            parts.append(self.tr("Zavrnjenih: {n}").format(n=state["rejected"]))
        error, kind = (self.last_error, self.last_error_kind) if self.last_error else (
            state["last_error"], state["last_error_kind"])
        tip = [self.tr("Spremembe, ki še niso v centralnem registru: {n}").format(n=state["pending"])]
        if error:
            parts.append({"unreachable": self.tr("⚠ Register ni dosegljiv"),
                          "revoked": self.tr("⚠ Postaja je preklicana"),
                          "not_enrolled": self.tr("⚠ Postaja ni vpisana")}.get(kind, self.tr("⚠ Zavrnjeno")))
            tip.append(error)
        return " · ".join(parts), "\n".join(tip)

    def update_status(self) -> None:
        if self.label is not None:
            text, tip = self.status_text()
            self.label.setText(text)
            self.label.setToolTip(tip)
            self.label.setVisible(bool(text))

    def _show_message(self, text: str, timeout: int) -> None:
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout)
