"""ZZ-2 … ZZ-7 and ZZ-9: definitions, samples, rules at their boundaries, the printed wording and order
of each Priloga, the new print block kinds, and the command line. No Qt."""

from __future__ import annotations

import datetime as dt
import json
import re
from io import BytesIO
from pathlib import Path

import pytest

from ws_helpers import with_station
from pypdf import PdfReader

from app.cli import main
from app.engine.definition import read_definition_file
from app.engine import DefinitionError, validate
from app.engine.definition import build_definition
from app.engine.layout import display_values
from app.engine.rules import Context, condition_holds
from app.engine.schema import form_schema
from app.export import render_pdf
from pdf_helpers import assert_in_order, form, make_emso, pdf_text, rules_of, sample, squash

CODES = ["ZZ-2", "ZZ-3", "ZZ-4", "ZZ-5", "ZZ-6", "ZZ-7", "ZZ-9"]
TODAY = dt.date(2026, 6, 1)  # after every sample's dates
SOURCE = Path(__file__).resolve().parents[2] / "shared" / "sources" / "ul-55-2025-2226-pravilnik-obrazci-zacasna-zascita.txt"


# --- helpers ----------------------------------------------------------------------------------


def findings(code, data, today=TODAY):
    return validate(form(code), data, today=today, strict=True)


def errors(code, data, today=TODAY):
    return [f for f in findings(code, data, today) if f.severity == "error"]


def printed_labels(definition, blank: bool) -> list[str]:
    """Every fixed text of the print blocks, in print order (built from the definition)."""
    layout = definition.print_layout
    out = list(layout.get("running_header") or [])

    def walk(blocks):
        for block in blocks:
            kind = block["kind"]
            if kind in ("annex_label", "title", "heading", "text", "bullet"):
                out.append(block["text"])
            elif kind in ("stamp", "caption_line"):
                out.append(block["caption"])
            elif kind in ("line", "signature"):
                out.append(block["label"])
            elif kind == "pair_line":
                out.extend(cell["label"] for cell in block["cells"])
            elif kind == "sentence":
                out.extend(part for part in block["parts"] if isinstance(part, str))
            elif kind == "choice_boxes":
                field = definition.fields[block["field"]]
                labels = {c.value: c.label for c in field.choices}
                out.extend(labels[v] for v in block.get("values") or labels)
            elif kind == "keep_together":
                walk(block["blocks"])
            elif kind == "photo_beside":
                walk(block["beside"])
                if blank:
                    out.append(block["caption"])
            elif kind == "repeat_lines":
                markers = block.get("markers") or []
                for index in range(block["rows"]):
                    if index < len(markers):
                        out.append(markers[index])
                    for line in block["lines"]:
                        out.extend(cell["label"] for cell in line if cell.get("label"))
            elif kind == "table":
                out.extend(column["header"] for column in block["columns"])
            elif kind == "notice":
                out.append(block["title"])
                out.extend(" ".join(p.split()) for p in block["paragraphs"])

    walk(layout["blocks"])
    return out


_PDFS: dict = {}


def pdf_of(code, blank=False) -> bytes:
    key = (code, blank)
    if key not in _PDFS:
        _PDFS[key] = render_pdf(form(code), None if blank else form(code).sample, blank=blank)
    return _PDFS[key]


# --- definitions and samples --------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_definition_loads(code):
    definition = form(code)
    assert definition.code == code
    assert definition.annex == f"Priloga {code.split('-')[1]}"
    assert definition.source.gazette == "Uradni list RS, št. 55/2025" and definition.source.item == 2226
    assert "22/25" in definition.source.legal_basis
    assert definition.date_field and definition.fields[definition.date_field].type == "date"
    assert set(definition.title_fields) <= set(definition.fields)


@pytest.mark.parametrize("code", CODES)
def test_sample_is_valid(code):
    assert [f.to_dict() for f in findings(code, sample(code))] == []
    assert set(sample(code)) <= set(form_schema(form(code))["properties"])


@pytest.mark.parametrize("code", CODES)
def test_every_rule_cites_its_source(code):
    for spec in form(code).rules:
        if spec["rule"] != "not_future":
            assert spec.get("cite"), spec


def test_field_ids_are_shared_across_forms():
    for code in ("ZZ-3", "ZZ-6", "ZZ-7", "ZZ-9"):
        assert {"surname", "given_name", "birth_date", "birth_place", "birth_country", "citizenship", "sex",
                "date", "number"} <= set(form(code).fields), code
    for code in ("ZZ-2", "ZZ-4", "ZZ-5"):
        assert {"full_name", "birth_date", "citizenship", "filed_on", "date", "office", "official_name"} <= set(form(code).fields)
    for code in ("ZZ-3", "ZZ-6", "ZZ-7"):
        assert {"phone", "email", "officer_findings", "official_name", "interpreter_name", "office"} <= set(form(code).fields)


