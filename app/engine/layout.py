"""The print layout of a definition: its block kinds, their check, and the text each block shows."""

from __future__ import annotations

import functools
from typing import Any

from app.engine.definition import Field, FormDefinition
from app.engine.types import display, row_is_empty

#: block kind → (required keys, optional keys)
BLOCKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "annex_label": (("text",), ()),
    "stamp": (("caption",), ("field",)),
    "title": (("text",), ("subtitle",)),
    "photo_beside": (("field", "beside", "caption"), ("reference_field", "width_mm", "height_mm")),
    "line": (("label",), ("fields", "template", "sep", "lines", "indent_mm")),
    "heading": (("text",), ()),
    "text": (("text",), ("size",)),
    "repeat_lines": (("table", "rows", "lines"), ("markers",)),
    "table": (("table", "columns"), ("min_rows",)),
    "lines": (("fields",), ("lines", "template")),
    "signature": (("label",), ("fields", "template")),
    "notice": (("title", "paragraphs"), ()),
    "page_break": ((), ()),
    "spacer": ((), ("mm",)),
}


def check_layout(layout: Any, fields: dict[str, Field]) -> tuple[str, str] | None:
    """(where, problem) for the first fault in a `print` section, or None."""
    if not isinstance(layout, dict):
        return "", "must be a mapping"
    if layout.get("page", "A4") not in ("A4", "card"):
        return "page", "must be A4 or card"
    blocks = layout.get("blocks")
    if not isinstance(blocks, list) or not blocks:
        return "blocks", "must be a non-empty list"
    return _check_blocks(blocks, fields, "blocks")


def _check_blocks(blocks: list, fields: dict[str, Field], where: str) -> tuple[str, str] | None:
    for index, block in enumerate(blocks):
        here = f"{where}[{index}]"
        if not isinstance(block, dict) or block.get("kind") not in BLOCKS:
            return here, f"kind must be one of {', '.join(BLOCKS)}"
        required, optional = BLOCKS[block["kind"]]
        for key in required:
            if key not in block:
                return here, f"{block['kind']} needs {key!r}"
        for key in block:
            if key not in required + optional + ("kind",):
                return here, f"unknown key {key!r} for {block['kind']}"
        for key in ("field", "reference_field"):
            if key in block and block[key] not in fields:
                return here, f"{key}: unknown field {block[key]!r}"
        for name in block.get("fields", []) if isinstance(block.get("fields", []), list) else [None]:
            if name not in fields:
                return here, f"fields: unknown field {name!r}"
        if "template" in block:
            try:
                _template(block["template"])
            except Exception as exc:  # jinja's message names the fault
                return here, f"template: {exc}"
        if block["kind"] in ("table", "repeat_lines"):
            table = fields.get(block["table"])
            if table is None or table.type != "table":
                return here, f"table: {block['table']!r} is not a table field"
            column_ids = {c.id for c in table.columns}
            cells = block["columns"] if block["kind"] == "table" else [c for line in block["lines"] for c in line]
            for cell in cells:
                if cell.get("field") not in column_ids:
                    return here, f"unknown column {cell.get('field')!r} of table {block['table']!r}"
        if block["kind"] == "photo_beside":
            problem = _check_blocks(block["beside"], fields, f"{here}.beside")
            if problem:
                return problem
    return None


def display_values(definition: FormDefinition, data: dict) -> dict[str, Any]:
    """Every field as the text it prints as; a table as a list of its filled rows (each a dict of text)."""
    out: dict[str, Any] = {}
    for field in definition.fields.values():
        value = data.get(field.id)
        if field.type == "table":
            rows = value if isinstance(value, list) else []
            out[field.id] = [
                {c.id: display(c, row.get(c.id)) for c in field.columns}
                for row in rows
                if isinstance(row, dict) and not row_is_empty(row)
            ]
        else:
            out[field.id] = display(field, value)
    return out


def join(sep: str, *parts: Any) -> str:
    """Join the non-empty parts with `sep` (templates use it to avoid ', , ')."""
    return sep.join(str(p).strip() for p in parts if p is not None and str(p).strip())


@functools.lru_cache(maxsize=256)
def _template(source: str):
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(autoescape=False, keep_trailing_newline=False)
    env.globals["join"] = join
    return env.from_string(source)


def block_text(block: dict, values: dict[str, Any]) -> str:
    """The filled-in text of a line, lines or signature block ('' when nothing is filled)."""
    if "template" in block:
        return " ".join(_template(block["template"]).render(**values).split())
    return join(block.get("sep", ", "), *(values.get(name, "") for name in block.get("fields", [])))
