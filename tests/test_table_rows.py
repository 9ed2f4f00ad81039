"""Repeating tables: rows that need their cells, row limits, children from the youngest (a warning, and
sorting on save), generic sorting, and long tables that continue on further pages with their header.
No Qt."""

from __future__ import annotations

import copy
import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.engine import DefinitionError
from app.engine import validate
from app.engine.schema import form_schema
from app.engine.tables import first_out_of_order
from app.engine.tables import sorted_rows
from app.engine.validate import normalize
from app.export import render_pdf
from pdf_helpers import TODAY
from pdf_helpers import assert_in_order
from pdf_helpers import define
from pdf_helpers import errors
from pdf_helpers import findings
from pdf_helpers import form
from pdf_helpers import make_emso
from pdf_helpers import page_texts
from pdf_helpers import pdf_of
from pdf_helpers import pdf_text
from pdf_helpers import rules_of
from pdf_helpers import sample
from pdf_helpers import squash


def test_zz3_family_member_row_needs_name_and_relationship():
    data = sample("ZZ-3")
    data["family_members"].append({"address": "Vojkova cesta 78, 1000 Ljubljana"})
    assert rules_of(errors("ZZ-3", data)) == {("family_members[1].name", "required"),
                                               ("family_members[1].relationship", "required")}


def test_zz9_identity_document_is_required_and_complete():
    data = sample("ZZ-9")
    del data["documents"]
    assert rules_of(errors("ZZ-9", data)) == {("documents", "required")}
    data["documents"] = [{"doc_type": "potni list", "doc_number": "FY 221 904"}]
    assert rules_of(errors("ZZ-9", data)) == {("documents[0].issued_by", "required")}
    data["documents"] = [sample("ZZ-9")["documents"][0]] * 2
    assert rules_of(errors("ZZ-9", data)) == {("documents", "max_rows")}


@pytest.mark.parametrize("code", ["UP-2", "UP-3"])
def test_children_out_of_order_warn_and_normalize_sorts(code):
    data = sample(code)
    youngest_first = [row["given_name"] for row in data["children"]]
    data["children"].reverse()
    found = findings(code, data)
    assert [(f.field, f.severity, f.rule) for f in found] == [("children[1]", "warning", "rows_sorted")]
    message = found[0].message
    assert "od najmlajšega do najstarejšega" in message and "8. člena" in message and "razvrsti" in message
    assert errors(code, data) == []  # only a warning: the data is not wrong, only its order
    stored = normalize(form(code), data)
    assert [row["given_name"] for row in stored["children"]] == youngest_first
    assert findings(code, stored) == []
    assert form(code).fields["children"].sort["note"].startswith("Otroci so razvrščeni od najmlajšega")


def test_children_order_boundary_twins_and_unknown_emso():
    data = sample("UP-2")
    sofija, maksym, daryna = data["children"]
    twin = {**maksym, "given_name": "Bohdan", "emso": make_emso("2014-10-15", "M", 90), "tax_number": ""}
    data["children"] = [sofija, maksym, twin, daryna]  # equal birth dates: in order either way
    assert findings("UP-2", data) == []
    data["children"] = [sofija, twin, maksym, daryna]
    assert findings("UP-2", data) == []
    data["children"] = [sofija, daryna, maksym]
    assert [(f.field, f.rule) for f in findings("UP-2", data)] == [("children[2]", "rows_sorted")]
    # a row whose EMŠO is not known yet is not compared (the required finding says what is missing)
    data["children"] = [{**daryna, "emso": ""}, sofija, maksym]
    assert [(f.field, f.rule) for f in findings("UP-2", data)] == [("children[0].emso", "required")]
    stored = normalize(form("UP-2"), data)
    assert [row["given_name"] for row in stored["children"]] == ["Sofija", "Maksym", "Daryna"]


ROWS = """\
sections: [{{id: all, title: Vse, fields: [rows]}}]
fields:
  - id: rows
    type: table
    label: Vrstice
    sort: {sort}
    columns:
      - {{id: day, type: date, label: dan, nature: plain}}
      - {{id: n, type: number, label: n}}
      - {{id: t, type: text, label: t}}
rules:
  - {{rule: rows_sorted, table: rows, cite: preizkus}}
  - {{rule: rows_sorted, table: rows, by: n, order: desc, cite: preizkus}}
print:
  page: A4
  blocks: [{{kind: text, text: x}}]
"""


def test_sorting_is_generic_for_date_number_and_text_columns(tmp_path):
    definition = define(tmp_path, ROWS.format(sort="{by: day}"))
    table = definition.fields["rows"]
    rows = [{"day": "2024-03-01", "n": "2,5", "t": "b"}, {"day": "01. 02. 2024", "n": "10", "t": "Č"}, {}, {"t": "brez"}]
    assert [r.get("t") for r in sorted_rows(table, rows)] == ["Č", "b", "brez", None]
    assert first_out_of_order(table, rows) == (1, 0)
    assert first_out_of_order(table, rows, by="n", order="desc") == (1, 0)
    assert [r.get("t") for r in sorted_rows(table, rows, by="t")] == ["b", "brez", "Č", None]
    found = validate(definition, {"rows": rows}, today=TODAY)
    assert [(f.field, f.rule, f.severity) for f in found] == [("rows[1]", "rows_sorted", "warning")] * 2
    assert "od najzgodnejšega do najpoznejšega datuma" in found[0].message
    stored = normalize(definition, {"rows": rows})  # stored sorted by the table's own order
    assert [r.get("t") for r in stored["rows"]] == ["Č", "b", "brez", None]


