"""Print block kinds: ticked boxes, ringed answers and attachments, sentences with blanks, captions,
footnotes at the foot of the page, parts kept together, dates printed as a month; each kind rendered
from a small inline definition and checked at load. No Qt."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
import yaml
from pypdf import PdfReader

from app.engine import DefinitionError
from app.engine.validate import normalize
from app.export import render_pdf
from pdf_helpers import assert_in_order
from pdf_helpers import define
from pdf_helpers import errors
from pdf_helpers import form
from pdf_helpers import pdf_of
from pdf_helpers import pdf_text
from pdf_helpers import rings
from pdf_helpers import sample
from pdf_helpers import squash

ZZ_CODES = ["ZZ-2", "ZZ-3", "ZZ-4", "ZZ-5", "ZZ-6", "ZZ-7", "ZZ-9"]
UP_1_5 = ["UP-1", "UP-2", "UP-3", "UP-4", "UP-5"]


# "yes" is quoted: YAML 1.1 (PyYAML, as the loader reads forms) reads a bare yes as true
FIELDS = """\
sections: [{id: all, title: Vse, fields: [name, when, pick, "yes", docs]}]
fields:
  - {id: name, type: text, label: Ime}
  - {id: when, type: date, label: Datum, nature: plain}
  - id: pick
    type: choice
    label: Izbira
    choices: [{value: a, label: prva}, {value: b, label: druga}]
  - {id: "yes", type: boolean, label: Soglašam}
  - {id: docs, type: table, label: Dokumenti, columns: [{id: n, type: text, label: št.}]}
"""


def _with_blocks(tmp_path, fields: str, blocks: list):
    """A definition of the fields above printing just `blocks` (to check one block kind at load)."""
    return define(tmp_path, {**yaml.safe_load(fields), "print": {"page": "A4", "blocks": blocks}})


def test_new_block_kinds_render_generically(tmp_path):
    definition = define(tmp_path, FIELDS + """\
print:
  page: A4
  blocks:
    - {kind: text, text: SREDINA, align: center, bold: true}
    - kind: pair_line
      cells:
        - {label: "Ime:", fields: [name], width: 0.6}
        - {label: "Datum:", fields: [when]}
        - {label: "Žig:", rule: false}
    - kind: keep_together
      blocks:
        - {kind: choice_boxes, field: pick}
        - {kind: choice_boxes, field: "yes", text: "Da, soglašam"}
        - {kind: bullet, text: obkrožena postavka, field: "yes"}
        - {kind: bullet, text: navadna postavka, marker: •}
    - kind: sentence
      parts: [Dokument št., {template: "{{ docs[0].n if docs else '' }}", width_mm: 20}, ", izdan", {fields: [when]}, .]
    - {kind: caption_line, fields: [name], caption: (ime), align: right, width_mm: 60}
    - {kind: caption_line, caption: (podpis), align: center}
""")
    data = {"name": "Ана Žnidaršič", "when": "2024-02-29", "pick": "b", "yes": True, "docs": [{"n": "ŠT-1"}]}
    text = pdf_text(render_pdf(definition, data))
    assert_in_order(text, ["SREDINA", "Ime:", "Ана Žnidaršič", "Datum:", "29. 02. 2024", "Žig:",
                           "☐ prva", "☒ druga", "☒ Da, soglašam", "– obkrožena postavka", "• navadna postavka",
                           "Dokument št.", "ŠT-1", ", izdan", "29. 02. 2024", ".", "Ана Žnidaršič", "(ime)", "(podpis)"])
    blank = pdf_text(render_pdf(definition, data, blank=True))
    assert "☒" not in blank and "Žnidaršič" not in blank and blank.count("☐") == 3


def test_long_value_in_a_sentence_blank_wraps_and_is_not_cut(tmp_path):
    definition = define(tmp_path, FIELDS + """\
print:
  page: A4
  blocks:
    - kind: sentence
      parts: ["Naslov:", {fields: [name], width_mm: 40}, (kraj).]
""")
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
def test_new_block_kinds_are_checked(tmp_path, block, problem):
    with pytest.raises(DefinitionError) as caught:
        _with_blocks(tmp_path, FIELDS, [block])
    assert problem in str(caught.value) and "print.blocks[0]" in str(caught.value)


ANSWER_FIELDS = """\
sections: [{id: all, title: Vse, fields: [name, when, "yes", tick, kids]}]
fields:
  - {id: name, type: text, label: Ime}
  - {id: when, type: date, label: Datum, nature: plain}
  - {id: "yes", type: choice, label: DA/NE, choices: [{value: da, label: DA}, {value: ne, label: NE}]}
  - {id: tick, type: boolean, label: Priloga}
  - id: kids
    type: table
    label: Otroci
    columns: [{id: a, type: text, label: a}, {id: b, type: text, label: b}, {id: c, type: text, label: c}]
