"""Fuzzing: property-based tests (hypothesis) feed every field type, every rule and the PDF export
arbitrary Unicode — control characters, right-to-left text, emoji, lone surrogates, 10,000-character
strings, invalid dates and values of the wrong JSON type. The engine must answer with a clear finding
(or a normalised value), never an exception; the export must give a valid PDF that shows the text,
or a clear ExportError in Slovenian that names the field.

The number of examples per test is set below (FUZZ_SCALE multiplies it, e.g. FUZZ_SCALE=10 for a long
run); the examples actually run are counted and reported at the end of the module.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import logging
import math
import os
import re
import unicodedata
from io import BytesIO

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from stdnum import iban as stdnum_iban
from stdnum.si import ddv as stdnum_ddv
from stdnum.si import emso as stdnum_emso

from app.engine import default_catalog
from app.engine.countries import STATELESS, countries
from app.engine.dates import format_date, normalize_date, parse_date
from app.engine.definition import CELL_TYPES, FIELD_TYPES, Choice, Field, build_definition
from app.engine.layout import display_values
from app.engine.rules import ERROR, RULES, WARNING, Finding
from app.engine.types import canonical, check_value, display, is_empty, json_schema, parse_time, row_is_empty
from app.engine.validate import has_errors, normalize, relevant_sections, required_fields, validate
from app.export import CardRenderer, ExportError, FormRenderer
from app.export.pdf import printable
from pdf_helpers import squash

SCALE = float(os.environ.get("FUZZ_SCALE", "1"))


def examples(n: int) -> int:
    return max(1, round(n * SCALE))


#: max_examples per test (before FUZZ_SCALE); the report at the end gives the examples actually run
BUDGET = {
    "field_types": 400,
    "dates_and_times": 400,
    "forms": 22,  # per form, 22 forms
    "rules_synthetic": 160,
    "pdf_nasty": 8,  # per A4 form, 3 forms
    "pdf_text_shown": 10,  # per A4 form, 3 forms
    "card_nasty": 30,
    "card_text_shown": 30,
    "printable": 300,
    "cli_files": 30,  # per command that reads a file, 10 commands
    "cli_person": 60,
    "cli_import": 40,
}
RUN: dict[str, int] = {}


def _ran(name: str) -> None:
    RUN[name] = RUN.get(name, 0) + 1


@pytest.fixture(scope="module", autouse=True)
def _report_examples(request):
    yield
    if not RUN:
        return
    total = sum(RUN.values())
    line = "fuzz examples run: " + ", ".join(f"{k}={v}" for k, v in sorted(RUN.items())) + f"; total={total}"
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:  # pragma: no cover
        print(line)
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        reporter.write_line(line)


def fuzz(name: str, **kw):
    """Hypothesis settings of one fuzz test: its example budget, no deadline (a PDF takes a while),
    no example database in the repository, and the conftest's autouse fixtures allowed."""
    return settings(max_examples=examples(BUDGET[name]), deadline=None, database=None,
                    # no "explain" phase: its line tracing makes shrinking a failure take minutes on Python 3.11
                    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large, HealthCheck.large_base_example], **kw)


# --- strategies -------------------------------------------------------------------------------------

CONTROL = [chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\u2028", "\u2029"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060"]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]
EMOJI = ["😀", "👍🏽", "👨‍👩‍👧", "🇺🇦", "🙃", "𝔘𝔫𝔦", "𐌰", "\U0010ffff", "\U000e0001"]
RTL = ["مرحبا بالعالم", "عبد الله", "שלום עולם", "ישראלי", "سلام ١٢٣", "بِسْمِ"]
COMBINING = ["e\u0301", "a\u0308\u0304", "Z\u030c", "\u0301\u0301\u0301", "o\u0328\u0301"]
MARKUP = ["<b>", "</para>", "&amp;", "&#0;", "&", "<", ">", "<br/>", "]]>", '"', "'", "<font name=x>", "\\", "%s", "{0}",
          "{label}", "{{ x }}", "{% if %}"]
SLOVENE = ["Ševčenko", "Žagar", "Čučnik", "Đurić", "Ćosić", "Kravčenko", "Олена", "Гончаренко", "Дмитро", "ё"]
PIECES = CONTROL + BIDI + ZERO_WIDTH + SURROGATES + EMOJI + RTL + COMBINING + MARKUP + SLOVENE + [" ", "  ", "\t", "\n"]

INVALID_DATES = ["2025-02-30", "2025-02-29", "2023-13-01", "31. 2. 2025", "31. 04. 2025", "0000-00-00", "00. 00. 0000",
                 "2025-00-10", "32. 1. 2025", "1. 1. 0000", "1. 1. 0001", "0001-01-01", "9999-12-31", "31. 12. 9999",
                 "29. 2. 1900", "2025-1-1", "2025/01/01", "01.01.25", "1.1.2025.", " 1 . 1 . 2025 ", "2025-01-01T00:00",
                 "２０２５-０１-０１", "١٠. ٠١. ٢٠٢٥", "2025-01-01\n", "\u202e2025-01-01", "1. 1. 99999", "-1. 1. 2025",
                 "10000-01-01", "0225-05-05", "31. 12. 1799", "1. 1. 2200"]
INVALID_TIMES = ["24:00", "23:60", "7:5", "99.99", "12:30:00", "１２:３０", "-1:00", "12h30", "\u202e12:30"]


def nasty_text(max_size: int = 40) -> st.SearchStrategy[str]:
    """Arbitrary Unicode (surrogates and unassigned code points included) mixed with the known hazards."""
    anything = st.text(st.characters(exclude_categories=()), max_size=max_size)
    pieces = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
    mixed = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=10).map("".join)
    return st.one_of(anything, pieces, mixed)


