"""The register's entry dialog: one MRZ field (typed, pasted, or from a keyboard-emulating reader that ends
each line with Enter; or read from an image of the data page off the UI thread), check digits named
when wrong, the fields filled from the zone, and possible duplicates shown before anyone is saved."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from mrz.generator.td3 import TD3CodeGenerator  # noqa: E402

from app.ui.mrz_field import MrzField, looks_complete  # noqa: E402
from app.ui.person_entry import PersonEntryDialog  # noqa: E402
from test_mrz import ERIKSSON, TD1, TD2, _data_page  # noqa: E402
from ui_helpers import ui_app  # noqa: E402,F401

#: a Ukrainian passport, as the generator of the `mrz` package writes it (real TD3 format and check digits)
OLENA = str(TD3CodeGenerator("P", "UKR", "SHEVCHENKO", "OLENA", "FX4182071", "UKR", "880314", "F", "330101", ""))


def reader_types(widget, text: str) -> None:
    """A keyboard-emulating MRZ reader: every character as a key, Enter after each line."""
    for line in text.splitlines():
        QTest.keyClicks(widget, line)
        QTest.keyClick(widget, Qt.Key_Return)


def test_a_reader_types_a_td3_passport_line_by_line_with_enter(qtbot, ui_app, workspace):
    dialog = PersonEntryDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.mrz.read, timeout=2000):
        reader_types(dialog.mrz.text, ERIKSSON)
    assert dialog.isVisible() and dialog.result() == 0  # Enter stayed in the field, the dialog did not close
    values = {k: e.value() for k, e in dialog.editors.items()}
    assert values == {"surname": "Eriksson", "given_name": "Anna Maria", "latin_name": "Eriksson Anna Maria",
                      "sex": "Z", "birth_date": "1974-08-12", "citizenship": "UTO", "emso": None,
                      "doc_number": "L898902C3", "issued_by": "UTO", "valid_until": "2012-04-15"}
    assert "kontrolne številke so pravilne" in dialog.mrz.status.text()
    assert dialog.documents() == [{"doc_type": "potni list", "doc_number": "L898902C3", "issued_by": "UTO",
                                   "valid_until": "2012-04-15"}]
    assert dialog.ok_button.isEnabled()
    assert dialog.focusWidget() is dialog.editors["emso"].focus_widget()  # what the document does not say


@pytest.mark.parametrize("text, kind", [(TD1, "TD1"), (TD2, "TD2"), (ERIKSSON.replace("\n", ""), "TD3")])
def test_id_cards_and_a_one_line_paste(qtbot, ui_app, workspace, text, kind):
    field = MrzField(workspace)
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.read, timeout=2000) as got:
        field.set_text(text)
    assert got.args[0].kind == kind and got.args[0].attributes["surname"] == "Eriksson"
    assert got.args[0].document["doc_type"] == ("potni list" if kind == "TD3" else "osebna izkaznica")


def test_a_wrong_check_digit_is_named_and_nothing_is_filled(qtbot, ui_app, workspace):
    dialog = PersonEntryDialog(workspace)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.mrz.failed, timeout=2000):
        dialog.mrz.set_text(ERIKSSON.replace("7408122F", "7408132F"))
    assert "Kontrolna številka datuma rojstva" in dialog.mrz.status.text()
    assert dialog.mrz.status.isVisibleTo(dialog) and dialog.editors["surname"].value() is None
    dialog.mrz.set_text("P<UTOERIKSSON<<ANNA")  # still being typed: no error yet, the count of characters
    assert "Vrstica 1: 19 znakov" in dialog.mrz.status.text()
    dialog.mrz.set_text(ERIKSSON.splitlines()[0] + "\nL898902C3")  # a reader in the middle of line 2
    assert "Vrstica 2 od 2: 9 od 44 znakov" in dialog.mrz.status.text()
    assert not looks_complete("P<UTOERIKSSON<<ANNA")


def test_a_cyrillic_name_typed_stays_and_the_mrz_gives_its_latin_form(qtbot, ui_app, workspace):
    dialog = PersonEntryDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.editors["surname"].set_value("Шевченко")
    dialog.editors["given_name"].set_value("Олена")
    dialog.mrz.set_text(OLENA)
    values = dialog.attributes()
    assert (values["surname"], values["given_name"], values["latin_name"]) == ("Шевченко", "Олена", "Shevchenko Olena")
    assert values["birth_date"] == "1988-03-14" and values["sex"] == "Z"


def test_the_mrz_read_from_a_generated_image_off_the_ui_thread(qtbot, ui_app, workspace):
    field = MrzField(workspace)
    qtbot.addWidget(field)
    field.show()
    with qtbot.waitSignal(field.read, timeout=60000) as got:
        field.read_image(_data_page(ERIKSSON))
        assert field.busy.isVisible() and not field.image_button.isEnabled()  # busy while the OCR runs
    assert got.args[0].data.document_number == "L898902C3"
    assert field.text.toPlainText() == ERIKSSON and not field.busy.isVisible()
    with qtbot.waitSignal(field.failed, timeout=60000) as failed:
        field.read_image(_data_page("NO ZONE HERE"))
    assert "ni mogoče najti strojno berljivega zapisa" in failed.args[0]
    assert field.image_button.isEnabled()


def test_possible_duplicates_before_saving_open_use_or_save_anyway(qtbot, ui_app, workspace, monkeypatch):
    from app.engine.mrz import parse

    olena = workspace.add_person(surname="Шевченко", given_name="Олена", birth_date="1988-03-14")
    opened = []
    dialog = PersonEntryDialog(workspace, open_person=opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mrz.set_text(OLENA)  # SHEVCHENKO OLENA, the same day: the same person across scripts
    assert [d.person.id for d in dialog.duplicates.duplicates] == [olena]
    assert dialog.duplicates.isVisible() and not dialog.ok_button.isEnabled()
    assert "isti datum rojstva in ime" in dialog.duplicates.rows.itemAt(0).widget().text()
    dialog.duplicates.rows.itemAt(0).widget().linkActivated.emit(f"open:{olena}")
    assert opened == [olena]
    dialog.duplicates.save_anyway.setChecked(True)
    assert dialog.ok_button.isEnabled()
    member = dialog.member()
    assert member.saved_despite == (olena,) and member.person_id is None
    (new_id,) = workspace.register_family([member])
    entries = [e for e in workspace.audit_entries(person_id=new_id) if "saved_despite_duplicates" in str(e.detail)]
    assert len(entries) == 1 and olena in str(entries[0].detail)
    # the same document now: found by number and issuing country; »To je ta oseba« takes the record
    again = PersonEntryDialog(workspace)
    qtbot.addWidget(again)
    again.mrz.set_text(OLENA)
    assert {d.person.id for d in again.duplicates.duplicates} == {olena, new_id}
    reasons = {d.person.id: d.reasons for d in again.duplicates.duplicates}
    assert any("isti dokument" in r for r in reasons[new_id])
    again.duplicates.use_requested.emit(new_id)
    assert again.member().person_id == new_id and again.ok_button.isEnabled()
    assert parse(OLENA).document_number == "FX4182071"


def test_register_family_is_one_transaction(workspace):
    from app.workspace import FamilyMember

    count = workspace.count_persons()
    members = [FamilyMember({"surname": "Kovalenko", "given_name": "Iryna", "sex": "Z"}),
               FamilyMember({"surname": "Kovalenko", "given_name": "Taras", "sex": "M"}, relationship="sin",
                            reverse="mati", first_represents=True),
               FamilyMember({"surname": "Kovalenko", "no_such_attribute": "x"}, relationship="hči", reverse="mati")]
    with pytest.raises(Exception):
        workspace.register_family(members)
    assert workspace.count_persons() == count  # nothing kept
    members[2] = FamilyMember({"surname": "Kovalenko", "given_name": "Daryna", "sex": "Z",
                               "birth_date": dt.date(2019, 5, 1).isoformat()}, relationship="hči", reverse="mati")
    iryna, taras, daryna = workspace.register_family(members)
    links = {link["given_name"]: link for link in workspace.person_links(taras)}
    assert links["Iryna"]["relationship"] == "mati" and links["Iryna"]["legal_representative"]
    assert links["Daryna"]["relationship"] == "sestra"
    assert {link["given_name"]: link["relationship"] for link in workspace.person_links(iryna)} == {
        "Taras": "sin", "Daryna": "hči"}


def test_a_new_persons_page_reads_a_document_and_enters_the_person(qtbot, ui_app, workspace):
    from app.ui.person import PersonPage

    page = PersonPage(workspace)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.person_changed, timeout=2000):
        reader_types(page.mrz.text, OLENA)
    person = workspace.person(page.person_id)
    assert (person["surname"], person["latin_name"], person["birth_date"], person["citizenship"]) == (
        "Shevchenko", "Shevchenko Olena", "1988-03-14", "UKR")
    assert page.editors["surname"].value() == "Shevchenko"
    assert [d["doc_number"] for d in workspace.person_documents(page.person_id)] == ["FX4182071"]
    # the name typed in Cyrillic afterwards stays when the document is read again (no second document)
    page.editors["surname"].line.setText("Шевченко")
    page.mrz.set_text("")
    page.mrz.set_text(OLENA)
    assert workspace.person(page.person_id)["surname"] == "Шевченко"
    assert len(workspace.person_documents(page.person_id)) == 1


def test_a_persons_page_shows_possible_duplicates_before_entering(qtbot, ui_app, workspace, monkeypatch):
    from app.ui.person import PersonPage
    from app.ui.person_entry import DuplicatesDialog

    olena = workspace.add_person(surname="Шевченко", given_name="Олена", birth_date="1988-03-14")
    count = workspace.count_persons()
    shown = []

    def answer(dialog):
        shown.append([d.person.id for d in dialog.warning.duplicates])
        assert not dialog.ok_button.isEnabled()  # »Vpiši« only after »vseeno jo vpiši«
        return False

    monkeypatch.setattr("app.ui.dialogs.run_dialog", answer)
    page = PersonPage(workspace)
    qtbot.addWidget(page)
    page.mrz.set_text(OLENA)
    assert shown == [[olena]] and page.person_id is None and workspace.count_persons() == count

    def use_it(dialog):
        dialog.warning.use_requested.emit(olena)
        return dialog.result() == DuplicatesDialog.Accepted

    opened = []
    monkeypatch.setattr("app.ui.dialogs.run_dialog", use_it)
    monkeypatch.setattr(page, "open_person", opened.append)
    page.mrz.set_text("")
    page.mrz.set_text(OLENA)
    assert opened == [olena] and page.person_id is None and workspace.count_persons() == count


def test_the_family_screen_of_an_entered_family_and_a_member_added_later(qtbot, ui_app, workspace, monkeypatch):
    from app.ui.family_screen import FamilyScreen
    from app.workspace import FamilyMember

    mother, son = workspace.register_family([
        FamilyMember({"surname": "Kovalenko", "given_name": "Iryna", "sex": "Z", "birth_date": "1985-01-20"}),
        FamilyMember({"surname": "Kovalenko", "given_name": "Taras", "sex": "M", "birth_date": "2015-04-02"},
                     relationship="sin", reverse="mati", first_represents=True, first_accompanies=True)])
    screen = FamilyScreen(workspace, person_id=mother)
    qtbot.addWidget(screen)
    assert screen.entered and screen.person_ids == [mother, son]
    assert screen.table.item(1, 3).text() == "sin / mati" and screen.table.item(1, 4).text() == "zastopa, spremlja"
    assert screen.issue_button.isEnabled() and not screen.save_button.isEnabled()

    def answer(dialog):
        assert dialog.relationship is not None  # asked: what the new member is to Iryna
        dialog.mrz.set_text(TD2)
        dialog.relationship.setEditText("hči")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr("app.ui.dialogs.run_dialog", answer)
    member = screen.add_member()
    assert member.person_id and screen.person_ids[-1] == member.person_id
    links = {link["given_name"]: link["relationship"] for link in workspace.person_links(mother)}
    assert links == {"Taras": "sin", "Anna Maria": "hči"}
    screen.grant_all()
    assert {workspace.person(p)["status"] for p in screen.person_ids} == {"granted"}
    screen.table.selectRow(1)
    assert screen.status_combo.currentData() == "granted" and screen.photo.isEnabled()
