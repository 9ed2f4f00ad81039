"""PDF export: wording and order of the official form, fonts, tables that grow, the photo box."""

from __future__ import annotations

import copy
import re
import statistics
import time
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.engine.catalog import default_catalog
from app.engine.definition import build_definition
from app.engine.layout import BLOCKS, display_values
from app.export import ExportError, FormRenderer, render_pdf
from app.export.pdf import PHOTO_BOX_HEIGHT, PHOTO_BOX_WIDTH, RENDERERS
from pdf_helpers import assert_in_order, page_texts, pdf_text, printed_labels, squash

MM = 72 / 25.4

# Straight from Priloga 1 of Uradni list RS, št. 55/2025 (in order): guards the definition itself.
GAZETTE_ZZ1 = [
    "ZZ-1",
    "MNZ RS (PC-6)",
    "PRILOGA 1",
    "(odtis zglavne štampiljke)",
    "VLOGA ZA PRIZNANJE STATUSA ZAČASNE ZAŠČITE",
    "Številka:",
    "Datum:",
    "1. Priimek:",
    "2. Ime:",
    "3. Datum, kraj in država rojstva:",
    "4. Državljanstvo:",
    "5. Spol:",
    "6. Priimek, ime, datum in kraj rojstva ter državljanstvo zakonitega zastopnika:",
    "7. Zakonski stan:",
    "8. Naslov zadnjega stalnega / začasnega prebivališča v tujini:",
    "9. Naslov prebivališča v Republiki Sloveniji:",
    "10. Datum odhoda iz izvorne države:",
    "11. Datum vstopa v Republiko Slovenijo:",
    "12. Dokumenti za ugotavljanje identitete:",
    "a) vrsta dokumenta", "številka", "izdan pri", "dne", "veljaven do",
    "b) vrsta dokumenta", "c) vrsta dokumenta",
    "13. Podatki o družinskih članih, ki spremljajo prosilca za začasno zaščito:",
    "priimek, ime", "naslov stalnega / začasnega prebivališča",
    "14. Podatki o družinskih članih prosilca za začasno zaščito, ki že prebivajo v Republiki Sloveniji:",
    "priimek, ime", "naslov stalnega / začasnega prebivališča",
    "Podatki o osebi, ki spremlja mladoletnega prosilca:",
    "priimek, ime", "naslov stalnega / začasnega prebivališča", "razmerje do mladoletnega prosilca",
    "15. Kontaktni podatki prosilca za začasno zaščito:",
    "Telefonska številka:",
    "E-mail naslov:",
    "Ugotovitve uradne osebe:",
    "Podpis prosilca za začasno zaščito:",
    "Osebno ime in podpis uradne osebe:",
    "Osebno ime in podpis morebitnega tolmača:",
    "Varstvo osebnih podatkov – informacija",
    "obdelujejo skladno z 69. členom Zakona o začasni zaščiti razseljenih oseb",
    "Podatki iz 1., 2., 3., 4., 5., 9. in 11. točke obrazca",
    "Upravljavec vaše podatke hrani skladno s 73. členom Zakona o začasni zaščiti razseljenih oseb.",
    "na Ministrstvu za notranje zadeve: dpo.mnz@gov.si.",
    "lahko vložite pritožbo pri informacijskem pooblaščencu.",
]


@pytest.fixture(scope="module")
def zz1():
    return default_catalog().get("ZZ-1")


@pytest.fixture(scope="module")
def renderer(zz1):
    return FormRenderer(zz1)


@pytest.fixture(scope="module")
def sample_pdf(renderer, zz1):
    return renderer.render(zz1.sample)


@pytest.fixture(scope="module")
def blank_pdf(renderer):
    return renderer.render(None, blank=True)


# --- wording and order ------------------------------------------------------------------------


def test_sample_has_every_label_in_order(zz1, sample_pdf):
    assert_in_order(pdf_text(sample_pdf), printed_labels(zz1, blank=False))


def test_sample_has_the_gazette_wording_in_order(sample_pdf):
    assert_in_order(pdf_text(sample_pdf), GAZETTE_ZZ1)


