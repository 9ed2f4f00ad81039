"""UP-2 through the wizard: a family of five with two accounts and three incomes (issue: welfare forms)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy  # noqa: E402

import pytest  # noqa: E402

from app.ui.fields import BooleanEditor, ChoiceEditor, CountryEditor, DateEditor, LineEditor, MultilineEditor  # noqa: E402
from app.ui.wizard import FormWizard  # noqa: E402
from ui_helpers import type_text, ui_app  # noqa: E402,F401

CHILDREN = [  # typed oldest first: the form wants the youngest first (Priloga 2), the wizard sorts
    {"surname": "Kravčenko", "given_name": "Daryna", "relationship": "hči", "emso": "2801011505198"},
    {"surname": "Kravčenko", "given_name": "Maksym", "relationship": "sin", "emso": "1510014500180"},
    {"surname": "Кравченко", "given_name": "Софія", "relationship": "hči", "emso": "0307019505187"},
]
ACCOUNTS = [
    {"surname": "Kravčenko", "given_name": "Oksana", "iban": "SI56 0201 0025 6289 486", "bank": "NLB d.d."},
    {"surname": "Kravčenko", "given_name": "Andrij", "iban": "SI56 0313 5103 7445 589", "bank": "OTP banka d.d."},
]
INCOMES = [
    {"surname": "Kravčenko", "given_name": "Andrij", "kind": f"plača ({month})", "amount": amount}
    for month, amount in (("november 2025", "642,18 EUR"), ("december 2025", "642,18 EUR"), ("januar 2026", "655,40 EUR"))
]


def put(editor, value):
    """Set a value the way the official's widget would report it."""
    if isinstance(editor, DateEditor):
        editor.line.setText(value)
        editor.line.editingFinished.emit()
    elif isinstance(editor, LineEditor):
        editor.line.setText(value)
    elif isinstance(editor, MultilineEditor):
        editor.text.setPlainText(value)
    elif isinstance(editor, (ChoiceEditor, CountryEditor)):
        editor.combo.setCurrentIndex(editor.combo.findData(value))
    elif isinstance(editor, BooleanEditor):
        editor.box.setChecked(bool(value))
    else:
        raise TypeError(type(editor))


def fill_table(editor, rows):
    for index, row in enumerate(rows):
        editor.add_row()
        for column, value in row.items():
            editor.set_cell(index, column, value)


def test_up2_family_of_five_two_accounts_three_incomes(qtbot, ui_app, workspace):
    from pypdf import PdfReader
    import io

    definition = workspace.definition("UP-2")
    draft = workspace.new_draft("UP-2")
    wizard = FormWizard(workspace, draft)
    qtbot.addWidget(wizard)
    wizard.show()
    sample = copy.deepcopy(definition.sample)
    for field_id, value in sample.items():
        if definition.fields[field_id].type == "table" or field_id in ("surname", "given_name"):
            continue
        put(wizard.editors[field_id], value)
    wizard.editors["surname"].line.setText("Kravčenko")
    type_text(wizard.editors["given_name"].line, "Оксана")
    fill_table(wizard.editors["children"], CHILDREN)
    fill_table(wizard.editors["accounts"], ACCOUNTS)
    fill_table(wizard.editors["incomes"], INCOMES)
    assert "najmlajšega" in wizard.editors["children"].sort_label.text()

    while wizard.currentPage() is not wizard.summary:  # walk every page; leaving one puts tables in order
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before
    wizard.finish_form()  # stays on the summary, to print
    assert wizard.status == "finished", [f.message for f in wizard.findings if f.severity == "error"]

    stored = workspace.drafts.get(draft.id)
    assert stored.status == "finished"
    assert [c["given_name"] for c in stored.data["children"]] == ["Софія", "Maksym", "Daryna"]  # youngest first
    assert [a["iban"] for a in stored.data["accounts"]] == [a["iban"] for a in ACCOUNTS]
    assert [i["kind"] for i in stored.data["incomes"]] == [i["kind"] for i in INCOMES]
    persons = {(stored.data["surname"], stored.data["given_name"]),
               (stored.data["spouse_surname"], stored.data["spouse_given_name"])}
    persons |= {(c["surname"], c["given_name"]) for c in stored.data["children"]}
    assert len(persons) == 5

    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(workspace.export_pdf(draft.id))).pages)
    for needle in ["Оксана", "Софія", "Maksym", "Daryna", "SI56 0201 0025 6289 486", "SI56 0313 5103 7445 589",
                   "plača (november 2025)", "plača (december 2025)", "plača (januar 2026)"]:
        assert needle in text, needle
    assert text.index("Софія") < text.index("Maksym") < text.index("Daryna")
