"""Keyboard first: Enter does the default action everywhere, mnemonics are unique, a finished form has one
»Zapri«, a card's serial number is shown (read-only) from the first page, export and print say what they did."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton, QApplication, QDialog, QGroupBox, QLabel, QMenu, QMessageBox, QTabBar, QWidget, QWizard,
)

from app.ui import documents  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.wizard import FormWizard  # noqa: E402
from app.workspace import FINISHED  # noqa: E402
from ui_helpers import jpeg_bytes, ui_app  # noqa: E402,F401


@pytest.fixture
def window(qtbot, ui_app, workspace):
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _granted_person(workspace) -> str:
    from app.engine.photo import crop_photo, prepare

    person_id = workspace.add_person(surname="Шевченко", given_name="Олена", birth_date="1988-03-14", sex="Z",
                                     citizenship="UKR", emso="1403988505189", latin_name="Shevchenko Olena",
                                     status="granted")
    workspace.set_station(administrative_unit="logatec")
    image, _size = prepare(jpeg_bytes())
    workspace.set_person_photo(person_id, crop_photo(image, None))
    return person_id


# --- Enter --------------------------------------------------------------------------------------


def test_enter_opens_the_selected_saved_form_and_starts_one_from_the_catalogue(window, workspace, qtbot):
    draft_id = workspace.new_draft("ZZ-1", {"surname": "Kovač", "given_name": "Marija"}).id
    window.refresh()
    window.table.selectRow(0)
    _focus(qtbot, window.table)
    qtbot.keyClick(window.table, Qt.Key_Return)  # was »Ambiguous shortcut overload: Return«: nothing opened
    assert draft_id in window.wizards and window.wizards[draft_id].isVisible()
    window.wizards[draft_id].close()

    window.catalogue.setCurrentRow(0)
    _focus(qtbot, window.catalogue)
    qtbot.keyClick(window.catalogue, Qt.Key_Enter, Qt.KeypadModifier)
    assert workspace.drafts.count() == 2 and len(window.wizards) == 1


def test_enter_on_the_summary_finishes_the_form(qtbot, ui_app, workspace):
    definition = workspace.definition("ZZ-2")
    draft = workspace.new_draft("ZZ-2", definition.sample)
    wizard = FormWizard(workspace, draft)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.go_to_page(wizard.summary_id)
    assert wizard.currentPage() is wizard.summary and not [f for f in wizard.findings if f.severity == "error"]
    _focus(qtbot, wizard.summary.tree)
    qtbot.keyClick(wizard.summary.tree, Qt.Key_Return)  # no finding chosen: the default button, »Zaključi«
    assert wizard.status == FINISHED
    assert workspace.draft(draft.id).status == FINISHED


def test_enter_in_a_date_field_adds_the_document(qtbot, ui_app):
    from app.ui.person_dialogs import DocumentDialog

    dialog = DocumentDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    date = dialog.editors["issued_on"].line
    _focus(qtbot, date)
    qtbot.keyClick(date, Qt.Key_Return)  # kind and number missing: Enter goes to the first one missing
    assert dialog.result() != QDialog.Accepted and dialog.editors["doc_type"].line.hasFocus()
    dialog.editors["doc_type"].line.setText("potni list")
    dialog.editors["doc_number"].line.setText("FX418207")
    date.setText("02. 05. 2022")
    _focus(qtbot, date)
    qtbot.keyClick(date, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted
    assert dialog.values() == {"doc_type": "potni list", "doc_number": "FX418207", "issued_on": "2022-05-02"}


# --- mnemonics ----------------------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", (text or "").replace("&&", ""))
    return match.group(1).casefold() if match else None


def _widget_texts(window: QWidget) -> list[tuple[str, str]]:
    """(mnemonic, text) of every shown widget of a window that has one: buttons, labels with a buddy,
    group boxes, tabs (their Alt+letter all act in the same window)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        texts = []
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            letter = _mnemonic(text)
            if letter:
                found.append((letter, text))
    if hasattr(window, "menuBar") and window.menuBar() is not None and window.menuBar().isVisible():
        found += [(_mnemonic(a.text()), a.text()) for a in window.menuBar().actions()
                  if a.isVisible() and _mnemonic(a.text())]
    return found


