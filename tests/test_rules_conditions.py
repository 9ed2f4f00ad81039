"""What a form requires, and when: required fields, parts that apply only in some cases (a minor, a
reason, a guardian, a landlord who is a legal person), one-of and at-least-one answers, optional "*"
fields. No Qt."""

from __future__ import annotations


import pytest

from app.engine import validate
from app.engine.rules import Context
from app.engine.rules import condition_holds
from app.engine.schema import form_schema
from app.export import render_pdf
from pdf_helpers import TODAY
from pdf_helpers import bad_check_digit
from pdf_helpers import define
from pdf_helpers import errors
from pdf_helpers import findings
from pdf_helpers import form
from pdf_helpers import make_si_iban
from pdf_helpers import make_tax
from pdf_helpers import pdf_text
from pdf_helpers import rules_of
from pdf_helpers import sample
from pdf_helpers import squash


LEGAL_REP_6 = ["legal_rep_surname", "legal_rep_given_name", "legal_rep_birth_date", "legal_rep_birth_place",
               "legal_rep_citizenship"]


STARRED = {
    "UP-1": ["phone", "email", "legal_rep_phone", "legal_rep_email"],
    "UP-2": ["phone", "email", "legal_rep_phone", "legal_rep_email"],
    "UP-3": ["phone", "email", "legal_rep_phone", "legal_rep_email"],
    "UP-5": ["phone", "email"],
}


@pytest.mark.parametrize("code", ["ZZ-2", "ZZ-4", "ZZ-5"])
@pytest.mark.parametrize("field", ["full_name", "birth_date", "citizenship", "filed_on", "date", "office", "official_name"])
def test_receipt_required_fields(code, field):
    data = sample(code)
    del data[field]
    assert (field, "required") in rules_of(errors(code, data))


def test_zz3_reason_is_required_and_one_of_two():
    data = sample("ZZ-3")
    del data["reason"]
    assert rules_of(errors("ZZ-3", data)) == {("reason", "required")}
    data["reason"] = "health,schooling"
    assert rules_of(errors("ZZ-3", data)) == {("reason", "type:choice")}
    data["reason"] = "schooling"
    assert errors("ZZ-3", data) == []


def test_zz3_attachments_are_relevant_only_for_their_reason():
    definition = form("ZZ-3")
    for reason, relevant, irrelevant in (
        ("health", {"health_documentation", "health_other"}, {"schooling_certificate", "schooling_other"}),
        ("schooling", {"schooling_certificate", "schooling_other"}, {"health_documentation", "health_other"}),
    ):
        ctx = Context(definition, {**sample("ZZ-3"), "reason": reason}, TODAY)
        for name in relevant:
            assert condition_holds(definition.fields[name].relevant_when, ctx), (reason, name)
        for name in irrelevant:
            assert not condition_holds(definition.fields[name].relevant_when, ctx), (reason, name)


@pytest.mark.parametrize("field", ["emso", "card_number", "surname", "address_si", "sex"])
def test_zz3_required(field):
    data = sample("ZZ-3")
    del data[field]
    assert (field, "required") in rules_of(errors("ZZ-3", data))


def test_zz3_photo_or_reference():
    data = sample("ZZ-3")
    del data["photo_reference"]
    found = errors("ZZ-3", data)
    assert rules_of(found) == {("photo", "one_of")} and "4. člena Pravilnika" in found[0].message


@pytest.mark.parametrize("code", ["ZZ-6", "ZZ-7"])
def test_minor_family_member_needs_legal_representative(code):
    data = sample(code)
    data["date"] = "2025-11-04"
    data["birth_date"] = "2007-11-05"  # 18 tomorrow: still a minor
    for name in LEGAL_REP_6:
        data.pop(name, None)
    data.pop("departure_date", None), data.pop("arrival_date", None)
    found = [f for f in errors(code, data) if f.rule == "minor_requires"]
    assert {f.field for f in found} == set(LEGAL_REP_6)
    assert f"točka 6 obrazca {code}" in found[0].message
    data["birth_date"] = "2007-11-04"  # 18 on the day of the application
    assert [f for f in errors(code, data) if f.rule == "minor_requires"] == []


