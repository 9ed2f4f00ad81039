"""Form definitions: load a file from `forms/`, check it, and build the typed model (app/engine/model.py).

This is the loader: it reads YAML (app/engine/yamlio.py) or JSON, resolves `include:` fragments
(`forms/fragments/<name>.yaml`) and print labels left to default, checks the file against the published
JSON Schema (`forms/definition.schema.json`) and each section against the engine's registries (field
types, rules, print block kinds, register attributes), and builds the dataclasses. The model module
imports none of this; the checkers import the model only.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from app.engine.cachedir import cache_dir
from app.engine.layout import build_layout, check_layout
from app.engine.model import (  # noqa: F401 - the model's names, as the engine has always offered them here
    Block, CardItem, Choice, Condition, Derive, Field, FormDefinition, LinkFields, Offer, PrintLayout,
    RegisterMapping, RegisterTable, Rule, Section, Serial, Source, TableSort, walk_blocks,
)
from app.engine.natures import implied_rules, nature_problem
from app.engine.prefill import build_derive, build_offer, build_register, check_prefill_spec
from app.engine.rules import check_condition_spec, check_rule_spec
from app.engine.tables import check_sort_spec
from app.engine.types import cell_types, field_types
from app.engine.yamlio import load_yaml

DEFAULTS = ("today", "official", "office")
#: the published JSON Schema of a definition file
SCHEMA_PATH = Path(__file__).resolve().parent.parent.parent / "forms" / "definition.schema.json"
FRAGMENTS_DIR = "fragments"


def __getattr__(name: str):
    # FIELD_TYPES / CELL_TYPES: the declared field types (app/engine/types.py), read when asked for
    if name == "FIELD_TYPES":
        return field_types()
    if name == "CELL_TYPES":
        return cell_types()
    raise AttributeError(name)


class DefinitionError(Exception):
    """A form definition is malformed; the message names the file and the place in it."""

    def __init__(self, path: str | Path, where: str, problem: str):
        self.path, self.where, self.problem = str(path), where, problem
        super().__init__(f"{path}: {where}: {problem}")


# --- loading ------------------------------------------------------------------------------------


def read_definition_file(path: str | Path, pure_yaml: bool | None = None) -> Any:
    """The parsed content of a definition file (YAML or JSON), not yet checked."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DefinitionError(path, "file", f"cannot be read ({exc.strerror})") from exc
    try:
        return json.loads(text) if path.suffix == ".json" else load_yaml(text, pure=pure_yaml)
    except ValueError as exc:  # the parser's own message says where
        raise DefinitionError(path, "syntax", str(exc).replace("\n", " ")) from exc


def load_definition(path: str | Path, pure_yaml: bool | None = None) -> FormDefinition:
    """Read and check one definition file (YAML or JSON); raise DefinitionError on any fault."""
    return build_definition(read_definition_file(path, pure_yaml), path)


@functools.lru_cache(maxsize=1)
def _schema_validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def definition_schema() -> dict:
    """The published JSON Schema of a definition file (forms/definition.schema.json)."""
    return _schema_validator().schema


def _json_path(parts) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "top level"


def schema_problems(raw: Any) -> list[tuple[str, str]]:
    """(path, what is wrong) for every place where `raw` does not match the published schema."""
    errors = sorted(_schema_validator().iter_errors(_jsonable(raw)), key=lambda e: list(map(str, e.absolute_path)))
    return [(_json_path(e.absolute_path), e.message) for e in errors]


class _SchemaPasses:
    """Definitions (by the SHA-256 of their resolved content and of the schema) that matched the
    schema: a definition already checked is not checked again, so loading a form needs neither
    jsonschema nor its ~2 ms per form. Only a pass is kept; a fault is found again every time."""

    def __init__(self):
        self.path = cache_dir() / "definitions-schema-valid.json"
        self.schema = hashlib.sha256(SCHEMA_PATH.read_bytes()).hexdigest()
        self.passed: set[str] = set()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("schema") == self.schema:
                self.passed = set(data.get("passed") or ())
        except (OSError, ValueError, AttributeError):
            pass

    def key(self, raw: Any) -> str:
        text = json.dumps(_jsonable(raw), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def add(self, key: str) -> None:
        self.passed.add(key)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"schema": self.schema, "passed": sorted(self.passed)}), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:  # a read-only home: checked again next time
            pass


@functools.lru_cache(maxsize=1)
def _schema_passes() -> _SchemaPasses:
    return _SchemaPasses()


def _schema_faults(raw: Any) -> list[tuple[str, str]]:
    passes = _schema_passes()
    key = passes.key(raw)
    if key in passes.passed:
        return []
    problems = schema_problems(raw)
    if not problems:
        passes.add(key)
    return problems


