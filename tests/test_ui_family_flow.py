"""The issue's walk through the GUI: a family of four from the register to ZZ-1, ZZ-2 and four ZZ-8 cards.

Two parents and two children (the daughter a minor, her mother her legal representative) are entered
in the register and linked; the mother's ZZ-1 is started from her person page and finished, its ZZ-2
issued from the offered button; all four get temporary protection and a ZZ-8 card each, exported to PDF.

Every user action goes through a `Counter`, which prints (`pytest -s`) and writes to
/tmp/family_flow_counts.txt how many steps and keystrokes the walk took:
- a step is one action: a field filled, a choice made, a button or list item clicked, a file picked;
- keystrokes are the characters typed, plus one key (Tab or Enter) to leave each typed field; a
  country is typed as its first four letters and Enter.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import io  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QMessageBox, QWizard  # noqa: E402

from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.person_dialogs import ID_ROLE  # noqa: E402
from ui_helpers import jpeg_bytes, type_text, ui_app  # noqa: E402,F401

COUNTS_FILE = Path("/tmp/family_flow_counts.txt")


class Counter:
    """Does what the official does and counts it, per phase of the walk."""

    def __init__(self):
        self.phases: dict[str, list[int]] = {}
        self.phase = "-"

    def start(self, phase: str) -> None:
        self.phase = phase
        self.phases.setdefault(phase, [0, 0])

    def count(self, steps: int = 1, keys: int = 0) -> None:
        self.phases[self.phase][0] += steps
        self.phases[self.phase][1] += keys

    @property
    def steps(self) -> int:
        return sum(s for s, _k in self.phases.values())

    @property
    def keys(self) -> int:
        return sum(k for _s, k in self.phases.values())

    # what the official does
    def type(self, widget, text: str) -> None:
        """Type into a line or a text box (Cyrillic key by key), then Tab to the next field."""
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(text)
        elif all(ord(ch) < 128 for ch in text):
            widget.setText(text)
        else:
            widget.clear()
            type_text(widget, text)
        self.count(1, len(text) + 1)

    def edit(self, editor, text: str) -> None:
        """A field editor of the app (line, text box or date)."""
        self.type(getattr(editor, "line", None) or getattr(editor, "text"), text)

    def choose(self, editor, data) -> None:
        """Pick a choice (sex, marital status, status, office) from a drop-down."""
        combo = editor.combo if hasattr(editor, "combo") else editor
        index = combo.findData(data)
        assert index >= 0, data
        combo.setCurrentIndex(index)
        self.count(1, 0)

    def country(self, editor, name: str) -> None:
        """Type the first letters of a country's Slovenian name and take the completion with Enter."""
        editor.combo.setCurrentIndex(editor.combo.findText(name))
        self.count(1, 5)

    def relationship(self, combo, word: str) -> None:
        combo.setEditText(word)
        self.count(1, 0)

    def check(self, box) -> None:
        box.setChecked(True)
        self.count(1, 0)

    def click(self, button) -> None:
        button.click()
        self.count(1, 0)

    def act(self, action, *args, steps: int = 1):
        """A click that opens something (a list item, a page of the wizard, a menu command)."""
        self.count(steps, 0)
        return action(*args)

    def photo(self, photo_field) -> None:
        """»Izberi fotografijo…«, pick the file, confirm the crop: three steps."""
        assert photo_field.attach(jpeg_bytes(800, 600), (200, 60, 350, 450))
        self.count(3, 0)

    def report(self) -> str:
        width = max(len(p) for p in self.phases)
        lines = ["Družina štirih: register → ZZ-1, ZZ-2 in štiri izkaznice ZZ-8 (koraki / pritiski tipk)"]
        for phase, (steps, keys) in self.phases.items():
            lines.append(f"  {phase:<{width}}  {steps:4d} korakov  {keys:5d} tipk")
        lines.append(f"  {'SKUPAJ':<{width}}  {self.steps:4d} korakov  {self.keys:5d} tipk")
        return "\n".join(lines)