def test_sample_values_are_printed(zz1, sample_pdf):
    text = squash(pdf_text(sample_pdf))
    values = display_values(zz1, zz1.sample)
    for key in ("number", "date", "surname", "given_name", "birth_date", "citizenship", "sex", "marital_status",
                "address_abroad", "address_si", "departure_date", "entry_date", "phone", "email",
                "officer_findings", "official_name", "interpreter_name", "photo_reference"):
        assert squash(values[key]) in text, key
    for line in values["office"].split("\n"):
        assert squash(line) in text
    for table in ("documents", "family_accompanying", "family_in_slovenia"):
        for row in values[table]:
            for cell in row.values():
                assert squash(cell) in text, (table, cell)
    assert_in_order(pdf_text(sample_pdf), ["1. Priimek:", "Ševčenko", "2. Ime:", "Olena", "3. Datum", "14. 03. 1988"])


def test_cyrillic_and_slovenian_letters_round_trip(sample_pdf):
    text = pdf_text(sample_pdf)
    assert "Шевченко Андрій" in text
    assert "Ševčenko" in text
    assert "Харків" in text
    assert "Mojca Žagar" in text


def test_sample_is_three_a4_pages_like_the_gazette(sample_pdf):
    reader = PdfReader(BytesIO(sample_pdf))
    assert len(reader.pages) == 3
    first = squash(reader.pages[0].extract_text())
    assert squash("1. Priimek:") in first and squash("12. Dokumenti za ugotavljanje identitete:") in first
    last = squash(reader.pages[-1].extract_text())
    assert squash("Varstvo osebnih podatkov – informacija") in last


def test_metadata(zz1, sample_pdf):
    meta = PdfReader(BytesIO(sample_pdf)).metadata
    assert meta.title == "ZZ-1 – Vloga za priznanje statusa začasne zaščite"
    assert meta.author == "Priloga"
    assert meta.creator == "Priloga"
    assert zz1.source.gazette in meta.subject


# --- blank form -------------------------------------------------------------------------------


def test_blank_has_every_label_and_no_sample_value(zz1, blank_pdf):
    text = pdf_text(blank_pdf)
    assert_in_order(text, printed_labels(zz1, blank=True))
    assert_in_order(text, GAZETTE_ZZ1)
    squashed = squash(text)
    values = display_values(zz1, zz1.sample)
    printed = []
    for value in values.values():
        if isinstance(value, list):
            printed.extend(v for row in value for v in row.values())
        else:
            printed.append(value)
    for value in filter(None, printed):
        assert squash(value) not in squashed, value


def test_blank_ignores_data(renderer, zz1):
    assert "Ševčenko" not in pdf_text(renderer.render(zz1.sample, blank=True))


def test_every_page_is_a4(blank_pdf, sample_pdf):
    for pdf in (blank_pdf, sample_pdf):
        for page in PdfReader(BytesIO(pdf)).pages:
            box = page.mediabox
            assert (round(float(box.width)), round(float(box.height))) == (595, 842)


# --- fonts ------------------------------------------------------------------------------------


def test_no_helvetica_and_all_fonts_embedded(sample_pdf, blank_pdf):
    for pdf in (sample_pdf, blank_pdf):
        assert b"Helvetica" not in pdf
        reader = PdfReader(BytesIO(pdf))
        fonts = {}
        for page in reader.pages:
            for name, ref in page["/Resources"]["/Font"].items():
                fonts[name] = ref.get_object()
        assert fonts
        for font in fonts.values():
            assert "DejaVuSans" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


# --- tables and long texts grow, never cut ----------------------------------------------------


def test_25_family_rows_are_all_printed(renderer, zz1):
    data = copy.deepcopy(zz1.sample)
    data["family_accompanying"] = [{"name": f"Priimek{i:02d} Ime", "address": f"Ulica {i}, Харків"} for i in range(25)]
    text = pdf_text(renderer.render(data))
    for i in range(25):
        assert f"Priimek{i:02d} Ime" in text


