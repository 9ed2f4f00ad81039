"""Start the GUI: the application object, its font and translations, the login and the user's session."""

from __future__ import annotations

import sys

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from app.paths import APP_NAME, resources_dir
from app.ui.i18n import message_text

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_POINT_SIZE = 10


def load_fonts(app: QApplication) -> str | None:
    """Load the bundled fonts (č, š, ž and Cyrillic everywhere) and make them the app font."""
    if app.property("priloga_font"):
        return app.property("priloga_font")
    family = None
    for name in FONT_FILES:
        path = resources_dir() / "fonts" / name
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else None)
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
        app.setProperty("priloga_font", family)
    return family


def install_translators(app: QApplication) -> None:
    """The chosen language's translators: Slovenian (Qt's catalogue and ours for what it lacks) or the
    app's translation (`app/ui/i18n.py`)."""
    if app.property("priloga_translators"):
        return
    from app.ui import i18n

    i18n.install(app)
    app.setProperty("priloga_translators", True)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), with the app's name, font and translations."""
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    load_fonts(app)
    install_translators(app)
    return app


def _show_unexpected(exc_type, exc, tb) -> None:
    """Show an unexpected error instead of losing the window; the details go to stderr."""
    sys.__excepthook__(exc_type, exc, tb)
    if QApplication.instance() is not None:
        QMessageBox.critical(None, APP_NAME, QApplication.translate("app", "Nepričakovana napaka: {error}").format(error=message_text(exc)))