@pytest.fixture
def window(qtbot, ui_app, workspace, monkeypatch, tmp_path):
    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    workspace.settings.set("office", "Policijska uprava Ljubljana, Policijska postaja Logatec")
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    yield win
    for wizard in list(win.wizards.values()):
        wizard.close()
    for page in list(win.person_pages.values()):
        page.close()


@pytest.fixture
def dialogs(monkeypatch):
    """The official's answers to the dialogs that come (each fills the dialog and says OK)."""
    answers = []

    def run_dialog(dialog):
        assert answers, f"unexpected dialog {dialog.windowTitle()!r}"
        return answers.pop(0)(dialog)

    monkeypatch.setattr("app.ui.dialogs.run_dialog", run_dialog)
    yield answers
    assert answers == []


def missing(wizard) -> set[str]:
    return {f.field_id for f in wizard.findings if f.severity == "error"}


def offered(page, code):
    for offered_code, source, button in page.offer_buttons:
        if offered_code == code:
            return source, button
    return None, None


def finish(counter, wizard):
    """Go to the summary and press »Zaključi«; the form has no errors left."""
    counter.act(wizard.go_to_page, wizard.summary_id)
    counter.click(wizard.button(QWizard.FinishButton))
    assert wizard.status == "finished", [f.message for f in wizard.findings if f.severity == "error"]


