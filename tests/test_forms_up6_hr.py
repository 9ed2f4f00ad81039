"""UP-6 … UP-9 (Uredba o načinu uveljavljanja in zagotavljanja pravic …, Priloge 6–9) and HR-1 … HR-4
(Uredba o hišnem redu …, Priloge 1–4), Uradni list RS, št. 55/2025: definitions, samples, register and
derive, every rule at its boundary, the printed wording and order of each Priloga, blank forms, and
the command line. No Qt."""

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
from app.engine import validate
from app.engine.layout import display_values
from app.engine.prefill import check_prefill_spec, derive, from_register
from app.engine.rules import add_months, first_of_next_month, period_end
from app.engine.schema import form_schema
from app.export import render_pdf
from pdf_helpers import assert_in_order, form, pdf_text, rules_of, sample, squash

UP = ["UP-6", "UP-7", "UP-8", "UP-9"]
HR = ["HR-1", "HR-2", "HR-3", "HR-4"]
CODES = UP + HR
TODAY = dt.date(2026, 6, 1)  # after every sample's dates
SOURCES = Path(__file__).resolve().parents[2] / "shared" / "sources"
SOURCE = {"UP": SOURCES / "ul-55-2025-2257-uredba-pravice-zacasna-zascita.txt",
          "HR": SOURCES / "ul-55-2025-2258-uredba-hisni-red.txt"}


# --- helpers ----------------------------------------------------------------------------------


def findings(code, data, today=TODAY):
    return validate(form(code), data, today=today, strict=True)


def errors(code, data, today=TODAY):
    return [f for f in findings(code, data, today) if f.severity == "error"]


def warnings(code, data, today=TODAY):
    return [f for f in findings(code, data, today) if f.severity == "warning"]


def iso(day: dt.date) -> str:
    return day.isoformat()


def printed_labels(definition) -> list[str]:
    """Every fixed text of the print blocks, in print order (built from the definition)."""
    layout = definition.print_layout
    out = list(layout.get("running_header") or [])

    def walk(blocks):
        for block in blocks:
            kind = block["kind"]
            if kind in ("annex_label", "title", "heading", "text", "bullet", "footnote"):
                out.append(" ".join(block["text"].split()))
                if block.get("subtitle"):
                    out.append(block["subtitle"])
            elif kind in ("stamp", "caption_line"):
                out.append(block["caption"])
            elif kind in ("line", "signature"):
                out.append(block["label"])
            elif kind == "answer":
                out.append(block["word"])
            elif kind == "pair_line":
                out.extend(cell["label"] for cell in block["cells"])
            elif kind == "caption_row":
                out.extend(cell["caption"] for cell in block["cells"])
            elif kind == "sentence":
                out.extend(part for part in block["parts"] if isinstance(part, str))
            elif kind == "choice_boxes":
                field = definition.fields[block["field"]]
                if field.type == "boolean":
                    out.append(block.get("text") or field.label)
                else:
                    labels = {c.value: c.label for c in field.choices}
                    out.extend(labels[v] for v in block.get("values") or labels)
            elif kind == "keep_together":
                walk(block["blocks"])
            elif kind == "repeat_lines":
                markers = block.get("markers") or []
                for index in range(block["rows"]):
                    if index < len(markers):
                        out.append(markers[index])
                    for line in block["lines"]:
                        out.extend(cell["label"] for cell in line if cell.get("label"))
            elif kind == "table":
                out.extend(column["header"] for column in block["columns"])
            elif kind == "grid":
                for row in block["rows"]:
                    out.extend(cell["label"] for cell in row if cell.get("label"))

    walk(layout["blocks"])
    return out


_PDFS: dict = {}


def pdf_of(code, blank=False) -> bytes:
    key = (code, blank)
    if key not in _PDFS:
        _PDFS[key] = render_pdf(form(code), None if blank else form(code).sample, blank=blank)
    return _PDFS[key]


# --- definitions and samples --------------------------------------------------------------------

ANNEX = {"UP-6": 6, "UP-7": 7, "UP-8": 8, "UP-9": 9, "HR-1": 1, "HR-2": 2, "HR-3": 3, "HR-4": 4}


@pytest.mark.parametrize("code", CODES)
def test_definition_loads(code):
    definition = form(code)
    assert definition.code == code and definition.path.endswith(f"{code.lower()}.yaml")
    assert definition.annex == f"Priloga {ANNEX[code]}"
    assert definition.source.gazette == "Uradni list RS, št. 55/2025"
    assert definition.source.item == (2257 if code in UP else 2258)
    assert "22/25" in definition.source.legal_basis
    assert definition.date_field and definition.fields[definition.date_field].type == "date"
    assert definition.title_fields and set(definition.title_fields) <= set(definition.fields)
    assert definition.print_layout["running_header"] == [f"Priloga {ANNEX[code]}"]


