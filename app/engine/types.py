"""Field types: what a value of each type must look like, how it is shown, and its JSON Schema.

Every type is declared once, at the end of this module, as a `FieldType` (`register_type`): its check,
its stored (canonical) spelling, its display text, its JSON Schema and the editor kind the UI gives it
(`app/ui/fields.py` keeps one editor per kind). Adding a type is one `register_type(...)` here."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable

from app.engine.countries import STATELESS, country_code, country_name, is_country
from app.engine.dates import MAX_YEAR, MIN_YEAR, format_date, parse_date, year_out_of_range
from app.engine.model import Field

# A problem is a (message template, parameters) pair; templates are Slovenian and go through the
# UI's translation with their parameters filled in afterwards.
Problem = tuple[str, dict]


def _no_problems(field: Field, value: Any) -> list[Problem]:
    return []


def _as_typed(field: Field, value: str) -> str:
    return value


def _as_text(field: Field, value: Any) -> str:
    return str(value).strip()


def _no_schema(field: Field, schema: dict) -> None:
    return None


def _text_key(field: Field, value: Any) -> Any:
    return str(value).strip().casefold()


def _quoted(field: Field, value: Any, key: Any) -> str:
    return excerpt(value)  # a name, not a pasted page nor invisible control characters


@dataclass(frozen=True)
class FieldType:
    """One field type. For a `text` type the value is a string: `check(field, text)` gets it stripped
    and within max_length; otherwise `check(field, value)` gets the value as stored."""

    name: str
    #: the editor the UI uses (a key of app/ui/fields.py's editor registry): text, date, choice, country,
    #: boolean, table, photo
    editor: str = "text"
    #: what a single-line editor lets the keyboard offer: email, phone, digits (or "")
    input_hint: str = ""
    text: bool = True
    #: may be a column of a repeat table
    cell: bool = True
    check: Callable[[Field, Any], list[Problem]] = _no_problems
    canonical: Callable[[Field, str], str] = _as_typed
    display: Callable[[Field, Any], str] = _as_text
    #: adds the type's keywords to a field's JSON Schema (after title, description, type, maxLength)
    schema: Callable[[Field, dict], None] = _no_schema
    #: what a filled value is compared by when rows are sorted on it (None: not known, e.g. not valid)
    sort_key: Callable[[Field, Any], Any] = _text_key
    #: the longest value (characters) of a field of this type that names no max_length of its own: every
    #: text has a limit, so no value can make checking, storing or printing it slow
    max_length: int = 400
    #: how an ascending and a descending order on it read to the official
    order_words: tuple[str, str] = ("po abecedi od A do Ž", "po abecedi od Ž do A")
    #: (field, value, its sort key) → how a message quotes a row's key
    key_text: Callable[[Field, Any, Any], str] = _quoted


_TYPES: dict[str, FieldType] = {}


def register_type(kind: FieldType) -> FieldType:
    """Declare a field type (once)."""
    if kind.name in _TYPES:
        raise ValueError(f"field type {kind.name!r} is declared twice")
    _TYPES[kind.name] = kind
    return kind


def field_type(name: str) -> FieldType:
    """The declared type `name` (KeyError for an unknown one)."""
    return _TYPES[name]


def field_types() -> tuple[str, ...]:
    """The names of every declared type, in declaration order."""
    return tuple(_TYPES)


def cell_types() -> tuple[str, ...]:
    """The types a table column may have."""
    return tuple(name for name, kind in _TYPES.items() if kind.cell)


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


#: direction controls that reorder how text is shown (embeddings, overrides, isolates, marks): a name
#: never needs them, and U+202E shows »ošečnevŠ« as »Ševčenko«
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
    "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(1, 17))
    + "]")


_HIDDEN_ASCII = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def hidden_character(text: str) -> tuple[int, str] | None:
    """(1-based position, character) of the first character a typed value may not hold, or None: C0 and C1
    control characters other than tab and line breaks, direction overrides and isolates, line and paragraph
    separators, lone surrogates and non-characters. Letters of every script, combining marks (Ševčenko typed
    as S + ̌), apostrophes, hyphens and the joiners some scripts need (U+200C, U+200D) are all allowed.
    One regular-expression scan: a 40 MB photo's data URI is checked in milliseconds."""
    if text.isprintable():  # nearly every value: nothing to look for
        return None
    match = (_HIDDEN_ASCII if text.isascii() else _HIDDEN).search(text)
    return (match.start() + 1, match.group()) if match else None


