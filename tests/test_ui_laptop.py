"""A laptop's 1366 x 768 screen: the person page, the catalogue, the login message fit; file dialogs open in
the user's folders; the family table says who represents and accompanies whom."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.ui import documents  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from ui_helpers import jpeg_bytes, ui_app  # noqa: E402,F401

LAPTOP = QSize(1366, 768 - 32)  # the screen less the title bar


def _settle(widget) -> None:
    for _ in range(5):
        QApplication.processEvents()
    widget.layout().activate()


def test_catalogue_shows_zz4_and_zz5_whole_and_different(qtbot, ui_app, workspace):
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.resize(LAPTOP)
    win.show()
    qtbot.waitUntil(lambda: "\n" in win.catalogue.item(0).text())
    items = {win.catalogue.item(r).text().split("\n")[0]: win.catalogue.item(r) for r in range(win.catalogue.count())}
    zz4, zz5 = items["ZZ-4"], items["ZZ-5"]
    assert zz4.text() != zz5.text()
    assert zz4.text().endswith("(zdravstveni razlogi)") and zz5.text().endswith("(šolanje)")
    metrics = win.catalogue.fontMetrics()
    for item in (zz4, zz5):
        rect = win.catalogue.visualItemRect(item)
        needed = metrics.boundingRect(0, 0, rect.width() - 8, 10_000, Qt.TextWordWrap, item.text()).height()
        assert rect.height() >= needed, (item.text(), rect.height(), needed)  # was 3 lines: the title cut off
        assert item.text().split("\n")[1] in item.toolTip()  # the full title in the tooltip too
    win.resize(LAPTOP.width() - 300, LAPTOP.height())  # narrower: the entries grow with their wrapped titles
    _settle(win)
    rect = win.catalogue.visualItemRect(zz4)
    needed = metrics.boundingRect(0, 0, rect.width() - 8, 10_000, Qt.TextWordWrap, zz4.text()).height()
    assert rect.height() >= needed


def test_login_message_is_never_cut_off(qtbot, ui_app, tmp_path):
    from app.ui.login import LoginDialog, bad_credentials_text
    from app.workspace.accounts import BadCredentials

    dialog = LoginDialog(tmp_path / "none.sqlite3", username="uradnik")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_error(bad_credentials_text(BadCredentials(remaining=4)))
    _settle(dialog)
    text = dialog.message.text()
    assert text.endswith("4 od 5.")
    assert dialog.message.wordWrap()
    assert dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width()), (
        dialog.message.height(), dialog.message.heightForWidth(dialog.message.width()))
    assert dialog.message.geometry().bottom() < dialog.buttons.geometry().top()  # not under the buttons


def _family(workspace) -> tuple[str, str]:
    mother = workspace.add_person(surname="Kovalenko", given_name="Natalija", birth_date="1990-01-02", sex="Z",
                                  citizenship="UKR", status="granted")
    son = workspace.add_person(surname="Kovalenko", given_name="Andrij", birth_date="2016-05-04", sex="M",
                               citizenship="UKR")
    # as »Dodaj družinskega člana« on the mother's page records it, »Natalija je zakoniti zastopnik in spremlja
    # mladoletnega družinskega člana« is the son's link to her
    workspace.link_persons(son, mother, "mati", "accompanying", True, True)
    workspace.link_persons(mother, son, "sin", "accompanying", False, False)
    return mother, son


def test_family_table_fills_representation_on_both_pages(qtbot, ui_app, workspace):
    from app.ui.person import PersonPage

    mother, son = _family(workspace)
    page = PersonPage(workspace, mother)
    qtbot.addWidget(page)
    table = page.family_table
    assert table.item(0, 0).text() == "Kovalenko Andrij"
    roles = table.item(0, 4).text()  # »Zastopanje, spremstvo« (was empty on the mother's page)
    assert roles == "zastopa in spremlja ga Kovalenko Natalija"

    workspace.link_persons(son, mother, "mati", "accompanying", True, False)
    page.refresh_lists()
    assert table.item(0, 4).text() == "zastopa ga Kovalenko Natalija"

    son_page = PersonPage(workspace, son)
    qtbot.addWidget(son_page)
    assert son_page.family_table.item(0, 4).text() == "zakoniti zastopnik"


def test_person_page_fits_a_laptop_without_a_horizontal_scroll_bar(qtbot, ui_app, workspace):
    from app.engine.photo import crop_photo, prepare
    from app.ui.person import PersonPage

    mother, _son = _family(workspace)
    image, _size = prepare(jpeg_bytes())
    workspace.set_person_photo(mother, crop_photo(image, None))
    page = PersonPage(workspace, mother)
    qtbot.addWidget(page)
    page.resize(LAPTOP)
    page.show()
    qtbot.waitExposed(page)
    _settle(page)
    scroll = page.attributes_scroll
    content = scroll.widget()
    assert not scroll.horizontalScrollBar().isVisible()
    assert scroll.viewport().width() >= content.minimumSizeHint().width()  # every field whole
    for row in page.rows.values():  # each field ends inside the column
        right = row.editor.mapTo(content, row.editor.rect().topRight()).x()
        assert right <= scroll.viewport().width(), row.field.id
    # the photo sits at the top of a box as tall as the photo, not in the middle of an empty one
    box, preview = page.photo_box, page.photo.preview
    assert box.height() <= preview.height() + 120
    assert preview.mapTo(box, preview.rect().topLeft()).y() < 60
    assert page.offers_box.height() > box.height()  # beside the (longer) list of next forms


def test_windows_open_no_larger_than_the_screen(qtbot, ui_app):
    from PySide6.QtWidgets import QWidget

    from app.ui.dialogs import fitted_size

    window = QWidget()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    size = fitted_size(window, 5000, 5000)
    assert size.width() <= area.width() and size.height() <= area.height()
    window.setMinimumSize(100, 100)
    assert fitted_size(window, 300, 200) == QSize(300, 200)


# --- file dialogs -------------------------------------------------------------------------------------


@pytest.fixture
def program_folder(tmp_path, monkeypatch):
    """The program runs from its own folder (the working directory) and the user has a documents folder."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.chdir(program)
    return program