@pytest.mark.parametrize("code", CODES)
def test_sample_is_valid(code):
    assert [f.to_dict() for f in findings(code, sample(code))] == []
    assert set(sample(code)) <= set(form_schema(form(code))["properties"])


@pytest.mark.parametrize("code", CODES)
def test_every_rule_cites_its_source(code):
    for spec in form(code).rules:
        if spec["rule"] != "not_future":
            assert spec.get("cite"), spec


@pytest.mark.parametrize("code", CODES)
def test_samples_use_slovenian_and_cyrillic_letters(code):
    text = json.dumps(sample(code), ensure_ascii=False)
    assert re.search(r"[čšžČŠŽ]", text) and re.search(r"[\u0400-\u04FF]", text), code


@pytest.mark.parametrize("code", CODES)
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


# --- date helpers ------------------------------------------------------------------------------


@pytest.mark.parametrize("day, months, expected", [
    ("2026-01-31", 1, "2026-02-28"), ("2028-01-31", 1, "2028-02-29"), ("2026-08-31", 6, "2027-02-28"),
    ("2026-02-01", 6, "2026-08-01"), ("2026-12-15", 1, "2027-01-15"), ("2026-03-31", -1, "2026-02-28"),
])
def test_add_months(day, months, expected):
    assert add_months(dt.date.fromisoformat(day), months) == dt.date.fromisoformat(expected)


def test_first_of_next_month_and_period_end():
    assert first_of_next_month(dt.date(2026, 1, 31)) == dt.date(2026, 2, 1)
    assert first_of_next_month(dt.date(2026, 12, 1)) == dt.date(2027, 1, 1)
    assert period_end(dt.date(2026, 2, 1), 6) == dt.date(2026, 7, 31)
    assert period_end(dt.date(2026, 9, 1), 6) == dt.date(2027, 2, 28)
    assert period_end(dt.date(2026, 2, 1), 6, dt.date(2026, 5, 15)) == dt.date(2026, 5, 15)
    assert period_end(dt.date(2026, 2, 1), 6, dt.date(2026, 9, 1)) == dt.date(2026, 7, 31)


# --- UP-6: a new statement at most 30 days before the period ends ---------------------------------


@pytest.mark.parametrize("statement, ok", [
    ("2026-07-01", True),   # 30 days before 31. 7.
    ("2026-06-30", False),  # 31 days before
    ("2026-07-31", True),   # on the last day
    ("2026-08-05", True),   # after the period: a gap, not too early
])
def test_up6_new_statement_at_most_30_days_before_the_end(statement, ok):
    data = sample("UP-6")
    data["previous_period_to"], data["date"] = "2026-07-31", statement
    found = errors("UP-6", data, today=dt.date(2026, 9, 1))
    if ok:
        assert found == []
    else:
        assert rules_of(found) == {("date", "not_before_end")}
        message = found[0].message
        assert "31 dni" in message and "01. 07. 2026" in message and "13. člena Uredbe" in message


def test_up6_first_statement_has_no_previous_period():
    data = sample("UP-6")
    del data["previous_period_to"]
    assert errors("UP-6", data) == []


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


def test_up6_tax_number_and_account_are_checked():
    data = sample("UP-6")
    data["tax_number"] = "94580732"
    data["iban"] = "SI56 0201 0025 8761 435"
    data["family_members"][0]["tax_number"] = "1234"
    assert rules_of(errors("UP-6", data)) == {("tax_number", "type:tax_number"), ("iban", "type:iban"),
                                              ("family_members[0].tax_number", "type:tax_number")}


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


# --- UP-7: from the first of the next month, six months or to the end of protection --------------


@pytest.mark.parametrize("statement, start, ok", [
    ("2026-01-31", "2026-02-01", True),   # statement on 31. 1. → from 1. 2.
    ("2026-01-01", "2026-02-01", True),
    ("2026-01-31", "2026-01-31", False),
    ("2026-01-31", "2026-03-01", False),
    ("2026-02-01", "2026-02-01", False),  # a statement on the 1st: still the next month
    ("2025-12-10", "2026-01-01", True),   # over the new year
])
def test_up7_period_starts_on_the_first_of_the_next_month(statement, start, ok):
    data = sample("UP-7")
    data.update(statement_date=statement, period_from=start, date="2026-02-05",
                period_to=iso(period_end(dt.date.fromisoformat(start), 6)))
    found = [f for f in errors("UP-7", data) if f.rule == "period_from_next_month"]
    assert (found == []) == ok, found
    if not ok:
        expected = first_of_next_month(dt.date.fromisoformat(statement))
        assert found[0].field == "period_from" and expected.strftime("%d. %m. %Y") in found[0].message
        assert "drugi odstavek 13. člena Uredbe" in found[0].message