def _jsonable(value: Any) -> Any:
    """YAML dates as ISO text, as a JSON definition writes them."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --- fragments and defaults ---------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _fragment_file(file: str, mtime_ns: int) -> Any:
    return load_yaml(Path(file).read_text(encoding="utf-8"))


def _fragment(path: str | Path, name: Any, where: str) -> dict:
    folder = Path(path).parent
    if folder.name == "archive":
        folder = folder.parent
    file = folder / FRAGMENTS_DIR / f"{name}.yaml"
    try:
        content = copy.deepcopy(_fragment_file(str(file), file.stat().st_mtime_ns))
    except (OSError, ValueError) as exc:
        raise DefinitionError(path, where, f"fragment {name!r} cannot be read from {file} ({exc})") from exc
    if not isinstance(content, dict):
        raise DefinitionError(file, "top level", "a fragment is a mapping (one field)")
    return content


def resolve(raw: Any, path: str | Path = "<definition>") -> Any:
    """The definition with its `include:` fragments merged (the entry's own keys override the
    fragment's: `{include: surname, label: Priimek otroka}`), a `line` block's label taken from its
    one field when it gives none ("Priimek:"), and a table column's header from its column. Returns a new structure; `raw` is not changed."""
    if not isinstance(raw, dict):
        return raw
    raw = dict(raw)  # new lists and mappings where anything changes; the rest is shared, never changed

    def fields_of(specs: Any, where: str) -> Any:
        if not isinstance(specs, list):
            return specs
        out = []
        for index, spec in enumerate(specs):
            if isinstance(spec, dict) and "include" in spec:
                merged = {**_fragment(path, spec["include"], f"{where}[{index}]"),
                          **{k: v for k, v in spec.items() if k != "include"}}
                spec = merged
            if isinstance(spec, dict) and isinstance(spec.get("columns"), list):
                spec = {**spec, "columns": fields_of(spec["columns"], f"{where}[{index}].columns")}
            out.append(spec)
        return out

    raw["fields"] = fields_of(raw.get("fields"), "fields")
    labels = {f["id"]: f.get("label") for f in raw["fields"] or () if isinstance(f, dict) and "id" in f} \
        if isinstance(raw["fields"], list) else {}
    columns = {(f["id"], c["id"]): c.get("label") for f in raw["fields"] or () if isinstance(f, dict)
               for c in f.get("columns") or () if isinstance(c, dict) and "id" in c and "id" in f} \
        if isinstance(raw["fields"], list) else {}
    layout = raw.get("print")
    if isinstance(layout, dict) and isinstance(layout.get("blocks"), list):
        raw["print"] = {**layout, "blocks": _default_labels(layout["blocks"], labels, columns)}
    return raw


def _default_labels(blocks: list, labels: dict, columns: dict) -> list:
    """A `line` with one field and no label prints the field's label and a colon ("Priimek:"); a table
    column with no header its column's label (the official wording is written once, on the field)."""
    out = []
    for block in blocks:
        if isinstance(block, dict):
            block = dict(block)
            if block.get("kind") == "line" and "label" not in block and isinstance(block.get("fields"), list) \
                    and len(block["fields"]) == 1 and labels.get(block["fields"][0]):
                block["label"] = f"{labels[block['fields'][0]]}:"
            if block.get("kind") == "table" and isinstance(block.get("columns"), list):
                block["columns"] = [
                    {**c, "header": columns[(block.get("table"), c["field"])]}
                    if isinstance(c, dict) and "header" not in c and columns.get((block.get("table"), c.get("field")))
                    else c for c in block["columns"]]
            for key in ("blocks", "beside"):
                if isinstance(block.get(key), list):
                    block[key] = _default_labels(block[key], labels, columns)
        out.append(block)
    return out


# --- checking and building ----------------------------------------------------------------------


def build_definition(raw: Any, path: str | Path = "<definition>") -> FormDefinition:
    """Check a parsed definition and build the typed model."""
    check = _Checker(path)
    check.is_mapping(raw, "top level")
    raw = resolve(raw, path)
    for key in ("code", "title", "annex", "version", "source", "sections", "fields", "print"):
        check.has(raw, key, "top level")
    fields = {}
    check.is_list(raw["fields"], "fields")
    for index, spec in enumerate(raw["fields"]):
        where = f"fields[{index}]"
        built = _build_field(check, spec, where, field_types())
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
        sections.append(Section(spec["id"], spec["title"], tuple(spec["fields"]), Condition.of(spec.get("relevant_when")),
                                spec.get("help", "")))
    for field_id in fields:
        if field_id not in placed:
            check.fail(f"fields (id {field_id!r})", "field is in no section")
    for spec in raw["fields"]:
        for key in ("required_when", "relevant_when"):
            if spec.get(key) is not None:
                _check_condition(check, spec[key], f"fields (id {spec['id']!r}).{key}", fields)
    source = raw["source"]
    check.is_mapping(source, "source")
    for key in ("regulation", "gazette", "item", "in_force"):
        check.has(source, key, "source")
    in_force = _as_date(source["in_force"])
    if in_force is None:
        check.fail("source.in_force", f"{source['in_force']!r} is not a date (YYYY-MM-DD)")
    rules = tuple(raw.get("rules") or ())
    for index, spec in enumerate(rules):
        problem = check_rule_spec(spec, fields)
        if problem:
            check.fail(f"rules[{index}] ({spec.get('rule') if isinstance(spec, dict) else spec!r})", problem)
    problem = check_layout(raw["print"], fields)
    if problem:
        check.fail(f"print.{problem[0]}", problem[1])
    serial = raw.get("serial")
    if serial is not None:
        if not isinstance(serial, dict) or serial.get("field") not in fields or serial.get("office_field") not in fields:
            check.fail("serial", "needs field: FIELD (the serial number) and office_field: FIELD (the issuing office)")
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
    for where, problem in _schema_faults(raw)[:1]:
        check.fail(where, problem)
    written = tuple(Rule(str(spec["rule"]), {k: v for k, v in spec.items() if k != "rule"}) for spec in rules)
    return FormDefinition(
        code=str(raw["code"]),
        title=str(raw["title"]),
        annex=str(raw["annex"]),
        version=str(raw["version"]),
        source=Source(source["regulation"], source["gazette"], source["item"], in_force, source.get("legal_basis", "")),
        sections=tuple(sections),
        fields=fields,
        rules=written + implied_rules(fields, written),
        print_layout=build_layout(raw["print"]),
        title_fields=tuple(raw.get("title_fields") or ()),
        date_field=date_field,
        sample=raw.get("sample"),
        path=str(path),
        register=build_register(raw.get("register")),
        serial=Serial(str(serial["field"]), str(serial["office_field"])) if serial is not None else None,
        offer=build_offer(raw.get("offer")),
        derive=build_derive(raw.get("derive")),
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
        "codelist", "sort", "nature", "of",
    }
    for key in spec:
        if key not in known:
            check.fail(where, f"unknown key {key!r}")
    if spec["type"] not in allowed_types:
        check.fail(where, f"unknown type {spec['type']!r} (expected one of {', '.join(allowed_types)})")
    problem = nature_problem(spec, column=".columns[" in where)
    if problem:
        check.fail(where, problem)
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
        columns = tuple(_build_field(check, c, f"{where}.columns[{i}]", cell_types()) for i, c in enumerate(spec["columns"]))
        ids = [c.id for c in columns]
        if len(set(ids)) != len(ids):
            check.fail(where, "duplicate column id")
    if spec.get("sort") is not None:
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
        required_when=Condition.of(spec.get("required_when")),
        relevant_when=Condition.of(spec.get("relevant_when")),
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
        sort=TableSort(str(spec["sort"]["by"]), str(spec["sort"].get("order", "asc")), str(spec["sort"].get("note", "")))
        if spec.get("sort") else None,
        codelist=str(spec["codelist"]) if spec.get("codelist") else None,
        nature=spec.get("nature"),
        of=spec.get("of"),
    )


