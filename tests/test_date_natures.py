"""Date natures: every date field declares what it is, and the engine applies what that implies
(past dates not in the future, birth not after entry, issue not after expiry) on every form."""

import copy
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from ws_helpers import with_station

from app.cli import main
from app.engine import default_catalog
from app.engine.definition import DefinitionError, build_definition, check_file, definition_schema
from app.engine.natures import NATURES, PAST
from app.engine.validate import validate

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 6, 15)
TOMORROW = TODAY + dt.timedelta(days=1)


def past_dates(definition):
    """(field id, column id or None) of every past-by-nature date of a definition."""
    out = []
    for field in definition.fields.values():
        if field.type == "date" and field.nature in PAST:
            out.append((field.id, None))
        for column in field.columns:
            if column.type == "date" and column.nature in PAST:
                out.append((field.id, column.id))
    return out


CASES = [(code, field, column) for code in default_catalog().codes()
         for field, column in past_dates(default_catalog().get(code))]


def test_the_catalogue_gives_the_past_dates_to_check():
    # every form of temporary protection has a past date (its own); HR-2's visitor's birth is among them
    assert {"HR-1", "HR-2", "HR-3", "HR-4", "ZZ-1", "ZZ-9", "UP-1", "UP-9"} <= {code for code, _, _ in CASES}
    assert ("HR-2", "birth_date", None) in CASES and ("ZZ-1", "documents", "issued_on") in CASES
    assert ("HR-2", "visit_date", None) not in CASES  # a planned visit may lie in the future


@pytest.mark.parametrize(("code", "field", "column"), CASES, ids=[f"{c}:{f}{'.' + col if col else ''}" for c, f, col in CASES])
def test_a_past_date_set_to_tomorrow_is_an_error_naming_it(code, field, column):
    definition = default_catalog().get(code)
    data = copy.deepcopy(definition.sample or {})
    if column is None:
        data[field] = TOMORROW.isoformat()
        path = field
    else:
        rows = data.get(field) or []
        if not rows:  # a table with no row in the sample gets one
            rows = [{}]
        rows[0] = {**rows[0], column: TOMORROW.isoformat()}
        data[field] = rows
        path = f"{field}[0].{column}"
    findings = validate(definition, data, TODAY)
    future = [f for f in findings if f.field == path and f.severity == "error" and f.rule == "not_future"]
    assert future, f"{code}: {path} set to tomorrow gives no error; findings: {[f.to_dict() for f in findings]}"
    assert "v prihodnosti" in future[0].message
    assert len(future) == 1  # an explicit rule and the implied one never both report it


@pytest.mark.parametrize("code", default_catalog().codes())
def test_samples_stay_clean_on_their_day(code):
    definition = default_catalog().get(code)
    assert [f for f in validate(definition, copy.deepcopy(definition.sample or {}), dt.date(2026, 12, 4))
            if f.severity == "error"] == []


# --- boundaries on a small definition --------------------------------------------------------------


def small(rules=(), **changes):
    fields = [
        {"id": "birth", "type": "date", "nature": "birth", "label": "Datum rojstva"},
        {"id": "entry", "type": "date", "nature": "entry", "label": "Datum vstopa"},
        {"id": "rep_birth", "type": "date", "nature": "birth", "of": "legal_representative", "label": "Rojstvo zastopnika"},
        {"id": "visit", "type": "date", "nature": "plain", "label": "Dan obiska"},
        {"id": "docs", "type": "table", "label": "Dokumenti", "columns": [
            {"id": "kind", "type": "text", "label": "vrsta"},
            {"id": "issued", "type": "date", "nature": "issued", "label": "izdan"},
            {"id": "expiry", "type": "date", "nature": "expiry", "label": "veljaven do"}]},
        {"id": "date", "type": "date", "nature": "signed", "label": "Datum"},
    ]
    for spec in fields:  # a change to None drops the key
        spec.update(changes.get(spec["id"], {}))
        for key in [k for k, v in spec.items() if v is None]:
            del spec[key]
    raw = {
        "code": "T-1", "title": "Preizkus", "annex": "1", "version": "1",
        "source": {"regulation": "r", "gazette": "Uradni list RS, št. 1/2026", "item": 1, "in_force": "2026-01-01"},
        "sections": [{"id": "all", "title": "Vse", "fields": [f["id"] for f in fields]}],
        "fields": fields, "rules": list(rules),
        "print": {"page": "A4", "blocks": [{"kind": "text", "text": "x"}]},
    }
    return build_definition(raw, "t-1.yaml")


def errors(definition, data):
    return [(f.field, f.rule) for f in validate(definition, data, TODAY) if f.severity == "error"]


@pytest.mark.parametrize("field", ["birth", "entry", "rep_birth", "date"])
def test_today_is_fine_tomorrow_is_not(field):
    definition = small()
    assert errors(definition, {field: TODAY.isoformat()}) == []
    assert errors(definition, {field: TOMORROW.isoformat()}) == [(field, "not_future")]


def test_a_date_that_may_lie_in_the_future_may():
    assert errors(small(), {"visit": "2099-01-01", "docs": [{"expiry": "2099-01-01"}]}) == []