def test_long_table_continues_on_next_page_with_header(renderer, zz1):
    data = copy.deepcopy(zz1.sample)
    data["family_accompanying"] = [{"name": f"Oseba{i:02d} Test", "address": f"Naslov {i}"} for i in range(45)]
    pages = page_texts(renderer.render(data))
    holding = [p for p in pages if re.search(r"Oseba\d\d", p)]
    assert len(holding) >= 2
    for page in holding:
        assert "priimek, ime" in page  # header row repeated
    everything = "\n".join(pages)
    for i in range(45):
        assert f"Oseba{i:02d} Test" in everything


def test_long_texts_wrap_and_are_never_cut(renderer, zz1):
    data = copy.deepcopy(zz1.sample)
    findings = " ".join(f"ugotovitev{i}" for i in range(220))
    data["officer_findings"] = findings
    data["address_si"] = "Nadvse" + "dolgo" * 30 + "imenovana ulica 1, 1000 Ljubljana"
    data["documents"] = [
        {"doc_type": f"dokument {i}", "doc_number": f"ŠT-{i}", "issued_by": "Državna migracijska služba Ukrajine, oddelek 6310, Harkiv",
         "issued_on": "2019-06-04", "valid_until": "2029-06-04"}
        for i in range(5)
    ]
    pdf = renderer.render(data)
    # the findings run over a page break (the running header comes between): every word, in order
    assert re.findall(r"ugotovitev\d+", pdf_text(pdf)) == findings.split()
    text = squash(pdf_text(pdf))
    assert squash(data["address_si"]) in text
    assert_in_order(pdf_text(pdf), ["a)", "dokument 0", "b)", "c)", "d)", "dokument 3", "e)", "dokument 4"])
    assert text.count(squash("Državna migracijska služba Ukrajine, oddelek 6310, Harkiv")) == 5


# --- photo ------------------------------------------------------------------------------------


