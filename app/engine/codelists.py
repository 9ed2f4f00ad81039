"""Code lists a station extends: entries added or renamed by an administrator, on top of the file's.

The file (forms/codelists/<name>.yaml) is the regulation's list; a station's changes (a new
administrative unit, a renamed one) are kept in its database and applied to every definition that
takes its choices from that list. Values are never removed: forms already filled keep a valid value.
"""

from __future__ import annotations

import dataclasses
import re

from app.engine.model import Choice, FormDefinition

VALUE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


class CodelistError(ValueError):
    """An entry cannot be added; the message says why."""


def check_entry(value: str, label: str) -> tuple[str, str]:
    value, label = str(value).strip().lower(), " ".join(str(label).split())
    if not VALUE.match(value):
        raise CodelistError(f"Oznaka »{value}« ni veljavna: do 40 malih črk brez strešic, številk in vezajev "
                            f"(npr. nova-gorica).")
    if not label or len(label) > 120:
        raise CodelistError("Vpišite ime vnosa (do 120 znakov), kot se izpiše na obrazcu.")
    return value, label


def merged(base: tuple[Choice, ...], changes: dict[str, str]) -> tuple[Choice, ...]:
    """The file's choices with the station's labels for existing values and its new values at the end."""
    known = {c.value for c in base}
    out = [dataclasses.replace(c, label=changes.get(c.value, c.label)) for c in base]
    out += [Choice(value, label, ()) for value, label in sorted(changes.items()) if value not in known]
    return tuple(out)


def apply(definition: FormDefinition, changes: dict[str, dict[str, str]]) -> FormDefinition:
    """The definition with the station's code-list changes ({list: {value: label}}) in its choices."""
    if not changes:
        return definition
    fields = dict(definition.fields)
    touched = False
    for field_id, field in definition.fields.items():
        if field.codelist and changes.get(field.codelist):
            fields[field_id] = dataclasses.replace(field, choices=merged(field.choices, changes[field.codelist]))
            touched = True
        elif field.columns and any(c.codelist and changes.get(c.codelist) for c in field.columns):
            columns = tuple(dataclasses.replace(c, choices=merged(c.choices, changes[c.codelist]))
                            if c.codelist and changes.get(c.codelist) else c for c in field.columns)
            fields[field_id] = dataclasses.replace(field, columns=columns)
            touched = True
    return dataclasses.replace(definition, fields=fields) if touched else definition