def test_zz6_sample_minor_with_representative_passes():
    data = sample("ZZ-6")
    assert data["legal_rep_surname"] and errors("ZZ-6", data) == []
    del data["legal_rep_citizenship"]
    assert rules_of(errors("ZZ-6", data)) == {("legal_rep_citizenship", "minor_requires")}


@pytest.mark.parametrize("field", ["relationship", "address_si", "address_abroad", "marital_status"])
def test_zz6_required(field):
    data = sample("ZZ-6")
    del data[field]
    assert (field, "required") in rules_of(errors("ZZ-6", data))


@pytest.mark.parametrize("field", ["departure_date", "arrival_date", "relationship", "protected_surname",
                                   "protected_given_name", "protected_address"])
def test_zz7_required(field):
    data = sample("ZZ-7")
    del data[field]
    assert (field, "required") in rules_of(errors("ZZ-7", data))


LEGAL_REP_9 = ["legal_rep_surname", "legal_rep_given_name", "legal_rep_birth_date"]


def test_zz9_minor_needs_legal_representative():
    data = sample("ZZ-9")
    assert errors("ZZ-9", data) == []
    for name in LEGAL_REP_9:
        del data[name]
    found = errors("ZZ-9", data)
    assert rules_of(found) == {(name, "minor_requires") for name in LEGAL_REP_9}
    assert "zakoniti zastopnik mladoletne osebe" in found[0].message


def test_zz9_18th_birthday_is_adult():
    data = sample("ZZ-9")
    for name in LEGAL_REP_9:
        del data[name]
    data["birth_date"] = "2007-10-20"  # 18 on the day of the pass
    assert errors("ZZ-9", data) == []
    data["birth_date"] = "2007-10-21"
    assert {f.rule for f in errors("ZZ-9", data)} == {"minor_requires"}


def test_zz9_person_without_legal_capacity_needs_legal_representative():
    data = sample("ZZ-9")
    data["birth_date"] = "1979-02-02"
    for name in LEGAL_REP_9:
        del data[name]
    assert errors("ZZ-9", data) == []
    data["no_legal_capacity"] = True
    assert rules_of(errors("ZZ-9", data)) == {(name, "required") for name in LEGAL_REP_9}
    data.update(legal_rep_surname="Melnyk", legal_rep_given_name="Oleh", legal_rep_birth_date="1950-05-05")
    assert errors("ZZ-9", data) == []
    data["no_legal_capacity"] = False
    assert errors("ZZ-9", data) == []


def test_zz9_legal_representative_is_relevant_only_when_needed():
    definition = form("ZZ-9")
    condition = definition.fields["legal_rep_surname"].relevant_when
    base = sample("ZZ-9")
    assert condition_holds(condition, Context(definition, base, TODAY))  # a minor
    adult = {**base, "birth_date": "1979-02-02"}
    assert not condition_holds(condition, Context(definition, adult, TODAY))
    assert condition_holds(condition, Context(definition, {**adult, "no_legal_capacity": True}, TODAY))


def test_zz9_relocation_country_from_the_list():
    data = sample("ZZ-9")
    del data["relocation_country"]
    assert rules_of(errors("ZZ-9", data)) == {("relocation_country", "required")}
    data["relocation_country"] = "Atlantida"
    assert rules_of(errors("ZZ-9", data)) == {("relocation_country", "type:country")}


@pytest.mark.parametrize("code", sorted(STARRED))
def test_starred_fields_are_really_optional(code):
    data = sample(code)
    for name in STARRED[code]:
        data.pop(name, None)
        assert not form(code).fields[name].required and form(code).fields[name].required_when is None
        assert name not in form_schema(form(code))["required"]
    assert findings(code, data) == []
    assert "* neobvezno" in pdf_text(render_pdf(form(code), data))


