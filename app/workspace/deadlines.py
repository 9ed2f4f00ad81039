"""What is due (*Roki*): one list per person and form, each with its rule and article; the periods are
settings (`deadline.<name>`) with defaults from the regulations (app.engine.deadlines). No Qt."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from app.engine import deadlines as _engine
from app.engine.deadlines import DEFAULTS, KINDS, SETTING_LABELS, STATE_LABELS, Due  # noqa: F401
from app.engine.dates import parse_date
from app.store import due as _due
from app.store.db import write as _db_write
from app.store import statistics as _store

SETTING_PREFIX = "deadline."


class DeadlineCases:
    """Deadline use cases of the Workspace (mixed into app.workspace.core.Workspace)."""

    def deadline_settings(self) -> dict[str, str]:
        """Every period as set (defaults where not set)."""
        return _engine.periods({k: self.settings.get(SETTING_PREFIX + k) for k in DEFAULTS})

    def set_deadline_setting(self, name: str, value: str) -> None:
        """Change a period (an administrator's); a wrong value is refused naming the setting."""
        self.require("settings")
        if name not in DEFAULTS:
            raise ValueError(f"neznana nastavitev roka »{name}«; mogoče: {', '.join(DEFAULTS)}")
        value = str(value).strip()
        if name == "protection_until":
            day = parse_date(value)
            value = day.isoformat() if day else value
        _engine.periods({name: value})  # raises with the setting's name
        self.settings.set(SETTING_PREFIX + name, value)

    def deadlines(self, today: dt.date | None = None) -> list[Due]:
        """Everything due or coming on `today`, soonest first; retention periods reached are included for
        those who may erase (a supervisor or an administrator)."""
        return list(self.deadline_list(today))

    def deadline_list(self, today: dt.date | None = None, order: str = "due", descending: bool = False) -> "DueList":
        """The same as `deadlines`, as a list read a page at a time from the kept deadlines (app.store.due):
        its length and the overdue count at once, the rows when they are shown. `order`: due (the day due,
        then kind and name), name, family or kind."""
        self.require("fill")
        today = today or dt.date.today()
        periods = self.deadline_settings()
        _due.refresh(self.db, periods, lambda owners: _engine.find(_store.deadline_rows(self.db, owners), None, periods),
                     _db_write)
        extras = []
        if self.can("retention"):
            for item in self.retention_due(today):
                person = item.id if item.kind in ("person_ended", "person_inactive") else None
                draft = item.id if item.kind in ("form_unlinked", "draft_unlinked") else None
                extras.append(Due(_engine.RETENTION, item.due_since, item.due_since, item.name, person, draft,
                                  period=item.reason))
        return DueList(self.db, today, extras, order, descending)

    def mark_eurodac_sent(self, person_id: str, day: dt.date | None) -> None:
        """Record the day the person's data was transmitted to Eurodac (None: not transmitted)."""
        self.require("fill")
        _store.set_eurodac_sent(self.db, person_id, day)


def _key(item: Due, order: str) -> tuple:
    """An item's values of the columns app.store.due orders by (to place items not kept there)."""
    due = item.due_on.isoformat()
    return {"due": (due, item.kind, item.name), "name": (item.name, due), "family": (item.family_name, item.family or "", due),
            "kind": (item.kind, due)}[order]


class DueList(Sequence):
    """The deadlines listed on a day, in an order, read from the kept table a page at a time; items kept
    elsewhere (retention periods reached, few) are placed where the order puts them."""

    PAGE = 200

    def __init__(self, db, today: dt.date, extras: list[Due], order: str = "due", descending: bool = False,
                 counts: tuple[int, int] | None = None):
        if order not in _due.ORDERS:
            raise ValueError(f"unknown order {order!r}; known: {', '.join(_due.ORDERS)}")
        self.db, self.today, self.order, self.descending = db, today, order, descending
        self.extras = sorted(extras, key=lambda d: _key(d, order), reverse=descending)
        kept, kept_overdue = counts or _due.counts(db, today)
        self._counts = (kept, kept_overdue)
        self._kept = kept
        self.overdue = kept_overdue + sum(1 for d in self.extras if d.due_on < today)
        # where each extra item goes: the kept rows before it, plus the extras before it
        self._at = {_due.before(db, today, _key(d, order), order, descending) + j: d for j, d in enumerate(self.extras)}
        self._places = sorted(self._at)
        self._pages: dict[int, list[Due]] = {}

    def ordered(self, order: str, descending: bool = False) -> "DueList":
        """The same list in another order."""
        return DueList(self.db, self.today, self.extras, order, descending, self._counts)

    def __len__(self) -> int:
        return self._kept + len(self.extras)

    @staticmethod
    def _item(row: tuple) -> Due:
        kind, due_on, listed, name, person_id, draft_id, period, family, family_name = row
        return Due(kind, dt.date.fromisoformat(due_on), dt.date.fromisoformat(listed), name, person_id, draft_id,
                   period, family, family_name)

    def _kept_item(self, index: int) -> Due:
        number = index // self.PAGE
        if number not in self._pages:
            rows = _due.page(self.db, self.today, number * self.PAGE, self.PAGE, self.order, self.descending)
            self._pages[number] = [self._item(row) for row in rows]
        return self._pages[number][index % self.PAGE]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index in self._at:
            return self._at[index]
        return self._kept_item(index - bisect.bisect_left(self._places, index))

    def __iter__(self):
        # the kept rows read in one pass (a page at a time by index, each page skipping the rows before it,
        # made the whole list grow with the square of its length: 12 s at 100,000 persons), the extras
        # placed where they belong
        kept = _due.rows(self.db, self.today, self.order, self.descending)
        for index in range(len(self)):
            if index in self._at:
                yield self._at[index]
            else:
                row = next(kept, None)
                if row is None:  # the table changed while the list was read
                    return
                yield self._item(row)