def _jpeg(size=(350, 450), color=(120, 160, 200)) -> bytes:
    from PIL import Image

    out = BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def _image_placements(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(BytesIO(pdf))
    sizes = []
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        images = {name for name, ref in xobjects.items() if ref.get_object()["/Subtype"] == "/Image"}
        stream = page.get_contents().get_data().decode("latin-1")
        for a, b, c, d, name in re.findall(
            r"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) [-\d.]+ [-\d.]+ cm\s*(/\S+) Do", stream
        ):
            if name in images:
                sizes.append((float(a), float(d)))
    return sizes


def test_photo_fills_the_35x45_box(renderer, zz1):
    pdf = renderer.render(zz1.sample, photo=_jpeg())
    sizes = _image_placements(pdf)
    assert len(sizes) == 1
    width, height = sizes[0]
    assert width == pytest.approx(35 * MM, abs=0.1) == pytest.approx(99.2, abs=0.1)
    assert height == pytest.approx(45 * MM, abs=0.1) == pytest.approx(127.6, abs=0.1)
    assert PHOTO_BOX_WIDTH == pytest.approx(35 * MM) and PHOTO_BOX_HEIGHT == pytest.approx(45 * MM)
    # with a photo, the reference number is not printed in the box
    assert "EOF-2025-000418" not in pdf_text(pdf)


def test_png_with_alpha_and_odd_proportions(renderer, zz1):
    from PIL import Image

    out = BytesIO()
    Image.new("RGBA", (600, 400), (10, 20, 30, 128)).save(out, "PNG")
    sizes = _image_placements(renderer.render(zz1.sample, photo=out.getvalue()))
    assert len(sizes) == 1 and sizes[0] == (pytest.approx(35 * MM, abs=0.1), pytest.approx(45 * MM, abs=0.1))


def test_unreadable_photo_raises_export_error(renderer, zz1):
    with pytest.raises(ExportError, match="Fotografije ni mogoče prebrati"):
        renderer.render(zz1.sample, photo=b"not an image at all")


def test_blank_ignores_photo(renderer, zz1):
    assert _image_placements(renderer.render(zz1.sample, photo=_jpeg(), blank=True)) == []


def test_reference_number_in_box_without_photo(sample_pdf, blank_pdf, zz1):
    assert "EOF-2025-000418" in pdf_text(sample_pdf)
    caption = squash(zz1.print_layout["blocks"][3]["caption"])
    assert caption not in squash(pdf_text(sample_pdf))
    assert caption in squash(pdf_text(blank_pdf))


# --- generic: every block kind, any definition ------------------------------------------------


def test_every_block_kind_has_a_renderer():
    for kind in BLOCKS:
        assert kind in RENDERERS, kind


def test_other_definition_with_every_block_kind():
    raw = {
        "code": "XX-9",
        "title": "Preizkusni obrazec",
        "annex": "Priloga 99",
        "version": "1",
        "source": {"regulation": "Preizkus", "gazette": "Uradni list RS, št. 1/2099", "item": 1, "in_force": "2025-01-01"},
        "sections": [{"id": "all", "title": "Vse", "fields": ["name", "when", "office", "photo", "kids", "notes"]}],
        "fields": [
            {"id": "name", "type": "text", "label": "Ime"},
            {"id": "when", "type": "date", "nature": "plain", "label": "Datum"},
            {"id": "office", "type": "text", "label": "Organ", "multiline": True},
            {"id": "photo", "type": "photo", "label": "Fotografija"},
            {"id": "kids", "type": "table", "label": "Otroci",
             "columns": [{"id": "n", "type": "text", "label": "ime"}, {"id": "d", "type": "date", "nature": "plain", "label": "rojen"}]},
            {"id": "notes", "type": "text", "label": "Opombe", "multiline": True},
        ],
        "print": {
            "page": "A4",
            "running_header": ["XX-9"],
            "blocks": [
                {"kind": "annex_label", "text": "PRILOGA 99"},
                {"kind": "stamp", "caption": "(žig)"},
                {"kind": "title", "text": "PREIZKUS", "subtitle": "podnaslov"},
                {"kind": "photo_beside", "field": "photo", "caption": "(foto)", "beside": [
                    {"kind": "line", "label": "Ime:", "fields": ["name"]}]},
                {"kind": "text", "text": "Uvodno besedilo.", "size": 9},
                {"kind": "spacer", "mm": 4},
                {"kind": "line", "label": "Kdaj:", "template": "{{ join(' / ', when, name) }}", "indent_mm": 5},
                {"kind": "repeat_lines", "table": "kids", "rows": 2,
                 "lines": [[{"label": "ime", "field": "n"}, {"label": "rojen", "field": "d"}]]},
                {"kind": "page_break"},
                {"kind": "table", "table": "kids", "min_rows": 2,
                 "columns": [{"header": "ime", "field": "n", "width": 0.7}, {"header": "rojen", "field": "d", "width": 0.3}]},
                {"kind": "lines", "fields": ["notes"], "lines": 2},
                {"kind": "signature", "label": "Podpis:", "template": "{{ name }}"},
                {"kind": "notice", "title": "Obvestilo", "paragraphs": ["Prvi odstavek.", "Drugi odstavek."]},
            ],
        },
    }
    definition = build_definition(raw)
    data = {"name": "Ана Žnidaršič", "when": "2024-02-29", "kids": [{"n": "Petra", "d": "2015-05-01"}] * 4, "notes": "x"}
    pdf = render_pdf(definition, data)
    pages = page_texts(pdf)
    assert len(pages) == 2 and all("XX-9" in p for p in pages)
    assert_in_order("\n".join(pages), [
        "XX-9", "PRILOGA 99", "(žig)", "PREIZKUS", "podnaslov", "Ime:", "Ана Žnidaršič", "(foto)",
        "Uvodno besedilo.", "Kdaj:", "29. 02. 2024 / Ана Žnidaršič", "a)", "Petra", "b)", "c)", "d)", "01. 05. 2015",
        "XX-9", "ime", "rojen", "Petra", "Podpis:", "Ана Žnidaršič", "Obvestilo", "Prvi odstavek.", "Drugi odstavek.",
    ])
    assert PdfReader(BytesIO(pdf)).metadata.title == "XX-9 – Preizkusni obrazec"


# --- speed ------------------------------------------------------------------------------------


def test_render_is_fast(renderer, zz1):
    renderer.render(zz1.sample)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        renderer.render(zz1.sample)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.25  # ≈ 35 ms here; generous for slow CI machines
