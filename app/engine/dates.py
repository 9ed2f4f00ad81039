"""Dates: parsing what officials type, showing dd. mm. yyyy, ages."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_LOCAL = re.compile(r"^\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})\s*\.?\s*$")

#: The years a date on these forms can have: births long ago to documents valid for decades. A typed
#: 0225 or 9999 is a slip of the keyboard, not a date; and ages, terms and periods computed from a year
#: near 1 or 9999 would leave the calendar (datetime ends at year 9999).
MIN_YEAR = 1800
MAX_YEAR = 2199


def _parts(value: object) -> tuple[int, int, int] | None:
    """(year, month, day) as written (ISO or dd. mm. yyyy), not checked against the calendar."""
    if not isinstance(value, str):
        return None
    match = _ISO.match(value.strip())
    if match:
        year, month, day = (int(g) for g in match.groups())
        return year, month, day
    match = _LOCAL.match(value)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    return year, month, day


def parse_date(value: object) -> dt.date | None:
    """Return the date that `value` denotes (ISO or dd. mm. yyyy), or None if it is no real date
    (no such day, or a year outside MIN_YEAR … MAX_YEAR)."""
    if isinstance(value, dt.date):
        return value if MIN_YEAR <= value.year <= MAX_YEAR else None
    parts = _parts(value)
    if parts is None or not MIN_YEAR <= parts[0] <= MAX_YEAR:
        return None
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def year_out_of_range(value: object) -> int | None:
    """The year of a date written in a right form but with a year outside MIN_YEAR … MAX_YEAR, else None."""
    parts = _parts(value)
    if parts is None or MIN_YEAR <= parts[0] <= MAX_YEAR:
        return None
    return parts[0]


def normalize_date(text: str) -> str:
    """ISO form of a typed date when it is a real date; otherwise the text as typed (kept, not lost)."""
    parsed = parse_date(text)
    return parsed.isoformat() if parsed else text.strip()


def format_date(value: object) -> str:
    """Show a date as dd. mm. yyyy; text that is no date is shown as it is."""
    parsed = value if isinstance(value, dt.date) else parse_date(value)
    if parsed is None:
        return "" if value is None else str(value)
    return f"{parsed.day:02d}. {parsed.month:02d}. {parsed.year:04d}"


def add_years(day: dt.date, years: int) -> dt.date:
    """`day` moved by whole years; 29 February becomes the last day of February (as ZUP counts terms)."""
    year = day.year + years
    last = calendar.monthrange(year, day.month)[1]
    return dt.date(year, day.month, min(day.day, last))


def age_on(birth: dt.date, on: dt.date) -> int:
    """Completed years of a person born on `birth` on the day `on`."""
    years = on.year - birth.year
    if add_years(birth, years) > on:
        years -= 1
    return years


def is_minor(birth: dt.date, on: dt.date) -> bool:
    """True when the person has not turned 18 by the day `on` (the 18th birthday counts as adult)."""
    return on < add_years(birth, 18)
