"""Backups and restore: encrypted copies with their key file, kept N, restored on real backups."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.store.backup import (BackupDamaged, BackupFolderError, BackupNoSpace, DatabaseInUse, RestoreRefused,
                              check_copy, list_backups, restore_backup)
from app.store import DraftNotFound
from app.store.db import SQLITE_HEADER, WrongKey, connect
from app.store.vault import Vault
from ws_helpers import ADMIN, FAST_KDF, PASSWORD, new_workspace

EMSO = "1403988505189"
SUPERVISOR, SUPERVISOR_PASSWORD = "nadzornik", "nadzornik-geslo-1"
T0 = dt.datetime(2025, 9, 20, 8, 0, 0)


def _jpeg(color=(120, 160, 200)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (600, 800), color).save(out, "JPEG")
    return out.getvalue()


def _fill(ws, sample: dict, drafts: int = 3) -> dict:
    """Persons with documents and a family, drafts (one with a photo), and the audit entries they write."""
    reg = ws.register
    olena = reg.add_person(surname="Ševčenko", given_name="Olena", birth_date="1988-03-14", sex="Z", emso=EMSO,
                           citizenship="UKR", address_abroad="вул. Сумська 25, Харків")
    marija = reg.add_person(surname="Ševčenko", given_name="Marija", birth_date="2018-06-01", sex="Z")
    reg.link(olena, marija, "hči", "accompanying", reverse_relationship="mati")
    reg.add_document(olena, doc_type="potni list", doc_number="FX 418 207", issued_on="2019-06-04")
    ids = [ws.new_draft_for_person("ZZ-1", olena).id]
    for _ in range(drafts - 1):
        ids.append(ws.new_draft("ZZ-1", dict(sample)).id)
    ws.attach_photo(ids[0], _jpeg())
    return {"olena": olena, "marija": marija, "drafts": ids}


def _content(path: Path, key: bytes) -> dict:
    """Every table's rows except the audit trail (which a restore and a login extend)."""
    conn = connect(path, key)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'audit_log' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}
    finally:
        conn.close()


def _snapshot(*folders: Path) -> dict:
    """Every file under the folders with its SHA-256 (to show that nothing changed)."""
    out = {}
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture
def station(tmp_path, sample):
    """A station with a supervisor, persons, drafts, a photo and audit entries."""
    ws = new_workspace(tmp_path / "station" / "priloga.sqlite3")
    ws.add_account(SUPERVISOR, "Nina Nadzornik", "supervisor", SUPERVISOR_PASSWORD)
    ws.add_account("uradnik", "Urban Uradnik", "official", "uradnik-geslo-1")
    ws.made = _fill(ws, sample)
    yield ws
    if ws._key:
        ws.close()


def _login(path, user=ADMIN, password=PASSWORD):
    from app.workspace import login

    return login(path, user, password, kdf=FAST_KDF)


