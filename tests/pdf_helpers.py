"""Helpers the form and PDF tests share: text out of a PDF, labels in order, valid EMŠOs."""

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from io import BytesIO

from pypdf import PdfReader
from stdnum.si import emso as stdnum_emso


def squash(text: str) -> str:
    """Text without any whitespace: pypdf may drop or insert spaces and line breaks."""
    return re.sub(r"\s+", "", text)


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789", "☐☒")


def plain_marks(text: str) -> str:
    """Text as the gazette's plain text extracts it: a footnote mark printed superscript ("12.¹") is a plain
    digit there ("12. 1"), and a box to tick is a picture there, not a character."""
    return text.translate(_SUPERSCRIPTS)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def assert_in_order(text: str, expected: list[str]) -> None:
    """Every item of `expected` occurs in `text`, each after the one before (whitespace ignored)."""
    haystack = squash(text)
    position = 0
    for item in expected:
        found = haystack.find(squash(item), position)
        assert found >= 0, f"{item!r} missing (or out of order) after position {position}: …{haystack[position:position + 160]}…"
        position = found + len(squash(item))


def make_emso(birth: str, sex: str = "M", serial: int = 12) -> str:
    """A valid EMŠO for the date of birth (ISO) and sex, register 50 (serials whose check digit is 10 skipped)."""
    day = dt.date.fromisoformat(birth)
    for number in range(serial, serial + 40):
        base = f"{day.day:02d}{day.month:02d}{day.year % 1000:03d}50{number + (500 if sex == 'Z' else 0):03d}"
        check = stdnum_emso.calc_check_digit(base)
        if len(check) == 1 and stdnum_emso.is_valid(base + check):
            return base + check
    raise AssertionError(birth)


def form(code):
    """A form's definition from the catalogue."""
    from app.engine import default_catalog

    return default_catalog().get(code)


def sample(code) -> dict:
    """A deep copy of a form's sample data."""
    import copy

    return copy.deepcopy(form(code).sample)


def rules_of(found) -> set[tuple[str, str]]:
    return {(f.field, f.rule) for f in found}


# --- the official texts (../shared/sources) -------------------------------------------------------

SOURCES = Path(__file__).resolve().parents[2] / "shared" / "sources"


def source_file(definition) -> Path | None:
    """The gazette text a form comes from (`ul-NUMBER-YEAR-ITEM-….txt` in ../shared/sources), or None
    when the sources folder (or that regulation's text) is not beside the project."""
    found = re.search(r"(\d+)/(\d{4})", definition.source.gazette)
    if not found or not SOURCES.is_dir():
        return None
    hits = sorted(SOURCES.glob(f"ul-{found.group(1)}-{found.group(2)}-{definition.source.item}-*.txt"))
    return hits[0] if hits else None


def _annex_heading(line: str, number: str = r"\d+") -> bool:
    return re.fullmatch(rf"(?i)\s*priloga {number}\s*", line) is not None


def annex_text_lines(definition) -> list[str]:
    """The lines of the form's Priloga as the gazette prints it (its "Priloga N" heads, page footers and
    blanks ____ removed, whitespace collapsed, the gazette's dash before an item as "–"); for an annex
    holding several forms ("Priloga 1, obrazec št. 1/1") only that form's part."""
    path = source_file(definition)
    lines = path.read_text(encoding="utf-8").splitlines()
    number = re.match(r"(?i)priloga (\d+)", definition.annex).group(1)
    # the annexes follow the last article (the articles may mention "Priloga N" in their text)
    articles = [i for i, line in enumerate(lines) if re.fullmatch(r"\s*\d+\. člen\s*", line)]
    after = max(articles) if articles else -1
    one = re.search(r"(?i)obrazec št\. (\S+)", definition.annex)
    # a form's own head: "Obrazec št. 1/1", in some gazettes without "št." ("Obrazec 6/3")
    any_form = re.compile(r"(?i)\s*obrazec (št\. )?\d+(/\d+)?\s*")
    start = next((i for i, line in enumerate(lines) if i > after and _annex_heading(line, number)), None)
    if start is not None:
        end = next((i for i in range(start + 1, len(lines))
                    if _annex_heading(lines[i]) and not _annex_heading(lines[i], number)), len(lines))
        part = lines[start:end]
    else:
        part = lines[after + 1:]
    if one:
        head = re.compile(rf"(?i)\s*obrazec (št\. )?{re.escape(one.group(1))}\s*")
        first = next((i for i, line in enumerate(part) if head.fullmatch(line)), None)
        if first is None and start is not None:
            # the gazette prints no "Priloga N" head before this form: look for the form's own head
            part = lines[after + 1:]
            first = next((i for i, line in enumerate(part) if head.fullmatch(line)), None)
        assert first is not None, (
            f"{definition.annex}: neither a \"Priloga {number}\" part holding it nor a head "
            f"\"Obrazec (št.) {one.group(1)}\" after the last article in {path.name}")
        # the form ends where the next form begins or where the amending text closes its quote ("«.")
        last = next((i for i in range(first + 1, len(part))
                     if any_form.fullmatch(part[i]) or re.fullmatch(r"\s*«\.?\s*", part[i])), len(part))
        part = part[first:last]
        # the amending regulation's closing quote after the last form ("… pooblaščencu.«.") is not on the form
        while part and not part[-1].strip():
            part = part[:-1]
        if part and re.search(r"«\.?\s*$", part[-1]):
            part[-1] = re.sub(r"«\.?\s*$", "", part[-1])
    else:
        assert start is not None, f"{definition.annex}: no \"Priloga {number}\" head after the last article in {path.name}"
    out = []
    for line in part:
        text = " ".join(re.sub(r"_+", " ", line).replace("\u0336", "–").replace("…", "").split())
        if (text and not _annex_heading(text) and not re.match(r"(?i)uradni list republike slovenije\s+št\.", text)
                and not re.match(r"(?i)stran \d+ / št\. \d+ / .*uradni list republike slovenije$", text)):
            out.append(text)
    return out


