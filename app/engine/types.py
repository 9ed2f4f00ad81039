"""Field types: what a value of each type must look like, how it is shown, and its JSON Schema."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from app.engine.countries import country_name, is_country
from app.engine.dates import MAX_YEAR, MIN_YEAR, format_date, parse_date, year_out_of_range
from app.engine.definition import Field

# A problem is a (message template, parameters) pair; templates are Slovenian and go through the
# UI's translation with their parameters filled in afterwards.
Problem = tuple[str, dict]

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
_PHONE = re.compile(r"^\+?[0-9 ()/.-]+$")
# a decimal number as officials write it, once thousands dots are dropped and the decimal comma is a
# point (125,50 · 1.234,56 · 125.50 · -3); not "nan", "inf", "1e5", "1_000" nor digits of other scripts
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
#: a value quoted in a message is cut to this many characters (a pasted page is not repeated in full)
EXCERPT_LENGTH = 60


def excerpt(value: Any, limit: int = EXCERPT_LENGTH) -> str:
    """A value as a message quotes it: one line, without invisible control or direction characters
    (they would hide or reorder the message's own text), shortened with … when long."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            text = str(value)
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isspace():
            out.append(" ")
        elif category == "Cs":
            out.append("\ufffd")
        elif category not in ("Cc", "Cf"):
            out.append(ch)
    text = " ".join("".join(out).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def is_empty(value: Any) -> bool:
    """True for a value that counts as not filled in (None, blank text, a table with no filled row)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return not any(not row_is_empty(row) for row in value)
    return False


def row_is_empty(row: Any) -> bool:
    """A table row the user added but left blank; it is neither checked nor printed."""
    if not isinstance(row, dict):
        return False
    return all(is_empty(v) for v in row.values())


def check_value(field: Field, value: Any) -> list[Problem]:
    """Problems with a filled value of `field` (emptiness is the caller's business). A message quotes
    the value as an excerpt: a 10,000-character paste or a stray control character is not repeated."""
    return [(template, {**params, "value": excerpt(params["value"])} if "value" in params else params)
            for template, params in _problems(field, value)]


def _problems(field: Field, value: Any) -> list[Problem]:
    label = field.label
    kind = field.type
    if kind == "table":
        if not isinstance(value, list):
            return [("»{label}« mora biti seznam vrstic.", {"label": label})]
        return []
    if kind == "boolean":
        if not isinstance(value, bool):
            return [("»{label}« je lahko le da ali ne.", {"label": label})]
        return []
    if not isinstance(value, str):
        return [("»{label}«: pričakovano je besedilo, vpisana pa je vrednost »{value}«.", {"label": label, "value": value})]
    text = value.strip()
    if field.max_length and len(text) > field.max_length:
        return [(
            "»{label}« je predolg ({length} znakov); skrajšajte ga na največ {max} znakov.",
            {"label": label, "length": len(text), "max": field.max_length},
        )]
    if kind == "date":
        year = year_out_of_range(text)
        if year is not None:
            return [(
                "»{label}«: leto {year} ni mogoče; vpišite datum med letoma {min_year} in {max_year}, npr. 24. 02. 2022.",
                {"label": label, "year": year, "min_year": MIN_YEAR, "max_year": MAX_YEAR},
            )]
        if parse_date(text) is None:
            return [(
                "»{label}«: »{value}« ni veljaven datum; vpišite ga v obliki dd. mm. llll, npr. 24. 02. 2022.",
                {"label": label, "value": text},
            )]
    elif kind == "choice":
        if field.choice_label(text) is None:
            options = ", ".join(c.label for c in field.choices)
            return [(
                "»{label}«: »{value}« ni med možnostmi; izberite eno od: {options}.",
                {"label": label, "value": text, "options": options},
            )]
    elif kind == "country":
        if not is_country(text, allow_stateless=field.stateless):
            return [(
                "»{label}«: »{value}« ni država s seznama; izberite državo s seznama (npr. Ukrajina).",
                {"label": label, "value": text},
            )]
    elif kind == "email":
        if not _EMAIL.match(text) or len(text) > 254:
            return [(
                "»{label}«: »{value}« ni veljaven e-poštni naslov; vpišite ga v obliki ime@domena.si.",
                {"label": label, "value": text},
            )]
    elif kind == "phone":
        digits = sum(ch.isdigit() for ch in text)
        if not _PHONE.match(text) or "+" in text[1:] or not 6 <= digits <= 15:
            return [(
                "»{label}«: »{value}« ni veljavna telefonska številka; vpišite od 6 do 15 števk, "
                "na začetku lahko s +, npr. +386 41 123 456.",
                {"label": label, "value": text},
            )]
    elif kind == "emso":
        from stdnum import exceptions
        from stdnum.si import emso

        try:
            emso.validate(text)
        except exceptions.InvalidLength:
            return [("»{label}«: EMŠO mora imeti 13 števk, vpisanih je {count}.", {"label": label, "count": len(emso.compact(text))})]
        except exceptions.InvalidChecksum:
            return [("»{label}«: EMŠO »{value}« ima napačno kontrolno števko; preverite ga na dokumentu.", {"label": label, "value": text})]
        except exceptions.ValidationError:
            return [("»{label}«: »{value}« ni veljavna EMŠO (13 števk, prvih sedem je datum rojstva).", {"label": label, "value": text})]
    elif kind == "tax_number":
        from stdnum.si import ddv

        if not ddv.is_valid(text):
            digits = ddv.compact(text) if text else text
            if not (digits.isdigit() and len(digits) == 8):
                return [("»{label}«: davčna številka ima 8 števk (npr. 50223054), vpisano pa je »{value}«.", {"label": label, "value": text})]
            return [("»{label}«: davčna številka »{value}« ima napačno kontrolno števko; preverite jo na odločbi FURS.",
                     {"label": label, "value": text})]
    elif kind == "iban":
        from stdnum import iban

        if not iban.is_valid(text):
            return [("»{label}«: »{value}« ni veljavna številka računa IBAN; vpišite jo v obliki SI56 1910 0000 0123 438 "
                     "(preverite kontrolni števki za SI).", {"label": label, "value": text})]
    elif kind == "time":
        if parse_time(text) is None:
            return [("»{label}«: »{value}« ni ura; vpišite jo v obliki hh:mm, npr. 14:30.", {"label": label, "value": text})]
    elif kind == "number":
        if not _NUMBER.fullmatch(text.replace(".", "").replace(",", ".") if "," in text else text):
            return [("»{label}«: »{value}« ni število; vpišite npr. 125,50.", {"label": label, "value": text})]
    return []


def parse_time(text: str):
    """A clock time hh:mm (or hh.mm) as datetime.time, or None."""
    import datetime as dt
    import re

    match = re.match(r"^\s*(\d{1,2})[:.](\d{2})\s*$", text or "")
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def canonical(field: Field, value: Any) -> Any:
    """The stored form of a value given in another accepted spelling: a date as dd. mm. yyyy → ISO,
    a country as alpha-2 code or Slovenian name → alpha-3, a choice by its label → its value.
    Values that cannot be understood are returned unchanged (validation then reports them)."""
    if field.type == "table" and isinstance(value, list):
        columns = {c.id: c for c in field.columns}
        return [{k: canonical(columns[k], v) if k in columns else v for k, v in row.items()}
                if isinstance(row, dict) else row for row in value]
    if not isinstance(value, str) or not value.strip():
        return value
    stored = _canonical_text(field, value)
    if field.max_length and len(stored.strip()) > field.max_length >= len(value.strip()):
        return value  # the stored spelling (an IBAN in groups of four, 07:30 for 7.30) would not fit: kept as typed
    return stored


def _canonical_text(field: Field, value: str) -> str:
    if field.type == "date":
        parsed = parse_date(value)
        return parsed.isoformat() if parsed else value
    if field.type == "country":
        from app.engine.countries import STATELESS, country_code

        code = country_code(value)
        if code == STATELESS and not field.stateless:
            return value
        return code or value
    if field.type == "time":
        parsed = parse_time(value)
        return parsed.strftime("%H:%M") if parsed else value
    if field.type == "iban":
        from stdnum import iban

        return iban.format(value) if iban.is_valid(value) else value
    if field.type == "choice" and field.choice_label(value) is None:
        wanted = value.strip().casefold()
        for choice in field.choices:
            if wanted in (choice.value.casefold(), choice.label.casefold(), *(a.casefold() for a in choice.aliases)):
                return choice.value
    return value


def display(field: Field, value: Any) -> str:
    """How a value is shown on screen and in print (dates dd. mm. yyyy, labels for codes)."""
    if is_empty(value):
        return ""
    if field.type == "date":
        return format_date(value)
    if field.type == "choice":
        return field.choice_label(value) or str(value)
    if field.type == "country":
        return country_name(value) or str(value)
    if field.type == "boolean":
        return "da" if value else "ne"
    if field.type == "photo":
        return ""
    return str(value).strip()


def json_schema(field: Field) -> dict:
    """JSON Schema of one field's value."""
    schema: dict[str, Any] = {"title": field.label}
    if field.help:
        schema["description"] = field.help
    if field.type == "table":
        item = {
            "type": "object",
            "properties": {c.id: json_schema(c) for c in field.columns},
            "additionalProperties": False,
        }
        required = [c.id for c in field.columns if c.required]
        if required:
            item["required"] = required
        schema.update(type="array", items=item)
        if field.max_rows is not None:
            schema["maxItems"] = field.max_rows
        return schema
    if field.type == "boolean":
        schema["type"] = "boolean"
        return schema
    schema["type"] = "string"
    if field.max_length:
        schema["maxLength"] = field.max_length
    if field.type == "date":
        schema["format"] = "date"
    elif field.type == "email":
        schema["format"] = "email"
    elif field.type in ("tax_number", "iban", "time", "number"):
        schema["format"] = {"tax_number": "si-tax-number", "iban": "iban", "time": "time", "number": "decimal"}[field.type]
    elif field.type in ("phone", "emso", "country", "photo"):
        schema["format"] = field.type
        if field.type == "emso":
            schema["pattern"] = r"^[0-9]{13}$"
        if field.type == "country":
            schema["description"] = "ISO 3166-1 alpha-3" + ("; XXA = brez državljanstva" if field.stateless else "")
        if field.type == "photo":
            schema["description"] = "fotografija: pot do slikovne datoteke ali data:image/jpeg;base64,…"
    elif field.type == "choice":
        schema["enum"] = [c.value for c in field.choices]
        schema["description"] = "; ".join(f"{c.value} = {c.label}" for c in field.choices)
    return schema
