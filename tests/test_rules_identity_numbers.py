"""Identity numbers on the forms: EMŠO (checksum, birth date, sex, minority), tax numbers and IBANs
(checksum, accepted spellings, stored form), at their boundaries. No Qt."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum import iban as stdnum_iban
from stdnum.si import ddv
from stdnum.si import emso as stdnum_emso

from app.engine.validate import normalize
from pdf_helpers import bad_check_digit
from pdf_helpers import cell as _cell
from pdf_helpers import errors
from pdf_helpers import form
from pdf_helpers import make_emso
from pdf_helpers import rules_of
from pdf_helpers import sample
from app.engine import default_catalog

CATALOG_CODES = default_catalog().codes()


def test_zz2_emso_must_match_the_birth_date():
    data = sample("ZZ-2")
    assert data["emso"] == make_emso("1988-03-14", "Z", 1)
    data["emso"] = make_emso("1988-03-15", "Z", 1)
    found = errors("ZZ-2", data)
    assert rules_of(found) == {("emso", "emso_matches")}
    assert "14. 03. 1988" in found[0].message and "15. 03. 1988" in found[0].message


def test_zz2_emso_is_checked_and_required_but_not_against_sex():
    data = sample("ZZ-2")
    data["emso"] = make_emso("1988-03-14", "M", 1)  # ZZ-2 prints no sex: either is fine
    assert errors("ZZ-2", data) == []
    data["emso"] = data["emso"][:-1] + str((int(data["emso"][-1]) + 1) % 10)
    assert rules_of(errors("ZZ-2", data)) == {("emso", "type:emso")}
    del data["emso"]
    assert rules_of(errors("ZZ-2", data)) == {("emso", "required")}


def test_zz3_emso_matches_birth_date_and_sex():
    data = sample("ZZ-3")
    assert data["emso"] == make_emso("1958-04-23", "M", 12)
    data["emso"] = make_emso("1958-04-22", "M", 12)
    assert rules_of(errors("ZZ-3", data)) == {("emso", "emso_matches")}
    data["emso"] = make_emso("1958-04-23", "Z", 12)
    found = errors("ZZ-3", data)
    assert rules_of(found) == {("emso", "emso_matches")} and "spola" in found[0].message


@pytest.mark.parametrize("code", CATALOG_CODES)
def test_sample_numbers_are_real(code):
    """The sample's tax numbers, IBANs and EMŠOs pass python-stdnum (with their check digits)."""
    definition, data = form(code), sample(code)
    for name, field in definition.fields.items():
        values = [data.get(name)] if field.type != "table" else []
        columns = {}
        if field.type == "table":
            columns = {c.id: c.type for c in field.columns}
            values = [row.get(c) for row in data.get(name) or [] for c in columns]
        kinds = [field.type] if field.type != "table" else [columns[c] for row in data.get(name) or [] for c in columns]
        for kind, value in zip(kinds, values):
            if value in (None, ""):
                continue
            if kind == "tax_number":
                assert ddv.is_valid(value), value
            elif kind == "iban":
                assert stdnum_iban.is_valid(value), value
            elif kind == "emso":
                assert stdnum_emso.is_valid(value), value


@pytest.mark.parametrize("code, path", [
    ("UP-2", "tax_number"), ("UP-2", "spouse_tax_number"), ("UP-2", "children[1].tax_number"),
    ("UP-2", "other_persons[0].tax_number"), ("UP-3", "tax_number"), ("UP-3", "children[0].tax_number"),
    ("UP-4", "tax_number"), ("UP-4", "natural_tax_number"), ("UP-5", "tax_number"),
])
def test_tax_number_checksum(code, path):
    data = sample(code)
    container, key = _cell(data, path)
    good = container[key]
    assert ddv.is_valid(good)
    container[key] = "SI " + good  # the VAT form with the country prefix is the same number
    assert errors(code, data) == []
    container[key] = bad_check_digit(good)
    found = errors(code, data)
    assert rules_of(found) == {(path, "type:tax_number")}
    assert "kontrolno števko" in found[0].message and "FURS" in found[0].message
    container[key] = good[:7]
    assert "8 števk" in errors(code, data)[0].message


