"""Named rules a form definition refers to with parameters, and the conditions fields depend on.

A rule is a plain function `(ctx, **params) -> iterable of Finding`; `ctx` gives typed access to the
data being checked. Every message says what is wrong and how to fix it, and cites the rule's source.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field as dc_field
from typing import Any, Callable, Iterable, Iterator

from app.engine.dates import age_on, format_date, is_minor, parse_date
from app.engine.definition import Field
from app.engine.types import is_empty, row_is_empty

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One answer of the engine: a field (path) and what is wrong with it."""

    field: str
    severity: str
    template: str
    params: dict = dc_field(default_factory=dict, compare=False)
    rule: str = ""

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def field_id(self) -> str:
        """The top-level field the path belongs to (`documents[1].valid_until` → `documents`)."""
        return self.field.split("[", 1)[0].split(".", 1)[0]

    @property
    def row(self) -> int | None:
        if "[" not in self.field:
            return None
        return int(self.field.split("[", 1)[1].split("]", 1)[0])

    @property
    def column(self) -> str | None:
        return self.field.split(".", 1)[1] if "." in self.field else None

    def to_dict(self) -> dict:
        return {"field": self.field, "severity": self.severity, "message": self.message, "rule": self.rule}


class Context:
    """The data under check, with the definition and the day it is checked on."""

    def __init__(self, definition, data: dict, today: dt.date):
        self.definition = definition
        self.data = data
        self.today = today

    def value(self, field_id: str) -> Any:
        return self.data.get(field_id)

    def date(self, field_id: str) -> dt.date | None:
        return parse_date(self.data.get(field_id))

    def label(self, field_id: str) -> str:
        return self.definition.fields[field_id].label

    def rows(self, table_id: str) -> Iterator[tuple[int, dict]]:
        """(index, row) of the filled rows of a table; indexes are those of the stored list."""
        rows = self.data.get(table_id)
        if not isinstance(rows, list):
            return
        for index, row in enumerate(rows):
            if isinstance(row, dict) and not row_is_empty(row):
                yield index, row

    def reference_date(self, field_id: str | None) -> dt.date:
        """The date a rule is judged on: the form's own date when filled and real, else today."""
        if field_id:
            day = self.date(field_id)
            if day is not None:
                return day
        return self.today


# --- conditions ---------------------------------------------------------------------------------


def condition_holds(condition: dict | None, ctx: Context) -> bool:
    """Evaluate a `relevant_when` / `required_when` condition; None holds."""
    if condition is None:
        return True
    ((name, arg),) = condition.items()
    if name == "minor":
        birth = ctx.date(arg["birth"])
        return birth is not None and is_minor(birth, ctx.reference_date(arg.get("at")))
    if name == "filled":
        return not is_empty(ctx.value(arg))
    if name == "equals":
        return ctx.value(arg["field"]) == arg["value"]
    if name == "not":
        return not condition_holds(arg, ctx)
    if name == "all":
        return all(condition_holds(c, ctx) for c in arg)
    if name == "any":
        return any(condition_holds(c, ctx) for c in arg)
    raise KeyError(name)


def check_condition_spec(condition: Any, fields: dict[str, Field]) -> str | None:
    """A problem with a condition as written in a definition, or None."""
    if not isinstance(condition, dict) or len(condition) != 1:
        return "a condition is a mapping with exactly one of: minor, filled, equals, not, all, any"
    ((name, arg),) = condition.items()
    if name == "minor":
        if not isinstance(arg, dict) or "birth" not in arg:
            return "minor needs {birth: FIELD, at: FIELD}"
        for key in ("birth", "at"):
            if key in arg and arg[key] not in fields:
                return f"minor.{key}: unknown field {arg[key]!r}"
        return None
    if name == "filled":
        return None if arg in fields else f"filled: unknown field {arg!r}"
    if name == "equals":
        if not isinstance(arg, dict) or arg.get("field") not in fields or "value" not in arg:
            return "equals needs {field: FIELD, value: VALUE} with a known field"
        return None
    if name == "not":
        return check_condition_spec(arg, fields)
    if name in ("all", "any"):
        if not isinstance(arg, list) or not arg:
            return f"{name} needs a list of conditions"
        for sub in arg:
            problem = check_condition_spec(sub, fields)
            if problem:
                return problem
        return None
    return f"unknown condition {name!r}"


