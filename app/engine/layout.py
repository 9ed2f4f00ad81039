"""The print layout of a definition: its check (A4 blocks in app/engine/blocks.py, card items here) and
the text each field prints as."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.engine.blocks import BLOCK_KINDS, block_fields, build_blocks, check_blocks, walk_blocks  # noqa: F401
from app.engine.model import CardItem, Field, FormDefinition, PrintLayout
from app.engine.rules import Context, condition_holds
from app.engine.templating import block_text, join, template as _template  # noqa: F401
from app.engine.types import display, row_is_empty

#: print block kinds (app/engine/blocks.py): name → BlockKind
BLOCKS = BLOCK_KINDS


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
    for key in layout:
        if key not in ("page", "blocks", "running_header"):
            return key, f"unknown key {key!r} (expected page, running_header, blocks)"
    blocks = layout.get("blocks")
    if not isinstance(blocks, list) or not blocks:
        return "blocks", "must be a non-empty list"
    return check_blocks(blocks, fields, "blocks")


def build_layout(layout: dict) -> PrintLayout:
    """The typed `print` section of a checked definition."""
    if layout.get("page") == "card":
        return PrintLayout(page="card", front=tuple(CardItem(i["kind"], {k: v for k, v in i.items() if k != "kind"})
                                                    for i in layout["front"]),
                           back=tuple(CardItem(i["kind"], {k: v for k, v in i.items() if k != "kind"})
                                      for i in layout["back"]))
    return PrintLayout(page=str(layout.get("page", "A4")), blocks=build_blocks(layout["blocks"]),
                       running_header=tuple(str(line) for line in layout.get("running_header") or ()))


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