@pytest.mark.parametrize("end, until, ok", [
    ("2026-07-31", None, True),            # six months from 1. 2.
    ("2026-07-30", None, False),
    ("2026-08-01", None, False),
    ("2026-05-15", "2026-05-15", True),    # protection ends earlier: shorter
    ("2026-07-31", "2026-05-15", False),
    ("2026-07-31", "2026-07-31", True),    # protection ends on the same day
    ("2026-07-31", "2026-08-01", True),    # protection ends later: six months
    ("2026-08-01", "2026-08-01", False),
])
def test_up7_period_lasts_six_months_or_to_the_end_of_protection(end, until, ok):
    data = sample("UP-7")
    data["period_to"] = end
    data.pop("protection_until")
    if until:
        data["protection_until"] = until
    found = errors("UP-7", data)
    assert (found == []) == ok, found
    if not ok:
        assert rules_of(found) == {("period_to", "period_length_months")}
        expected = period_end(dt.date(2026, 2, 1), 6, dt.date.fromisoformat(until) if until else None)
        assert expected.strftime("%d. %m. %Y") in found[0].message and "prvi odstavek 13. člena" in found[0].message
        if until and expected < period_end(dt.date(2026, 2, 1), 6):
            assert "krajše" in found[0].message


def test_up7_protection_ending_before_the_period():
    data = sample("UP-7")
    data["protection_until"] = "2026-01-31"
    assert rules_of(errors("UP-7", data)) == {("protection_until", "period_length_months")}
    data["protection_until"] = "2026-02-01"  # one day of pocket money
    data["period_to"] = "2026-02-01"
    assert errors("UP-7", data) == []


def test_up7_certificate_not_before_the_statement():
    data = sample("UP-7")
    data["date"] = data["statement_date"]
    assert errors("UP-7", data) == []
    data["date"] = "2026-01-11"
    assert rules_of(errors("UP-7", data)) == {("date", "date_order")}


def test_up7_prints_the_start_as_month_and_year():
    text = squash(pdf_text(pdf_of("UP-7")))
    assert squash("dodeljena žepnina od februarja 2026 (mesec in leto) dalje.") in text
    for month, name in ((1, "januarja"), (8, "avgusta"), (12, "decembra")):
        data = {**sample("UP-7"), "period_from": f"2026-{month:02d}-01"}
        assert squash(f"od {name} 2026 (mesec in leto)") in squash(pdf_text(render_pdf(form("UP-7"), data)))


# --- UP-8: the eighteen kinds of change, reported within eight days --------------------------------

CHANGES = [
    "1. pridobitev ali izguba dohodkov, prejemkov in premoženja;",
    "2. sprememba števila družinskih članov (na primer sklenitev zakonske zveze, rojstvo otroka, prihod "
    "združenega/-ih družinskega/-ih člana/-ov v Republiko Slovenijo);",
    "3. sprememba prebivališča;",
    "4. preselitev zaradi šolanja;",
    "5. zaposlitev ali izguba ali prenehanje zaposlitve;",
    "6. šolanje na vseh stopnjah izobraževanja;",
    "7. odprtje ali sprememba plačilnega računa,",
    "8. sprememba kontaktnih podatkov;",
    "9. sprememba osebnega imena;",
    "10. sprememba zakonskega stanu;",
    "11. sprememba prejemnika nakazila denarne pomoči in denarne pomoči za zasebno nastanitev;",
    "12. sklenitev nove najemne pogodbe oziroma dogovora o uporabi nepremičnine;",
    "13. sprememba višine najemnine in stroškov;",
    "14. pridobitev mednarodne zaščite;",
    "15. pridobitev dovoljenja za prebivanje ali začasne zaščite v drugi državi;",
    "16. prostovoljna trajna vrnitev v državo ali regijo izvora;",
    "17. sprejem v novo državljanstvo, razen v državljanstvo Republike Slovenije;",
    "18. drugo:",
]


def test_up8_has_the_eighteen_kinds_of_change_in_order():
    definition = form("UP-8")
    boxes = [b["field"] for b in definition.print_layout["blocks"] if b["kind"] == "choice_boxes"]
    assert [definition.fields[f].label for f in boxes] == CHANGES
    assert all(definition.fields[f].type == "boolean" for f in boxes)


@pytest.mark.parametrize("days, warned", [(0, False), (8, False), (9, True), (30, True)])
def test_up8_change_reported_within_eight_days(days, warned):
    data = sample("UP-8")
    data["change_date"] = iso(dt.date(2026, 2, 6) - dt.timedelta(days=days))
    assert errors("UP-8", data) == []
    found = warnings("UP-8", data)
    assert bool(found) == warned
    if warned:
        assert rules_of(found) == {("change_date", "reported_within")}
        assert "osmih dneh" in found[0].message and f"{days} dni pozneje" in found[0].message


def test_up8_change_announced_ahead_is_fine():
    data = sample("UP-8")
    data["change_date"] = "2026-03-01"
    assert findings("UP-8", data) == []


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