def huge_text() -> st.SearchStrategy[str]:
    """Strings of 10,000 characters: one word, many words, lines, hazards repeated."""
    seed = st.one_of(st.sampled_from(PIECES + ["Ž", "a", "abc čšž ", "x" * 37 + " ", "\n", "ш"]),
                     st.text(min_size=1, max_size=12))
    return seed.map(lambda s: (s * (10_000 // len(s) + 1))[:10_000])


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                         nasty_text(12))
JSON_VALUES = st.one_of(JSON_SCALARS, JSON_SCALARS, st.recursive(JSON_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(nasty_text(6), inner, max_size=3)), max_leaves=6))


def any_text() -> st.SearchStrategy[str]:
    return st.one_of(nasty_text(), nasty_text(), st.sampled_from(INVALID_DATES + INVALID_TIMES), huge_text())


def any_value() -> st.SearchStrategy:
    return st.one_of(any_text(), JSON_VALUES)


REAL_DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
PLAUSIBLE_DATES = st.one_of(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
                            st.dates(min_value=dt.date(2007, 1, 1), max_value=dt.date(2030, 12, 31)),
                            st.sampled_from([dt.date(1800, 1, 1), dt.date(2199, 12, 31), dt.date(2024, 2, 29)]))


def date_text(days=PLAUSIBLE_DATES) -> st.SearchStrategy[str]:
    return st.tuples(days, st.sampled_from(["iso", "local", "short", "dot"])).map(lambda p: {
        "iso": p[0].isoformat(), "local": format_date(p[0]), "short": f"{p[0].day}. {p[0].month}. {p[0].year:04d}",
        "dot": f"{p[0].day}.{p[0].month}.{p[0].year:04d}."}[p[1]])


def valid_emso(day: dt.date, sex: str, serial: int) -> str | None:
    if not 1900 <= day.year <= 2899:
        return None
    base = f"{day.day:02d}{day.month:02d}{day.year % 1000:03d}50{(serial % 500) + (500 if sex == 'Z' else 0):03d}"
    check = stdnum_emso.calc_check_digit(base)
    number = base + check
    return number if len(check) == 1 and stdnum_emso.is_valid(number) else None


EMSO = st.builds(valid_emso, PLAUSIBLE_DATES, st.sampled_from("MZ"), st.integers(0, 499)).filter(bool)
TAX_NUMBER = st.integers(1_000_000, 9_999_999).map(str).map(lambda n: n + str(stdnum_ddv.calc_check_digit(n))) \
    .filter(stdnum_ddv.is_valid)
IBAN = st.from_regex(r"\A[0-9]{15}\Z").map(lambda bban: "SI" + stdnum_iban.calc_check_digits("SI00" + bban) + bban) \
    .filter(stdnum_iban.is_valid).flatmap(lambda n: st.sampled_from([n, stdnum_iban.format(n), n.lower()]))
TIMES = st.times().map(lambda t: t.strftime("%H:%M"))
NUMBERS = st.one_of(st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**9, max_value=10**9)
                    .map(lambda d: str(d).replace(".", ",")), st.integers(0, 10**6).map(str),
                    st.sampled_from(["nan", "inf", "-inf", "1e999", "1_000", "١٢٣", "1.234,56", "125.50"]))
EMAIL = st.emails()
PHONE = st.from_regex(r"\A\+?[0-9]{2,4}( [0-9]{2,4}){1,3}\Z")


def plausible(field: Field) -> st.SearchStrategy:
    """Values an official might really type into `field`, to reach the rules behind the type checks."""
    kind = field.type
    if kind == "date":
        return date_text()
    if kind == "time":
        return TIMES
    if kind == "emso":
        return EMSO
    if kind == "tax_number":
        return TAX_NUMBER
    if kind == "iban":
        return IBAN
    if kind == "number":
        return NUMBERS
    if kind == "email":
        return EMAIL
    if kind == "phone":
        return PHONE
    if kind == "boolean":
        return st.booleans()
    if kind == "choice":
        spellings = [s for c in field.choices for s in (c.value, c.label, *c.aliases)] or ["x"]
        return st.sampled_from(spellings)
    if kind == "country":
        return st.sampled_from([code for code, _ in countries()] + [name for _, name in countries()[:40]]
                               + [STATELESS, "ua", "Ukrajina", "ukrajina"])
    if kind == "table":
        row = st.fixed_dictionaries({}, optional={c.id: value_for(c) for c in field.columns})
        junk = st.one_of(JSON_SCALARS, st.dictionaries(nasty_text(8), JSON_SCALARS, max_size=2))
        return st.lists(st.one_of(row, row, row, junk), max_size=4)
    return st.one_of(st.lists(st.sampled_from(list("abcčšž ABCČŠŽ-.,/0123456789") + SLOVENE), max_size=12).map("".join),
                     st.sampled_from(SLOVENE + RTL))


def value_for(field: Field) -> st.SearchStrategy:
    """Mostly what an official would type (so the rules get to work), often a value of the wrong JSON
    type (as an import may hold), sometimes any text at all."""
    return st.one_of(st.none(), plausible(field), plausible(field), plausible(field), JSON_VALUES, any_text())


# --- helpers ----------------------------------------------------------------------------------------


def same(a, b) -> bool:
    """Equal, NaN equal to itself (values from JSON may hold NaN)."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def assert_clear_message(message: str, context: str = "") -> None:
    """A finding's message: Slovenian text a person can read, not a traceback nor a wall of input."""
    assert isinstance(message, str) and message.strip(), context
    assert "Traceback" not in message and "Error" not in message, message[:300]


def assert_problems(field: Field, value, problems) -> None:
    assert isinstance(problems, list)
    for template, params in problems:
        message = template.format(**params)
        assert_clear_message(message, f"{field.type}: {value!r:.80}")
        # the value is quoted, but a 10,000-character input is not repeated in full
        extra = len(str(params.get("options", ""))) + len(field.label)
        assert len(message) <= 700 + extra, (field.type, len(message), message[:200])


CATALOG = default_catalog()
CODES = CATALOG.codes()
FORMS = {code: CATALOG.get(code) for code in CODES}


def _all_fields() -> list[Field]:
    """Every field and table column of the real forms, plus one of each type with and without limits."""
    out: list[Field] = []
    for definition in FORMS.values():
        for field in definition.fields.values():
            out.append(field)
            out.extend(field.columns)
    choices = (Choice("M", "moški", ("m", "muški")), Choice("Z", "ženski", ("ž", "f")))
    columns = tuple(Field(f"c_{kind}", kind, f"Stolpec {kind}", choices=choices if kind == "choice" else ())
                    for kind in CELL_TYPES)
    for kind in FIELD_TYPES:
        extra = {"choices": choices} if kind == "choice" else {"columns": columns} if kind == "table" else {}
        out.append(Field(f"f_{kind}", kind, f"Polje {kind}", **extra))
        out.append(Field(f"g_{kind}", kind, f"Omejeno {kind}", max_length=20, stateless=True, **extra))
    return out