# --- the rule registry --------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleSpec:
    name: str
    function: Callable[..., Iterable[Finding]]
    required: tuple[str, ...]
    optional: tuple[str, ...]
    #: parameters that name fields: "field" (one, in the table when `table` is given), "fields"
    #: (list, likewise), "form_field" (one top-level field), "tables" (list of table fields).
    refs: dict[str, str]
    doc: str
    #: `(ctx, **params) -> set of field ids` this rule makes required for the data (for marking them)
    requires: Callable[..., set] | None = None


RULES: dict[str, RuleSpec] = {}


def rule(name: str, required: tuple[str, ...], optional: tuple[str, ...] = (), refs: dict[str, str] | None = None,
         requires: Callable[..., set] | None = None):
    """Register a rule function under `name`."""

    def register(function):
        RULES[name] = RuleSpec(name, function, required, optional + ("cite", "severity"), refs or {},
                               (function.__doc__ or "").strip(), requires)
        return function

    return register


def check_rule_spec(spec: Any, fields: dict[str, Field]) -> str | None:
    """A problem with a rule as written in a definition, or None."""
    if not isinstance(spec, dict) or "rule" not in spec:
        return "a rule is a mapping with a 'rule' name"
    rule_spec = RULES.get(spec["rule"])
    if rule_spec is None:
        return f"unknown rule {spec['rule']!r} (known: {', '.join(sorted(RULES))})"
    params = {k: v for k, v in spec.items() if k != "rule"}
    for key in rule_spec.required:
        if key not in params:
            return f"missing parameter {key!r}"
    for key in params:
        if key not in rule_spec.required + rule_spec.optional:
            return f"unknown parameter {key!r}"
    if params.get("severity", ERROR) not in (ERROR, WARNING):
        return "severity must be error or warning"
    table = params.get("table")
    scope = fields
    if table is not None:
        if table not in fields or fields[table].type != "table":
            return f"table: {table!r} is not a table field"
        scope = {c.id: c for c in fields[table].columns}
    for key, kind in rule_spec.refs.items():
        if key not in params:
            continue
        value = params[key]
        names = value if isinstance(value, list) else [value]
        if kind in ("fields", "tables") and not isinstance(value, list):
            return f"{key} must be a list of field ids"
        where = fields if kind in ("form_field", "tables") else scope
        for name in names:
            if name not in where:
                return f"{key}: unknown field {name!r}" + (f" in table {table!r}" if where is scope and table else "")
            if kind == "tables" and fields[name].type != "table":
                return f"{key}: {name!r} is not a table"
    return None


def run_rule(spec: dict, ctx: Context) -> list[Finding]:
    rule_spec = RULES[spec["rule"]]
    params = {k: v for k, v in spec.items() if k != "rule"}
    params.setdefault("cite", "")
    findings = list(rule_spec.function(ctx, **params))
    return [f if f.rule else Finding(f.field, f.severity, f.template, f.params, rule_spec.name) for f in findings]


def rule_requires(spec: dict, ctx: Context) -> set:
    """The fields a rule makes required for this data (empty for rules that require nothing)."""
    rule_spec = RULES[spec["rule"]]
    if rule_spec.requires is None:
        return set()
    return rule_spec.requires(ctx, **{k: v for k, v in spec.items() if k != "rule"})


def _cited(template: str, cite: str) -> str:
    return template + (" ({cite})" if cite else "") + "."


def _date_cells(ctx: Context, fields: list[str], table: str | None) -> Iterator[tuple[str, str, dt.date, str]]:
    """(path, label, date, raw) for each filled, real date of `fields`, per row when in a table."""
    if table is None:
        for name in fields:
            day = ctx.date(name)
            if day is not None:
                yield name, ctx.label(name), day, ctx.value(name)
        return
    table_field = ctx.definition.fields[table]
    columns = {c.id: c for c in table_field.columns}
    markers = table_field.row_markers
    for index, row in ctx.rows(table):
        where = f"vrstica {markers[index] if index < len(markers) else index + 1}"
        for name in fields:
            day = parse_date(row.get(name))
            if day is not None:
                yield f"{table}[{index}].{name}", f"{columns[name].label}, {where}", day, row.get(name)


