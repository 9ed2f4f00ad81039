"""The rest of issue 15, items 13 and 14: restoring another station's backup asks; `import` writes a draft and its
photo in one transaction; a key file's abnormal Argon2 settings are a one-line reason; a wrong key prints no
SQLCipher lines; no command line input ends in the generic »nepričakovana napaka«."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from app.store.vault import _checksum
from ws_helpers import ADMIN, PASSWORD, login_again, new_workspace

ROOT = Path(__file__).resolve().parents[1]


def _station(path: Path, name: str):
    ws = new_workspace(path)
    ws.settings.set("station_name", name)
    return ws


def test_restoring_another_stations_backup_asks_naming_both(tmp_path, capsys):
    here, there = tmp_path / "brezice" / "p.sqlite3", tmp_path / "dobova" / "p.sqlite3"
    _station(here, "UE Brežice").close()
    other = _station(there, "PP Dobova")
    other.add_person(surname="Kovalenko", given_name="Olena")
    backup = other.backup(folder=tmp_path / "kopije", reason="manual")
    other.close()
    assert main(["--db", str(here), "restore", str(backup)]) == 1
    err = capsys.readouterr().err
    assert "»PP Dobova«" in err and "»UE Brežice«" in err and "--other-station" in err and "\n" == err[-1]
    ws = login_again(here)
    assert ws.count_persons() == 0  # nothing replaced
    ws.close()
    assert main(["--db", str(here), "restore", str(backup), "--other-station"]) == 0
    capsys.readouterr()
    ws = login_again(here)
    assert ws.count_persons() == 1
    ws.close()


def test_restoring_the_stations_own_backup_asks_nothing(tmp_path, capsys):
    here = tmp_path / "p.sqlite3"
    ws = _station(here, "UE Brežice")
    backup = ws.backup(folder=tmp_path / "kopije", reason="manual")
    ws.add_person(surname="Kovalenko", given_name="Olena")
    ws.close()
    assert main(["--db", str(here), "restore", str(backup)]) == 0, capsys.readouterr().err
    ws = login_again(here)
    assert ws.count_persons() == 0
    ws.close()


def test_import_writes_no_draft_when_its_photo_cannot_be_stored(workspace, monkeypatch):
    from app.engine import default_catalog
    from app.engine.photo import prepare  # noqa: F401  (the photo is decoded before the transaction)

    definition = default_catalog().get("ZZ-1")
    photo = _jpeg()

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(workspace.drafts, "set_photo", fail)
    with pytest.raises(Exception):
        workspace.import_draft("ZZ-1", {k: v for k, v in definition.sample.items() if k != "photo"}, photo)
    assert workspace.list_drafts() == []


def _jpeg() -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (350, 450), (200, 180, 160)).save(out, "JPEG")
    return out.getvalue()


def test_killed_imports_never_leave_a_draft_without_its_photo(tmp_path):
    from app.engine import default_catalog

    db = tmp_path / "p.sqlite3"
    new_workspace(db).close()
    (tmp_path / "slika.jpg").write_bytes(_jpeg())
    data = {k: v for k, v in default_catalog().get("ZZ-1").sample.items() if k != "photo"}
    (tmp_path / "in.json").write_text(json.dumps({**data, "photo": "slika.jpg"}, ensure_ascii=False), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PRILOGA_USER": ADMIN, "PRILOGA_PASSWORD": PASSWORD}
    delays = [0.6, 0.8, 0.9, 1.0, 1.1, 1.2, 1.4, 1.7]
    for delay in delays:
        process = subprocess.Popen([sys.executable, "-m", "app", "--db", str(db), "import", "ZZ-1",
                                    str(tmp_path / "in.json")], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
    ws = login_again(db)
    drafts = ws.list_drafts()
    without = [d.id for d in drafts if ws.draft_photo(d.id) is None]
    ws.close()
    assert without == []


def _key_file_with(tmp_path, field: str, value) -> Path:
    db = tmp_path / "p.sqlite3"
    new_workspace(db).close()
    keys = Path(str(db) + ".keys")
    data = json.loads(keys.read_text("utf-8"))
    data["users"][ADMIN][field] = value
    data["check"] = _checksum(data)  # rewritten by hand, its check made to match
    keys.write_text(json.dumps(data), "utf-8")
    return db


@pytest.mark.parametrize("field, value", [("memory_kib", 1), ("memory_kib", 4 << 40), ("time_cost", 0),
                                          ("time_cost", 100_000), ("parallelism", 0), ("memory_kib", "x"),
                                          ("salt", 5), ("secret_nonce", "AAA"), ("kdf", "scrypt"), ("memory_kib", None)])
def test_abnormal_argon2_settings_in_a_key_file_are_one_clear_line(tmp_path, capsys, field, value):
    db = _key_file_with(tmp_path, field, value)
    started = time.perf_counter()
    assert main(["--db", str(db), "persons"]) == 2
    err = capsys.readouterr().err
    assert time.perf_counter() - started < 5
    assert "nepričakovana" not in err and "Error" not in err and err.count("\n") == 1
    assert "poškodovana" in err and ADMIN in err


def test_a_wrong_key_prints_no_sqlcipher_lines(tmp_path):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    new_workspace(a).close()
    new_workspace(b).close()
    Path(str(a) + ".keys").write_bytes(Path(str(b) + ".keys").read_bytes())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PRILOGA_USER": ADMIN, "PRILOGA_PASSWORD": PASSWORD}
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(a), "persons"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "ERROR CORE" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "ni mogoče odpreti s tem ključem" in result.stderr


@pytest.mark.parametrize("command", [["validate", "ZZ-1"], ["import", "ZZ-1"], ["person-add"], ["transfer-check"],
                                     ["export", "ZZ-1", "-o", "x.pdf"]])
def test_json_nested_too_deep_has_its_own_reason(tmp_path, capsys, command):
    from ws_helpers import with_station

    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000, "utf-8")
    args = [a if a != "x.pdf" else str(tmp_path / "x.pdf") for a in command]
    code = main(with_station(["--db", tmp_path / "p.sqlite3", *args[:2], path, *args[2:]]
                             if command[0] in ("validate", "import", "export") else
                             ["--db", tmp_path / "p.sqlite3", *args, path]))
    err = capsys.readouterr().err
    assert code in (1, 2) and "nepričakovana" not in err and err.count("\n") == 1, err


BAD_BYTES = b"\xff\xfe".decode("utf-8", "surrogateescape")  # as Python passes argv bytes that are not UTF-8


@pytest.mark.parametrize("args", [["drafts", "--search", BAD_BYTES], ["finish", BAD_BYTES],
                                  ["new", "ZZ-1", "--person", BAD_BYTES], ["audit", "--person", BAD_BYTES],
                                  ["account-add", BAD_BYTES, "--name", "X", "--role", "official"],
                                  ["eurodac-sent", BAD_BYTES], ["enrol", BAD_BYTES, BAD_BYTES],
                                  ["export", "ZZ-1", "--draft", BAD_BYTES, "-o", "x.pdf"]])
def test_an_argument_that_is_not_utf8_text_has_its_own_reason(tmp_path, capsys, args):
    """These were »nepričakovana napaka (UnicodeEncodeError …)«."""
    from ws_helpers import with_station

    code = main(with_station(["--db", tmp_path / "p.sqlite3", *args]))
    err = capsys.readouterr().err
    assert code == 2 and "UTF-8" in err and "nepričakovana" not in err and err.count("\n") == 1


def test_a_limit_too_large_for_the_database_is_refused_by_the_parser(tmp_path, capsys):
    """audit --limit 99999999999999999999 was »nepričakovana napaka (OverflowError …)«."""
    from ws_helpers import with_station

    with pytest.raises(SystemExit) as exit_:
        main(with_station(["--db", tmp_path / "p.sqlite3", "audit", "--limit", "99999999999999999999"]))
    assert exit_.value.code == 2
    assert "ni med 0 in 1000000" in capsys.readouterr().err