ALL_FIELDS = _all_fields()


def test_every_field_type_is_fuzzed():
    assert {f.type for f in ALL_FIELDS} == set(FIELD_TYPES)
    assert any(f.type == "choice" and len(f.choices) > 10 for f in ALL_FIELDS), "a choice from a code list"


# --- every field type -------------------------------------------------------------------------------


@fuzz("field_types")
@given(field=st.sampled_from(ALL_FIELDS), data=st.data())
@example(field=Field("d", "date", "Datum"), data=None)
def test_field_types_answer_any_value_with_a_finding_or_a_normal_form(field, data):
    _ran("field_types")
    if data is None:  # the explicit example: an impossible date, 10,000 characters
        values = ["2025-02-30", "Ž" * 10_000, "\ud800", float("nan"), {"a": [1]}]
    else:
        values = [data.draw(st.one_of(value_for(field), any_value()), label="value")]
    for value in values:
        problems = check_value(field, value)
        assert_problems(field, value, problems)
        stored = canonical(field, value)
        again = canonical(field, stored)
        assert same(again, stored), f"canonical is not stable for {field.type}: {value!r:.80} → {stored!r:.80} → {again!r:.80}"
        if not problems:
            # a value the engine accepts stays acceptable in its stored form
            assert check_value(field, stored) == [], (field.type, value, stored)
        shown = display(field, value)
        assert isinstance(shown, str)
        if field.type == "date" and not problems and isinstance(value, str):
            assert re.fullmatch(r"\d{2}\. \d{2}\. \d{4}", shown), shown
        assert isinstance(is_empty(value), bool)
        assert isinstance(row_is_empty(value), bool)
        json.dumps(json_schema(field))


@fuzz("dates_and_times")
@given(text=st.one_of(any_text(), date_text(REAL_DATES), st.sampled_from(INVALID_DATES + INVALID_TIMES), TIMES),
       other=JSON_VALUES)
def test_dates_and_times_parse_or_say_none(text, other):
    _ran("dates_and_times")
    for value in (text, other):
        day = parse_date(value)
        assert day is None or isinstance(day, dt.date)
        assert isinstance(format_date(value), str)
    if isinstance(text, str):
        assert isinstance(normalize_date(text), str)
        clock = parse_time(text)
        assert clock is None or isinstance(clock, dt.time)
        day = parse_date(text)
        if day is not None:  # a date the engine takes is one it can compute with (ages, terms, periods)
            assert parse_date(day.isoformat()) == day and parse_date(format_date(day)) == day
            from app.engine.dates import add_years, is_minor
            from app.engine.rules import add_months, first_of_next_month

            add_years(day, 18), add_years(day, -18), is_minor(day, day), first_of_next_month(day), add_months(day, 12)
            day + dt.timedelta(days=400), day - dt.timedelta(days=400)


# --- every rule, through the real forms -----------------------------------------------------------


def form_data(definition) -> st.SearchStrategy[dict]:
    """Data for a form: either any values for the fields it declares (each maybe missing), or data an
    official would enter (the sample, or plausible values for every field and table cell) with one to
    four fields or cells changed to anything — so that the rules run on otherwise sensible data —,
    sometimes with unknown keys beside."""
    fields = {fid: value_for(f) for fid, f in definition.fields.items()}
    anything = st.fixed_dictionaries({}, optional=fields)
    complete = st.fixed_dictionaries({fid: st.lists(st.fixed_dictionaries({c.id: plausible(c) for c in f.columns}),
                                                    min_size=1, max_size=3) if f.type == "table" else plausible(f)
                                      for fid, f in definition.fields.items()})
    sensible = st.one_of(st.just(definition.sample), complete) if definition.sample else complete
    cells = [(t.id, c) for t in definition.tables() for c in t.columns]
    wrong = lambda f: st.one_of(JSON_VALUES, any_text(), value_for(f))  # noqa: E731
    field_edits = st.lists(st.sampled_from(list(definition.fields.values())).flatmap(
        lambda f: st.tuples(st.just(f.id), st.none(), st.just(0), wrong(f))), max_size=2)
    cell_edits = st.lists(st.sampled_from(cells).flatmap(
        lambda tc: st.tuples(st.just(tc[0]), st.just(tc[1].id), st.integers(0, 2), wrong(tc[1]))),
        max_size=3) if cells else st.just([])
    edited = st.tuples(sensible, field_edits, cell_edits).map(lambda p: _edited(p[0], p[1] + p[2]))
    unknown = st.dictionaries(st.one_of(nasty_text(10), st.sampled_from(["x[", "a[b]", "[0]", "a.b", "a[1].c", "]"])),
                              JSON_SCALARS, max_size=2)
    return st.tuples(st.one_of(anything, edited, edited, edited), st.one_of(st.just({}), st.just({}), unknown)) \
        .map(lambda p: {**p[0], **p[1]})


def _edited(data: dict, edits) -> dict:
    data = copy.deepcopy(data)
    for field, column, index, value in edits:
        if column is None:
            data[field] = value
            continue
        rows = data.get(field) if isinstance(data.get(field), list) else []
        data[field] = rows
        if index < len(rows) and isinstance(rows[index], dict):
            rows[index][column] = value
        else:
            rows.append({column: value})
    return data


def rule_cites(definition) -> dict[str, set[str]]:
    """Rule name → the citations its uses in this definition give (empty string: one without)."""
    out: dict[str, set[str]] = {}
    for spec in definition.rules:
        out.setdefault(spec["rule"], set()).add(str(spec.get("cite", "")))
    return out


def check_findings(definition, findings: list[Finding]) -> None:
    cites = rule_cites(definition)
    for finding in findings:
        assert finding.severity in (ERROR, WARNING), finding
        message = finding.message
        assert_clear_message(message, repr(finding.field))
        assert len(message) <= 3000, (finding.rule, len(message))
        finding.field_id, finding.row, finding.column  # paths of any shape are understood
        json.dumps(finding.to_dict())
        if finding.rule in RULES:
            given = cites.get(finding.rule, {""})
            if "" not in given:
                assert any(cite in message for cite in given), f"{finding.rule} finding without its citation: {message}"


