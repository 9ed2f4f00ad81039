"""The key file under parallel use, unknown names and wrong keys (issue 15, items 3, 5 and 13)."""

from __future__ import annotations

import json
import multiprocessing
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from app.store.vault import LOCKOUT_AFTER, BadCredentials, KdfParams, LockedOut, Vault

ROOT = Path(__file__).resolve().parent.parent
KDF = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
PASSWORD = "pravo-geslo-123"


def _guess(path: str, barrier) -> str:
    barrier.wait()
    try:
        Vault(path, KDF).unlock("ana", "napačno-geslo")
    except LockedOut:
        return "locked"
    except BadCredentials:
        return "bad"
    return "opened"


def _add(path: str, key: bytes, name: str, barrier) -> str:
    barrier.wait()
    Vault(path, KDF).set_password(name, PASSWORD, key)
    return name


def _login(path: str, barrier) -> str:
    barrier.wait()
    try:
        Vault(path, KDF).unlock("ana", PASSWORD)
        return "ok"
    except BadCredentials:
        return "bad"


def _pool_run(jobs):
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Manager().Barrier(len(jobs))
    with ctx.Pool(len(jobs)) as pool:
        results = [pool.apply_async(func, (*args, barrier)) for func, args in jobs]
        return [r.get(timeout=120) for r in results]


def test_100_parallel_wrong_passwords_are_each_counted(tmp_path):
    path = str(tmp_path / "p.sqlite3")
    Vault(path, KDF).create("ana", PASSWORD)
    results = _pool_run([(_guess, (path,))] * 100)
    assert "opened" not in results and len(results) == 100
    data = json.loads(Path(path + ".keys").read_text("utf-8"))
    failure = data["failures"]["ana"]
    assert failure["count"] + failure.get("refused", 0) == 100
    assert failure["count"] == LOCKOUT_AFTER and "locked_until" in failure
    failed = [e for e in data["events"] if e["action"] == "login_failed"]
    assert len(failed) == 100


def test_account_adds_racing_with_logins_all_can_log_in(tmp_path):
    path = str(tmp_path / "p.sqlite3")
    key = Vault(path, KDF).create("ana", PASSWORD)
    names = [f"uporabnik{i}" for i in range(20)]
    jobs = [(_add, (path, key, name)) for name in names] + [(_login, (path,))] * 20
    results = _pool_run(jobs)
    assert results[20:] == ["ok"] * 20
    vault = Vault(path, KDF)
    assert set(names) <= set(vault.usernames())
    for name in names:
        assert vault.unlock(name, PASSWORD) == key


def test_the_key_file_is_replaced_atomically_and_leaves_no_temporary_files(tmp_path):
    path = str(tmp_path / "p.sqlite3")
    Vault(path, KDF).create("ana", PASSWORD)
    _pool_run([(_guess, (path,))] * 10)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert oct(os.stat(path + ".keys").st_mode & 0o777) == "0o600"


def test_a_password_typed_as_the_user_name_is_never_stored(tmp_path):
    path = str(tmp_path / "p.sqlite3")
    Vault(path, KDF).create("ana", PASSWORD)
    typed = "Skrivno-Geslo-9876"
    with pytest.raises(BadCredentials):
        Vault(path, KDF).unlock(typed, "karkoli")
    raw = Path(path + ".keys").read_text("utf-8")
    assert typed.casefold() not in raw.casefold()
    events, _dropped = Vault(path, KDF).take_events()
    assert events and all(typed.casefold() not in json.dumps(e).casefold() for e in events)
    assert events[0]["user"].startswith("?")


def test_unknown_names_still_lock_out(tmp_path):
    path = str(tmp_path / "p.sqlite3")
    Vault(path, KDF).create("ana", PASSWORD)
    for _ in range(LOCKOUT_AFTER - 1):
        with pytest.raises(BadCredentials):
            Vault(path, KDF).unlock("nihče", "napačno")
    with pytest.raises(LockedOut):
        Vault(path, KDF).unlock("nihče", "napačno")


def test_wrong_key_prints_no_sqlcipher_log_lines(tmp_path):
    script = f"""
import sys
from app.store.db import connect
path = {str(tmp_path / 'x.sqlite3')!r}
conn = connect(path, b"\\x11" * 32)
conn.execute("CREATE TABLE t(a)")
conn.close()
try:
    connect(path, b"\\x22" * 32)
except Exception as exc:
    print(type(exc).__name__)
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.strip(), result.stderr
    assert "ERROR CORE" not in result.stderr and "ERROR CORE" not in result.stdout
