"""Packing a station's records for the central register: encrypted, with the audit chain's head."""

from __future__ import annotations

import json

import pytest

from app.store.transfer import TransferError, read_header, read_transfer
from ws_helpers import ADMIN, FAST_KDF

PASSPHRASE = "prenos-v-register-2026"


@pytest.fixture
def station(workspace):
    workspace.vault.kdf = FAST_KDF
    person = workspace.register.add_person(surname="Шевченко", given_name="Olena", emso="1403988505125")
    draft = workspace.new_draft_for_person("ZZ-1", person)
    workspace.save(draft.id, {**workspace.drafts.get(draft.id).data, "email": "olena@example.si"})
    return workspace


def test_a_transfer_carries_every_record_and_the_chain_head(station, tmp_path):
    path = tmp_path / "postaja.priloga"
    count, head = station.audit_head()
    info = station.transfer(path, PASSPHRASE)
    assert (info.audit_entries, info.audit_head) == (count, head)
    raw = path.read_bytes()
    for needle in ("Шевченко".encode(), b"1403988505125", b"olena@example.si"):
        assert needle not in raw
    header = read_header(path)
    assert header["audit"]["entries"] == count and header["audit"]["head"] == head
    assert header["audit"]["signed_by"] == ADMIN and header["audit"]["signature"]  # an anchor of the trail
    assert header["counts"]["persons"] == 1
    header, records = read_transfer(path, PASSPHRASE)
    assert records["persons"][0]["surname"] == "Шевченко"
    assert records["audit_log"][-1]["hash"] == head
    assert "signing_keys" not in records
    last = station.audit_entries(limit=1)[0]
    assert last.action == "transfer" and last.detail["head"] == head


def test_a_wrong_passphrase_or_a_changed_byte_is_refused(station, tmp_path):
    path = tmp_path / "postaja.priloga"
    station.transfer(path, PASSPHRASE)
    with pytest.raises(TransferError, match="napačno geslo"):
        read_transfer(path, "ni-pravo-geslo-1")
    raw = bytearray(path.read_bytes())
    raw[-40] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(TransferError, match="spremenjena"):
        read_transfer(path, PASSPHRASE)


def test_a_header_claiming_another_head_is_refused(station, tmp_path):
    path = tmp_path / "postaja.priloga"
    station.transfer(path, PASSPHRASE)
    line, rest = path.read_bytes().split(b"\n", 1)
    header = json.loads(line)
    header["audit"]["head"] = "0" * 64
    path.write_bytes(json.dumps(header, sort_keys=True).encode() + b"\n" + rest)
    with pytest.raises(TransferError):  # the header is authenticated with the records
        read_transfer(path, PASSPHRASE)


def test_an_official_may_not_transfer_and_the_cli_checks_a_file(station, tmp_path, capsys, monkeypatch):
    from app.cli import main

    monkeypatch.setenv("PRILOGA_TRANSFER_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "postaja.priloga"
    station.close()
    assert main(["--db", str(station.path), "transfer", "-o", str(path)]) == 0
    assert "glava" in capsys.readouterr().out
    assert main(["transfer-check", str(path)]) == 0
    assert "prenos nedotaknjen" in capsys.readouterr().out
    monkeypatch.setenv("PRILOGA_TRANSFER_PASSPHRASE", "ni-pravo-geslo-1")
    assert main(["transfer-check", str(path)]) == 1
