"""The register's data as fields: one `Field` per attribute of a person and of a document, checked with the
same field types and limits as the forms (app/engine/types.py), so nothing enters the register that a form
would refuse: a date that does not exist, an EMŠO with a wrong check digit, a sex or citizenship not on its
list, a 1 MB surname, a list where a name belongs, an invisible direction override.

`check_person(attributes, fields)` and `check_document(document)` give the problems as one Slovenian line
each that names the field and says how to fix it; `canonical_person` stores each value in the forms'
spelling (dd. mm. yyyy → ISO, Ukrajina → UKR, moški → M)."""

from __future__ import annotations

from typing import Any, Iterable

from app.engine.model import Choice, Field
from app.engine.prefill import DOCUMENT_ATTRIBUTES, PERSON_ATTRIBUTES
from app.engine.types import canonical, check_value, is_empty

#: the register's sex values when no form names them (the forms' own: M, Z)
DEFAULT_SEX = (Choice("M", "moški", ("m", "male")), Choice("Z", "ženski", ("Ž", "ž", "F", "f", "female")))
#: the register's person statuses (the store keeps the key)
STATUSES = ("applicant", "granted", "ended")


def person_fields(choices: dict[str, tuple] | None = None) -> list[Field]:
    """One Field per register attribute. `choices`: {attribute: the forms' choices} (prefill.register_choices),
    so sex and marital status take the values the forms take."""
    choices = choices or {}
    sex = tuple(choices.get("sex") or ()) or DEFAULT_SEX
    marital = tuple(choices.get("marital_status") or ())
    return [
        Field("surname", "text", "Priimek", max_length=100),
        Field("given_name", "text", "Ime", max_length=100),
        Field("sex", "choice", "Spol", choices=sex),
        Field("birth_date", "date", "Datum rojstva"),
        Field("birth_place", "text", "Kraj rojstva", max_length=100),
        Field("birth_country", "country", "Država rojstva"),
        Field("citizenship", "country", "Državljanstvo", stateless=True),
        Field("emso", "emso", "EMŠO"),
        Field("marital_status", "choice", "Zakonski stan", choices=marital) if marital
        else Field("marital_status", "text", "Zakonski stan", max_length=60),
        Field("address_abroad", "text", "Naslov v tujini", multiline=True, max_length=300),
        Field("address_si", "text", "Naslov v Republiki Sloveniji", multiline=True, max_length=300),
        Field("departure_date", "date", "Datum odhoda iz izvorne države"),
        Field("entry_date", "date", "Datum vstopa v Republiko Slovenijo"),
        Field("phone", "phone", "Telefonska številka"),
        Field("email", "email", "E-mail naslov"),
        Field("card_number", "text", "Številka izkaznice", max_length=40),
        Field("tax_number", "text", "Davčna številka", max_length=20),
        Field("iban", "text", "Številka računa (IBAN)", max_length=40),
        Field("latin_name", "text", "Ime v latinici", max_length=200),
    ]


def choices_of_forms(catalog, wanted: tuple[str, ...] = ("sex", "marital_status")) -> dict[str, tuple]:
    """{attribute: the choices of the first form (catalogue order) whose field fills it}, as
    prefill.register_choices gives them, reading only as many definitions as it takes to find `wanted`."""
    out: dict[str, tuple] = {}
    for code in catalog.codes():
        try:
            definition = catalog.get(code)
        except Exception:  # a broken definition must not stop the register
            continue
        for field_id, attribute in definition.register.person.items():
            field = definition.fields.get(field_id)
            if isinstance(attribute, str) and field is not None and field.type == "choice" and attribute not in out:
                out[attribute] = field.choices
        if all(a in out for a in wanted):
            break
    return out


def document_fields() -> list[Field]:
    """One Field per attribute of a personal document."""
    return [Field("doc_type", "text", "Vrsta dokumenta", max_length=80),
            Field("doc_number", "text", "Številka dokumenta", max_length=40),
            Field("issued_by", "text", "Izdan pri", max_length=100),
            Field("issued_on", "date", "Dokument izdan dne"),
            Field("valid_until", "date", "Dokument veljaven do")]


def _canonical(fields: Iterable[Field], values: dict) -> dict:
    by_id = {f.id: f for f in fields}
    return {k: (canonical(by_id[k], v) if k in by_id and isinstance(v, str) else v) for k, v in values.items()}


def _problems(fields: Iterable[Field], values: dict, known: tuple[str, ...], what: str, where: str = "") -> list[str]:
    by_id = {f.id: f for f in fields}
    unknown = sorted(str(k) for k in values if k not in by_id and k != "status")
    out = []
    if unknown:
        out.append(f"{where}neznan podatek o {what}: {', '.join(unknown)}; znani so: {', '.join(known)}")
    for attribute, field in by_id.items():
        if attribute not in values:
            continue
        value = values[attribute]
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        for template, params in check_value(field, value):
            out.append(where + template.format(**params))
    return out


def canonical_person(attributes: dict, fields: Iterable[Field]) -> dict:
    """The attributes in the spelling the register stores (dates ISO, countries alpha-3, choices by value)."""
    return _canonical(fields, attributes)


def check_person(attributes: dict, fields: Iterable[Field]) -> list[str]:
    """Every problem with a person's attributes (as given, after `canonical_person`), one line each."""
    fields = list(fields)
    out = _problems(fields, attributes, PERSON_ATTRIBUTES + ("status",), "osebi")
    status = attributes.get("status")
    if "status" in attributes and status not in STATUSES:
        out.append(f"»Stanje« osebe je lahko le {', '.join(STATUSES)}, ne »{_quote(status)}«")
    return out


def canonical_document(document: dict) -> dict:
    return _canonical(document_fields(), document)


def check_document(document: Any, number: int | None = None) -> list[str]:
    """Every problem with one document (a JSON object of DOCUMENT_ATTRIBUTES); `number` (1-based) names it."""
    where = f"dokument {number}: " if number is not None else ""
    if not isinstance(document, dict):
        return [f"{where}pričakovan je JSON-objekt s podatki dokumenta ({', '.join(DOCUMENT_ATTRIBUTES)})"]
    out = _problems(document_fields(), {k: v for k, v in document.items()}, DOCUMENT_ATTRIBUTES, "dokumentu", where)
    if "status" in document:
        out.insert(0, f"{where}neznan podatek o dokumentu: status; znani so: {', '.join(DOCUMENT_ATTRIBUTES)}")
    if is_empty(document.get("doc_type")) and is_empty(document.get("doc_number")):
        out.append(f"{where}vpišite vsaj vrsto ali številko dokumenta")
    return out


def _quote(value: Any) -> str:
    from app.engine.types import excerpt

    return excerpt(value)
