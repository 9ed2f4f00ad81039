"""Who may do what, in the GUI: the first start, the login (wrong passwords, lockout, a switched-off account,
a new password at the first login), locking after the idle time and on Ctrl+L, unlocking, switching user,
what each role sees, the accounts dialog, the audit-log view and the session's private temporary folder.

Every dialog goes through `app.ui.dialogs.run_dialog`, which the `answer` fixture answers in order."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import stat  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMessageBox, QWidget  # noqa: E402
from shiboken6 import isValid  # noqa: E402

from app.store.vault import LOCKOUT_AFTER, Vault  # noqa: E402
from app.ui import documents  # noqa: E402
from app.ui.accounts_dialog import AccountsDialog, AddAccountDialog, ResetPasswordDialog, RoleDialog  # noqa: E402
from app.ui.app import Session  # noqa: E402
from app.ui.audit_dialog import AuditDialog  # noqa: E402
from app.ui.lock import visible_windows  # noqa: E402
from app.ui.login import ChangePasswordDialog, FirstStartDialog, LoginDialog  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from ui_helpers import ui_app  # noqa: E402,F401
from ws_helpers import ADMIN, FAST_KDF, PASSWORD, new_workspace, open_workspace  # noqa: E402

OFFICIAL, OFFICIAL_PASSWORD = "jnovak", "novakovo-geslo-7"
SUPERVISOR, SUPERVISOR_PASSWORD = "bkos", "kosovo-geslo-77"
TIME = re.compile(r"^\d\d\. \d\d\. \d{4} \d\d:\d\d$")


# --- fixtures ----------------------------------------------------------------------------------------


@pytest.fixture
def answer(monkeypatch):
    """Answer the next dialogs in order: each answer gets the dialog and returns True (confirmed) or False."""
    answers = []

    def run_dialog(dialog):
        assert answers, f"unexpected dialog {type(dialog).__name__} {dialog.windowTitle()!r}"
        return answers.pop(0)(dialog)

    monkeypatch.setattr("app.ui.dialogs.run_dialog", run_dialog)
    yield answers
    assert answers == [], "dialogs that never came"


@pytest.fixture
def db(tmp_path):
    return tmp_path / "postaja.sqlite3"


@pytest.fixture
def station(db):
    """A station with its administrator, an official and a supervisor (both with their own passwords)."""
    ws = new_workspace(db)
    for username, name, role, password in ((OFFICIAL, "Janez Novak", "official", OFFICIAL_PASSWORD),
                                           (SUPERVISOR, "Barbara Kos", "supervisor", SUPERVISOR_PASSWORD)):
        ws.add_account(username, name, role, password)
        ws.accounts.update(username, must_change_password=False)
    ws.close()
    return db


@pytest.fixture
def session(qtbot, ui_app, db):
    """The GUI's session on the test station (fast key derivation); quitting is recorded, not done."""
    quits = []
    made = Session(db, kdf=FAST_KDF, quit=lambda: quits.append(True))
    made.quits = quits
    yield made
    made.shutdown()
    QApplication.processEvents()


def log_in(user=ADMIN, password=PASSWORD):
    def answer(dialog):
        assert isinstance(dialog, LoginDialog), type(dialog)
        dialog.username.setText(user)
        dialog.password.setText(password)
        return dialog.submit()
    return answer


def cancel(dialog):
    return False


def texts_on_screen(root: QWidget) -> str:
    """Every text a visible widget of `root` shows (labels, fields, buttons, the window's title)."""
    parts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(widget.text())
    return "\n".join(parts)


def entries(db, action):
    ws = open_workspace(db)
    try:
        return ws.audit_entries(action=action)
    finally:
        ws.close()


# --- start, login ------------------------------------------------------------------------------------


