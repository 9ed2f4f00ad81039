"""Rotating the data key (issue 15, item 4): a switched-off user's old key file no longer opens the live
database; a rotation killed at any point leaves a database that opens with the old or the new key, and the
next login finishes or forgets it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.store.db import WrongKey, connect
from app.store.vault import Vault
from ws_helpers import ADMIN, FAST_KDF, PASSWORD, login_again, new_workspace

ROOT = Path(__file__).resolve().parents[1]
ANA, ANA_PASSWORD = "ana", "prvo-geslo-ane-1"


def _opens(path, key: bytes) -> bool:
    try:
        connect(path, key).close()
        return True
    except WrongKey:
        return False


def test_an_old_key_file_and_old_password_no_longer_open_the_live_database(tmp_path):
    path = tmp_path / "priloga.sqlite3"
    ws = new_workspace(path)
    ws.add_account(ANA, "Ana Novak", "official", ANA_PASSWORD)
    saved = tmp_path / "stara-kopija.keys"
    shutil.copy2(ws.vault.path, saved)  # e.g. the key file beside an old backup
    old_key = Vault(saved.with_name("stara-kopija")).open(ANA, ANA_PASSWORD).key
    assert old_key == ws._key and _opens(path, old_key)  # before: her old key file opens the live database

    messages = []
    ws.set_active(ANA, False, progress=messages.append)
    assert len(messages) >= 2 and "šifriram" in messages[0] and "zamenjan" in messages[-1]
    person = ws.register.add_person(surname="Dodana po izklopu", given_name="Olena")
    assert ANA not in ws.vault.usernames()
    ws.close()

    # the attacker: the old key file in place of the current one, Ana's old password
    attack = tmp_path / "napad"
    attack.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if Path(str(path) + suffix).exists():
            shutil.copy2(str(path) + suffix, str(attack / "priloga.sqlite3") + suffix)
    shutil.copy2(saved, attack / "priloga.sqlite3.keys")
    stolen = Vault(attack / "priloga.sqlite3").open(ANA, ANA_PASSWORD).key
    assert not _opens(attack / "priloga.sqlite3", stolen)
    with pytest.raises(Exception) as refused:
        from app.workspace import login

        login(attack / "priloga.sqlite3", ANA, ANA_PASSWORD, kdf=FAST_KDF)
    assert "ni mogoče odpreti" in str(refused.value) or "izklopljen" in str(refused.value)
    raw = b"".join(p.read_bytes() for p in attack.iterdir() if p.name.startswith("priloga.sqlite3"))
    assert "Dodana po izklopu".encode() not in raw

    ws = login_again(path)  # the others still log in, and everything is there
    assert ws.register.get(person)["surname"] == "Dodana po izklopu"
    assert ws.audit_check().ok
    rotated = [e for e in ws.audit_entries(action="key") if e.target == "data_key"]
    assert rotated and rotated[0].detail["reason"] == "account_off"
    ws.close()


def test_a_rotation_by_hand_keeps_every_active_account(tmp_path):
    path = tmp_path / "priloga.sqlite3"
    ws = new_workspace(path)
    ws.add_account(ANA, "Ana Novak", "official", ANA_PASSWORD)
    before = ws._key
    done = ws.rotate_key()
    assert done.removed == () and ws._key != before and done.pages > 0
    ws.close()
    assert not _opens(path, before)
    ana = login_again(path, ANA, ANA_PASSWORD)
    assert ana._key != before
    ana.close()


def test_an_account_from_before_the_key_pairs_is_left_out_and_named(tmp_path):
    """A user who has not logged in since the key pairs came cannot be sealed for (nobody knows their
    password): the rotation names them, an administrator gives them a new password."""
    import base64
    import json

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from app.store.vault import FORMAT, _checksum, derive

    path = tmp_path / "priloga.sqlite3"
    ws = new_workspace(path)
    ws.add_account(ANA, "Ana Novak", "official", ANA_PASSWORD)
    data = json.loads(ws.vault.path.read_text("utf-8"))
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = derive(ANA_PASSWORD, salt, FAST_KDF)
    data["users"][ANA] = {"kdf": "argon2id", "memory_kib": FAST_KDF.memory_kib, "time_cost": FAST_KDF.time_cost,
                          "parallelism": FAST_KDF.parallelism, "salt": base64.b64encode(salt).decode(),
                          "nonce": base64.b64encode(nonce).decode(), "wrapped": base64.b64encode(
                              AESGCM(kek).encrypt(nonce, ws._key, f"{FORMAT}:{ANA}".encode())).decode()}
    data.pop("check")
    data["check"] = _checksum(data)
    ws.vault.path.write_text(json.dumps(data), "utf-8")
    done = ws.rotate_key()
    assert done.removed == (ANA,)
    ws.reset_password(ANA, "novo-geslo-za-ano-2")
    ws.close()
    login_again(path, ANA, "novo-geslo-za-ano-2").close()


_CHILD = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    from ws_helpers import login_again
    stop_at = int(sys.argv[2])
    ws = login_again(sys.argv[1])
    seen = []
    def progress(message):
        seen.append(message)
        print(message, flush=True)
        if len(seen) == stop_at:
            os.kill(os.getpid(), signal.SIGKILL)
    ws.rotate_key(progress=progress)
    print("DONE", flush=True)
""")


