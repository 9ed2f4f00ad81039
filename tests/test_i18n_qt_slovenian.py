"""Qt's own dialogs are Slovenian: Qt's catalogue (qt_sl.qm) plus ours for what it lacks (qt_extra_sl.ts).
Every dialog the app opens is shown offscreen and every visible text collected; none is English."""

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QPlainTextEdit, QWizard, QWizardPage,
)

from i18n_helpers import visible_texts  # noqa: E402
from ui_helpers import ui_app  # noqa: E402,F401

#: English words and phrases of Qt's dialogs (seen in Priloga before the Slovenian catalogue was completed)
ENGLISH = ("Look in", "Files of type", "File name", "Cancel", "Open", "Save", "Save All", "Write PDF file",
           "Print", "Options", "Close", "Yes", "No", "OK", "Apply", "Reset", "Help", "Abort", "Retry", "Ignore",
           "Discard", "Restore Defaults", "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All",
           "All Pages", "Odd Pages", "Even Pages", "Pages", "Page Set", "Sidebar", "Files", "Name", "Size", "Type",
           "Date Modified", "Back", "Forward", "Parent Directory", "Properties", "Printer", "Copies", "Collate",
           "Reverse", "Portrait", "Landscape", "Show Details", "Enter a value", "Double Sided Printing", "Off",
           "Folder", "Drive", "Computer", "Detail View", "List View", "Create New Folder", "Page Layout",
           "Pages per sheet", "Page order", "Custom", "Margins", "Paper source", "Location", "Output file",
           "Print range", "Current Page", "Selection", "Color Mode", "Grayscale", "Next", "Finish", "Commit",
           "Print Preview", "Page Setup", "Zoom in", "Zoom out", "Fit width", "Fit page", "First page",
           "Last page", "Previous page", "Next page", "Long side binding", "Short side binding")
_ENGLISH = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(ENGLISH, key=len, reverse=True)) + r")\b")


def english_in(texts: list[str], allowed: tuple[str, ...] = ()) -> list[str]:
    return [t for t in texts if t not in allowed and _ENGLISH.search(t)]


@pytest.fixture
def slovenian(ui_app):
    from app.ui import i18n

    i18n.install(ui_app, "sl")
    yield ui_app


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    QCoreApplication.processEvents()
    return visible_texts(dialog)


def test_the_language_is_slovenian_and_our_qt_catalogue_is_installed(slovenian):
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Išči v:"
    assert QCoreApplication.translate("QPrintDialog", "Write PDF file") == "Zapiši datoteko PDF"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Prekliči"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Ime &datoteke:"  # from Qt's qt_sl.qm


@pytest.mark.parametrize("mode", ["open", "save"])
def test_file_dialog(slovenian, qtbot, tmp_path, mode):
    (tmp_path / "izpis.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "mapa").mkdir()
    dialog = QFileDialog(None, "Izvozi PDF", str(tmp_path), "Dokument PDF (*.pdf)")
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptSave if mode == "save" else QFileDialog.AcceptOpen)
    texts = _shown(qtbot, dialog)
    assert "Išči v:" in texts and "Vrsta datotek:" in texts and "Prekliči" in texts
    assert ("Shrani" if mode == "save" else "Odpri") in texts
    assert english_in(texts) == []
    assert english_in([t for w in dialog.findChildren(QLineEdit) for t in visible_texts(w.createStandardContextMenu())]) == []


def test_print_dialog(slovenian, qtbot):
    from PySide6.QtPrintSupport import QPrinterInfo

    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer)
    dialog._printer = printer  # the dialog must not outlive its printer
    dialog.setOption(QPrintDialog.PrintToFile, True)
    texts = _shown(qtbot, dialog)
    assert "Natisni" in texts and "Natisni v datoteko (PDF)" in texts
    # the queues' own names and their drivers' (make and model) are not Qt's words
    printers = tuple(QPrinterInfo.availablePrinterNames()) + tuple(
        info.makeAndModel() for info in QPrinterInfo.availablePrinters() if info.makeAndModel())
    assert english_in(texts, printers) == []


