"""Incremental validation: after one field changes, re-run only the checks that read it.

Like JavaRosa's triggerables: a dependency index is built once per definition — for every field, which
field checks (its own value, its `required_when`, its and its section's `relevant_when`) and which rules
(every field a rule's parameters name, its table included) read it. `IncrementalValidation` keeps the
findings of each check and, on `update(changed)`, recomputes only the affected ones, then assembles them
exactly as `validate.validate` does (same order, same de-duplication): the result is identical to a full
run on the same data (tests/test_session.py compares them after random edits on every form).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Iterable

from app.engine.definition import FormDefinition
from app.engine.rules import ERROR, RULES, Context, Finding, condition_holds, run_rule
from app.engine.types import check_value, is_empty, row_is_empty
from app.engine.validate import REQUIRED, TOO_MANY_ROWS, _check_row, _dedupe, relevant_sections, required_fields


def condition_refs(condition) -> set[str]:
    """The field ids a `relevant_when` / `required_when` condition reads."""
    if not isinstance(condition, Mapping):
        return set()
    out: set[str] = set()
    for name, arg in condition.items():
        if name == "minor" and isinstance(arg, Mapping):
            out |= {arg[k] for k in ("birth", "at") if isinstance(arg.get(k), str)}
        elif name == "filled" and isinstance(arg, str):
            out.add(arg)
        elif name == "equals" and isinstance(arg, Mapping) and isinstance(arg.get("field"), str):
            out.add(arg["field"])
        elif name == "not":
            out |= condition_refs(arg)
        elif name in ("all", "any") and isinstance(arg, (list, tuple)):
            for sub in arg:
                out |= condition_refs(sub)
    return out


def rule_refs(spec: dict, definition: FormDefinition) -> set[str]:
    """The top-level field ids a rule reads: every parameter value (or list item) that names a field of the
    form, its `table` included (a column named by a rule is read through its table)."""
    out: set[str] = set()
    for key, value in spec.items():
        if key == "rule":
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, str) and item in definition.fields:
                out.add(item)
    return out


@dataclass(frozen=True)
class DependencyIndex:
    """Which checks read which field, built once per definition."""

    #: the fields checked, in the order `validate` checks them (sections, then their fields)
    fields: tuple[str, ...]
    #: field id → the field checks (field ids) to re-run when it changes
    field_checks: dict[str, frozenset[str]]
    #: field id → the rules (indexes into `definition.rules`) to re-run when it changes
    rule_checks: dict[str, frozenset[int]]
    #: the fields that decide which fields are required (`required_when`, rules that require fields)
    requirement_refs: frozenset[str] = frozenset()
    #: the fields that decide which sections apply (their `relevant_when`)
    section_refs: frozenset[str] = frozenset()
    #: field id → its place in the form (the order findings are reported in, as validate sorts them)
    order: dict[str, int] = dataclass_field(default_factory=dict)


#: id(definition) → (definition, index); definitions are few and kept by the catalogue for the whole run
_INDEXES: dict[int, tuple[FormDefinition, DependencyIndex]] = {}


def dependency_index(definition: FormDefinition) -> DependencyIndex:
    """The dependency index of a definition (built once per definition)."""
    entry = _INDEXES.get(id(definition))
    if entry is None or entry[0] is not definition:
        entry = _INDEXES[id(definition)] = (definition, _build(definition))
    return entry[1]


def _build(definition: FormDefinition) -> DependencyIndex:
    order: list[str] = []
    requirement_refs: set[str] = set()
    section_refs: set[str] = set()
    field_checks: dict[str, set[str]] = {}
    rule_checks: dict[str, set[int]] = {}
    for section in definition.sections:
        in_section = condition_refs(section.relevant_when)
        section_refs |= in_section
        for field_id in section.fields:
            field = definition.fields[field_id]
            order.append(field_id)
            reads = {field_id} | in_section | condition_refs(field.relevant_when) | condition_refs(field.required_when)
            for ref in reads:
                field_checks.setdefault(ref, set()).add(field_id)
    for field in definition.fields.values():
        requirement_refs |= condition_refs(field.required_when)
    for number, spec in enumerate(definition.rules):
        refs = rule_refs(spec, definition)
        for ref in refs:
            rule_checks.setdefault(ref, set()).add(number)
        if RULES[spec["rule"]].requires is not None:
            requirement_refs |= refs
    return DependencyIndex(tuple(order), {k: frozenset(v) for k, v in field_checks.items()},
                           {k: frozenset(v) for k, v in rule_checks.items()},
                           frozenset(requirement_refs), frozenset(section_refs),
                           {field_id: i for i, field_id in enumerate(order)})


class IncrementalValidation:
    """The findings of one form's data, kept per check and updated for the fields that changed.

    `data` is the live mapping (the session changes it, then calls `update` with the changed ids)."""

    def __init__(self, definition: FormDefinition, data: dict, today: dt.date | None = None):
        self.definition = definition
        self.data = data
        self.today = today or dt.date.today()
        self.index = dependency_index(definition)
        self._field_findings: dict[str, list[Finding]] = {}
        self._rule_findings: list[list[Finding]] = [[] for _ in definition.rules]
        self.findings: list[Finding] = []
        self._required: set[str] | None = None
        self._relevant: list[str] | None = None
        self.recompute()

    def required_fields(self) -> set[str]:
        """`validate.required_fields` for the data now, recomputed only after a field it reads changed."""
        if self._required is None:
            self._required = required_fields(self.definition, self.data, self.today)
        return self._required

    def relevant_sections(self) -> list[str]:
        """`validate.relevant_sections` for the data now, recomputed only after a field it reads changed."""
        if self._relevant is None:
            self._relevant = relevant_sections(self.definition, self.data, self.today)
        return self._relevant

    def recompute(self, today: dt.date | None = None) -> list[Finding]:
        """Run every check again (on opening, on a new day, after data was replaced)."""
        if today is not None:
            self.today = today
        self._required = self._relevant = None
        ctx = self._context()
        for field_id in self.index.fields:
            self._field_findings[field_id] = self._check_field(field_id, ctx)
        for number, spec in enumerate(self.definition.rules):
            self._rule_findings[number] = run_rule(spec, ctx)
        return self._assemble()

    def update(self, changed: Iterable[str]) -> list[Finding]:
        """Re-run the checks that read any of the `changed` fields; the form's findings after the change."""
        changed = set(changed)
        today = dt.date.today()
        if today != self.today:  # "today" moved on while the form was open: every date rule may differ
            return self.recompute(today)
        if changed & self.index.requirement_refs:
            self._required = None
        if changed & self.index.section_refs:
            self._relevant = None
        fields: set[str] = set()
        rules: set[int] = set()
        for field_id in changed:
            fields |= self.index.field_checks.get(field_id, frozenset())
            rules |= self.index.rule_checks.get(field_id, frozenset())
        if not fields and not rules:
            return self.findings
        ctx = self._context()
        for field_id in fields:
            self._field_findings[field_id] = self._check_field(field_id, ctx)
        for number in rules:
            self._rule_findings[number] = run_rule(self.definition.rules[number], ctx)
        return self._assemble()

    def _context(self) -> Context:
        return Context(self.definition, self.data, self.today)

    def _check_field(self, field_id: str, ctx: Context) -> list[Finding]:
        return validate_field(self.definition, field_id, ctx)

    def _assemble(self) -> list[Finding]:
        findings: list[Finding] = []
        for field_id in self.index.fields:
            findings += self._field_findings[field_id]
        for found in self._rule_findings:
            findings += found
        self.findings = _order(self.definition, self.index, findings)
        return self.findings


