"""Each ZZ-1 rule with passing and failing cases, at its boundaries. No Qt."""

import datetime as dt

import pytest

from app.engine import validate
from app.engine.dates import add_years, age_on, format_date, is_minor, normalize_date, parse_date
from app.engine.validate import has_errors, is_required, relevant_sections

TODAY = dt.date(2025, 9, 20)


def errors(definition, data, today=TODAY):
    return [f for f in validate(definition, data, today) if f.severity == "error"]


def by_rule(findings, rule):
    return [f for f in findings if f.rule == rule]


def test_sample_is_valid(zz1, sample):
    assert validate(zz1, sample, TODAY) == []


# --- required -----------------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["surname", "given_name", "birth_date", "birth_place", "birth_country",
                                   "citizenship", "sex", "address_si", "entry_date", "date", "office"])
def test_required_field_empty_is_error(zz1, sample, field):
    for empty in (None, "", "   "):
        sample[field] = empty
        found = [f for f in errors(zz1, sample) if f.field == field]
        assert [f.rule for f in found] == ["required"], (field, empty)
        assert "obvezen" in found[0].message


def test_phone_and_email_are_optional(zz1, sample):
    del sample["phone"], sample["email"]
    assert not has_errors(validate(zz1, sample, TODAY))


def test_required_cell_in_a_filled_row(zz1, sample):
    sample["documents"].append({"doc_type": "vozniško dovoljenje", "issued_by": "UE Harkiv"})
    found = errors(zz1, sample)
    assert [(f.field, f.rule) for f in found] == [("documents[2].doc_number", "required")]
    assert "Vrstica 3" in found[0].message


def test_blank_rows_are_ignored(zz1, sample):
    sample["family_accompanying"].append({"name": "", "address": "  "})
    assert validate(zz1, sample, TODAY) == []


def test_table_row_limit(zz1, sample):
    sample["documents"] = [{"doc_type": "potni list", "doc_number": str(i)} for i in range(4)]
    found = by_rule(errors(zz1, sample), "max_rows")
    assert found and "največ 3" in found[0].message
    sample["documents"] = sample["documents"][:3]
    assert not by_rule(errors(zz1, sample), "max_rows")


# --- dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("14. 03. 1988", "1988-03-14"), ("14.3.1988", "1988-03-14"), ("1988-03-14", "1988-03-14"),
    ("29. 2. 2024", "2024-02-29"), ("14. 03. 1988.", "1988-03-14")])
def test_dates_are_parsed(text, iso):
    assert parse_date(text).isoformat() == iso
    assert normalize_date(text) == iso


@pytest.mark.parametrize("text", ["31. 2. 2024", "29. 2. 2023", "2024-13-01", "14/03/1988", "jutri", "1. 1. 88"])
def test_not_a_real_date_is_kept_and_reported(zz1, sample, text):
    assert parse_date(text) is None
    assert normalize_date(text) == text.strip()
    sample["birth_date"] = text
    found = [f for f in errors(zz1, sample) if f.field == "birth_date"]
    assert [f.rule for f in found] == ["type:date"]
    assert "dd. mm. llll" in found[0].message


def test_date_shown_as_dd_mm_yyyy():
    assert format_date("2025-07-19") == "19. 07. 2025"


