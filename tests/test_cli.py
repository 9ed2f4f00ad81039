"""The command line: the same work as the GUI, scriptable, with one-line errors and exit codes."""

import base64
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ws_helpers import with_station

from app.cli import main
from pdf_helpers import TODAY, bad_check_digit, pdf_text, squash
from pdf_helpers import sample as form_sample

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *args):
    code = main(with_station(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_forms(capsys):
    code, out, _ = run(capsys, "forms")
    assert code == 0 and "ZZ-1\tVloga za priznanje statusa začasne zaščite" in out.splitlines()


def test_schema_has_types_and_formats(capsys):
    code, out, _ = run(capsys, "schema", "zz-1")
    schema = json.loads(out)
    assert code == 0 and schema["type"] == "object"
    assert schema["properties"]["birth_date"]["format"] == "date"
    assert schema["properties"]["email"]["format"] == "email"
    assert schema["properties"]["documents"]["maxItems"] == 3
    assert "surname" in schema["required"]


def test_sample_validates_clean(capsys, tmp_path):
    _, out, _ = run(capsys, "sample", "ZZ-1")
    path = tmp_path / "s.json"
    path.write_text(out, encoding="utf-8")
    code, out, _ = run(capsys, "validate", "ZZ-1", str(path))
    assert code == 0 and json.loads(out) == []


def test_validate_reports_findings_and_exit_1(capsys, tmp_path, sample):
    sample["email"] = "olena@"
    sample["birth_date"] = "31. 2. 1988"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "validate", "ZZ-1", str(path))
    findings = json.loads(out)
    assert code == 1
    assert {"field", "severity", "message", "rule"} <= set(findings[0])
    assert {(f["field"], f["rule"]) for f in findings} == {("birth_date", "type:date"), ("email", "type:email")}


def test_warnings_only_exit_0(capsys, tmp_path, sample):
    sample["documents"][1]["valid_until"] = "2025-01-01"
    path = tmp_path / "warn.json"
    path.write_text(json.dumps(sample), encoding="utf-8")
    code, out, _ = run(capsys, "validate", "ZZ-1", str(path), "--today", "2025-09-20")
    assert code == 0 and [f["severity"] for f in json.loads(out)] == ["warning"]


@pytest.mark.parametrize("args, content, fragment", [
    (("validate", "XX-1"), "{}", "neznan obrazec 'XX-1'"),
    (("validate", "ZZ-1"), "{bad json", "neveljaven JSON v vrstici 1"),
    (("validate", "ZZ-1"), "[1, 2]", "pričakovan je JSON-objekt"),
    (("validate", "ZZ-1"), b"\xff\xfe", "UTF-8"),
    (("export", "ZZ-1"), '{"photo": "missing.jpg"}', "fotografije ni mogoče prebrati"),
])
def test_bad_input_one_line_error(capsys, tmp_path, args, content, fragment):
    path = tmp_path / "in.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    extra = ["-o", str(tmp_path / "o.pdf")] if args[0] == "export" else []
    code, out, err = run(capsys, *args, str(path), *extra)
    assert code == 2
    assert fragment in err and err.count("\n") == 1 and "Traceback" not in err


def test_missing_file(capsys):
    code, _, err = run(capsys, "validate", "ZZ-1", "/nonexistent/x.json")
    assert code == 2 and "datoteke ni" in err


def test_wrong_types_in_validate(capsys, tmp_path):
    path = tmp_path / "types.json"
    path.write_text(json.dumps({"surname": 12, "documents": {"a": 1}, "nope": 1}), encoding="utf-8")
    code, out, _ = run(capsys, "validate", "ZZ-1", str(path))
    rules = {f["field"]: f["rule"] for f in json.loads(out)}
    assert code == 1
    assert rules["surname"] == "type:text" and rules["documents"] == "type:table" and rules["nope"] == "unknown_field"


def test_import_and_drafts(capsys, tmp_path, sample):
    from PIL import Image

    photo = io.BytesIO()
    Image.new("RGB", (700, 900), (90, 120, 160)).save(photo, "JPEG")
    sample["photo"] = "data:image/jpeg;base64," + base64.b64encode(photo.getvalue()).decode()
    path = tmp_path / "in.json"
    path.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "cli.sqlite3")
    code, out, _ = run(capsys, "--db", db, "import", "ZZ-1", str(path))
    draft_id = out.strip()
    assert code == 0 and len(draft_id) == 36
    code, out, _ = run(capsys, "--db", db, "drafts", "--json", "--search", "sevcenko")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [draft_id] and rows[0]["title"] == "Ševčenko Olena"
    code, out, _ = run(capsys, "--db", db, "finish", draft_id)
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "drafts", "--status", "finished")
    assert draft_id in out
    pdf = tmp_path / "draft.pdf"
    code, _, err = run(capsys, "--db", db, "export", "--draft", draft_id, "-o", str(pdf))
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and b"/Image" in pdf.read_bytes()


def test_import_refuses_wrong_shapes(capsys, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"surname": ["a"]}), encoding="utf-8")
    code, _, err = run(capsys, "--db", str(tmp_path / "x.sqlite3"), "import", "ZZ-1", str(path))
    assert code == 2 and "niso v obliki obrazca" in err