def test_up8_ticked_changes_print_ticked():
    text = squash(pdf_text(pdf_of("UP-8")))
    assert squash("☒ 3. sprememba prebivališča;") in text and squash("☒ 8. sprememba kontaktnih") in text
    assert squash("☐ 1. pridobitev") in text and text.count("☒") == 2
    blank = squash(pdf_text(pdf_of("UP-8", blank=True)))
    assert "☒" not in blank and blank.count("☐") == 18


# --- UP-9: absences over 24 hours from the centre, over 15 days from Slovenia ----------------------


def _centre(from_date, from_time, to_date, to_time):
    data = sample("UP-9")
    row = data["absences_centre"][0]
    row.update(from_date=from_date, to_date=to_date)
    for key, value in (("from_time", from_time), ("to_time", to_time)):
        row.pop(key)
        if value:
            row[key] = value
    data["absences_centre"] = [row]
    return data


@pytest.mark.parametrize("period, outcome", [
    (("2026-03-06", "16:00", "2026-03-07", "16:01"), "ok"),       # 24 h 1 min
    (("2026-03-06", "16:00", "2026-03-07", "16:00"), "warning"),  # exactly 24 h: not over
    (("2026-03-06", "16:00", "2026-03-06", "20:00"), "warning"),
    (("2026-03-06", "16:00", "2026-03-06", "16:00"), "warning"),  # zero length: short, not reversed
    (("2026-03-06", "16:00", "2026-03-06", "15:59"), "error"),    # reversed by a minute
    (("2026-03-06", None, "2026-03-06", None), "warning"),        # one whole day = 24 h
    (("2026-03-06", None, "2026-03-07", None), "ok"),             # two whole days
    (("2026-03-07", None, "2026-03-06", None), "error"),
])
def test_up9_absence_from_the_centre_over_24_hours(period, outcome):
    data = _centre(*period)
    found = [f for f in findings("UP-9", data) if f.rule == "period_longer_than"]
    if outcome == "ok":
        assert found == []
    else:
        assert [(f.field, f.severity) for f in found] == [("absences_centre[0].to_date", outcome)]
        assert "drugi odstavek 14. člena Uredbe" in found[0].message
        assert ("obrnjeno" if outcome == "error" else "daljša od 1 dan") in found[0].message


@pytest.mark.parametrize("start, end, outcome", [
    ("2026-04-01", "2026-04-16", "ok"),        # 16 days
    ("2026-04-01", "2026-04-15", "warning"),   # 15 days: not over 15
    ("2026-04-01", "2026-04-01", "warning"),
    ("2026-04-01", "2026-03-31", "error"),
])
def test_up9_absence_from_slovenia_over_15_days(start, end, outcome):
    data = sample("UP-9")
    data["absences_slovenia"][0].update(from_date=start, to_date=end)
    found = [f for f in findings("UP-9", data) if f.rule == "period_longer_than"]
    if outcome == "ok":
        assert found == []
    else:
        assert [(f.field, f.severity) for f in found] == [("absences_slovenia[0].to_date", outcome)]
        if outcome == "warning":
            assert "daljša od 15 dni" in found[0].message and "15 dni" in form("UP-9").rules[3]["cite"]


def test_up9_kind_of_absence_ticked_and_its_table_filled():
    data = sample("UP-9")
    data["from_centre"] = data["from_slovenia"] = False
    del data["absences_centre"], data["absences_slovenia"]
    assert rules_of(errors("UP-9", data)) == {("from_centre", "at_least_one")}
    data["from_slovenia"] = True
    assert rules_of(errors("UP-9", data)) == {("absences_slovenia", "required")}


def test_up9_rows_need_person_and_dates():
    data = sample("UP-9")
    data["absences_centre"].append({"surname": "Lysenko", "from_date": "2026-03-06"})
    assert rules_of(errors("UP-9", data)) == {(f"absences_centre[2].{c}", "required")
                                              for c in ("given_name", "emso", "relationship", "to_date")}
    data["absences_centre"][2].update(given_name="Ірина", emso="0212991505774", relationship="mati",
                                      to_date="2026-03-09", from_time="25:00")
    assert rules_of(errors("UP-9", data)) == {("absences_centre[2].emso", "type:emso"),
                                              ("absences_centre[2].from_time", "type:time")}


def test_up9_table_prints_the_period_and_continues_past_seven_rows():
    text = squash(pdf_text(pdf_of("UP-9")))
    assert squash("06. 03. 2026 16:00 – 08. 03. 2026 19:30") in text
    assert squash("01. 04. 2026 – 25. 04. 2026") in text
    data = sample("UP-9")
    row = data["absences_centre"][0]
    data["absences_centre"] = [{**row, "given_name": f"Oseba{i}"} for i in range(12)]
    pdf = render_pdf(form("UP-9"), data)
    assert all(f"Oseba{i}" in pdf_text(pdf) for i in range(12))
    assert len(PdfReader(BytesIO(pdf)).pages) >= 1


