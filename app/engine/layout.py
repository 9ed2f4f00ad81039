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
    "text": (("text",), ("size", "align", "bold")),
    "repeat_lines": (("table", "rows", "lines"), ("markers",)),
    "table": (("table", "columns"), ("min_rows",)),
    "lines": (("fields",), ("lines", "template")),
    # `sign_here: true` marks the place of the official's (electronic) signature: the signed PDF's
    # visible signature box sits on this block's rule (app/export/signing.py finds it by the label)
    "signature": (("label",), ("fields", "template", "sign_here")),
    "notice": (("title", "paragraphs"), ()),
    "page_break": ((), ()),
    "spacer": ((), ("mm",)),
    # label/value pairs sharing one ruled line: "Rojstni datum: ____ Državljanstvo: ____"
    "pair_line": (("cells",), ("indent_mm",)),
    # every choice of a choice field (or one boolean) with a box: ☐ not chosen, ☒ chosen
    "choice_boxes": (("field",), ("values", "text", "indent_mm")),
    # "– text"; with a boolean `field` the item is circled when true ("ustrezno obkrožiti")
    "bullet": (("text",), ("field", "marker", "indent_mm")),
    # running text with blanks filled in: ["… iz Republike Slovenije v", {fields: [x]}, "(država premestitve)."]
    "sentence": (("parts",), ("indent_mm",)),
    # a value on a short rule with its caption under it: "______ / (organ, ki je sprejel vlogo)"
    "caption_line": (("caption",), ("fields", "template", "width_mm", "align", "space_mm", "sign_here")),
    # blocks printed on one page together (e.g. a ticked reason with its attachments)
    "keep_together": (("blocks",), ()),
}

ALIGNMENTS = ("left", "center", "right")
#: keys a pair_line cell / a sentence blank may have
CELL_KEYS = ("label", "fields", "template", "sep", "width", "rule")
SLOT_KEYS = ("fields", "template", "sep", "width_mm")


#: A card's size in mm (width, height): 91 x 60 mm, 7. člen (2) of the Pravilnik, Uradni list RS, št. 55/2025.
CARD_SIZE_MM = (91.0, 60.0)
#: the sides of a card layout, in print order
CARD_SIDES = ("front", "back")
#: card item kind → (required keys, optional keys). Every item is a box placed on its side of the card:
#: x_mm / y_mm its top-left corner measured from the card's top-left corner, w_mm / h_mm its size.
#: `text` is fixed wording (a title), `label` the printed label of a field (fixed wording too),
#: `field` a value (shrunk to fit w_mm, wrapped into h_mm if it must; `values` maps stored values to
#: printed text, e.g. {Z: Ž/F}), `photo` the picture scaled exactly into its box.
CARD_ITEMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "text": (("text", "x_mm", "y_mm", "w_mm"), ("h_mm", "size", "bold", "align")),
    "label": (("text", "x_mm", "y_mm", "w_mm"), ("h_mm", "size", "bold", "align")),
    "field": (("field", "x_mm", "y_mm", "w_mm"), ("h_mm", "size", "min_size", "bold", "align", "values")),
    "photo": (("field", "x_mm", "y_mm", "w_mm", "h_mm"), ("caption",)),
}
CARD_ALIGN = ("left", "center", "right")
CARD_SIZE_RANGE = (3.0, 24.0)  # pt: a card's type is never smaller or larger than this
CARD_DEFAULT_SIZE = 8.0  # pt, when an item gives no size
CARD_LINE_FACTOR = 1.2  # the height (h_mm) a text item takes when none is given: size x this


def check_layout(layout: Any, fields: dict[str, Field]) -> tuple[str, str] | None:
    """(where, problem) for the first fault in a `print` section, or None."""
    if not isinstance(layout, dict):
        return "", "must be a mapping"
    if layout.get("page", "A4") not in ("A4", "card"):
        return "page", "must be A4 or card"
    if layout.get("page") == "card":
        return _check_card(layout, fields)
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
                if cell.get("field") not in column_ids and not (block["kind"] == "table" and "template" in cell):
                    return here, f"unknown column {cell.get('field')!r} of table {block['table']!r}"
        if block["kind"] == "photo_beside":
            problem = _check_blocks(block["beside"], fields, f"{here}.beside")
            if problem:
                return problem
        if block["kind"] == "keep_together":
            if not isinstance(block["blocks"], list) or not block["blocks"]:
                return here, "blocks must be a non-empty list"
            problem = _check_blocks(block["blocks"], fields, f"{here}.blocks")
            if problem:
                return problem
        problem = _check_new_kinds(block, fields) or _check_up6_kinds(block, fields)
        if problem:
            return here + problem[0], problem[1]
        problem = _check_up_kinds(block, fields)  # UP-1 … UP-5 kinds, at the end of this file
        if problem:
            return here + problem[0], problem[1]
    return None


def _check_values(spec: dict, fields: dict[str, Field]) -> str | None:
    """A problem with the `fields` / `template` a cell or blank shows, or None."""
    names = spec.get("fields", [])
    if not isinstance(names, list):
        return "fields must be a list of field ids"
    for name in names:
        if name not in fields:
            return f"fields: unknown field {name!r}"
    if "template" in spec:
        try:
            _template(spec["template"])
        except Exception as exc:  # jinja's message names the fault
            return f"template: {exc}"
    return None


