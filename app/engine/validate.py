"""Validation: the engine's answer for a form's data — ok, required but empty, or rule violated."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.engine.model import FormDefinition
from app.engine.tables import sorted_rows
from app.engine.rules import ERROR, Context, Finding, condition_holds, rule_requires, run_rule
from app.engine.types import canonical, check_value, is_empty, row_is_empty

REQUIRED = "»{label}« je obvezen podatek; vpišite ga."
REQUIRED_CELL = "Vrstica {row} v »{table}«: »{label}« je obvezen podatek; vpišite ga ali odstranite vrstico."
TOO_MANY_ROWS = "»{label}« ima {count} vrstic, obrazec jih dopušča največ {max}; odstranite odvečne."
UNKNOWN_COLUMN = "Vrstica {row} v »{table}«: neznan stolpec »{column}«."
UNKNOWN_FIELD = "Neznano polje »{field}« v obrazcu {code}; odstranite ga."


def validate(definition: FormDefinition, data: dict, today: dt.date | None = None, strict: bool = False) -> list[Finding]:
    """All findings for `data`, in the order of the form. `strict` also reports unknown keys."""
    today = today or dt.date.today()
    if not isinstance(data, dict):
        raise TypeError("form data must be a mapping of field ids to values")
    ctx = Context(definition, data, today)
    findings: list[Finding] = []
    relevant_sections = {s.id for s in definition.sections if condition_holds(s.relevant_when, ctx)}
    for section in definition.sections:
        for field_id in section.fields:
            field = definition.fields[field_id]
            value = data.get(field_id)
            relevant = section.id in relevant_sections and condition_holds(field.relevant_when, ctx)
            if is_empty(value):
                needed = field.required or (field.required_when is not None and condition_holds(field.required_when, ctx))
                if relevant and needed:
                    findings.append(Finding(field_id, ERROR, REQUIRED, {"label": field.label}, "required"))
                continue
            problems = check_value(field, value)
            findings += [Finding(field_id, ERROR, t, p, f"type:{field.type}") for t, p in problems]
            if problems or field.type != "table":
                continue
            filled = [(i, r) for i, r in enumerate(value) if not row_is_empty(r)]
            if field.max_rows is not None and len(filled) > field.max_rows:
                findings.append(Finding(field_id, ERROR, TOO_MANY_ROWS,
                                        {"label": field.label, "count": len(filled), "max": field.max_rows}, "max_rows"))
            for index, row in filled:
                findings += _check_row(field, index, row)
    for spec in definition.rules:
        findings += run_rule(spec, ctx)
    if strict:
        for key in data:
            if key not in definition.fields:
                findings.append(Finding(key, ERROR, UNKNOWN_FIELD, {"field": key, "code": definition.code}, "unknown_field"))
    order = {field_id: i for i, field_id in enumerate(f for s in definition.sections for f in s.fields)}
    findings.sort(key=lambda f: (order.get(f.field_id, len(order)), f.row if f.row is not None else -1))
    return _dedupe(findings)


def _check_row(table, index: int, row: Any) -> list[Finding]:
    path = f"{table.id}[{index}]"
    if not isinstance(row, dict):
        return [Finding(path, ERROR, "Vrstica {row} v »{table}« ni zapisana kot vrstica s stolpci.",
                        {"row": index + 1, "table": table.label}, "type:table")]
    out = []
    columns = {c.id: c for c in table.columns}
    for key in row:
        if key not in columns:
            out.append(Finding(f"{path}.{key}", ERROR, UNKNOWN_COLUMN, {"row": index + 1, "table": table.label, "column": key}, "type:table"))
    for column in table.columns:
        value = row.get(column.id)
        cell = f"{path}.{column.id}"
        if is_empty(value):
            if column.required:
                out.append(Finding(cell, ERROR, REQUIRED_CELL, {"row": index + 1, "table": table.label, "label": column.label}, "required"))
            continue
        for template, params in check_value(column, value):
            out.append(Finding(cell, ERROR, "Vrstica {row} v »{table}«: " + template,
                               {"row": index + 1, "table": table.label, **params}, f"type:{column.type}"))
    return out


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        key = (f.field, f.severity, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def normalize(definition: FormDefinition, data: dict) -> dict:
    """`data` with every value in its stored form (see types.canonical); unknown keys kept as they are.
    A table with a prescribed order (`sort:`, e.g. children from the youngest) has its rows sorted."""

    out = {k: canonical(definition.fields[k], v) if k in definition.fields else v for k, v in data.items()}
    for key, value in out.items():
        field = definition.fields.get(key)
        if field is not None and field.type == "table" and field.sort:
            out[key] = sorted_rows(field, value)
    return out


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def findings_for(findings: list[Finding], field_id: str) -> list[Finding]:
    """The findings that belong to one top-level field (its cells included)."""
    return [f for f in findings if f.field_id == field_id]


def relevant_sections(definition: FormDefinition, data: dict, today: dt.date | None = None) -> list[str]:
    """Ids of the sections that apply to this data (e.g. the minor's companion only for a minor)."""
    ctx = Context(definition, data, today or dt.date.today())
    return [s.id for s in definition.sections if condition_holds(s.relevant_when, ctx)]


def required_fields(definition: FormDefinition, data: dict, today: dt.date | None = None) -> set[str]:
    """Ids of the fields that must be filled for this data (for marking them on screen): required
    ones, those whose `required_when` holds, and those a rule requires (e.g. for a minor)."""
    ctx = Context(definition, data, today or dt.date.today())
    out = {f.id for f in definition.fields.values()
           if f.required or (f.required_when is not None and condition_holds(f.required_when, ctx))}
    for spec in definition.rules:
        out |= rule_requires(spec, ctx)
    return out


def is_required(definition: FormDefinition, field_id: str, data: dict, today: dt.date | None = None) -> bool:
    """Whether one field must be filled for this data."""
    return field_id in required_fields(definition, data, today)
