"""The register in the GUI: persons entered and found, family links, forms started from a person's page,
corrections and new relatives going back from the wizard to the register."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtWidgets import QWizard  # noqa: E402

from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.person_dialogs import RelativeDialog, reverse_relationship, split_name  # noqa: E402
from ui_helpers import jpeg_bytes, type_text, ui_app  # noqa: E402,F401


@pytest.fixture
def window(qtbot, ui_app, workspace):
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    yield win
    for page in list(win.person_pages.values()):
        page.close()


@pytest.fixture
def answer(monkeypatch):
    """Answer the next dialogs: each answer is a function that fills the dialog and returns True (OK) or False."""
    answers = []

    def run_dialog(dialog):
        assert answers, f"unexpected dialog {dialog.windowTitle()!r}"
        return answers.pop(0)(dialog)

    monkeypatch.setattr("app.ui.dialogs.run_dialog", run_dialog)
    yield answers
    assert answers == [], "dialogs that never came"


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def enter_olena(window):
    page = window.new_person()
    ed = page.editors
    ed["surname"].line.setText("Ševčenko")
    ed["given_name"].line.setText("Olena")
    ed["birth_date"].line.setText("14. 03. 1988")
    ed["birth_place"].line.setText("Harkiv")
    choose(ed["birth_country"].combo, "Ukrajina")
    choose(ed["citizenship"].combo, "Ukrajina")
    ed["sex"].combo.setCurrentIndex(ed["sex"].combo.findData("Z"))
    ed["marital_status"].combo.setCurrentIndex(ed["marital_status"].combo.findData("married"))
    ed["address_abroad"].text.setPlainText("вул. Сумська 25, Харків")
    ed["address_si"].text.setPlainText("NC Logatec, Tržaška cesta 148")
    ed["departure_date"].line.setText("02. 09. 2025")
    ed["entry_date"].line.setText("12. 09. 2025")
    return page


def test_enter_and_find_persons(window, workspace, qtbot):
    assert window.tabs.tabText(window.register_tab_index) == "Register oseb"
    assert window.new_person_action.shortcuts()[0] == QKeySequence("Ctrl+Shift+N")
    page = enter_olena(window)
    person_id = page.person_id
    assert person_id and window.person_pages[person_id] is page  # entered with the first letter typed
    assert workspace.register.count() == 1
    person = workspace.register.get(person_id)
    assert (person["surname"], person["given_name"], person["birth_date"], person["birth_country"], person["sex"],
            person["marital_status"], person["entry_date"]) == (
        "Ševčenko", "Olena", "1988-03-14", "UKR", "Z", "married", "2025-09-12")
    assert person["status"] == "applicant"
    assert page.windowTitle() == "Oseba – Ševčenko Olena" and page.name_label.text() == "Ševčenko Olena"

    # the engine's type checks under the field, as typed; the register takes only a valid value (issue 15,
    # item 6), the invalid one stays on screen with what to fix
    page.editors["emso"].line.setText("1403988505")
    assert "13 števk" in " ".join(page.rows["emso"].plain_messages)
    assert workspace.register.get(person_id)["emso"] is None
    page.editors["emso"].line.setText("1403988505189")
    assert page.rows["emso"].plain_messages == []
    assert workspace.register.get(person_id)["emso"] == "1403988505189"
    page.editors["email"].line.setText("olena@example.si")
    page.editors["email"].line.setText("olena@")
    assert "e-poštni" in " ".join(page.rows["email"].plain_messages)
    assert workspace.register.get(person_id)["email"] == "olena@example.si"
    assert page.editors["email"].line.text() == "olena@"
    page.editors["email"].line.setText("")
    assert workspace.register.get(person_id)["email"] is None

    # a second person typed in Cyrillic, key by key
    second = window.new_person()
    type_text(second.editors["surname"].line, "Шевченко")
    type_text(second.editors["given_name"].line, "Андрій")
    assert workspace.register.get(second.person_id)["given_name"] == "Андрій"
    third = window.new_person()
    third.editors["surname"].line.setText("Kovalenko")
    third.editors["given_name"].line.setText("Tetjana")

    # search as you type, without diacritics
    panel = window.register_panel
    window.show_register()
    assert window.tabs.currentIndex() == window.register_tab_index
    panel.search.setText("sevc")
    qtbot.waitUntil(lambda: panel.model.query == "sevc")
    names = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert names == ["Ševčenko Olena", "Шевченко Андрій"]  # across scripts, the best match first
    assert [panel.model.headerData(c, Qt.Horizontal) for c in range(5)] == [
        "Priimek in ime", "Datum rojstva", "EMŠO", "Državljanstvo", "Stanje"]
    assert [panel.model.index(0, c).data() for c in range(1, 5)] == [
        "14. 03. 1988", "1403988505189", "Ukrajina", "prosilec za začasno zaščito"]
    assert panel.count_label.text() == "2 najdeni osebi"
    panel.search.setText("шевч андр")
    panel.apply_search()
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == ["Шевченко Андрій"]
    panel.search.setText("14. 03. 1988")
    panel.apply_search()
    assert panel.model.rowCount() == 1
    panel.search.setText("")
    panel.apply_search()
    assert panel.model.rowCount() == 3 and "3 osebe v registru" in panel.count_label.text()

    # Enter on the list opens the person (once)
    page.close()
    assert person_id not in window.person_pages
    panel.search.setText("olena")
    panel.apply_search()
    for other in list(window.person_pages.values()):
        other.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key_Return)
    assert window.person_pages[person_id].isVisible()
    assert window.open_person(person_id) is window.person_pages[person_id]


def test_family_links_both_ways(window, workspace, answer):
    page = enter_olena(window)
    olena = page.person_id

    def new_daughter(dialog):
        assert dialog.new_radio.isChecked()
        dialog.surname.setText("Ševčenko")
        dialog.given_name.setText("Marija")
        dialog.birth_date.line.setText("01. 06. 2018")
        dialog.sex.combo.setCurrentIndex(dialog.sex.combo.findData("Z"))
        dialog.relationship.setEditText("hči")
        assert dialog.reverse.currentText() == "mati"  # Olena is a woman
        assert dialog.copy_shared.isChecked()  # accompanying: same addresses and dates
        dialog.person_represents.setChecked(True)
        dialog.person_accompanies.setChecked(True)
        return True

    answer.append(new_daughter)
    marija = page.add_relative()
    links = workspace.register.links(olena)
    assert [(link["given_name"], link["relationship"], link["kind"]) for link in links] == [("Marija", "hči", "accompanying")]
    back = workspace.register.links(marija)
    assert [(link["given_name"], link["relationship"], link["legal_representative"], link["accompanies_minor"])
            for link in back] == [("Olena", "mati", True, True)]
    child = workspace.register.get(marija)
    assert child["birth_date"] == "2018-06-01" and child["address_abroad"] == "вул. Сумська 25, Харків"
    assert child["entry_date"] == "2025-09-12" and child["citizenship"] == "UKR"
    assert page.family_table.item(0, 0).text() == "Ševčenko Marija"
    # Olena represents and accompanies her daughter (kept on the daughter's link), shown on Olena's page too
    assert [page.family_table.item(0, c).text() for c in range(2, 5)] == [
        "hči", "spremlja", "zastopa in spremlja jo Ševčenko Olena"]
    assert window.open_person(marija).family_table.item(0, 4).text() == "zakoniti zastopnik, spremlja mladoletno osebo"

    # a person already in the register, in Slovenia, found by search
    tetjana = workspace.register.add_person(surname="Kovalenko", given_name="Tetjana", address_si="Celovška 112")

    def existing_cousin(dialog):
        dialog.existing_radio.setChecked(True)
        dialog.search.setText("kova")
        assert dialog.choose_existing(tetjana)
        dialog.relationship.setEditText("sestrična")
        dialog.reverse.setEditText("sestrična")
        dialog.kind.setCurrentIndex(dialog.kind.findData("in_slovenia"))
        return True

    answer.append(existing_cousin)
    assert page.add_relative() == tetjana
    kinds = {link["given_name"]: link["kind"] for link in workspace.register.links(olena)}
    assert kinds == {"Marija": "accompanying", "Tetjana": "in_slovenia"}
    assert page.family_table.rowCount() == 2

    answer.append(lambda dialog: False)  # cancelled: nothing changes
    assert page.add_relative() is None
    assert len(workspace.register.links(olena)) == 2

    # the relative's page opens from the family list
    page.family_table.selectRow([page.family_table.item(r, 0).text() for r in range(2)].index("Ševčenko Marija"))
    page.open_selected_relative()
    assert window.person_pages[marija].editors["given_name"].value() == "Marija"


def test_photo_and_documents(window, workspace, answer):
    page = enter_olena(window)
    assert page.photo.attach(jpeg_bytes(800, 600), (200, 60, 350, 450))
    assert workspace.register.photo(page.person_id)[:2] == b"\xff\xd8"
    assert not page.photo.preview.pixmap().isNull()

    def passport(dialog):
        dialog.editors["doc_type"].line.setText("potni list")
        dialog.editors["doc_number"].line.setText("FX 418 207")
        dialog.editors["issued_on"].line.setText("04. 06. 2019")
        dialog.editors["valid_until"].line.setText("04. 06. 2029")
        return True

    answer.append(passport)
    page.add_document()
    assert workspace.register.documents(page.person_id)[0]["issued_on"] == "2019-06-04"
    assert [page.documents_table.item(0, c).text() for c in (0, 1, 3)] == ["potni list", "FX 418 207", "04. 06. 2019"]
    assert [p.id for p in workspace.register.search("fx418")] == [page.person_id]


def test_forms_from_the_person_page_and_back_to_the_register(window, workspace, answer):
    page = enter_olena(window)
    olena = page.person_id
    andrij = workspace.register.add_person(surname="Шевченко", given_name="Андрій", address_abroad="вул. Сумська 25, Харків")
    workspace.register.link(olena, andrij, "mož", "accompanying", reverse_relationship="žena")
    page.refresh_lists()

    # next forms: an applicant without ZZ-1 is offered ZZ-1
    offered = {code: (source, button) for code, source, button in page.offer_buttons}
    assert "ZZ-1" in offered and offered["ZZ-1"][0] is None
    assert offered["ZZ-1"][1].text() == "ZZ-1"
    assert "Vloga za priznanje statusa začasne zaščite" in offered["ZZ-1"][1].description()
    assert page.forms_table.item(0, 0).text() == "Za osebo še ni obrazcev."

    offered["ZZ-1"][1].click()
    (wizard,) = window.wizards.values()
    assert wizard.person_id == olena and wizard.definition.code == "ZZ-1"
    assert wizard.editors["surname"].value() == "Ševčenko"
    assert wizard.editors["birth_place"].value() == "Harkiv"
    assert [r["name"] for r in wizard.editors["family_accompanying"].value()] == ["Шевченко Андрій"]
    assert not wizard.button(QWizard.CustomButton1).isVisible()  # the form agrees with the register

    # the person page lists the form and offers what follows from it
    page.refresh_lists()
    assert [page.forms_table.item(0, c).text() for c in range(3)] == [
        "ZZ-1", "Vloga za priznanje statusa začasne zaščite", "Osnutek"]
    codes = [code for code, _source, _button in page.offer_buttons]
    assert "ZZ-1" not in codes
    if "ZZ-2" in workspace.catalog.codes():
        assert ("ZZ-2", wizard.draft_id) in [(c, s) for c, s, _b in page.offer_buttons]
    wizard.close()
    page.forms_table.selectRow(0)
    page.open_selected_form()
    (wizard,) = window.wizards.values()

    # a correction in the form goes back to the register in one step
    wizard.editors["birth_place"].line.setText("Charkiv")
    assert wizard.button(QWizard.CustomButton1).isVisible()
    assert wizard.button(QWizard.CustomButton1).text() == "Prevzemi popravke v register (1)…"
    assert wizard.corrections == [("3. Kraj rojstva", "Harkiv", "Charkiv")]

    def confirm_corrections(dialog):
        assert [dialog.table.item(0, c).text() for c in range(3)] == ["3. Kraj rojstva", "Harkiv", "Charkiv"]
        return True

    answer.append(confirm_corrections)
    assert wizard.take_register_corrections() == {"birth_place": "Charkiv"}
    assert workspace.register.get(olena)["birth_place"] == "Charkiv"
    assert not wizard.button(QWizard.CustomButton1).isVisible()
    assert page.editors["birth_place"].value() == "Charkiv"  # the open person page shows it

    # a photo attached in the form is offered to the register too
    wizard.go_to_field("photo")
    assert wizard.editors["photo"].attach(jpeg_bytes(800, 600), (200, 60, 350, 450))
    assert wizard.corrections[-1] == ("Fotografija (35 mm x 45 mm)", "(ni fotografije)", "fotografija z obrazca")
    answer.append(lambda dialog: True)
    assert wizard.take_register_corrections() == {"photo": True}
    assert workspace.register.photo(olena) == workspace.drafts.photo(wizard.draft_id)[0]

    # a family row naming no relative: »Dodaj v register« creates and links the person
    wizard.go_to_field("family_accompanying")
    table = wizard.editors["family_accompanying"]
    add = wizard.register_buttons["family_accompanying"]
    table.table.setCurrentCell(0, 0)
    assert not add.isEnabled()  # Андрій is already a relative
    table.add_row()
    table.set_cell(1, "name", "Ševčenko, Ivan Andrijovič")
    table.set_cell(1, "address", "вул. Сумська 25, Харків")
    table.table.setCurrentCell(1, 0)
    assert add.isEnabled()

    def confirm_son(dialog):
        assert isinstance(dialog, RelativeDialog)
        assert (dialog.surname.text(), dialog.given_name.text()) == ("Ševčenko", "Ivan Andrijovič")
        assert dialog.kind.currentData() == "accompanying" and not dialog.kind.isEnabled()
        dialog.birth_date.line.setText("03. 02. 2012")
        dialog.relationship.setEditText("sin")
        assert dialog.reverse.currentText() == "mati"
        return True

    answer.append(confirm_son)
    ivan = wizard.add_row_to_register("family_accompanying")
    son = workspace.register.get(ivan)
    assert (son["surname"], son["given_name"], son["birth_date"], son["address_abroad"]) == (
        "Ševčenko", "Ivan Andrijovič", "2012-02-03", "вул. Сумська 25, Харків")
    assert {(link["given_name"], link["relationship"], link["kind"]) for link in workspace.register.links(olena)} == {
        ("Андрій", "mož", "accompanying"), ("Ivan Andrijovič", "sin", "accompanying")}
    assert [link["relationship"] for link in workspace.register.links(ivan)] == ["mati"]
    assert not add.isEnabled()  # now a relative
    assert page.family_table.rowCount() == 2
    wizard.close()

    # the saved form's person opens from the main window
    window.refresh()
    window.table.selectRow(0)
    assert window.open_person_action.isEnabled()
    page.close()
    window.open_person_of_selected()
    assert olena in window.person_pages


def test_a_form_without_a_person_offers_nothing_to_the_register(window, workspace):
    wizard = window.open_draft(workspace.new_draft("ZZ-1").id)
    assert wizard.person_id is None and wizard.register_buttons == {}
    wizard.editors["birth_place"].line.setText("Harkiv")
    assert not wizard.button(QWizard.CustomButton1).isVisible() and wizard.pending_corrections() == []
    wizard.close()


def test_split_name_and_reverse_relationship():
    from app.ui.register_links import name_parts

    assert split_name("Ševčenko, Marija") == ("Ševčenko", "Marija")
    with_sex = {"columns": {"name": "{{ surname }} {{ given_name }}, {{ 'ženski' if sex == 'Z' else '' }}"}}
    assert name_parts(with_sex, "Бондаренко Людмила, ženski") == ("Бондаренко", "Людмила")
    assert name_parts(with_sex, "Бондаренко, Людмила, ženski") == ("Бондаренко", "Людмила")
    assert name_parts({"columns": {"name": "{{ surname }} {{ given_name }}"}}, "Kovač, Ana") == ("Kovač", "Ana")
    assert split_name("  Kovač   Ana Marija ") == ("Kovač", "Ana Marija")
    assert split_name("Шевченко") == ("Шевченко", "")
    assert reverse_relationship("hči", "Z") == "mati" and reverse_relationship("sin", "M") == "oče"
    assert reverse_relationship("žena", "M") == "mož" and reverse_relationship("mati", "Z") == "hči"
    assert reverse_relationship("hči", None) is None and reverse_relationship("sosed", "M") is None
