"""The command line speaks Slovenian: argparse's help, usage and errors (through gettext's interface,
app/cli/argparse_sl.py), and the operating system's and JSON's faults in Slovenian words."""

import errno
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from app.engine.system_messages import JSON_ERRORS, json_error_text, os_error_text

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = re.compile(r"\b(usage|positional arguments|options|optional arguments|show this help|error|the following "
                     r"arguments are required|invalid choice|choose from|unrecognized arguments|expected one argument|"
                     r"No such file|Permission denied|Is a directory|Expecting|delimiter|Extra data)\b")


def priloga(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRILOGA_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env=env)


def test_help_is_slovenian(tmp_path):
    result = priloga("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("uporaba: priloga [-h] [--db POT] [--user UPORABNIK] UKAZ")
    assert "\nargumenti:\n" in result.stdout and "\nmožnosti:\n" in result.stdout
    assert "izpiši to pomoč in končaj" in result.stdout
    assert not ENGLISH.search(result.stdout), ENGLISH.search(result.stdout)
    result = priloga("validate", "--help", tmp_path=tmp_path)
    assert "[--today DATUM]" in result.stdout and not ENGLISH.search(result.stdout)


def test_usage_errors_are_slovenian(tmp_path):
    result = priloga("validate", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "priloga validate: napaka: manjkajo obvezni argumenti: OZNAKA, DATOTEKA.json" in result.stderr
    assert not ENGLISH.search(result.stderr)
    result = priloga("nosuch", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "napaka: argument UKAZ: neveljavna izbira: 'nosuch' (izberite med: " in result.stderr
    assert not ENGLISH.search(result.stderr)
    result = priloga("forms", "--bogus", tmp_path=tmp_path)
    assert "neznani argumenti: --bogus" in result.stderr and not ENGLISH.search(result.stderr)


def test_file_and_json_faults_are_slovenian(tmp_path):
    broken = tmp_path / "podatki.json"
    broken.write_text('{"surname": "Novak",}', encoding="utf-8")
    result = priloga("validate", "ZZ-1", str(broken), tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "neveljaven JSON v vrstici 1, stolpcu 21 (ime lastnosti mora biti v dvojnih narekovajih)")
    result = priloga("validate", "ZZ-1", str(tmp_path), tmp_path=tmp_path)  # a folder, not a file
    assert result.stderr.strip().endswith("branje ni uspelo (to je mapa, ne datoteka)")
    result = priloga("validate", "ZZ-1", str(tmp_path / "ni.json"), tmp_path=tmp_path)
    assert result.stderr.strip().endswith("datoteke ni")
    for text in (result.stderr,):
        assert not ENGLISH.search(text)


def test_os_and_json_wording():
    assert os_error_text(FileNotFoundError(errno.ENOENT, "No such file or directory")) == "datoteke ali mape ni"
    assert os_error_text(PermissionError(errno.EACCES, "Permission denied")) == "ni dovoljenja za dostop"
    assert os_error_text(OSError(errno.ENOSPC, "No space left on device")) == "na disku ni več prostora"
    for text in ('[1, 2', '{"a" 1}', '{"a": 1} x', '', '["a\\q"]', '{"a": 1,}'):
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            assert exc.msg in JSON_ERRORS, exc.msg  # every message this Python's json gives has Slovenian words
            assert not ENGLISH.search(json_error_text(exc))
