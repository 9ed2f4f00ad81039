"""Every form in forms/ conforms: found through the catalogue, so a new definition file is tested by
these checks with no new test code.

For each form: the definition loads and `check-forms` passes it; its JSON Schema (`schema CODE`) is
a valid JSON Schema that its sample fits; the sample validates clean; the command line's round trip
(`sample` → `validate` → `import` → `drafts` → `export --draft`) prints the sample's values; the blank
and the sample PDF carry the form's labels in print order and follow its Priloga's official text
(where ../shared/sources holds it); every font of every PDF is embedded; the wizard opens every page.

Work is shared per form: one station for the module, one set of command-line exports per form."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
from io import BytesIO

import jsonschema
import pytest
from pypdf import PdfReader

from app.cli import main
from app.engine import default_catalog, validate
from app.engine.layout import display_values
from app.export import render_pdf
from pdf_helpers import (annex_text_lines, assert_in_order, body_text, page_texts, pdf_text, plain_marks, printed_fields, printed_labels,
                         running_header, source_file, squash)
from ui_helpers import ui_app  # noqa: F401
from ws_helpers import ensure_station

CATALOG = default_catalog()
CODES = CATALOG.codes()
A4 = (595, 842)

# Where a form's printed text departs from the gazette's plain-text order for a reason of layout, not of
# wording. Each entry is data about one form; a new form needs one only if its layout does the same.
# "moved": lines the gazette text runs in another order (a table's header words, which its plain text
# interleaves; a footnote printed at the foot of the page): every word must still be printed.
# "not_on_the_form": the gazette's own captions around a form (they describe it, they are not on it).
# "hyphenated": lines ending in a word the gazette hyphenates at its line's end ("k po-"), not a hyphen of
# the word itself ("vzgojno-izobraževalnega"): the word is joined with the next line's first.
PHOTO_BOX = ["prostor za fotografijo ali", "referenčna številka iz", "elektronskega odložišča", "fotografij"]
PHOTO_BOX_NARROW = ["prostor za fotografijo", "ali referenčna številka", "iz elektronskega", "odložišča fotografij"]
GAZETTE_LAYOUT = {
    "ZZ-1": {"moved": ["izdan pri dne veljaven do", "c) vrsta dokumenta številka",
                       "priimek, ime naslov stalnega / začasnega", "prebivališča", "razmerje do mladoletnega"]},
    "ZZ-8": {"not_on_the_form": ["OBRAZEC IZKAZNICE OSEBE Z ZAČASNO ZAŠČITO", "PREDNJA STRAN OBRAZCA",
                                 "HRBTNA STRAN OBRAZCA"]},
    "UP-1": {"moved": ["* neobvezno"]},
    "UP-2": {"moved": ["Ime Davčna številka Izobraževalni", "Priimek Ime Vrsta dohodka Višina dohodka",
                       "Ime in priimek lastnika plačilnega", "ali denarnega računa Znesek Valuta Številka plačilnega ali",
                       "denarnega računa Odprt pri"]},
    "UP-3": {"moved": ["izobraževanje) ime Davčna številka Izobraževalni"]},
    # The residence-permit forms (Uradni list RS 55/2025): the gazette draws the photo box at the right of
    # the first items and the DA / NE answers as a column at the right of item 9's choices; its plain text
    # gives that box's caption (PHOTO_BOX, PHOTO_BOX_NARROW) and that column only after the items beside them.
    "TUJ-1/1": {"moved": PHOTO_BOX + ["DA NE",
                          # footnote 4 at the foot of the gazette's page, inside list A's sentence that runs on
                          "4 Polje 32 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja ali izdaje "
                          "enotnega dovoljenja kot nadaljnjega dovoljenja za začasno", "prebivanje."],
                "not_on_the_form": ["7", "9"],
                "hyphenated": ["C - Prošnji za podaljšanje enotnega dovoljenja zaradi zaposlitve na podlagi soglasja "
                               "zavoda k po-",
                               "daljšanju enotnega dovoljenja za namen zaposlitve (18. člen Zakona o zaposlovanju, samo-",
                               "G3 - tujec, ki uveljavlja interes Republike Slovenije na gospodarskem področju oziroma "
                               "na področju izobra-"]},  # the gazette's page numbers inside lists D and G
    "TUJ-20/1": {"moved": PHOTO_BOX + ["DA NE",
                           # footnotes 3-6 at the foot of the gazette's page, below the official's box begun there
                           '3 Polje 14 se izpolni v primeru prošnje za izdajo prvega dovoljenja za začasno prebivanje.',
                           '4 Polje 15 se izpolni v primeru prošnje za podaljšanje dovoljenja za začasno prebivanje.',
                           '5 Polje 18 se izpolni, kadar ima tujec v Republiki Sloveniji izdan vizum za dolgoročno bivanje, če je tujec nekdanji imetnik modre karte EU ali nekdanji',
                           'imetnik enotnega dovoljenja za osebo, premeščeno znotraj gospodarske družbe (ICT), nekdanji imetnik dovoljenja za začasno prebivanje zaradi',
                           'opravljanja raziskovalnega dela, nekdanji imetnik dovoljenja za začasno prebivanje zaradi študija ali družinski član nekdanjega imetnika dovoljenja',
                           'za začasno prebivanje zaradi opravljanja raziskovalnega dela oziroma, če je tujcu prenehal status mednarodne zaščite iz razlogov, določenih v',
                           'zakonu, ki ureja mednarodno zaščito, ali če je oseba s priznano subsidiarno zaščito ali družinski član imetika modre karte EU s priznano',
                           'mednarodno zaščito v drugi državi članici EU.',
                           '6 Polje 23 se izpolni v primeru prošnje za podaljšanje dovoljenja ali za izdajo dovoljenja kot nadaljnjega dovoljenja za začasno prebivanje.']},
    "TUJ-3/1": {"moved": PHOTO_BOX + ["DA NE"] + [
                         # footnotes 2-4 at the foot of the gazette's page, below the official's box
                         "2 Polje 11 se izpolni v primeru prošnje za izdajo prvega enotnega dovoljenja.",
                         "3 Polje 12 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja.",
                         "4 Polje 21 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja ali izdaje enotnega dovoljenja kot nadaljnjega dovoljenja za začasno",
                         "prebivanje."],
               "not_on_the_form": ["2"]},
    "TUJ-8/1": {"moved": PHOTO_BOX_NARROW + ["DA NE"] + [
                         # footnotes 3-5 at the foot of the gazette's pages
                         "3 Polje 15 se izpolni, kadar ima tujec v Republiki Sloveniji izdan vizum za dolgoročno bivanje, če je tujec nekdanji imetnik modre karte EU ali nekdanji",
                         "imetnik enotnega dovoljenja za osebo, premeščeno znotraj gospodarske družbe (ICT), nekdanji imetnik dovoljenja za začasno prebivanje zaradi",
                         "opravljanja raziskovalnega dela, nekdanji imetnik dovoljenja za začasno prebivanje zaradi študija ali družinski član nekdanjega imetnika dovoljenja",
                         "za začasno prebivanje zaradi opravljanja raziskovalnega dela oziroma, če je tujec nekdanja oseba s priznano mednarodno zaščito,če je oseba s",
                         "priznano subsidiarno zaščito, če je oseba s priznano mednarodno zaščito v Republiki Sloveiji, če je oseba s priznano mednarodno zaščito v drugi",
                         "državi članici EU ali če je nekdanji imetnik enotnega dovoljenja za sezonsko delo.",
                         "4 Polje 16 se izpolni v primeru, če ima tujec veljavno modro karto EU, ki jo je izdala druga država članica Evropske unije in v primeru, če ima",
                         "mednarodno zaščito priznano v RS ali v drugi DČ EU;",
                         "5 Polje 31 se izpolni v primeru prošnje za podaljšanje dovoljenja ali za izdajo dovoljenja kot nadaljnjega dovoljenja za začasno prebivanje."]},
    "TUJ-10/1": {"moved": PHOTO_BOX_NARROW},
    "TUJ-13/1": {"moved": PHOTO_BOX + ["DA NE"] + [
                          # footnotes 2-4 at the foot of the gazette's pages
                          "2 Polje 11 se izpolni v primeru prošnje za izdajo prvega enotnega dovoljenja.",
                          "3 Polje 12 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja.",
                          "4 Polje 30 se izpolni v primeru prošnje za podaljšanje dovoljenja ali za izdajo dovoljenja kot nadaljnjega dovoljenja za začasno prebivanje."]},
    "TUJ-17/1": {"moved": PHOTO_BOX_NARROW},
    "TUJ-19/1": {"moved": PHOTO_BOX_NARROW + ["DA NE"] + [
                          # footnote 4 at the foot of the gazette's page, inside list A
                          "4 Polje 31 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja ali za izdajo enotnega dovoljenja kot nadaljnjega dovoljenja za začasno",
                          "prebivanje."]},
    "TUJ-21/1": {"moved": PHOTO_BOX + ["DA NE"] + [
                          # footnotes 3-4 at the foot of the gazette's page, inside the fingerprint box
                          "3 Polji 19 in 20 se izpolnita v primeru, kadar prošnja za izdajo dovoljenja za stalno prebivanje za družinskega člana begunca ni vložena v roku 90",
                          "dni od priznanja statusa begunca.",
                          "4 Polji 19 in 20 se izpolnita v primeru, kadar prošnja za izdajo dovoljenja za stalno prebivanje za družinskega člana begunca ni vložena v roku 90",
                          "dni od priznanja statusa begunca."]},
    "TUJ-22/1": {"moved": PHOTO_BOX + ["DA NE"] + [
                          # footnotes 3-5 at the foot of the gazette's page, inside the fingerprint box
                          "3 Polje 14 se izpolni v primeru prošnje za izdajo prvega dovoljenja za začasno prebivanje.",
                          "4 Polje 15 se izpolni v primeru prošnje za podaljšanje dovoljenja za začasno prebivanje.",
                          "5 Polji 19 in 20 se izpolnita v primeru, kadar prošnja za izdajo dovoljenja za stalno prebivanje za družinskega člana begunca ni vložena v roku 90",
                          "dni od priznanja statusa begunca."]},
    "TUJ-24/1": {"moved": PHOTO_BOX, "not_on_the_form": ["4"], "hyphenated": ["C – Prošnji za podaljšanje enotnega dovoljenja zaradi zaposlitve na podlagi soglasja zavoda k po-"]},
    "TUJ-25/1": {"moved": PHOTO_BOX + [
                          # footnote 3 at the foot of the gazette's page, inside the fingerprint box
                          "3 Polje 22 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja ali za izdajo enotnega dovoljenja kot nadaljnjega dovoljenja za začasno",
                          "prebivanje."]},
    "TUJ-9/1": {"not_on_the_form": ["2"]},  # the gazette's page number between two items, not on the form
}

# Sample values a form prints in another shape than the value itself: UP-7 its start as a month by
# name ("februarja 2026"), the card ZZ-8 the sex as the code pair "Ž/F" (both checked in their feature tests).
PRINTED_OTHERWISE = {"UP-7": {"period_from"}, "ZZ-8": {"sex"}}


# Data a form keeps but does not print (the gazette's form has no place for it): used by its rules only.
NOT_PRINTED = {
    "UP-4": {"landlord_kind"},  # chooses which of the two landlord columns is filled
    "UP-6": {"previous_period_to"},  # the 30-day rule for a new statement
    "UP-7": {"statement_date", "protection_until", "period_to"},  # the rules of the six-month period
    "HR-1": {"birth_date"},  # the rule "older than 15"
    "HR-3": {"police_informed", "police_station"},  # the office's own record that the police was told
}


def today_for(definition) -> dt.date:
    """A day after every date of the sample (so "not in the future" holds), as the batch tests used."""
    day = dt.date(2026, 6, 1)
    value = (definition.sample or {}).get(definition.date_field or "")
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        day = max(day, dt.date.fromisoformat(value))
    return day


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([str(a) for a in args])
    return status, out.getvalue(), err.getvalue()


# --- shared work: one station, one round trip per form ---------------------------------------------


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    folder = tmp_path_factory.mktemp("conformance")
    db = folder / "station.sqlite3"
    ensure_station(db)
    return folder, db


class RoundTrip:
    """What the command line gives for one form, each command run once."""

    def __init__(self, code: str, folder, db):
        self.code, self.folder, self.db = code, folder, db
        self.definition = CATALOG.get(code)
        self.today = today_for(self.definition)
        self.steps: dict[str, tuple[int, str, str]] = {}
        name = code.replace("/", "-").lower()
        self.sample_file = folder / f"{name}.json"
        self.sample_pdf_file = folder / f"{name}-sample.pdf"
        self.blank_pdf_file = folder / f"{name}-blank.pdf"
        self.draft_pdf_file = folder / f"{name}-draft.pdf"

        self.steps["schema"] = run("schema", code.lower())
        self.steps["sample"] = status, out, _ = run("sample", code)
        self.sample_file.write_text(out, encoding="utf-8")
        self.steps["validate"] = run("validate", code, self.sample_file, "--today", self.today.isoformat())
        self.steps["export"] = run("export", code, self.sample_file, "-o", self.sample_pdf_file)
        self.steps["blank"] = run("export", code, "--blank", "-o", self.blank_pdf_file)
        self.steps["import"] = status, out, _ = run("--db", db, "import", code, self.sample_file)
        self.draft_id = out.strip()
        self.steps["drafts"] = run("--db", db, "drafts", "--json", "--form", code)
        self.steps["export_draft"] = run("--db", db, "export", "--draft", self.draft_id, "-o", self.draft_pdf_file)

    def pdf(self, which: str) -> bytes:
        path = {"sample": self.sample_pdf_file, "blank": self.blank_pdf_file, "draft": self.draft_pdf_file}[which]
        return path.read_bytes()


@pytest.fixture(scope="module")
def round_trip(station):
    folder, db = station
    done: dict[str, RoundTrip] = {}

    def get(code: str) -> RoundTrip:
        if code not in done:
            done[code] = RoundTrip(code, folder, db)
        return done[code]

    return get


@pytest.fixture(scope="module")
def check_forms_output():
    return run("check-forms")


# --- the definition -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_definition_loads_and_check_forms_passes_it(code, check_forms_output):
    definition = CATALOG.get(code)
    assert definition.code == code
    assert CATALOG.paths()[code].stem.lower() == code.replace("/", "-").lower()
    assert re.match(r"(?i)priloga \d+", definition.annex), definition.annex
    assert definition.source.gazette.startswith("Uradni list RS, št.") and definition.source.item
    assert definition.version and definition.source.in_force
    assert definition.sections and definition.fields and definition.sample
    assert set(definition.title_fields) <= set(definition.fields)
    if definition.date_field:
        assert definition.fields[definition.date_field].type == "date"
    for section in definition.sections:
        assert section.title
    status, out, err = check_forms_output
    assert status == 0, err
    assert f"{code}\tv redu" in out.splitlines()


@pytest.mark.parametrize("code", CODES)
def test_every_rule_cites_its_source(code):
    for spec in CATALOG.get(code).rules:
        if spec.name != "not_future":
            cite = spec.cite
            assert cite, spec


def test_forms_lists_every_code():
    status, out, _ = run("forms")
    assert status == 0 and [line.split("\t")[0] for line in out.splitlines()] == CODES


# --- schema and sample -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_schema_is_a_json_schema_the_sample_fits(code, round_trip):
    trip = round_trip(code)
    status, out, err = trip.steps["schema"]
    assert status == 0, err
    schema = json.loads(out)
    jsonschema.validators.validator_for(schema).check_schema(schema)
    assert schema["type"] == "object"
    assert set(trip.definition.fields) - {"photo"} <= set(schema["properties"])
    for name in schema.get("required", []):
        assert name in trip.definition.fields
    sample = json.loads(trip.steps["sample"][1])
    assert set(sample) <= set(schema["properties"])
    assert [e.message for e in jsonschema.validators.validator_for(schema)(schema).iter_errors(sample)] == []


@pytest.mark.parametrize("code", CODES)
def test_sample_fits_the_schema_formats(code, round_trip):
    trip = round_trip(code)
    schema = json.loads(trip.steps["schema"][1])
    validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
    assert [e.message for e in validator.iter_errors(json.loads(trip.steps["sample"][1]))] == []


@pytest.mark.parametrize("code", CODES)
def test_sample_validates_clean(code):
    definition = CATALOG.get(code)
    found = validate(definition, definition.sample, today=today_for(definition), strict=True)
    assert [f.to_dict() for f in found] == []
    found = validate(definition, definition.sample, strict=True)  # and on the real day: a sample does not go stale
    assert [f.to_dict() for f in found] == []


# --- the command line's round trip ---------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_cli_round_trip(code, round_trip):
    trip = round_trip(code)
    status, out, err = trip.steps["sample"]
    assert status == 0, err
    assert json.loads(out) == json.loads(json.dumps(trip.definition.sample))
    status, out, err = trip.steps["validate"]
    assert status == 0 and json.loads(out) == [], out + err
    for step in ("export", "blank", "import", "drafts", "export_draft"):
        assert trip.steps[step][0] == 0, (step, trip.steps[step][2])
    assert len(trip.draft_id) == 36
    assert [row["id"] for row in json.loads(trip.steps["drafts"][1])] == [trip.draft_id]
    for which in ("sample", "blank", "draft"):
        assert trip.pdf(which).startswith(b"%PDF")


def _shown_values(definition) -> list[str]:
    """The sample's values as the form prints them (a ticked box or a ringed answer is not written)."""
    values = display_values(definition, definition.sample)
    skip = PRINTED_OTHERWISE.get(definition.code, set())
    fixed = squash(" ".join(printed_labels(definition)))
    shown = []
    for name in sorted(printed_fields(definition) - printed_fields(definition, marked=True) - skip):
        field = definition.fields[name]
        value = values.get(name)
        if field.type == "boolean" or value in (None, ""):
            continue
        if isinstance(value, list):
            shown.extend(v for row in value for v in row.values())
        else:
            shown.extend(str(value).split("\n"))
    return [v for v in shown if v and squash(v) not in fixed]  # e.g. the office's name in its own letterhead