def test_birth_not_after_entry_of_the_same_person():
    definition = small()
    assert errors(definition, {"birth": "2020-03-01", "entry": "2020-03-01"}) == []
    assert errors(definition, {"birth": "2020-03-02", "entry": "2020-03-01"}) == [("entry", "date_order")]
    message = validate(definition, {"birth": "2020-03-02", "entry": "2020-03-01"}, TODAY)[0].message
    assert "»Datum vstopa« (01. 03. 2020) ne sme biti pred »Datum rojstva« (02. 03. 2020)" in message


def test_a_legal_representatives_birth_is_not_ordered_against_the_applicants_entry():
    assert errors(small(), {"rep_birth": "2020-03-02", "entry": "2020-03-01"}) == []


def test_issued_not_after_expiry_within_a_row():
    definition = small()
    assert errors(definition, {"docs": [{"issued": "2020-03-01", "expiry": "2020-03-01"}]}) == []
    assert errors(definition, {"docs": [{"issued": "2020-03-02", "expiry": "2020-03-01"}]}) == [("docs[0].expiry", "date_order")]
    # rows are separate documents
    assert errors(definition, {"docs": [{"issued": "2020-03-02", "expiry": "2030-01-01"},
                                        {"issued": "2019-01-01", "expiry": "2020-03-01"}]}) == []


def test_implied_rules_are_ordinary_rules_with_refs():
    definition = small()
    implied = [r for r in definition.rules if r.implied]
    assert {(r.name, r.args.get("table"), tuple(r.args["fields"])) for r in implied} == {
        ("not_future", None, ("birth", "entry", "rep_birth", "date")),
        ("date_order", None, ("birth", "entry")),
        ("not_future", "docs", ("issued",)),
        ("date_order", "docs", ("issued", "expiry")),
    }


def test_a_rule_the_form_states_is_not_implied_again_and_its_citation_stands():
    definition = small(rules=[{"rule": "not_future", "fields": ["birth"], "cite": "točka 3"},
                              {"rule": "date_order", "fields": ["birth", "entry", "date"], "cite": "točki 3 in 11"}])
    implied = {(r.name, tuple(r.args["fields"])) for r in definition.rules if r.implied and not r.args.get("table")}
    assert implied == {("not_future", ("entry", "rep_birth", "date"))}
    findings = validate(definition, {"birth": TOMORROW.isoformat(), "entry": "2020-01-01"}, TODAY)
    assert [(f.field, f.rule) for f in findings] == [("birth", "not_future"), ("entry", "date_order")]
    assert findings[0].message.endswith("(točka 3).")
    assert findings[1].message.endswith("(točki 3 in 11).")


# --- refusing a date without a nature --------------------------------------------------------------


@pytest.mark.parametrize(("changes", "fragment"), [
    ({"visit": {"nature": None}}, "a date field declares its nature: one of birth, death"),
    ({"docs": {"columns": [{"id": "d", "type": "date", "label": "d"}]}}, "a date field declares its nature"),
    ({"visit": {"nature": "someday"}}, "unknown nature 'someday'"),
    ({"docs": {"columns": [{"id": "d", "type": "date", "nature": "birth", "of": "x", "label": "d"}]}}, "of is not for a table column"),
    ({"visit": {"type": "text", "nature": "plain"}}, "nature is only for a date field"),
])
def test_the_loader_refuses_a_wrong_or_missing_nature(changes, fragment):
    with pytest.raises(DefinitionError) as caught:
        small(**changes)
    assert fragment in caught.value.problem
    assert caught.value.path == "t-1.yaml"


def test_check_forms_refuses_a_date_field_without_nature(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "forms"
    shutil.copytree(ROOT / "forms", folder, ignore=shutil.ignore_patterns("archive"))
    hr2 = folder / "hr-2.yaml"
    text = hr2.read_text(encoding="utf-8")
    assert "    nature: plain\n" in text
    hr2.write_text(text.replace("    nature: plain\n", "", 1), encoding="utf-8")
    problems = check_file(hr2)
    assert any(p.where == "fields[4] (id 'visit_date')" or "visit_date" in p.where for p in problems)
    assert any("declares its nature: one of birth, death, departure" in p.problem for p in problems)
    monkeypatch.setenv("PRILOGA_FORMS_DIR", str(folder))
    code = main(with_station(["check-forms"]))
    out = capsys.readouterr().out
    assert code == 1
    assert f"{hr2}: " in out and "visit_date" in out and "declares its nature: one of" in out
    assert "ZZ-1\tv redu" in out


def test_the_schema_lists_every_nature_and_requires_one_for_a_date():
    field = definition_schema()["$defs"]["field"]
    assert field["properties"]["nature"]["enum"] == list(NATURES)
    assert field["then"] == {"required": ["nature"]}


# --- the issue: a visitor born in the future -------------------------------------------------------


def test_hr2_refuses_a_visitor_born_in_2099(tmp_path, capsys):
    definition = default_catalog().get("HR-2")
    data = {**copy.deepcopy(definition.sample), "birth_date": "2099-01-01"}
    file = tmp_path / "hr-2.json"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code = main(with_station(["validate", "HR-2", str(file)]))
    out = capsys.readouterr().out
    assert code == 1
    findings = json.loads(out)
    assert [f for f in findings if f["field"] == "birth_date"] == [{
        "field": "birth_date", "severity": "error", "rule": "not_future",
        "message": f"»Rojstni datum nastanjene osebe« (01. 01. 2099) je v prihodnosti; vpišite datum, ki ni poznejši "
                   f"od današnjega ({dt.date.today().strftime('%d. %m. %Y')}).",
    }]