# --- backup ----------------------------------------------------------------------------------------
def test_backup_is_an_encrypted_checked_copy_with_its_key_file(station):
    photo = station.drafts.photo(station.made["drafts"][0])[0]
    before = _content(station.path, station._key)
    path = station.backup()

    folder = station.path.parent / "backups"
    assert path.parent == folder and path.name.startswith("priloga-") and path.name.endswith("-manual.sqlite3")
    keys = Path(str(path) + ".keys")
    assert keys.read_bytes() == station.vault.path.read_bytes()
    assert (folder.stat().st_mode & 0o777) == 0o700
    assert (path.stat().st_mode & 0o777) == 0o600 and (keys.stat().st_mode & 0o777) == 0o600
    anchor = Path(str(path) + ".anchor")  # the audit trail's head at the copy (app.store.anchor)
    assert (anchor.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == [path.name, anchor.name, keys.name]  # no temporary files left

    raw = path.read_bytes()
    assert raw[:16] != SQLITE_HEADER
    plain_copy = path.with_name("plain-control.sqlite3")  # the same data unencrypted shows every probe below
    conn = connect(station.path, station._key)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", [str(plain_copy)])
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.close()
    control = plain_copy.read_bytes()
    plain_copy.unlink()
    for plain in ("Ševčenko".encode(), "Сумська".encode(), EMSO.encode(), b"FX 418 207", photo[:32], b"JFIF\0",
                  b"CREATE TABLE"):
        assert plain in control and plain not in raw
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(WrongKey):
        connect(path, os.urandom(32))
    check_copy(path, station._key)

    # the copy holds everything, and its key file opens it with the passwords of its time
    assert Vault(path).unlock(SUPERVISOR, SUPERVISOR_PASSWORD) == station._key
    assert _content(path, station._key) == before
    entry = station.audit_entries(action="backup")[0]
    assert entry.target == "file" and entry.user == ADMIN
    assert entry.detail == {"reason": "manual", "name": path.name, "bytes": path.stat().st_size, "removed": 0}
    assert station.audit_check().ok

    info = list_backups(folder)
    assert [(i.name, i.reason, i.size, i.has_keys) for i in info] == [(path.name, "manual", len(raw), True)]


def test_keep_the_newest_n_and_names_never_collide(station):
    folder = station.path.parent / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup")
    station.settings.set("backup_keep", "3")
    made = [station.backup(reason="schedule", now=T0 + dt.timedelta(hours=i)) for i in range(5)]
    same_second = station.backup(reason="schedule", now=T0 + dt.timedelta(hours=4))
    assert same_second.name.endswith("-schedule-2.sqlite3") and same_second != made[-1]

    names = [i.name for i in list_backups(folder)]
    assert names == [same_second.name, made[4].name, made[3].name]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        names + [n + ".keys" for n in names] + [n + ".anchor" for n in names] + ["notes.txt"])
    assert station.audit_entries(action="backup")[0].detail["removed"] == 1
    # an explicit keep wins over the setting
    station.backup(keep=1, reason="exit", now=T0 + dt.timedelta(hours=5))
    assert [i.reason for i in list_backups(folder)] == ["exit"]


def test_manual_backup_needs_the_right_scheduled_and_exit_do_not(station):
    from app.engine.roles import NotAllowed

    path = station.path
    station.close()
    official = _login(path, "uradnik", "uradnik-geslo-1")
    try:
        with pytest.raises(NotAllowed):
            official.backup()
        assert official.backup(reason="exit").name.endswith("-exit.sqlite3")
    finally:
        official.close()