@pytest.mark.parametrize("sort, problem", [
    ("{by: nope}", "not a column"), ("{by: day, order: up}", "asc or desc"), ("{order: asc}", "needs"),
    ("{by: day, colour: 1}", "unknown key"),
])
def test_sort_option_is_checked(tmp_path, sort, problem):
    with pytest.raises(DefinitionError, match=problem):
        define(tmp_path, ROWS.format(sort=sort).split("rules:")[0] + "print: {page: A4, blocks: [{kind: text, text: x}]}\n")


@pytest.mark.parametrize("code, table, limit", [
    ("UP-2", "children", 15), ("UP-2", "other_persons", 15), ("UP-2", "accounts", 20), ("UP-2", "incomes", 30),
    ("UP-2", "savings_cash", 10), ("UP-2", "savings_accounts", 20), ("UP-2", "movables", 10),
    ("UP-3", "children", 15), ("UP-3", "lease_persons", 15),
])
def test_too_many_rows_is_an_error(code, table, limit):
    data = sample(code)
    row = data[table][-1]
    if table == "children":
        data[table] = [{**row, "given_name": f"Otrok{i}", "emso": make_emso(f"20{10 + i // 12:02d}-{i % 12 + 1:02d}-01", "Z", 60),
                        "tax_number": ""} for i in range(limit)]
        data[table] = sorted_rows(form(code).fields[table], data[table])
    else:
        data[table] = [copy.deepcopy(row) for _ in range(limit)]
    assert findings(code, data) == []
    assert form_schema(form(code))["properties"][table]["maxItems"] == limit
    data[table].append(copy.deepcopy(data[table][-1]))
    assert rules_of(errors(code, data)) == {(table, "max_rows")}


def _family_of_five():
    """The UP-2 applicant with her husband and three children, two accounts and three incomes."""
    data = sample("UP-2")
    data["accounts"] = data["accounts"][:2]
    assert len(data["children"]) == 3 and data["spouse_surname"] and len(data["incomes"]) == 3
    return data


def test_up2_family_of_five_two_accounts_three_incomes_exports_every_row():
    data = _family_of_five()
    assert findings("UP-2", data) == []
    text = squash(pdf_text(render_pdf(form("UP-2"), data)))
    for value in ["Kravčenko", "Oksana", "Andrij", "2105986505176", "1102984500174", "53168429", "64021939"]:
        assert squash(value) in text
    for row in data["children"]:
        for key in ("given_name", "emso", "tax_number", "school", "programme"):
            assert squash(row[key]) in text, row[key]
    for row in data["accounts"]:
        assert squash(row["iban"]) in text and squash(row["bank"]) in text
    for row in data["incomes"]:
        assert squash(f"{row['kind']}{row['amount']}") in text


def test_children_print_youngest_first():
    text = squash(pdf_text(pdf_of("UP-2")))
    assert text.index("Sofija") < text.index("Maksym") < text.index("Daryna")


LONG = "Javno delniško društvo Ukrsibbank, podružnica Dnipro, Kharkivska regionalna direkcija, Ukrajina"


@pytest.mark.parametrize("code, table, rows, long, header", [
    ("UP-2", "accounts", 20, "bank", "Odprt pri"),
    ("UP-2", "incomes", 30, "kind", "Vrsta dohodka"),
    ("UP-2", "other_persons", 15, "relationship", "Sorodstveno razmerje"),
    ("UP-3", "lease_persons", 15, "relationship", "Davčna številka"),
])
def test_long_table_continues_on_another_page_with_its_header(code, table, rows, long, header):
    data = sample(code)
    template = data[table][0]
    data[table] = [{**template, "surname": f"Vrstica{i:02d}", long: LONG[:form(code).fields[table].column(long).max_length]}
                   for i in range(rows)]
    assert findings(code, data) == []
    pages = page_texts(render_pdf(form(code), data))
    holding = [p for p in pages if re.search(r"Vrstica\d\d", p)]
    assert len(holding) >= 2
    for page in holding:
        assert squash(header) in squash(page)  # the header row is repeated
    everything = "\n".join(pages)
    assert sorted(set(re.findall(r"Vrstica\d\d", everything))) == [f"Vrstica{i:02d}" for i in range(rows)]


@pytest.mark.parametrize("code", ["UP-2", "UP-3"])
def test_fifteen_children_continue_with_the_stacked_header(code):
    data = sample(code)
    data["children"] = [{"surname": f"Otrok{i:02d}", "given_name": f"Ime{i:02d}", "relationship": "hči",
                         "emso": make_emso(f"20{24 - i:02d}-05-01", "Z", 70), "school": f"Šola {i}, {LONG}",
                         "programme": f"program {i}"} for i in range(15)]
    assert findings(code, data) == []
    pages = page_texts(render_pdf(form(code), data))
    holding = [squash(p) for p in pages if re.search(r"Otrok\d\d", p)]
    assert len(holding) >= 2
    for page in holding:
        assert "Izobraževalniprogram" in page and "Davčnaštevilka" in page
    everything = squash("\n".join(pages))
    for i in range(15):
        assert f"Otrok{i:02d}" in everything and f"Ime{i:02d}" in everything and f"program{i}" in everything
    assert everything.index("Otrok00") < everything.index("Otrok14")  # youngest (2024) first


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


def test_up6_family_table_continues_on_a_further_page_never_dropping_a_row():
    data = sample("UP-6")
    row = data["family_members"][0]
    data["family_members"] = [{**row, "given_name": f"Član{i:02d}"} for i in range(20)]
    assert errors("UP-6", data) == []
    text = pdf_text(render_pdf(form("UP-6"), data))
    assert_in_order(text, [f"Član{i:02d}" for i in range(20)])