def test_file_dialogs_start_in_documents_then_in_the_last_folder(qtbot, ui_app, workspace, program_folder,
                                                               tmp_path, monkeypatch):
    from app.ui.fields import PhotoField
    from app.engine.definition import Field

    asked = []
    chosen = tmp_path / "izvozi" / "ZZ-2.pdf"
    chosen.parent.mkdir()

    def save_dialog(parent, title, start, filters):
        asked.append(start)
        return str(chosen), ""

    monkeypatch.setattr(documents.QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    start = documents.start_path("ZZ-2.pdf")
    assert not start.startswith(str(program_folder)) and Path(start).parent.is_dir()
    assert Path(start).parent.name == "Documents" or Path(start).parent == Path.home()

    draft = workspace.new_draft("ZZ-2", workspace.definition("ZZ-2").sample)
    assert documents.export_draft(workspace, draft.id, None) == str(chosen)
    assert Path(asked[0]).parent != program_folder and Path(asked[0]).name.startswith("ZZ-2")
    documents.export_draft(workspace, draft.id, None)  # the next time: the folder used last (kept in settings)
    assert Path(asked[1]).parent == chosen.parent
    assert documents.ui_settings().value(documents.LAST_FOLDER_KEY) == str(chosen.parent.resolve())

    opened = []

    def open_dialog(parent, title, start, filters):
        opened.append(start)
        return "", ""

    monkeypatch.setattr("app.ui.fields.QFileDialog.getOpenFileName", staticmethod(open_dialog))

    class Host:
        def stored_photo(self):
            return None

    photo = PhotoField(Field("photo", "photo", "Fotografija"), Host())
    qtbot.addWidget(photo)
    photo.choose_file()
    assert opened == [str(chosen.parent.resolve())]  # not "" (the program's folder)