@pytest.mark.parametrize("code", CODES)
def test_cli_export_is_the_rendered_form(code, round_trip):
    """`export` prints what the engine renders (so the wording checks on rendered PDFs hold for it too)."""
    trip = round_trip(code)
    definition = trip.definition
    rendered = pdf_text(render_pdf(definition, definition.sample))
    if "photo" in definition.sample:  # the command line reads the sample's photo: it fills the box, no caption
        rendered = "\n".join(line for line in rendered.split("\n") if not line.startswith("(fotografija"))
    assert pdf_text(trip.pdf("sample")) == rendered
    assert pdf_text(trip.pdf("blank")) == pdf_text(render_pdf(definition, None, blank=True))


@pytest.mark.parametrize("code", CODES)
def test_every_filled_field_has_a_place_on_the_form(code):
    definition = CATALOG.get(code)
    filled = {name for name, value in definition.sample.items() if value not in (None, "", [], False)}
    assert filled - printed_fields(definition) == NOT_PRINTED.get(code, set())


@pytest.mark.parametrize("code", CODES)
def test_exports_print_the_sample_values_and_the_blank_none(code, round_trip):
    trip = round_trip(code)
    shown = _shown_values(trip.definition)
    assert shown
    sample_text = squash(pdf_text(trip.pdf("sample")))
    draft_text = squash(pdf_text(trip.pdf("draft")))
    blank_text = squash(pdf_text(trip.pdf("blank")))
    for value in shown:
        assert squash(value) in sample_text, (code, value)
        assert squash(value) in draft_text, (code, value)
        assert squash(value) not in blank_text, (code, value)


