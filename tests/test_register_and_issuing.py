"""Forms filled from the register of persons (the person, the family by kind and relationship, a legal
representative, a deceased relative) and forms issued from another (a receipt from its application,
UP-7 from UP-6); the register and derive sections are checked at load. No Qt."""

from __future__ import annotations

import copy

import pytest

from app.engine.definition import read_definition_file
from app.engine.prefill import check_prefill_spec
from app.engine.prefill import derive
from app.engine.prefill import from_register
from app.engine.tables import first_out_of_order
from pdf_helpers import define
from pdf_helpers import errors
from pdf_helpers import form
from pdf_helpers import sample

ZZ_CODES = ["ZZ-2", "ZZ-3", "ZZ-4", "ZZ-5", "ZZ-6", "ZZ-7", "ZZ-9"]
UP_1_5 = ["UP-1", "UP-2", "UP-3", "UP-4", "UP-5"]
UP_6_HR = ["UP-6", "UP-7", "UP-8", "UP-9", "HR-1", "HR-2", "HR-3", "HR-4"]


def test_field_ids_are_shared_across_forms():
    for code in ("ZZ-3", "ZZ-6", "ZZ-7", "ZZ-9"):
        assert {"surname", "given_name", "birth_date", "birth_place", "birth_country", "citizenship", "sex",
                "date", "number"} <= set(form(code).fields), code
    for code in ("ZZ-2", "ZZ-4", "ZZ-5"):
        assert {"full_name", "birth_date", "citizenship", "filed_on", "date", "office", "official_name"} <= set(form(code).fields)
    for code in ("ZZ-3", "ZZ-6", "ZZ-7"):
        assert {"phone", "email", "officer_findings", "official_name", "interpreter_name", "office"} <= set(form(code).fields)


@pytest.mark.parametrize("code", ZZ_CODES)
def test_register_and_derive_sections_are_sound(code):
    prefill = pytest.importorskip("app.engine.prefill")
    definition = form(code)
    assert prefill.check_prefill_spec(read_definition_file(definition.path), definition.fields) is None
    assert ("register" in read_definition_file(definition.path)) == (code in ("ZZ-2", "ZZ-3", "ZZ-6", "ZZ-7", "ZZ-9"))
    assert ("derive" in read_definition_file(definition.path)) == (code in ("ZZ-2", "ZZ-4", "ZZ-5"))


def test_receipts_are_derived_from_their_application():
    prefill = pytest.importorskip("app.engine.prefill")
    zz1, zz3 = form("ZZ-1"), form("ZZ-3")
    receipt = prefill.derive(form("ZZ-2"), zz1, zz1.sample)
    assert receipt == {"full_name": "Ševčenko Olena", "birth_date": "1988-03-14", "citizenship": "UKR", "filed_on": "2025-09-15",
                       "office": zz1.sample["office"], "official_name": zz1.sample["official_name"]}
    health = sample("ZZ-3")
    assert prefill.derive(form("ZZ-4"), zz3, health)["filed_on"] == health["date"]
    assert prefill.derive(form("ZZ-5"), zz3, health) is None
    schooling = {**health, "reason": "schooling"}
    assert prefill.derive(form("ZZ-4"), zz3, schooling) is None
    assert prefill.derive(form("ZZ-5"), zz3, schooling)["full_name"] == "Bondarenko Mykola"


def test_register_fills_the_family_table_and_the_legal_representative():
    prefill = pytest.importorskip("app.engine.prefill")
    wife = {"kind": "in_slovenia", "surname": "Бондаренко", "given_name": "Людмила", "sex": "Z",
            "relationship": "žena", "address_si": "Vojkova cesta 78, 1000 Ljubljana"}
    data = prefill.from_register(form("ZZ-3"), {"surname": "Bondarenko", "emso": "2304958500129"}, [wife])
    assert data["family_members"] == [{"name": "Бондаренко Людмила, ženski", "relationship": "žena",
                                       "address": "Vojkova cesta 78, 1000 Ljubljana"}]
    mother = {"kind": "accompanying", "legal_representative": True, "surname": "Melnyk", "given_name": "Iryna",
              "birth_date": "1986-01-19"}
    documents = [{"doc_type": "potni list", "doc_number": "FY 221 904", "issued_by": "DMS Ukrajine"},
                 {"doc_type": "rojstni list", "doc_number": "1", "issued_by": "Kijev"}]
    data = prefill.from_register(form("ZZ-9"), {"surname": "Melnyk"}, [mother], documents)
    assert data["legal_rep_given_name"] == "Iryna" and len(data["documents"]) == 1