@rule("not_future", required=("fields",), optional=("table",), refs={"fields": "fields"})
def not_future(ctx: Context, fields: list[str], table: str | None = None, cite: str = "", severity: str = ERROR):
    """Each of `fields` is a date no later than today."""
    for path, label, day, _raw in _date_cells(ctx, fields, table):
        if day > ctx.today:
            yield Finding(path, severity, _cited(
                "»{label}« ({date}) je v prihodnosti; vpišite datum, ki ni poznejši od današnjega ({today})", cite),
                {"label": label, "date": format_date(day), "today": format_date(ctx.today), "cite": cite})


@rule("date_order", required=("fields",), optional=("table",), refs={"fields": "fields"})
def date_order(ctx: Context, fields: list[str], table: str | None = None, cite: str = "", severity: str = ERROR):
    """The filled dates among `fields` follow in the order given (equal dates are in order)."""
    groups: list[list[tuple[str, str, dt.date]]]
    if table is None:
        groups = [[(p, lbl, d) for p, lbl, d, _ in _date_cells(ctx, fields, None)]]
    else:
        cells = list(_date_cells(ctx, fields, table))
        by_row: dict[str, list] = {}
        for path, label, day, _ in cells:
            by_row.setdefault(path.split(".", 1)[0], []).append((path, label, day))
        groups = list(by_row.values())
    for group in groups:
        latest = None
        for path, label, day in group:
            if latest is not None and day < latest[2]:
                yield Finding(path, severity, _cited(
                    "»{label}« ({date}) ne sme biti pred »{earlier_label}« ({earlier}); popravite enega od obeh datumov", cite),
                    {"label": label, "date": format_date(day), "earlier_label": latest[1], "earlier": format_date(latest[2]), "cite": cite})
            elif latest is None or day >= latest[2]:
                latest = (path, label, day)


@rule("not_expired", required=("field",), optional=("table", "at"), refs={"field": "field", "at": "form_field"})
def not_expired(ctx: Context, field: str, table: str | None = None, at: str | None = None, cite: str = "", severity: str = WARNING):
    """A document's expiry date is not before the form's date (a warning by default)."""
    on = ctx.reference_date(at)
    for path, label, day, _raw in _date_cells(ctx, [field], table):
        if day < on:
            yield Finding(path, severity, _cited(
                "Dokument je potekel: »{label}« je {date}, pred datumom {on}; preverite, ali ima prosilec veljaven dokument, "
                "in to zabeležite v ugotovitvah uradne osebe", cite),
                {"label": label, "date": format_date(day), "on": format_date(on), "cite": cite})


def _minor_requires_fields(ctx: Context, birth: str, at: str | None = None, fields: list[str] = (),
                           tables: list[str] = (), **_):
    born = ctx.date(birth)
    if born is None or not is_minor(born, ctx.reference_date(at)):
        return set()
    return set(fields) | set(tables)


@rule("minor_requires", required=("birth",), optional=("at", "fields", "tables"),
      refs={"birth": "form_field", "at": "form_field", "fields": "fields", "tables": "tables"},
      requires=_minor_requires_fields)
def minor_requires(ctx: Context, birth: str, at: str | None = None, fields: list[str] = (), tables: list[str] = (),
                   cite: str = "", severity: str = ERROR):
    """A person under 18 on the form's date must have `fields` filled and a row in each of `tables`."""
    born = ctx.date(birth)
    if born is None:
        return
    on = ctx.reference_date(at)
    if not is_minor(born, on):
        return
    age = max(age_on(born, on), 0)
    params = {"age": age, "on": format_date(on), "cite": cite}
    for name in fields:
        if is_empty(ctx.value(name)):
            yield Finding(name, severity, _cited(
                "Prosilec je na dan {on} mladoleten ({age} let), zato je »{label}« obvezen podatek; vpišite ga", cite),
                {**params, "label": ctx.label(name)})
    for name in tables:
        if not any(True for _ in ctx.rows(name)):
            yield Finding(name, severity, _cited(
                "Prosilec je na dan {on} mladoleten ({age} let): vpišite vsaj eno osebo v »{label}«", cite),
                {**params, "label": ctx.label(name)})