def _check_new_kinds(block: dict, fields: dict[str, Field]) -> tuple[str, str] | None:
    """(sub-place, problem) for pair_line, choice_boxes, bullet, sentence, caption_line and text options."""
    kind = block["kind"]
    if "sign_here" in block and not isinstance(block["sign_here"], bool):
        return "", "sign_here must be true or false"
    if "align" in block and block["align"] not in ALIGNMENTS + (("justify",) if kind == "text" else ()):
        return "", f"align must be one of {', '.join(ALIGNMENTS)}"
    if kind == "pair_line":
        cells = block["cells"]
        if not isinstance(cells, list) or not cells:
            return "", "cells must be a non-empty list"
        for index, cell in enumerate(cells):
            if not isinstance(cell, dict) or "label" not in cell:
                return f".cells[{index}]", "a cell is a mapping with a label"
            for key in cell:
                if key not in CELL_KEYS:
                    return f".cells[{index}]", f"unknown key {key!r} (expected {', '.join(CELL_KEYS)})"
            problem = _check_values(cell, fields)
            if problem:
                return f".cells[{index}]", problem
    elif kind == "choice_boxes":
        field = fields.get(block["field"])
        if field.type not in ("choice", "boolean"):
            return "", f"field: {block['field']!r} is not a choice or boolean field"
        known = [c.value for c in field.choices]
        for value in block.get("values", []):
            if value not in known:
                return "", f"values: {value!r} is not a choice of {block['field']!r}"
    elif kind == "bullet":
        if "field" in block and fields[block["field"]].type != "boolean":
            return "", f"field: {block['field']!r} is not a boolean field"
    elif kind == "sentence":
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
            problem = _check_values(part, fields)
            if problem:
                return f".parts[{index}]", problem
    return None


def _check_card(layout: dict, fields: dict[str, Field]) -> tuple[str, str] | None:
    """A card layout: `front` and `back`, each a non-empty list of items that lie inside the card."""
    for key in layout:
        if key not in ("page",) + CARD_SIDES:
            return key, f"unknown key {key!r} for a card (expected page, {', '.join(CARD_SIDES)})"
    width, height = CARD_SIZE_MM
    for side in CARD_SIDES:
        items = layout.get(side)
        if not isinstance(items, list) or not items:
            return side, "must be a non-empty list of card items"
        for index, item in enumerate(items):
            here = f"{side}[{index}]"
            if not isinstance(item, dict) or item.get("kind") not in CARD_ITEMS:
                return here, f"kind must be one of {', '.join(CARD_ITEMS)}"
            kind = item["kind"]
            required, optional = CARD_ITEMS[kind]
            for key in required:
                if key not in item:
                    return here, f"{kind} needs {key!r}"
            for key in item:
                if key not in required + optional + ("kind",):
                    return here, f"unknown key {key!r} for {kind}"
            for key in ("x_mm", "y_mm", "w_mm", "h_mm", "size", "min_size"):
                if key in item and (isinstance(item[key], bool) or not isinstance(item[key], (int, float))):
                    return here, f"{key} must be a number"
            for key in ("w_mm", "h_mm"):
                if key in item and item[key] <= 0:
                    return here, f"{key} must be greater than 0"
            for key in ("size", "min_size"):
                if key in item and not CARD_SIZE_RANGE[0] <= item[key] <= CARD_SIZE_RANGE[1]:
                    return here, f"{key} must be between {CARD_SIZE_RANGE[0]:g} and {CARD_SIZE_RANGE[1]:g} pt"
            if "min_size" in item and item["min_size"] > item.get("size", item["min_size"]):
                return here, "min_size must not be larger than size"
            if item.get("align", "left") not in CARD_ALIGN:
                return here, f"align must be one of {', '.join(CARD_ALIGN)}"
            if "bold" in item and not isinstance(item["bold"], bool):
                return here, "bold must be true or false"
            box_height = item.get("h_mm", card_item_height_mm(item))
            if item["x_mm"] < 0 or item["y_mm"] < 0 or item["x_mm"] + item["w_mm"] > width + 1e-9 \
                    or item["y_mm"] + box_height > height + 1e-9:
                return here, f"the item ({item['x_mm']:g}, {item['y_mm']:g}, {item['w_mm']:g} x {box_height:g} mm) " \
                             f"does not lie inside the {width:g} x {height:g} mm card"
            if kind in ("text", "label") and (not isinstance(item["text"], str) or not item["text"].strip()):
                return here, "text must be non-empty text"
            if kind in ("field", "photo"):
                field = fields.get(item["field"])
                if field is None:
                    return here, f"field: unknown field {item['field']!r}"
                if kind == "photo" and field.type != "photo":
                    return here, f"field: {item['field']!r} is not a photo field"
                if kind == "field" and field.type in ("photo", "table"):
                    return here, f"field: a {field.type} field cannot be printed as text on a card"
            if "values" in item:
                values = item["values"]
                if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
                    return here, "values must map stored values to printed text"
                field = fields[item["field"]]
                if field.type == "choice":
                    missing = [c.value for c in field.choices if c.value not in {str(k) for k in values}]
                    if missing:
                        return here, f"values: no printed text for {', '.join(missing)}"
    return None