def running_header(pdf: bytes) -> list[str]:
    """The lines every page of a PDF starts with (a form's code printed at the top of each page)."""
    pages = [[line.strip() for line in text.splitlines() if line.strip()] for text in page_texts(pdf)]
    out = []
    for index, line in enumerate(pages[0] if len(pages) > 1 else []):
        if not all(len(page) > index and page[index] == line for page in pages):
            break
        out.append(line)
    return out


def body_text(pdf: bytes) -> str:
    """The PDF's text with the running header kept on the first page only: on the next pages it stands
    where a page break cut a paragraph or a label, which the gazette text runs on unbroken."""
    header = running_header(pdf)
    pages = page_texts(pdf)
    rest = []
    for text in pages[1:]:
        lines = text.splitlines()
        kept, skipped = [], 0
        for line in lines:
            if skipped < len(header) and line.strip() == header[skipped]:
                skipped += 1
                continue
            if line.strip() or skipped >= len(header):
                skipped = len(header)
            kept.append(line)
        rest.append("\n".join(kept))
    return "\n".join(pages[:1] + rest)


def rings(pdf: bytes) -> int:
    """Number of rounded rings drawn around chosen answers (reportlab draws them as curves, 'c' operators)."""
    return sum(len(re.findall(rb"\sc\n", page.get_contents().get_data())) for page in PdfReader(BytesIO(pdf)).pages)


def printed_labels(definition, blank: bool = True) -> list[str]:
    """Every fixed text a form's print blocks print, in print order (built from its definition)."""
    layout = definition.print_layout
    out = [str(line) for line in layout.get("running_header") or []]

    def add(*texts):
        out.extend(" ".join(str(t).split()) for t in texts if t)

    def walk(blocks):
        for block in blocks:
            kind = block["kind"]
            if kind in ("annex_label", "title", "heading", "text", "bullet", "footnote"):
                add(block["text"], block.get("subtitle"))
            elif kind in ("stamp", "caption_line"):
                add(block["caption"])
            elif kind in ("line", "signature"):
                add(block["label"])
            elif kind == "pair_line":
                add(*(cell["label"] for cell in block["cells"]))
            elif kind == "answer":
                add(block.get("marker"), block["word"], block.get("caption"))
            elif kind == "caption_row":
                add(*(cell["caption"] for cell in block["cells"]))
            elif kind == "sentence":
                add(*(part for part in block["parts"] if isinstance(part, str)))
            elif kind == "choice_boxes":
                field = definition.fields[block["field"]]
                if field.type == "boolean":
                    add(block.get("text") or field.label)
                else:
                    labels = {c.value: c.label for c in field.choices}
                    add(*(labels[v] for v in block.get("values") or labels))
            elif kind == "keep_together":
                walk(block["blocks"])
            elif kind == "photo_beside":
                walk(block["beside"])
                if blank:
                    add(block["caption"])
            elif kind == "repeat_lines":
                markers = block.get("markers") or []
                for index in range(block["rows"]):
                    if index < len(markers):
                        add(markers[index])
                    for line in block["lines"]:
                        add(*(cell.get("label") for cell in line))
            elif kind == "table":
                add(*(column["header"] for column in block["columns"]))
            elif kind == "stacked_table":
                for column in block["columns"]:
                    add(*(column["header"] if isinstance(column["header"], list) else [column["header"]]))
            elif kind == "grid":
                for row in block["rows"]:
                    for cell in row:
                        add(cell.get("text"), cell.get("label"))
            elif kind == "notice":
                add(block["title"], *block["paragraphs"])

    walk(layout.get("blocks") or [])
    return out


