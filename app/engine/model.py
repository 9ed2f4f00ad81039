"""The typed form model: every section of a form definition as frozen dataclasses.

This module only describes a definition; it imports none of the checkers (rules, layout, prefill,
tables). `app.engine.definition` loads a file, checks it against the published JSON Schema
(`forms/definition.schema.json`) and the engine's registries, and builds these objects.

Sections whose parameters depend on a kind (a rule's parameters, a print block's keys) keep their
kind-specific parameters in `params` — checked at load by the kind's registered spec — and read
like a mapping (`block["text"]`, `"fields" in block`, `rule.get("cite")`), so a renderer or a rule
function reads them by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field as dc_field
from typing import Any, Iterator


class _Params(Mapping):
    """Mapping access to a spec's parameters (`params` of the dataclass)."""

    params: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.params)

    def __len__(self) -> int:
        return len(self.params)


# --- conditions ---------------------------------------------------------------------------------

CONDITION_OPS = ("minor", "filled", "equals", "not", "all", "any")


@dataclass(frozen=True, eq=False)
class Condition(_Params):
    """A `relevant_when` / `required_when` condition: one operator and its argument, e.g.
    {minor: {birth: birth_date, at: date}}, {filled: FIELD}, {equals: {field: F, value: V}},
    {not: C}, {all: [C, …]}, {any: [C, …]}. For not/all/any the argument is Condition(s)."""

    op: str
    arg: Any

    @property
    def params(self) -> Mapping[str, Any]:
        return {self.op: self.arg}

    @classmethod
    def of(cls, spec: Any) -> "Condition | None":
        """The condition written as `spec` (a mapping with one operator), or None for None."""
        if spec is None or isinstance(spec, Condition):
            return spec
        ((op, arg),) = spec.items()
        if op == "not":
            arg = cls.of(arg)
        elif op in ("all", "any"):
            arg = tuple(cls.of(c) for c in arg)
        return cls(op, arg)

    def fields(self) -> set[str]:
        """The field ids this condition reads."""
        if self.op == "minor":
            return {v for k, v in self.arg.items() if k in ("birth", "at")}
        if self.op == "filled":
            return {self.arg}
        if self.op == "equals":
            return {self.arg["field"]}
        if self.op == "not":
            return self.arg.fields()
        return set().union(*(c.fields() for c in self.arg))


# --- fields and sections -----------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableSort:
    """A table's prescribed row order (app/engine/tables.py)."""

    by: str
    order: str = "asc"
    note: str = ""

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default) if key in ("by", "order", "note") else default

    def __getitem__(self, key: str) -> Any:
        if key not in ("by", "order", "note"):
            raise KeyError(key)
        return getattr(self, key)


@dataclass(frozen=True)
class Field:
    """One field of a form, or one column of a repeat table."""

    id: str
    type: str
    label: str
    help: str = ""
    required: bool = False
    required_when: Condition | None = None
    relevant_when: Condition | None = None
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
    sort: TableSort | None = None
    #: the code list the choices come from (forms/codelists/<name>.yaml), which a station may extend
    codelist: str | None = None
    #: a date's nature (app/engine/natures.py): birth, entry, issued, expiry, signed, plain, …
    nature: str | None = None
    #: the person or document a top-level date belongs to (default: the form's person)
    of: str | None = None

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
    relevant_when: Condition | None = None
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


# --- rules -------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Rule(_Params):
    """One entry of `rules:`: a registered rule (app/engine/rules.py) and its parameters. Reads as
    the mapping it was written as ({rule: NAME, PARAM: VALUE, …})."""

    name: str
    args: Mapping[str, Any] = dc_field(default_factory=dict)
    #: implied by the fields' date natures (app/engine/natures.py), not written in the definition
    implied: bool = False

    @property
    def params(self) -> Mapping[str, Any]:
        return {"rule": self.name, **self.args}

    @property
    def cite(self) -> str:
        return str(self.args.get("cite", ""))

    @property
    def severity(self) -> str | None:
        return self.args.get("severity")


# --- print layout ------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Block(_Params):
    """One print block: its kind (a registered block kind, app/engine/blocks.py) and its parameters.
    Nested blocks (keep_together's `blocks`, photo_beside's `beside`) are Blocks too."""

    kind: str
    args: Mapping[str, Any] = dc_field(default_factory=dict)

    @property
    def params(self) -> Mapping[str, Any]:
        return {"kind": self.kind, **self.args}

    def children(self) -> tuple["Block", ...]:
        """The blocks drawn inside this one."""
        return tuple(b for key in ("beside", "blocks") for b in self.args.get(key) or () if isinstance(b, Block))

    @property
    def sign_here(self) -> bool:
        return self.args.get("sign_here") is True