"""


def test_answer_caption_grid_and_stacked_blocks_render_generically(tmp_path):
    definition = define(tmp_path, ANSWER_FIELDS + """\
print:
  page: A4
  blocks:
    - {kind: answer, word: DA, fields: [name], caption: (ime osebe)}
    - {kind: answer, word: NE, field: "yes", value: ne}
    - {kind: answer, word: kopija listine;, marker: "1.", field: tick}
    - kind: caption_row
      cells: [{fields: [when], caption: (datum)}, {caption: (podpis), width_mm: 50}]
    - kind: stacked_table
      table: kids
      min_rows: 2
      columns: [{header: [A, B], fields: [a, b], width: 0.6}, {header: C, fields: [c]}]
    - kind: grid
      rows:
        - [{text: levo}, {text: desno, bold: true}]
        - [{label: "Ime:", fields: [name]}, {}]
    - {kind: footnote, text: "* opomba"}
""")
    data = {"name": "Ана Žnidaršič", "when": "2024-02-29", "yes": "ne", "tick": True,
            "kids": [{"a": "a1", "b": "b1", "c": "c1"}] * 3}
    text = pdf_text(render_pdf(definition, data))
    assert_in_order(text, ["DA", "Ана Žnidaršič", "(ime osebe)", "NE", "1.", "kopija listine;", "29. 02. 2024",
                           "(datum)", "(podpis)", "A", "B", "C", "a1", "b1", "c1", "a1", "a1", "levo", "desno",
                           "Ime:", "Ана Žnidaršič", "* opomba"])
    blank = pdf_text(render_pdf(definition, data, blank=True))
    assert "Žnidaršič" not in blank and "a1" not in blank and "* opomba" in blank


@pytest.mark.parametrize("block, problem", [
    ({"kind": "answer", "word": "DA", "field": "name", "value": "x"}, "not a choice or boolean"),
    ({"kind": "answer", "word": "DA", "field": "yes", "value": "morda"}, "not a choice"),
    ({"kind": "answer", "word": "DA", "value": "da"}, "value needs field"),
    ({"kind": "answer", "word": "DA", "caption": "(x)"}, "caption belongs under a blank"),
    ({"kind": "answer", "word": "DA", "marker": "1.", "fields": ["name"]}, "without a blank"),
    ({"kind": "caption_row", "cells": [{"fields": ["name"]}]}, "with a caption"),
    ({"kind": "caption_row", "cells": [{"caption": "x", "fields": ["nope"]}]}, "unknown field 'nope'"),
    ({"kind": "stacked_table", "table": "name", "columns": [{"header": "x", "fields": ["a"]}]}, "not a table field"),
    ({"kind": "stacked_table", "table": "kids", "columns": [{"header": "x", "fields": ["a", "b", "c"]}]}, "one or two"),
    ({"kind": "stacked_table", "table": "kids", "columns": [{"header": "x", "fields": ["z"]}]}, "unknown column 'z'"),
    ({"kind": "grid", "rows": [[{"text": "a"}], [{"text": "a"}, {"text": "b"}]]}, "needs 1 cells"),
    ({"kind": "grid", "rows": [[{"colour": "red"}]]}, "unknown key 'colour'"),
    ({"kind": "grid", "rows": [[{"label": "x", "align": "middle"}]]}, "align must be one of"),
    ({"kind": "footnote"}, "footnote needs 'text'"),
])
def test_answer_caption_grid_and_stacked_blocks_are_checked(tmp_path, block, problem):
    with pytest.raises(DefinitionError) as caught:
        _with_blocks(tmp_path, ANSWER_FIELDS, [block])
    assert problem in str(caught.value) and "print.blocks[0]" in str(caught.value)


def test_zz3_reason_boxes():
    sample_text = squash(pdf_text(pdf_of("ZZ-3")))
    assert squash("☒ zdravstveni razlogi (drugi odstavek 23. člena ZZZRO-1)") in sample_text
    assert squash("☐ Šolanje (četrti odstavek 23. člena ZZZRO-1)") in sample_text
    blank_text = squash(pdf_text(pdf_of("ZZ-3", blank=True)))
    assert "☒" not in blank_text and blank_text.count("☐") == 2
    schooling = {**sample("ZZ-3"), "reason": "schooling"}
    text = squash(pdf_text(render_pdf(form("ZZ-3"), schooling)))
    assert squash("☐ zdravstveni razlogi") in text and squash("☒ Šolanje") in text


def test_zz3_ticked_attachment_is_circled():
    ticked = rings(pdf_of("ZZ-3"))
    untouched = rings(render_pdf(form("ZZ-3"), {**sample("ZZ-3"), "health_documentation": False}))
    assert untouched == 0 and ticked > 0
    assert rings(pdf_of("ZZ-3", blank=True)) == 0


def test_zz3_reason_with_its_attachments_is_never_split():
    data = sample("ZZ-3")  # item 10 starts near the end of page 1: the reason box alone would still fit there
    for rows in range(1, 10):
        data["family_members"] = sample("ZZ-3")["family_members"] * rows
        pages = [squash(p.extract_text()) for p in PdfReader(BytesIO(render_pdf(form("ZZ-3"), data))).pages]
        holding = [i for i, p in enumerate(pages) if squash("☒zdravstveni") in p]
        assert holding and squash("izvid kardiološkega pregleda") in pages[holding[0]], rows


def _heights(page, wanted: str) -> list[float]:
    """The heights (pt above the bottom edge) at which `wanted` is drawn on a page."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip() == wanted:
            found.append(cm[5] + tm[5])

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("code", ["UP-1", "UP-2", "UP-3", "UP-5"])
def test_footnote_sits_at_the_foot_of_the_first_page(code, blank):
    pages = PdfReader(BytesIO(pdf_of(code, blank))).pages
    first = pages[0].extract_text()
    assert "Telefon:*" in squash(first) and "E-pošta:*" in squash(first)
    heights = _heights(pages[0], "* neobvezno")
    assert len(heights) == 1 and heights[0] < 15 * 72 / 25.4  # in the bottom margin, under the text
    assert all(_heights(page, "* neobvezno") == [] for page in pages[1:])


