"""Files with personal data are the user's only: exported forms, a person's own-data export and transfer
files are created 0600, the data folder 0700 (other accounts of the laptop read none of them)."""

import json
import os
import stat

import pytest

from app.cli import main
from ws_helpers import PASSWORD, new_workspace, with_station

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_data_folder_is_private(tmp_path):
    folder = tmp_path / "podatki" / "Priloga"
    new_workspace(folder / "priloga.sqlite3").close()
    assert _mode(folder) == 0o700


def test_exported_pdf_and_sample_replace_a_wider_file(tmp_path, capsys):
    data = tmp_path / "zz1.json"
    assert main(["sample", "ZZ-1"]) == 0
    data.write_text(capsys.readouterr().out, encoding="utf-8")
    out = tmp_path / "zz1.pdf"
    out.write_bytes(b"old")
    os.chmod(out, 0o644)
    assert main(["export", "ZZ-1", str(data), "-o", str(out)]) == 0
    assert _mode(out) == 0o600 and out.read_bytes().startswith(b"%PDF")


def test_subject_export_and_transfer_are_private(tmp_path, capsys, monkeypatch):
    db = tmp_path / "station" / "priloga.sqlite3"
    monkeypatch.setenv("PRILOGA_USER", "admin")
    monkeypatch.setenv("PRILOGA_PASSWORD", PASSWORD)
    monkeypatch.setenv("PRILOGA_TRANSFER_PASSPHRASE", "dolga-skrivna-fraza-za-prenos")
    person = tmp_path / "oseba.json"
    person.write_text(json.dumps({"surname": "Ševčenko", "given_name": "Olena", "birth_date": "1990-05-04", "sex": "F",
                                  "citizenship": "UKR"}, ensure_ascii=False), encoding="utf-8")
    assert main(with_station(["--db", db, "person-add", str(person)])) == 0
    person_id = capsys.readouterr().out.strip().splitlines()[-1]
    pdf = tmp_path / "izpis.pdf"
    assert main(["--db", str(db), "subject-export", person_id, "-o", str(pdf)]) == 0
    assert _mode(pdf) == 0o600
    transfer = tmp_path / "prenos.priloga"
    assert main(["--db", str(db), "transfer", "-o", str(transfer)]) == 0
    assert _mode(transfer) == 0o600