# --- the printed form ------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["blank", "sample"])
@pytest.mark.parametrize("code", CODES)
def test_pdf_has_every_label_in_order(code, which, round_trip):
    trip = round_trip(code)
    assert_in_order(body_text(trip.pdf(which)), printed_labels(trip.definition, blank=which == "blank"))


@pytest.mark.parametrize("code", CODES)
def test_blank_pdf_follows_the_gazette_text_line_by_line(code, round_trip):
    """The Priloga's lines as published, blanks removed, in order: what a form to fill by hand shows."""
    trip = round_trip(code)
    if source_file(trip.definition) is None:
        pytest.skip("the gazette text (../shared/sources) is not beside the project")
    pdf = trip.pdf("blank")
    text = squash(plain_marks(body_text(pdf)).replace("…", ""))
    header = set(running_header(pdf)) | {code}
    layout = GAZETTE_LAYOUT.get(code, {})
    expected = []
    lines, split = [], False
    for line in annex_text_lines(trip.definition):
        if split:
            lines[-1] = lines[-1][:-1] + line  # "… k po-" + "daljšanju …": one word the gazette split
        else:
            lines.append(line)
        split = line in layout.get("hyphenated", [])
    for line in lines:
        if line in header or line in layout.get("not_on_the_form", []):
            continue
        if line in layout.get("moved", []):
            assert all(squash(word) in text for word in line.split()), line
            continue
        # a gazette reference left blank ("Uradni list RS, št. …") is printed filled in
        expected.append(line)
    bare = squash(plain_marks(body_text(pdf)).replace("…", "").replace("_", ""))
    for reference in ("22/25", "55/25"):
        bare = bare.replace(reference, "")
    position = 0
    for line in expected:
        found = bare.find(squash(plain_marks(line)), position)
        assert found >= 0, f"{line!r} missing (or out of order) after …{bare[max(0, position - 80):position + 80]}…"
        position = found + len(squash(plain_marks(line)))
    for line in layout.get("not_on_the_form", []) + layout.get("hyphenated", []):
        assert line in annex_text_lines(trip.definition)  # the exception still names a line of the text