def test_up2_iban_required_unless_paid_to_the_guardian():
    data = sample("UP-2")
    del data["iban"]
    assert rules_of(errors("UP-2", data)) == {("iban", "required")}
    data.update(legal_rep_surname="Шевченко", legal_rep_given_name="Олена", legal_rep_iban=make_si_iban("1910001002337"))
    assert rules_of(errors("UP-2", data)) == {("legal_rep_bank", "required")}
    data["legal_rep_bank"] = "Deželna banka Slovenije d.d."
    assert errors("UP-2", data) == []


def test_up2_bank_required_with_the_account():
    data = sample("UP-2")
    del data["bank"]
    assert rules_of(errors("UP-2", data)) == {("bank", "required")}


@pytest.mark.parametrize("yes, no, ok", [
    ("Kravčenko Oksana", "", True), ("", "Kravčenko Andrij", True), ("Kravčenko Oksana", "Kravčenko Andrij", True), ("", "", False),
])
def test_up2_iv1_names_under_da_or_ne(yes, no, ok):
    data = sample("UP-2")
    data["resides_yes"], data["resides_no"] = yes, no
    found = errors("UP-2", data)
    assert (found == []) == ok
    if not ok:
        assert rules_of(found) == {("resides_yes", "one_of")} and "IV.1" in found[0].message


def test_up2_iv2_reason_when_not_registered():
    data = sample("UP-2")
    data["unemployed_yes"] = data["unemployed_no"] = data["unemployed_reason"] = ""
    assert rules_of(errors("UP-2", data)) == {("unemployed_yes", "one_of")}
    data["unemployed_no"] = "Kravčenko Andrij"
    assert rules_of(errors("UP-2", data)) == {("unemployed_reason", "required")}
    data["unemployed_reason"] = "zaposlen"
    assert errors("UP-2", data) == []


@pytest.mark.parametrize("question, details", [
    ("maintenance", "maintenance_details"), ("income_started", "income_started_details"),
    ("income_stopped", "income_stopped_details"),
])
def test_up2_da_needs_its_details(question, details):
    data = sample("UP-2")
    data[question] = "da"
    assert rules_of(errors("UP-2", data)) == {(details, "required")}
    data[details] = "Kravčenko Andrij, plača, 655,40 EUR, od 2. 2. 2026"
    assert errors("UP-2", data) == []
    del data[question]
    assert (question, "required") in rules_of(errors("UP-2", data))


def _legal_landlord():
    data = sample("UP-4")
    for key in [k for k in data if k.startswith("natural_")]:
        del data[key]
    data.update(landlord_kind="legal", legal_name="Stanovanjski sklad Šiška d.o.o.", legal_rep_name="Boštjan Čeh",
                legal_address="Celovška cesta 200, 1000 Ljubljana", legal_tax_number=make_tax("8402716"),
                legal_iban=make_si_iban("0201001895341"), legal_bank="NLB d.d.")
    return data


def test_up4_landlord_natural_or_legal():
    assert errors("UP-4", _legal_landlord()) == []
    text = squash(pdf_text(render_pdf(form("UP-4"), _legal_landlord())))
    assert squash("Stanovanjski sklad Šiška d.o.o.") in text and squash("Boštjan Čeh") in text
    mixed = {**_legal_landlord(), "natural_name": "Marjeta Žnidaršič"}  # left over from the other column
    assert errors("UP-4", mixed) == [] and "Žnidaršič" not in pdf_text(render_pdf(form("UP-4"), mixed))
    data = _legal_landlord()
    del data["legal_tax_number"], data["legal_name"]
    assert rules_of(errors("UP-4", data)) == {("legal_tax_number", "required"), ("legal_name", "required")}
    data = sample("UP-4")
    del data["landlord_kind"]
    assert rules_of(errors("UP-4", data)) == {("landlord_kind", "required")}
    data = sample("UP-4")
    del data["natural_iban"]
    assert rules_of(errors("UP-4", data)) == {("natural_iban", "required")}