@pytest.mark.parametrize("code", CODES)
def test_register_and_derive_sections_are_sound(code):
    prefill = pytest.importorskip("app.engine.prefill")
    definition = form(code)
    assert prefill.check_prefill_spec(read_definition_file(definition.path), definition.fields) is None
    assert ("register" in read_definition_file(definition.path)) == (code in ("ZZ-3", "ZZ-6", "ZZ-7", "ZZ-9"))
    assert ("derive" in read_definition_file(definition.path)) == (code in ("ZZ-2", "ZZ-4", "ZZ-5"))


def test_receipts_are_derived_from_their_application():
    prefill = pytest.importorskip("app.engine.prefill")
    zz1, zz3 = form("ZZ-1"), form("ZZ-3")
    receipt = prefill.derive(form("ZZ-2"), zz1, zz1.sample)
    assert receipt == {"full_name": "Ševčenko Olena", "birth_date": "1988-03-14", "citizenship": "UKR", "filed_on": "2025-09-15"}
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


# --- receipts: ZZ-2, ZZ-4, ZZ-5 ---------------------------------------------------------------


@pytest.mark.parametrize("code", ["ZZ-2", "ZZ-4", "ZZ-5"])
def test_receipt_filed_not_after_issued(code):
    data = sample(code)
    data["filed_on"] = data["date"]
    assert errors(code, data) == []
    data["filed_on"] = (dt.date.fromisoformat(data["date"]) + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors(code, data)) == {("date", "date_order")}


