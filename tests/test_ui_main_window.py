"""The main window: the catalogue, the lazy list of saved forms with search and filters, printing."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io  # noqa: E402
import time  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from app.ui import main_window as main_window_module  # noqa: E402
from app.ui.documents import pdf_file_name  # noqa: E402
from app.ui.drafts_model import DraftsModel  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.printing import print_pdf, render_pdf_pages  # noqa: E402
from ui_helpers import a4_pdf, ui_app  # noqa: E402,F401

NAMES = [("Ševčenko", "Olena"), ("Kovač", "Marija"), ("Шевченко", "Андрій")]


@pytest.fixture
def window(qtbot, ui_app, workspace):
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def three(workspace):
    """Three drafts, the last one made is the newest (times are kept to the millisecond)."""
    ids = []
    for surname, given_name in NAMES:
        ids.append(workspace.new_draft("ZZ-1", {"surname": surname, "given_name": given_name}).id)
        time.sleep(0.005)
    return ids


def titles(win) -> list[str]:
    return [win.model.index(r, 1).data() for r in range(win.model.rowCount())]


def test_catalogue_lists_the_forms(window, qtbot):
    qtbot.waitUntil(lambda: "\n" in window.catalogue.item(0).text())
    items = [window.catalogue.item(i).text() for i in range(window.catalogue.count())]
    assert items == [f"{d.code}\n{d.title}" for d in window.workspace.catalog.all()]
    assert items[0] == "ZZ-1\nVloga za priznanje statusa začasne zaščite"
    assert window.minimumWidth() >= 1000 and window.minimumHeight() >= 720
    assert str(window.workspace.path) in window.status_label.text()


def test_list_search_filters_and_order(window, workspace, three):
    window.refresh()
    assert titles(window) == ["Шевченко Андрій", "Kovač Marija", "Ševčenko Olena"]  # newest change first
    assert [window.model.headerData(c, Qt.Horizontal) for c in range(5)] == [
        "Obrazec", "Ime in priimek", "Stanje", "Zadnja sprememba", "Uradna oseba"]
    assert window.model.index(0, 2).data() == "Osnutek"
    assert window.model.index(0, 4).data() == "Mojca Žagar"
    assert len(window.model.index(0, 3).data()) == len("22. 11. 2026 01:34")

    window.search.setText("sevc")  # no diacritics typed, Ševčenko found
    window.apply_filters()
    assert titles(window) == ["Ševčenko Olena"]
    window.search.setText("шевч")
    window.apply_filters()
    assert titles(window) == ["Шевченко Андрій"]
    window.search.setText("")
    window.apply_filters()
    assert window.model.rowCount() == 3

    workspace.save(three[0], {"surname": "Ševčenko", "given_name": "Olena", "phone": "+386 41 555 218"})
    window.refresh()
    assert titles(window)[0] == "Ševčenko Olena"  # changed last, shown first

    workspace.drafts.finish(three[1])
    window.status_filter.setCurrentIndex(window.status_filter.findText("Zaključeni"))
    assert titles(window) == ["Kovač Marija"]
    assert window.model.index(0, 2).data() == "Zaključen"
    window.status_filter.setCurrentIndex(window.status_filter.findText("Osnutki"))
    assert sorted(titles(window)) == ["Ševčenko Olena", "Шевченко Андрій"]
    window.status_filter.setCurrentIndex(0)
    window.form_filter.setCurrentIndex(window.form_filter.findText("ZZ-1"))
    assert window.model.rowCount() == 3
    assert window.count_label.text() == "3 obrazci"


def test_the_model_reads_pages_lazily(workspace, ui_app):
    version = workspace.definition("ZZ-1").version
    for i in range(450):
        workspace.drafts.create("ZZ-1", version, {"surname": f"Priimek{i}", "given_name": "Ime"})
    model = DraftsModel(workspace.drafts)
    assert model.rowCount() == 200 < 450
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert {model.index(r, 1).data() for r in range(450)} == {f"Priimek{i} Ime" for i in range(450)}
    model.set_filters(search="priimek44")
    assert model.rowCount() == 11  # 44, 440–449


def test_open_delete_and_settings(window, workspace, three, monkeypatch):
    window.refresh()
    window.table.selectRow(2)
    assert window.selected_id() == three[0]
    wizard = window.open_draft(three[0])
    assert wizard is not None and wizard.isVisible()
    assert window.open_draft(three[0]) is wizard  # one window per draft
    wizard.editors["given_name"].line.setText("Olena Ivanivna")
    window.refresh()
    assert "Ševčenko Olena Ivanivna" in titles(window)
    wizard.close()
    assert three[0] not in window.wizards

    monkeypatch.setattr(main_window_module, "confirm", lambda *args, **kwargs: True)
    window.table.selectRow(titles(window).index("Kovač Marija"))
    assert window.delete_action.isEnabled()
    window.delete_selected()
    assert "Kovač Marija" not in titles(window)
    assert workspace.drafts.count() == 2

    workspace.drafts.finish(three[2])
    window.refresh()
    window.table.selectRow(titles(window).index("Шевченко Андрій"))
    assert not window.delete_action.isEnabled() and window.reopen_action.isEnabled()

    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(workspace, window)
    dialog.station.setText("PP Brežice – okence 2")
    dialog.official.setText("Janez Štrukelj")
    dialog.save()
    assert workspace.settings.station_name == "PP Brežice – okence 2"
    assert workspace.settings.official == "Janez Štrukelj"


def test_new_draft_from_the_catalogue(window, workspace):
    window.catalogue.setCurrentRow(0)
    window.new_draft()
    assert workspace.drafts.count() == 1
    (wizard,) = window.wizards.values()
    assert wizard.definition.code == "ZZ-1" and wizard.isVisible()
    wizard.close()


def test_export_writes_the_pdf(window, workspace, three, tmp_path, monkeypatch):
    target = tmp_path / "izvoz.pdf"
    monkeypatch.setattr("app.ui.documents.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.refresh()
    window.table.selectRow(2)
    window.export_selected()
    assert target.read_bytes().startswith(b"%PDF")


def test_the_app_font_covers_slovenian_and_cyrillic(ui_app):
    from PySide6.QtGui import QFontMetrics

    assert ui_app.font().family() == "DejaVu Sans"
    metrics = QFontMetrics(ui_app.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "čšžČŠŽОленаЇї")


def test_pdf_file_name():
    assert pdf_file_name("ZZ-1", "Ševčenko Olena") == "ZZ-1_Sevcenko_Olena.pdf"
    assert pdf_file_name("ZZ-1", "Шевченко Андрій") == "ZZ-1_Шевченко_Андрій.pdf"
    assert pdf_file_name("ZZ-1", "") == "ZZ-1.pdf"


# --- printing -------------------------------------------------------------------------------------


def test_render_pdf_pages_at_100_dpi_is_a4(ui_app):
    (image,) = render_pdf_pages(a4_pdf(), 100)
    assert abs(image.width() - 827) <= 1 and abs(image.height() - 1169) <= 1


def test_printing_keeps_a4_at_100_percent(ui_app, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    assert print_pdf(a4_pdf(2), None, printer=printer, show_dialog=False)
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    assert len(pages) == 2
    for page in pages:
        box = page.mediabox
        assert abs(float(box.width) - 595.3) < 1 and abs(float(box.height) - 841.9) < 1


def test_print_and_export_from_the_window_are_recorded(qtbot, workspace, tmp_path, monkeypatch):
    import app.ui.printing as printing
    from app.ui import documents

    draft = workspace.new_draft("ZZ-2", workspace.definition("ZZ-2").sample)
    monkeypatch.setattr(printing, "print_pdfs", lambda docs, parent=None, *a, **k: "PrilogaPDF")
    monkeypatch.setattr(documents.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "zz2"), "")))
    assert documents.print_draft(workspace, draft.id, None)
    assert documents.export_draft(workspace, draft.id, None) == str(tmp_path / "zz2.pdf")
    actions = [e.action for e in workspace.audit_entries(limit=3)]
    assert actions[:2] == ["export", "print"]
    assert workspace.print_log.history(draft.id)[0].printer == "PrilogaPDF"


def test_every_declared_action_is_made_placed_and_role_checked(qtbot, ui_app, tmp_path):
    """The action table is the one place: each entry is an action of the window with its text and
    shortcuts, in a menu, and hidden and off for a role without its permission."""
    from ws_helpers import PASSWORD, login_again, new_workspace

    from app.ui.main_window import ACTIONS, CONTEXT_MENU, MENUS, TOOLBAR, WINDOW_ACTIONS

    path = tmp_path / "station.sqlite3"
    new_workspace(path).add_account("uradnik", "Uradna Oseba", "official", PASSWORD)
    official = login_again(path, "uradnik")
    win = MainWindow(official)
    qtbot.addWidget(win)
    placed = {n for _title, names in MENUS for n in names} | set(TOOLBAR) | set(CONTEXT_MENU) | set(WINDOW_ACTIONS)
    for spec in ACTIONS:
        action = getattr(win, f"{spec.name}_action")
        assert action is win.actions_by_name[spec.name] and action.text() == spec.text
        assert len(action.shortcuts()) == len(spec.keys) and spec.name in placed
        if spec.permission and not official.can(spec.permission):
            assert not action.isVisible() and not action.isEnabled(), spec.name
    assert not win.accounts_action.isVisible() and not win.void_action.isVisible()  # an official's window
    assert win.new_action.shortcuts()[0].toString() == "Ctrl+N" and win.lock_action.shortcuts()[0].toString() == "Ctrl+L"
    menu_texts = [a.text() for a in win.menuBar().actions()]
    assert menu_texts == ["&Obrazec", "&Register", "Oro&dja", "&Uporabnik"]  # one letter each
    official.close()


def test_a_station_not_enrolled_shows_no_sync_status_and_counts_nothing(qtbot, ui_app, workspace, monkeypatch):
    """The status bar's sync part is empty on a station not enrolled, and the outbox (a row per change of every
    record, hundreds of thousands in a register never synced) is not counted to show nothing at login."""
    from app.store import outbox

    def counted(_db):
        raise AssertionError("the outbox was counted on a station not enrolled")

    monkeypatch.setattr(outbox, "pending_count", counted)
    workspace.new_draft("ZZ-1", {"surname": "Ševčenko", "given_name": "Olena"})
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.syncer.update_status()
    assert win.sync_label.text() == "" and not win.sync_label.isVisible()
