"""Repeat tables kept in a prescribed order (`sort:` of a table field).

A definition may say in which order a table's rows stand on the form, e.g. the children of Priloga 2
of the Uredba (Uradni list RS, št. 55/2025) "v vrstnem redu od najmlajšega do najstarejšega":

    - id: children
      type: table
      sort: {by: emso, order: desc, note: "Otroci so razvrščeni od najmlajšega do najstarejšega (…)"}

`by` is a column; its rows are compared by the value that column means: a date column by the date,
an EMŠO column by the date of birth the EMŠO holds, a number column by the number, any other
column by its text (case-insensitive). `order` is `asc` (default) or `desc`. Rows whose key is not
known yet (the column empty or not valid) keep their place relative to each other after the rows
that have one; blank rows go last. `app.engine.validate.normalize` sorts such tables, the rule
`rows_sorted` warns when stored rows are not in this order, and the UI shows `note` by the table.
"""

from __future__ import annotations

from typing import Any

from app.engine.model import Field
from app.engine.types import emso_birth_date, field_type, is_empty, row_is_empty  # noqa: F401 - emso_birth_date lived here

SORT_ORDERS = ("asc", "desc")


def sort_spec(table: Field) -> dict | None:
    """The table's `sort` option ({by, order, note}) or None."""
    return getattr(table, "sort", None) or None


def sort_key(column: Field, value: Any) -> Any:
    """What a cell of `column` is compared by, or None when it is not known (empty, not valid)."""
    if is_empty(value):
        return None
    return field_type(column.type).sort_key(column, value)


def _keyed(table: Field, rows: list, by: str) -> list[tuple[int, Any]]:
    column = table.column(by)
    return [(i, sort_key(column, row.get(by)) if isinstance(row, dict) else None) for i, row in enumerate(rows)]


def sorted_rows(table: Field, rows: Any, by: str | None = None, order: str | None = None) -> Any:
    """`rows` in the table's prescribed order (a new list; rows themselves untouched). Rows with no
    key keep their relative place after the keyed ones, blank rows go last; not a list: unchanged."""
    spec = sort_spec(table) or {}
    by = by or spec.get("by")
    order = order or spec.get("order", "asc")
    if not by or not isinstance(rows, list):
        return rows
    keyed = _keyed(table, rows, by)
    known = [(i, k) for i, k in keyed if k is not None]
    known.sort(key=lambda item: item[1], reverse=order == "desc")  # stable also when reversed
    blank = [i for i, _ in keyed if isinstance(rows[i], dict) and row_is_empty(rows[i])]
    unknown = [i for i, k in keyed if k is None and i not in blank]
    return [rows[i] for i in [i for i, _ in known] + unknown + blank]


def first_out_of_order(table: Field, rows: Any, by: str | None = None, order: str | None = None) -> tuple[int, int] | None:
    """(index, index of the row it must stand before) for the first row out of the prescribed order,
    comparing only rows whose key is known; None when they are in order."""
    spec = sort_spec(table) or {}
    by = by or spec.get("by")
    order = order or spec.get("order", "asc")
    if not by or not isinstance(rows, list):
        return None
    previous: tuple[int, Any] | None = None
    for index, key in _keyed(table, rows, by):
        if key is None:
            continue
        if previous is not None and (key < previous[1] if order == "asc" else key > previous[1]):
            return index, previous[0]
        previous = (index, key)
    return None


def check_sort_spec(spec: Any, table_spec: dict) -> str | None:
    """A problem with a table's `sort` option as written in a definition, or None."""
    if not isinstance(spec, dict) or "by" not in spec:
        return "sort needs {by: COLUMN, order: asc|desc, note: TEXT}"
    for key in spec:
        if key not in ("by", "order", "note"):
            return f"sort: unknown key {key!r} (expected by, order, note)"
    columns = [c.get("id") for c in table_spec.get("columns") or () if isinstance(c, dict)]
    if spec["by"] not in columns:
        return f"sort.by: {spec['by']!r} is not a column of this table"
    if spec.get("order", "asc") not in SORT_ORDERS:
        return "sort.order must be asc or desc"
    if "note" in spec and not isinstance(spec["note"], str):
        return "sort.note must be text"
    return None