@pytest.mark.parametrize("code, path", [
    ("UP-2", "iban"), ("UP-2", "accounts[1].iban"), ("UP-2", "accounts[2].iban"), ("UP-2", "savings_accounts[0].iban"),
    ("UP-3", "iban"), ("UP-4", "natural_iban"), ("UP-5", "iban"),
])
def test_iban_checked(code, path):
    data = sample(code)
    container, key = _cell(data, path)
    good = container[key]
    container[key] = good.replace(" ", "").lower()  # compact and lower case: still the same account
    assert errors(code, data) == []
    container[key] = bad_check_digit(good.replace(" ", ""))
    found = errors(code, data)
    assert rules_of(found) == {(path, "type:iban")} and "IBAN" in found[0].message
    container[key] = "0201 0025 6289 486"  # the old domestic form without SI56
    assert rules_of(errors(code, data)) == {(path, "type:iban")}


def test_iban_is_stored_formatted():
    data = sample("UP-2")
    data["iban"] = "si56020100256289486"
    data["accounts"][0]["iban"] = "SI56020100256289486"
    stored = normalize(form("UP-2"), data)
    assert stored["iban"] == "SI56 0201 0025 6289 486" and stored["accounts"][0]["iban"] == "SI56 0201 0025 6289 486"


@pytest.mark.parametrize("code, path", [
    ("UP-1", "emso"), ("UP-2", "emso"), ("UP-2", "spouse_emso"), ("UP-2", "children[2].emso"),
    ("UP-3", "emso"), ("UP-4", "emso"), ("UP-5", "emso"), ("UP-5", "deceased_emso"),
])
def test_emso_checksum(code, path):
    data = sample(code)
    container, key = _cell(data, path)
    container[key] = bad_check_digit(container[key])
    found = errors(code, data)
    assert (path, "type:emso") in rules_of(found)


@pytest.mark.parametrize("born, ok", [("2026-01-27", True), ("2026-01-26", True), ("2026-01-28", False)])
def test_up5_deceased_emso_born_not_after_death(born, ok):
    data = sample("UP-5")  # died 27. 1. 2026
    data["deceased_emso"] = make_emso(born, "M", 31)
    found = errors("UP-5", data)
    if ok:
        assert found == []
    else:
        assert rules_of(found) == {("deceased_emso", "emso_birth_not_after")}
        assert "28. 01. 2026" in found[0].message and "27. 01. 2026" in found[0].message
        assert "Priloge 5" in found[0].message


@pytest.mark.parametrize("code", ["UP-1", "UP-2", "UP-3"])
def test_minor_by_emso_needs_a_legal_representative(code):
    data = sample(code)
    filed = dt.date.fromisoformat(data["date"])
    for key in [k for k in data if k.startswith("legal_rep_")]:
        del data[key]
    eighteen = filed.replace(year=filed.year - 18)
    data["emso"] = make_emso(eighteen.isoformat(), "M", 41)  # 18 on the day of filing: adult
    assert errors(code, data) == []
    data["emso"] = make_emso((eighteen + dt.timedelta(days=1)).isoformat(), "M", 41)  # one day short
    found = errors(code, data)
    assert {("legal_rep_surname", "emso_minor_requires"), ("legal_rep_given_name", "emso_minor_requires")} <= rules_of(found)
    assert "mladoleten (17 let)" in found[0].message


def test_up6_tax_number_and_account_are_checked():
    data = sample("UP-6")
    data["tax_number"] = "94580732"
    data["iban"] = "SI56 0201 0025 8761 435"
    data["family_members"][0]["tax_number"] = "1234"
    assert rules_of(errors("UP-6", data)) == {("tax_number", "type:tax_number"), ("iban", "type:iban"),
                                              ("family_members[0].tax_number", "type:tax_number")}