@pytest.mark.parametrize("code", CODES)
def test_every_page_has_the_running_header_and_the_form_size(code, round_trip):
    trip = round_trip(code)
    layout = trip.definition.print_layout
    for which in ("sample", "blank", "draft"):
        pdf = trip.pdf(which)
        reader = PdfReader(BytesIO(pdf))
        assert len(reader.pages) == len(PdfReader(BytesIO(trip.pdf("blank"))).pages), which
        for page, text in zip(reader.pages, page_texts(pdf)):
            if layout.get("page", "A4") == "A4":
                assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4
            for line in layout.get("running_header") or []:
                assert squash(str(line)) in squash(text), (which, line)


def _fonts(resources, seen):
    """Every font object reachable from a page's resources (also inside form XObjects)."""
    resources = resources.get_object() if resources is not None else {}
    for ref in (resources.get("/Font") or {}).values():
        yield ref.get_object()
    for ref in (resources.get("/XObject") or {}).values():
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form" and id(xobject) not in seen:
            seen.add(id(xobject))
            yield from _fonts(xobject.get("/Resources"), seen)


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type0":
        return all(_embedded(d.get_object()) for d in font["/DescendantFonts"])
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


@pytest.mark.parametrize("code", CODES)
def test_every_font_is_embedded(code, round_trip):
    trip = round_trip(code)
    for which in ("sample", "blank", "draft"):
        pdf = trip.pdf(which)
        assert b"Helvetica" not in pdf, which
        fonts = [font for page in PdfReader(BytesIO(pdf)).pages for font in _fonts(page.get("/Resources"), set())]
        assert fonts, which
        for font in fonts:
            assert _embedded(font), (which, font.get("/BaseFont"))
            if font.get("/Subtype") == "/TrueType":
                assert "/FontFile2" in font["/FontDescriptor"].get_object(), (which, font["/BaseFont"])
            assert "DejaVuSans" in font["/BaseFont"], (which, font["/BaseFont"])