def validate_field(definition: FormDefinition, field_id: str, ctx: Context) -> list[Finding]:
    """The findings `validate` makes for one field (required, type, rows), without the rules: the body of
    validate's field loop, for one field (its row check and de-duplication are validate's own)."""
    field = definition.fields[field_id]
    value = ctx.data.get(field_id)
    if is_empty(value):
        section = definition.section_of(field_id)
        relevant = condition_holds(section.relevant_when, ctx) and condition_holds(field.relevant_when, ctx)
        needed = field.required or (field.required_when is not None and condition_holds(field.required_when, ctx))
        if relevant and needed:
            return [Finding(field_id, ERROR, REQUIRED, {"label": field.label}, "required")]
        return []
    problems = check_value(field, value)
    findings = [Finding(field_id, ERROR, t, p, f"type:{field.type}") for t, p in problems]
    if problems or field.type != "table":
        return findings
    filled = [(i, r) for i, r in enumerate(value) if not row_is_empty(r)]
    if field.max_rows is not None and len(filled) > field.max_rows:
        findings.append(Finding(field_id, ERROR, TOO_MANY_ROWS,
                                {"label": field.label, "count": len(filled), "max": field.max_rows}, "max_rows"))
    for index, row in filled:
        findings += _check_row(field, index, row)
    return findings


def _order(definition: FormDefinition, index: DependencyIndex, findings: list[Finding]) -> list[Finding]:
    order = index.order
    findings.sort(key=lambda f: (order.get(f.field_id, len(order)), f.row if f.row is not None else -1))
    return _dedupe(findings)

