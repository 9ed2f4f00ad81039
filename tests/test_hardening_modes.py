"""Files with personal data are created 0600, the data folder 0700 (issue 15, item 12)."""

from __future__ import annotations

import json
import os
import stat

from ws_helpers import with_station

from app.cli import main
from app.store.db import connect
from app.store.transfer import write_transfer
from ws_helpers import FAST_KDF


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_exported_pdf_is_owner_only_even_under_a_lax_umask(capsys, tmp_path):
    old = os.umask(0o022)
    try:
        code = main(with_station(["sample", "ZZ-1"]))
        sample = capsys.readouterr().out
        (tmp_path / "in.json").write_text(sample, "utf-8")
        out = tmp_path / "f.pdf"
        out.write_bytes(b"old")
        os.chmod(out, 0o644)  # an existing file is made private too
        code = main(with_station(["export", "ZZ-1", str(tmp_path / "in.json"), "-o", str(out)]))
        assert code == 0, capsys.readouterr().err
    finally:
        os.umask(old)
    assert _mode(out) == 0o600


def test_transfer_file_is_owner_only(workspace, tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "postaja.priloga"
        write_transfer(workspace.db, path, "prenos-v-register-2026", "postaja-1", kdf=FAST_KDF)
    finally:
        os.umask(old)
    assert _mode(path) == 0o600


def test_a_new_data_folder_is_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        conn = connect(tmp_path / "nova" / "podatki" / "p.sqlite3", b"\x11" * 32)
        conn.close()
    finally:
        os.umask(old)
    assert _mode(tmp_path / "nova" / "podatki") == 0o700
    assert _mode(tmp_path / "nova" / "podatki" / "p.sqlite3") == 0o600