FAMILY = [
    {"kind": "accompanying", "relationship": "mož", "surname": "Kravčenko", "given_name": "Andrij",
     "address_si": "Nastanitveni center Logatec", "emso": "1102984500174", "tax_number": "64021939"},
    {"kind": "accompanying", "relationship": "hči", "surname": "Kravčenko", "given_name": "Daryna",
     "emso": "2801011505198", "tax_number": "90114370"},
    {"kind": "in_slovenia", "relationship": "sin", "surname": "Kravčenko", "given_name": "Maksym", "emso": "1510014500180"},
    {"kind": "accompanying", "relationship": "Hči", "surname": "Kravčenko", "given_name": "Sofija", "emso": "0307019505187"},
    {"kind": "in_slovenia", "relationship": "tašča", "surname": "Кравченко", "given_name": "Галина", "emso": "3011958505208"},
    {"kind": "abroad", "relationship": "brat", "surname": "Kravčenko", "given_name": "Petro"},
]


PERSON = {"surname": "Kravčenko", "given_name": "Oksana", "emso": "2105986505176", "tax_number": "53168429",
          "iban": "SI56 0201 0025 6289 486", "address_si": "Nastanitveni center Logatec", "card_number": "LOGATEC-000412"}


@pytest.mark.parametrize("code", UP_1_5)
def test_up1_5_register_sections_are_sound(code):
    assert "register" in read_definition_file(form(code).path)
    assert check_prefill_spec(read_definition_file(form(code).path), form(code).fields) is None


def test_up2_prefilled_from_the_register():
    data = from_register(form("UP-2"), PERSON, FAMILY)
    assert {k: data[k] for k in ("surname", "emso", "tax_number", "iban", "address_si")} == {
        "surname": "Kravčenko", "emso": "2105986505176", "tax_number": "53168429", "iban": "SI56 0201 0025 6289 486",
        "address_si": "Nastanitveni center Logatec"}
    assert (data["spouse_given_name"], data["spouse_emso"], data["spouse_tax_number"]) == ("Andrij", "1102984500174", "64021939")
    assert [row["given_name"] for row in data["children"]] == ["Sofija", "Maksym", "Daryna"]  # youngest first
    assert data["children"][2] == {"surname": "Kravčenko", "given_name": "Daryna", "relationship": "hči",
                                   "emso": "2801011505198", "tax_number": "90114370"}
    assert [row["given_name"] for row in data["other_persons"]] == ["Галина"]  # the brother abroad is not in Slovenia
    assert first_out_of_order(form("UP-2").fields["children"], data["children"]) is None


def test_up3_up4_up5_prefilled_from_the_register():
    data = from_register(form("UP-3"), PERSON, FAMILY)
    assert data["spouse_surname"] == "Kravčenko" and len(data["children"]) == 3 and "lease_persons" not in data
    data = from_register(form("UP-4"), PERSON, FAMILY)
    assert data == {"surname": "Kravčenko", "given_name": "Oksana", "tax_number": "53168429",
                    "address_si": "Nastanitveni center Logatec", "emso": "2105986505176"}
    husband = {**FAMILY[0], "card_number": "LOGATEC-000411"}
    data = from_register(form("UP-5"), PERSON, FAMILY, relative=husband)
    assert (data["deceased_given_name"], data["deceased_emso"], data["deceased_card_number"]) == (
        "Andrij", "1102984500174", "LOGATEC-000411")
    assert data["iban"] == PERSON["iban"] and data["tax_number"] == PERSON["tax_number"]


def test_up1_legal_representative_from_the_register():
    mother = {"kind": "accompanying", "relationship": "mati", "legal_representative": True, "surname": "Мельник",
              "given_name": "Ірина", "address_si": "Nastanitveni center Logatec", "phone": "+386 31 742 905"}
    data = from_register(form("UP-1"), {"surname": "Melnyk", "given_name": "Artem", "emso": "1209016500410"}, [mother])
    assert (data["legal_rep_surname"], data["legal_rep_phone"]) == ("Мельник", "+386 31 742 905")


@pytest.mark.parametrize("mutate, problem", [
    (lambda r: r["register"]["tables"]["children"].update(kinds=["nowhere"]), "is not one of"),
    (lambda r: r["register"]["tables"]["children"].update(relationship="sin"), "list of words"),
    (lambda r: r["register"]["link_fields"][0]["fields"].update(nope="surname"), "unknown field 'nope'"),
    (lambda r: r["register"]["link_fields"][0]["fields"].update(spouse_surname="shoe_size"), "unknown attribute"),
    (lambda r: r["register"]["link_fields"].append({"fields": {}}), "needs relationship"),
])
def test_register_filters_are_checked(mutate, problem):
    raw = copy.deepcopy(read_definition_file(form("UP-2").path))
    mutate(raw)
    assert problem in check_prefill_spec(raw, form("UP-2").fields)[1]


@pytest.mark.parametrize("code", UP_6_HR)
def test_register_section_names_the_person(code):
    definition = form(code)
    assert check_prefill_spec(read_definition_file(definition.path), definition.fields) is None
    person = read_definition_file(definition.path)["register"]["person"]
    assert person, code
    data = from_register(definition, {"surname": "Kovačič", "given_name": "Олена", "birth_date": "1990-05-05",
                                       "citizenship": "UKR", "emso": "1205987505413",
                                       "address_si": "Tržaška cesta 2, 1000 Ljubljana", "tax_number": "94580731",
                                       "iban": "SI56 0201 0025 8761 434"})
    names = " ".join(str(v) for v in data.values())
    assert "Kovačič" in names and "Олена" in names