# --- the wizard -------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_wizard_opens_every_page(code, qtbot, ui_app, workspace):
    from app.ui.wizard import FormWizard

    definition = CATALOG.get(code)
    draft = workspace.new_draft(code, data=dict(definition.sample))
    wizard = FormWizard(workspace, workspace.drafts.get(draft.id))
    qtbot.addWidget(wizard)
    wizard.show()
    sections = list(definition.sections)
    assert [wizard.page(i).title() for i in range(len(sections))] == [s.title for s in sections]
    assert wizard.windowTitle().startswith(f"{code} – {definition.title}")
    visited = []
    while wizard.current_section_id() is not None:
        page = wizard.currentPage()
        assert page.isVisible() and page.title() == sections[wizard.currentId()].title
        visited.append(wizard.current_section_id())
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"stuck on {visited[-1]}"
    assert wizard.currentId() == wizard.summary_id and wizard.currentPage().isVisible()
    assert visited and visited == [s.id for s in sections if s.id in visited]  # in the definition's order
    for section in sections:
        for field_id in section.fields:
            if section.id in visited:
                assert field_id in wizard.editors, (section.id, field_id)
    wizard.build_all_pages()  # the pages off this sample's path (e.g. a minor's) build too
    assert set(wizard.editors) == set(definition.fields)