def test_up4_legal_tax_number_and_iban_checked():
    data = _legal_landlord()
    data["legal_tax_number"] = bad_check_digit(data["legal_tax_number"])
    data["legal_iban"] = bad_check_digit(data["legal_iban"].replace(" ", ""))
    assert rules_of(errors("UP-4", data)) == {("legal_tax_number", "type:tax_number"), ("legal_iban", "type:iban")}


@pytest.mark.parametrize("death, funeral, ok", [(True, True, True), (True, False, True), (False, True, True),
                                                (False, False, False)])
def test_up5_at_least_one_right_claimed(death, funeral, ok):
    data = sample("UP-5")
    data["claim_death_aid"], data["claim_funeral_aid"] = death, funeral
    found = errors("UP-5", data)
    assert (found == []) == ok
    if not ok:
        assert rules_of(found) == {("claim_death_aid", "at_least_one")} and "III" in found[0].message


@pytest.mark.parametrize("field", ["deceased_card_number", "deceased_emso", "death_date", "relationship", "entitled"])
def test_up5_required(field):
    data = sample("UP-5")
    del data[field]
    assert rules_of(errors("UP-5", data)) == {(field, "required")}


@pytest.mark.parametrize("field", ["surname", "given_name", "address_si", "emso", "tax_number", "iban", "bank",
                                   "place", "date"])
def test_up6_required(field):
    data = sample("UP-6")
    del data[field]
    assert (field, "required") in rules_of(errors("UP-6", data))


@pytest.mark.parametrize("field", ["phone", "email"])
def test_up6_starred_fields_are_really_optional(field):
    data = sample("UP-6")
    del data[field]
    assert findings("UP-6", data) == []
    assert "(neobvezno)" in form("UP-6").fields[field].label


def test_up6_guardian_part_applies_once_filled():
    data = sample("UP-6")
    data["guardian_surname"] = "Novak"
    missing = {("guardian_given_name", "required"), ("guardian_address", "required"), ("guardian_emso", "required"),
               ("guardian_tax_number", "required"), ("guardian_iban", "required")}
    assert rules_of(errors("UP-6", data)) == missing
    data.update(guardian_given_name="Špela", guardian_address="Gosposka ulica 3, 2000 Maribor",
                guardian_emso="0803962505037", guardian_tax_number="97220035",
                guardian_iban="SI56 6100 0012 3456 709", guardian_bank="Delavska hranilnica d.d.")
    del data["iban"], data["bank"]  # pocket money to the guardian's account
    assert findings("UP-6", data) == []


def test_up8_at_least_one_change():
    data = sample("UP-8")
    data["change_03"] = data["change_08"] = False
    found = errors("UP-8", data)
    assert rules_of(found) == {("change_01", "at_least_one")} and "14. člena Uredbe" in found[0].message
    data["change_17"] = True
    assert errors("UP-8", data) == []


def test_up8_other_change_needs_its_text():
    data = sample("UP-8")
    data["change_18"] = True
    assert rules_of(errors("UP-8", data)) == {("change_other", "required")}
    data["change_other"] = "rojstvo vnuka Сергій"
    assert errors("UP-8", data) == []
    text = squash(pdf_text(render_pdf(form("UP-8"), data)))
    assert squash("☒ 18. drugo:") in text and squash("rojstvo vnuka Сергій") in text


def test_up9_kind_of_absence_ticked_and_its_table_filled():
    data = sample("UP-9")
    data["from_centre"] = data["from_slovenia"] = False
    del data["absences_centre"], data["absences_slovenia"]
    assert rules_of(errors("UP-9", data)) == {("from_centre", "at_least_one")}
    data["from_slovenia"] = True
    assert rules_of(errors("UP-9", data)) == {("absences_slovenia", "required")}


