"""Signing in the GUI: keys and trust, »Podpiši in izvozi…«, signed forms are final, corrections, and
checking a signed PDF (valid, tampered, unknown signer). Every modal dialog is answered through
`app.ui.dialogs.run_dialog`."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy  # noqa: E402
import datetime as dt  # noqa: E402
import re  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWizard  # noqa: E402

from app.export.signing import make_test_pki  # noqa: E402
from app.ui.drafts_model import DraftsModel  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.signing import KeysDialog, VerifyDialog, key_title  # noqa: E402
from ui_helpers import ui_app  # noqa: E402,F401

PASSPHRASE = "Geslo-čšž-1"


@pytest.fixture
def pki(tmp_path):
    ca, p12, passphrase = make_test_pki(tmp_path / "pki", PASSPHRASE)
    return ca, p12, passphrase


@pytest.fixture
def window(qtbot, ui_app, workspace):
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    yield win
    for wizard in list(win.wizards.values()):
        wizard.close()


@pytest.fixture
def opened(monkeypatch):
    """Files the app asked the system to open (nothing is really opened)."""
    urls = []
    monkeypatch.setattr("app.ui.signing.QDesktopServices.openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


@pytest.fixture
def answer(monkeypatch):
    """Answer the next dialogs in order: each answer fills its dialog and returns True (OK) or False."""
    answers = []

    def run_dialog(dialog):
        assert answers, f"unexpected dialog {type(dialog).__name__} {dialog.windowTitle()!r}"
        return answers.pop(0)(dialog)

    monkeypatch.setattr("app.ui.dialogs.run_dialog", run_dialog)
    yield answers
    assert answers == [], "dialogs that never came"


# --- answers -----------------------------------------------------------------------------------------


def choose_file(path):
    def answer(dialog):
        assert isinstance(dialog, QFileDialog), type(dialog)
        dialog.selectFile(str(path))
        return True
    return answer


def type_passphrase(value, seen=None):
    def answer(dialog):
        assert isinstance(dialog, QInputDialog) and dialog.textEchoMode() == QLineEdit.Password
        if seen is not None:
            seen.append(dialog.labelText())
        dialog.setTextValue(value)
        return True
    return answer


def pick(text):
    def answer(dialog):
        assert isinstance(dialog, QInputDialog) and dialog.comboBoxItems(), type(dialog)
        assert text in dialog.comboBoxItems()
        dialog.setTextValue(text)
        return True
    return answer


def click(label, seen=None, tick=None):
    def answer(dialog):
        assert isinstance(dialog, QMessageBox), type(dialog)
        if seen is not None:
            seen.append(dialog.text())
        if tick is not None:
            dialog.checkBox().setChecked(tick)
        (button,) = [b for b in dialog.buttons() if b.text() == label]
        button.click()
        return True
    return answer


def note(seen):
    def answer(dialog):
        assert isinstance(dialog, QMessageBox), type(dialog)
        seen.append(dialog.text())
        return False
    return answer


def look(seen):
    def answer(dialog):
        seen.append(dialog)
        return False
    return answer


# --- helpers -----------------------------------------------------------------------------------------


def finished_zz1(window, workspace, qtbot):
    """A ZZ-1 of the sample data, finished in the wizard (»Zaključi« on the summary)."""
    data = copy.deepcopy(workspace.definition("ZZ-1").sample)
    data.pop("photo", None)
    draft = workspace.new_draft("ZZ-1", data)
    window.refresh()
    wizard = window.open_draft(draft.id)
    wizard.go_to_page(wizard.summary_id)
    wizard.button(QWizard.FinishButton).click()
    assert workspace.drafts.get(draft.id).status == "finished", wizard.summary.message.text()
    assert wizard.summary.sign_button.isVisibleTo(wizard) and wizard.summary.reopen_button.isVisibleTo(wizard)
    return draft.id, wizard


def status_text(window, draft_id):
    window.refresh(keep=draft_id)
    return window.model.index(window.model.row_of(draft_id), 2).data()


def select(window, draft_id):
    window.refresh(keep=draft_id)
    window.table.selectRow(window.model.row_of(draft_id))
    assert window.selected_id() == draft_id


def byte_range(pdf: bytes) -> list[int]:
    return [int(g) for g in re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf).groups()]


# --- the whole way: keys, trust, sign, final, correction, verify -------------------------------------


def test_keys_sign_final_correction_and_verify(window, workspace, qtbot, answer, opened, pki, tmp_path):
    ca, p12, passphrase = pki
    assert window.signing.keys.text().replace("&", "") == "Ključi za podpisovanje…"

    # keys: import the official's key (file + passphrase), then trust the (TEST) CA
    def keys_dialog(dialog):
        assert isinstance(dialog, KeysDialog)
        assert dialog.keys_table.rowCount() == 0 and dialog.ca_table.rowCount() == 0  # nothing trusted by default
        record = dialog.import_key()
        assert record is not None
        assert dialog.keys_table.rowCount() == 1
        assert dialog.keys_table.item(0, 0).text().startswith("TEST")  # shown clearly as TEST
        assert dialog.keys_table.item(0, 1).text() == "TEST uradna oseba Mojca Žagar"
        assert dialog.keys_table.item(0, 2).text().startswith("Priloga TEST CA")
        assert re.fullmatch(r"\d\d\. \d\d\. \d{4} – \d\d\. \d\d\. \d{4}", dialog.keys_table.item(0, 3).text())
        assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){3}", dialog.keys_table.item(0, 4).text())
        assert dialog.test_note.isVisibleTo(dialog)
        assert dialog.ca_table.rowCount() == 0
        assert dialog.trust_ca()
        assert dialog.ca_table.rowCount() == 1 and dialog.ca_table.item(0, 0).text().startswith("TEST")
        return False

    trust_question = []
    answer.extend([keys_dialog, choose_file(p12), type_passphrase(passphrase), choose_file(ca),
                   click("Zaupaj za preizkus", trust_question)])
    window.signing.keys.trigger()
    assert "TESTNI izdajatelj" in trust_question[0]
    (key,) = workspace.keys.list()
    assert workspace.keys.get(key.fingerprint).p12 == p12.read_bytes()  # kept as imported
    assert len(workspace.keys.trusted()) == 1
    workspace.db.conn.commit()
    for stored in tmp_path.glob("test.sqlite3*"):  # the passphrase is nowhere in the database
        assert passphrase.encode("utf-8") not in stored.read_bytes()

    # finish a ZZ-1 and sign it from the main window (Ctrl+Shift+S); save and open the signed PDF
    draft_id, first_wizard = finished_zz1(window, workspace, qtbot)
    first_wizard.close()
    select(window, draft_id)
    assert status_text(window, draft_id) == "Zaključen"
    assert window.signing.sign.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert window.signing.sign.isEnabled() and window.reopen_action.isVisible()
    saved = tmp_path / "podpisan.pdf"
    prompt, done = [], []
    answer.extend([type_passphrase(passphrase, prompt), click("Shrani PDF…", done, tick=True), choose_file(saved)])
    window.signing.sign.trigger()
    assert "ZZ-1" in prompt[0] and "TESTNI" in prompt[0]
    assert "je podpisan (različica 1)" in done[0] and "TEST uradna oseba Mojca Žagar" in done[0]
    assert saved.read_bytes() == workspace.signed_pdf(draft_id) and saved.read_bytes().startswith(b"%PDF")
    assert opened == [str(saved)]

    # the list shows it signed; reopening is gone
    assert status_text(window, draft_id) == "Podpisan (v1)"
    select(window, draft_id)
    assert not window.reopen_action.isVisible() and not window.reopen_action.isEnabled()
    assert window.signing.correct.isEnabled() and window.signing.verify_selected.isEnabled()

    # the wizard opens it read-only; »Popravek (nova različica)« makes a new draft whose parent is the signed one
    wizard = window.open_draft(draft_id)
    assert wizard.read_only and wizard.currentId() == wizard.summary_id
    assert "(podpisan, v1)" in wizard.windowTitle()
    summary = wizard.summary
    assert "podpisan (različica 1)" in summary.status_label.text()
    assert not summary.reopen_button.isVisibleTo(wizard) and not summary.sign_button.isVisibleTo(wizard)
    assert summary.correct_button.text() == "Popravek (nova različica)" and summary.correct_button.isVisibleTo(wizard)
    summary.correct_button.click()
    new_ids = [i for i in window.wizards if i != draft_id]
    assert len(new_ids) == 1
    correction = workspace.drafts.get(new_ids[0])
    assert correction.parent_id == draft_id and correction.status == "draft"
    assert correction.data == workspace.drafts.get(draft_id).data
    assert not window.wizards[correction.id].read_only
    assert workspace.drafts.get(draft_id).status == "finished"  # the old one stays as it was
    assert [v.version for v in workspace.signed.versions(draft_id)] == [1]
    assert status_text(window, correction.id) == "Osnutek"

    # verify the saved PDF (Orodja › Preveri podpis PDF…, Ctrl+Shift+V): valid
    assert window.signing.verify_file.shortcut() == QKeySequence("Ctrl+Shift+V")
    shown = []
    answer.extend([choose_file(saved), look(shown)])
    window.signing.verify_file.trigger()
    (dialog,) = shown
    assert isinstance(dialog, VerifyDialog) and dialog.verdict.status == "valid"
    assert "Podpis je veljaven" in dialog.heading.text()
    assert dialog.fields["signer"].text().startswith("TEST uradna oseba Mojca Žagar")
    assert re.fullmatch(r"\d\d\. \d\d\. \d{4} \d\d:\d\d", dialog.fields["time"].text())
    assert dialog.fields["modified"].text() == "ne" and dialog.message.text() == dialog.verdict.message

    # one byte flipped in the signed range: tampered
    pdf = bytearray(saved.read_bytes())
    start1, length1, _start2, _length2 = byte_range(bytes(pdf))
    pdf[start1 + length1 // 2] ^= 0x01
    tampered = tmp_path / "ponarejen.pdf"
    tampered.write_bytes(bytes(pdf))
    shown.clear()
    answer.extend([choose_file(tampered), look(shown)])
    window.signing.verify_file.trigger()
    (dialog,) = shown
    assert dialog.verdict.status == "invalid"
    assert "Dokument je bil spremenjen po podpisu" in dialog.heading.text()
    assert dialog.fields["modified"].text() == "da"

    # the stored version from the list's context menu: valid; after »Ne zaupaj več«: unknown signer
    window.wizards[correction.id].close()
    select(window, draft_id)
    assert window.signing.verify_selected in window.table.actions()
    shown.clear()
    answer.append(look(shown))
    window.signing.verify_selected.trigger()
    assert shown[0].verdict.status == "valid" and "različica 1" in shown[0].fields["document"].text()

    def untrust(dialog):
        dialog.ca_table.selectRow(0)
        assert dialog.untrust_ca()
        return False

    answer.extend([untrust, click("Ne zaupaj več")])
    window.signing.keys.trigger()
    shown.clear()
    answer.append(look(shown))
    window.signing.verify_selected.trigger()
    assert shown[0].verdict.status == "untrusted"
    assert "Podpisnik ni med zaupanja vrednimi izdajatelji" in shown[0].heading.text()


def test_wrong_passphrase_is_an_error_and_nothing_is_recorded(window, workspace, qtbot, answer, pki, tmp_path,
                                                              monkeypatch):
    ca, p12, passphrase = pki
    workspace.keys.import_p12(p12.read_bytes(), passphrase)
    workspace.keys.trust_ca(ca.read_bytes())
    draft_id, wizard = finished_zz1(window, workspace, qtbot)

    # from the wizard's summary after finishing: wrong passphrase → the SigningError's text, nothing written
    errors = []
    answer.extend([type_passphrase("napačno"), note(errors)])
    wizard.summary.sign_button.click()
    assert errors and errors[0].startswith("Napačno geslo za ključ")
    assert workspace.signed.versions(draft_id) == [] and workspace.signed_pdf(draft_id) is None
    assert status_text(window, draft_id) == "Zaključen"
    assert wizard.signed is None and wizard.summary.sign_button.isVisibleTo(wizard)

    # the right one: signed, the summary says so; not saving a file is fine (it is kept in the database)
    answer.extend([type_passphrase(passphrase), click("Zapri")])
    wizard.summary.sign_button.click()
    assert wizard.signed is not None and wizard.signed.version == 1
    assert "podpisan (različica 1)" in wizard.summary.status_label.text()
    assert wizard.summary.verify_button.isVisibleTo(wizard) and not wizard.summary.sign_button.isVisibleTo(wizard)
    assert status_text(window, draft_id) == "Podpisan (v1)"

    # signing again does not re-sign: the signed form is final, its PDF is offered
    offered = []
    answer.append(click("Zapri", offered))
    wizard.sign_form()
    assert "že podpisan (različica 1," in offered[0]
    assert [v.version for v in workspace.signed.versions(draft_id)] == [1]

    # »Preveri podpis« on the summary checks the stored version
    shown = []
    answer.append(look(shown))
    wizard.summary.verify_button.click()
    assert shown[0].verdict.status == "valid"

    # »Izvozi PDF…« of a signed form writes the signed PDF
    target = tmp_path / "izvoz.pdf"
    monkeypatch.setattr("app.ui.documents.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    wizard.summary.export_button.click()
    assert target.read_bytes() == workspace.signed_pdf(draft_id)


def test_an_expired_key_is_refused_on_import(window, workspace, answer, tmp_path):
    now = dt.datetime.now(dt.timezone.utc)
    _ca, p12, passphrase = make_test_pki(tmp_path / "old", PASSPHRASE, valid_from=now - dt.timedelta(days=400),
                                         valid_until=now - dt.timedelta(days=2))
    errors = []
    dialog = KeysDialog(workspace, window)
    answer.extend([choose_file(p12), type_passphrase(passphrase), note(errors)])
    assert dialog.import_key() is None
    assert "poteklo" in errors[0] and workspace.keys.list() == []
    answer.extend([choose_file(p12), type_passphrase("narobe"), note(errors)])
    assert dialog.import_key() is None
    assert errors[1].startswith("Napačno geslo")


def test_several_keys_the_official_chooses_one(window, workspace, qtbot, answer, tmp_path):
    first = make_test_pki(tmp_path / "a", PASSPHRASE, official="TEST uradna oseba Ana Novak")
    second = make_test_pki(tmp_path / "b", "drugo geslo", official="TEST uradna oseba Bojan Kranjc")
    workspace.keys.import_p12(first[1].read_bytes(), first[2])
    workspace.keys.import_p12(second[1].read_bytes(), second[2])
    draft_id, wizard = finished_zz1(window, workspace, qtbot)
    wizard.close()
    select(window, draft_id)
    bojan = next(k for k in workspace.keys.list() if "Bojan" in k.subject)
    answer.extend([pick(key_title(bojan)), type_passphrase("drugo geslo"), click("Zapri")])
    window.signing.sign.trigger()
    assert workspace.signed.latest(draft_id).signer == "TEST uradna oseba Bojan Kranjc"


def test_the_list_reads_signed_states_once_per_page(workspace):
    ids = []
    for number in range(5):
        draft = workspace.new_draft("ZZ-1", {"surname": f"Oseba{number}", "given_name": "Ana"})
        workspace.drafts.finish(draft.id)
        ids.append(draft.id)
    calls = []

    def signed_versions(draft_ids):
        calls.append(list(draft_ids))
        return {ids[1]: 2}

    model = DraftsModel(workspace.drafts, page_size=3, signed_versions=signed_versions)
    assert len(calls) == 1 and len(calls[0]) == 3
    texts = [model.index(r, 2).data() for r in range(model.rowCount())] * 10  # painting asks again and again
    assert len(calls) == 1
    model.fetchMore()
    assert len(calls) == 2 and len(calls[1]) == 2
    assert [model.index(r, 2).data() for r in range(model.rowCount())].count("Podpisan (v2)") == 1
    assert "Zaključen" in texts