def _hidden_what(ch: str) -> str:
    if ch in BIDI_CONTROLS:
        return "znak za smer pisave"
    category = unicodedata.category(ch)
    if category == "Cc":
        return "krmilni znak"
    if category in ("Zl", "Zp"):
        return "ločilo vrstic"
    return "neveljaven znak"


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
    kind = field_type(field.type)
    if not kind.text:
        return kind.check(field, value)
    label = field.label
    if not isinstance(value, str):
        return [("»{label}«: pričakovano je besedilo, vpisana pa je vrednost »{value}«.", {"label": label, "value": value})]
    text = value.strip()
    limit = field.max_length or kind.max_length
    if len(text) > limit:
        return [(
            "»{label}« je predolg ({length} znakov); skrajšajte ga na največ {max} znakov.",
            {"label": label, "length": len(text), "max": limit},
        )]
    hidden = hidden_character(value)
    if hidden is not None:
        position, ch = hidden
        return [(
            "»{label}« vsebuje nevidni znak {code} ({what}) na {position}. mestu; izbrišite ga — najlaže tako, "
            "da besedilo vpišete znova na tipkovnici namesto da ga prilepite.",
            {"label": label, "code": f"U+{ord(ch):04X}", "what": _hidden_what(ch), "position": position},
        )]
    return kind.check(field, text)


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
    return field_type(field.type).canonical(field, value)


def display(field: Field, value: Any) -> str:
    """How a value is shown on screen and in print (dates dd. mm. yyyy, labels for codes)."""
    if is_empty(value):
        return ""
    return field_type(field.type).display(field, value)


def json_schema(field: Field) -> dict:
    """JSON Schema of one field's value."""
    schema: dict[str, Any] = {"title": field.label}
    if field.help:
        schema["description"] = field.help
    kind = field_type(field.type)
    if kind.text:
        schema["type"] = "string"
        if field.max_length:
            schema["maxLength"] = field.max_length
    kind.schema(field, schema)
    return schema


# --- the declared types --------------------------------------------------------------------------


def _format(name: str) -> Callable[[Field, dict], None]:
    def schema(field: Field, out: dict) -> None:
        out["format"] = name
    return schema


def _check_date(field: Field, text: str) -> list[Problem]:
    year = year_out_of_range(text)
    if year is not None:
        return [(
            "»{label}«: leto {year} ni mogoče; vpišite datum med letoma {min_year} in {max_year}, npr. 24. 02. 2022.",
            {"label": field.label, "year": year, "min_year": MIN_YEAR, "max_year": MAX_YEAR},
        )]
    if parse_date(text) is None:
        return [(
            "»{label}«: »{value}« ni veljaven datum; vpišite ga v obliki dd. mm. llll, npr. 24. 02. 2022.",
            {"label": field.label, "value": text},
        )]
    return []


def _canonical_date(field: Field, value: str) -> str:
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else value


def _check_choice(field: Field, text: str) -> list[Problem]:
    if field.choice_label(text) is None:
        options = ", ".join(c.label for c in field.choices)
        return [(
            "»{label}«: »{value}« ni med možnostmi; izberite eno od: {options}.",
            {"label": field.label, "value": text, "options": options},
        )]
    return []


def _canonical_choice(field: Field, value: str) -> str:
    if field.choice_label(value) is None:
        wanted = value.strip().casefold()
        for choice in field.choices:
            if wanted in (choice.value.casefold(), choice.label.casefold(), *(a.casefold() for a in choice.aliases)):
                return choice.value
    return value


def _choice_schema(field: Field, out: dict) -> None:
    out["enum"] = [c.value for c in field.choices]
    out["description"] = "; ".join(f"{c.value} = {c.label}" for c in field.choices)