def test_print_preview_dialog(slovenian, qtbot):
    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintPreviewDialog(printer)
    dialog._printer = printer
    texts = _shown(qtbot, dialog)
    assert english_in(texts) == []


def test_message_box_and_button_box(slovenian, qtbot):
    buttons = (QMessageBox.Ok | QMessageBox.Save | QMessageBox.SaveAll | QMessageBox.Open | QMessageBox.Yes
               | QMessageBox.YesToAll | QMessageBox.No | QMessageBox.NoToAll | QMessageBox.Abort | QMessageBox.Retry
               | QMessageBox.Ignore | QMessageBox.Close | QMessageBox.Cancel | QMessageBox.Discard | QMessageBox.Help
               | QMessageBox.Apply | QMessageBox.Reset | QMessageBox.RestoreDefaults)
    box = QMessageBox(QMessageBox.Warning, "Priloga", "Besedilo", buttons)
    box.setDetailedText("Podrobnosti")
    texts = _shown(qtbot, box)
    assert {"V redu", "Prekliči", "Da", "Ne", "Shrani", "Zapri", "Pomoč"} <= set(texts)
    assert english_in(texts) == []
    box_buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.Save
                                   | QDialogButtonBox.Close | QDialogButtonBox.Apply | QDialogButtonBox.Reset)
    texts = _shown(qtbot, box_buttons)
    assert english_in(texts) == [] and "Uporabi" in texts


def test_input_dialog_wizard_and_context_menus(slovenian, qtbot):
    dialog = QInputDialog()
    texts = _shown(qtbot, dialog)
    assert english_in(texts) == [] and "Vnesite vrednost:" in texts
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    texts = _shown(qtbot, wizard)
    assert english_in(texts) == []
    for editor in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(editor)
        editor.setPlainText("besedilo") if isinstance(editor, QPlainTextEdit) else editor.setText("besedilo")
        menu = editor.createStandardContextMenu()
        texts = [t for a in menu.actions() if not a.isSeparator() for t in [a.text().replace("&", "").split("\t")[0]]]
        assert "Izberi vse" in texts and english_in(texts) == [], texts


def test_chart_menus_slovenian(slovenian, qtbot):
    """The charts of Statistika (pyqtgraph) have their own right-click menus, translated the same way."""
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.show()
    QCoreApplication.processEvents()
    texts = []

    def collect(menu):
        for action in menu.actions():
            if not action.isSeparator():
                texts.append(action.text().replace("&", ""))
                if action.menu() is not None:
                    collect(action.menu())

    collect(plot.getPlotItem().getViewBox().getMenu(None))
    texts += [plot.getPlotItem().ctrlMenu.title()] + visible_texts(plot.getPlotItem().ctrlMenu)
    chart_english = re.compile(r"\b(View All|Mouse Mode|Plot Options|Transforms|Downsample|Grid|Average|Alpha|"
                               r"Points|axis|button|Export)\b")
    assert "Pokaži vse" in texts and "Možnosti grafa" in texts
    assert [t for t in texts if chart_english.search(t) or english_in([t])] == []


def test_main_window_and_dialogs_have_no_english(slovenian, qtbot, workspace):
    """The app's own windows in Slovenian, walked as the English test walks them: no English word of Qt's."""
    from app.ui.accounts_dialog import AccountsDialog
    from app.ui.main_window import MainWindow
    from app.ui.person import PersonPage
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.wizard import FormWizard

    person = workspace.add_person(surname="Ševčenko", given_name="Olena")
    draft = workspace.new_draft("ZZ-1", {"surname": "Ševčenko", "given_name": "Olena"})
    window = MainWindow(workspace)
    texts = _shown(qtbot, window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        texts += visible_texts(window)
    for make in (lambda: SettingsDialog(workspace), lambda: AccountsDialog(workspace),
                 lambda: PersonPage(workspace, person), lambda: FormWizard(workspace, draft)):
        dialog = make()
        texts += _shown(qtbot, dialog)
        dialog.close()
    texts = [re.sub(r"\((Delete|Esc|Enter)\)", "", t) for t in texts]  # a key's name on the keyboard
    found = english_in(texts, ("English",))
    assert found == [], found