def printed_fields(definition, marked: bool = False) -> set[str]:
    """The fields a form's print blocks show (by `field`, `fields`, `table` or in a template); with
    `marked`, only those shown by a ticked box or a ringed answer instead of their value."""
    found: set[str] = set()
    boxed: set[str] = set()

    def visit(node):
        if isinstance(node, Mapping):
            if node.get("kind") in ("choice_boxes", "answer") and isinstance(node.get("field"), str):
                boxed.add(node["field"])
            for key, value in node.items():
                if key in ("field", "table", "reference_field") and isinstance(value, str):
                    found.add(value)
                elif key == "fields" and isinstance(value, list):
                    found.update(v for v in value if isinstance(v, str))
                elif key == "template" and isinstance(value, str):
                    found.update(re.findall(r"[A-Za-z_]\w*", value))
                    if "☒" in value:  # '☒' if FIELD == 'choice' else '☐': the value is shown by a ticked box
                        boxed.update(set(re.findall(r"([A-Za-z_]\w*)\s*(?:==|!=|\bin\b)", value))
                                     - set(re.findall(r"\{\{\s*([A-Za-z_]\w*)\s*(?:\||\}\})", value)))
                else:
                    visit(value)
        elif isinstance(node, (list, tuple)):
            for item in node:
                visit(item)

    layout = definition.print_layout
    visit([*layout.blocks, *layout.front, *layout.back])
    return (boxed if marked else found) & set(definition.fields)


# --- validating a form's data in the form tests ------------------------------------------------------

TODAY = dt.date(2026, 6, 1)  # after every sample's dates


def findings(code, data, today=TODAY):
    from app.engine import validate

    return validate(form(code), data, today=today, strict=True)


def errors(code, data, today=TODAY):
    return [f for f in findings(code, data, today) if f.severity == "error"]


def warnings(code, data, today=TODAY):
    return [f for f in findings(code, data, today) if f.severity == "warning"]


def bad_check_digit(number: str) -> str:
    """The same number with its last digit changed (a checksum error at the boundary)."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def make_tax(seven: str) -> str:
    """A valid Slovenian tax number from its first seven digits."""
    from stdnum.si import ddv

    return seven + ddv.calc_check_digit(seven)


def make_si_iban(bban13: str) -> str:
    """A valid Slovenian IBAN (always SI56) with the national check digits computed."""
    from stdnum import iban as stdnum_iban

    for check in range(100):
        number = f"SI56{bban13}{check:02d}"
        if stdnum_iban.is_valid(number):
            return stdnum_iban.format(number)
    raise AssertionError(bban13)


def cell(data: dict, path: str) -> tuple[dict, str]:
    """The dict and key a finding's path (`children[1].emso` or `emso`) names in the data."""
    match = re.fullmatch(r"(\w+)\[(\d+)\]\.(\w+)", path)
    if match:
        return data[match.group(1)][int(match.group(2))], match.group(3)
    return data, path


_PDFS: dict = {}


def pdf_of(code, blank=False) -> bytes:
    """A form's sample (or blank) PDF, rendered once per test session."""
    from app.export import render_pdf

    key = (code, blank)
    if key not in _PDFS:
        _PDFS[key] = render_pdf(form(code), None if blank else form(code).sample, blank=blank)
    return _PDFS[key]


# --- small inline definitions for feature tests (as pyxform's tests write their forms inline) ----------

HEAD = """\
code: {code}
title: Preizkus
annex: Priloga {annex}
version: "1"
source: {{regulation: Preizkus, gazette: "Uradni list RS, št. 1/2099", item: 1, in_force: "2025-01-01"}}
"""


def define(folder, body, code: str = "XX-9"):
    """A form defined by a YAML text (the head above is added when `body` has no `code:`; a dict is
    written as YAML), loaded through the catalogue from its own folder. A malformed one raises the
    loader's DefinitionError, naming the file and the place."""
    import textwrap

    import yaml

    from app.engine.catalog import Catalog

    if isinstance(body, Mapping):
        text = yaml.safe_dump({"code": code, "title": "Preizkus", "annex": "Priloga 99", "version": "1",
                               "source": {"regulation": "Preizkus", "gazette": "Uradni list RS, št. 1/2099", "item": 1,
                                          "in_force": "2025-01-01"}, **body}, allow_unicode=True, sort_keys=False)
    else:
        text = textwrap.dedent(body)
        if not re.search(r"(?m)^code:", text):
            text = HEAD.format(code=code, annex=99) + text
    folder = Path(folder) / f"form-{code.lower()}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{code.lower()}.yaml").write_text(text, encoding="utf-8")
    return Catalog(folder).get(code)