def test_hr3_office_or_security_company():
    data = sample("HR-3")
    del data["security_company"]
    assert rules_of(errors("HR-3", data)) == {("security_company", "required")}
    data = sample("HR-3")
    data["seized_by"] = "office"
    del data["security_company"], data["security_officer"]
    assert errors("HR-3", data) == []
    del data["official_name"]
    assert rules_of(errors("HR-3", data)) == {("official_name", "required")}


def test_hr3_police_informed_is_a_warning_until_ticked():
    data = sample("HR-3")
    data["police_informed"] = False
    del data["police_station"]
    found = findings("HR-3", data)
    assert [(f.field, f.severity, f.rule) for f in found] == [("police_informed", "warning", "ticked")]
    assert "o odvzemu se obvesti policija" in found[0].message
    data["police_informed"] = True
    assert rules_of(errors("HR-3", data)) == {("police_station", "required")}


# --- the condition rules on a small inline form ---------------------------------------------------

PERSON = """\
sections:
  - {id: person, title: Oseba, fields: [born, date, incapable, rep_name, photo_ref, other_ref, claim_a, claim_b]}
fields:
  - {id: born, type: date, label: Rojen, required: true, nature: plain}
  - {id: date, type: date, label: Datum, required: true, nature: plain}
  - {id: incapable, type: boolean, label: Ni poslovno sposoben}
  - id: rep_name
    type: text
    label: Zastopnik
    required_when: {equals: {field: incapable, value: true}}
    relevant_when:
      any:
        - {minor: {birth: born, at: date}}
        - {equals: {field: incapable, value: true}}
  - {id: photo_ref, type: text, label: Številka fotografije}
  - {id: other_ref, type: text, label: Druga številka}
  - {id: claim_a, type: boolean, label: Pravica A}
  - {id: claim_b, type: boolean, label: Pravica B}
rules:
  - {rule: minor_requires, birth: born, at: date, fields: [rep_name], cite: točka 6 preizkusa}
  - {rule: one_of, fields: [photo_ref, other_ref], cite: točka 7 preizkusa}
  - {rule: at_least_one, fields: [claim_a, claim_b], cite: točka 8 preizkusa}
print: {page: A4, blocks: [{kind: line, label: "Zastopnik:", fields: [rep_name]}]}
"""
ADULT = {"born": "1990-05-05", "date": "2026-05-05", "photo_ref": "EOF-1", "claim_a": True}


def _rules(tmp_path, data):
    return {(f.field, f.rule) for f in validate(define(tmp_path, PERSON), data, today=TODAY)}


def test_an_adult_needs_no_representative_a_minor_does(tmp_path):
    assert _rules(tmp_path, ADULT) == set()
    assert _rules(tmp_path, {**ADULT, "born": "2008-05-05"}) == set()  # 18 on the day
    assert _rules(tmp_path, {**ADULT, "born": "2008-05-06"}) == {("rep_name", "minor_requires")}
    assert _rules(tmp_path, {**ADULT, "born": "2008-05-06", "rep_name": "Ana"}) == set()


def test_required_when_and_relevant_when_follow_the_condition(tmp_path):
    definition = define(tmp_path, PERSON)
    assert _rules(tmp_path, {**ADULT, "incapable": True}) == {("rep_name", "required")}
    condition = definition.fields["rep_name"].relevant_when
    assert not condition_holds(condition, Context(definition, ADULT, TODAY))
    assert condition_holds(condition, Context(definition, {**ADULT, "incapable": True}, TODAY))
    assert condition_holds(condition, Context(definition, {**ADULT, "born": "2010-01-01"}, TODAY))


def test_one_of_and_at_least_one(tmp_path):
    assert _rules(tmp_path, {**ADULT, "other_ref": "X-2"}) == set()  # both given: one of them is enough
    assert _rules(tmp_path, {k: v for k, v in ADULT.items() if k != "photo_ref"}) == {("photo_ref", "one_of")}
    assert _rules(tmp_path, {**ADULT, "claim_a": False}) == {("claim_a", "at_least_one")}
    assert _rules(tmp_path, {**ADULT, "claim_a": False, "claim_b": True}) == set()
