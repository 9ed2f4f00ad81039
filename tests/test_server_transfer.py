"""A station that never has a network: its encrypted transfer file imported by ``priloga-server import-transfer``
into a real PostgreSQL, through the same push logic; importing the same file twice changes nothing."""
from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import uuid

import pytest
from PIL import Image

from tests.server_helpers import ROOT, pg_bin
from tests.test_server import dsn, postgres, rows, server_cli  # noqa: F401  (fixtures)
from ws_helpers import FAST_KDF

pytestmark = pytest.mark.skipif(pg_bin() is None, reason="PostgreSQL is not installed (.ci/run installs it)")

PASSPHRASE = "prenos-v-register-2026"


def import_file(dsn, path, station="Brežice", passphrase=PASSPHRASE):
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PRILOGA_TRANSFER_PASSPHRASE": passphrase}
    return subprocess.run([sys.executable, "-m", "app.server.cli", "--dsn", dsn, "import-transfer", str(path),
                           "--station", station], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def snapshot(dsn):
    """Everything an import may touch, to compare before and after."""
    return {table: rows(dsn, f"SELECT to_jsonb(t)::text FROM {table} t ORDER BY 1") for table in (
        "persons", "documents", "forms", "attachments", "change_log", "processed_operations", "audit_entries",
        "audit_heads", "conflicts", "duplicate_candidates", "serial_books")}


@pytest.fixture()
def offline(workspace, dsn):
    assert server_cli(dsn, "migrate").returncode == 0
    assert server_cli(dsn, "enrol-station", "Brežice").returncode == 0  # its code is never used: no network
    workspace.vault.kdf = FAST_KDF
    return workspace


def _jpeg(colour) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (35, 45), colour).save(out, "JPEG")
    return out.getvalue()


def test_transfer_file_is_imported_once_and_a_later_file_brings_only_changes(offline, dsn, tmp_path):
    ws = offline
    olena = ws.register.add_person(surname="Ševčenko", given_name="Olena", birth_date="1985-03-02")
    ws.register.add_document(olena, doc_type="potni list", doc_number="FX 418 207", issued_by="UKR")
    ws.register.set_photo(olena, _jpeg("red"))
    draft = ws.new_draft_for_person("ZZ-1", olena)
    ws.save(draft.id, {**ws.drafts.get(draft.id).data, "email": "olena@example.si"})
    first = tmp_path / "brezice-1.priloga"
    head = ws.db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    ws.transfer(first, PASSPHRASE)  # its own audit entry follows the head the file carries

    done = import_file(dsn, first)
    assert done.returncode == 0, done.stderr
    assert "uvoženo: 2" in done.stdout and "zavrnjenih: 0" in done.stdout
    assert rows(dsn, "SELECT data->>'surname', version FROM persons") == [("Ševčenko", 1)]
    assert rows(dsn, "SELECT number, country FROM documents") == [("FX418207", "UKR")]
    assert rows(dsn, "SELECT code, version, data->>'email' FROM forms") == [("ZZ-1", 1, "olena@example.si")]
    sha = hashlib.sha256(ws.db.execute("SELECT image FROM person_photos").fetchone()[0]).hexdigest()
    assert rows(dsn, "SELECT sha256 FROM attachments") == [(sha,)]
    assert rows(dsn, "SELECT seq, hash FROM audit_heads") == [tuple(head)]

    before = snapshot(dsn)
    again = import_file(dsn, first)
    assert again.returncode == 0, again.stderr
    assert "uvoženo: 0, nespremenjenih: 2" in again.stdout
    assert snapshot(dsn) == before  # the same file a second time changes nothing

    ws.register.update_person(olena, phone="040 123 456")
    ws.save(draft.id, {**ws.drafts.get(draft.id).data, "email": "olena.s@example.si"})
    ws.register.add_person(surname="Kovalenko", given_name="Ivan")
    second = tmp_path / "brezice-2.priloga"
    ws.transfer(second, PASSPHRASE)
    done = import_file(dsn, second)
    assert done.returncode == 0, done.stderr
    assert "uvoženo: 3" in done.stdout
    assert sorted(rows(dsn, "SELECT data->>'surname', data->>'phone', version FROM persons")) == [
        ("Kovalenko", None, 1), ("Ševčenko", "040 123 456", 2)]
    assert rows(dsn, "SELECT version, data->>'email' FROM forms ORDER BY version") == [
        (1, "olena@example.si"), (2, "olena.s@example.si")]
    assert rows(dsn, "SELECT seq FROM audit_heads")[0][0] == ws.audit_head()[0] - 1  # the transfer's own entry follows
    # the first file again: older than what the register holds, it would undo the phone; refused
    before = snapshot(dsn)
    older = import_file(dsn, first)
    assert older.returncode == 1 and "starejši" in older.stderr
    assert snapshot(dsn) == before
    assert rows(dsn, "SELECT data->>'phone' FROM persons WHERE data->>'surname' = 'Ševčenko'") == [("040 123 456",)]