def test_gui_command_opens_the_login_of_the_chosen_database(monkeypatch, tmp_path):
    from app import cli

    calls = []
    monkeypatch.setattr("app.ui.app.run_gui", lambda db_path, argv: calls.append((db_path, argv)) or 0)
    assert cli.main(["--db", str(tmp_path / "x.sqlite3")]) == 0
    assert calls == [(str(tmp_path / "x.sqlite3"), calls[0][1])] and len(calls[0][1]) == 1
    assert not Vault(tmp_path / "x.sqlite3").exists()  # no terminal prompt, nothing made before the GUI


def test_first_start_creates_the_administrator_and_opens_the_window(session, answer, db, qtbot):
    def first_start(dialog):
        assert isinstance(dialog, FirstStartDialog), type(dialog)
        dialog.username.setText("mzagar")
        dialog.display_name.setText("Mojca   Žagar")
        dialog.password.setText("kratko")
        assert "vsaj 10 znakov" in dialog.message.text()  # the rules, shown as the password is typed
        assert not dialog.submit()
        dialog.password.setText("dolgo-geslo-2025")
        dialog.repeat.setText("dolgo-geslo-2024")
        assert not dialog.submit() and dialog.message.text() == "Gesli se ne ujemata."
        dialog.repeat.setText("dolgo-geslo-2025")
        assert dialog.message.text() == "Geslo ustreza pravilom."
        return dialog.submit()

    answer.append(first_start)
    assert session.start()
    window = session.window
    assert window.isVisible() and session.workspace.user == "mzagar"
    assert session.workspace.role == "administrator" and Vault(db).usernames() == ["mzagar"]
    assert "Uporabnik: Mojca Žagar (mzagar), skrbnik" == window.user_label.text()
    count, head = session.workspace.audit_head()
    assert window.audit_label.text() == f"Revizijska sled: {count} vnosov, glava {head[:16]}"
    assert window.accounts_action.isVisible() and window.audit_action.isVisible()


def test_login_with_a_wrong_password_says_so_and_counts(session, station, answer, db):
    def wrong_then_right(dialog):
        dialog.username.setText(OFFICIAL)
        dialog.password.setText("napačno-geslo-1")
        assert not dialog.submit()
        assert "Napačno uporabniško ime ali geslo" in dialog.message.text()
        assert f"Preostali poskusi pred začasnim zaklepom računa: {LOCKOUT_AFTER - 1} od {LOCKOUT_AFTER}." \
            in dialog.message.text()
        assert dialog.password.text() == "" and dialog.isVisible() is False  # cleared, still the same dialog
        dialog.password.setText("napačno-geslo-2")
        assert not dialog.submit()
        assert f": {LOCKOUT_AFTER - 2} od" in dialog.message.text()
        dialog.password.setText(OFFICIAL_PASSWORD)
        return dialog.submit()

    answer.append(wrong_then_right)
    assert session.start()
    assert session.workspace.user == OFFICIAL
    failed = entries(db, "login_failed")
    assert [e.user for e in failed] == [OFFICIAL, OFFICIAL]  # the failures went to the audit trail


def test_lockout_shows_the_seconds_and_cancel_ends(session, station, answer):
    def five_wrong(dialog):
        dialog.username.setText(SUPERVISOR)
        for attempt in range(LOCKOUT_AFTER):
            dialog.password.setText(f"napačno-{attempt}-geslo")
            assert not dialog.submit()
        assert re.search(r"začasno zaklenjen še \d+ s", dialog.message.text()), dialog.message.text()
        assert dialog._countdown.isActive()
        dialog.password.setText(SUPERVISOR_PASSWORD)  # even the right password waits for the lockout
        assert not dialog.submit() and "zaklenjen še" in dialog.message.text()
        return False

    answer.append(five_wrong)
    assert not session.start()
    assert session.window is None and session.workspace is None


def test_a_switched_off_account_is_told_so(session, station, answer, db):
    ws = open_workspace(db)
    ws.accounts.update(OFFICIAL, active=False)  # switched off while its key was still in the key file
    ws.close()

    def disabled(dialog):
        dialog.username.setText(OFFICIAL)
        dialog.password.setText(OFFICIAL_PASSWORD)
        assert not dialog.submit()
        assert "je izklopljen" in dialog.message.text()
        return False

    answer.append(disabled)
    assert not session.start()