# --- HR-1: only for persons older than 15 ----------------------------------------------------------


@pytest.mark.parametrize("birth, on, ok", [
    ("2011-02-10", "2026-02-10", False),  # the 15th birthday: exactly 15, not older
    ("2011-02-09", "2026-02-10", True),   # 15 years and a day
    ("2011-02-11", "2026-02-10", False),  # 14
    ("1990-01-01", "2026-02-10", True),
    ("2012-02-29", "2027-02-28", False),  # born on 29 February: the 15th birthday is 28 February
    ("2012-02-29", "2027-03-01", True),
])
def test_hr1_only_for_persons_older_than_15(birth, on, ok):
    data = sample("HR-1")
    data.update(birth_date=birth, received_on=on, date=on)
    found = errors("HR-1", data, today=dt.date(2027, 6, 1))
    assert (found == []) == ok, found
    if not ok:
        assert rules_of(found) == {("birth_date", "older_than")}
        assert "starejša od 15 let" in found[0].message and "2. člena Uredbe o hišnem redu" in found[0].message


def test_hr1_extracts_received_not_after_signing():
    data = sample("HR-1")
    data["received_on"] = "2026-02-11"
    assert rules_of(errors("HR-1", data)) == {("date", "date_order")}


# --- HR-2: visiting hours from < to --------------------------------------------------------------


@pytest.mark.parametrize("start, end, ok", [
    ("15:00", "15:01", True), ("15:00", "15:00", False), ("17:30", "15:00", False), ("9:00", "9.30", True),
])
def test_hr2_visiting_hours_from_before_to(start, end, ok):
    data = sample("HR-2")
    data.update(time_from=start, time_to=end)
    found = errors("HR-2", data)
    assert (found == []) == ok, found
    if not ok:
        assert rules_of(found) == {("time_to", "time_order")} and "Priloga 2 Uredbe o hišnem redu" in found[0].message


def test_hr2_time_must_be_a_clock_time_and_permit_issued_beforehand():
    data = sample("HR-2")
    data["time_to"] = "24:00"
    assert rules_of(errors("HR-2", data)) == {("time_to", "type:time")}
    data = sample("HR-2")
    data["visit_date"] = data["date"]
    assert errors("HR-2", data) == []
    data["visit_date"] = "2026-03-11"
    assert rules_of(errors("HR-2", data)) == {("visit_date", "date_order")}


# --- HR-3 / HR-4: up to ten items ----------------------------------------------------------------


@pytest.mark.parametrize("code", ["HR-3", "HR-4"])
def test_up_to_ten_items(code):
    data = sample(code)
    data["items"] = [{"item": f"predmet št. {i}"} for i in range(1, 11)]
    assert errors(code, data) == []
    data["items"].append({"item": "enajsti predmet"})
    assert rules_of(errors(code, data)) == {("items", "max_rows")}
    assert form_schema(form(code))["properties"]["items"]["maxItems"] == 10
    data["items"] = []
    assert rules_of(errors(code, data)) == {("items", "required")}


@pytest.mark.parametrize("code", ["HR-3", "HR-4"])
def test_ten_numbered_lines_are_printed(code):
    for pdf in (pdf_of(code), pdf_of(code, blank=True)):
        text = pdf_text(pdf)
        numbers = [int(m) for m in re.findall(r"^(\d{1,2})\.(?![ \t]*\d)", text, flags=re.M)]
        assert numbers == list(range(1, 11)), numbers
    data = sample(code)
    data["items"] = [{"item": f"predmet-{i}"} for i in range(1, 11)]
    text = pdf_text(render_pdf(form(code), data))
    assert len(PdfReader(BytesIO(render_pdf(form(code), data))).pages) == 1
    assert_in_order(text, [f"{i}. predmet-{i}" for i in range(1, 11)])


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


def _rings(pdf: bytes) -> int:
    return sum(len(re.findall(rb"\sc\n", page.get_contents().get_data())) for page in PdfReader(BytesIO(pdf)).pages)


def test_hr3_the_party_that_seized_is_ringed():
    security = _rings(pdf_of("HR-3"))
    office = _rings(render_pdf(form("HR-3"), {**sample("HR-3"), "seized_by": "office"}))
    assert security > 0 and office > 0 and _rings(pdf_of("HR-3", blank=True)) == 0
    text = squash(pdf_text(pdf_of("HR-3")))
    assert squash("Boštjan Černe, Sintal d.o.o.") in text


# --- printed wording and order ------------------------------------------------------------------