def _station_with_persons(path: Path, count: int) -> bytes:
    ws = new_workspace(path)
    with ws.db.batch():
        for i in range(count):
            ws.register.add_person(surname=f"Priimek{i}", given_name="Ime", birth_date="1980-01-01")
    key = ws._key
    ws.close()
    return key


def _run_child(path: Path, stop_at: int, kill_after: float | None = None) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = _CHILD.format(tests=str(ROOT / "tests"))
    child = subprocess.Popen([sys.executable, "-c", script, str(path), str(stop_at)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, text=True)
    first = ""
    if kill_after is not None:  # counted from the first message: the re-encryption starts right after it
        first = child.stdout.readline()
        time.sleep(kill_after)
        child.send_signal(signal.SIGKILL)
    out, _err = child.communicate(timeout=120)
    return first + out


def _after_crash(path: Path, old_key: bytes, persons: int) -> str:
    """The database opens with exactly one of the keys the key file holds; a login completes or forgets the
    rotation; nothing is lost; the chain is intact. Returns which key the database had ("old"/"new")."""
    data = Vault(path).open(ADMIN, PASSWORD)
    keys = [k for k in (data.key, data.pending) if k is not None]
    opening = [k for k in keys if _opens(path, k)]
    assert len(opening) == 1, "the database must open with the old or the new key, from the key file"
    which = "old" if opening[0] == old_key else "new"
    ws = login_again(path)
    assert ws.db.execute("SELECT count(*) FROM persons").fetchone()[0] == persons
    assert ws.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert ws.audit_check().ok
    after = Vault(path).open(ADMIN, PASSWORD)
    assert after.pending is None and after.key == ws._key
    assert (ws._key == old_key) == (which == "old")
    ws.close()
    return which


@pytest.mark.parametrize("stop_at", [1, 2, 3])
def test_a_rotation_killed_at_each_step_leaves_a_database_that_opens(tmp_path, stop_at):
    """Killed after the new key was sealed beside the old (1), after the database was re-encrypted but before
    the key file was finished (2), after the key file was finished (3)."""
    path = tmp_path / "priloga.sqlite3"
    old_key = _station_with_persons(path, 200)
    out = _run_child(path, stop_at)
    assert "DONE" not in out
    which = _after_crash(path, old_key, 200)
    assert which == ("old" if stop_at == 1 else "new")


def test_a_rotation_killed_during_the_re_encryption_leaves_a_database_that_opens(tmp_path):
    """SIGKILL at several moments while SQLCipher rewrites the pages (a 10,000-person database)."""
    path = tmp_path / "base.sqlite3"
    old_key = _station_with_persons(path, 10_000)
    outcomes = []
    for delay in (0.0, 0.15, 0.3, 0.45, 0.55, 0.65, 0.8):
        folder = tmp_path / f"kill-{delay}"
        folder.mkdir()
        target = folder / "priloga.sqlite3"
        for suffix in ("", "-wal", ".keys", ".anchor"):
            if Path(str(path) + suffix).exists():
                shutil.copy2(str(path) + suffix, str(target) + suffix)
        out = _run_child(target, 99, kill_after=delay)
        assert "šifriram" in out
        outcomes.append(("done " if "DONE" in out else "") + _after_crash(target, old_key, 10_000))
    print(f"\nrekey kills: {outcomes}")
    assert set(outcomes) <= {"old", "new", "done new"} and "old" in outcomes


def test_rotation_time_on_a_10000_person_database(tmp_path, capsys):
    path = tmp_path / "priloga.sqlite3"
    _station_with_persons(path, 10_000)
    ws = login_again(path)
    messages = []
    started = time.monotonic()
    done = ws.rotate_key(progress=messages.append)
    total = time.monotonic() - started
    ws.close()
    with capsys.disabled():
        print(f"\nrekey of 10,000 persons: {done.pages} pages, re-encryption {done.seconds:.2f} s, "
              f"whole rotation {total:.2f} s; messages: {messages}")
    assert done.seconds < 30 and len(messages) >= 2


def test_the_accounts_dialog_rotates_the_key_for_an_administrator(tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.accounts_dialog import AccountsDialog

    QApplication.instance() or QApplication([])
    path = tmp_path / "priloga.sqlite3"
    ws = new_workspace(path)
    before = ws._key
    asked = []

    def confirm(box):
        asked.append(box.text())
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Zamenjaj ključ").click()
        return True

    monkeypatch.setattr("app.ui.dialogs.run_dialog", confirm)
    dialog = AccountsDialog(ws)
    qtbot.addWidget(dialog)
    assert dialog.rekey_button.isEnabled()
    assert dialog.rotate_key()
    assert asked and "novim ključem" in asked[0]
    assert "Ključ je zamenjan" in dialog.message.text()
    assert ws._key != before and not _opens(path, before)
    ws.close()


def test_a_box_key_planted_in_the_key_file_is_never_sealed_to(tmp_path):
    """Before being switched off, Ana (who can write the key file) puts a key of her own in Bojan's entry,
    hoping the next key is sealed to it. The rotation seals only to keys the signed audit trail vouches for:
    Bojan is left out (and named), Ana gets nothing."""
    import json

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from app.store import audit
    from app.store.vault import _checksum, unseal

    path = tmp_path / "priloga.sqlite3"
    ws = new_workspace(path)
    ws.add_account(ANA, "Ana Novak", "official", ANA_PASSWORD)
    ws.add_account("bojan", "Bojan Kos", "official", "prvo-geslo-bojana-1")
    planted = X25519PrivateKey.generate()
    data = json.loads(ws.vault.path.read_text("utf-8"))
    data["users"]["bojan"]["box_public"] = audit.public_text(planted)
    data.pop("check")
    data["check"] = _checksum(data)
    ws.vault.path.write_text(json.dumps(data), "utf-8")

    ws.set_active(ANA, False)
    after = json.loads(ws.vault.path.read_text("utf-8"))
    assert "bojan" not in after["users"] and ANA not in after["users"]
    for name, entry in after["users"].items():
        with pytest.raises(Exception):
            unseal(entry["sealed"], planted, name)
    assert set(audit.vouched_box_keys(ws.db)) >= {ADMIN, "bojan"}
    ws.reset_password("bojan", "novo-geslo-bojana-2")  # the administrator gives him a new password
    ws.close()
    login_again(path, "bojan", "novo-geslo-bojana-2").close()