def test_not_future_boundary(zz1, sample):
    sample["date"] = TODAY.isoformat()
    assert not by_rule(errors(zz1, sample), "not_future")
    sample["date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    found = by_rule(errors(zz1, sample), "not_future")
    assert [f.field for f in found] == ["date"]
    assert "prihodnosti" in found[0].message


def test_not_future_in_table(zz1, sample):
    sample["documents"][0]["issued_on"] = "2025-09-21"
    sample["documents"][0]["valid_until"] = "2030-01-01"
    assert [f.field for f in by_rule(errors(zz1, sample), "not_future")] == ["documents[0].issued_on"]


@pytest.mark.parametrize("field, earlier", [
    ("departure_date", "birth_date"), ("entry_date", "departure_date"), ("date", "entry_date")])
def test_date_order_boundary(zz1, sample, field, earlier):
    sample[field] = sample[earlier]  # equal dates are in order
    assert not by_rule(errors(zz1, sample), "date_order")
    day = parse_date(sample[earlier]) - dt.timedelta(days=1)
    sample[field] = day.isoformat()
    found = by_rule(errors(zz1, sample), "date_order")
    assert found, field
    assert found[0].field == field
    assert "ne sme biti pred" in found[0].message and "točke 3, 10 in 11" in found[0].message


def test_date_order_skips_missing_dates(zz1, sample):
    del sample["departure_date"]
    sample["entry_date"] = "1988-03-13"  # before birth, departure unknown
    found = by_rule(errors(zz1, sample), "date_order")
    assert [f.field for f in found] == ["entry_date"]


def test_document_issue_before_expiry(zz1, sample):
    doc = sample["documents"][0]
    doc["valid_until"] = doc["issued_on"]
    assert not by_rule(errors(zz1, sample), "date_order")
    doc["valid_until"] = (parse_date(doc["issued_on"]) - dt.timedelta(days=1)).isoformat()
    found = by_rule(errors(zz1, sample), "date_order")
    assert [f.field for f in found] == ["documents[0].valid_until"]


def test_expired_document_is_a_warning_not_an_error(zz1, sample):
    doc = sample["documents"][0]
    doc["valid_until"] = sample["date"]  # still valid on the day of the application
    assert not by_rule(validate(zz1, sample, TODAY), "not_expired")
    doc["valid_until"] = (parse_date(sample["date"]) - dt.timedelta(days=1)).isoformat()
    found = by_rule(validate(zz1, sample, TODAY), "not_expired")
    assert [(f.field, f.severity) for f in found] == [("documents[0].valid_until", "warning")]
    assert not has_errors(validate(zz1, sample, TODAY))


# --- the minor ------------------------------------------------------------------------------------

def test_age_and_minor_at_the_birthday():
    birth = dt.date(2007, 9, 15)
    assert is_minor(birth, dt.date(2025, 9, 14))
    assert not is_minor(birth, dt.date(2025, 9, 15))
    assert age_on(birth, dt.date(2025, 9, 14)) == 17
    assert age_on(birth, dt.date(2025, 9, 15)) == 18


def test_leap_day_birthday_turns_18_on_28_february():
    birth = dt.date(2008, 2, 29)
    assert add_years(birth, 18) == dt.date(2026, 2, 28)
    assert is_minor(birth, dt.date(2026, 2, 27))
    assert not is_minor(birth, dt.date(2026, 2, 28))


def _make_minor(sample, days_before_18th=1):
    application = parse_date(sample["date"])
    eighteenth = dt.date(application.year - 18, application.month, application.day)
    sample["birth_date"] = (eighteenth + dt.timedelta(days=days_before_18th)).isoformat()
    sample["departure_date"] = sample["entry_date"] = sample["date"]


def test_minor_must_have_legal_representative_and_companion(zz1, sample):
    _make_minor(sample)
    found = by_rule(errors(zz1, sample), "minor_requires")
    assert {f.field for f in found} == {"legal_rep_surname", "legal_rep_given_name", "legal_rep_birth_date",
                                        "legal_rep_birth_place", "legal_rep_citizenship", "minor_companion"}
    assert all("mladoleten (17 let)" in f.message for f in found)
    assert "minor_companion" in relevant_sections(zz1, sample, TODAY)
    assert is_required(zz1, "legal_rep_surname", sample, TODAY)


def test_minor_requirements_met(zz1, sample):
    _make_minor(sample)
    sample.update(legal_rep_surname="Ševčenko", legal_rep_given_name="Taras", legal_rep_birth_date="1980-01-02",
                  legal_rep_birth_place="Kijev", legal_rep_citizenship="UKR")
    sample["minor_companion"] = [{"name": "Ševčenko Taras", "relationship": "oče"}]
    assert validate(zz1, sample, TODAY) == []


def test_applicant_turning_18_on_the_application_day_is_adult(zz1, sample):
    _make_minor(sample, days_before_18th=0)
    assert not by_rule(errors(zz1, sample), "minor_requires")
    assert "minor_companion" not in relevant_sections(zz1, sample, TODAY)
    assert not is_required(zz1, "legal_rep_surname", sample, TODAY)


def test_minor_judged_on_the_application_date_not_today(zz1, sample):
    sample["date"] = "2025-01-10"
    sample["birth_date"] = "2007-06-01"  # 17 on the application date, 18 by TODAY
    sample["departure_date"] = sample["entry_date"] = "2025-01-05"
    assert by_rule(errors(zz1, sample), "minor_requires")


# --- codes, contacts, photo -----------------------------------------------------------------------

def test_country_from_the_list(zz1, sample):
    sample["birth_country"] = "Ukrajina"
    found = [f for f in errors(zz1, sample) if f.field == "birth_country"]
    assert found and "s seznama" in found[0].message
    sample["birth_country"] = "UKR"
    assert not errors(zz1, sample)


def test_stateless_only_for_citizenship(zz1, sample):
    sample["citizenship"] = "XXA"
    assert not errors(zz1, sample)
    sample["birth_country"] = "XXA"
    assert [f.field for f in errors(zz1, sample)] == ["birth_country"]


def test_slovenian_country_names():
    from app.engine.countries import country_code, country_name

    assert country_name("UKR") == "Ukrajina"
    assert country_name("SVN") == "Slovenija"
    assert country_code("ukrajina") == "UKR"


@pytest.mark.parametrize("value, ok", [
    ("olena@ukr.net", True), ("o.shevchenko+zz@mail.gov.si", True), ("olena@", False), ("olena ukr.net", False),
    ("@ukr.net", False), ("olena@ukr", False), ("olena@@ukr.net", False)])
def test_email_syntax(zz1, sample, value, ok):
    sample["email"] = value
    assert (not errors(zz1, sample)) is ok


@pytest.mark.parametrize("value, ok", [
    ("+386 41 555 218", True), ("041/555-218", True), ("+380 (50) 123 45 67", True), ("12345", False),
    ("041 555 abc", False), ("++386 41 555 218", False), ("+3864155521812345", False)])
def test_phone_syntax(zz1, sample, value, ok):
    sample["phone"] = value
    assert (not errors(zz1, sample)) is ok


def test_photo_or_reference_number(zz1, sample):
    del sample["photo_reference"]
    found = by_rule(errors(zz1, sample), "one_of")
    assert [f.field for f in found] == ["photo"] and "Pravilnika" in found[0].message
    sample["photo"] = "sha256:" + "0" * 64
    assert not errors(zz1, sample)


def test_wrong_types_are_findings_not_crashes(zz1, sample):
    sample.update(surname=5, documents="potni list", family_accompanying=[["x"]], sex="X")
    fields = {f.field for f in errors(zz1, sample)}
    assert {"surname", "documents", "family_accompanying[0]", "sex"} <= fields


def test_findings_follow_the_form_order(zz1):
    fields = [f.field_id for f in validate(zz1, {}, TODAY)]
    order = [field for section in zz1.sections for field in section.fields]
    assert fields == sorted(fields, key=order.index)


def test_other_spellings_are_normalised(zz1, sample):
    from app.engine.validate import normalize

    sample.update(birth_date="14. 3. 1988", citizenship="UA", birth_country="ukrajina", sex="Ž", marital_status="poročen/poročena")
    data = normalize(zz1, sample)
    assert (data["birth_date"], data["citizenship"], data["birth_country"], data["sex"], data["marital_status"]) == (
        "1988-03-14", "UKR", "UKR", "Z", "married")
    assert validate(zz1, data, TODAY) == []
    assert normalize(zz1, {"citizenship": "Atlantida"})["citizenship"] == "Atlantida"


def test_a_condition_is_typed_and_names_the_fields_it_reads():
    from app.engine.model import Condition

    written = {"all": [{"minor": {"birth": "birth_date", "at": "date"}}, {"not": {"filled": "photo"}},
                       {"any": [{"equals": {"field": "reason", "value": "b"}}, {"filled": "note"}]}]}
    condition = Condition.of(written)
    assert condition.op == "all" and isinstance(condition.arg[1].arg, Condition)
    assert condition.fields() == {"birth_date", "date", "photo", "reason", "note"}
    assert dict(condition) == {"all": condition.arg}  # reads as the mapping it was written as
    assert Condition.of(None) is None and Condition.of(condition) is condition


def test_a_rule_of_a_definition_is_typed_and_reads_as_written():
    from app.engine import default_catalog

    from app.engine.rules import RULES

    rules = default_catalog().get("ZZ-1").rules
    assert rules and all(rule.name in RULES for rule in rules)
    first = rules[0]
    assert first["rule"] == first.name and dict(first) == {"rule": first.name, **first.args}