class Session(QObject):
    """The GUI's sessions on one station: the first start or the login, the main window of the user who
    logged in, locking after the idle time and on Ctrl+L, and switching user (nothing of the previous user
    stays on screen). `window` and `workspace` are the current user's, None between users."""

    def __init__(self, db_path: str | Path | None = None, kdf=None, quit=None, parent: QObject | None = None):
        super().__init__(parent)
        from app.paths import default_db_path
        from app.ui.lock import IdleWatcher

        self.db_path = Path(db_path) if db_path else default_db_path()
        self.kdf = kdf
        self.window = None
        self.workspace = None
        self._quit = quit or QApplication.quit
        self._switching = False
        self.idle = IdleWatcher(5 * 60 * 1000, self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.idle.lock_key.connect(lambda: self.lock("user"))

    # --- signing in ------------------------------------------------------------------------------
    def start(self) -> bool:
        """Sign in (or make the first administrator) and open the main window; False when cancelled."""
        from app.ui import documents

        documents.remove_stale_session_dirs()
        workspace = self.sign_in()
        if workspace is None:
            return False
        self.open(workspace)
        return True

    def sign_in(self, note: str | None = None):
        """The first-start dialog when the station has no key file, else the login dialog; then a new
        password when the account must change it. The workspace, or None when the user gave up."""
        from app.ui import dialogs
        from app.workspace.accounts import has_key_file
        from app.ui.login import ChangePasswordDialog, FirstStartDialog, LoginDialog

        username = ""
        while True:
            if not has_key_file(self.db_path, self.kdf):
                dialog = FirstStartDialog(self.db_path, self.kdf)
                if not dialogs.run_dialog(dialog) or dialog.workspace is None:
                    return None
                return dialog.workspace
            dialog = LoginDialog(self.db_path, self.kdf, username=username, note=note)
            if not dialogs.run_dialog(dialog) or dialog.workspace is None:
                return None
            workspace, current = dialog.workspace, dialog.current_password
            dialog.current_password = None
            if not workspace.account.must_change_password:
                return workspace
            change = ChangePasswordDialog(workspace, current=current)
            current = None
            if dialogs.run_dialog(change):
                return workspace
            username = workspace.user
            workspace.logout()
            note = QCoreApplication.translate("app", "Pred začetkom dela si morate izbrati novo geslo.")

    def open(self, workspace) -> None:
        """The main window of `workspace`'s user; temporary files go to the session's private folder."""
        from app.ui import documents
        from app.ui.main_window import MainWindow

        self.workspace = workspace
        documents.begin_session_files()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            window = MainWindow(workspace)
        finally:
            QApplication.restoreOverrideCursor()
        window.setAttribute(Qt.WA_DeleteOnClose)
        window.lock_changed.connect(self._on_lock_changed)
        window.switch_user_requested.connect(self.switch_user)
        window.settings_changed.connect(self.apply_lock_time)
        window.closed.connect(self._on_window_closed)
        self.window = window
        window.show()
        self.apply_lock_time()
        self.idle.start()

    # --- locking ---------------------------------------------------------------------------------
    def lock_time_ms(self) -> int:
        from app.ui.lock import lock_minutes

        return max(1, round(lock_minutes(self.workspace) * 60_000)) if self.workspace else 5 * 60_000

    def apply_lock_time(self) -> None:
        self.idle.set_limit_ms(self.lock_time_ms())

    def lock(self, reason: str = "user") -> None:
        if self.window is not None and not self.window.locked:
            self.window.lock(reason)

    def _on_lock_changed(self, locked: bool) -> None:
        if locked:
            self.idle.stop()
        else:
            self.idle.start()

    # --- switching user and ending ---------------------------------------------------------------
    def switch_user(self) -> bool:
        """Close every window of the user (they save as they close) and the main window, log out, and
        ask who logs in next; a NEW main window opens for them. False when a window could not close."""
        window = self.window
        if window is None:
            return False
        problem = window.close_session_windows()
        if problem is not None:
            if window.locked:
                window.lock_screen.show_error(problem)
            return False
        self._switching = True
        try:
            if not window.close():
                return False
        finally:
            self._switching = False
        self.end_session()
        QTimer.singleShot(0, self._sign_in_again)
        return True

    def _sign_in_again(self) -> None:
        workspace = self.sign_in()
        if workspace is None:
            self._quit()
            return
        self.open(workspace)

    def _on_window_closed(self) -> None:
        if self._switching:
            return
        self.end_session()
        self._quit()

    def end_session(self) -> None:
        """Log out: the idle watch stops, the session's temporary folder is removed, the database closes."""
        from app.ui import documents, printing

        self.idle.stop()
        window, self.window = self.window, None
        if window is not None:
            for signal, slot in ((window.closed, self._on_window_closed), (window.lock_changed, self._on_lock_changed),
                                 (window.switch_user_requested, self.switch_user),
                                 (window.settings_changed, self.apply_lock_time)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
            window.deleteLater()
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            try:
                workspace.logout()
            except Exception:  # already closed, or the disk: the key is dropped either way
                try:
                    workspace.close()
                except Exception:
                    pass
        printing.use_offsets(None)
        documents.end_session_files()

    def shutdown(self) -> None:
        """At exit: close the user's windows (they save) and end the session."""
        from shiboken6 import isValid

        if self.window is not None and isValid(self.window):
            self._switching = True
            try:
                self.window.close()
            finally:
                self._switching = False
        self.end_session()


def run_gui(db_path: str | Path | None = None, argv: list[str] | None = None, kdf=None) -> int:
    """Run the desktop app on the station's database at `db_path` (the first start, or the login) until
    the user quits; return the exit code (2 when this Linux machine lacks the libraries Qt's window
    system plugin needs: one line says which packages to install, instead of Qt aborting)."""
    from app.ui.platform_check import missing_platform_packages, platform_message

    missing = missing_platform_packages()
    if missing:
        print(platform_message(missing), file=sys.stderr)
        return 2
    app = create_app(argv)
    sys.excepthook = _show_unexpected
    app.setQuitOnLastWindowClosed(False)  # between two users no window is open
    session = Session(db_path, kdf)
    app.aboutToQuit.connect(session.shutdown)
    if not session.start():
        session.shutdown()
        return 0
    app._priloga_session = session  # keep it alive
    return app.exec()