def _check_form(definition, data, today, strict) -> None:
    before = copy.deepcopy(data)
    findings = validate(definition, data, today=today, strict=strict)
    assert same(data, before), "validate changed the data it checked"
    check_findings(definition, findings)
    stored = normalize(definition, data)
    assert same(normalize(definition, stored), stored), "normalize is not stable"
    after = validate(definition, stored, today=today, strict=strict)
    check_findings(definition, after)
    if not has_errors(findings):
        assert not has_errors(after), [f.message for f in after if f.severity == ERROR]
    relevant_sections(definition, data, today)
    required_fields(definition, data, today)
    display_values(definition, data)


@pytest.mark.parametrize("code", CODES)
def test_form_rules_never_raise_on_fuzzed_data(code):
    definition = FORMS[code]

    @fuzz("forms")
    @given(data=form_data(definition), today=PLAUSIBLE_DATES, strict=st.booleans())
    def run(data, today, strict):
        _ran("forms")
        _check_form(definition, data, today, strict)

    run()


SYNTHETIC_FIELDS = [
    {"id": "a", "type": "date", "nature": "period", "label": "Začetek"},
    {"id": "b", "type": "date", "nature": "period", "label": "Konec"},
    {"id": "t1", "type": "time", "label": "Od"},
    {"id": "t2", "type": "time", "label": "Do"},
    {"id": "e", "type": "emso", "label": "EMŠO"},
    {"id": "s", "type": "choice", "label": "Spol", "choices": [{"value": "M", "label": "moški"}, {"value": "Z", "label": "ženski"}]},
    {"id": "c", "type": "country", "label": "Država"},
    {"id": "x", "type": "boolean", "label": "Razlog 1"},
    {"id": "y", "type": "boolean", "label": "Razlog 2"},
    {"id": "z", "type": "text", "label": "Razlog 3"},
    {"id": "n", "type": "text", "label": "Opomba"},
    {"id": "rows", "type": "table", "label": "Vrstice", "row_markers": ["a)", "b)"], "columns": [
        {"id": "d1", "type": "date", "nature": "period", "label": "od"}, {"id": "h1", "type": "time", "label": "ura od"},
        {"id": "d2", "type": "date", "nature": "period", "label": "do"}, {"id": "h2", "type": "time", "label": "ura do"},
        {"id": "k", "type": "number", "label": "znesek"}, {"id": "m", "type": "emso", "label": "EMŠO"},
        {"id": "w", "type": "text", "label": "opis"}],
     "sort": {"by": "m", "order": "desc"}},
]
SYNTHETIC_RULES = [
    {"rule": "not_future", "fields": ["a", "b"], "cite": "1. člen"},
    {"rule": "not_future", "fields": ["d1", "d2"], "table": "rows", "cite": "1. člen"},
    {"rule": "date_order", "fields": ["a", "b"], "cite": "2. člen"},
    {"rule": "date_order", "fields": ["d1", "d2"], "table": "rows", "cite": "2. člen"},
    {"rule": "not_expired", "field": "d2", "table": "rows", "at": "b", "cite": "3. člen"},
    {"rule": "minor_requires", "birth": "a", "at": "b", "fields": ["n"], "tables": ["rows"], "cite": "4. člen"},
    {"rule": "one_of", "fields": ["n", "z"], "cite": "5. člen"},
    {"rule": "emso_matches", "field": "e", "birth": "a", "sex": "s", "cite": "6. člen"},
    {"rule": "school_age", "birth": "a", "at": "b", "cite": "7. člen"},
    {"rule": "exactly_one", "fields": ["x", "y", "z"], "cite": "8. člen"},
    {"rule": "not_in", "field": "c", "values": ["SVN"], "cite": "9. člen"},
    {"rule": "rows_sorted", "table": "rows", "cite": "10. člen"},
    {"rule": "rows_sorted", "table": "rows", "by": "k", "order": "asc", "cite": "10. člen"},
    {"rule": "rows_sorted", "table": "rows", "by": "d1", "cite": "10. člen"},
    {"rule": "rows_sorted", "table": "rows", "by": "w", "order": "desc", "cite": "10. člen"},
    {"rule": "at_least_one", "fields": ["x", "y", "n"], "cite": "11. člen"},
    {"rule": "emso_birth_not_after", "field": "e", "date": "b", "cite": "12. člen"},
    {"rule": "emso_minor_requires", "field": "e", "fields": ["n"], "at": "b", "cite": "13. člen"},
    {"rule": "period_from_next_month", "at": "a", "field": "b", "cite": "14. člen"},
    {"rule": "period_length_months", "start": "a", "end": "b", "months": 6, "until": "b", "cite": "15. člen"},
    {"rule": "not_before_end", "field": "a", "end": "b", "days": 30, "cite": "16. člen"},
    {"rule": "reported_within", "event": "a", "report": "b", "days": 8, "cite": "17. člen"},
    {"rule": "period_longer_than", "start": "d1", "end": "d2", "table": "rows", "start_time": "h1", "end_time": "h2",
     "hours": 24, "cite": "18. člen"},
    {"rule": "period_longer_than", "start": "a", "end": "b", "days": 3, "cite": "18. člen"},
    {"rule": "older_than", "birth": "a", "years": 65, "at": "b", "cite": "19. člen"},
    {"rule": "time_order", "start": "t1", "end": "t2", "cite": "20. člen"},
    {"rule": "ticked", "field": "x", "cite": "21. člen"},
]
SYNTHETIC = build_definition({
    "code": "XX-F", "title": "Preizkus vseh pravil", "annex": "Priloga 99", "version": "1",
    "source": {"regulation": "Preizkus", "gazette": "Uradni list RS, št. 1/2099", "item": 1, "in_force": "2025-01-01"},
    "sections": [{"id": "all", "title": "Vse", "fields": [f["id"] for f in SYNTHETIC_FIELDS]}],
    "fields": SYNTHETIC_FIELDS,
    "rules": SYNTHETIC_RULES,
    "print": {"page": "A4", "blocks": [{"kind": "line", "label": "Opomba:", "fields": ["n"]}]},
})


