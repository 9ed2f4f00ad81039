"""Code lists a station extends (administrator): entries added or renamed, applied to every form."""

from __future__ import annotations

import pytest

from app.engine.codelists import CodelistError
from app.engine.roles import NotAllowed
from app.engine.validate import has_errors
from ws_helpers import FAST_KDF


def _card(workspace, office: str) -> dict:
    data = dict(workspace.definition("ZZ-8").sample)
    data.pop("serial")
    data["office"] = office
    return data


def test_a_new_entry_is_a_valid_choice_and_prints_its_name(workspace):
    from pdf_helpers import pdf_text

    assert "Upravna enota Ljubljana" in [label for _, label, _ in workspace.codelist("upravne-enote")]
    with_new = _card(workspace, "ljubljana-vic")
    assert has_errors(workspace.validate("ZZ-8", with_new))
    workspace.set_codelist_entry("upravne-enote", "ljubljana-vic", "Upravna enota Ljubljana, izpostava Vič")
    assert not has_errors(workspace.validate("ZZ-8", with_new))
    entries = workspace.codelist("upravne-enote")
    assert entries[-1] == ("ljubljana-vic", "Upravna enota Ljubljana, izpostava Vič", True)
    draft = workspace.new_draft("ZZ-8", with_new)
    assert "izpostava Vič" in pdf_text(workspace.export_pdf(draft.id))
    assert workspace.audit_entries(limit=1)[0].target_id == "codelist.upravne-enote" or any(
        e.target_id == "codelist.upravne-enote" for e in workspace.audit_entries(limit=5))


def test_a_renamed_entry_keeps_its_value(workspace):
    workspace.set_codelist_entry("upravne-enote", "brezice", "Upravna enota Brežice (nova stavba)")
    field = workspace.definition("ZZ-8").field("office")
    assert field.choice_label("brezice") == "Upravna enota Brežice (nova stavba)"
    assert len([c for c in field.choices if c.value == "brezice"]) == 1


def test_bad_entries_and_unknown_lists_are_refused(workspace):
    with pytest.raises(CodelistError, match="ni veljavna"):
        workspace.set_codelist_entry("upravne-enote", "Nova Gorica!", "UE")
    with pytest.raises(KeyError, match="Šifranta"):
        workspace.codelist("nobena")


def test_only_an_administrator_edits_code_lists(workspace):
    from app.workspace import login

    workspace.vault.kdf = FAST_KDF
    workspace.add_account("nadzor", "Nina Nadzor", "supervisor", "prvo-geslo-123")
    supervisor = login(workspace.path, "nadzor", "prvo-geslo-123")
    with pytest.raises(NotAllowed, match="šifrantov"):
        supervisor.set_codelist_entry("upravne-enote", "x", "X")
    supervisor.close()


def test_cli_lists_and_sets(workspace, capsys):
    from app.cli import main

    workspace.close()
    assert main(["--db", str(workspace.path), "codelist"]) == 0
    assert "upravne-enote" in capsys.readouterr().out
    assert main(["--db", str(workspace.path), "codelist", "upravne-enote", "--set", "ljubljana-vic", "UE Vič"]) == 0
    assert "ljubljana-vic\tUE Vič\t(postaja)" in capsys.readouterr().out


def test_the_dialog_adds_an_entry_and_shows_errors(qtbot, workspace):
    from app.ui.codelists_dialog import CodelistsDialog

    dialog = CodelistsDialog(workspace)
    qtbot.addWidget(dialog)
    rows = dialog.table.rowCount()
    dialog.value.setText("Ni Dobro")
    dialog.label.setText("UE")
    dialog.save_entry()
    assert "ni veljavna" in dialog.message.text() and dialog.table.rowCount() == rows
    dialog.value.setText("ljubljana-vic")
    dialog.label.setText("Upravna enota Ljubljana, izpostava Vič")
    dialog.save_entry()
    assert dialog.table.rowCount() == rows + 1 and "Shranjeno" in dialog.message.text()
    dialog.table.selectRow(0)
    assert dialog.value.text() == dialog.table.item(0, 0).text()
    dialog.show()
    dialog.grab().save("/tmp/ui_shots/codelists.png") if __import__("os").path.isdir("/tmp/ui_shots") else None