def test_backup_folder_setting_and_due(station, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    station.settings.set("backup_folder", str(usb / "Priloga"))
    assert station.backup_due()
    path = station.backup(reason="schedule", now=T0)
    assert path.parent == usb / "Priloga" and (path.parent.stat().st_mode & 0o777) == 0o700
    assert not station.backup_due(now=T0 + dt.timedelta(hours=3, minutes=59))
    assert station.backup_due(now=T0 + dt.timedelta(hours=4))
    station.settings.set("backup_every_hours", "1")
    assert station.backup_due(now=T0 + dt.timedelta(hours=1))
    station.settings.set("backup_every_hours", "0")
    assert not station.backup_due(now=T0 + dt.timedelta(days=30))

    # a folder on a disk that is not there is not made on the local disk
    station.settings.set("backup_folder", str(tmp_path / "unplugged" / "Priloga"))
    with pytest.raises(BackupFolderError, match="ni dosegljiva"):
        station.backup()
    assert not (tmp_path / "unplugged").exists()
    assert station.audit_entries(action="backup")[0].detail == {"reason": "manual", "failed": "BackupFolderError"}
    # a file where the folder should be
    (tmp_path / "file").write_text("x")
    with pytest.raises(BackupFolderError):
        station.backup(folder=tmp_path / "file")


# --- restore ---------------------------------------------------------------------------------------
def test_restore_into_a_fresh_path(station, tmp_path):
    before = _content(station.path, station._key)
    photo = station.drafts.photo(station.made["drafts"][0])
    backup = station.backup()
    station.close()

    target = tmp_path / "new-computer" / "data" / "priloga.sqlite3"
    assert restore_backup(backup, target, ADMIN, PASSWORD) is None
    assert sorted(p.name for p in target.parent.iterdir()) == ["priloga.sqlite3", "priloga.sqlite3.anchor",
                                                              "priloga.sqlite3.keys"]

    ws = _login(target)
    try:
        assert _content(target, ws._key) == before
        assert ws.drafts.photo(station.made["drafts"][0]) == photo
        assert [p.id for p in ws.register.search("sevc ol")] == [station.made["olena"]]
        restore = ws.audit_entries(action="restore")[0]
        assert restore.user == ADMIN and restore.target == "file"
        assert restore.detail == {"backup": backup.name, "previous_kept_as": None}
        assert ws.audit_check().ok
        draft = ws.new_draft("ZZ-1")
        ws.save(draft.id, {**draft.data, "surname": "Novak"})
        assert ws.drafts.get(draft.id).data["surname"] == "Novak"
    finally:
        ws.close()


def test_restore_over_newer_changes_keeps_the_current_database(station, sample):
    path = station.path
    SUPERVISOR_NEW = "nadzornik-novo-geslo-2"
    at_backup = _content(path, station._key)
    backup = station.backup()
    # newer work after the backup: a new form, a changed person, a changed password
    newer = station.new_draft("ZZ-1", dict(sample)).id
    station.register.update_person(station.made["olena"], surname="Ševčenko-Novak")
    station.vault.set_password(SUPERVISOR, SUPERVISOR_NEW, station._key)
    station.close()
    current = _snapshot(path.parent)
    # the backup opens with the passwords as they were when it was made
    with pytest.raises(RestoreRefused, match="ob varnostni kopiji"):
        restore_backup(backup, path, SUPERVISOR, SUPERVISOR_NEW)
    assert _snapshot(path.parent) == current

    kept = restore_backup(backup, path, SUPERVISOR, SUPERVISOR_PASSWORD, now=T0)
    assert kept == path.with_name("priloga-before-restore-20250920-080000.sqlite3")
    # the previous database is kept whole: its files, byte for byte, under the new name
    moved = {k.replace("priloga.sqlite3", kept.name): v for k, v in current.items()
             if Path(k).parent == path.parent}
    assert str(kept) in moved and str(kept) + ".keys" in moved
    assert {k: v for k, v in _snapshot(path.parent).items() if k in moved} == moved
    assert Path(str(path) + ".keys").read_bytes() == Path(str(backup) + ".keys").read_bytes()

    ws = _login(path, SUPERVISOR, SUPERVISOR_PASSWORD)
    try:
        assert _content(path, ws._key) == at_backup
        with pytest.raises(DraftNotFound):
            ws.drafts.get(newer)
        assert ws.register.get(station.made["olena"])["surname"] == "Ševčenko"
        restore = ws.audit_entries(action="restore")[0]
        assert restore.user == SUPERVISOR
        assert restore.detail == {"backup": backup.name, "previous_kept_as": kept.name}
        assert ws.audit_check().ok
        draft = ws.new_draft("ZZ-1", dict(sample))
        ws.save(draft.id, {**draft.data, "surname": "Novak"})
        assert ws.drafts.get(draft.id).data["surname"] == "Novak"
    finally:
        ws.close()
    # the kept database still opens, with the newer work and the newer password
    old = _login(kept, SUPERVISOR, SUPERVISOR_NEW)
    try:
        assert old.drafts.get(newer).id == newer
        assert old.register.get(station.made["olena"])["surname"] == "Ševčenko-Novak"
    finally:
        old.close()


def test_wrong_password_unknown_user_or_no_right_change_nothing(station, tmp_path):
    backup = station.backup()
    path = station.path
    station.close()
    before = _snapshot(path.parent)
    with pytest.raises(RestoreRefused):  # into a new folder: not even the folder is left behind
        restore_backup(backup, tmp_path / "new" / "data" / "priloga.sqlite3", ADMIN, "napačno-geslo-99")
    assert not (tmp_path / "new" / "data").exists()
    for user, password, match in ((ADMIN, "napačno-geslo-99", "geslo"), ("nihče", PASSWORD, "geslo"),
                                  ("uradnik", "uradnik-geslo-1", "vlogo")):
        with pytest.raises(RestoreRefused, match=match):
            restore_backup(backup, path, user, password)
        assert _snapshot(path.parent) == before
    # failures were not counted into the backup's key file either
    assert Vault(backup).unlock(ADMIN, PASSWORD)


@pytest.mark.parametrize("damage", ["middle", "first_page", "truncated", "no_keys", "other_keys"])
def test_damaged_backup_is_refused_and_changes_nothing(station, tmp_path, damage):
    backup = station.backup()
    path = station.path
    station.close()
    raw = bytearray(backup.read_bytes())
    if damage == "middle":
        middle = len(raw) // 2
        raw[middle:middle + 64] = bytes(b ^ 0xFF for b in raw[middle:middle + 64])
        backup.write_bytes(bytes(raw))
    elif damage == "first_page":
        raw[100:132] = bytes(32)
        backup.write_bytes(bytes(raw))
    elif damage == "truncated":
        backup.write_bytes(bytes(raw[: len(raw) // 3]))
    elif damage == "no_keys":
        Path(str(backup) + ".keys").unlink()
    else:  # the key file of another station
        other = new_workspace(tmp_path / "other" / "priloga.sqlite3")
        other.close()
        Path(str(backup) + ".keys").write_bytes((tmp_path / "other" / "priloga.sqlite3.keys").read_bytes())
    before = _snapshot(path.parent)
    with pytest.raises(BackupDamaged, match=backup.name):
        restore_backup(backup, path, ADMIN, PASSWORD)
    assert _snapshot(path.parent) == before
    ws = _login(path)
    ws.close()


def test_restore_refuses_a_database_another_program_has_open(station):
    backup = station.backup()
    path, key = station.path, station._key
    station.close()
    code = ("import sys, time; sys.path.insert(0, sys.argv[3]); from app.store.db import connect; "
            "c = connect(sys.argv[1], bytes.fromhex(sys.argv[2])); c.execute('SELECT count(*) FROM drafts').fetchone();"
            " print('ready', flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(path), key.hex(), str(Path(__file__).parent.parent)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = _snapshot(path.parent)
        with pytest.raises(DatabaseInUse, match="drug program"):
            restore_backup(backup, path, ADMIN, PASSWORD)
        assert _snapshot(path.parent) == before
    finally:
        holder.kill()
        holder.wait()
    assert restore_backup(backup, path, ADMIN, PASSWORD) is not None


# --- a full or read-only disk -------------------------------------------------------------------------
@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB file system (tmpfs), as a nearly full USB disk."""
    mount = tmp_path / "usb"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"a 1 MB tmpfs cannot be mounted here (needs root): {result.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_disk_full_leaves_no_partial_backup_and_older_ones_untouched(station, tiny_disk, monkeypatch):
    from app.store import backup as backup_module

    folder = tiny_disk / "Priloga"
    older = station.backup(folder=folder)
    kept = _snapshot(folder)
    # the database grows beyond the disk: a 1.5 MB photo
    station.drafts.set_photo(station.made["drafts"][1], os.urandom(1_500_000))

    with pytest.raises(BackupNoSpace, match="prostora"):  # seen before writing
        station.backup(folder=folder)
    assert _snapshot(folder) == kept
    monkeypatch.setattr(backup_module, "_estimated_size", lambda conn: 0)
    with pytest.raises(BackupNoSpace, match="zmanjkalo prostora"):  # the disk fills while writing
        station.backup(folder=folder)
    assert _snapshot(folder) == kept and [i.path for i in list_backups(folder)] == [older]
    assert station.audit_entries(action="backup")[0].detail == {"reason": "manual", "failed": "BackupNoSpace"}
    check_copy(older, station._key)

    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    with pytest.raises(BackupFolderError, match="ni mogoče pisati"):
        station.backup(folder=folder)
    assert _snapshot(folder) == kept


# --- in the GUI --------------------------------------------------------------------------------------
def test_scheduler_backs_up_when_due_and_on_exit(qtbot, station):
    from PySide6.QtWidgets import QMainWindow

    from app.ui.backup_ui import BackupScheduler

    window = QMainWindow()
    qtbot.addWidget(window)
    scheduler = BackupScheduler(station, window, check_every_ms=30, first_check_ms=10)
    folder = station.path.parent / "backups"
    qtbot.waitUntil(lambda: len(list_backups(folder)) == 1, timeout=5000)
    assert list_backups(folder)[0].reason == "schedule"
    # the file is complete before the worker reports back to the window: wait for the report, not a fixed time
    qtbot.waitUntil(lambda: "shranjena" in window.statusBar().currentMessage(), timeout=5000)
    qtbot.wait(150)  # more checks: not due again for backup_every_hours
    assert len(list_backups(folder)) == 1

    with qtbot.waitSignal(scheduler.backed_up):
        path = scheduler.on_exit()
    assert path.name.endswith("-exit.sqlite3") and not scheduler.timer.isActive()
    assert [e.detail["reason"] for e in station.audit_entries(action="backup")] == ["exit", "schedule"]


def test_scheduler_shows_failures_and_never_crashes(qtbot, station, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from app.ui.backup_ui import BackupScheduler

    window = QMainWindow()
    qtbot.addWidget(window)
    station.settings.set("backup_folder", str(tmp_path / "unplugged" / "Priloga"))
    warnings = []
    monkeypatch.setattr(BackupScheduler, "warn", lambda self, message: warnings.append(message))
    scheduler = BackupScheduler(station, window, check_every_ms=20, first_check_ms=5)
    with qtbot.waitSignals([scheduler.failed, scheduler.failed, scheduler.failed], timeout=5000):
        pass
    assert "ni uspela" in window.statusBar().currentMessage()
    assert len(warnings) == 1 and "ni dosegljiva" in warnings[0]  # one box, not one every few minutes
    assert scheduler.on_exit() is None and len(warnings) == 2  # on exit the box is always shown
    assert station.audit_entries(action="backup")[0].detail == {"reason": "exit", "failed": "BackupFolderError"}
    station.close()
    assert scheduler.on_exit() is None and len(warnings) == 2  # a closed session: nothing to do


def test_exit_waits_for_a_scheduled_backup_still_copying(qtbot, station, monkeypatch):
    import threading
    import time

    from PySide6.QtWidgets import QMainWindow

    from app.store.backup import BackupJob
    from app.ui.backup_ui import BackupScheduler

    real_run, threads = BackupJob.run, []

    def slow_run(job):
        threads.append(threading.current_thread().name)
        if job.reason == "schedule":
            time.sleep(0.3)
        return real_run(job)

    monkeypatch.setattr(BackupJob, "run", slow_run)
    window = QMainWindow()
    qtbot.addWidget(window)
    scheduler = BackupScheduler(station, window, start=False)
    started = time.perf_counter()
    assert scheduler.check() and scheduler.busy
    assert time.perf_counter() - started < 0.2  # the copy runs beside the window, which stays responsive
    assert not scheduler.check()  # one at a time
    exit_backup = scheduler.on_exit()
    assert threads == ["priloga-backup", "MainThread"]
    assert [i.path for i in list_backups(station.path.parent / "backups")][0] == exit_backup
    assert [e.detail["reason"] for e in station.audit_entries(action="backup")] == ["exit", "schedule"]
    qtbot.wait(50)  # the worker's late signal changes nothing
    assert len(station.audit_entries(action="backup")) == 2 and not scheduler.busy


def test_cli_backup_list_and_restore_a_real_backup(tmp_path, capsys):
    from app.cli import main
    from ws_helpers import login_again

    path = tmp_path / "station.sqlite3"
    ws = new_workspace(path)
    person = ws.register.add_person(surname="Ševčenko", given_name="Olena")
    ws.close()
    assert main(["--db", str(path), "backup", "--folder", str(tmp_path / "kopije")]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert backup.exists() and backup.with_name(backup.name + ".keys").exists()
    assert main(["--db", str(path), "backups", "--folder", str(tmp_path / "kopije")]) == 0
    assert backup.name in capsys.readouterr().out
    ws = login_again(path)
    ws.register.update_person(person, surname="Kovalenko")
    ws.close()
    assert main(["--db", str(path), "restore", str(backup)]) == 0
    assert "prejšnja zbirka shranjena kot" in capsys.readouterr().out
    ws = login_again(path)
    assert ws.register.get(person)["surname"] == "Ševčenko"
    assert ws.audit_entries(limit=2)[1].action == "restore" or "restore" in [e.action for e in ws.audit_entries(limit=5)]
    ws.close()


def test_the_main_window_backs_up_on_exit_and_on_request(qtbot, workspace):
    from app.store.backup import default_folder, list_backups
    from app.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.backup_action.isVisible()  # an administrator may
    made = window.backup_now()
    assert made is not None and made.exists()
    window.close()
    reasons = [b.reason for b in list_backups(default_folder(workspace.path))]
    assert reasons[0] == "exit" and "manual" in reasons