def _duplicates(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in pairs:
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def _menu_duplicates(menu: QMenu) -> dict[str, list[str]]:
    """Every action of a menu, the hidden ones too (a signed form's, a role's), has its own letter."""
    return _duplicates([(_mnemonic(a.text()), a.text()) for a in menu.actions()
                        if not a.isSeparator() and _mnemonic(a.text())])


def test_every_menu_and_dialog_of_the_main_window_has_unique_mnemonics(qtbot, ui_app, workspace, monkeypatch,
                                                                       tmp_path):
    """Walk the menu bar, each menu (and sub-menu), then every window or dialog an action of the window opens,
    and on a saved form, the person page and its dialogs: no two siblings share an &-letter."""
    from app.ui import dialogs, main_window as main_window_module

    seen: list[QWidget] = []

    def record(dialog, *args, **kwargs):
        seen.append(dialog)
        return QDialog.Rejected

    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    for kind in (QDialog, QMessageBox, QPrintDialog, QPrintPreviewDialog, QFileDialog, QInputDialog):
        monkeypatch.setattr(kind, "exec", record)
    monkeypatch.setattr(dialogs, "run_dialog", lambda dialog: record(dialog) == QDialog.Accepted)
    monkeypatch.setattr(main_window_module, "confirm", lambda *a, **k: False)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.Ok))
    monkeypatch.setattr(documents.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))

    person_id = _granted_person(workspace)
    card = workspace.new_draft_for_person("ZZ-8", person_id)
    workspace.finish(card.id)
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    win.table.selectRow(win.model.row_of(card.id))

    problems = {}
    top = _duplicates(_widget_texts(win))
    if top:
        problems["Glavno okno"] = top
    menus = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
    for menu in menus:
        menus += [a.menu() for a in menu.actions() if a.menu() is not None and a.menu() not in menus]
        duplicate = _menu_duplicates(menu)
        if duplicate:
            problems[f"meni {menu.title()}"] = duplicate
    before = set(QApplication.topLevelWidgets())
    skip = {"quit", "lock", "switch_user", "sync", "backup"}
    skip_actions = {win.actions_by_name[name] for name in skip}
    for menu in menus:
        for action in menu.actions():
            if action.menu() is not None or action.isSeparator() or action in skip_actions or not action.isEnabled():
                continue
            if not action.isVisible():
                continue
            action.trigger()
            QApplication.processEvents()
    win.open_draft(card.id)  # a finished card, read-only
    page = win.open_person(person_id)
    page.add_document()
    page.add_relative()
    windows = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()] + seen
    assert len(windows) >= 8  # the wizard, the person page, settings, accounts, audit, code lists, …
    from shiboken6 import isValid

    windows = [w for w in windows if isValid(w) and not isinstance(w, (QPrintDialog, QPrintPreviewDialog, QFileDialog))]
    for shown in windows:
        if not shown.isVisible():
            shown.show()
        QApplication.processEvents()
        duplicate = _duplicates(_widget_texts(shown))
        if duplicate:
            problems[f"{type(shown).__name__} »{shown.windowTitle()}«"] = duplicate
    for shown in windows:
        if isValid(shown):
            shown.hide()
    assert not problems, "\n".join(f"{where}: {letters}" for where, letters in problems.items())


# --- the finished form ---------------------------------------------------------------------------


def test_a_finished_form_has_one_close_button_and_the_card_serial_shows_read_only(qtbot, ui_app, workspace):
    person_id = _granted_person(workspace)
    card = workspace.new_draft_for_person("ZZ-8", person_id)
    wizard = FormWizard(workspace, card)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    serial = wizard.editors["serial"]
    assert serial.line.isReadOnly()  # the program issues the number; it is never typed
    assert serial.line.palette().color(QPalette.Base) == serial.line.palette().color(QPalette.Window)
    first = wizard.page(0)
    assert first.serial_label.isVisible() and "ko obrazec zaključite" in first.serial_label.text()

    wizard.go_to_page(wizard.summary_id)
    assert not [f for f in wizard.findings if f.severity == "error"], wizard.findings
    wizard.finish_form()
    assert wizard.status == FINISHED
    number = wizard.data["serial"]
    assert number and serial.line.isReadOnly()
    assert number in wizard.summary.serial_label.text() and wizard.summary.serial_label.isVisible()
    wizard.go_to_page(0)
    assert number in wizard.page(0).serial_label.text() and wizard.page(0).serial_label.isVisible()

    close_buttons = [b for b in wizard.findChildren(QAbstractButton) if b.isVisible() and b.text() == "Zapri"]
    assert len(close_buttons) == 1, [b.text() for b in wizard.findChildren(QAbstractButton) if b.isVisible()]
    assert close_buttons[0] is wizard.button(QWizard.FinishButton)

    reopened = FormWizard(workspace, workspace.draft(card.id))  # opened again: read-only, one »Zapri«
    qtbot.addWidget(reopened)
    reopened.show()
    assert len([b for b in reopened.findChildren(QAbstractButton) if b.isVisible() and b.text() == "Zapri"]) == 1
    assert number in reopened.page(0).serial_label.text()


