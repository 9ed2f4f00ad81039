"""Form definitions: load a file from `forms/`, check it, and give the engine a typed view of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field as dc_field
from pathlib import Path
from typing import Any

FIELD_TYPES = ("text", "date", "choice", "country", "email", "phone", "photo", "emso", "boolean", "table",
               "tax_number", "iban", "time", "number")
CELL_TYPES = tuple(t for t in FIELD_TYPES if t not in ("table", "photo"))
DEFAULTS = ("today", "official", "office")


class DefinitionError(Exception):
    """A form definition is malformed; the message names the file and the place in it."""

    def __init__(self, path: str | Path, where: str, problem: str):
        self.path, self.where, self.problem = str(path), where, problem
        super().__init__(f"{path}: {where}: {problem}")


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Field:
    """One field of a form, or one column of a repeat table."""

    id: str
    type: str
    label: str
    help: str = ""
    required: bool = False
    required_when: dict | None = None
    relevant_when: dict | None = None
    max_length: int | None = None
    multiline: bool = False
    choices: tuple[Choice, ...] = ()
    default: str | None = None
    stateless: bool = False
    columns: tuple["Field", ...] = ()
    min_rows: int = 0
    max_rows: int | None = None
    row_markers: tuple[str, ...] = ()
    width_mm: float | None = None
    height_mm: float | None = None
    #: a table's prescribed row order {by: COLUMN, order: asc|desc, note: TEXT} (app/engine/tables.py)
    sort: dict | None = None
    #: the code list the choices come from (forms/codelists/<name>.yaml), which a station may extend
    codelist: str | None = None

    def column(self, column_id: str) -> "Field":
        for column in self.columns:
            if column.id == column_id:
                return column
        raise KeyError(column_id)

    def choice_label(self, value: object) -> str | None:
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return None


@dataclass(frozen=True)
class Section:
    """A part of the form; the wizard shows one page per section."""

    id: str
    title: str
    fields: tuple[str, ...]
    relevant_when: dict | None = None
    help: str = ""


@dataclass(frozen=True)
class Source:
    regulation: str
    gazette: str
    item: int | str
    in_force: dt.date
    legal_basis: str = ""

    def citation(self) -> str:
        return f"{self.gazette} ({self.item}), v veljavi od {self.in_force.strftime('%d. %m. %Y')}"


@dataclass(frozen=True)
class FormDefinition:
    code: str
    title: str
    annex: str
    version: str
    source: Source
    sections: tuple[Section, ...]
    fields: dict[str, Field]
    rules: tuple[dict, ...]
    print_layout: dict
    title_fields: tuple[str, ...] = ()
    date_field: str | None = None
    sample: dict | None = None
    path: str = ""
    raw: dict = dc_field(default_factory=dict, repr=False, compare=False)

    def field(self, field_id: str) -> Field:
        return self.fields[field_id]

    def section_of(self, field_id: str) -> Section:
        for section in self.sections:
            if field_id in section.fields:
                return section
        raise KeyError(field_id)

    def tables(self) -> list[Field]:
        return [f for f in self.fields.values() if f.type == "table"]


# --- loading ------------------------------------------------------------------------------------


def load_definition(path: str | Path) -> FormDefinition:
    """Read and check one definition file (YAML or JSON); raise DefinitionError on any fault."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DefinitionError(path, "file", f"cannot be read ({exc.strerror})") from exc
    try:
        if path.suffix == ".json":
            import json

            raw = json.loads(text)
        else:
            import yaml

            raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except Exception as exc:  # the parser's own message says where
        raise DefinitionError(path, "syntax", str(exc).replace("\n", " ")) from exc
    return build_definition(raw, path)


