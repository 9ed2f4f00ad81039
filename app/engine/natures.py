"""What a date is: every date field (and date column of a table) declares its `nature:`, and the
engine applies what the nature implies, so no form can forget a rule.

- Dates that lie in the past by nature (birth, death, departure, arrival, entry, issued, event,
  filed, signed) are not in the future (`not_future`).
- Within one person, a birth is not after that person's death, departure, arrival or entry
  (`date_order`); within one document, its issue is not after its expiry (`date_order`).
- `expiry`, `period` and `plain` dates may lie in the future and imply nothing.

Who a date belongs to: a table row is one person or one document; a top-level date belongs to the
form's person (or document) unless it says `of: NAME` (e.g. `of: legal_representative`), so a legal
representative's birth is never ordered against the applicant's entry.

The implied rules are ordinary `Rule`s (flagged `implied`), appended to the definition's own rules,
so validation and incremental validation treat them like any other. A rule the form already states
for the same field (a `not_future` listing it, a `date_order` listing the pair in order, in the same
table) is not implied again, so a finding is never reported twice and the form's own message (with
its citation) stands.
"""

from __future__ import annotations

from typing import Any, Iterable

from app.engine.model import Field, Rule

#: nature → what it means (English, for the README and the schema's description)
NATURES: dict[str, str] = {
    "birth": "a date of birth (past; not after the same person's death, departure, arrival or entry)",
    "death": "a date of death (past)",
    "departure": "a date of leaving a state, e.g. the country of origin (past)",
    "arrival": "a date of arriving in another state (past)",
    "entry": "a date of entering the Republic of Slovenia (past)",
    "issued": "a document's date of issue, also a certificate's or permit's own date (past; not after its expiry)",
    "expiry": "a document's valid-until date (may be in the future)",
    "event": "a day something happened and is reported: a change, a receipt, an account's closing (past)",
    "filed": "the day an application was filed (past)",
    "signed": "the form's own date: the day it is signed or made out (past: today or earlier)",
    "period": "the start or end of a period: a right, a protection, an allowance, an absence (may be in the future)",
    "plain": "any other date that may lie in the future, e.g. a planned visit",
}
#: natures whose dates lie in the past: not in the future
PAST = ("birth", "death", "departure", "arrival", "entry", "issued", "event", "filed", "signed")
#: natures of a person's dates a birth may not follow
AFTER_BIRTH = ("death", "departure", "arrival", "entry")


def nature_problem(spec: dict, column: bool) -> str | None:
    """What is wrong with a field's `nature:` / `of:` as written, or None."""
    is_date = spec.get("type") == "date"
    nature = spec.get("nature")
    if not is_date:
        if nature is not None:
            return "nature is only for a date field"
        if spec.get("of") is not None:
            return "of is only for a date field"
        return None
    if nature is None:
        return f"a date field declares its nature: one of {', '.join(NATURES)} (see README, A form definition)"
    if nature not in NATURES:
        return f"unknown nature {nature!r} (expected one of {', '.join(NATURES)})"
    of = spec.get("of")
    if of is not None:
        if column:
            return "of is not for a table column: a row is one person or one document"
        if not isinstance(of, str) or not of.strip():
            return "of names the person or document the date belongs to (text)"
    return None


def _covered_not_future(rules: Iterable[Rule]) -> set[tuple[str | None, str]]:
    return {(rule.args.get("table"), name) for rule in rules if rule.name == "not_future"
            for name in rule.args.get("fields") or ()}


def _covered_order(rules: Iterable[Rule]) -> set[tuple[str | None, str, str]]:
    out = set()
    for rule in rules:
        if rule.name != "date_order":
            continue
        names = list(rule.args.get("fields") or ())
        for i, first in enumerate(names):
            for later in names[i + 1:]:
                out.add((rule.args.get("table"), first, later))
    return out


def _implied_for(dates: list[Field], table: str | None, rules: tuple[Rule, ...]) -> list[Rule]:
    """The implied rules for the date fields of one scope (the top level, or one table's columns)."""
    out = []
    covered = _covered_not_future(rules)
    past = [f.id for f in dates if f.nature in PAST and (table, f.id) not in covered]
    scope = {"table": table} if table else {}
    if past:
        out.append(Rule("not_future", {**scope, "fields": past}, implied=True))
    ordered = _covered_order(rules)
    subjects: dict[str, list[Field]] = {}
    for f in dates:
        subjects.setdefault(f.of or "", []).append(f)
    for group in subjects.values():
        pairs = [(b.id, x.id) for b in group if b.nature == "birth" for x in group if x.nature in AFTER_BIRTH]
        pairs += [(i.id, x.id) for i in group if i.nature == "issued" for x in group if x.nature == "expiry"]
        for first, later in pairs:
            if (table, first, later) not in ordered:
                out.append(Rule("date_order", {**scope, "fields": [first, later]}, implied=True))
    return out


def implied_rules(fields: dict[str, Field], rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules the natures of `fields` imply that `rules` (the form's own) do not already state."""
    out = _implied_for([f for f in fields.values() if f.type == "date"], None, rules)
    for table in fields.values():
        if table.type == "table":
            out += _implied_for([c for c in table.columns if c.type == "date"], table.id, rules)
    return tuple(out)


def nature_schema() -> dict[str, Any]:
    """The JSON Schema of `nature:` (kept equal to forms/definition.schema.json by a test)."""
    return {"enum": list(NATURES)}