def test_export_and_print_say_what_they_did_and_the_finished_banner_stays(qtbot, ui_app, workspace, monkeypatch,
                                                                         tmp_path):
    import app.ui.printing as printing

    monkeypatch.setattr(printing, "print_pdfs", lambda docs, parent=None, *a, **k: "Pisarna-HP")
    target = tmp_path / "izvoz" / "ZZ-2.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(documents.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    draft = workspace.new_draft("ZZ-2", workspace.definition("ZZ-2").sample)

    wizard = FormWizard(workspace, draft)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.go_to_page(wizard.summary_id)
    wizard.finish_form()
    assert wizard.status == FINISHED and wizard.summary.message.isVisible()
    finished_text = wizard.summary.message.text()
    assert wizard.print_form() == "Pisarna-HP"
    assert wizard.summary.message.isVisible() and wizard.summary.message.text() == finished_text
    assert "Pisarna-HP" in wizard.summary.done_label.text() and wizard.summary.done_label.isVisible()
    wizard.go_to_page(0)
    wizard.go_to_page(wizard.summary_id)  # going through the pages keeps the »zaključen« message
    assert wizard.summary.message.isVisible()
    assert wizard.export_pdf() == str(target)
    assert str(target) in wizard.summary.done_label.text()
    wizard.close()

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    win.table.selectRow(win.model.row_of(draft.id))
    assert win.export_selected() == str(target) and target.read_bytes().startswith(b"%PDF")
    assert str(target) in win.statusBar().currentMessage()
    assert win.print_selected() == "Pisarna-HP"
    assert "Pisarna-HP" in win.statusBar().currentMessage()


def test_enter_in_the_relatives_date_of_birth_adds_them(qtbot, ui_app, workspace):
    from app.ui.person_dialogs import RelativeDialog

    mother = workspace.add_person(surname="Kovalenko", given_name="Natalija", sex="Z")
    dialog = RelativeDialog(workspace, mother)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.surname.setText("Kovalenko")
    dialog.given_name.setText("Andrij")
    date = dialog.birth_date.line
    date.setText("04. 05. 2016")
    _focus(qtbot, date)
    qtbot.keyClick(date, Qt.Key_Return)  # no relationship yet: »Dodaj« is off, Enter goes on to the sex
    assert dialog.result() != QDialog.Accepted and dialog.sex.focus_widget().hasFocus()
    dialog.relationship.setEditText("sin")
    _focus(qtbot, date)
    qtbot.keyClick(date, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted
    assert dialog.new_person_attributes()["birth_date"] == "2016-05-04"


def test_enter_opens_a_person_from_the_register_and_a_form_from_the_persons_page(window, workspace, qtbot):
    person_id = _granted_person(workspace)
    draft = workspace.new_draft_for_person("ZZ-8", person_id)
    window.show_register()
    panel = window.register_panel
    panel.refresh()
    panel.table.selectRow(0)
    _focus(qtbot, panel.table)
    qtbot.keyClick(panel.table, Qt.Key_Return)  # the table's Enter was a window shortcut too: ambiguous
    assert person_id in window.person_pages
    page = window.person_pages[person_id]
    page.forms_table.selectRow(0)
    _focus(qtbot, page.forms_table)
    qtbot.keyClick(page.forms_table, Qt.Key_Return)
    assert draft.id in window.wizards