def card_item_height_mm(item: dict) -> float:
    """The height of a card item's box: its h_mm, else one line of its type size."""
    if "h_mm" in item:
        return float(item["h_mm"])
    return float(item.get("size", CARD_DEFAULT_SIZE)) * CARD_LINE_FACTOR * 25.4 / 72


def display_values(definition: FormDefinition, data: dict) -> dict[str, Any]:
    """Every field as the text it prints as; a table as a list of its filled rows (each a dict of text).

    A value kept for a part that does not apply (e.g. the attachments of the reason not chosen)
    prints blank: the paper shows what the form says, not what was typed and then left behind."""
    import datetime as dt

    from app.engine.rules import Context, condition_holds

    ctx = Context(definition, data, dt.date.today())
    hidden = {f for s in definition.sections if not condition_holds(s.relevant_when, ctx) for f in s.fields}
    hidden |= {f.id for f in definition.fields.values() if not condition_holds(f.relevant_when, ctx)}
    out: dict[str, Any] = {}
    for field in definition.fields.values():
        value = None if field.id in hidden else data.get(field.id)
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


# --- UP-1 … UP-5 ---------------------------------------------------------------------------------
# Block kinds of the Uredba's forms (Uradni list RS, št. 55/2025, item 2257):
#   answer        "DA ______" / "NE": a word circled when chosen ("obkrožite"), optionally followed by a
#                 ruled blank with its caption under it; circled when `field` has `value` (a choice or
#                 boolean), else when the blank's value is filled; without a blank it may be a numbered
#                 item ("1. kopija …", `marker: "1."`) whose text hangs after the marker and is circled
#   caption_row   values on short rules side by side, each with its caption under it:
#                 "(kraj in datum)            (podpis vlagatelja/skrbnika)"
#   stacked_table a ruled table whose cells may hold two values one above the other (Priimek / Ime,
#                 EMŠO / Davčna številka) divided by a thin rule; continues on the next page with its
#                 header repeated, never dropping a row
#   grid          a fixed table of label/value cells (e.g. a landlord who is a natural or a legal
#                 person, side by side); `border: false` for an unruled one
#   footnote      a gazette footnote ("* neobvezno") at the foot of the page where the block falls

BLOCKS.update({
    "answer": (("word",), ("field", "value", "fields", "template", "sep", "caption", "indent_mm", "marker")),
    "caption_row": (("cells",), ("space_mm",)),
    "stacked_table": (("table", "columns"), ("min_rows",)),
    "grid": (("rows",), ("widths", "border")),
    "footnote": (("text",), ()),
})
#: keys of a caption_row cell, a stacked_table column and a grid cell
CAPTION_CELL_KEYS = ("caption", "fields", "template", "sep", "width_mm")
STACKED_COLUMN_KEYS = ("header", "fields", "width")
GRID_CELL_KEYS = ("text", "label", "fields", "template", "sep", "bold", "align")


def _check_up_kinds(block: dict, fields: dict[str, Field]) -> tuple[str, str] | None:
    """(sub-place, problem) for answer, caption_row, stacked_table, grid and footnote."""
    kind = block["kind"]
    if kind == "answer":
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
    elif kind == "caption_row":
        cells = block["cells"]
        if not isinstance(cells, list) or not cells:
            return "", "cells must be a non-empty list"
        for index, cell in enumerate(cells):
            if not isinstance(cell, dict) or "caption" not in cell:
                return f".cells[{index}]", "a cell is a mapping with a caption"
            for key in cell:
                if key not in CAPTION_CELL_KEYS:
                    return f".cells[{index}]", f"unknown key {key!r} (expected {', '.join(CAPTION_CELL_KEYS)})"
            problem = _check_values(cell, fields)
            if problem:
                return f".cells[{index}]", problem
    elif kind == "stacked_table":
        table = fields.get(block["table"])
        if table is None or table.type != "table":
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
    elif kind == "grid":
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
                problem = _check_values(cell, fields)
                if problem:
                    return where, problem
                if cell.get("align", "left") not in ALIGNMENTS:
                    return where, f"align must be one of {', '.join(ALIGNMENTS)}"
        if "border" in block and not isinstance(block["border"], bool):
            return "", "border must be true or false"
    return None


# --- UP-6 … UP-9, HR-1 … HR-4 ---------------------------------------------------------------------


def _check_up6_kinds(block: dict, fields: dict[str, Field]) -> tuple[str, str] | None:
    """(sub-place, problem) for a table column given as a `template` over its row instead of a `field`
    (e.g. "Obdobje odsotnosti (od–do)" printed from four cells: dates and clock times)."""
    if block["kind"] == "table":
        for index, column in enumerate(block["columns"]):
            if "template" in column:
                try:
                    _template(column["template"])
                except Exception as exc:  # jinja's message names the fault
                    return f".columns[{index}]", f"template: {exc}"
    return None
