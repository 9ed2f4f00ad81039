"""Retention (Art. 73 ZZZRO-1): what is due for erasure, erasing it, and the periods. No Qt.

The methods of `RetentionCases` are the Workspace's; they check the user's role and call the store
(app.store.retention), which takes only the database.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from app.store import retention as _store
from app.store.retention import (DEFAULTS, DRAFT_UNLINKED, FORM_UNLINKED, KINDS, MAX_MONTHS,  # noqa: F401
                                 PERSON_ENDED, PERSON_INACTIVE, PRINT_LOG, DueItem, EraseReport, NotDue,
                                 RetentionError, add_months, parse_period, period_text, setting_key)


class RetentionCases:
    """Retention use cases of the Workspace (mixed into app.workspace.core.Workspace)."""

    def retention_due(self, today: dt.date | None = None) -> list[DueItem]:
        """What is due for erasure (a supervisor's or an administrator's)."""
        self.require("retention")
        return _store.due_for_erasure(self.db, today)

    def erasure_contents(self, items: Iterable[DueItem]) -> dict[str, int]:
        """How many records of each kind erasing `items` removes (shown before the user confirms)."""
        self.require("retention")
        return _store.contents(self.db, items)

    def erase_due(self, ids: Iterable[str], reason: str, today: dt.date | None = None,
                  compact: bool = False) -> EraseReport:
        """Erase the due records with these ids (persons', drafts' or print jobs'); NotDue when any is not due."""
        self.require("retention")
        wanted = list(dict.fromkeys(str(i).strip() for i in ids if str(i).strip()))
        if not wanted:
            raise RetentionError("Izberite zapise za izbris.")
        due = {item.id: item for item in _store.due_for_erasure(self.db, today)}
        missing = [i for i in wanted if i not in due]
        if missing:
            raise NotDue(missing)
        return _store.erase(self.db, [due[i] for i in wanted], reason, today=today, compact=compact)

    def retention_periods(self) -> dict[str, int]:
        """Every kind's period in months (0: never due)."""
        self.require("retention")
        return _store.periods(self.db)

    def set_retention_period(self, kind: str, months: int | str) -> int:
        """Change a kind's period (an administrator's); returns the months set."""
        self.require("retention_settings")
        return _store.set_period(self.db, kind, months)