@rule("one_of", required=("fields",), refs={"fields": "fields"})
def one_of(ctx: Context, fields: list[str], cite: str = "", severity: str = ERROR):
    """At least one of `fields` is filled."""
    if all(is_empty(ctx.value(name)) for name in fields):
        labels = " ali ".join(f"»{ctx.label(name)}«" for name in fields)
        yield Finding(fields[0], severity, _cited("Izpolnite {labels}", cite), {"labels": labels, "cite": cite})


@rule("emso_matches", required=("field",), optional=("birth", "sex", "male", "female"),
      refs={"field": "form_field", "birth": "form_field", "sex": "form_field"})
def emso_matches(ctx: Context, field: str, birth: str | None = None, sex: str | None = None, male: str = "M",
                 female: str = "Z", cite: str = "", severity: str = ERROR):
    """A valid EMŠO agrees with the date of birth and the sex it encodes."""
    from stdnum.si import emso

    value = ctx.value(field)
    if is_empty(value) or not emso.is_valid(value):
        return
    if birth and ctx.date(birth) is not None and emso.get_birth_date(value) != ctx.date(birth):
        yield Finding(field, severity, _cited(
            "EMŠO vsebuje datum rojstva {emso_date}, vpisan pa je {date}; popravite EMŠO ali datum rojstva", cite),
            {"emso_date": format_date(emso.get_birth_date(value)), "date": format_date(ctx.date(birth)), "cite": cite})
    if sex and not is_empty(ctx.value(sex)):
        encoded = male if emso.get_gender(value) == "M" else female
        if ctx.value(sex) != encoded:
            yield Finding(field, severity, _cited(
                "EMŠO pripada osebi drugega spola, kot je vpisan; popravite EMŠO ali spol", cite), {"cite": cite})


def school_year_start(day: dt.date) -> dt.date:
    """1 September of the school year `day` falls in (a school year runs 1 September – 31 August)."""
    return dt.date(day.year if day.month >= 9 else day.year - 1, 9, 1)


@rule("school_age", required=("birth",), optional=("at",), refs={"birth": "form_field", "at": "form_field"})
def school_age(ctx: Context, birth: str, at: str | None = None, cite: str = "", severity: str = ERROR):
    """The person is a minor on the form's date, or turned 18 in the current school year."""
    born = ctx.date(birth)
    if born is None:
        return
    on = ctx.reference_date(at)
    from app.engine.dates import add_years

    eighteenth = add_years(born, 18)
    if eighteenth > on or eighteenth >= school_year_start(on):
        return
    yield Finding(birth, severity, _cited(
        "Oseba je 18 let dopolnila {eighteenth}, pred začetkom tekočega šolskega leta ({start}); potrdilo zaradi "
        "šolanja je le za mladoletno osebo ali osebo, ki je 18 let dopolnila v tekočem šolskem letu — preverite "
        "datum rojstva ali izdajte potrdilo zaradi zdravstvenih razlogov", cite),
        {"eighteenth": format_date(eighteenth), "start": format_date(school_year_start(on)), "cite": cite})


@rule("exactly_one", required=("fields",), refs={"fields": "fields"})
def exactly_one(ctx: Context, fields: list[str], cite: str = "", severity: str = ERROR):
    """Exactly one of `fields` (e.g. ticked reasons) is filled / ticked."""
    chosen = [name for name in fields if not is_empty(ctx.value(name)) and ctx.value(name) is not False]
    labels = ", ".join(f"»{ctx.label(name)}«" for name in fields)
    if not chosen:
        yield Finding(fields[0], severity, _cited("Označite enega od razlogov: {labels}", cite), {"labels": labels, "cite": cite})
    elif len(chosen) > 1:
        yield Finding(chosen[1], severity, _cited("Označite le en razlog, ne več hkrati ({labels})", cite),
                      {"labels": ", ".join(f"»{ctx.label(n)}«" for n in chosen), "cite": cite})


@rule("not_in", required=("field", "values"), refs={"field": "form_field"})
def not_in(ctx: Context, field: str, values: list, cite: str = "", severity: str = ERROR):
    """The field's value is none of `values` (e.g. the country of relocation is not Slovenia)."""
    value = ctx.value(field)
    if not is_empty(value) and value in values:
        from app.engine.types import display

        yield Finding(field, severity, _cited("»{label}« ne more biti {value}; izberite drugo vrednost", cite),
                      {"label": ctx.label(field), "value": display(ctx.definition.fields[field], value), "cite": cite})