@dataclass(frozen=True, eq=False)
class CardItem(_Params):
    """One item of a card layout (text, label, field or photo in a box on the card)."""

    kind: str
    args: Mapping[str, Any] = dc_field(default_factory=dict)

    @property
    def params(self) -> Mapping[str, Any]:
        return {"kind": self.kind, **self.args}


@dataclass(frozen=True)
class PrintLayout:
    """The `print` section: an A4 form's blocks (and running header), or a card's two sides."""

    page: str = "A4"
    blocks: tuple[Block, ...] = ()
    running_header: tuple[str, ...] = ()
    front: tuple[CardItem, ...] = ()
    back: tuple[CardItem, ...] = ()

    @property
    def is_card(self) -> bool:
        return self.page == "card"

    def get(self, key: str, default: Any = None) -> Any:
        """Read like the mapping it was written as (`layout.get("page")`)."""
        value = getattr(self, key, None) if key in ("page", "blocks", "running_header", "front", "back") else None
        return default if value in (None, ()) else value

    def __getitem__(self, key: str) -> Any:
        if key not in ("page", "blocks", "running_header", "front", "back"):
            raise KeyError(key)
        value = getattr(self, key)
        return list(value) if isinstance(value, tuple) else value

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __bool__(self) -> bool:
        return True


def walk_blocks(blocks: tuple[Block, ...] | list[Block]) -> Iterator[Block]:
    """Every block, depth first, with the blocks drawn inside it after it."""
    for block in blocks:
        yield block
        yield from walk_blocks(block.children())


# --- register, serial, offer, derive -----------------------------------------------------------


@dataclass(frozen=True)
class RegisterTable:
    """How a table of the form fills from the register: its linked persons or the person's documents."""

    columns: Mapping[str, str]
    link: str | None = None
    documents: bool = False
    kinds: tuple[str, ...] = ()
    relationship: tuple[str, ...] = ()
    except_relationship: tuple[str, ...] = ()
    accompanies_minor: bool | None = None

    def get(self, key: str, default: Any = None) -> Any:
        value = getattr(self, key, None)
        return default if value in (None, (), False) else value

    def __getitem__(self, key: str) -> Any:
        if key not in self.__dataclass_fields__:
            raise KeyError(key)
        return getattr(self, key)


@dataclass(frozen=True)
class LinkFields:
    """Single fields filled from the first relative of the given relationships."""

    relationship: tuple[str, ...]
    fields: Mapping[str, str]
    kinds: tuple[str, ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        value = getattr(self, key, None)
        return default if value in (None, ()) else value

    def __getitem__(self, key: str) -> Any:
        if key not in self.__dataclass_fields__:
            raise KeyError(key)
        return getattr(self, key)


@dataclass(frozen=True)
class RegisterMapping:
    """The `register` section: which fields fill from (and correct) the register of persons."""

    person: Mapping[str, str] = dc_field(default_factory=dict)
    relative: Mapping[str, str] = dc_field(default_factory=dict)
    legal_representative: Mapping[str, str] = dc_field(default_factory=dict)
    tables: Mapping[str, RegisterTable] = dc_field(default_factory=dict)
    link_fields: tuple[LinkFields, ...] = ()


@dataclass(frozen=True)
class Serial:
    """The form carries a serial number (`field`) issued per office (`office_field`)."""

    field: str
    office_field: str

    def __getitem__(self, key: str) -> str:
        if key not in ("field", "office_field"):
            raise KeyError(key)
        return getattr(self, key)


@dataclass(frozen=True)
class Offer:
    """The form is offered for a person of these register statuses (`once`: only if none is filed yet)."""

    person_status: tuple[str, ...]
    once: bool = False


@dataclass(frozen=True)
class Derive:
    """Fields filled from a form this one is issued from (`from` a source code, `when` its data holds)."""

    source: str
    fields: Mapping[str, str]
    when: Condition | None = None


# --- the definition ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FormDefinition:
    code: str
    title: str
    annex: str
    version: str
    source: Source
    sections: tuple[Section, ...]
    fields: dict[str, Field]
    rules: tuple[Rule, ...]
    print_layout: PrintLayout
    title_fields: tuple[str, ...] = ()
    date_field: str | None = None
    sample: dict | None = None
    path: str = ""
    register: RegisterMapping = dc_field(default_factory=RegisterMapping)
    serial: Serial | None = None
    offer: Offer | None = None
    derive: tuple[Derive, ...] = ()

    def field(self, field_id: str) -> Field:
        return self.fields[field_id]

    def section_of(self, field_id: str) -> Section:
        for section in self.sections:
            if field_id in section.fields:
                return section
        raise KeyError(field_id)

    def tables(self) -> list[Field]:
        return [f for f in self.fields.values() if f.type == "table"]

    def blocks(self) -> Iterator[Block]:
        """Every print block of an A4 layout, nested ones included (see walk_blocks)."""
        return walk_blocks(self.print_layout.blocks)
