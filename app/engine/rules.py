"""Named rules a form definition refers to with parameters, and the conditions fields depend on.

A rule is a plain function `(ctx, **params) -> iterable of Finding`; `ctx` gives typed access to the
data being checked. Every message says what is wrong and how to fix it, and cites the rule's source.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field as dc_field
from typing import Any, Callable, Iterable, Iterator

from app.engine.dates import age_on, format_date, is_minor, parse_date
from app.engine.dates import add_years
from app.engine.model import Field
from app.engine.tables import first_out_of_order, sort_key, sort_spec
from app.engine.types import display, emso_birth_date, excerpt, field_type, is_empty, parse_time, row_is_empty

ERROR = "error"
WARNING = "warning"
_ROW = re.compile(r"[^\[.]+\[([0-9]+)\]", re.ASCII)


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
        """The row of a table cell's path (`documents[1].valid_until` → 1); None for any other path,
        also for an unknown key that merely contains a bracket (`a[b`, reported by strict validation)."""
        match = _ROW.match(self.field)
        return int(match.group(1)) if match else None

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

        yield Finding(field, severity, _cited("»{label}« ne more biti {value}; izberite drugo vrednost", cite),
                      {"label": ctx.label(field), "value": display(ctx.definition.fields[field], value), "cite": cite})


# --- UP-1 … UP-5 ---------------------------------------------------------------------------------


def _order_text(column: Field, order: str) -> str:
    """How a prescribed order reads to the official ("od najmlajšega do najstarejšega")."""
    ascending, descending = field_type(column.type).order_words
    return descending if order == "desc" else ascending


def _key_text(column: Field, value: Any, key: Any) -> str:
    return field_type(column.type).key_text(column, value, key)


@rule("rows_sorted", required=("table",), optional=("by", "order"), refs={"by": "field"})
def rows_sorted(ctx: Context, table: str, by: str | None = None, order: str | None = None, cite: str = "",
                severity: str = WARNING):
    """A warning when the filled rows of `table` are not in the order the form prescribes: the table's
    `sort:` option (or `by` / `order` given here). Rows whose key is not known yet are not compared.
    `app.engine.validate.normalize` puts the rows in this order."""

    field = ctx.definition.fields[table]
    spec = sort_spec(field) or {}
    by = by or spec.get("by")
    order = order or spec.get("order", "asc")
    rows = ctx.data.get(table)
    if not by or not isinstance(rows, list):
        return
    found = first_out_of_order(field, rows, by, order)
    if found is None:
        return
    index, before = found
    column = field.column(by)
    yield Finding(f"{table}[{index}]", severity, _cited(
        "Vrstice v »{label}« niso v predpisanem vrstnem redu ({order_text}): vrstica {row} ({value}) mora biti pred "
        "vrstico {before} ({before_value}); razvrstite jih — program jih razvrsti sam, ko podatke shranite", cite),
        {"label": field.label, "order_text": _order_text(column, order), "row": index + 1, "before": before + 1,
         "value": _key_text(column, rows[index].get(by), sort_key(column, rows[index].get(by))),
         "before_value": _key_text(column, rows[before].get(by), sort_key(column, rows[before].get(by))),
         "cite": cite})


@rule("at_least_one", required=("fields",), refs={"fields": "fields"})
def at_least_one(ctx: Context, fields: list[str], cite: str = "", severity: str = ERROR):
    """At least one of `fields` is filled or ticked (an unticked box, false, does not count)."""
    if all(is_empty(ctx.value(name)) or ctx.value(name) is False for name in fields):
        labels = " ali ".join(f"»{ctx.label(name)}«" for name in fields)
        yield Finding(fields[0], severity, _cited("Označite ali izpolnite vsaj eno: {labels}", cite),
                      {"labels": labels, "cite": cite})


@rule("emso_birth_not_after", required=("field", "date"), refs={"field": "form_field", "date": "form_field"})
def emso_birth_not_after(ctx: Context, field: str, date: str, cite: str = "", severity: str = ERROR):
    """The date of birth a valid EMŠO holds is not after `date` (e.g. a deceased person's date of death)."""

    born, day = emso_birth_date(ctx.value(field)), ctx.date(date)
    if born is None or day is None or born <= day:
        return
    yield Finding(field, severity, _cited(
        "»{label}« {emso} pripada osebi, rojeni {born}, to je po »{date_label}« ({date}); popravite EMŠO ali datum", cite),
        {"label": ctx.label(field), "emso": str(ctx.value(field)).strip(), "born": format_date(born),
         "date_label": ctx.label(date), "date": format_date(day), "cite": cite})


def _emso_minor_fields(ctx: Context, field: str, at: str | None = None, fields: list[str] = (), **_):

    born = emso_birth_date(ctx.value(field))
    if born is None or not is_minor(born, ctx.reference_date(at)):
        return set()
    return set(fields)


@rule("emso_minor_requires", required=("field", "fields"), optional=("at",),
      refs={"field": "form_field", "at": "form_field", "fields": "fields"}, requires=_emso_minor_fields)
def emso_minor_requires(ctx: Context, field: str, fields: list[str], at: str | None = None, cite: str = "",
                        severity: str = ERROR):
    """A person whose EMŠO shows them under 18 on the form's date must have `fields` filled (the form
    has no date of birth of its own, so the EMŠO's is used; the 18th birthday counts as adult)."""

    born = emso_birth_date(ctx.value(field))
    if born is None:
        return
    on = ctx.reference_date(at)
    if not is_minor(born, on):
        return
    for name in fields:
        if is_empty(ctx.value(name)):
            yield Finding(name, severity, _cited(
                "Po EMŠO je vlagatelj na dan {on} mladoleten ({age} let), zato vlogo vloži zakoniti zastopnik: "
                "»{label}« je obvezen podatek; vpišite ga", cite),
                {"on": format_date(on), "age": max(age_on(born, on), 0), "label": ctx.label(name), "cite": cite})


# --- UP-6 … UP-9, HR-1 … HR-4 ---------------------------------------------------------------------
# Pocket money (13. člen), changes and absences (14. člen) of the Uredba o načinu uveljavljanja in
# zagotavljanja pravic …, and the house rules (Uredba o hišnem redu …), both Uradni list RS, št. 55/2025.


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months; a day the month lacks becomes its last day (31. 1. + 1 → 28./29. 2.)."""
    import calendar

    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def first_of_next_month(day: dt.date) -> dt.date:
    """The first day of the month after the month of `day` (31. 1. → 1. 2.; 1. 12. → 1. 1. next year)."""
    return add_months(day.replace(day=1), 1)


def period_end(start: dt.date, months: int, until: dt.date | None = None) -> dt.date:
    """The last day of `months` whole months from `start` (1. 2. + 6 → 31. 7.), or `until` when earlier."""
    end = add_months(start, months) - dt.timedelta(days=1)
    return min(end, until) if until is not None else end


def _plural(n: int, one: str, two: str, few: str, many: str) -> str:
    """A Slovenian count: 1 dan, 2 dneva, 3 dni, 5 dni (by the last two digits)."""
    rest = abs(n) % 100
    word = one if rest == 1 else two if rest == 2 else few if rest in (3, 4) else many
    return f"{n} {word}"


def _days(n: int) -> str:
    return _plural(n, "dan", "dneva", "dni", "dni")


def _duration(delta: dt.timedelta) -> str:
    """A length of time as Slovenian text: "15 dni", "1 dan in 3 h 20 min", "23 h 59 min"."""
    minutes = int(delta.total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    clock = " ".join(p for p in (f"{hours} h" if hours else "", f"{minutes} min" if minutes else "") if p)
    if days and clock:
        return f"{_days(days)} in {clock}"
    return _days(days) if days else (clock or "0 min")


@rule("period_from_next_month", required=("at", "field"), refs={"at": "form_field", "field": "form_field"})
def period_from_next_month(ctx: Context, at: str, field: str, cite: str = "", severity: str = ERROR):
    """`field` (the start of a right) is the first day of the month after the month of `at` (the statement)."""
    stated, start = ctx.date(at), ctx.date(field)
    if stated is None or start is None:
        return
    expected = first_of_next_month(stated)
    if start != expected:
        yield Finding(field, severity, _cited(
            "»{label}« je {date}, pravica pa pripada od prvega dne meseca, ki sledi mesecu izjave (»{at_label}«: {at}); "
            "vpišite {expected}", cite),
            {"label": ctx.label(field), "date": format_date(start), "at_label": ctx.label(at), "at": format_date(stated),
             "expected": format_date(expected), "cite": cite})


@rule("period_length_months", required=("start", "end", "months"), optional=("until",),
      refs={"start": "form_field", "end": "form_field", "until": "form_field"})
def period_length_months(ctx: Context, start: str, end: str, months: int, until: str | None = None, cite: str = "",
                         severity: str = ERROR):
    """`end` is the last day of `months` whole months from `start`, or the day `until` (e.g. the end of
    temporary protection) when that comes first."""
    begin, finish = ctx.date(start), ctx.date(end)
    limit = ctx.date(until) if until else None
    if begin is None:
        return
    if limit is not None and limit < begin:
        yield Finding(until, severity, _cited(
            "»{until_label}« ({until}) je pred začetkom obdobja ({start}); za to obdobje pravice ni mogoče dodeliti — "
            "preverite oba datuma", cite),
            {"until_label": ctx.label(until), "until": format_date(limit), "start": format_date(begin), "cite": cite})
        return
    if finish is None:
        return
    expected = period_end(begin, months, limit)
    if finish != expected:
        shorter = limit is not None and expected == limit and limit < period_end(begin, months)
        yield Finding(end, severity, _cited(
            "»{label}« je {date}; obdobje traja {months} mesecev od {start}" +
            (", a začasna zaščita traja le do {until}, zato je obdobje krajše" if shorter else "") +
            " — vpišite {expected}", cite),
            {"label": ctx.label(end), "date": format_date(finish), "months": months, "start": format_date(begin),
             "until": format_date(limit) if limit else "", "expected": format_date(expected), "cite": cite})


@rule("not_before_end", required=("field", "end", "days"), refs={"field": "form_field", "end": "form_field"})
def not_before_end(ctx: Context, field: str, end: str, days: int, cite: str = "", severity: str = ERROR):
    """`field` (e.g. a new statement) is at most `days` days before `end` (the end of the running period)."""
    day, finish = ctx.date(field), ctx.date(end)
    if day is None or finish is None:
        return
    earliest = finish - dt.timedelta(days=days)
    if day < earliest:
        yield Finding(field, severity, _cited(
            "»{label}« ({date}) je {before} pred iztekom obdobja (»{end_label}«: {end}); novo izjavo je mogoče podati "
            "največ {days} dni pred iztekom, torej najprej {earliest} — podajte jo pozneje", cite),
            {"label": ctx.label(field), "date": format_date(day), "before": _days((finish - day).days),
             "end_label": ctx.label(end), "end": format_date(finish), "days": days, "earliest": format_date(earliest),
             "cite": cite})


@rule("reported_within", required=("event", "report", "days"), refs={"event": "form_field", "report": "form_field"})
def reported_within(ctx: Context, event: str, report: str, days: int, cite: str = "", severity: str = WARNING):
    """`report` (the day something is reported) is at most `days` days after `event` (a warning by default)."""
    happened, reported = ctx.date(event), ctx.date(report)
    if happened is None or reported is None:
        return
    late = (reported - happened).days
    if late > days:
        yield Finding(event, severity, _cited(
            "»{label}« je {date}, sporočeno pa je {reported}, {late} pozneje; rok za sporočanje je {days} dni — "
            "preverite datum, sicer v obrazložitvi navedite, zakaj je sporočeno pozneje", cite),
            {"label": ctx.label(event), "date": format_date(happened), "reported": format_date(reported),
             "late": _days(late), "days": days, "cite": cite})


def _clock(value: Any) -> dt.time | None:
    """The clock time a cell holds (hh:mm), or None (empty, not a time, not text at all)."""

    return parse_time(value) if isinstance(value, str) else None


def _moment(day: dt.date, time_text: Any, end: bool) -> dt.datetime:
    """A day with its clock time; without a time a period covers the whole day (from 00:00, to 24:00)."""
    clock = _clock(time_text)
    if clock is not None:
        return dt.datetime.combine(day, clock)
    return dt.datetime.combine(day + dt.timedelta(days=1) if end else day, dt.time())


@rule("period_longer_than", required=("start", "end"), optional=("table", "start_time", "end_time", "hours", "days"),
      refs={"start": "field", "end": "field", "start_time": "field", "end_time": "field"})
def period_longer_than(ctx: Context, start: str, end: str, table: str | None = None, start_time: str | None = None,
                       end_time: str | None = None, hours: float = 0, days: float = 0, cite: str = "",
                       severity: str = WARNING):
    """A period from `start` to `end` (dates, with clock times when given; a day without a time counts
    whole) is reported only when longer than `hours` / `days`: a warning when it is not, an error
    when it is reversed (it ends before it starts)."""
    limit = dt.timedelta(hours=hours or 0, days=days or 0)
    limit_text = _duration(limit)
    if table is None:
        items = [(None, "", ctx.data)]
    else:
        markers = ctx.definition.fields[table].row_markers
        items = [(index, f"Vrstica {markers[index] if index < len(markers) else index + 1}: ", row)
                 for index, row in ctx.rows(table)]
    for index, where, row in items:
        first, last = parse_date(row.get(start)), parse_date(row.get(end))
        if first is None or last is None:
            continue
        begin = _moment(first, row.get(start_time) if start_time else None, end=False)
        finish = _moment(last, row.get(end_time) if end_time else None, end=True)
        path = end if index is None else f"{table}[{index}].{end}"
        # the times as the period was computed: a cell that is no time (a number from an import) is left out
        from_clock = _clock(row.get(start_time)) if start_time else None
        to_clock = _clock(row.get(end_time)) if end_time else None
        shown = {"where": where,
                 "from": " ".join(filter(None, [format_date(first), from_clock and from_clock.strftime("%H:%M")])),
                 "to": " ".join(filter(None, [format_date(last), to_clock and to_clock.strftime("%H:%M")])), "cite": cite}
        if last < first or finish < begin:
            yield Finding(path, ERROR, _cited(
                "{where}obdobje je obrnjeno: konec ({to}) je pred začetkom ({from}); zamenjajte ali popravite datuma "
                "(in uri)", cite), shown)
        elif finish - begin <= limit:
            yield Finding(path, severity, _cited(
                "{where}obdobje od {from} do {to} traja {length}; sporoča se le odsotnost, daljša od {limit} — preverite "
                "obdobje ali vrstico odstranite", cite),
                {**shown, "length": _duration(finish - begin), "limit": limit_text})


@rule("older_than", required=("birth", "years"), optional=("at",), refs={"birth": "form_field", "at": "form_field"})
def older_than(ctx: Context, birth: str, years: int, at: str | None = None, cite: str = "", severity: str = ERROR):
    """The person is older than `years` on the form's date: on the birthday they are exactly that old,
    older from the next day on (29 February → 28 February, as add_years)."""
    born = ctx.date(birth)
    if born is None:
        return

    on = ctx.reference_date(at)
    birthday = add_years(born, years)
    if on <= birthday:
        yield Finding(birth, severity, _cited(
            "Oseba je na dan {on} stara {age} let ({years} let {tense} {birthday}); to velja le za osebo, starejšo od "
            "{years} let, torej od {first} — preverite datum rojstva ali datum obrazca", cite),
            {"on": format_date(on), "age": max(age_on(born, on), 0), "years": years,
             "tense": "dopolni" if on < birthday else "dopolni prav", "birthday": format_date(birthday),
             "first": format_date(birthday + dt.timedelta(days=1)), "cite": cite})


@rule("time_order", required=("start", "end"), refs={"start": "form_field", "end": "form_field"})
def time_order(ctx: Context, start: str, end: str, cite: str = "", severity: str = ERROR):
    """The clock time `end` is later than `start` (hh:mm; equal times are an error)."""

    first = parse_time(ctx.value(start)) if isinstance(ctx.value(start), str) else None
    last = parse_time(ctx.value(end)) if isinstance(ctx.value(end), str) else None
    if first is None or last is None:
        return
    if last <= first:
        yield Finding(end, severity, _cited(
            "»{label}« ({end}) mora biti poznejša od »{start_label}« ({start}); popravite uri", cite),
            {"label": ctx.label(end), "end": last.strftime("%H:%M"), "start_label": ctx.label(start),
             "start": first.strftime("%H:%M"), "cite": cite})


@rule("ticked", required=("field",), refs={"field": "form_field"})
def ticked(ctx: Context, field: str, cite: str = "", severity: str = ERROR):
    """A boolean that must be true (e.g. "the police were informed"): flagged while it is not."""
    if ctx.value(field) is not True:
        yield Finding(field, severity, _cited("»{label}« še ni označeno, a je predpisano; označite, ko je opravljeno",
                                              cite), {"label": ctx.label(field), "cite": cite})


# --- TUJ-1/1 … TUJ-30/3 ---------------------------------------------------------------------------
# Residence-permit forms of the Pravilnik o načinu izdaje dovoljenja za prebivanje … (Uradni list RS,
# št. 55/2025, item 2263) under the Zakon o tujcih (ZTuj-2).


@rule("registration_number", required=("field",), refs={"field": "form_field"})
def registration_number(ctx: Context, field: str, cite: str = "", severity: str = ERROR):
    """A filled `field` is a valid Slovenian business-register number (matična številka: 7 or 10 digits
    with a check digit; python-stdnum's si.maticna)."""
    from stdnum import exceptions
    from stdnum.si import maticna

    value = ctx.value(field)
    if is_empty(value) or not isinstance(value, str):
        return
    try:
        maticna.validate(value)
    except exceptions.InvalidChecksum:
        yield Finding(field, severity, _cited(
            "»{label}« »{value}« ima napačno kontrolno števko; preverite jo v Poslovnem registru Slovenije (AJPES)",
            cite), {"label": ctx.label(field), "value": excerpt(value), "cite": cite})
    except exceptions.ValidationError:
        yield Finding(field, severity, _cited(
            "»{label}«: »{value}« ni matična številka; vpišite 7 ali 10 števk (npr. 5022305 ali 5022305000)", cite),
            {"label": ctx.label(field), "value": excerpt(value), "cite": cite})


@rule("valid_beyond", required=("field", "until"), optional=("table", "months", "at"),
      refs={"field": "field", "until": "form_field", "at": "form_field"})
def valid_beyond(ctx: Context, field: str, until: str, table: str | None = None, months: int = 0, at: str | None = None,
                 cite: str = "", severity: str = WARNING):
    """A document's expiry date (`field`) lies at least `months` after the end of the requested stay
    (`until`, e.g. the permit's "valid to"; when empty, the form's date `at`): a warning by default
    (ZTuj-2, 33. člen (3): a travel document valid at least three months longer than the stay)."""
    end = ctx.date(until)
    basis_label = ctx.label(until) if end is not None else (ctx.label(at) if at else "današnji datum")
    if end is None:
        end = ctx.reference_date(at)
    needed = add_months(end, months)
    for path, label, day, _raw in _date_cells(ctx, [field], table):
        if day < needed:
            yield Finding(path, severity, _cited(
                "»{label}« je {date}; listina mora veljati vsaj {months} mesece po »{basis}« ({end}), torej vsaj do "
                "{needed} — preverite veljavnost listine ali obdobje dovoljenja", cite),
                {"label": label, "date": format_date(day), "months": months, "basis": basis_label,
                 "end": format_date(end), "needed": format_date(needed), "cite": cite})


@rule("latin_script", required=("fields",), optional=("nationality",),
      refs={"fields": "fields", "nationality": "form_field"})
def latin_script(ctx: Context, fields: list[str], nationality: str | None = None, cite: str = "",
                 severity: str = ERROR):
    """`fields` are in Latin script (a card printed in Latin script): Cyrillic is refused with the
    transliteration offered (Ukrainian KMU 2010, Russian ICAO 9303; app.engine.names)."""
    from app.engine.names import has_cyrillic, transliterate

    country = ctx.value(nationality) if nationality else None
    for name in fields:
        value = ctx.value(name)
        if isinstance(value, str) and has_cyrillic(value):
            latin = transliterate(value, nationality=country if isinstance(country, str) else None)
            yield Finding(name, severity, _cited(
                "»{label}« mora biti v latinici, kot bo natisnjeno; vpišite »{latin}« (prečrkovano) "
                "ali latinično obliko iz potnega lista", cite),
                {"label": ctx.label(name), "latin": latin, "cite": cite})