def _check_country(field: Field, text: str) -> list[Problem]:
    if not is_country(text, allow_stateless=field.stateless):
        return [(
            "»{label}«: »{value}« ni država s seznama; izberite državo s seznama (npr. Ukrajina).",
            {"label": field.label, "value": text},
        )]
    return []


def _canonical_country(field: Field, value: str) -> str:
    code = country_code(value)
    if code == STATELESS and not field.stateless:
        return value
    return code or value


def _country_schema(field: Field, out: dict) -> None:
    out["format"] = "country"
    out["description"] = "ISO 3166-1 alpha-3" + ("; XXA = brez državljanstva" if field.stateless else "")


def _check_email(field: Field, text: str) -> list[Problem]:
    if not _EMAIL.match(text) or len(text) > 254:
        return [(
            "»{label}«: »{value}« ni veljaven e-poštni naslov; vpišite ga v obliki ime@domena.si.",
            {"label": field.label, "value": text},
        )]
    return []


def _check_phone(field: Field, text: str) -> list[Problem]:
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE.match(text) or "+" in text[1:] or not 6 <= digits <= 15:
        return [(
            "»{label}«: »{value}« ni veljavna telefonska številka; vpišite od 6 do 15 števk, "
            "na začetku lahko s +, npr. +386 41 123 456.",
            {"label": field.label, "value": text},
        )]
    return []


def _check_emso(field: Field, text: str) -> list[Problem]:
    from stdnum import exceptions
    from stdnum.si import emso

    label = field.label
    try:
        emso.validate(text)
    except exceptions.InvalidLength:
        return [("»{label}«: EMŠO mora imeti 13 števk, vpisanih je {count}.", {"label": label, "count": len(emso.compact(text))})]
    except exceptions.InvalidChecksum:
        return [("»{label}«: EMŠO »{value}« ima napačno kontrolno števko; preverite ga na dokumentu.", {"label": label, "value": text})]
    except exceptions.ValidationError:
        return [("»{label}«: »{value}« ni veljavna EMŠO (13 števk, prvih sedem je datum rojstva).", {"label": label, "value": text})]
    return []


def _emso_schema(field: Field, out: dict) -> None:
    out["format"] = "emso"
    out["pattern"] = r"^[0-9]{13}$"


def _check_tax_number(field: Field, text: str) -> list[Problem]:
    from stdnum.si import ddv

    if not ddv.is_valid(text):
        digits = ddv.compact(text) if text else text
        if not (digits.isdigit() and len(digits) == 8):
            return [("»{label}«: davčna številka ima 8 števk (npr. 50223054), vpisano pa je »{value}«.",
                     {"label": field.label, "value": text})]
        return [("»{label}«: davčna številka »{value}« ima napačno kontrolno števko; preverite jo na odločbi FURS.",
                 {"label": field.label, "value": text})]
    return []


def _check_iban(field: Field, text: str) -> list[Problem]:
    from stdnum import iban

    if not iban.is_valid(text):
        return [("»{label}«: »{value}« ni veljavna številka računa IBAN; vpišite jo v obliki SI56 1910 0000 0123 438 "
                 "(preverite kontrolni števki za SI).", {"label": field.label, "value": text})]
    return []


def _canonical_iban(field: Field, value: str) -> str:
    from stdnum import iban

    return iban.format(value) if iban.is_valid(value) else value


def _check_time(field: Field, text: str) -> list[Problem]:
    if parse_time(text) is None:
        return [("»{label}«: »{value}« ni ura; vpišite jo v obliki hh:mm, npr. 14:30.", {"label": field.label, "value": text})]
    return []


def _canonical_time(field: Field, value: str) -> str:
    parsed = parse_time(value)
    return parsed.strftime("%H:%M") if parsed else value


def _check_number(field: Field, text: str) -> list[Problem]:
    if not _NUMBER.fullmatch(text.replace(".", "").replace(",", ".") if "," in text else text):
        return [("»{label}«: »{value}« ni število; vpišite npr. 125,50.", {"label": field.label, "value": text})]
    return []