def test_every_rule_of_the_registry_is_fuzzed():
    used = {spec["rule"] for definition in FORMS.values() for spec in definition.rules}
    assert set(RULES) <= used | {spec["rule"] for spec in SYNTHETIC_RULES}, set(RULES) - used


@fuzz("rules_synthetic")
@given(data=form_data(SYNTHETIC), today=PLAUSIBLE_DATES, strict=st.booleans())
def test_every_rule_never_raises_and_cites_its_source(data, today, strict):
    _ran("rules_synthetic")
    _check_form(SYNTHETIC, data, today, strict)


# --- PDF export ---------------------------------------------------------------------------------------

A4_FORMS = ["ZZ-1", "UP-2", "HR-3"]
#: letters and digits the embedded font (DejaVu Sans) prints: Slovenian, Cyrillic, Arabic, Hebrew
PRINTABLE_LETTERS = ("abcčdefghijklmnoprsštuvzžABCČĆĐŠŽ0123456789абвгдежзийклмнопрстуфхцчшщюяАБВГДЄІЇҐ"
                     "ابتثجحخدذرزسشصضطظعغفقكلمنهويאבגדהוזחטיכלמנסעפצקרשת")
PRINTABLE = st.sampled_from(list(PRINTABLE_LETTERS + "-.,/()&<>'\""))
PRINTABLE_TEXT = st.lists(st.text(PRINTABLE, min_size=1, max_size=8), min_size=1, max_size=4).map(" ".join)


def text_slots(definition) -> list[tuple[str, str | None]]:
    """(field, column) of every text field and text column of a form."""
    out = []
    for field in definition.fields.values():
        if field.type == "text":
            out.append((field.id, None))
        elif field.type == "table":
            out.extend((field.id, c.id) for c in field.columns if c.type == "text")
    return out


def put(data: dict, slot: tuple[str, str | None], value) -> None:
    field, column = slot
    if column is None:
        data[field] = value
        return
    rows = data.get(field) if isinstance(data.get(field), list) and data.get(field) else [{}]
    rows = [dict(r) for r in rows]
    rows[0][column] = value
    data[field] = rows