def build_definition(raw: Any, path: str | Path = "<definition>") -> FormDefinition:
    """Check a parsed definition and build the typed view."""
    check = _Checker(path)
    check.is_mapping(raw, "top level")
    for key in ("code", "title", "annex", "version", "source", "sections", "fields", "print"):
        check.has(raw, key, "top level")
    fields = {}
    check.is_list(raw["fields"], "fields")
    for index, spec in enumerate(raw["fields"]):
        where = f"fields[{index}]"
        built = _build_field(check, spec, where, CELL_TYPES + ("table", "photo"))
        if built.id in fields:
            check.fail(f"fields[{index}] (id {built.id!r})", "duplicate field id")
        fields[built.id] = built
    sections = []
    placed: dict[str, str] = {}
    check.is_list(raw["sections"], "sections")
    for index, spec in enumerate(raw["sections"]):
        where = f"sections[{index}]"
        check.is_mapping(spec, where)
        for key in ("id", "title", "fields"):
            check.has(spec, key, where)
        for field_id in spec["fields"]:
            if field_id not in fields:
                check.fail(f"{where} (id {spec['id']!r})", f"unknown field {field_id!r}")
            if field_id in placed:
                check.fail(f"{where} (id {spec['id']!r})", f"field {field_id!r} is already in section {placed[field_id]!r}")
            placed[field_id] = spec["id"]
        if spec.get("relevant_when") is not None:
            _check_condition(check, spec["relevant_when"], f"{where}.relevant_when", fields)
        sections.append(Section(spec["id"], spec["title"], tuple(spec["fields"]), spec.get("relevant_when"), spec.get("help", "")))
    for field_id in fields:
        if field_id not in placed:
            check.fail(f"fields (id {field_id!r})", "field is in no section")
    for f in fields.values():
        for key in ("required_when", "relevant_when"):
            if getattr(f, key) is not None:
                _check_condition(check, getattr(f, key), f"fields (id {f.id!r}).{key}", fields)
    source = raw["source"]
    check.is_mapping(source, "source")
    for key in ("regulation", "gazette", "item", "in_force"):
        check.has(source, key, "source")
    in_force = _as_date(source["in_force"])
    if in_force is None:
        check.fail("source.in_force", f"{source['in_force']!r} is not a date (YYYY-MM-DD)")
    rules = tuple(raw.get("rules") or ())
    from app.engine.rules import check_rule_spec

    for index, spec in enumerate(rules):
        problem = check_rule_spec(spec, fields)
        if problem:
            check.fail(f"rules[{index}] ({spec.get('rule') if isinstance(spec, dict) else spec!r})", problem)
    from app.engine.layout import check_layout

    problem = check_layout(raw["print"], fields)
    if problem:
        check.fail(f"print.{problem[0]}", problem[1])
    serial = raw.get("serial")
    if serial is not None:
        if not isinstance(serial, dict) or serial.get("field") not in fields or serial.get("office_field") not in fields:
            check.fail("serial", "needs field: FIELD (the serial number) and office_field: FIELD (the issuing office)")
    from app.engine.prefill import check_prefill_spec

    problem = check_prefill_spec(raw, fields)
    if problem:
        check.fail(*problem)
    for key in ("title_fields",):
        for field_id in raw.get(key) or ():
            if field_id not in fields:
                check.fail(key, f"unknown field {field_id!r}")
    date_field = raw.get("date_field")
    if date_field is not None and (date_field not in fields or fields[date_field].type != "date"):
        check.fail("date_field", f"{date_field!r} is not a date field of this form")
    return FormDefinition(
        code=str(raw["code"]),
        title=str(raw["title"]),
        annex=str(raw["annex"]),
        version=str(raw["version"]),
        source=Source(source["regulation"], source["gazette"], source["item"], in_force, source.get("legal_basis", "")),
        sections=tuple(sections),
        fields=fields,
        rules=rules,
        print_layout=raw["print"],
        title_fields=tuple(raw.get("title_fields") or ()),
        date_field=date_field,
        sample=raw.get("sample"),
        path=str(path),
        raw=raw,
    )


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _build_field(check: "_Checker", spec: Any, where: str, allowed_types: tuple[str, ...]) -> Field:
    check.is_mapping(spec, where)
    for key in ("id", "type", "label"):
        check.has(spec, key, where)
    where = f"{where} (id {spec['id']!r})"
    known = {
        "id", "type", "label", "help", "required", "required_when", "relevant_when", "max_length", "multiline",
        "choices", "default", "stateless", "columns", "min_rows", "max_rows", "row_markers", "width_mm", "height_mm",
        "codelist", "sort",
    }
    for key in spec:
        if key not in known:
            check.fail(where, f"unknown key {key!r}")
    if spec["type"] not in allowed_types:
        check.fail(where, f"unknown type {spec['type']!r} (expected one of {', '.join(allowed_types)})")
    if not isinstance(spec["label"], str) or not spec["label"].strip():
        check.fail(where, "label must be non-empty text")
    if spec.get("default") is not None and spec["default"] not in DEFAULTS:
        check.fail(where, f"default must be one of {', '.join(DEFAULTS)}")
    choices = ()
    if spec["type"] == "choice" and spec.get("codelist"):
        if spec.get("choices"):
            check.fail(where, "give either choices or codelist, not both")
        spec = {**spec, "choices": load_codelist(check.path, spec["codelist"], where)}
    if spec["type"] == "choice":
        if not spec.get("choices"):
            check.fail(where, "a choice field needs choices (or a codelist)")
        values = set()
        for c in spec["choices"]:
            if not isinstance(c, dict) or "value" not in c or "label" not in c:
                check.fail(where, "each choice needs value and label")
            if str(c["value"]) in values:
                check.fail(where, f"duplicate choice {c['value']!r}")
            values.add(str(c["value"]))
        choices = tuple(Choice(str(c["value"]), str(c["label"]), tuple(str(a) for a in c.get("aliases", ())))
                        for c in spec["choices"])
    columns = ()
    if spec["type"] == "table":
        if not spec.get("columns"):
            check.fail(where, "a table needs columns")
        columns = tuple(_build_field(check, c, f"{where}.columns[{i}]", CELL_TYPES) for i, c in enumerate(spec["columns"]))
        ids = [c.id for c in columns]
        if len(set(ids)) != len(ids):
            check.fail(where, "duplicate column id")
    if spec.get("sort") is not None:
        from app.engine.tables import check_sort_spec

        problem = check_sort_spec(spec["sort"], spec) if spec["type"] == "table" else "sort is only for a table"
        if problem:
            check.fail(where, problem)
    for key in ("max_length", "min_rows", "max_rows"):
        if key in spec and (not isinstance(spec[key], int) or spec[key] < 0):
            check.fail(where, f"{key} must be a whole number ≥ 0")
    return Field(
        id=str(spec["id"]),
        type=spec["type"],
        label=spec["label"],
        help=spec.get("help", ""),
        required=bool(spec.get("required", False)),
        required_when=spec.get("required_when"),
        relevant_when=spec.get("relevant_when"),
        max_length=spec.get("max_length"),
        multiline=bool(spec.get("multiline", False)),
        choices=choices,
        default=spec.get("default"),
        stateless=bool(spec.get("stateless", False)),
        columns=columns,
        min_rows=spec.get("min_rows", 0),
        max_rows=spec.get("max_rows"),
        row_markers=tuple(spec.get("row_markers") or ()),
        width_mm=spec.get("width_mm"),
        height_mm=spec.get("height_mm"),
        sort=dict(spec["sort"]) if spec.get("sort") else None,
        codelist=str(spec["codelist"]) if spec.get("codelist") else None,
    )