def _check_boolean(field: Field, value: Any) -> list[Problem]:
    if not isinstance(value, bool):
        return [("»{label}« je lahko le da ali ne.", {"label": field.label})]
    return []


def _boolean_schema(field: Field, out: dict) -> None:
    out["type"] = "boolean"


def _check_table(field: Field, value: Any) -> list[Problem]:
    if not isinstance(value, list):
        return [("»{label}« mora biti seznam vrstic.", {"label": field.label})]
    return []


def _table_schema(field: Field, out: dict) -> None:
    item = {
        "type": "object",
        "properties": {c.id: json_schema(c) for c in field.columns},
        "additionalProperties": False,
    }
    required = [c.id for c in field.columns if c.required]
    if required:
        item["required"] = required
    out.update(type="array", items=item)
    if field.max_rows is not None:
        out["maxItems"] = field.max_rows


def _photo_schema(field: Field, out: dict) -> None:
    out["format"] = "photo"
    out["description"] = "fotografija: pot do slikovne datoteke ali data:image/jpeg;base64,…"


def emso_birth_date(value: Any) -> dt.date | None:
    """The date of birth a valid EMŠO holds, else None."""
    from stdnum.si import emso

    if not isinstance(value, str) or not emso.is_valid(value):
        return None
    try:
        return emso.get_birth_date(value)
    except Exception:  # a valid checksum over an impossible date
        return None


def _number_key(field: Field, value: Any) -> float | None:
    try:
        text = str(value).strip()
        return float(text.replace(".", "").replace(",", ".") if "," in text else text)
    except ValueError:
        return None


register_type(FieldType("text", max_length=4000))
register_type(FieldType("date", editor="date", check=_check_date, canonical=_canonical_date,
                        display=lambda field, value: format_date(value), schema=_format("date"),
                        sort_key=lambda field, value: parse_date(value),
                        order_words=("od najzgodnejšega do najpoznejšega datuma", "od najpoznejšega do najzgodnejšega datuma"),
                        key_text=lambda field, value, key: format_date(key)))
register_type(FieldType("choice", editor="choice", check=_check_choice, canonical=_canonical_choice,
                        display=lambda field, value: field.choice_label(value) or str(value), schema=_choice_schema))
register_type(FieldType("country", editor="country", check=_check_country, canonical=_canonical_country,
                        display=lambda field, value: country_name(value) or str(value), schema=_country_schema))
register_type(FieldType("email", input_hint="email", check=_check_email, schema=_format("email")))
register_type(FieldType("phone", input_hint="phone", check=_check_phone, schema=_format("phone")))
register_type(FieldType("photo", editor="photo", cell=False, max_length=(30 * 1024 * 1024 * 4) // 3 + 100, display=lambda field, value: "", schema=_photo_schema))
register_type(FieldType("emso", input_hint="digits", check=_check_emso, schema=_emso_schema,
                        sort_key=lambda field, value: emso_birth_date(value),
                        order_words=("od najstarejšega do najmlajšega", "od najmlajšega do najstarejšega"),
                        key_text=lambda field, value, key: f"EMŠO {value}, rojstni datum {format_date(key)}"))
register_type(FieldType("boolean", editor="boolean", text=False, check=_check_boolean,
                        display=lambda field, value: "da" if value else "ne", schema=_boolean_schema))
register_type(FieldType("table", editor="table", text=False, cell=False, check=_check_table, schema=_table_schema))
register_type(FieldType("tax_number", check=_check_tax_number, schema=_format("si-tax-number")))
register_type(FieldType("iban", check=_check_iban, canonical=_canonical_iban, schema=_format("iban")))
def _clock_time_schema(field: Field, out: dict) -> None:
    # hh:mm as the forms print it (JSON Schema's "format": "time" is RFC 3339's hh:mm:ss with a zone)
    out["pattern"] = r"^\s*([01]?\d|2[0-3])[:.][0-5]\d\s*$"


register_type(FieldType("time", check=_check_time, canonical=_canonical_time, schema=_clock_time_schema))
register_type(FieldType("number", check=_check_number, schema=_format("decimal"), sort_key=_number_key,
                        order_words=("od najmanjšega do največjega", "od največjega do najmanjšega")))
