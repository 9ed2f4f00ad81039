"""Filling a form from what is already known: the register of persons, or the form it is issued from.

A definition says how, as data:

    register:
      person: {FORM_FIELD: PERSON_ATTRIBUTE or "{{ template }}", ...}
      legal_representative: {FORM_FIELD: ATTRIBUTE of the relative marked legal representative}
      tables:
        TABLE: {link: accompanying|in_slovenia|abroad, accompanies_minor: true?, columns: {COLUMN: ...}}
        TABLE: {documents: true, columns: {COLUMN: document attribute}}
        TABLE: {link: KIND, kinds: [KIND, ...], relationship: [WORD, ...], except_relationship: [WORD, ...],
                columns: {...}}   # links of any of `kinds` (default: link), by relationship word
      link_fields:                # the first relative of these relationships fills single fields
        - {relationship: [mož, žena, ...], kinds: [KIND, ...]?, fields: {FORM_FIELD: ATTRIBUTE}}
    derive:
      - from: SOURCE_CODE
        when: CONDITION on the source's data (optional)
        fields: {FORM_FIELD: SOURCE_FIELD or "{{ template over the source's fields }}"}
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from app.engine.model import Condition, Derive, FormDefinition, LinkFields, Offer, RegisterMapping, RegisterTable
from app.engine.rules import Context, condition_holds
from app.engine.tables import sorted_rows
from app.engine.templating import is_template as _is_template, template
from app.engine.types import is_empty

#: what the register keeps of a person (columns of `persons`)
PERSON_ATTRIBUTES = (
    "surname", "given_name", "birth_date", "birth_place", "birth_country", "sex", "citizenship", "emso",
    "marital_status", "address_si", "address_abroad", "departure_date", "entry_date", "phone", "email",
    "card_number", "tax_number", "iban", "latin_name",
)
#: a person's status in the register, as the app writes it for people (the register stores the key)
STATUS_TEXT = {"applicant": "prosilec za začasno zaščito", "granted": "oseba z začasno zaščito",
               "ended": "začasna zaščita prenehala"}
DOCUMENT_ATTRIBUTES = ("doc_type", "doc_number", "issued_by", "issued_on", "valid_until")
LINK_KINDS = ("accompanying", "in_slovenia", "abroad")
LINK_ATTRIBUTES = ("relationship", "kind", "legal_representative", "accompanies_minor")


def _value(spec: str, source: dict) -> Any:
    if _is_template(spec):
        return " ".join(template(spec).render(**{k: ("" if v is None else v) for k, v in source.items()}).split())
    return source.get(spec)


def _mapped(mapping: dict, source: dict) -> dict:
    out = {}
    for field_id, spec in mapping.items():
        value = _value(spec, source)
        if not is_empty(value):
            out[field_id] = value
    return out


def check_prefill_spec(raw: dict, fields: dict) -> tuple[str, str] | None:
    """(where, problem) for the first fault in `register:` / `derive:`, or None."""
    register = raw.get("register")
    if register is not None:
        if not isinstance(register, dict):
            return "register", "must be a mapping"
        for key in register:
            if key not in ("person", "relative", "legal_representative", "tables", "link_fields"):
                return "register", f"unknown key {key!r}"
        for key in ("person", "relative", "legal_representative"):
            for field_id, attribute in (register.get(key) or {}).items():
                if field_id not in fields:
                    return f"register.{key}", f"unknown field {field_id!r}"
                allowed = PERSON_ATTRIBUTES + (LINK_ATTRIBUTES if key == "relative" else ())
                if not _is_template(str(attribute)) and attribute not in allowed:
                    return f"register.{key}", f"{field_id}: unknown person attribute {attribute!r}"
        for table_id, spec in (register.get("tables") or {}).items():
            where = f"register.tables.{table_id}"
            if table_id not in fields or fields[table_id].type != "table":
                return where, "not a table field of this form"
            if not isinstance(spec, dict) or "columns" not in spec or ("link" in spec) == bool(spec.get("documents")):
                return where, "needs columns and either link: KIND or documents: true"
            if "link" in spec and spec["link"] not in LINK_KINDS:
                return where, f"link must be one of {', '.join(LINK_KINDS)}"
            known = DOCUMENT_ATTRIBUTES if spec.get("documents") else PERSON_ATTRIBUTES + LINK_ATTRIBUTES
            columns = {c.id for c in fields[table_id].columns}
            for column, attribute in spec["columns"].items():
                if column not in columns:
                    return where, f"unknown column {column!r}"
                if not _is_template(str(attribute)) and attribute not in known:
                    return where, f"{column}: unknown attribute {attribute!r}"
            problem = _check_link_filter(spec)
            if problem:
                return where, problem
        for index, spec in enumerate(register.get("link_fields") or ()):
            where = f"register.link_fields[{index}]"
            if not isinstance(spec, dict) or not isinstance(spec.get("fields"), dict) or not spec.get("relationship"):
                return where, "needs relationship: [WORD, ...] and fields: {FIELD: ATTRIBUTE}"
            problem = _check_link_filter(spec)
            if problem:
                return where, problem
            for field_id, attribute in spec["fields"].items():
                if field_id not in fields:
                    return where, f"unknown field {field_id!r}"
                if not _is_template(str(attribute)) and attribute not in PERSON_ATTRIBUTES + LINK_ATTRIBUTES:
                    return where, f"{field_id}: unknown attribute {attribute!r}"
    offer = raw.get("offer")
    if offer is not None and (not isinstance(offer, dict) or not isinstance(offer.get("person_status"), list)):
        return "offer", "needs person_status: [applicant|granted|ended, ...] (and optionally once: true)"
    derive = raw.get("derive")
    if derive is not None:
        if not isinstance(derive, list):
            return "derive", "must be a list"
        for index, spec in enumerate(derive):
            where = f"derive[{index}]"
            if not isinstance(spec, dict) or "from" not in spec or not isinstance(spec.get("fields"), dict):
                return where, "needs from: CODE and fields: {FIELD: SOURCE}"
            for field_id in spec["fields"]:
                if field_id not in fields:
                    return where, f"unknown field {field_id!r}"
    return None


def from_register(definition: FormDefinition, person: dict, links: list[dict] = (), documents: list[dict] = (),
                  relative: dict | None = None) -> dict:
    """Form data from the register: the person, the legal representative, family tables, documents,
    and — for a form about a family member (ZZ-6, ZZ-7) — the chosen `relative` (a link row: the
    relative's attributes with relationship and kind) through `register.relative`."""
    register = definition.register
    data = _mapped(register.person, person)
    if relative is not None:
        data.update(_mapped(register.relative, relative))
    representative = next((link for link in links if link.get("legal_representative")), None)
    if representative is not None:
        data.update(_mapped(register.legal_representative, representative))
    for table_id, spec in register.tables.items():
        if spec.get("documents"):
            rows = list(documents)
        else:
            rows = [link for link in links if _link_matches(spec, link)
                    and (not spec.get("accompanies_minor") or link.get("accompanies_minor"))]
        max_rows = definition.fields[table_id].max_rows
        table = [row for row in (_mapped(spec.columns, source) for source in rows) if row]
        if definition.fields[table_id].sort:
            table = sorted_rows(definition.fields[table_id], table)
        if table:
            data[table_id] = table[:max_rows] if max_rows else table
    for spec in register.link_fields:
        link = next((link for link in links if _link_matches(spec, link)), None)
        if link is not None:
            data.update(_mapped(spec.fields, link))
    data.update(_latin_names(definition, data, person))
    return data


def _latin_fields(definition: FormDefinition) -> set[str]:
    """The fields a form requires in Latin script (its `latin_script` rules: the card)."""
    return {f for rule in definition.rules if rule.name == "latin_script" for f in rule.args.get("fields", ())}


def latin_parts(person: dict) -> dict:
    """{surname, given_name} of a person in Latin script: the register's Latin form (the MRZ's, or the
    transliteration) split after as many words as the surname has; the transliteration when it has none."""
    from app.engine.names import transliterate

    surname, given = person.get("surname") or "", person.get("given_name") or ""
    nationality = person.get("citizenship")
    words = (person.get("latin_name") or "").split()
    count = len(surname.split())
    if words and count and len(words) >= count + (1 if given.strip() else 0):
        return {"surname": " ".join(words[:count]), "given_name": " ".join(words[count:])}
    return {"surname": transliterate(surname, nationality=nationality),
            "given_name": transliterate(given, nationality=nationality)}


def _latin_names(definition: FormDefinition, data: dict, person: dict) -> dict:
    """A form in Latin script gets the Latin form of a name kept in Cyrillic (never the Cyrillic)."""
    from app.engine.names import has_cyrillic

    out = {}
    latin = None
    for field_id in _latin_fields(definition):
        attribute = definition.register.person.get(field_id)
        if attribute in ("surname", "given_name") and has_cyrillic(data.get(field_id)):
            latin = latin or latin_parts(person)
            out[field_id] = latin[attribute]
    return out


def register_corrections(definition: FormDefinition, data: dict, person: dict) -> dict:
    """Person attributes whose value in the form differs from the register: {attribute: form value}.

    Only plain one-to-one mappings are taken back (a template such as "surname given_name" is not)."""
    out = {}
    for field_id, attribute in definition.register.person.items():
        if _is_template(str(attribute)):
            continue
        value = data.get(field_id)
        if attribute in ("surname", "given_name") and value == latin_parts(person)[attribute] \
                and value != person.get(attribute):
            continue  # the Latin form of a name the register keeps in Cyrillic: no correction
        if not is_empty(value) and value != person.get(attribute):
            out[attribute] = value
    return out


def derive_rules(definition: FormDefinition, source_code: str) -> list[Derive]:
    return [spec for spec in definition.derive if spec.source.upper() == source_code.upper()]


def derive(definition: FormDefinition, source: FormDefinition, source_data: dict) -> dict | None:
    """The data of `definition` issued from a form of `source` (a receipt from its application), or
    None when this form is not issued from that one (or its `when` does not hold for the data)."""
    for spec in derive_rules(definition, source.code):
        if condition_holds(spec.when, Context(source, source_data, dt.date.today())):
            return _mapped(spec.fields, source_data)
    return None


def issued_from(catalog, source: FormDefinition, source_data: dict) -> list[FormDefinition]:
    """The forms that may be issued from this one now (ZZ-1 → ZZ-2; ZZ-3 → ZZ-4 or ZZ-5 by its reason)."""
    return [d for d in catalog.all() if derive(d, source, source_data) is not None]


def offered_for(catalog, person: dict, filed_codes: list[str]) -> list[str]:
    """Forms a definition offers for a person of a status (`offer: {person_status: [...], once: bool}`)."""
    out = []
    for definition in catalog.all():
        offer = definition.offer
        if not offer or person.get("status") not in offer.person_status:
            continue
        if offer.once and definition.code in filed_codes:
            continue
        out.append(definition.code)
    return out


# --- UP-1 … UP-5 ---------------------------------------------------------------------------------


def _words(values: Any) -> set[str]:
    return {" ".join(str(v).split()).casefold() for v in values or ()}


def _link_matches(spec: RegisterTable | LinkFields, link: dict) -> bool:
    """A link is read by a table / link_fields spec: its kind is `link` or one of `kinds` (any kind when
    neither is given), and its relationship is one of `relationship` and none of `except_relationship`."""
    kinds = spec.kinds or ((spec.link,) if getattr(spec, "link", None) else None)
    if kinds is not None and link.get("kind") not in kinds:
        return False
    word = " ".join(str(link.get("relationship") or "").split()).casefold()
    if spec.relationship and word not in _words(spec.relationship):
        return False
    return word not in _words(getattr(spec, "except_relationship", ()))


def _check_link_filter(spec: dict) -> str | None:
    for key in ("kinds", "relationship", "except_relationship"):
        if key in spec and (not isinstance(spec[key], list) or not all(isinstance(v, str) for v in spec[key])):
            return f"{key} must be a list of words"
    for kind in spec.get("kinds") or ():
        if kind not in LINK_KINDS:
            return f"kinds: {kind!r} is not one of {', '.join(LINK_KINDS)}"
    return None


@functools.lru_cache(maxsize=8)
def register_choices(catalog) -> dict[str, tuple]:
    """{register attribute: the choices of the first form field that fills it} (sex, marital status), so the
    register, its page and its exports use the values and labels the forms use."""
    out: dict[str, tuple] = {}
    for code in catalog.codes():
        try:
            definition = catalog.get(code)
        except Exception:  # a broken definition must not stop the register
            continue
        mapping = definition.register.person
        for field_id, attribute in mapping.items():
            field = definition.fields.get(field_id)
            if isinstance(attribute, str) and field is not None and field.type == "choice" and attribute not in out:
                out[attribute] = field.choices
    return out


def build_register(raw: dict | None) -> "RegisterMapping":
    """The typed `register` section of a checked definition."""
    raw = raw or {}

    def words(value) -> tuple[str, ...]:
        return tuple(value or ())

    tables = {
        table_id: RegisterTable(
            columns=dict(spec["columns"]), link=spec.get("link"), documents=bool(spec.get("documents")),
            kinds=words(spec.get("kinds")), relationship=words(spec.get("relationship")),
            except_relationship=words(spec.get("except_relationship")),
            accompanies_minor=spec.get("accompanies_minor"),
        )
        for table_id, spec in (raw.get("tables") or {}).items()
    }
    link_fields = tuple(LinkFields(relationship=words(spec["relationship"]), fields=dict(spec["fields"]),
                                   kinds=words(spec.get("kinds"))) for spec in raw.get("link_fields") or ())
    return RegisterMapping(person=dict(raw.get("person") or {}), relative=dict(raw.get("relative") or {}),
                           legal_representative=dict(raw.get("legal_representative") or {}), tables=tables,
                           link_fields=link_fields)


def build_offer(raw: dict | None) -> Offer | None:
    return None if raw is None else Offer(tuple(raw["person_status"]), bool(raw.get("once", False)))


def build_derive(raw: list | None) -> tuple[Derive, ...]:
    return tuple(Derive(str(spec["from"]), dict(spec["fields"]), Condition.of(spec.get("when")))
                 for spec in raw or ())