def test_first_login_asks_for_a_new_password_before_the_window(session, station, answer, db):
    ws = open_workspace(db)
    ws.add_account("mkovac", "Marija Kovač", "official", "zacetno-geslo-1")
    ws.close()

    def new_password(dialog):
        assert isinstance(dialog, ChangePasswordDialog), type(dialog)
        assert session.window is None  # nothing opens before the new password
        assert dialog.old.isHidden()  # the password just typed is not asked again
        dialog.new.setText("zacetno-geslo-1")
        dialog.repeat.setText("zacetno-geslo-1")
        assert not dialog.submit() and "drugačno" in dialog.message.text()
        dialog.new.setText("mkovac")
        assert "vsaj 10 znakov" in dialog.message.text()
        dialog.new.setText("marijino-geslo-9")
        dialog.repeat.setText("marijino-geslo-9")
        return dialog.submit()

    answer.extend([log_in("mkovac", "zacetno-geslo-1"), new_password])
    assert session.start()
    assert session.workspace.user == "mkovac" and not session.workspace.account.must_change_password
    session.shutdown()
    open_workspace(db, user="mkovac", password="marijino-geslo-9").close()  # the new password works


def test_refusing_the_new_password_logs_out_and_asks_again(session, station, answer, db):
    ws = open_workspace(db)
    ws.add_account("mkovac", "Marija Kovač", "official", "zacetno-geslo-1")
    ws.close()

    def again(dialog):
        assert isinstance(dialog, LoginDialog)
        assert "morate izbrati novo geslo" in texts_on_screen(dialog) or dialog.username.text() == "mkovac"
        assert dialog.username.text() == "mkovac"
        return False

    answer.extend([log_in("mkovac", "zacetno-geslo-1"), cancel, again])
    assert not session.start()
    assert [e.target_id for e in entries(db, "logout")] == ["mkovac"]


# --- locking -----------------------------------------------------------------------------------------


def open_form_and_person(window):
    """A wizard of a ZZ-1 for Ševčenko Olena and the register page of Kovač Marija."""
    ws = window.workspace
    draft = ws.new_draft("ZZ-1", {"surname": "Ševčenko", "given_name": "Olena"})
    person_id = ws.register.add_person(surname="Kovač", given_name="Marija", status="applicant")
    window.refresh()
    wizard = window.open_draft(draft.id)
    page = window.open_person(person_id)
    assert wizard.isVisible() and page.isVisible()
    return wizard, page


def test_the_session_locks_after_the_idle_time(session, station, answer, db, qtbot):
    ws = open_workspace(db)
    ws.settings.set("lock_after_minutes", "0.015")  # 0.9 s
    ws.close()
    answer.append(log_in())
    assert session.start()
    window = session.window
    assert session.idle.limit_ms == 900
    wizard, page = open_form_and_person(window)

    # input keeps it open: a mouse move every 50 ms for longer than the idle time
    started = time.monotonic()
    while time.monotonic() - started < 1.2:
        QApplication.sendEvent(wizard, QMouseEvent(QEvent.MouseMove, QPoint(5, 5), QPoint(5, 5), Qt.NoButton,
                                                   Qt.NoButton, Qt.NoModifier))
        qtbot.wait(50)
        assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert not wizard.isVisible() and not page.isVisible()
    assert window.stack.currentWidget() is window.lock_screen
    assert not session.idle.active  # no watching while locked
    assert entries(db, "lock")[0].detail == {"reason": "idle"}


