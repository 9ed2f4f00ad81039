"""Print block kinds of an A4 form: each kind declared once, with its parameters and their check.

A kind is a `BlockKind` (`register_block`): the keys it needs and may have, the keys that hold nested
blocks, and a check of its parameters run when a definition is loaded. The PDF renderer keeps one
renderer per kind (`app/export/pdf.py`, `@renders(KIND)`); `walk_blocks` and `block_fields` are the one
walk over the tree (layout checks, the renderer's messages, the signing place, tests).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from app.engine.model import Block, Field, walk_blocks
from app.engine.templating import template

Problem = tuple[str, str]  # (sub-place such as ".cells[2]", what is wrong)
Check = Callable[[Mapping[str, Any], dict[str, Field]], "Problem | None"]

ALIGNMENTS = ("left", "center", "right")


@dataclass(frozen=True)
class BlockKind:
    name: str
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    #: the kind's own check of its parameters (after the common one: keys, fields, template)
    check: Check | None = None
    #: keys whose value is a list of nested blocks
    nested: tuple[str, ...] = ()
    doc: str = ""


BLOCK_KINDS: dict[str, BlockKind] = {}


def register_block(kind: BlockKind) -> BlockKind:
    if kind.name in BLOCK_KINDS:
        raise ValueError(f"print block kind {kind.name!r} is declared twice")
    BLOCK_KINDS[kind.name] = kind
    return kind


def block_kind(name: str) -> BlockKind:
    return BLOCK_KINDS[name]


__all__ = ["BLOCK_KINDS", "Block", "BlockKind", "block_fields", "build_blocks", "check_blocks", "register_block",
           "walk_blocks"]


# --- the common check ---------------------------------------------------------------------------


def check_blocks(blocks: Any, fields: dict[str, Field], where: str) -> tuple[str, str] | None:
    """(where, problem) for the first fault in a list of blocks as written, or None."""
    for index, block in enumerate(blocks):
        here = f"{where}[{index}]"
        if not isinstance(block, dict) or block.get("kind") not in BLOCK_KINDS:
            return here, f"kind must be one of {', '.join(BLOCK_KINDS)}"
        kind = BLOCK_KINDS[block["kind"]]
        for key in kind.required:
            if key not in block:
                return here, f"{kind.name} needs {key!r}"
        for key in block:
            if key not in kind.required + kind.optional + ("kind",):
                return here, f"unknown key {key!r} for {kind.name}"
        for key in ("field", "reference_field"):
            if key in block and block[key] not in fields:
                return here, f"{key}: unknown field {block[key]!r}"
        for name in block.get("fields", []) if isinstance(block.get("fields", []), list) else [None]:
            if name not in fields:
                return here, f"fields: unknown field {name!r}"
        if "template" in block:
            try:
                template(block["template"])
            except Exception as exc:  # jinja's message names the fault
                return here, f"template: {exc}"
        if "sign_here" in block and not isinstance(block["sign_here"], bool):
            return here, "sign_here must be true or false"
        if "align" in block and block["align"] not in ALIGNMENTS + (("justify",) if kind.name == "text" else ()):
            return here, f"align must be one of {', '.join(ALIGNMENTS)}"
        for key in kind.nested:
            if not isinstance(block[key], list) or not block[key]:
                return here, f"{key} must be a non-empty list"
            problem = check_blocks(block[key], fields, f"{here}.{key}")
            if problem:
                return problem
        if kind.check is not None:
            problem = kind.check(block, fields)
            if problem:
                return here + problem[0], problem[1]
    return None


def build_blocks(blocks: list) -> tuple[Block, ...]:
    """The typed blocks of a checked list."""
    out = []
    for spec in blocks:
        kind = BLOCK_KINDS[spec["kind"]]
        args = {k: (build_blocks(v) if k in kind.nested else v) for k, v in spec.items() if k != "kind"}
        out.append(Block(kind.name, args))
    return tuple(out)


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def block_fields(block: Block, fields: Mapping[str, Any]) -> list[str]:
    """The fields a print block shows (its own and those of the blocks, cells and parts inside it)."""
    out: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key in ("field", "table", "reference_field") and isinstance(value, str):
                    out.append(value)
                elif key == "fields" and isinstance(value, list):
                    out.extend(v for v in value if isinstance(v, str))
                elif key == "template" and isinstance(value, str):
                    out.extend(_NAME.findall(value))
                else:
                    visit(value)
        elif isinstance(node, (list, tuple)):
            for item in node:
                visit(item)

    for each in walk_blocks((block,)):
        nested = BLOCK_KINDS[each.kind].nested
        visit({key: value for key, value in each.args.items() if key not in nested})
    return list(dict.fromkeys(name for name in out if name in fields))


def check_values(spec: Mapping[str, Any], fields: dict[str, Field]) -> str | None:
    """A problem with the `fields` / `template` a cell or blank shows, or None."""
    names = spec.get("fields", [])
    if not isinstance(names, list):
        return "fields must be a list of field ids"
    for name in names:
        if name not in fields:
            return f"fields: unknown field {name!r}"
    if "template" in spec:
        try:
            template(spec["template"])
        except Exception as exc:  # jinja's message names the fault
            return f"template: {exc}"
    return None


def _check_cells(cells: Any, keys: tuple[str, ...], needs: str, fields: dict[str, Field]) -> Problem | None:
    if not isinstance(cells, list) or not cells:
        return "", "cells must be a non-empty list"
    for index, cell in enumerate(cells):
        if not isinstance(cell, dict) or needs not in cell:
            return f".cells[{index}]", f"a cell is a mapping with a {needs}"
        for key in cell:
            if key not in keys:
                return f".cells[{index}]", f"unknown key {key!r} (expected {', '.join(keys)})"
        problem = check_values(cell, fields)
        if problem:
            return f".cells[{index}]", problem
    return None


def _table_of(block: Mapping[str, Any], fields: dict[str, Field]) -> Field | None:
    table = fields.get(block["table"])
    return table if table is not None and table.type == "table" else None


# --- the kinds ------------------------------------------------------------------------------------


def _check_table_columns(block, fields):
    table = _table_of(block, fields)
    if table is None:
        return "", f"table: {block['table']!r} is not a table field"
    column_ids = {c.id for c in table.columns}
    cells = block["columns"] if block["kind"] == "table" else [c for line in block["lines"] for c in line]
    for cell in cells:
        if cell.get("field") not in column_ids and not (block["kind"] == "table" and "template" in cell):
            return "", f"unknown column {cell.get('field')!r} of table {block['table']!r}"
    if block["kind"] == "table":
        # a column given as a `template` over its row instead of a `field` (e.g. "Obdobje odsotnosti
        # (od–do)" printed from four cells: dates and clock times)
        for index, column in enumerate(block["columns"]):
            if "template" in column:
                try:
                    template(column["template"])
                except Exception as exc:  # jinja's message names the fault
                    return f".columns[{index}]", f"template: {exc}"
    return None


PAIR_CELL_KEYS = ("label", "fields", "template", "sep", "width", "rule")
SLOT_KEYS = ("fields", "template", "sep", "width_mm")
CAPTION_CELL_KEYS = ("caption", "fields", "template", "sep", "width_mm")
STACKED_COLUMN_KEYS = ("header", "fields", "width")
GRID_CELL_KEYS = ("text", "label", "fields", "template", "sep", "bold", "align")


def _check_choice_boxes(block, fields):
    field = fields.get(block["field"])
    if field.type not in ("choice", "boolean"):
        return "", f"field: {block['field']!r} is not a choice or boolean field"
    known = [c.value for c in field.choices]
    for value in block.get("values", []):
        if value not in known:
            return "", f"values: {value!r} is not a choice of {block['field']!r}"
    return None


def _check_bullet(block, fields):
    if "field" in block and fields[block["field"]].type != "boolean":
        return "", f"field: {block['field']!r} is not a boolean field"
    return None


def _check_sentence(block, fields):
    parts = block["parts"]
    if not isinstance(parts, list) or not parts:
        return "", "parts must be a non-empty list of texts and blanks"
    for index, part in enumerate(parts):
        if isinstance(part, str):
            continue
        if not isinstance(part, dict):
            return f".parts[{index}]", "a part is a text or a blank {fields | template, width_mm}"
        for key in part:
            if key not in SLOT_KEYS:
                return f".parts[{index}]", f"unknown key {key!r} (expected {', '.join(SLOT_KEYS)})"
        problem = check_values(part, fields)
        if problem:
            return f".parts[{index}]", problem
    return None


def _check_answer(block, fields):
    if "value" in block and "field" not in block:
        return "", "value needs field"
    if "field" in block:
        field = fields[block["field"]]
        if field.type not in ("choice", "boolean"):
            return "", f"field: {block['field']!r} is not a choice or boolean field"
        if field.type == "choice" and str(block.get("value")) not in [c.value for c in field.choices]:
            return "", f"value: {block.get('value')!r} is not a choice of {block['field']!r}"
    if "caption" in block and "fields" not in block and "template" not in block:
        return "", "a caption belongs under a blank: give fields or template"
    if "marker" in block and ("fields" in block or "template" in block):
        return "", "a marker (1., 2., …) is for an answer without a blank"
    return None


def _check_stacked_table(block, fields):
    table = _table_of(block, fields)
    if table is None:
        return "", f"table: {block['table']!r} is not a table field"
    column_ids = {c.id for c in table.columns}
    columns = block["columns"]
    if not isinstance(columns, list) or not columns:
        return "", "columns must be a non-empty list"
    for index, column in enumerate(columns):
        where = f".columns[{index}]"
        if not isinstance(column, dict) or "header" not in column or "fields" not in column:
            return where, "a column needs header (one or two texts) and fields (one or two columns)"
        for key in column:
            if key not in STACKED_COLUMN_KEYS:
                return where, f"unknown key {key!r} (expected {', '.join(STACKED_COLUMN_KEYS)})"
        headers = column["header"] if isinstance(column["header"], list) else [column["header"]]
        if not 1 <= len(headers) <= 2 or not all(isinstance(h, str) for h in headers):
            return where, "header is one text or a list of two"
        names = column["fields"]
        if not isinstance(names, list) or not 1 <= len(names) <= 2:
            return where, "fields is a list of one or two columns"
        for name in names:
            if name not in column_ids:
                return where, f"unknown column {name!r} of table {block['table']!r}"
    return None


def _check_grid(block, fields):
    rows = block["rows"]
    if not isinstance(rows, list) or not rows or not all(isinstance(r, list) and r for r in rows):
        return "", "rows must be a non-empty list of non-empty rows of cells"
    width = len(block.get("widths") or rows[0])
    for r, row in enumerate(rows):
        if len(row) != width:
            return f".rows[{r}]", f"every row needs {width} cells"
        for c, cell in enumerate(row):
            where = f".rows[{r}][{c}]"
            if not isinstance(cell, dict):
                return where, "a cell is a mapping (or {} for an empty one)"
            for key in cell:
                if key not in GRID_CELL_KEYS:
                    return where, f"unknown key {key!r} (expected {', '.join(GRID_CELL_KEYS)})"
            problem = check_values(cell, fields)
            if problem:
                return where, problem
            if cell.get("align", "left") not in ALIGNMENTS:
                return where, f"align must be one of {', '.join(ALIGNMENTS)}"
    if "border" in block and not isinstance(block["border"], bool):
        return "", "border must be true or false"
    return None


for _kind in (
    BlockKind("annex_label", ("text",)),
    BlockKind("stamp", ("caption",), ("field",)),
    BlockKind("title", ("text",), ("subtitle",)),
    BlockKind("photo_beside", ("field", "beside", "caption"), ("reference_field", "width_mm", "height_mm"),
              nested=("beside",)),
    BlockKind("line", ("label",), ("fields", "template", "sep", "lines", "indent_mm")),
    BlockKind("heading", ("text",)),
    BlockKind("text", ("text",), ("size", "align", "bold")),
    BlockKind("repeat_lines", ("table", "rows", "lines"), ("markers",), check=_check_table_columns),
    BlockKind("table", ("table", "columns"), ("min_rows",), check=_check_table_columns),
    BlockKind("lines", ("fields",), ("lines", "template")),
    # `sign_here: true` marks the place of the official's (electronic) signature: the renderer reports
    # where it drew this block's rule and the signed PDF's visible signature box sits on it
    BlockKind("signature", ("label",), ("fields", "template", "sign_here")),
    BlockKind("notice", ("title", "paragraphs")),
    BlockKind("page_break"),
    BlockKind("spacer", (), ("mm",)),
    # label/value pairs sharing one ruled line: "Rojstni datum: ____ Državljanstvo: ____"
    BlockKind("pair_line", ("cells",), ("indent_mm",),
              check=lambda block, fields: _check_cells(block["cells"], PAIR_CELL_KEYS, "label", fields)),
    # every choice of a choice field (or one boolean) with a box: ☐ not chosen, ☒ chosen
    BlockKind("choice_boxes", ("field",), ("values", "text", "indent_mm"), check=_check_choice_boxes),
    # "– text"; with a boolean `field` the item is circled when true ("ustrezno obkrožiti")
    BlockKind("bullet", ("text",), ("field", "marker", "indent_mm"), check=_check_bullet),
    # running text with blanks filled in: ["… iz Republike Slovenije v", {fields: [x]}, "(država premestitve)."]
    BlockKind("sentence", ("parts",), ("indent_mm",), check=_check_sentence),
    # a value on a short rule with its caption under it: "______ / (organ, ki je sprejel vlogo)"
    BlockKind("caption_line", ("caption",), ("fields", "template", "width_mm", "align", "space_mm", "sign_here")),
    # blocks printed on one page together (e.g. a ticked reason with its attachments)
    BlockKind("keep_together", ("blocks",), nested=("blocks",)),
    # "DA ______" / "NE": a word circled when chosen ("obkrožite"), optionally followed by a ruled blank
    # with its caption under it; circled when `field` has `value` (a choice or boolean), else when the
    # blank's value is filled; without a blank it may be a numbered item ("1. kopija …", `marker: "1."`)
    BlockKind("answer", ("word",), ("field", "value", "fields", "template", "sep", "caption", "indent_mm", "marker"),
              check=_check_answer),
    # values on short rules side by side, each with its caption under it: "(kraj in datum)   (podpis …)"
    BlockKind("caption_row", ("cells",), ("space_mm",),
              check=lambda block, fields: _check_cells(block["cells"], CAPTION_CELL_KEYS, "caption", fields)),
    # a ruled table whose cells may hold two values one above the other (Priimek / Ime) divided by a thin
    # rule; continues on the next page with its header repeated, never dropping a row
    BlockKind("stacked_table", ("table", "columns"), ("min_rows",), check=_check_stacked_table),
    # a fixed table of label/value cells; `border: false` for an unruled one
    BlockKind("grid", ("rows",), ("widths", "border"), check=_check_grid),
    # a gazette footnote ("* neobvezno") at the foot of the page where the block falls
    BlockKind("footnote", ("text",)),
):
    register_block(_kind)