def shown_slots(definition) -> list[tuple[str, str | None]]:
    """The text slots the PDF of the sample shows: each gets a marker word, one render tells which print."""
    data = copy.deepcopy(definition.sample)
    slots = text_slots(definition)
    markers = {slot: "Qzx" + chr(ord("a") + i // 26) + chr(ord("a") + i % 26) + "j" for i, slot in enumerate(slots)}
    for slot, marker in markers.items():
        put(data, slot, marker)
    text = squash(_text(_render(_renderer(definition), data)))
    return [slot for slot, marker in markers.items() if marker in text]


def _renderer(definition):
    return CardRenderer(definition) if definition.print_layout.get("page") == "card" else FormRenderer(definition)


def _render(renderer, data) -> bytes:
    if isinstance(renderer, CardRenderer):
        return renderer.render_card(data)
    return renderer.render(data)


class _Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record):
        self.records.append(record.getMessage())


def _text(pdf: bytes) -> str:
    """The PDF's text; the PDF must be well-formed: strict parsing, no warning from pypdf while reading it."""
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    handler = _Warnings()
    logger = logging.getLogger("pypdf")
    logger.addHandler(handler)
    try:
        reader = PdfReader(BytesIO(pdf), strict=True)
        assert len(reader.pages) >= 1
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    finally:
        logger.removeHandler(handler)
    assert not handler.records, handler.records[:3]
    return text


SHOWN = {code: shown_slots(FORMS[code]) for code in A4_FORMS + ["ZZ-8"]}


def test_fuzzed_pdf_forms_show_many_text_slots():
    for code, slots in SHOWN.items():
        assert len(slots) >= 3, (code, slots)


def assert_clear_export_error(definition, error: ExportError, values: list) -> None:
    message = str(error)
    assert_clear_message(message)
    assert len(message) <= 600, message[:300]
    labels = {f.label for f in definition.fields.values()} | {c.label for f in definition.fields.values() for c in f.columns}
    assert any(f"»{label}«" in message for label in labels), message
    assert any(isinstance(v, str) and len(v) > 30 for v in values), ("export refused short values", message)


def _render_checked(definition, data, values) -> str | None:
    """Render; a valid PDF's text, or None after a clear ExportError."""
    try:
        pdf = _render(_renderer(definition), data)
    except ExportError as error:
        assert_clear_export_error(definition, error, values)
        return None
    return _text(pdf)


def nasty_fill(definition) -> st.SearchStrategy[list[tuple[tuple, object]]]:
    slots = text_slots(definition)
    value = st.one_of(nasty_text(60), nasty_text(60), huge_text(), JSON_SCALARS)
    return st.lists(st.tuples(st.sampled_from(slots), value), min_size=1, max_size=len(slots))


@pytest.mark.parametrize("code", A4_FORMS)
def test_pdf_export_survives_any_text(code):
    definition = FORMS[code]

    @fuzz("pdf_nasty")
    @given(fill=nasty_fill(definition))
    def run(fill):
        _ran("pdf_nasty")
        data = copy.deepcopy(definition.sample)
        for slot, value in fill:
            put(data, slot, value)
        _render_checked(definition, data, [v for _, v in fill])

    run()


RTL_RUN = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+")
LTR_RUN = re.compile(r"[^\W_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+")


def assert_shown(text: str, value: str) -> None:
    """Every word of the value is in the PDF's text (whitespace and line breaks ignored). Right-to-left
    text is printed in its stored order; pypdf reads such runs back reversed, so either order counts."""
    haystack = squash(text)
    shown = printable(value)
    for run in LTR_RUN.findall(shown):
        assert run in haystack, (run, value)
    for run in RTL_RUN.findall(shown):
        assert run in haystack or run[::-1] in haystack, (run, value)
    for ch in "&<>":
        assert ch not in shown or ch in haystack, (ch, value)
    if "&" in value and "amp;" not in value:
        assert "amp;" not in haystack and "&#" not in haystack
    assert "<br/>" not in haystack


@pytest.mark.parametrize("code", A4_FORMS)
def test_pdf_export_shows_the_text(code):
    definition = FORMS[code]

    @fuzz("pdf_text_shown")
    @given(slot=st.sampled_from(SHOWN[code]), value=PRINTABLE_TEXT,
           noise=st.one_of(st.just(""), st.sampled_from(CONTROL + BIDI + ZERO_WIDTH + COMBINING[:1])))
    def run(slot, value, noise):
        _ran("pdf_text_shown")
        data = copy.deepcopy(definition.sample)
        typed = noise + value + noise  # invisible characters around it do not hide the text
        put(data, slot, typed)
        text = _render_checked(definition, data, [typed])
        assert text is not None
        assert_shown(text, value)

    run()


@fuzz("card_nasty")
@given(fill=nasty_fill(FORMS["ZZ-8"]), sex=JSON_SCALARS | st.sampled_from(["M", "Z"]))
def test_card_survives_any_text(fill, sex):
    _ran("card_nasty")
    definition = FORMS["ZZ-8"]
    data = copy.deepcopy(definition.sample)
    data["sex"] = sex
    for slot, value in fill:
        put(data, slot, value)
    _render_checked(definition, data, [v for _, v in fill])


@fuzz("card_text_shown")
@given(slot=st.sampled_from(SHOWN["ZZ-8"]), value=PRINTABLE_TEXT.filter(lambda v: len(v) <= 24))
def test_card_shows_the_text(slot, value):
    _ran("card_text_shown")
    definition = FORMS["ZZ-8"]
    data = copy.deepcopy(definition.sample)
    put(data, slot, value)
    text = _render_checked(definition, data, [value])
    assert text is not None
    assert_shown(text, value)


@fuzz("printable")
@given(text=st.one_of(nasty_text(80), PRINTABLE_TEXT))
def test_printable_text_keeps_letters_and_drops_what_cannot_print(text):
    _ran("printable")
    out = printable(text)
    assert out == printable(out)
    for ch in out:
        category = unicodedata.category(ch)
        assert ch == "\n" or category not in ("Cc", "Cf", "Cs", "Co", "Cn"), (repr(ch), category)
        assert ord(ch) <= 0xFFFF
    # the letters the font has are all kept (dropping a control character may let an accent compose)
    kept = unicodedata.normalize("NFD", out)
    for ch in unicodedata.normalize("NFD", text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")):
        if ch in PRINTABLE_LETTERS:
            assert ch in kept, (ch, out)



# --- regressions: what the fuzzing found ----------------------------------------------------------


def test_strict_validation_reports_an_unknown_key_with_a_bracket():
    """`a[b` as a key of imported data made Finding.row raise ValueError while the findings were sorted."""
    definition = FORMS["ZZ-1"]
    data = {**copy.deepcopy(definition.sample), "a[b": 1, "x[2]": "y", "]": None}
    found = validate(definition, data, today=dt.date(2025, 10, 20), strict=True)
    unknown = {f.field: f for f in found if f.rule == "unknown_field"}
    assert set(unknown) == {"a[b", "x[2]", "]"}
    assert unknown["a[b"].row is None and "»a[b«" in unknown["a[b"].message
    assert Finding("documents[1].valid_until", ERROR, "x").row == 1


@pytest.mark.parametrize("code, field, typed, year", [
    ("ZZ-1", "birth_date", "31. 12. 9999", 9999),  # minor_requires: 18th birthday in year 10017 (ValueError)
    ("HR-1", "birth_date", "9999-12-31", 9999),  # older_than
    ("UP-7", "statement_date", "31. 12. 9999", 9999),  # period_from_next_month: year 10000
    ("UP-6", "previous_period_to", "0001-01-01", 1),  # not_before_end: before 1. 1. 1 (OverflowError)
    ("ZZ-5", "birth_date", "5. 5. 0225", 225),  # school_age; a typed 0225 for 2025 was taken as a real date
])
def test_a_date_with_an_impossible_year_is_a_finding_not_a_crash(code, field, typed, year):
    definition = FORMS[code]
    data = {**copy.deepcopy(definition.sample), field: typed}
    found = [f for f in validate(definition, data, today=dt.date(2026, 3, 1)) if f.field == field]
    assert [f.rule for f in found] == ["type:date"]
    assert found[0].message == (f"»{definition.fields[field].label}«: leto {year} ni mogoče; vpišite datum med "
                                "letoma 1800 in 2199, npr. 24. 02. 2022.")
    assert parse_date(typed) is None and canonical(definition.fields[field], typed) == typed


def test_dates_at_the_ends_of_the_years_allowed_still_count():
    assert parse_date("1. 1. 1800") == dt.date(1800, 1, 1) and parse_date("2199-12-31") == dt.date(2199, 12, 31)
    assert parse_date(dt.date(9999, 12, 31)) is None
    assert format_date(dt.date(2217, 12, 31)) == "31. 12. 2217"  # a computed date (18th birthday) still shows
    definition = FORMS["ZZ-1"]
    found = validate(definition, {**copy.deepcopy(definition.sample), "birth_date": "31. 12. 2199"},
                     today=dt.date(2025, 10, 20))
    assert {f.rule for f in found if f.field == "birth_date"} == {"not_future"}


@pytest.mark.parametrize("time_value", [True, 5, 16.5, ["16:00"], {"h": 16}, "\x00" * 10_000])
def test_an_absence_whose_time_is_no_text_is_judged_as_a_whole_day(time_value):
    """A time cell holding a boolean or number (an import) made period_longer_than raise TypeError, and
    a time of 10,000 control characters was repeated in the message."""
    definition = FORMS["UP-9"]
    data = copy.deepcopy(definition.sample)
    data["absences_centre"][0].update(from_date="2026-03-06", from_time=time_value, to_date="2026-03-06", to_time="20:00")
    found = validate(definition, data, today=dt.date(2026, 3, 10))
    period = [f for f in found if f.rule == "period_longer_than"]
    assert len(period) == 1 and period[0].field == "absences_centre[0].to_date"
    assert "od 06. 03. 2026 do 06. 03. 2026 20:00 traja 20 h" in period[0].message
    assert len(period[0].message) < 400


def test_a_message_quotes_a_long_or_invisible_value_as_a_short_excerpt():
    field = Field("d", "date", "Datum")
    (template, params), = check_value(field, "Ž" * 300)
    message = template.format(**params)
    assert len(message) < 200 and "…" in message
    (template, params), = check_value(Field("t", "time", "Ura"), "\u202e12\x00:3\ud800")
    message = template.format(**params)
    assert "U+202E" in message and "\u202e" not in message and "\x00" not in message  # named, never repeated
    (template, params), = check_value(Field("d", "date", "Datum"), "12\u200c:3\u0301x")  # joiner, mark: no hidden char
    message = template.format(**params)
    assert "»12:3\u0301x«" in message
    (template, params), = check_value(Field("n", "text", "Ime"), {"a": [1, None, True]})
    assert template.format(**params) == '»Ime«: pričakovano je besedilo, vpisana pa je vrednost »{"a": [1, null, true]}«.'


@pytest.mark.parametrize("typed, ok", [
    ("125,50", True), ("1.234,56", True), ("125.50", True), ("-3", True), ("0", True), (",5", True),
    ("nan", False), ("inf", False), ("-Infinity", False), ("1e999", False), ("1e5", False), ("1_000", False),
    ("١٢٣", False), ("１２", False), ("12 EUR", False), ("", True),
])
def test_a_number_is_a_finite_decimal_as_written_in_slovenia(typed, ok):
    """float() took "nan", "inf", "1e999" and "1_000" as amounts."""
    problems = check_value(Field("k", "number", "Znesek"), typed) if typed else []
    assert (problems == []) is ok, problems


def test_emoji_and_characters_beyond_the_font_print_as_a_valid_pdf():
    """reportlab wrote an emoji's code point into the font's ToUnicode map as 5 hex digits: readers reject
    the map (pypdf: "Odd-length string"), copying the text fails. Such characters now print as � (or as
    their plain form: 𝔘 as U), so the PDF is valid and its text can be read back."""
    definition = FORMS["ZZ-1"]
    data = {**copy.deepcopy(definition.sample), "surname": "Ševčenko 😀 𝔘 \U0001f643", "given_name": "Оле\u0301на"}
    text = _text(FormRenderer(definition).render(data))
    assert "Ševčenko � U �" in text and "Оле́на" in text


def test_control_and_direction_characters_do_not_print():
    definition = FORMS["ZZ-1"]
    data = {**copy.deepcopy(definition.sample), "surname": "\u202eŠevčenko\u202c\x00\x07", "given_name": "Ol\u200bena\ud800",
            "birth_place": "Har\u2028kiv\tmesto"}
    text = _text(FormRenderer(definition).render(data))
    assert "Ševčenko" in text and "Olena\ufffd" in text and "Har\nkiv mesto" in text
    assert not set(text) & {"\u202e", "\u202c", "\x00", "\x07", "\u200b", "\u2028", "\t"}
    assert printable("<b>&amp;</b>") == "<b>&amp;</b>"  # markup is escaped later, not altered here
    assert printable("مرحبا") == "مرحبا"  # right-to-left text prints in its stored order


@pytest.mark.parametrize("code, slot, label", [
    ("ZZ-1", ("office", None), "»Organ (zglavna štampiljka)«"),
    ("ZZ-1", ("family_accompanying", "address"), "vrstica 1, »naslov stalnega / začasnega prebivališča«"),
    ("HR-3", ("items", "item"), "»Začasno odvzeti predmeti«, vrstica 1, »Predmet (opis in količina)«"),
])
def test_a_value_taller_than_a_page_is_a_clear_export_error(code, slot, label):
    """reportlab's LayoutError ("Flowable <_Stamp at 0x…> too large on page 2 …") reached the user."""
    definition = FORMS[code]
    data = copy.deepcopy(definition.sample)
    put(data, slot, "abc čšž " * 1250)
    with pytest.raises(ExportError) as error:
        FormRenderer(definition).render(data)
    message = str(error.value)
    assert message.startswith(f"Obrazca {code} ni mogoče natisniti: ") and label in message
    assert "skrajšajte ga" in message and "Flowable" not in message and len(message) < 400


def test_a_card_value_too_long_is_quoted_as_an_excerpt():
    definition = FORMS["ZZ-8"]
    data = {**copy.deepcopy(definition.sample), "surname": "Ševčenko-" * 1000}
    with pytest.raises(ExportError) as error:
        CardRenderer(definition).render_card(data)
    message = str(error.value)
    assert message.startswith("»Priimek« (Ševčenko-Ševčenko-") and "…) je predolg za izkaznico" in message
    assert len(message) < 250


def test_rows_out_of_order_quote_a_long_name_as_an_excerpt():
    """rows_sorted repeated a 10,000-character cell in full in its warning."""
    data = {"rows": [{"w": "Ana"}, {"w": "Žan " * 2500}]}
    found = [f for f in validate(SYNTHETIC, data, today=dt.date(2025, 10, 20))
             if f.rule == "rows_sorted" and "po abecedi od Ž do A" in f.message]
    assert len(found) == 1
    assert "vrstica 2 (Žan Žan" in found[0].message and "…) mora biti pred vrstico 1 (Ana)" in found[0].message
    assert len(found[0].message) < 400


def test_the_stored_spelling_of_a_value_never_breaks_its_length_limit():
    """A valid IBAN typed without spaces within max_length was stored in groups of four, beyond it."""
    field = Field("i", "iban", "IBAN", max_length=20)
    assert check_value(field, "SI83000000000000000") == []
    assert canonical(field, "SI83000000000000000") == "SI83000000000000000"
    assert canonical(Field("i", "iban", "IBAN"), "SI83000000000000000") == "SI83 0000 0000 0000 000"
    assert canonical(Field("t", "time", "Ura", max_length=4), "7.30") == "7.30"
    assert canonical(Field("t", "time", "Ura"), "7.30") == "07:30"



# --- the command line: every command that reads a file ----------------------------------------------------
# Issue 15: no input file gives a traceback, the generic »nepričakovana napaka«, a hang over 5 s, or a silent
# acceptance of an invalid value. Each command runs in this process (as `priloga …` does) on a station of its own.

import time as _time  # noqa: E402

from app.cli import main as cli_main  # noqa: E402
from app.engine.prefill import DOCUMENT_ATTRIBUTES, PERSON_ATTRIBUTES  # noqa: E402

CLI_SECONDS = 5.0


@pytest.fixture(scope="module")
def cli_station(tmp_path_factory):
    from ws_helpers import new_workspace

    folder = tmp_path_factory.mktemp("cli-fuzz")
    new_workspace(folder / "p.sqlite3").close()
    return folder


def _run_cli(args: list[str], capsys) -> tuple[int, str, str, float]:
    capsys.readouterr()
    started = _time.perf_counter()
    code = cli_main([str(a) for a in args])
    seconds = _time.perf_counter() - started
    out, err = capsys.readouterr()
    assert "nepričakovana napaka" not in err and "Traceback" not in err, (args, err[:500])
    assert code in (0, 1, 2), (args, code)
    assert seconds < CLI_SECONDS, (args, seconds)
    if code:  # exit 2: the reason on standard error; exit 1: findings or a verdict, on either
        assert (err if code == 2 else err + out).strip(), (args, "a refusal without a reason")
    return code, out, err, seconds


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10 ** 30), max_value=10 ** 30),
                         st.floats(allow_nan=False, allow_infinity=False), nasty_text())
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                                 st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                           max_leaves=12)
FILE_BYTES = st.one_of(
    st.binary(max_size=3000),
    JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    st.sampled_from([b"", b"{", b"[" * 5000, b"\xef\xbb\xbf{}", b"%PDF-1.7\n%%EOF", b"-----BEGIN CERTIFICATE-----\nAAAA\n",
                     b"PRILOGA", b"\x00" * 64]),
)
#: (command before the file, command after it); the file is the command's input
FILE_COMMANDS = {
    "validate": (["validate", "ZZ-1"], []),
    "export": (["export", "ZZ-1"], ["-o", "{out}/f.pdf"]),
    "import": (["import", "ZZ-1"], []),
    "person-add": (["person-add"], []),
    "transfer-check": (["transfer-check"], []),
    "restore": (["restore"], []),
    "verify": (["verify"], []),
    "trust": (["trust"], []),
    "key-import": (["key-import"], []),
    "sign": (["sign"], ["--key", "{file}", "-o", "{out}/s.pdf"]),
}
#: commands that must never take random bytes as valid input
NEVER_ACCEPT_JUNK = {"transfer-check", "restore", "verify", "trust", "key-import", "sign"}