def test_ctrl_l_locks_and_the_lock_screen_shows_nothing_of_the_user(session, station, answer, db, qtbot):
    answer.append(log_in())
    assert session.start()
    window = session.window
    wizard, page = open_form_and_person(window)
    wizard.editors["phone"].line.setText("+386 41 555 218")
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    page_before = wizard.currentId()

    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key_L, Qt.ControlModifier)  # in the wizard
    qtbot.waitUntil(lambda: window.locked)
    assert visible_windows(window) == []  # the wizard and the person's page are hidden
    shown = texts_on_screen(window)
    assert "Zaklenjeno" in shown and "Mojca Žagar (admin)" in shown
    for secret in ("Ševčenko", "Olena", "Kovač", "Marija", "555 218", "ZZ-1"):
        assert secret not in shown
    assert not window.table.isVisible() and not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not window.new_action.isEnabled() and not window.lock_action.isEnabled()
    image = window.grab()
    assert not image.isNull()
    assert entries(db, "lock")[0].detail == {"reason": "user"}

    window.lock_screen.password.setText("napačno-geslo-9")
    window.lock_screen.unlock_button.click()
    assert window.locked and "Napačno geslo." in window.lock_screen.message.text()
    assert "Preostali poskusi" in window.lock_screen.message.text()
    assert visible_windows(window) == []
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.unlock_button.click()
    assert not window.locked
    assert wizard.isVisible() and page.isVisible()  # everything back as it was
    assert wizard.currentId() == page_before and wizard.editors["phone"].line.text() == "+386 41 555 218"
    assert window.table.isVisible() and window.menuBar().isVisible() and window.new_action.isEnabled()
    assert window.lock_screen.user_label.text() == ""
    assert session.idle.active
    assert [e.action for e in entries(db, None) if e.action != "login"][:3] == ["unlock", "login_failed", "lock"]


def test_ctrl_l_in_a_modal_dialog_locks_and_cancels_the_dialog(session, station, answer, qtbot):
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QDialog

    answer.append(log_in())
    assert session.start()
    window = session.window
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()  # as a modal question would be (its buttons block the main window)
    QApplication.sendEvent(dialog, QKeyEvent(QEvent.KeyPress, Qt.Key_L, Qt.ControlModifier))
    assert window.locked and not dialog.isVisible()
    assert window.unlock(PASSWORD)
    assert not dialog.isVisible()  # a modal dialog cannot wait hidden: it was cancelled, as with Esc


