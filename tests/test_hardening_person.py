"""`person-add` checks register data with the forms' field types and limits, and a person with their documents
is one transaction (issue 15, item 6). Each case of the issue is refused with a line that names the field."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.store.register import RegisterError
from ws_helpers import with_station

GOOD = {"surname": "Kovalenko", "given_name": "Olena", "birth_date": "1988-03-14", "sex": "Z",
        "citizenship": "UKR", "emso": "1403988505189"}

#: (what the issue tried, the attributes, words the refusal must hold)
BAD = [
    ("a date that does not exist", {"birth_date": "2025-02-30"}, ["Datum rojstva", "ni veljaven datum"]),
    ("an EMŠO with a wrong check digit", {"emso": "1403988505188"}, ["EMŠO", "kontrolno števko"]),
    ("letters as EMŠO", {"emso": "ABCDEFGHIJKLM"}, ["EMŠO"]),
    ("a 1 MB surname", {"surname": "Ž" * 1_000_000}, ["Priimek", "skrajšajte", "100"]),
    ("a list as surname", {"surname": ["Kovalenko", "Olena"]}, ["Priimek", "pričakovano je besedilo"]),
    ("sex Q", {"sex": "Q"}, ["Spol", "ni med možnostmi", "moški"]),
    ("citizenship ZZZ", {"citizenship": "ZZZ"}, ["Državljanstvo", "ni država s seznama"]),
    ("an integer date", {"birth_date": 19880314}, ["Datum rojstva", "pričakovano je besedilo"]),
    ("a direction override in the surname", {"surname": "Kovalenko\u202eokne"}, ["Priimek", "U+202E"]),
    ("an object as given name", {"given_name": {"x": 1}}, ["Ime", "pričakovano je besedilo"]),
    ("a number as e-mail", {"email": 5}, ["E-mail", "pričakovano je besedilo"]),
    ("a status not known", {"status": "deported"}, ["Stanje", "applicant"]),
]


def _add(tmp_path, capsys, data) -> tuple[int, str, str]:
    db = tmp_path / "p.sqlite3"
    path = tmp_path / "oseba.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    code = main(with_station(["--db", db, "person-add", path]))
    out, err = capsys.readouterr()
    return code, out, err


def _persons(tmp_path, capsys) -> list:
    assert main(["--db", str(tmp_path / "p.sqlite3"), "persons", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("what, change, words", BAD, ids=[b[0] for b in BAD])
def test_person_add_refuses_each_bad_value_naming_the_field(tmp_path, capsys, what, change, words):
    code, out, err = _add(tmp_path, capsys, {**GOOD, **change})
    assert code == 2 and out == "", what
    line = err.strip()
    assert "\n" not in line and len(line) < 600, line  # one line; a 1 MB value is not repeated
    for word in words:
        assert word in line, (word, line)
    assert "nepričakovana" not in line
    assert _persons(tmp_path, capsys) == []


def test_a_good_person_is_written_in_the_forms_spelling(tmp_path, capsys):
    code, out, err = _add(tmp_path, capsys, {**GOOD, "birth_date": "14. 03. 1988", "citizenship": "Ukrajina",
                                             "sex": "ženski", "surname": "O’Brien-Ševčenko",
                                             "given_name": "Zoe\u0308 Ольга",  # a combining diaeresis, Cyrillic
                                             "documents": [{"doc_type": "potni list", "doc_number": "FX 418207",
                                                            "issued_on": "01. 02. 2020"}]})
    assert code == 0, err
    (person,) = _persons(tmp_path, capsys)
    assert (person["birth_date"], person["citizenship"], person["surname"]) == ("1988-03-14", "UKR", "O’Brien-Ševčenko")
    assert main(["--db", str(tmp_path / "p.sqlite3"), "persons", "FX418207", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


@pytest.mark.parametrize("documents, words", [
    ([{"doc_type": "potni list", "doc_number": "FX1", "issued_on": "2020-13-01"}], ["Dokument izdan dne"]),
    ([{"doc_type": "potni list", "colour": "red"}], ["neznan podatek o dokumentu", "colour"]),
    (["potni list"], ["JSON-objekt"]),
    ({"doc_type": "potni list"}, ["seznam"]),
    ([{"doc_type": "potni list", "doc_number": "FX1"}, {"doc_number": ["FX", "2"]}],
     ["dokument 2", "Številka dokumenta", "besedilo"]),
])
def test_bad_documents_write_nothing_not_even_the_person(tmp_path, capsys, documents, words):
    code, out, err = _add(tmp_path, capsys, {**GOOD, "documents": documents})
    assert code == 2 and out == ""
    for word in words:
        assert word in err, (word, err)
    assert _persons(tmp_path, capsys) == []


def test_a_document_failing_in_the_store_rolls_the_person_back(workspace):
    """The store writes the person and the documents in one transaction: a document it refuses (checked
    again there) leaves no person behind."""
    with pytest.raises(RegisterError):
        workspace.register.add_person(documents=[{"doc_type": "potni list"}, {"colour": "red"}], **GOOD)
    assert workspace.register.count() == 0
    assert workspace.db.execute("SELECT count(*) FROM person_documents").fetchone()[0] == 0


def test_the_workspace_checks_updates_and_documents_too(workspace):
    person_id = workspace.add_person(**GOOD)
    with pytest.raises(RegisterError, match="Datum vstopa"):
        workspace.update_person(person_id, entry_date="2025-02-30")
    with pytest.raises(RegisterError, match="Veljaven do|veljaven do"):
        workspace.add_document(person_id, doc_type="potni list", valid_until="31. 02. 2030")
    assert workspace.person(person_id)["entry_date"] is None
    assert workspace.person_documents(person_id) == []
    workspace.update_person(person_id, entry_date="12. 09. 2025")
    assert workspace.person(person_id)["entry_date"] == "2025-09-12"


def test_every_problem_is_named_at_once(tmp_path, capsys):
    code, _out, err = _add(tmp_path, capsys, {**GOOD, "sex": "Q", "citizenship": "ZZZ", "birth_date": "2025-02-30"})
    assert code == 2
    assert all(word in err for word in ("Spol", "Državljanstvo", "Datum rojstva"))
