"""transfer-check bounds every header field; a key file's absurd Argon2 settings get a reason (issue 15, 10, 13)."""

from __future__ import annotations

import base64
import json
import time

import pytest

from app.cli import main
from app.store.transfer import write_transfer
from app.store.vault import KdfParams, Vault, VaultError
from ws_helpers import FAST_KDF

PASSPHRASE = "prenos-v-register-2026"


@pytest.fixture
def transfer_file(workspace, tmp_path):
    path = tmp_path / "postaja.priloga"
    write_transfer(workspace.db, path, PASSPHRASE, "postaja-1", kdf=FAST_KDF)
    return path


def _rewrite(path, change):
    raw = path.read_bytes()
    line, rest = raw.split(b"\n", 1)
    header = json.loads(line)
    change(header)
    path.write_bytes(json.dumps(header).encode() + b"\n" + rest)


TAMPERS = {
    "time_cost 100000": lambda h: h["kdf"].update(time_cost=100000),
    "4 TiB memory": lambda h: h["kdf"].update(memory_kib=4 * 1024 ** 3),
    "memory below lanes": lambda h: h["kdf"].update(memory_kib=8, parallelism=4),
    "parallelism 0": lambda h: h["kdf"].update(parallelism=0),
    "memory as text": lambda h: h["kdf"].update(memory_kib="65536"),
    "3-byte nonce": lambda h: h.update(nonce=base64.b64encode(b"abc").decode()),
    "nonce not base64": lambda h: h.update(nonce="@@@"),
    "salt missing": lambda h: h["kdf"].pop("salt"),
    "counts a list": lambda h: h.update(counts=[1, 2]),
    "negative count": lambda h: h["counts"].update(persons=-1),
    "head short": lambda h: h["audit"].update(head="abc"),
    "entries text": lambda h: h["audit"].update(entries="7"),
    "kdf missing": lambda h: h.pop("kdf"),
    "station list": lambda h: h.update(station_id=["x"]),
    "date garbage": lambda h: h.update(created_at="včeraj"),
}


@pytest.mark.parametrize("name", list(TAMPERS))
def test_a_bad_header_is_a_one_line_reason(transfer_file, capsys, monkeypatch, name):
    monkeypatch.setenv("PRILOGA_TRANSFER_PASSPHRASE", PASSPHRASE)
    _rewrite(transfer_file, TAMPERS[name])
    started = time.monotonic()
    code = main(["transfer-check", str(transfer_file)])
    _out, err = capsys.readouterr()
    assert time.monotonic() - started < 5
    assert code == 1, err
    assert "glava datoteke prenosa ni veljavna" in err and len(err.strip().splitlines()) == 1
    assert "nepričakovana" not in err


def test_a_file_without_a_newline_or_garbage_records_is_a_reason(transfer_file, capsys, monkeypatch):
    monkeypatch.setenv("PRILOGA_TRANSFER_PASSPHRASE", PASSPHRASE)
    transfer_file.write_bytes(transfer_file.read_bytes().split(b"\n", 1)[0])
    assert main(["transfer-check", str(transfer_file)]) == 1
    err = capsys.readouterr().err
    assert "nepričakovana" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("change", [
    {"memory_kib": 8, "parallelism": 4},
    {"time_cost": 100000},
    {"memory_kib": 4 * 1024 ** 3},
    {"memory_kib": "x"},
])
def test_absurd_argon2_settings_in_a_key_file_get_a_clear_message(tmp_path, change):
    vault = Vault(tmp_path / "p.sqlite3", KdfParams(1024, 1, 1))
    vault.create("ana", "pravo-geslo-123")
    data = json.loads(vault.path.read_text("utf-8"))
    data["users"]["ana"].update(change)
    data.pop("check")
    vault.path.write_text(json.dumps(data), "utf-8")
    started = time.monotonic()
    with pytest.raises(VaultError, match="poškodovana") as caught:
        vault.unlock("ana", "pravo-geslo-123")
    assert time.monotonic() - started < 5
    assert "Hashing" not in str(caught.value)