def test_main_window_alone_locks_with_its_action(qtbot, ui_app, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.lock_action.shortcuts()[0].toString() == "Ctrl+L"
    assert window.lock_action.shortcutContext() == Qt.ApplicationShortcut
    assert window.lock_action in window.menuBar().actions()[-1].menu().actions()
    window.lock_action.trigger()
    assert window.locked
    assert not window.unlock("napačno-geslo-9")
    assert window.unlock(PASSWORD) and not window.locked


def test_switching_user_leaves_nothing_of_the_previous_user(session, station, answer, db, qtbot):
    answer.append(log_in())
    assert session.start()
    old = session.window
    wizard, page = open_form_and_person(old)
    draft_id = wizard.draft_id
    wizard.editors["phone"].line.setText("+386 41 555 218")  # typed just before locking: saved on closing
    old_model = old.model
    old.lock("user")

    answer.append(log_in(OFFICIAL, OFFICIAL_PASSWORD))
    old.lock_screen.switch_button.click()
    qtbot.waitUntil(lambda: session.window is not None and session.window is not old)
    new = session.window
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert not isValid(old) and not isValid(wizard) and not isValid(page)
    assert visible_windows(new) == []  # nothing of the previous session is on screen
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [new]
    assert new.model is not old_model and new.workspace.user == OFFICIAL and new.wizards == {}
    assert "Janez Novak (jnovak), uradna oseba" in new.user_label.text()
    assert new.workspace.drafts.get(draft_id).data["phone"] == "+386 41 555 218"  # nothing typed is lost
    assert [e.target_id for e in entries(db, "logout")] == [ADMIN]
    assert session.quits == []


def test_switching_user_and_giving_up_quits(session, station, answer):
    answer.append(log_in())
    assert session.start()
    session.window.switch_user_action.trigger()
    answer.append(cancel)
    QApplication.processEvents()
    assert session.quits == [True] and session.window is None


# --- roles -------------------------------------------------------------------------------------------


def window_of(qtbot, db, user, password):
    ws = open_workspace(db, user=user, password=password)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    return window


def shown_texts(window) -> set[str]:
    out = set()
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isVisible() and action.text():
                out.add(action.text().replace("&", ""))
    return out


def test_an_official_sees_only_what_the_role_allows(qtbot, ui_app, station, db, monkeypatch):
    warnings = []
    monkeypatch.setattr("app.ui.main_window.QMessageBox.warning", lambda *a, **k: warnings.append(a[2]))
    window = window_of(qtbot, db, OFFICIAL, OFFICIAL_PASSWORD)
    ws = window.workspace
    card = ws.new_draft("ZZ-8", {"surname": "Ševčenko"})
    ws.drafts.save(card.id, {**ws.drafts.get(card.id).data, "serial": "X"})
    window.refresh()
    window.table.selectRow(0)
    shown = shown_texts(window)
    assert {"Nov obrazec", "Natisni…", "Zakleni", "Nastavitve…", "Spremeni geslo…"} <= shown
    for hidden in ("Uporabniški računi…", "Revizijska sled…", "Razveljavi številko izkaznice…", "Šifranti…",
                   "Ponovno odpri za urejanje", "Popravek (nova različica)"):
        assert hidden not in shown
    for action in (window.accounts_action, window.audit_action, window.void_action, window.reopen_action):
        assert not action.isVisible() and not action.isEnabled()
    assert window.open_audit() is None and window.open_accounts() is None  # and the workspace says why
    assert warnings[0].startswith("Za pregled revizijske sledi potrebujete vlogo »nadzornik«")
    window.close()


def test_a_supervisor_sees_the_audit_log_but_not_the_accounts(qtbot, ui_app, station, db, monkeypatch):
    monkeypatch.setattr("app.ui.main_window.QMessageBox.warning", lambda *a, **k: None)
    window = window_of(qtbot, db, SUPERVISOR, SUPERVISOR_PASSWORD)
    shown = shown_texts(window)
    assert "Revizijska sled…" in shown and "Razveljavi številko izkaznice…" in shown
    assert "Uporabniški računi…" not in shown and "Šifranti…" not in shown
    audit = window.open_audit()
    assert isinstance(audit, AuditDialog) and audit.isVisible()
    assert window.open_accounts() is None
    from app.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(window.workspace, window)
    assert settings.lock_after.isReadOnly() and settings.station.isReadOnly()
    window.close()


def test_a_supervisor_voids_a_spoiled_card(qtbot, ui_app, station, db, answer, monkeypatch):
    infos = []
    monkeypatch.setattr("app.ui.main_window.QMessageBox.information", lambda *a, **k: infos.append(a[2]))
    ws = open_workspace(db)
    ws.settings.set("office", "Upravna enota Brežice")
    sample = ws.definition("ZZ-8").sample
    card = ws.new_draft("ZZ-8", {**sample, "serial": None} if "serial" in sample else sample)
    ws.finish(card.id)
    serial = ws.drafts.get(card.id).data["serial"]
    ws.close()
    window = window_of(qtbot, db, SUPERVISOR, SUPERVISOR_PASSWORD)
    window.table.selectRow(window.model.row_of(card.id))
    assert window.void_action.isVisible() and window.void_action.isEnabled()

    def reason(dialog):
        assert serial in dialog.text_label.text()
        assert not dialog.submit() and dialog.message.text() == "Vpišite razlog razveljavitve."
        dialog.reason_edit.setText("napaka pri tisku")
        return dialog.submit()

    answer.append(reason)
    assert window.void_selected() == serial
    assert "je razveljavljena" in infos[0]
    assert window.workspace.drafts.get(card.id).status == "draft"
    window.close()


# --- accounts ----------------------------------------------------------------------------------------


def test_accounts_dialog_adds_resets_changes_and_switches_off(qtbot, ui_app, workspace, answer):
    dialog = AccountsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rows() == [("admin (vi)", "Mojca Žagar", "skrbnik", "dejaven")]
    assert not dialog.off_button.isEnabled()  # not one's own account

    def add(d):
        assert isinstance(d, AddAccountDialog)
        d.username.setText("JNovak")
        d.display_name.setText("Janez Novak")
        d.set_role("official")
        d.passwords.password.setText("jnovak")
        assert "vsaj 10 znakov" in d.message.text()
        assert not d.submit()
        d.passwords.password.setText("prvo-geslo-123")
        d.passwords.repeat.setText("prvo-geslo-123")
        return d.submit()

    def add_again(d):
        d.username.setText("jnovak")
        d.display_name.setText("Janez Drugi")
        d.passwords.password.setText("prvo-geslo-123")
        d.passwords.repeat.setText("prvo-geslo-123")
        assert not d.submit() and "že obstaja" in d.message.text()  # the store's reason, in the dialog
        return False

    answer.extend([add, add_again])
    assert dialog.add().username == "jnovak"
    assert ("jnovak", "Janez Novak", "uradna oseba", "dejaven, mora zamenjati geslo") in dialog.rows()
    assert "je dodan" in dialog.message.text()
    assert dialog.add() is None

    def role(d):
        assert isinstance(d, RoleDialog) and d.role.currentData() == "official"
        d.set_role("supervisor")
        return d.submit()

    dialog.select("jnovak")
    answer.append(role)
    assert dialog.change_role()
    assert workspace.accounts.get("jnovak").role == "supervisor"

    def yes(box):
        assert isinstance(box, QMessageBox) and "Izklopim račun jnovak" in box.text()
        next(b for b in box.buttons() if b.text() == "Izklopi").click()
        return True

    answer.append(yes)
    assert dialog.toggle_active()
    assert ("jnovak", "Janez Novak", "nadzornik", "izklopljen") in dialog.rows()
    assert dialog.off_button.text() == "&Vklopi z novim geslom…"

    def reset(d):
        assert isinstance(d, ResetPasswordDialog) and "izklopljen" in texts_on_screen(d) or True
        d.passwords.password.setText("novo-geslo-456")
        d.passwords.repeat.setText("novo-geslo-456")
        return d.submit()

    answer.append(reset)
    assert dialog.toggle_active()  # on again, with a new password
    account = workspace.accounts.get("jnovak")
    assert account.active and account.must_change_password

    def own_role(d):
        d.set_role("official")
        assert not d.submit()
        assert "edini dejavni skrbnik" in d.message.text()
        return False

    dialog.select("admin")
    answer.append(own_role)
    assert not dialog.change_role()
    assert workspace.role == "administrator"


def test_accounts_dialog_shows_what_the_workspace_refuses(qtbot, ui_app, station, db, answer):
    ws = open_workspace(db, user=SUPERVISOR, password=SUPERVISOR_PASSWORD)
    dialog = AccountsDialog(ws)
    qtbot.addWidget(dialog)

    def add(d):
        d.username.setText("nekdo")
        d.display_name.setText("Nekdo Drug")
        d.passwords.password.setText("prvo-geslo-123")
        d.passwords.repeat.setText("prvo-geslo-123")
        assert not d.submit()
        assert "potrebujete vlogo »skrbnik«" in d.message.text()
        return False

    answer.append(add)
    assert dialog.add() is None
    ws.close()


# --- the audit log -----------------------------------------------------------------------------------


def test_audit_view_pages_filters_and_checks_the_chain(qtbot, ui_app, workspace, monkeypatch):
    person_id = workspace.register.add_person(surname="Kovač", given_name="Marija", status="applicant")
    draft = workspace.new_draft_for_person("ZZ-1", person_id)
    workspace.save(draft.id, {**workspace.drafts.get(draft.id).data, "phone": "+386 41 555 218"})
    for n in range(6):
        workspace.new_draft("ZZ-1", {"surname": f"Oseba{n}"})
    monkeypatch.setattr("app.ui.audit_dialog.PAGE_SIZE", 5)
    dialog = AuditDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dialog.rows()
    assert len(rows) == 5 and dialog.more_button.isEnabled()
    seqs = [e.seq for e in dialog.entries]
    assert seqs == sorted(seqs, reverse=True)  # newest first
    assert all(TIME.match(r[0]) for r in rows)
    assert rows[0][1] == "Mojca Žagar (admin)" and rows[0][2] == "ustvarjeno" and rows[0][3] == "ZZ-1"
    assert re.match(r"^obrazec [0-9a-f]{8}$", rows[0][4])
    total = workspace.audit_head()[0]
    while dialog.load_more():
        pass
    assert len(dialog.rows()) == total and not dialog.more_button.isEnabled()
    changed = [r for r, e in zip(dialog.rows(), dialog.entries) if e.action == "change"]
    assert changed and changed[0][5] == "15. Telefonska številka"  # the label on the form
    assert "555" not in " ".join(" ".join(r) for r in dialog.rows())  # names of fields, never values

    dialog.set_person(person_id)
    assert {e.person_id for e in dialog.entries} == {person_id} and dialog.entries
    assert dialog.person_filter.currentText() == "Kovač Marija"
    dialog.set_person(None)
    dialog.person_search.setText("kova")
    dialog._find_persons()
    assert dialog.person_filter.currentData() == person_id
    dialog.person_search.setText("")
    dialog._find_persons()
    dialog.set_user("nihče")
    dialog.user_filter.setCurrentIndex(dialog.user_filter.findData(ADMIN))
    assert dialog.entries and {e.user for e in dialog.entries} == {ADMIN}

    count, head = workspace.audit_head()
    assert dialog.head_label.text() == f"Veriga: {count} vnosov, glava {head[:16]}"
    assert dialog.check_chain().ok
    assert dialog.check_label.text().startswith("✔ Veriga je nedotaknjena")

    # someone edits an entry behind the app's back: the check names it
    victim = dialog.entries[-3].seq
    workspace.db.execute("DROP TRIGGER audit_log_no_update")
    workspace.db.execute("UPDATE audit_log SET detail = '{}' WHERE seq = ?", [victim])
    workspace.db.conn.commit()
    report = dialog.check_chain()
    assert not report.ok and report.first_broken == victim
    assert dialog.check_label.text().startswith(f"✖ Veriga je pretrgana pri vnosu {victim}:")


# --- temporary files ---------------------------------------------------------------------------------


def test_temporary_files_are_private_and_removed(session, station, answer, monkeypatch, qtbot):
    stale = documents.temp_root() / "session-999999999-abcd"
    stale.mkdir(parents=True)
    (stale / "ZZ-1_Sevcenko.pdf").write_bytes(b"%PDF-1.4 old")
    before = os.environ.get("TMPDIR")
    answer.append(log_in())
    assert session.start()
    assert not stale.exists()  # a killed session's folder is removed at the next start
    folder = documents.session_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    assert os.environ["TMPDIR"] == str(folder)  # Qt's and CUPS's spool files go there too
    import tempfile

    assert Path(tempfile.gettempdir()) == folder

    monkeypatch.setattr("app.ui.documents.QDesktopServices.openUrl", lambda url: True)
    path = Path(documents.open_pdf(b"%PDF-1.4 test", "ZZ-1_Sevcenko_Olena.pdf", session.window))
    assert path.parent == folder and stat.S_IMODE(path.stat().st_mode) == 0o600
    session.window.lock("user")
    assert not path.exists() and folder.is_dir()  # emptied when the session locks
    assert session.window.unlock(PASSWORD)
    path = Path(documents.open_pdf(b"%PDF-1.4 test", "ZZ-1_Sevcenko_Olena.pdf", session.window))
    answer.append(cancel)
    session.window.switch_user_requested.emit()
    qtbot.waitUntil(lambda: session.quits == [True])
    assert not folder.exists()  # removed at logout
    assert os.environ.get("TMPDIR") == before and Path(tempfile.gettempdir()) != folder