# Straight from the gazette, in order; the blanks "Uradni list RS, št. …" are printed filled in
# (ZZZRO-1: 22/25; the Uredbe: 55/25).
GAZETTE = {
    "UP-6": [
        "Priloga 6", "IZJAVA OSEBE Z ZAČASNO ZAŠČITO GLEDE UPRAVIČENOSTI DO ŽEPNINE",
        "Podatki o osebi z začasno zaščito:", "Priimek:", "Ime:", "Naslov prebivanja:", "EMŠO:", "Davčna številka:",
        "Telefon:*", "E-pošta:*", "Številka plačilnega računa osebe z začasno zaščito:", "odprt pri:",
        "Podatki o zakonitem zastopniku oziroma skrbniku, če je vlagatelj postavljen pod skrbništvo:",
        "Priimek:", "Ime:", "Naslov prebivanja:", "EMŠO:", "Davčna številka:", "Telefon:*", "E-pošta:*",
        "Številka plačilnega računa skrbnika:", "odprt pri:", "Družinski člani:",
        "Priimek", "Ime", "Sorodstveno razmerje", "EMŠO", "Davčna številka", "* neobvezno",
        "Spodaj podpisani zase in za osebe, navedene v izjavi zgoraj, izjavljam:",
        "– da sem/smo brez dohodkov, prejemkov in premoženja oziroma da mi/nam preživljanja ne zagotavljajo "
        "zavezanci, ki so me/nas v skladu s predpisi Republike Slovenije dolžni in zmožni preživljati,",
        "– da so vsi podatki, navedeni v izjavi, resnični, točni in popolni ter v skladu s 50. členom Zakona o "
        "začasni zaščiti razseljenih oseb (Uradni list RS, št. 22/25) in da za svojo izjavo prevzemam vso "
        "materialno in kazensko odgovornost,",
        "– da bom naslovnemu organu sporočil vsa dejstva in okoliščine oziroma spremembe, ki vplivajo na odločitev "
        "o dodelitvi pravice, in sicer v osmih dneh od dneva, ko so nastale oziroma sem zanje izvedel.",
        "(kraj in datum)", "(podpis osebe/skrbnika)",
    ],
    "UP-7": [
        "Priloga 7", "Glava Urada Vlade Republike Slovenije za oskrbo in integracijo migrantov",
        "Na podlagi 50. člena Zakona o začasni zaščiti razseljenih oseb (Uradni list RS, št. 22/25) in 13. člena "
        "Uredbe o načinu uveljavljanja in zagotavljanja pravic prosilcem za začasno zaščito in osebam z začasno "
        "zaščito (Uradni list RS, št. 55/25) Urad Vlade Republike Slovenije za oskrbo in integracijo migrantov "
        "izdaja",
        "POTRDILO O DODELITVI ŽEPNINE", "Osebi z začasno zaščito (ime in priimek):", "in",
        "njenim mladoletnim družinskim članom (ime in priimek):", "ter", "družinskemu članu (ime in priimek):",
        "je bila za obdobje šest mesecev dodeljena žepnina od", "(mesec in leto)", "dalje.",
        "Datum:", "Žig:", "Podpis:",
    ],
    "UP-8": [
        "Priloga 8", "OBRAZEC ZA SPOROČANJE SPREMEMB", "Priimek:", "Ime:", "EMŠO:",
        "sporočam zase in za svoje družinske člane naslednje spremembe: (obkrožite ustrezno)",
        *CHANGES, "Obrazložitev spremembe:", "Priloge:", "Kraj in datum:", "Podpis:",
    ],
    "UP-9": [
        "Priloga 9", "OBRAZEC ZA SPOROČANJE ODSOTNOSTI", "Priimek:", "Ime:", "EMŠO:", "Naslov prebivanja:",
        "Sporočam (obkrožite in izpolnite):",
        "1. svojo odsotnost in odsotnost svojih družinskih članov iz nastanitvenega centra ali druge nastanitvene "
        "kapacitete:",
        "Priimek", "Ime", "EMŠO", "Sorodstveno razmerje", "Obdobje odsotnosti (od–do)",
        "2. svojo odsotnost in odsotnost svojih družinskih članov iz Republike Slovenije:",
        "Priimek", "Ime", "EMŠO", "Sorodstveno razmerje", "Obdobje odsotnosti (od–do)",
        "Kraj in datum:", "Podpis:",
    ],
    "HR-1": [
        "Priloga 1", "IZJAVA",
        "o seznanitvi s hišnim in požarnim redom ter ukrepi zaradi kršitev hišnega reda v nastanitvenih centrih in "
        "drugih nastanitvenih kapacitetah",
        "Spodaj podpisani/-a",
        "(ime in priimek osebe, nastanjene v nastanitvenem centru ali drugi nastanitveni kapaciteti Urada Vlade "
        "Republike Slovenije za oskrbo in integracijo migrantov)",
        "potrjujem, da sem dne",
        "prejel/-a izvlečke iz veljavne uredbe, ki ureja hišni red nastanitvenih centrov in drugih nastanitvenih "
        "kapacitet za prosilce za začasno zaščito in osebe z začasno zaščito, v meni razumljivem jeziku.",
        "Seznanjen/-a sem z določbami hišnega reda in požarnega reda ter z ukrepi, ki se v skladu z zakonom, ki ureja "
        "začasno zaščito razseljenih oseb, lahko izrečejo za kršitve hišnega reda.",
        "Opombe:", "Datum:", "Podpis:",
    ],
    "HR-2": [
        "Priloga 2",
        "Na podlagi prvega odstavka 8. člena Uredbe o hišnem redu nastanitvenih centrov in drugih nastanitvenih "
        "kapacitet za prosilce za začasno zaščito in osebe z začasno zaščito (Uradni list RS, št. 55/25) Urad Vlade "
        "Republike Slovenije za oskrbo in integracijo migrantov izdaja",
        "DOVOLILNICO ZA OBISK", "(ime, priimek, rojstni datum, državljanstvo nastanjene osebe)", "se dovoli obisk",
        "(ime in priimek obiskovalca/-ke)", "dne", ", od (ura)", "do (ura)", "v prostoru:", ".",
        "Datum in kraj:", "Žig:", "Podpis:",
    ],
    "HR-3": [
        "Priloga 3",
        "Na podlagi prvega odstavka 13. člena Uredbe o hišnem redu nastanitvenih centrov in drugih nastanitvenih "
        "kapacitet za prosilce za začasno zaščito in osebe z začasno zaščito (Uradni list RS, št. 55/25) Urad Vlade "
        "Republike Slovenije za oskrbo in integracijo migrantov izdaja",
        "POTRDILO O ODVZEMU PREDMETOV", "Dne", "je Urad Vlade Republike Slovenije za oskrbo in integracijo migrantov",
        "oziroma zasebna varnostna družba", "(ime, priimek, datum rojstva in državljanstvo nastanjene osebe)",
        "začasno odvzel/-a naslednje predmete:", *[f"{i}." for i in range(1, 11)],
        "Podpis uslužbenca Urada Vlade Republike Slovenije za oskrbo in integracijo migrantov:", "Žig:",
        "Podpis nastanjene osebe:", "Podpis uslužbenca zasebne varnostne družbe:",
    ],
    "HR-4": [
        "Priloga 4",
        "Na podlagi 14. člena Uredbe o hišnem redu nastanitvenih centrov in drugih nastanitvenih kapacitet za "
        "prosilce za začasno zaščito in osebe z začasno zaščito (Uradni list RS, št. 55/25) Urad Vlade Republike "
        "Slovenije za oskrbo in integracijo migrantov izdaja",
        "POTRDILO O PREVZEMU", "Dne", "je Urad Vlade Republike Slovenije za oskrbo in integracijo migrantov",
        "prevzel od", "(ime, priimek, datum rojstva, državljanstvo nastanjene osebe)",
        "denar oziroma vrednostne papirje:", *[f"{i}." for i in range(1, 11)],
        "Podpis uslužbenca Urada Vlade Republike Slovenije za oskrbo in integracijo migrantov:", "Žig:",
        "Podpis nastanjene osebe:",
    ],
}


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("blank", [False, True], ids=["sample", "blank"])
def test_pdf_has_every_label_in_order(code, blank):
    text = pdf_text(pdf_of(code, blank))
    assert_in_order(text, printed_labels(form(code)))
    assert_in_order(text, GAZETTE[code])


