"""JSON Schema of a form's data, and a new form's starting values."""

from __future__ import annotations

import datetime as dt

from app.engine.model import FormDefinition
from app.engine.types import json_schema


def form_schema(definition: FormDefinition) -> dict:
    """A JSON Schema (draft 2020-12) for the data of `definition`."""
    required = [f.id for f in definition.fields.values() if f.required]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:priloga:form:{definition.code}:{definition.version}",
        "title": f"{definition.code} – {definition.title}",
        "description": f"{definition.annex}; {definition.source.regulation} ({definition.source.citation()})",
        "type": "object",
        "properties": {f.id: json_schema(f) for f in definition.fields.values()},
        "required": required,
        "additionalProperties": False,
    }


def initial_data(definition: FormDefinition, official: str = "", office: str = "", today: dt.date | None = None) -> dict:
    """Values a new draft starts with (the fields whose definition names a default)."""
    today = today or dt.date.today()
    sources = {"today": today.isoformat(), "official": official, "office": office}
    return {f.id: sources[f.default] for f in definition.fields.values() if f.default and sources[f.default]}
