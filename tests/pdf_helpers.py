"""Helpers the form and PDF tests share: text out of a PDF, labels in order, valid EMŠOs."""

import datetime as dt
import re
from io import BytesIO

from pypdf import PdfReader
from stdnum.si import emso as stdnum_emso


def squash(text: str) -> str:
    """Text without any whitespace: pypdf may drop or insert spaces and line breaks."""
    return re.sub(r"\s+", "", text)


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
