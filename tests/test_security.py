"""Accounts, the key file, encryption at rest, roles and the audit trail."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import sqlite3

import pytest
from PIL import Image

from app.engine.roles import GRANTS, PERMISSIONS, NotAllowed, can
from app.store import audit
from app.store.db import WrongKey, encrypt_existing, is_plain, open_store
from app.store.vault import (KDF_MEMORY_KIB, KDF_PARALLELISM, KDF_TIME_COST, LOCKOUT_AFTER, BadCredentials, KdfParams,
                             LockedOut, NoVault, Vault, WeakPassword)
from app.workspace import AccountDisabled, first_start, login
from ws_helpers import ADMIN, FAST_KDF, PASSWORD, new_workspace, other_connection

NAME = "Ševčenko"
CYRILLIC = "Шевченко"
EMSO = "1403988505125"


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (413, 531), (200, 180, 160)).save(out, "JPEG")
    return out.getvalue()


def _raw(path) -> bytes:
    """Every byte the station keeps on disk: database, WAL, key file."""
    data = b""
    for suffix in ("", "-wal", "-shm", ".keys"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            data += candidate.read_bytes()
    return data


# --- passwords and the key file ---------------------------------------------------------------------

def test_argon2id_parameters_are_at_least_owasps():
    # OWASP Password Storage Cheat Sheet: argon2id with m=19 MiB, t=2, p=1 at least (or equivalents with
    # more memory and fewer passes); ours is RFC 9106's second recommendation: 64 MiB, t=3, p=4
    assert KDF_MEMORY_KIB >= 19 * 1024 and KDF_TIME_COST >= 2 and KDF_PARALLELISM >= 1
    assert KdfParams() == KdfParams(65536, 3, 4)


def test_the_key_file_holds_wrapped_keys_with_real_parameters(tmp_path):
    ws = first_start(tmp_path / "p.sqlite3", "Ana", "dolgo-geslo-9", "Ana Novak")  # the real parameters
    entry = json.loads(ws.vault.path.read_text("utf-8"))["users"]["ana"]
    assert entry["kdf"] == "argon2id" and entry["memory_kib"] == 65536 and entry["time_cost"] == 3
    assert ws._key.hex() not in ws.vault.path.read_text("utf-8")
    ws.close()
    again = login(tmp_path / "p.sqlite3", "ANA ", "dolgo-geslo-9")  # user names ignore case and spaces
    assert again.user == "ana" and again.role == "administrator"
    again.close()


def test_wrong_password_and_unknown_user_get_the_same_answer(tmp_path):
    new_workspace(tmp_path / "p.sqlite3").close()
    with pytest.raises(BadCredentials) as wrong:
        login(tmp_path / "p.sqlite3", ADMIN, "napačno-geslo", kdf=FAST_KDF)
    with pytest.raises(BadCredentials) as unknown:
        login(tmp_path / "p.sqlite3", "nihče", "napačno-geslo", kdf=FAST_KDF)
    assert str(wrong.value).split(".")[0] == str(unknown.value).split(".")[0] == "Napačno uporabniško ime ali geslo"


def test_lockout_with_back_off_and_the_failures_reach_the_audit_trail(tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite3"
    new_workspace(path).close()
    for _ in range(LOCKOUT_AFTER - 1):
        with pytest.raises(BadCredentials):
            login(path, ADMIN, "napačno", kdf=FAST_KDF)
    with pytest.raises(LockedOut) as first:
        login(path, ADMIN, "napačno", kdf=FAST_KDF)
    assert "zaklenjen še" in str(first.value)
    with pytest.raises(LockedOut):  # even the right password waits
        login(path, ADMIN, PASSWORD, kdf=FAST_KDF)
    first_lock = first.value.until

    import app.store.vault as vault_module

    later = first_lock + dt.timedelta(seconds=1)
    monkeypatch.setattr(vault_module, "_utcnow", lambda: later)
    with pytest.raises(LockedOut) as second:  # one more failure after the lock: twice as long
        login(path, ADMIN, "napačno", kdf=FAST_KDF)
    assert (second.value.until - later).total_seconds() == pytest.approx(60, abs=1)
    monkeypatch.setattr(vault_module, "_utcnow", lambda: second.value.until + dt.timedelta(seconds=1))
    ws = login(path, ADMIN, PASSWORD, kdf=FAST_KDF)
    actions = [e.action for e in ws.audit_entries(limit=20)]
    # the attempt refused while locked is recorded too (+1)
    assert actions.count("login_failed") == LOCKOUT_AFTER + 2 and actions.count("lockout") == 2
    assert actions[0] == "login"
    ws.close()


def test_no_key_file_asks_for_the_first_start(tmp_path):
    with pytest.raises(NoVault, match="prvega skrbnika"):
        login(tmp_path / "p.sqlite3", ADMIN, PASSWORD)


def test_weak_passwords_are_refused_with_the_rule(tmp_path):
    with pytest.raises(WeakPassword, match="vsaj 10 znakov"):
        first_start(tmp_path / "p.sqlite3", "ana", "kratko", "Ana Novak", kdf=FAST_KDF)
    with pytest.raises(WeakPassword, match="uporabniškemu imenu"):
        first_start(tmp_path / "p.sqlite3", "ana.novak.1", "Ana.Novak.1", "Ana Novak", kdf=FAST_KDF)
    assert not Vault(tmp_path / "p.sqlite3").exists()  # a failed first start leaves no key file behind


# --- encryption at rest -----------------------------------------------------------------------------

def test_raw_files_hold_no_name_emso_or_jpeg(workspace, sample):
    person = workspace.register.add_person(surname=NAME, given_name="Olena", emso=EMSO, birth_date="1988-03-14")
    workspace.register.set_photo(person, _jpeg())
    draft = workspace.new_draft_for_person("ZZ-1", person)
    workspace.save(draft.id, {**sample, "surname": CYRILLIC, "emso": EMSO})
    workspace.attach_photo(draft.id, _jpeg(), data=workspace.drafts.get(draft.id).data)
    workspace.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    raw = _raw(workspace.path)
    assert len(raw) > 100_000
    # the JPEG's own first 16 bytes (its header): the 3-byte start-of-image marker alone turns up by chance in
    # a few hundred KB of random-looking ciphertext about once in fifty runs
    for needle in (NAME.encode(), CYRILLIC.encode(), "Sevcenko".encode(), EMSO.encode(), _jpeg()[:16],
                   b"JFIF", b"SQLite format 3", b"Olena", sample["birth_place"].encode()):
        assert needle not in raw, needle
    assert not is_plain(workspace.path)


def test_a_wrong_key_opens_nothing(workspace):
    workspace.register.add_person(surname=NAME, given_name="Olena")
    with pytest.raises(WrongKey, match="Obnovite"):
        open_store(workspace.path, b"\x01" * 32)
    with pytest.raises(Exception):
        sqlite3.connect(workspace.path).execute("SELECT * FROM persons").fetchall()


def test_changing_a_password_rewraps_the_key_and_does_not_touch_the_database(tmp_path):
    path = tmp_path / "p.sqlite3"
    ws = new_workspace(path)
    ws.register.add_person(surname=NAME, given_name="Olena")
    ws.close()
    ws = login(path, ADMIN, PASSWORD)
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    ws.vault.kdf = FAST_KDF
    ws.change_password(PASSWORD, "novo-dolgo-geslo")
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    ws = login(path, ADMIN, "novo-dolgo-geslo")
    assert ws.register.search("sevc")[0].name.startswith(NAME)
    ws.close()
    with pytest.raises(BadCredentials):
        login(path, ADMIN, PASSWORD)
    assert before  # the page holding the person is unchanged: only audit pages were added
    raw = path.read_bytes()
    assert raw[:16] != b"SQLite format 3\0"


def test_an_administrator_resets_a_password_without_losing_data(tmp_path):
    path = tmp_path / "p.sqlite3"
    admin = new_workspace(path)
    admin.vault.kdf = FAST_KDF
    admin.add_account("Marko", "Marko Horvat", "official", "prvo-geslo-123")
    admin.close()
    marko = login(path, "marko", "prvo-geslo-123")
    assert marko.account.must_change_password
    marko.vault.kdf = FAST_KDF
    marko.change_password("prvo-geslo-123", "markovo-geslo-1")
    person = marko.register.add_person(surname=NAME, given_name="Olena")
    marko.close()
    # Marko forgets his password; the administrator gives him a new one
    admin = login(path, ADMIN, PASSWORD)
    admin.vault.kdf = FAST_KDF
    admin.reset_password("marko", "zacasno-geslo-7")
    admin.close()
    marko = login(path, "marko", "zacasno-geslo-7")
    assert marko.account.must_change_password and marko.register.get(person)["surname"] == NAME
    marko.close()


def test_a_switched_off_account_unlocks_nothing(tmp_path):
    path = tmp_path / "p.sqlite3"
    admin = new_workspace(path)
    admin.vault.kdf = FAST_KDF
    admin.add_account("marko", "Marko Horvat", "official", "prvo-geslo-123")
    admin.set_active("marko", False)
    with pytest.raises(Exception, match="Svojega računa"):
        admin.set_active(ADMIN, False)
    admin.close()
    with pytest.raises(BadCredentials):  # the key is no longer wrapped for him
        login(path, "marko", "prvo-geslo-123")


def test_an_unencrypted_database_of_an_earlier_version_is_encrypted_at_first_start(tmp_path):
    path = tmp_path / "old.sqlite3"
    plain = open_store(path)  # as the version before encryption kept it
    from app.store.register import Register

    Register(plain).add_person(surname=NAME, given_name="Olena", emso=EMSO)
    plain.conn.close()
    assert is_plain(path) and NAME.encode() in _raw(path)
    ws = first_start(path, ADMIN, PASSWORD, "Mojca Žagar", kdf=FAST_KDF)
    assert [p.name for p in ws.register.search("sevc")] and not is_plain(path)
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert NAME.encode() not in _raw(path) and EMSO.encode() not in _raw(path)
    ws.close()


def test_encrypt_existing_leaves_an_encrypted_file_alone(tmp_path):
    ws = new_workspace(tmp_path / "p.sqlite3")
    ws.close()
    assert encrypt_existing(tmp_path / "p.sqlite3", b"\x02" * 32) is False


# --- roles ------------------------------------------------------------------------------------------

def test_roles_grow_official_supervisor_administrator():
    assert GRANTS["official"] < GRANTS["supervisor"] < GRANTS["administrator"]
    assert {"fill", "sign", "print"} <= GRANTS["official"]
    assert {"void", "correct_signed", "audit"} <= GRANTS["supervisor"] - GRANTS["official"]
    assert {"accounts", "codelists", "retention_settings"} <= GRANTS["administrator"] - GRANTS["supervisor"]
    assert set().union(*GRANTS.values()) == set(PERMISSIONS)
    assert not can("official", "void") and can("supervisor", "void")


def _station_with(tmp_path, role):
    path = tmp_path / "p.sqlite3"
    admin = new_workspace(path)
    admin.vault.kdf = FAST_KDF
    admin.add_account("uporabnik", "Janez Štrukelj", role, "prvo-geslo-123")
    admin.close()
    return login(path, "uporabnik", "prvo-geslo-123")


def test_an_official_fills_signs_and_prints_but_may_not_void_correct_or_see_the_audit(tmp_path):
    ws = _station_with(tmp_path, "official")
    draft = ws.new_draft("ZZ-8")
    assert ws.drafts.get(draft.id).data.get("official", "Janez Štrukelj") == "Janez Štrukelj"
    for call in (lambda: ws.void_card(draft.id, "pokvarjena"), lambda: ws.correct(draft.id),
                 lambda: ws.reopen(draft.id),
                 lambda: ws.audit_entries(), lambda: ws.audit_check(),
                 lambda: ws.add_account("x", "X Y", "official", "prvo-geslo-123"),
                 lambda: ws.set_station(office="PP Brežice")):
        with pytest.raises(NotAllowed, match="potrebujete vlogo"):
            call()
    ws.close()


def test_a_supervisor_sees_the_audit_but_manages_no_accounts(tmp_path):
    ws = _station_with(tmp_path, "supervisor")
    assert ws.audit_check().ok
    with pytest.raises(NotAllowed, match="skrbnik"):
        ws.set_role("admin", "official")
    ws.close()


def test_the_last_administrator_cannot_be_demoted(workspace):
    with pytest.raises(Exception, match="edini dejavni skrbnik"):
        workspace.set_role(ADMIN, "official")


def test_the_official_printed_on_forms_is_the_logged_in_account(tmp_path):
    ws = _station_with(tmp_path, "official")
    assert ws.settings.official == "Janez Štrukelj"
    ws.set_display_name("Janez  Štrukelj ml.")
    assert ws.settings.official == "Janez Štrukelj ml." and ws.accounts.get("uporabnik").display_name == ws.settings.official
    ws.close()


# --- the audit trail --------------------------------------------------------------------------------

def test_every_change_is_recorded_with_field_names_and_no_values(workspace, sample):
    person = workspace.register.add_person(surname=NAME, given_name="Olena", emso=EMSO)
    draft = workspace.new_draft_for_person("ZZ-1", person)
    workspace.save(draft.id, {**workspace.drafts.get(draft.id).data, "surname": CYRILLIC, "email": "olena@example.si"})
    workspace.save(draft.id, {**workspace.drafts.get(draft.id).data, "surname": CYRILLIC})  # nothing changed
    entries = workspace.audit_entries(limit=50)
    change = entries[0]
    assert change.action == "change" and change.user == ADMIN and change.form_code == "ZZ-1"
    assert change.detail == {"fields": ["email", "surname"]} and change.person_id == person
    assert change.station_id == workspace.settings.station_id
    assert [e.action for e in entries[:3]] == ["change", "create", "register"]
    log = json.dumps([e.__dict__ for e in entries], ensure_ascii=False)
    for value in (NAME, CYRILLIC, EMSO, "olena@example.si", "Olena"):
        assert value not in log


def test_the_log_is_append_only(workspace):
    workspace.register.add_person(surname=NAME, given_name="Olena")
    for sql in ("UPDATE audit_log SET user = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="revizijsk"):
            workspace.db.execute(sql)


def test_a_changed_or_removed_entry_breaks_the_chain_at_that_entry(workspace):
    for i in range(5):
        workspace.register.add_person(surname=f"{NAME}{i}", given_name="Olena")
    assert workspace.audit_check().ok
    count, head = workspace.audit_head()
    assert count == workspace.audit_check().entries and head == workspace.audit_check().head
    seqs = [e.seq for e in reversed(workspace.audit_entries(limit=100))]
    other = other_connection(workspace)  # someone with the key and a SQLite shell
    other.execute("DROP TRIGGER audit_log_no_update")
    other.execute("UPDATE audit_log SET user = 'nekdo' WHERE seq = ?", [seqs[3]])
    report = workspace.audit_check()
    assert report.first_broken == seqs[3] and "spremenjen" in report.reason
    other.execute("UPDATE audit_log SET user = 'admin' WHERE seq = ?", [seqs[3]])
    other.execute("DROP TRIGGER audit_log_no_delete")
    other.execute("DELETE FROM audit_log WHERE seq = ?", [seqs[2]])
    report = workspace.audit_check()
    assert report.first_broken == seqs[3] and "izbrisan" in report.reason
    other.close()


def test_issue_print_export_and_void_are_recorded(workspace):
    from app.store.printing import PrintItem

    data = dict(workspace.definition("ZZ-8").sample)
    data.pop("serial")
    draft = workspace.new_draft("ZZ-8", data)
    workspace.finish(draft.id)
    serial = workspace.drafts.get(draft.id).data["serial"]
    workspace.print_log.record("PrilogaPDF", [PrintItem("card", draft.id)], pages=1)
    workspace.exported(draft.id)
    workspace.void_card(draft.id, "pokvarjena kartica")
    entries = workspace.audit_entries(limit=20)
    actions = [e.action for e in entries]
    assert actions[:4] == ["change", "reopen", "void", "export"]
    assert {"create", "issue_serial", "finish", "print"} <= set(actions)
    assert [e.target_id for e in entries if e.action in ("issue_serial", "void")] == [serial, serial]
    assert "pokvarjena" not in json.dumps([e.__dict__ for e in entries], ensure_ascii=False)


def test_cli_audit_check_and_roles(tmp_path, capsys, monkeypatch):
    from app.cli import main

    path = tmp_path / "p.sqlite3"
    admin = new_workspace(path)
    admin.vault.kdf = FAST_KDF
    admin.add_account("marko", "Marko Horvat", "official", "prvo-geslo-123")
    admin.register.add_person(surname=NAME, given_name="Olena")
    admin.close()
    assert main(["--db", str(path), "audit-check"]) == 0
    assert "veriga nedotaknjena" in capsys.readouterr().out
    monkeypatch.setenv("PRILOGA_USER", "marko")
    monkeypatch.setenv("PRILOGA_PASSWORD", "prvo-geslo-123")
    assert main(["--db", str(path), "audit"]) == 2  # a first password opens only its own change
    assert "priloga password" in capsys.readouterr().err
    monkeypatch.setenv("PRILOGA_NEW_PASSWORD", "markovo-geslo-456")
    assert main(["--db", str(path), "password"]) == 0
    monkeypatch.setenv("PRILOGA_PASSWORD", "markovo-geslo-456")
    assert main(["--db", str(path), "audit"]) == 2
    assert "potrebujete vlogo »nadzornik«" in capsys.readouterr().err
    monkeypatch.setenv("PRILOGA_PASSWORD", "napačno-geslo")
    assert main(["--db", str(path), "drafts"]) == 2
    assert "Napačno uporabniško ime ali geslo" in capsys.readouterr().err


def test_only_the_user_may_read_the_files(workspace):
    import stat

    workspace.register.add_person(surname=NAME, given_name="Olena")
    for suffix in ("", "-wal", ".keys"):
        mode = stat.S_IMODE(workspace.path.with_name(workspace.path.name + suffix).stat().st_mode)
        assert mode & 0o077 == 0, (suffix, oct(mode))