def test_wrong_passphrase_unknown_or_revoked_station_are_refused_clearly(offline, dsn, tmp_path):
    ws = offline
    ws.register.add_person(surname="Melnyk", given_name="Oksana")
    path = tmp_path / "brezice.priloga"
    ws.transfer(path, PASSPHRASE)
    wrong = import_file(dsn, path, passphrase="ni-pravo-geslo-1")
    assert wrong.returncode == 1 and "napačno geslo" in wrong.stderr
    unknown = import_file(dsn, path, station="Ljubljana")
    assert unknown.returncode == 1 and "priloga-server enrol-station Ljubljana" in unknown.stderr
    assert server_cli(dsn, "revoke-station", "Brežice").returncode == 0
    revoked = import_file(dsn, path)
    assert revoked.returncode == 1 and "preklicana" in revoked.stderr
    assert rows(dsn, "SELECT count(*) FROM persons") == [(0,)]
    assert os.environ.get("PRILOGA_TRANSFER_PASSPHRASE") is None


def test_a_forms_photo_is_sent_by_its_bare_sha256_over_the_network_and_in_a_transfer(offline, dsn, tmp_path):
    from app.workspace import sync
    from tests.server_helpers import ServerProcess

    ws = offline
    olena = ws.register.add_person(surname="Ševčenko", given_name="Olena", birth_date="1985-03-02")
    draft = ws.new_draft_for_person("ZZ-1", olena)
    ws.attach_photo(draft.id, _jpeg_large())
    marked = ws.db.execute("SELECT sha256 FROM photos WHERE draft_id = ?", [draft.id]).fetchone()[0]
    bare = marked.removeprefix("sha256:")
    assert marked.startswith("sha256:")  # the station marks it so; the register keys it by the bare digest
    path = tmp_path / "brezice.priloga"
    ws.transfer(path, PASSPHRASE)
    assert import_file(dsn, path).returncode == 0
    assert rows(dsn, "SELECT photo_sha256 FROM forms") == [(bare,)]
    # a second station with a network sends the same kind of form over HTTP
    server = ServerProcess(dsn).start()
    try:
        from ws_helpers import new_workspace

        other = new_workspace(tmp_path / "B.sqlite3")
        sync.enrol(other, server.url, server_cli(dsn, "enrol-station", "B").stdout.strip())
        pid = other.register.add_person(surname="Kovalenko", given_name="Ivan")
        second = other.new_draft_for_person("ZZ-1", pid)
        other.attach_photo(second.id, _jpeg_large("blue"))
        report = sync.sync(other)
        assert not report.rejected, report.rejected
        digest = other.db.execute("SELECT sha256 FROM photos").fetchone()[0].removeprefix("sha256:")
        assert rows(dsn, "SELECT photo_sha256 FROM forms WHERE id = %s", uuid.UUID(second.id)) == [(digest,)]
        other.close()
    finally:
        server.stop()


def _jpeg_large(colour="green") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (350, 450), colour).save(out, "JPEG")
    return out.getvalue()