def _source_lines(code: str) -> list[str]:
    """The lines of one Priloga in the gazette text, blanks (____) and the "Priloga N" running head
    removed, the "…" of a gazette reference filled in as printed — what a blank form must show."""
    lines = SOURCE[code[:2]].read_text(encoding="utf-8").splitlines()
    number = ANNEX[code]
    # the Uredba o pravicah numbers its Priloge 1–9 after the articles: the first "Priloga 6" head
    # after the last article (17. člen) starts Priloga 6; the Uredba o hišnem redu likewise
    last_article = max(i for i, line in enumerate(lines) if re.fullmatch(r"\d+\. člen", line.strip()))
    start = next(i for i, line in enumerate(lines) if i > last_article and line.strip() == f"Priloga {number}")
    end = next((i for i in range(start + 1, len(lines))
                if re.fullmatch(r"Priloga \d+", lines[i].strip()) and lines[i].strip() != f"Priloga {number}"),
               len(lines))
    out = []
    for line in lines[start:end]:
        text = re.sub(r"_+", " ", line).replace("\u0336", "–").replace("…", "").strip()
        if text and text != f"Priloga {number}":
            out.append(text)
    return out


@pytest.mark.parametrize("code", CODES)
def test_blank_pdf_follows_the_gazette_text_line_by_line(code):
    if not SOURCE[code[:2]].is_file():
        pytest.skip("the gazette text (../shared/sources) is not beside the project")
    text = pdf_text(pdf_of(code, blank=True)).replace("22/25", "").replace("55/25", "")
    expected = _source_lines(code)
    if code == "UP-6":  # the footnote sits at the foot of page 1, after the family table's empty rows
        expected.remove("* neobvezno")
        assert "* neobvezno" in text
    if code in ("UP-6", "UP-9"):  # table headers: the gazette text runs a header's two lines apart
        expected = [line for line in expected if line not in ("Priimek Ime Sorodstveno", "razmerje EMŠO Davčna številka",
                                                              "Priimek Ime EMŠO Sorodstveno", "razmerje",
                                                              "Obdobje odsotnosti", "(od–do)")]
    if code in ("HR-3", "HR-4"):  # the signature labels stand side by side in three columns
        expected = [line for line in expected if not line.startswith(("Podpis", "Republike Slovenije za oskrbo",
                                                                      "integracijo migrantov:", "Žig:", "varnostne"))]
    assert_in_order(text, expected)