def test_a_family_of_four_from_register_to_zz1_zz2_and_four_cards(window, workspace, dialogs, tmp_path, monkeypatch):
    codes = workspace.catalog.codes()
    for code in ("ZZ-1", "ZZ-2", "ZZ-8"):
        if code not in codes:
            pytest.skip(f"{code} is not in forms/ yet (written in parallel); the walk needs ZZ-1, ZZ-2 and ZZ-8")
    c = Counter()
    register = workspace.register

    # --- 1. the family in the register ----------------------------------------------------------
    c.start("1 register: 4 osebe, povezave, fotografije")
    mother = c.act(window.new_person)  # Ctrl+Shift+N
    ed = mother.editors
    c.edit(ed["surname"], "Ševčenko")
    c.edit(ed["given_name"], "Olena")
    c.choose(ed["sex"], "Z")
    c.edit(ed["birth_date"], "14.3.1988")
    c.edit(ed["birth_place"], "Harkiv")
    c.country(ed["birth_country"], "Ukrajina")
    c.country(ed["citizenship"], "Ukrajina")
    c.choose(ed["marital_status"], "married")
    c.edit(ed["address_abroad"], "вул. Сумська 25, кв. 14, 61022 Харків")
    c.edit(ed["address_si"], "Nastanitveni center Logatec, Tržaška cesta 148, 1370 Logatec")
    c.edit(ed["departure_date"], "2.9.2025")
    c.edit(ed["entry_date"], "12.9.2025")
    c.edit(ed["phone"], "+386 41 555 218")
    olena = mother.person_id
    assert register.get(olena)["birth_date"] == "1988-03-14"

    def relative(surname, given_name, born, sex, relationship, represents=False):
        def answer(dialog):
            c.type(dialog.surname, surname)
            c.type(dialog.given_name, given_name)
            c.edit(dialog.birth_date, born)
            c.choose(dialog.sex, sex)
            c.relationship(dialog.relationship, relationship)
            assert dialog.reverse.currentText() in ("žena", "mati")  # proposed from Olena's sex
            assert dialog.copy_shared.isChecked()  # same citizenship, addresses and dates as Olena
            if represents:
                c.check(dialog.person_represents)
                c.check(dialog.person_accompanies)
            c.count(1)  # »Dodaj«
            return True
        return answer

    dialogs.append(relative("Ševčenko", "Andrij", "20.1.1985", "M", "mož"))
    andrij = c.act(mother.add_relative)
    dialogs.append(relative("Ševčenko", "Marija", "1.6.2018", "Z", "hči", represents=True))
    marija = c.act(mother.add_relative)
    dialogs.append(relative("Ševčenko", "Ivan", "3.2.2006", "M", "sin"))
    ivan = c.act(mother.add_relative)

    # the father's page: his details, and the children linked to him too
    def open_relative(page, person_id):
        names = [page.family_table.item(r, 0).data(ID_ROLE) for r in range(page.family_table.rowCount())]
        page.family_table.selectRow(names.index(person_id))
        return c.act(page.open_selected_relative)  # double click

    father = open_relative(mother, andrij)
    c.edit(father.editors["birth_place"], "Harkiv")
    c.country(father.editors["birth_country"], "Ukrajina")
    c.choose(father.editors["marital_status"], "married")

    def existing_child(query, person_id, relationship):
        def answer(dialog):
            c.click(dialog.existing_radio)
            c.type(dialog.search, query)
            assert dialog.choose_existing(person_id)
            c.relationship(dialog.relationship, relationship)
            assert dialog.reverse.currentText() == "oče"
            c.count(1)  # »Dodaj«
            return True
        return answer

    dialogs.append(existing_child("marija", marija, "hči"))
    c.act(father.add_relative)
    dialogs.append(existing_child("ivan", ivan, "sin"))
    c.act(father.add_relative)

    # photos taken at reception for the husband and the children (the mother's comes with her ZZ-1)
    c.photo(father.photo)
    daughter = open_relative(mother, marija)
    c.photo(daughter.photo)
    son = open_relative(mother, ivan)
    c.photo(son.photo)

    links = {link["given_name"]: link for link in register.links(marija)}
    assert links["Olena"]["relationship"] == "mati" and links["Olena"]["legal_representative"]
    assert links["Andrij"]["relationship"] == "oče" and not links["Andrij"]["legal_representative"]
    assert {link["given_name"] for link in register.links(olena)} == {"Andrij", "Marija", "Ivan"}
    assert register.get(marija)["address_si"].startswith("Nastanitveni center Logatec")
    window.register_panel.search.setText("sevc")
    window.register_panel.apply_search()
    assert window.register_panel.model.rowCount() == 4

    # --- 2. ZZ-1 for the mother, from her page ------------------------------------------------------
    c.start("2 ZZ-1 za mater")
    source, button = offered(mother, "ZZ-1")
    assert button is not None and source is None
    c.click(button)
    (zz1,) = window.wizards.values()
    assert zz1.data["surname"] == "Ševčenko" and zz1.data["entry_date"] == "2025-09-12"
    assert [row["name"] for row in zz1.data["family_accompanying"]] == [
        "Ševčenko Andrij", "Ševčenko Ivan", "Ševčenko Marija"]
    assert "minor_companion" not in zz1.data  # the mother is an adult
    prefilled_zz1 = missing(zz1)
    assert prefilled_zz1 <= {"photo", "photo_reference"}, prefilled_zz1  # the register filled the rest
    c.act(zz1.go_to_field, "photo")
    c.photo(zz1.editors["photo"])
    c.act(zz1.go_to_field, "officer_findings")
    c.edit(zz1.editors["officer_findings"], "Istovetnost izkazana s potnim listom.")
    finish(c, zz1)
    # the photo goes to the register in one step, for her card
    assert zz1.button(QWizard.CustomButton1).isVisible()
    dialogs.append(lambda dialog: True)
    c.click(zz1.button(QWizard.CustomButton1))
    c.count(1)  # »Prevzemi v register«
    assert register.photo(olena) == workspace.drafts.photo(zz1.draft_id)[0]
    c.act(zz1.close)

    # --- 3. ZZ-2 from the ZZ-1, offered on her page -------------------------------------------------
    c.start("3 ZZ-2 iz ZZ-1")
    mother.refresh_lists()
    source, button = offered(mother, "ZZ-2")
    assert button is not None and source == zz1.draft_id
    c.click(button)
    zz2 = next(w for w in window.wizards.values() if w.definition.code == "ZZ-2")
    assert zz2.data["full_name"] == "Ševčenko Olena" and zz2.data["filed_on"] == zz1.data["date"]
    prefilled_zz2 = missing(zz2)
    assert prefilled_zz2 <= {"emso"}, prefilled_zz2
    if "emso" in zz2.editors:
        c.act(zz2.go_to_field, "emso")
        c.edit(zz2.editors["emso"], "1403988505189")
    finish(c, zz2)
    c.act(zz2.close)

    # --- 4. temporary protection granted to all four ------------------------------------------------
    c.start("4 status: začasna zaščita")
    for page in (mother, father, daughter, son):
        c.act(page.activateWindow)  # the page is open: its window
        c.choose(page.status_combo, "granted")
    assert {register.get(p)["status"] for p in (olena, andrij, marija, ivan)} == {"granted"}

    # --- 5. a ZZ-8 card for each --------------------------------------------------------------------
    c.start("5 ZZ-8 izkaznice (4)")
    emso = {olena: "1403988505189", andrij: "2001985500014", marija: "0106018505005", ivan: "0302006500028"}
    cards = {}
    for page in (mother, father, daughter, son):
        page.refresh_lists()
        source, button = offered(page, "ZZ-8")
        if button is None:
            pytest.skip("ZZ-8 is not offered for a granted person (forms/zz-8.yaml needs offer: {person_status: [granted]})")
        c.click(button)
        card = next(w for w in window.wizards.values()
                    if w.definition.code == "ZZ-8" and w.person_id == page.person_id)
        assert card.data["surname"] == "Ševčenko" and card.data.get("photo", "").startswith("sha256:")
        to_fill = missing(card)
        assert to_fill <= {"emso", "office"}, to_fill
        c.act(card.go_to_field, "emso")
        c.edit(card.editors["emso"], emso[page.person_id])
        c.act(card.go_to_field, "office")
        c.choose(card.editors["office"], "logatec")
        assert card.data["issue_date"] == dt.date.today().isoformat()  # date of issue: today, by default
        finish(c, card)
        # the EMŠO goes back to the register
        assert [row[0] for row in card.corrections] == ["EMŠO"]
        dialogs.append(lambda dialog: True)
        c.click(card.button(QWizard.CustomButton1))
        c.count(1)  # »Prevzemi v register«
        assert register.get(page.person_id)["emso"] == emso[page.person_id]
        cards[page.person_id] = card

    # --- 6. export the four cards ------------------------------------------------------------------
    c.start("6 izvoz izkaznic v PDF")
    saved = []

    def save_as(parent, caption, suggested, filter_):
        saved.append(tmp_path / Path(suggested).name)
        return str(saved[-1]), ""

    monkeypatch.setattr("app.ui.documents.QFileDialog.getSaveFileName", save_as)
    for person_id, card in cards.items():
        c.click(card.summary.export_button)
        c.count(1)  # »Shrani« in the file dialog
        c.act(card.close)
    assert len(saved) == 4 and all(path.read_bytes().startswith(b"%PDF") for path in saved)
    assert len({path.name for path in saved}) == 4, [path.name for path in saved]

    # every card got its serial number when it was finished (Workspace.finish)
    serials = [workspace.drafts.get(card.draft_id).data.get("serial") for card in cards.values()]
    if workspace.definition("ZZ-8").serial:
        assert all(serials) and len(set(serials)) == 4, serials
        assert sorted(serials) == [f"LOGATEC-{n:06d}" for n in range(1, 5)]
        assert [card.editors["serial"].value() for card in cards.values()] == serials  # shown on the finished card
        from pypdf import PdfReader

        text = PdfReader(io.BytesIO(saved[0].read_bytes())).pages[0].extract_text()
        assert serials[0] in text.replace(" ", "") or serials[0] in text
    else:  # the lead adds serials to Workspace.finish
        print("NOTE: ZZ-8 has no serial spec yet; serial numbers not checked")

    # the register and the forms agree: nothing left to take back
    assert all(workspace.register_corrections(card.draft_id) == {} for card in cards.values())
    filed = {s.form_code: s.status for s in workspace.drafts.for_person(olena)}
    assert filed == {"ZZ-1": "finished", "ZZ-2": "finished", "ZZ-8": "finished"}

    report = c.report()
    print("\n" + report)
    COUNTS_FILE.write_text(report + "\n", encoding="utf-8")
