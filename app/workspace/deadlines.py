"""What is due (*Roki*): one list per person and form, each with its rule and article; the periods are
settings (`deadline.<name>`) with defaults from the regulations (app.engine.deadlines). No Qt."""

from __future__ import annotations

import datetime as dt

from app.engine import deadlines as _engine
from app.engine.deadlines import DEFAULTS, KINDS, SETTING_LABELS, STATE_LABELS, Due  # noqa: F401
from app.engine.dates import parse_date
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
        self.require("fill")
        today = today or dt.date.today()
        items = _engine.find(_store.deadline_rows(self.db), today, self.deadline_settings())
        if self.can("retention"):
            for item in self.retention_due(today):
                person = item.id if item.kind in ("person_ended", "person_inactive") else None
                draft = item.id if item.kind in ("form_unlinked", "draft_unlinked") else None
                items.append(Due(_engine.RETENTION, item.due_since, item.due_since, item.name, person, draft,
                                 period=item.reason))
            items.sort(key=lambda d: (d.due_on, d.kind, d.name))
        return items

    def mark_eurodac_sent(self, person_id: str, day: dt.date | None) -> None:
        """Record the day the person's data was transmitted to Eurodac (None: not transmitted)."""
        self.require("fill")
        _store.set_eurodac_sent(self.db, person_id, day)