def test_up6_register_fills_tax_number_account_guardian_and_family():
    definition = form("UP-6")
    person = {"surname": "Kravčenko", "given_name": "Oksana", "emso": "1205987505413", "tax_number": "94580731",
              "iban": "SI56 0201 0025 8761 434", "address_si": "Kidričeva ulica 12, 3000 Celje"}
    son = {"kind": "accompanying", "surname": "Кравченко", "given_name": "Максим", "relationship": "sin",
           "emso": "0309014500171", "tax_number": "42621291"}
    guardian = {"kind": "in_slovenia", "legal_representative": True, "surname": "Novak", "given_name": "Špela",
                "emso": "0803962505037", "iban": "SI56 6100 0012 3456 709"}
    data = from_register(definition, person, [son, guardian])
    assert data["tax_number"] == "94580731" and data["iban"] == "SI56 0201 0025 8761 434"
    assert data["family_members"] == [{"surname": "Кравченко", "given_name": "Максим", "relationship": "sin",
                                       "emso": "0309014500171", "tax_number": "42621291"}]
    assert data["guardian_surname"] == "Novak" and data["guardian_iban"] == "SI56 6100 0012 3456 709"


def test_hr_register_prefills_name_birth_date_and_citizenship():
    person = {"surname": "Гончаренко", "given_name": "Дмитро", "birth_date": "1994-07-09", "citizenship": "UKR"}
    for code in ("HR-2", "HR-3", "HR-4"):
        data = from_register(form(code), person)
        assert data == {"given_name": "Дмитро", "surname": "Гончаренко", "birth_date": "1994-07-09",
                        "citizenship": "UKR"}, code
    assert from_register(form("HR-1"), person) == {"full_name": "Дмитро Гончаренко", "birth_date": "1994-07-09"}


def test_up7_is_issued_from_up6():
    up6, up7 = form("UP-6"), form("UP-7")
    assert "derive" in read_definition_file(up7.path) and [s["from"] for s in read_definition_file(up7.path)["derive"]] == ["UP-6"]
    data = derive(up7, up6, sample("UP-6"))
    assert data == {"full_name": "Oksana Kravčenko", "statement_date": "2026-01-12", "period_from": "2026-02-01"}
    data.update(office="Urad Vlade Republike Slovenije za oskrbo in integracijo migrantov", period_to="2026-07-31",
                date="2026-01-20")
    assert errors("UP-7", data) == []
    assert derive(up7, up6, {**sample("UP-6"), "date": "2025-12-31"})["period_from"] == "2026-01-01"
    assert derive(up7, up6, {**sample("UP-6"), "date": "2026-01-31"})["period_from"] == "2026-02-01"


# --- issuing one form from another, on two small inline forms -------------------------------------------

APPLICATION = """\
sections: [{id: all, title: Vse, fields: [surname, given_name, reason, date]}]
fields:
  - {id: surname, type: text, label: Priimek}
  - {id: given_name, type: text, label: Ime}
  - {id: reason, type: choice, label: Razlog, choices: [{value: health, label: zdravje}, {value: school, label: šola}]}
  - {id: date, type: date, label: Datum, nature: plain}
print: {page: A4, blocks: [{kind: line, label: "Priimek:", fields: [surname]}]}
"""
RECEIPT = """\
sections: [{id: all, title: Vse, fields: [full_name, filed_on]}]
fields:
  - {id: full_name, type: text, label: Priimek in ime}
  - {id: filed_on, type: date, label: Datum vložitve, nature: plain}
derive:
  - from: XX-1
    when: {equals: {field: reason, value: school}}
    fields:
      full_name: "{{ surname }} {{ given_name }}"
      filed_on: date
print: {page: A4, blocks: [{kind: line, label: "Priimek in ime:", fields: [full_name]}]}
"""


def test_a_receipt_is_issued_from_its_application_only_when_it_applies(tmp_path):
    application = define(tmp_path, APPLICATION, code="XX-1")
    receipt = define(tmp_path, RECEIPT, code="XX-2")
    data = {"surname": "Шевченко", "given_name": "Олена", "reason": "school", "date": "2026-03-09"}
    assert derive(receipt, application, data) == {"full_name": "Шевченко Олена", "filed_on": "2026-03-09"}
    assert derive(receipt, application, {**data, "reason": "health"}) is None


def test_a_derive_section_naming_an_unknown_field_is_refused(tmp_path):
    from app.engine import DefinitionError

    with pytest.raises(DefinitionError, match=r"derive\[0\]: unknown field 'shoe_size'"):
        define(tmp_path, RECEIPT.replace("filed_on: date", "shoe_size: date"), code="XX-2")