@pytest.mark.parametrize("code", ["ZZ-2", "ZZ-4", "ZZ-5"])
def test_receipt_dates_not_in_the_future(code):
    data = sample(code)
    data["filed_on"] = data["date"] = TODAY.isoformat()
    assert errors(code, data) == []
    data["date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors(code, data)) == {("date", "not_future")}
    data["date"], data["filed_on"] = TODAY.isoformat(), (TODAY + dt.timedelta(days=1)).isoformat()
    assert ("filed_on", "not_future") in rules_of(errors(code, data))


@pytest.mark.parametrize("code", ["ZZ-2", "ZZ-4", "ZZ-5"])
@pytest.mark.parametrize("field", ["full_name", "birth_date", "citizenship", "filed_on", "date", "office", "official_name"])
def test_receipt_required_fields(code, field):
    data = sample(code)
    del data[field]
    assert (field, "required") in rules_of(errors(code, data))


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


@pytest.mark.parametrize("birth, ok", [
    ("2007-09-01", True),   # turned 18 on the first day of the school year 2025/26
    ("2007-08-31", False),  # turned 18 the day before: the previous school year
    ("2012-05-08", True),   # a minor
    ("1999-01-01", False),
])
def test_zz5_school_age_at_the_filing_date(birth, ok):
    data = sample("ZZ-5")  # filed 9. 3. 2026: school year 1. 9. 2025 – 31. 8. 2026
    data["birth_date"] = birth
    found = [f for f in errors("ZZ-5", data) if f.rule == "school_age"]
    assert (found == []) == ok, found
    if not ok:
        assert "četrti odstavek 23. člena ZZZRO-1" in found[0].message


def test_zz5_school_year_ends_on_31_august():
    data = sample("ZZ-5")  # born 20. 11. 2007: turned 18 in the school year 2025/26
    data["filed_on"], data["date"] = "2026-08-31", "2026-08-31"
    assert errors("ZZ-5", data, today=dt.date(2026, 9, 30)) == []
    data["filed_on"], data["date"] = "2026-09-01", "2026-09-01"
    assert rules_of(errors("ZZ-5", data, today=dt.date(2026, 9, 30))) == {("birth_date", "school_age")}


def test_zz4_has_no_school_age_rule():
    data = sample("ZZ-4")
    assert errors("ZZ-4", data) == []  # a man born 1958: health reasons have no age limit


# --- ZZ-3 -------------------------------------------------------------------------------------


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


def test_zz3_emso_matches_birth_date_and_sex():
    data = sample("ZZ-3")
    assert data["emso"] == make_emso("1958-04-23", "M", 12)
    data["emso"] = make_emso("1958-04-22", "M", 12)
    assert rules_of(errors("ZZ-3", data)) == {("emso", "emso_matches")}
    data["emso"] = make_emso("1958-04-23", "Z", 12)
    found = errors("ZZ-3", data)
    assert rules_of(found) == {("emso", "emso_matches")} and "spola" in found[0].message


def test_zz3_photo_or_reference():
    data = sample("ZZ-3")
    del data["photo_reference"]
    found = errors("ZZ-3", data)
    assert rules_of(found) == {("photo", "one_of")} and "4. člena Pravilnika" in found[0].message


def test_zz3_family_member_row_needs_name_and_relationship():
    data = sample("ZZ-3")
    data["family_members"].append({"address": "Vojkova cesta 78, 1000 Ljubljana"})
    assert rules_of(errors("ZZ-3", data)) == {("family_members[1].name", "required"),
                                               ("family_members[1].relationship", "required")}


def test_zz3_application_not_before_birth_and_not_future():
    data = sample("ZZ-3")
    data["date"] = data["birth_date"]
    assert errors("ZZ-3", data) == []
    data["date"] = "1958-04-22"
    assert rules_of(errors("ZZ-3", data)) == {("date", "date_order")}
    data["date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors("ZZ-3", data)) == {("date", "not_future")}


# --- ZZ-6 -------------------------------------------------------------------------------------


LEGAL_REP_6 = ["legal_rep_surname", "legal_rep_given_name", "legal_rep_birth_date", "legal_rep_birth_place",
               "legal_rep_citizenship"]


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


def test_zz6_document_dates():
    data = sample("ZZ-6")
    data["documents"][1]["valid_until"] = data["documents"][1]["issued_on"]
    assert rules_of(errors("ZZ-6", data)) == set()
    data["documents"][1]["valid_until"] = "2022-08-29"
    assert ("documents[1].valid_until", "date_order") in rules_of(errors("ZZ-6", data))


# --- ZZ-7 -------------------------------------------------------------------------------------


def test_zz7_dates_in_order_equal_passes():
    data = sample("ZZ-7")
    data["departure_date"] = data["arrival_date"] = data["date"] = "2025-11-12"
    assert errors("ZZ-7", data) == []
    data["birth_date"] = data["departure_date"]  # degenerate but in order
    data.update({k: "" for k in LEGAL_REP_6})
    assert [f for f in errors("ZZ-7", data) if f.rule == "date_order"] == []


@pytest.mark.parametrize("field, value, flagged", [
    ("arrival_date", "2025-08-27", "arrival_date"),     # one day before departure (28. 8.)
    ("departure_date", "2025-08-30", "arrival_date"),   # departure one day after arrival (29. 8.)
    ("date", "2025-08-28", "date"),                      # application one day before arrival
    ("departure_date", "1961-02-10", "departure_date"),  # one day before birth
])
def test_zz7_dates_out_of_order_fail(field, value, flagged):
    data = sample("ZZ-7")
    data[field] = value
    found = [f for f in errors("ZZ-7", data) if f.rule == "date_order"]
    assert [f.field for f in found] == [flagged]
    assert "točke 3, 11 in 12 obrazca ZZ-7" in found[0].message


def test_zz7_dates_not_in_the_future():
    data = sample("ZZ-7")
    data["arrival_date"] = data["date"] = TODAY.isoformat()
    assert errors("ZZ-7", data) == []
    data["arrival_date"] = data["date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors("ZZ-7", data)) == {("arrival_date", "not_future"), ("date", "not_future")}


@pytest.mark.parametrize("field", ["departure_date", "arrival_date", "relationship", "protected_surname",
                                   "protected_given_name", "protected_address"])
def test_zz7_required(field):
    data = sample("ZZ-7")
    del data[field]
    assert (field, "required") in rules_of(errors("ZZ-7", data))


# --- ZZ-9 -------------------------------------------------------------------------------------


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


def test_zz9_identity_document_is_required_and_complete():
    data = sample("ZZ-9")
    del data["documents"]
    assert rules_of(errors("ZZ-9", data)) == {("documents", "required")}
    data["documents"] = [{"doc_type": "potni list", "doc_number": "FY 221 904"}]
    assert rules_of(errors("ZZ-9", data)) == {("documents[0].issued_by", "required")}
    data["documents"] = [sample("ZZ-9")["documents"][0]] * 2
    assert rules_of(errors("ZZ-9", data)) == {("documents", "max_rows")}


def test_zz9_relocation_country_from_the_list():
    data = sample("ZZ-9")
    del data["relocation_country"]
    assert rules_of(errors("ZZ-9", data)) == {("relocation_country", "required")}
    data["relocation_country"] = "Atlantida"
    assert rules_of(errors("ZZ-9", data)) == {("relocation_country", "type:country")}


# --- printed wording and order ------------------------------------------------------------------

NOTICE_END = [
    "Kontakt pooblaščene osebe upravljavca za varstvo osebnih podatkov na Ministrstvu za notranje zadeve: dpo.mnz@gov.si.",
    "Če ste mnenja, da se vaši podatki obdelujejo nezakonito, lahko vložite pritožbo pri informacijskem pooblaščencu.",
]

# Straight from the gazette (Uradni list RS, št. 55/2025, Priloge 2–7 and 9), in order; the blank
# "št. ____" of the legal basis is printed filled in with 22/25.
GAZETTE = {
    "ZZ-2": [
        "ZZ-2", "MNZ RS (PC-6)", "PRILOGA 2",
        "Na podlagi petega odstavka 15. člena Zakona o začasni zaščiti razseljenih oseb (Uradni list RS, št. 22/25)",
        "REPUBLIKA SLOVENIJA", "(organ, ki je sprejel vlogo)", "izdaja",
        "POTRDILO O PREJEMU VLOGE ZA PRIZNANJE STATUSA ZAČASNE ZAŠČITE",
        "Priimek in ime:", "EMŠO:", "Rojstni datum:", "Državljanstvo:", "Datum vložitve vloge:",
        "Datum izdaje potrdila:", "Uradna oseba:", "Žig:",
    ],
    "ZZ-3": [
        "ZZ-3", "MNZ RS (PC-6)", "PRILOGA 3", "(odtis zglavne štampiljke)",
        "VLOGA ZA PREBIVANJE V REPUBLIKI SLOVENIJI PO POTEKU ČASA ZAČASNE ZAŠČITE", "Številka:", "Datum:",
        "1. Priimek:", "2. Ime:", "3. Datum, kraj in država rojstva:", "4. Državljanstvo:", "5. Spol:",
        "6. Naslov bivanja v Republiki Sloveniji:", "7. EMŠO:", "8. Št. izkaznice osebe z začasno zaščito:",
        "9. Podatki družinskih članov, ki skupaj z osebo, ki ji je status začasne zaščite prenehal zaradi poteka "
        "časa trajanja začasne zaščite, prebivajo v Republiki Sloveniji, in so upravičeni do prebivanja po "
        "prenehanju trajanja začasne zaščite v skladu s tretjim ali s četrtim odstavkom 23. člena ZZZRO-1:",
        "priimek, ime, spol", "sorodstveno razmerje", "naslov stalnega / začasnega prebivališča",
        "10. Razlog za vložitev prošnje za prebivanje v Republiki Sloveniji po poteku časa začasne zaščite "
        "(ustrezno označiti):",
        "zdravstveni razlogi (drugi odstavek 23. člena ZZZRO-1)", "Priloga (ustrezno obkrožiti ali izpolniti):",
        "– zdravstvena dokumentacija, iz katere izhaja, da zaradi zdravstvenih razlogov trenutno ni mogoča "
        "vrnitev v državo ali regijo izvora (npr. zdravniško potrdilo, izvid specialističnega pregleda ipd.).",
        "– drugo (ustrezno navesti):",
        "Šolanje (četrti odstavek 23. člena ZZZRO-1)", "Priloga (ustrezno obkrožiti ali izpolniti):",
        "– potrdilo o šolanju.", "– drugo (ustrezno navesti):",
        "11. Kontaktni podatki osebe, ki ji je status začasne zaščite prenehal zaradi poteka časa trajanja "
        "začasne zaščite:", "Telefonska številka:", "E-mail naslov:", "Ugotovitve uradne osebe:",
        "Podpis osebe, ki ji je status začasne zaščite prenehal zaradi poteka časa trajanja začasne zaščite:",
        "Osebno ime in podpis uradne osebe:", "Osebno ime in podpis morebitnega tolmača:",
        "Varstvo osebnih podatkov – informacija",
        "za namen odločanja o vlogi za prebivanje v Republiki Sloveniji po poteku časa začasne zaščite",
        "Upravljavec vaše podatke hrani skladno z 73. členom Zakona o začasni zaščiti razseljenih oseb.",
        *NOTICE_END,
    ],
    "ZZ-4": [
        "PRILOGA 4",
        "Na podlagi drugega in tretjega odstavka 23. člena Zakona o začasni zaščiti razseljenih oseb "
        "(Uradni list RS, št. 22/25)",
        "REPUBLIKA SLOVENIJA", "(organ, ki je sprejel vlogo)", "izdaja", "POTRDILO",
        "O VLOŽENI VLOGI ZA DOVOLITEV PREBIVANJA V REPUBLIKI SLOVENIJI PO PRENEHANJU ZAČASNE ZAŠČITE ZA OSEBO, "
        "PRI KATERI OBSTAJAJO ZDRAVSTVENI RAZLOGI, ZARADI KATERIH SE NE MORE VRNITI V DRŽAVO ALI REGIJO IZVORA "
        "IN ZA NJENE DRUŽINSKE ČLANE",
        "Priimek in ime:", "Rojstni datum:", "Državljanstvo:", "Sedanje prebivališče v Republiki Sloveniji:",
        "Datum vložitve vloge:", "Datum izdaje potrdila:", "Uradna oseba:", "Žig:",
    ],
    "ZZ-5": [
        "ZZ-5", "MNZ RS (PC-6)", "PRILOGA 5",
        "Na podlagi četrtega odstavka 23. člena Zakona o začasni zaščiti razseljenih oseb (Uradni list RS, "
        "št. 22/25)",
        "REPUBLIKA SLOVENIJA", "(organ, ki je sprejel vlogo)", "izdaja", "POTRDILO",
        "O VLOŽENI VLOGI ZA DOVOLITEV PREBIVANJA V REPUBLIKI SLOVENIJI PO PRENEHANJU ZAČASNE ZAŠČITE ZA "
        "MLADOLETNO OSEBO, KI SE ŠOLA V REPUBLIKI SLOVENIJI, ALI OSEBO, KI JE V TEKOČEM ŠOLSKEM LETU DOPOLNILA "
        "18 LET IN SE ŠOLA V REPUBLIKI SLOVENIJI, TER NJUNIM DRUŽINSKIM ČLANOM",
        "Priimek in ime:", "Rojstni datum:", "Državljanstvo:", "Sedanje prebivališče v Republiki Sloveniji:",
        "Datum vložitve vloge:", "Datum izdaje potrdila:", "Uradna oseba:", "Žig:",
    ],
    "ZZ-6": [
        "PRILOGA 6", "(odtis zglavne štampiljke)", "VLOGA ZA PRIZNANJE STATUSA ZAČASNE ZAŠČITE ZA DRUŽINSKEGA ČLANA",
        "Številka:", "Datum:", "I. PODATKI O DRUŽINSKEM ČLANU OSEBE Z ZAČASNO ZAŠČITO:",
        "1. Priimek:", "2. Ime:", "3. Datum, kraj in država rojstva:", "4. Državljanstvo:", "5. Spol:",
        "6. Priimek, ime, datum in kraj rojstva ter državljanstvo zakonitega zastopnika:", "7. Zakonski stan:",
        "8. Naslov zadnjega stalnega / začasnega prebivališča v tujini:", "9. Naslov prebivališča v Republiki Sloveniji:",
        "10. Dokumenti za ugotavljanje identitete:", "a) vrsta dokumenta", "številka", "izdan pri", "dne",
        "veljaven do", "b) vrsta dokumenta", "c) vrsta dokumenta",
        "11. Sorodstveno razmerje družinskega člana z osebo z začasno zaščito:",
        "12. Kontaktni podatki družinskega člana osebe z začasno zaščito:", "Telefonska številka:", "E-mail naslov:",
        "II. PODATKI O OSEBI Z ZAČASNO ZAŠČITO", "Kontaktni podatki osebe z začasno zaščito:",
        "Telefonska številka:", "E-mail naslov:", "Ugotovitve uradne osebe:", "Podpis osebe z začasno zaščito:",
        "Osebno ime in podpis uradne osebe:", "Osebno ime in podpis morebitnega tolmača:",
        "Varstvo osebnih podatkov – informacija",
        "za namen odločanja o vlogi za priznanje statusa začasne zaščite za družinskega člana",
        "Upravljavec vaše podatke hrani skladno s 73. členom Zakona o začasni zaščiti razseljenih oseb.",
        *NOTICE_END,
    ],
    "ZZ-7": [
        "ZZ-7", "PRILOGA 7", "(odtis zglavne štampiljke)", "VLOGA ZA ZDRUŽITEV Z DRUŽINSKIM ČLANOM",
        "Številka:", "Datum:", "I. PODATKI O DRUŽINSKEM ČLANU OSEBE Z ZAČASNO ZAŠČITO:",
        "1. Priimek:", "2. Ime:", "3. Datum, kraj in država rojstva:", "4. Državljanstvo:", "5. Spol:",
        "6. Priimek, ime, datum in kraj rojstva ter državljanstvo zakonitega zastopnika:", "7. Zakonski stan:",
        "8. Naslov zadnjega stalnega / začasnega prebivališča v tujini:",
        "9. Naslov nameravanega bivanja v Republiki Sloveniji:", "10. Dokumenti za ugotavljanje identitete:",
        "a) vrsta dokumenta", "b) vrsta dokumenta", "c) vrsta dokumenta",
        "11. Datum odhoda iz izvorne države:", "12. Datum prihoda v drugo državo:",
        "13. Sorodstveno razmerje družinskega člana z osebo z začasno zaščito:",
        "14. Kontaktni podatki družinskega člana osebe z začasno zaščito:",
        "II. PODATKI O OSEBI Z ZAČASNO ZAŠČITO",
        "1. Ime in priimek ter naslov začasnega prebivališča osebe z začasno zaščito v Republiki Sloveniji:",
        "2. Kontaktni podatki osebe z začasno zaščito:", "Telefonska številka:", "E-mail naslov:",
        "Ugotovitve uradne osebe:", "Podpis osebe z začasno zaščito:", "Osebno ime in podpis uradne osebe:",
        "Osebno ime in podpis morebitnega tolmača:", "Varstvo osebnih podatkov – informacija",
        "za namen odločanja o vlogi o vlogi za združitev z družinskim članom",
        "obdelujejo skladno z 63. členom Zakona o začasni zaščiti razseljenih oseb", *NOTICE_END,
    ],
    "ZZ-9": [
        "ZZ-9", "PRILOGA 9",
        "Na podlagi sedmega odstavka 62. člena Zakona o začasni zaščiti razseljenih oseb (Uradni list RS, št. 22/25)",
        "REPUBLIKA SLOVENIJA", "Ministrstvo za notranje zadeve", "izdaja", "PREPUSTNICO ZA PREMESTITEV",
        "Številka:", "Datum:", "Priimek:", "Ime:", "Datum rojstva:", "Kraj in država rojstva:", "Državljanstvo:",
        "Spol:",
        "Priimek, ime in datum rojstva zakonitega zastopnika (izpolni pristojni organ, če je oseba z začasno "
        "zaščito mladoletna oseba ali oseba, ki ni poslovno sposobna):",
        "Ta prepustnica velja le za premestitev zgoraj navedene osebe iz Republike Slovenije v",
        "(država premestitve).",
        "Prepustnica ne velja kot potna listina za prehod državne meje ali listina za dokazovanje istovetnosti "
        "imetnika prepustnice.",
        "Istovetnost imetnika prepustnice je bila ugotovljena na podlagi", "(vrsta osebnega dokumenta), izdanega pri",
        "(organ, ki je izdal dokument), št.", "(podpis uradne osebe)",
    ],
}


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("blank", [False, True], ids=["sample", "blank"])
def test_pdf_has_every_label_in_order(code, blank):
    text = pdf_text(pdf_of(code, blank))
    assert_in_order(text, printed_labels(form(code), blank))
    assert_in_order(text, GAZETTE[code])


def _source_lines(code: str) -> list[str]:
    """The lines of one Priloga in the gazette text, blanks (____) removed, without the code header
    (printed once per page) — what a blank form must show, in this order."""
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    number = code.split("-")[1]
    start = next(i for i, line in enumerate(lines) if line.strip() == f"PRILOGA {number}")
    end = next((i for i in range(start + 1, len(lines)) if re.fullmatch(r"(?i)priloga \d+", lines[i].strip())), len(lines))
    header = {code, "MNZ RS (PC-6)"}
    out = []
    for line in lines[start:end]:
        text = re.sub(r"_+", " ", line).strip()
        if text and text not in header:
            out.append(text)
    return out


@pytest.mark.parametrize("code", CODES)
def test_blank_pdf_follows_the_gazette_text_line_by_line(code):
    if not SOURCE.is_file():
        pytest.skip("the gazette text (../shared/sources) is not beside the project")
    text = pdf_text(pdf_of(code, blank=True)).replace("22/25", "")
    assert_in_order(text, _source_lines(code))


@pytest.mark.parametrize("code", CODES)
def test_legal_basis_or_code_header(code):
    text = squash(pdf_text(pdf_of(code)))
    if code in ("ZZ-2", "ZZ-4", "ZZ-5", "ZZ-9"):
        assert squash("(Uradni list RS, št. 22/25)") in text
    pages = [squash(p.extract_text()) for p in PdfReader(BytesIO(pdf_of(code))).pages]
    header = form(code).print_layout.get("running_header") or []
    for page in pages:
        assert all(line.replace(" ", "") in page for line in header)


@pytest.mark.parametrize("code", CODES)
def test_sample_values_are_printed_and_blank_has_none(code):
    definition = form(code)
    values = display_values(definition, definition.sample)
    sample_text = squash(pdf_text(pdf_of(code)))
    blank_text = squash(pdf_text(pdf_of(code, blank=True)))
    boxed = {b["field"] for outer in definition.print_layout["blocks"]
             for b in (outer.get("blocks") or [outer]) if b["kind"] == "choice_boxes"}
    shown = []
    for name, value in values.items():
        if definition.fields[name].type == "boolean" or name in boxed:
            continue  # a ticked attachment is circled, a chosen reason ticked (☒), not written
        if isinstance(value, list):
            shown.extend(v for row in value for v in row.values())
        else:
            shown.extend(value.split("\n"))
    for value in filter(None, shown):
        assert squash(value) in sample_text, (code, value)
        assert squash(value) not in blank_text, (code, value)


def test_zz3_reason_boxes():
    sample_text = squash(pdf_text(pdf_of("ZZ-3")))
    assert squash("☒ zdravstveni razlogi (drugi odstavek 23. člena ZZZRO-1)") in sample_text
    assert squash("☐ Šolanje (četrti odstavek 23. člena ZZZRO-1)") in sample_text
    blank_text = squash(pdf_text(pdf_of("ZZ-3", blank=True)))
    assert "☒" not in blank_text and blank_text.count("☐") == 2
    schooling = {**sample("ZZ-3"), "reason": "schooling"}
    text = squash(pdf_text(render_pdf(form("ZZ-3"), schooling)))
    assert squash("☐ zdravstveni razlogi") in text and squash("☒ Šolanje") in text


def _strokes(pdf: bytes) -> int:
    """Number of rounded-rectangle rings drawn (reportlab draws them as curves, 'c' operators)."""
    reader = PdfReader(BytesIO(pdf))
    return sum(len(re.findall(rb"\sc\n", page.get_contents().get_data())) for page in reader.pages)


def test_zz3_ticked_attachment_is_circled():
    ticked = _strokes(pdf_of("ZZ-3"))
    untouched = _strokes(render_pdf(form("ZZ-3"), {**sample("ZZ-3"), "health_documentation": False}))
    assert untouched == 0 and ticked > 0
    assert _strokes(pdf_of("ZZ-3", blank=True)) == 0


@pytest.mark.parametrize("code", CODES)
def test_slovenian_and_cyrillic_letters_round_trip(code):
    data = sample(code)
    name_field = "full_name" if "full_name" in data else "surname"
    data[name_field] = "Шевченко Žužek-Čač"
    address = "address_si" if "address_si" in form(code).fields else None
    if address:
        data[address] = "вул. Сумська 25, Ljubljana-Šiška"
    text = pdf_text(render_pdf(form(code), data))
    assert "Шевченко Žužek-Čač" in text
    if address:
        assert "вул. Сумська 25, Ljubljana-Šiška" in text
    assert "č" in text and "š" in text and "ž" in text.lower()


@pytest.mark.parametrize("code", CODES)
def test_pdf_pages_are_a4_with_embedded_dejavu(code):
    for pdf in (pdf_of(code), pdf_of(code, blank=True)):
        assert b"Helvetica" not in pdf
        reader = PdfReader(BytesIO(pdf))
        for page in reader.pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                assert "DejaVuSans" in font["/BaseFont"] and "/FontFile2" in font["/FontDescriptor"].get_object()


@pytest.mark.parametrize("code, pages", [("ZZ-2", 1), ("ZZ-3", 2), ("ZZ-4", 1), ("ZZ-5", 1), ("ZZ-6", 2),
                                         ("ZZ-7", 2), ("ZZ-9", 1)])
def test_page_count_like_the_gazette(code, pages):
    assert len(PdfReader(BytesIO(pdf_of(code))).pages) == pages
    assert len(PdfReader(BytesIO(pdf_of(code, blank=True))).pages) == pages


def test_zz3_reason_with_its_attachments_is_never_split():
    data = sample("ZZ-3")  # item 10 starts near the end of page 1: the reason box alone would still fit there
    for rows in range(1, 10):
        data["family_members"] = sample("ZZ-3")["family_members"] * rows
        pages = [squash(p.extract_text()) for p in PdfReader(BytesIO(render_pdf(form("ZZ-3"), data))).pages]
        holding = [i for i, p in enumerate(pages) if squash("☒zdravstveni") in p]
        assert holding and squash("izvid kardiološkega pregleda") in pages[holding[0]], rows


# --- the new print block kinds, generically ---------------------------------------------------


def _raw_with(blocks, fields=None):
    return {
        "code": "XX-8", "title": "Preizkus", "annex": "Priloga 98", "version": "1",
        "source": {"regulation": "Preizkus", "gazette": "Uradni list RS, št. 1/2099", "item": 1, "in_force": "2025-01-01"},
        "sections": [{"id": "all", "title": "Vse", "fields": [f["id"] for f in fields or FIELDS]}],
        "fields": fields or FIELDS,
        "print": {"page": "A4", "blocks": blocks},
    }


FIELDS = [
    {"id": "name", "type": "text", "label": "Ime"},
    {"id": "when", "type": "date", "nature": "plain", "label": "Datum"},
    {"id": "pick", "type": "choice", "label": "Izbira", "choices": [{"value": "a", "label": "prva"}, {"value": "b", "label": "druga"}]},
    {"id": "yes", "type": "boolean", "label": "Soglašam"},
    {"id": "docs", "type": "table", "label": "Dokumenti", "columns": [{"id": "n", "type": "text", "label": "št."}]},
]


def test_new_block_kinds_render_generically():
    blocks = [
        {"kind": "text", "text": "SREDINA", "align": "center", "bold": True},
        {"kind": "pair_line", "cells": [{"label": "Ime:", "fields": ["name"], "width": 0.6},
                                        {"label": "Datum:", "fields": ["when"]}, {"label": "Žig:", "rule": False}]},
        {"kind": "keep_together", "blocks": [
            {"kind": "choice_boxes", "field": "pick"},
            {"kind": "choice_boxes", "field": "yes", "text": "Da, soglašam"},
            {"kind": "bullet", "text": "obkrožena postavka", "field": "yes"},
            {"kind": "bullet", "text": "navadna postavka", "marker": "•"},
        ]},
        {"kind": "sentence", "parts": ["Dokument št.", {"template": "{{ docs[0].n if docs else '' }}", "width_mm": 20},
                                       ", izdan", {"fields": ["when"]}, "."]},
        {"kind": "caption_line", "fields": ["name"], "caption": "(ime)", "align": "right", "width_mm": 60},
        {"kind": "caption_line", "caption": "(podpis)", "align": "center"},
    ]
    definition = build_definition(_raw_with(blocks))
    data = {"name": "Ана Žnidaršič", "when": "2024-02-29", "pick": "b", "yes": True, "docs": [{"n": "ŠT-1"}]}
    text = pdf_text(render_pdf(definition, data))
    assert_in_order(text, ["SREDINA", "Ime:", "Ана Žnidaršič", "Datum:", "29. 02. 2024", "Žig:",
                           "☐ prva", "☒ druga", "☒ Da, soglašam", "– obkrožena postavka", "• navadna postavka",
                           "Dokument št.", "ŠT-1", ", izdan", "29. 02. 2024", ".", "Ана Žnidaršič", "(ime)", "(podpis)"])
    blank = pdf_text(render_pdf(definition, data, blank=True))
    assert "☒" not in blank and "Žnidaršič" not in blank and blank.count("☐") == 3


def test_long_value_in_a_sentence_blank_wraps_and_is_not_cut():
    blocks = [{"kind": "sentence", "parts": ["Naslov:", {"fields": ["name"], "width_mm": 40}, "(kraj)."]}]
    definition = build_definition(_raw_with(blocks))
    long = " ".join(f"beseda{i}" for i in range(60))
    text = pdf_text(render_pdf(definition, {"name": long}))
    assert re.findall(r"beseda\d+", text) == long.split()
    assert_in_order(text, ["Naslov:", "beseda0", "beseda59", "(kraj)."])


@pytest.mark.parametrize("block, problem", [
    ({"kind": "pair_line", "cells": [{"label": "X:", "fields": ["nope"]}]}, "unknown field 'nope'"),
    ({"kind": "pair_line", "cells": [{"label": "X:", "colour": "red"}]}, "unknown key 'colour'"),
    ({"kind": "pair_line", "cells": []}, "non-empty list"),
    ({"kind": "choice_boxes", "field": "name"}, "not a choice or boolean field"),
    ({"kind": "choice_boxes", "field": "pick", "values": ["c"]}, "'c' is not a choice"),
    ({"kind": "bullet", "text": "x", "field": "name"}, "not a boolean field"),
    ({"kind": "sentence", "parts": ["a", {"field": "name"}]}, "unknown key 'field'"),
    ({"kind": "sentence", "parts": ["a", {"template": "{{ name "}]}, "template"),
    ({"kind": "caption_line", "caption": "x", "align": "middle"}, "align must be one of"),
    ({"kind": "text", "text": "x", "align": "middle"}, "align must be one of"),
    ({"kind": "keep_together", "blocks": [{"kind": "line"}]}, "line needs 'label'"),
    ({"kind": "keep_together", "blocks": []}, "non-empty list"),
])
def test_new_block_kinds_are_checked(block, problem):
    with pytest.raises(DefinitionError) as caught:
        build_definition(_raw_with([block]))
    assert problem in str(caught.value) and "print.blocks[0]" in str(caught.value)


# --- command line -------------------------------------------------------------------------------


def run(capsys, *args):
    code = main(with_station(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("code", CODES)
def test_cli_schema_sample_validate_export(capsys, tmp_path, code):
    status, out, _ = run(capsys, "schema", code.lower())
    schema = json.loads(out)
    assert status == 0 and schema["type"] == "object" and set(form(code).fields) - {"photo"} <= set(schema["properties"])
    status, out, _ = run(capsys, "sample", code)
    assert status == 0 and json.loads(out) == json.loads(json.dumps(form(code).sample))
    data = tmp_path / "sample.json"
    data.write_text(out, encoding="utf-8")
    status, out, _ = run(capsys, "validate", code, str(data), "--today", TODAY.isoformat())
    assert status == 0 and json.loads(out) == []
    pdf = tmp_path / "out.pdf"
    status, _, err = run(capsys, "export", code, str(data), "-o", str(pdf))
    assert status == 0, err
    assert_in_order(pdf_text(pdf.read_bytes()), GAZETTE[code])
    blank = tmp_path / "blank.pdf"
    status, _, err = run(capsys, "export", code, "--blank", "-o", str(blank))
    assert status == 0, err
    assert_in_order(pdf_text(blank.read_bytes()), GAZETTE[code])


def test_cli_validate_reports_a_rule_and_exit_1(capsys, tmp_path):
    data = sample("ZZ-9")
    del data["legal_rep_surname"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    status, out, _ = run(capsys, "validate", "ZZ-9", str(path), "--today", TODAY.isoformat())
    assert status == 1
    assert [(f["field"], f["rule"]) for f in json.loads(out)] == [("legal_rep_surname", "minor_requires")]


def test_cli_forms_lists_the_new_codes(capsys):
    status, out, _ = run(capsys, "forms")
    listed = [line.split("\t")[0] for line in out.splitlines()]
    assert status == 0 and set(CODES) <= set(listed)