def test_up2_property_tables_only_with_da():
    data = sample("UP-2")
    data["has_property"] = "ne"
    assert errors("UP-2", data) == []
    text = squash(pdf_text(render_pdf(form("UP-2"), data)))
    assert "TMBCS21Z0C2012345" not in text and "412,37" not in text  # what does not apply does not print
    data["has_property"] = "DA"  # the printed label is accepted and stored as its value
    assert normalize(form("UP-2"), data)["has_property"] == "da"


def test_answers_are_ringed_when_chosen():
    def rings(pdf: bytes) -> int:
        reader = PdfReader(BytesIO(pdf))
        return sum(len(re.findall(rb"\sc\n", page.get_contents().get_data())) for page in reader.pages)

    assert rings(pdf_of("UP-2", blank=True)) == 0
    data = sample("UP-2")
    base = rings(render_pdf(form("UP-2"), data))
    data["maintenance"], data["maintenance_details"] = "da", "Kravčenko Maksym, 120 EUR"
    assert rings(render_pdf(form("UP-2"), data)) == base  # the ring moved from NE to DA
    data["attach_schooling"] = True
    assert rings(render_pdf(form("UP-2"), data)) > base


def test_up7_prints_the_start_as_month_and_year():
    text = squash(pdf_text(pdf_of("UP-7")))
    assert squash("dodeljena žepnina od februarja 2026 (mesec in leto) dalje.") in text
    for month, name in ((1, "januarja"), (8, "avgusta"), (12, "decembra")):
        data = {**sample("UP-7"), "period_from": f"2026-{month:02d}-01"}
        assert squash(f"od {name} 2026 (mesec in leto)") in squash(pdf_text(render_pdf(form("UP-7"), data)))


def test_up8_ticked_changes_print_ticked():
    text = squash(pdf_text(pdf_of("UP-8")))
    assert squash("☒ 3. sprememba prebivališča;") in text and squash("☒ 8. sprememba kontaktnih") in text
    assert squash("☐ 1. pridobitev") in text and text.count("☒") == 2
    blank = squash(pdf_text(pdf_of("UP-8", blank=True)))
    assert "☒" not in blank and blank.count("☐") == 18


def test_hr3_the_party_that_seized_is_ringed():
    security = rings(pdf_of("HR-3"))
    office = rings(render_pdf(form("HR-3"), {**sample("HR-3"), "seized_by": "office"}))
    assert security > 0 and office > 0 and rings(pdf_of("HR-3", blank=True)) == 0
    text = squash(pdf_text(pdf_of("HR-3")))
    assert squash("Boštjan Černe, Sintal d.o.o.") in text


@pytest.mark.parametrize("code", ZZ_CODES)
def test_names_and_addresses_in_slovenian_and_cyrillic_letters_round_trip(code):
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


@pytest.mark.parametrize("code", UP_1_5)
def test_slovenian_and_cyrillic_letters_round_trip(code):
    data = sample(code)
    data["surname"] = "Шевченко Žužek-Čač"
    data["address_si"] = "вул. Сумська 25, Ljubljana-Šiška"
    text = pdf_text(render_pdf(form(code), data))
    assert "Шевченко Žužek-Čač" in text and "вул. Сумська 25, Ljubljana-Šiška" in text