@pytest.mark.parametrize("name", sorted(FILE_COMMANDS))
def test_every_command_that_reads_a_file_answers_any_file_with_a_reason(name, cli_station, tmp_path_factory, capsys,
                                                                        monkeypatch):
    monkeypatch.setenv("PRILOGA_TRANSFER_PASSPHRASE", "prenos-v-register-2026")
    monkeypatch.setenv("PRILOGA_KEY_PASSPHRASE", "geslo-kljuca-123")
    folder = tmp_path_factory.mktemp(f"in-{name}")
    before, after = FILE_COMMANDS[name]

    @fuzz("cli_files")
    @given(content=FILE_BYTES)
    def run(content):
        _ran("cli_files")
        path = folder / "vhod.dat"
        path.write_bytes(content)
        args = ["--db", cli_station / "p.sqlite3", *before, path,
                *[a.format(out=folder, file=path) for a in after]]
        code, _out, _err, _s = _run_cli(args, capsys)
        if name in NEVER_ACCEPT_JUNK:
            assert code != 0, (name, content[:80])

    run()


def _person_value():
    return st.one_of(st.sampled_from(["Kovalenko", "Olena", "1988-03-14", "14. 03. 1988", "UKR", "Ukrajina", "M", "Z",
                                      "1403988505189", "+386 41 123 456", "olena@example.si", "2025-02-30", "ZZZ", "Q",
                                      "1403988505188", "ABCDEFGHIJKLM", "Ž" * 5000, "Kovalenko\u202e", "a\x1bb"]),
                     nasty_text(),
                     st.integers(), st.lists(st.text(max_size=5), max_size=3), st.none())