def load_codelist(definition_path: str | Path, name: str, where: str = "codelist") -> list[dict]:
    """Choices kept in `forms/codelists/<name>.yaml` (a list of {value, label}) beside the definitions."""
    path = Path(definition_path).parent / "codelists" / f"{name}.yaml"
    if Path(definition_path).parent.name == "archive":
        path = Path(definition_path).parent.parent / "codelists" / f"{name}.yaml"
    try:
        items = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DefinitionError(definition_path, where, f"code list {name!r} cannot be read from {path} ({exc})") from exc
    if not isinstance(items, list) or not all(isinstance(i, dict) and "value" in i and "label" in i for i in items):
        raise DefinitionError(path, "top level", "a code list is a list of {value, label}")
    return items


def _check_condition(check: "_Checker", condition: Any, where: str, fields: dict[str, Field]) -> None:
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


# --- checking a folder of definitions (`priloga check-forms`) -----------------------------------


def check_file(path: str | Path, pure_yaml: bool | None = None) -> list[DefinitionError]:
    """Every fault of one definition file: each place where it does not match the published JSON
    Schema, then the first fault the engine's checks find (none: an empty list)."""
    try:
        raw = resolve(read_definition_file(path, pure_yaml), path)
    except DefinitionError as exc:
        return [exc]
    problems = [DefinitionError(path, where, problem) for where, problem in schema_problems(raw)]
    try:
        build_definition(raw, path)
    except DefinitionError as exc:
        if not any(p.where == exc.where and p.problem == exc.problem for p in problems):
            problems.append(exc)
    return problems