def load_codelist(definition_path: str | Path, name: str, where: str = "codelist") -> list[dict]:
    """Choices kept in `forms/codelists/<name>.yaml` (a list of {value, label}) beside the definitions."""
    import yaml

    path = Path(definition_path).parent / "codelists" / f"{name}.yaml"
    if Path(definition_path).parent.name == "archive":
        path = Path(definition_path).parent.parent / "codelists" / f"{name}.yaml"
    try:
        items = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise DefinitionError(definition_path, where, f"code list {name!r} cannot be read from {path} ({exc})") from exc
    if not isinstance(items, list) or not all(isinstance(i, dict) and "value" in i and "label" in i for i in items):
        raise DefinitionError(path, "top level", "a code list is a list of {value, label}")
    return items


def _check_condition(check: "_Checker", condition: Any, where: str, fields: dict[str, Field]) -> None:
    from app.engine.rules import check_condition_spec

    problem = check_condition_spec(condition, fields)
    if problem:
        check.fail(where, problem)


class _Checker:
    def __init__(self, path: str | Path):
        self.path = path

    def fail(self, where: str, problem: str):
        raise DefinitionError(self.path, where, problem)

    def is_mapping(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            self.fail(where, "must be a mapping")

    def is_list(self, value: Any, where: str) -> None:
        if not isinstance(value, list):
            self.fail(where, "must be a list")

    def has(self, value: dict, key: str, where: str) -> None:
        if key not in value or value[key] in (None, ""):
            self.fail(where, f"missing {key!r}")