PERSON_FILES = st.fixed_dictionaries({"surname": _person_value()}, optional={
    **{a: _person_value() for a in PERSON_ATTRIBUTES if a != "surname"},
    "status": st.sampled_from(["applicant", "granted", "ended", "deported", 5]),
    "documents": st.one_of(st.lists(st.one_of(
        st.fixed_dictionaries({}, optional={a: _person_value() for a in DOCUMENT_ATTRIBUTES}),
        JSON_VALUES), max_size=3), JSON_VALUES),
    "colour": st.just("red"),
})


def test_person_add_never_stores_a_value_the_forms_would_refuse(cli_station, tmp_path_factory, capsys):
    from app.engine.register_fields import check_document, check_person
    from ws_helpers import login_again

    folder = tmp_path_factory.mktemp("persons")

    @fuzz("cli_person")
    @given(person=PERSON_FILES)
    def run(person):
        _ran("cli_person")
        path = folder / "oseba.json"
        path.write_text(json.dumps(person, ensure_ascii=False), "utf-8", errors="surrogatepass")
        code, out, err, _s = _run_cli(["--db", cli_station / "p.sqlite3", "person-add", path], capsys)
        if code:
            return
        ws = login_again(cli_station / "p.sqlite3")
        try:
            stored = ws.person(out.strip())
            documents = ws.person_documents(out.strip())
        finally:
            ws.close()
        kept = {k: v for k, v in stored.items() if k in PERSON_ATTRIBUTES}
        assert check_person(kept, ws.register_fields()) == [], (person, kept)
        for document in documents:
            assert check_document(document) == [], document

    run()


def test_import_stores_only_data_of_the_forms_shape(cli_station, tmp_path_factory, capsys):
    definition = FORMS["ZZ-1"]
    folder = tmp_path_factory.mktemp("imports")
    keys = sorted(k for k in definition.sample if k != "photo")

    @fuzz("cli_import")
    @given(changes=st.dictionaries(st.sampled_from(keys + ["neznano"]), JSON_VALUES, max_size=4))
    def run(changes):
        _ran("cli_import")
        data = {**{k: v for k, v in definition.sample.items() if k != "photo"}, **changes}
        path = folder / "obrazec.json"
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8", errors="surrogatepass")
        code, out, err, _s = _run_cli(["--db", cli_station / "p.sqlite3", "import", "ZZ-1", path], capsys)
        if code == 0:
            shape = [f for f in validate(definition, data, strict=True)
                     if f.rule.startswith("type:") or f.rule == "unknown_field"]
            assert shape == [], (changes, shape[:2])

    run()
