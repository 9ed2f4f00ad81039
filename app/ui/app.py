"""Start the GUI: the application object, its font and translations, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from app.paths import APP_NAME, resources_dir

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
    """Qt's own Slovenian strings, and the app's translation for the system locale if one is shipped."""
    if app.property("priloga_translators"):
        return
    translators = []
    qt = QTranslator(app)
    if qt.load(QLocale(QLocale.Slovenian), "qt", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        translators.append(qt)
    locale = QLocale.system()
    if locale.language() != QLocale.Slovenian:
        own = QTranslator(app)
        if own.load(locale, "priloga", "_", str(resources_dir() / "i18n")):
            translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    app.setProperty("priloga_translators", True)
    app._priloga_translators = translators  # keep them alive


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
        QMessageBox.critical(None, APP_NAME, QApplication.translate("app", "Nepričakovana napaka: {error}").format(error=exc))


def run_gui(workspace, argv: list[str] | None = None) -> int:
    """Run the desktop app on `workspace` until the main window is closed; return the exit code."""
    app = create_app(argv)
    from app.ui.main_window import MainWindow

    sys.excepthook = _show_unexpected
    window = MainWindow(workspace)
    window.show()
    return app.exec()