@pytest.mark.parametrize("code", CODES)
def test_sample_values_are_printed_and_blank_has_none(code):
    definition = form(code)
    values = display_values(definition, definition.sample)
    not_printed = {"UP-6": {"previous_period_to"}, "UP-7": {"statement_date", "protection_until", "period_from",
                                                            "period_to"},
                   "HR-1": {"birth_date"}, "HR-3": {"seized_by", "police_station"}}.get(code, set())
    sample_text = squash(pdf_text(pdf_of(code)))
    blank_text = squash(pdf_text(pdf_of(code, blank=True)))
    shown = []
    for name, value in values.items():
        if definition.fields[name].type == "boolean" or name in not_printed:
            continue
        if isinstance(value, list):
            shown.extend(v for row in value for v in row.values())
        else:
            shown.extend(value.split("\n"))
    assert shown
    fixed = squash(" ".join(printed_labels(definition)))
    for value in filter(None, shown):
        if squash(value) in fixed:  # e.g. the Urad's name in its own letterhead
            continue
        assert squash(value) in sample_text, (code, value)
        assert squash(value) not in blank_text, (code, value)


@pytest.mark.parametrize("code", CODES)
def test_pdf_pages_are_a4_with_embedded_dejavu(code):
    for pdf in (pdf_of(code), pdf_of(code, blank=True)):
        assert b"Helvetica" not in pdf
        for page in PdfReader(BytesIO(pdf)).pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                assert "DejaVuSans" in font["/BaseFont"] and "/FontFile2" in font["/FontDescriptor"].get_object()


@pytest.mark.parametrize("code, pages", [("UP-6", 2), ("UP-7", 1), ("UP-8", 2), ("UP-9", 1), ("HR-1", 1),
                                         ("HR-2", 1), ("HR-3", 1), ("HR-4", 1)])
def test_page_count_like_the_gazette(code, pages):
    assert len(PdfReader(BytesIO(pdf_of(code))).pages) == pages
    assert len(PdfReader(BytesIO(pdf_of(code, blank=True))).pages) == pages


@pytest.mark.parametrize("code", CODES)
def test_running_header_on_every_page(code):
    for page in PdfReader(BytesIO(pdf_of(code))).pages:
        assert squash(f"Priloga {ANNEX[code]}") in squash(page.extract_text())


def test_up6_family_table_continues_on_a_further_page_never_dropping_a_row():
    data = sample("UP-6")
    row = data["family_members"][0]
    data["family_members"] = [{**row, "given_name": f"Član{i:02d}"} for i in range(20)]
    assert errors("UP-6", data) == []
    text = pdf_text(render_pdf(form("UP-6"), data))
    assert_in_order(text, [f"Član{i:02d}" for i in range(20)])


# --- command line -------------------------------------------------------------------------------


def run(capsys, *args):
    code = main(with_station(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("code", CODES)
def test_cli_schema_sample_validate_export(capsys, tmp_path, code):
    status, out, _ = run(capsys, "schema", code.lower())
    schema = json.loads(out)
    assert status == 0 and schema["type"] == "object" and set(form(code).fields) <= set(schema["properties"])
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


@pytest.mark.parametrize("code, mutate, rule, status", [
    ("UP-7", {"period_to": "2026-08-01"}, "period_length_months", 1),
    ("HR-2", {"time_to": "15:00"}, "time_order", 1),
    ("UP-8", {"change_date": "2026-01-20"}, "reported_within", 0),  # a warning: exit 0
])
def test_cli_validate_reports_rules(capsys, tmp_path, code, mutate, rule, status):
    path = tmp_path / "data.json"
    path.write_text(json.dumps({**sample(code), **mutate}, ensure_ascii=False), encoding="utf-8")
    result, out, _ = run(capsys, "validate", code, str(path), "--today", TODAY.isoformat())
    assert result == status and [f["rule"] for f in json.loads(out)] == [rule]


def test_cli_forms_lists_the_new_codes(capsys):
    status, out, _ = run(capsys, "forms")
    listed = [line.split("\t")[0] for line in out.splitlines()]
    assert status == 0 and set(CODES) <= set(listed)