def test_export_sample_and_blank(capsys, tmp_path, sample):
    from pypdf import PdfReader

    path = tmp_path / "in.json"
    path.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "export", "ZZ-1", str(path), "-o", str(tmp_path / "f.pdf"))
    assert code == 0, err
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "f.pdf").pages)
    assert "Ševčenko" in text and "Шевченко Андрій" in text
    code, _, _ = run(capsys, "export", "ZZ-1", "--blank", "-o", str(tmp_path / "b.pdf"))
    blank = " ".join(p.extract_text() for p in PdfReader(tmp_path / "b.pdf").pages)
    assert code == 0 and "1. Priimek:" in blank and "Ševčenko" not in blank


def test_export_refuses_errors_unless_allowed(capsys, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"surname": "Ševčenko"}), encoding="utf-8")
    out_pdf = tmp_path / "o.pdf"
    code, _, err = run(capsys, "export", "ZZ-1", str(path), "-o", str(out_pdf))
    assert code == 1 and not out_pdf.exists() and "given_name" in err
    code, _, _ = run(capsys, "export", "ZZ-1", str(path), "-o", str(out_pdf), "--allow-errors")
    assert code == 0 and out_pdf.exists()


def test_module_entry_point_runs_as_a_process(tmp_path):
    result = subprocess.run([sys.executable, "-m", "app", "forms"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "ZZ-1" in [line.split("\t")[0] for line in result.stdout.splitlines()]
    result = subprocess.run([sys.executable, "-m", "app", "schema", "nope"], cwd=ROOT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_register_from_the_command_line(capsys, tmp_path):
    db = str(tmp_path / "reg.sqlite3")
    person = tmp_path / "p.json"
    person.write_text(json.dumps({"surname": "Ševčenko", "given_name": "Olena", "birth_date": "1988-03-14",
                                  "documents": [{"doc_type": "potni list", "doc_number": "FX 418 207"}]},
                                 ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "person-add", str(person))
    person_id = out.strip()
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "persons", "sevcenko", "--json")
    assert [p["id"] for p in json.loads(out)] == [person_id] and json.loads(out)[0]["status"] == "applicant"
    code, out, _ = run(capsys, "--db", db, "persons", "sevcenko")
    assert out.rstrip("\n").split("\t")[-1] == "prosilec za začasno zaščito"  # for people, in Slovenian
    code, out, _ = run(capsys, "--db", db, "new", "ZZ-1", "--person", person_id)
    draft_id = out.strip()
    code, out, _ = run(capsys, "--db", db, "drafts", "--json")
    assert code == 0 and json.loads(out)[0]["title"] == "Ševčenko Olena"
    code, _, err = run(capsys, "--db", db, "new", "ZZ-1", "--person", "nobody")
    assert code == 2 and "ni v registru" in err
    person.write_text(json.dumps({"surname": "X", "shoe": 42}), encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "person-add", str(person))
    assert code == 2 and "shoe" in err
    assert draft_id


# --- rules of the forms reported by `validate`; what `export` does with the data it is given ----------------


def test_cli_validate_reports_a_rule_and_exit_1(capsys, tmp_path):
    data = form_sample("ZZ-9")
    del data["legal_rep_surname"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    status, out, _ = run(capsys, "validate", "ZZ-9", str(path), "--today", TODAY.isoformat())
    assert status == 1
    assert [(f["field"], f["rule"]) for f in json.loads(out)] == [("legal_rep_surname", "minor_requires")]


def test_cli_validate_reports_a_bad_tax_number_and_exit_1(capsys, tmp_path):
    data = form_sample("UP-2")
    data["tax_number"] = bad_check_digit(data["tax_number"])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    status, out, _ = run(capsys, "validate", "UP-2", str(path), "--today", TODAY.isoformat())
    assert status == 1 and [(f["field"], f["rule"]) for f in json.loads(out)] == [("tax_number", "type:tax_number")]


def test_cli_sorts_the_children_it_is_given(capsys, tmp_path):
    data = form_sample("UP-2")
    data["children"].reverse()
    path = tmp_path / "unsorted.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    status, out, _ = run(capsys, "validate", "UP-2", str(path), "--today", TODAY.isoformat())
    assert status == 0 and json.loads(out) == []  # read in stored form: sorted, so nothing to warn about
    pdf = tmp_path / "out.pdf"
    status, _, err = run(capsys, "export", "UP-2", str(path), "-o", str(pdf))
    text = squash(pdf_text(pdf.read_bytes()))
    assert status == 0 and text.index("Sofija") < text.index("Maksym") < text.index("Daryna")


@pytest.mark.parametrize("code, mutate, rule, status", [
    ("UP-7", {"period_to": "2026-08-01"}, "period_length_months", 1),
    ("HR-2", {"time_to": "15:00"}, "time_order", 1),
    ("UP-8", {"change_date": "2026-01-20"}, "reported_within", 0),  # a warning: exit 0
])
def test_cli_validate_reports_rules(capsys, tmp_path, code, mutate, rule, status):
    path = tmp_path / "data.json"
    path.write_text(json.dumps({**form_sample(code), **mutate}, ensure_ascii=False), encoding="utf-8")
    result, out, _ = run(capsys, "validate", code, str(path), "--today", TODAY.isoformat())
    assert result == status and [f["rule"] for f in json.loads(out)] == [rule]
