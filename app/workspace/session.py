"""An open draft: its values, the page it is on, its findings, saving with a retry while the database is
held, register corrections, finishing and reopening — without Qt.

The wizard (`app.ui.wizard.FormWizard`) is a view over a `DraftSession`, as napari's Qt widgets are over
their models: it shows what the session holds, passes every edit to it, and schedules `retry()` on a
timer while `pending` is true. Everything here is tested without a display (tests/test_session.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.engine.incremental import IncrementalValidation
from app.engine.rules import ERROR, Finding
from app.engine.tables import sort_spec, sorted_rows
from app.store.drafts import DRAFT, FINISHED, DraftFinishedError
from app.workspace.errors import FormHasErrors

#: How long a keystroke's save waits for another program writing the database (seconds). Another
#: station's save holds it for well under 10 ms; a long hold (an import, a restore) would freeze every
#: keystroke for the store's whole busy timeout (5 s), so the save gives up, says so, and the input stays.
AUTOSAVE_WAIT_S = 0.25
#: While the last changes are not saved, each further try waits at most this long (a keystroke never
#: freezes again); the view calls `retry()` every RETRY_INTERVAL_S without a keystroke.
RETRY_WAIT_S = 0.05
RETRY_INTERVAL_S = 2.0


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class DraftSession:
    """The state of one open draft and what can be done to it."""

    def __init__(self, workspace, draft, today: dt.date | None = None):
        self.workspace = workspace
        self.draft_id: str = draft.id
        self.person_id: str | None = draft.person_id
        self.definition = workspace.definition_of(draft)
        self.data: dict = dict(draft.data)
        self.page: str | None = draft.page
        self.status: str = draft.status
        self.finished_at = draft.finished_at
        #: the newest signed version (app.store.keys.SignedDocument) or None; only a finished form is signed
        self.signed = workspace.signed.latest(draft.id) if draft.status == FINISHED else None
        #: the last changes are not saved yet (the view retries every RETRY_INTERVAL_S)
        self.pending = False
        #: why the last save failed (the store's message: what is wrong and what to do), or None
        self.save_error: str | None = None
        self.last_saved: dt.datetime | None = None
        self._checks = IncrementalValidation(self.definition, self.data, today)

    # --- state -----------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """A finished form is shown, not changed."""
        return self.status == FINISHED

    @property
    def findings(self) -> list[Finding]:
        """The engine's findings for the data as it is now (the same as a full `validate`)."""
        return self._checks.findings

    def findings_by_field(self) -> dict[str, list[Finding]]:
        out: dict[str, list[Finding]] = {}
        for finding in self.findings:
            out.setdefault(finding.field_id, []).append(finding)
        return out

    def has_errors(self) -> bool:
        return any(f.severity == ERROR for f in self.findings)

    def relevant_sections(self) -> list[str]:
        """Ids of the sections that apply to the data so far."""
        return list(self._checks.relevant_sections())

    def required_fields(self) -> set[str]:
        """Ids of the fields that must be filled for the data so far (for marking them)."""
        return set(self._checks.required_fields())

    def title_name(self) -> str:
        """The person's name from the form's title fields (for window titles and dialogs)."""
        names = [str(self.data.get(f, "")).strip() for f in self.definition.title_fields]
        return " ".join(n for n in names if n)

    # --- editing ---------------------------------------------------------------------------------
    def set_value(self, field_id: str, value: Any, page: str | None = None) -> bool:
        """An edit: keep the value (an empty one removes the field), save at once (a keystroke's short
        wait), check again what depends on it. True when saved; else `pending` and `save_error` say why."""
        return self.set_values({field_id: value}, page)

    def set_values(self, values: dict[str, Any], page: str | None = None) -> bool:
        """Several edits at once (e.g. a table put in its prescribed order); saved and checked as one."""
        if self.read_only:
            raise DraftFinishedError(self.draft_id)
        for field_id, value in values.items():
            if _empty(value):
                self.data.pop(field_id, None)
            else:
                self.data[field_id] = value
        if page is not None:
            self.page = page
        saved = self.save()
        self._checks.update(values)
        return saved

    def table_order_changes(self) -> dict[str, list]:
        """Tables whose rows are not in their prescribed order (`sort:`), with the rows in order."""
        out = {}
        for field in self.definition.fields.values():
            rows = self.data.get(field.id)
            if field.type != "table" or not sort_spec(field) or not isinstance(rows, list):
                continue
            ordered = sorted_rows(field, rows)
            if ordered != rows:
                out[field.id] = ordered
        return out

    # --- saving ----------------------------------------------------------------------------------
    def save(self, asked: bool = False) -> bool:
        """Write the whole draft. `asked`: the official asked for it (Ctrl+S, closing, finishing), so wait
        the store's full time for a database held elsewhere; otherwise (a keystroke) wait AUTOSAVE_WAIT_S,
        or RETRY_WAIT_S while earlier changes are unsaved. On failure nothing is lost: `pending` is set,
        `save_error` says why, and the next save (or `retry`) writes everything typed meanwhile."""
        wait = None if asked else (RETRY_WAIT_S if self.pending else AUTOSAVE_WAIT_S)
        try:
            with self.workspace.waiting(wait):
                self.workspace.save(self.draft_id, self.data, page=self.page)
        except Exception as exc:  # StoreError and anything the disk says: never lose the input
            self.pending = True
            self.save_error = str(exc)
            return False
        self._saved()
        return True

    def retry(self) -> bool:
        """Try again to save what is unsaved (the view calls it on a timer). True when nothing is left."""
        if not self.pending or self.read_only:
            return not self.pending
        return self.save()

    def set_page(self, section_id: str | None) -> bool:
        """The official moved to a page: remember it (reopening the draft returns there)."""
        self.page = section_id
        if self.read_only or section_id is None:
            return True
        if self.pending:
            return self.retry()
        try:
            with self.workspace.waiting(AUTOSAVE_WAIT_S):
                self.workspace.drafts.set_page(self.draft_id, section_id)
        except Exception as exc:
            self.save_error = str(exc)
            return False
        return True

    def _saved(self) -> None:
        self.pending = False
        self.save_error = None
        self.last_saved = dt.datetime.now()

    # --- the photo -------------------------------------------------------------------------------
    def attach_photo(self, file_bytes: bytes, crop: tuple | None = None, field_id: str = "photo") -> str:
        """Keep a photo (cut to 35 x 45 mm) with the draft; return its mark for the field."""
        if self.read_only:
            raise DraftFinishedError(self.draft_id)
        mark = self.workspace.attach_photo(self.draft_id, file_bytes, crop, self.data, photo_field=field_id)
        self.data[field_id] = mark
        self._saved()
        self._checks.update([field_id])
        return mark

    def remove_photo(self, field_id: str = "photo") -> None:
        if self.read_only:
            raise DraftFinishedError(self.draft_id)
        self.workspace.drafts.remove_photo(self.draft_id, self.data, photo_field=field_id)
        self.data.pop(field_id, None)
        self._saved()
        self._checks.update([field_id])

    def stored_photo(self):
        """(photo bytes, original, crop) kept with the draft, or None."""
        try:
            return self.workspace.drafts.photo(self.draft_id)
        except Exception:
            return None

    # --- finishing -------------------------------------------------------------------------------
    def finish(self) -> list[Finding]:
        """Finish the draft when the engine finds no errors (a card gets its serial number); return the
        warnings that remain (`data` then holds what finishing wrote, e.g. a card's serial number). Raises FormHasErrors (its findings
        become the session's), or the store's error when the last changes cannot be saved."""

        if self.status == FINISHED:
            return self.findings
        if self.pending and not self.save(asked=True):
            raise UnsavedChanges(self.save_error or "")
        try:
            findings = self.workspace.finish(self.draft_id)
        except FormHasErrors:
            self._checks.recompute()
            raise
        draft = self.workspace.drafts.get(self.draft_id)
        self.status, self.finished_at = draft.status, draft.finished_at
        changed = {k for k in set(draft.data) | set(self.data) if draft.data.get(k) != self.data.get(k)}
        self.data.clear()
        self.data.update(draft.data)
        self._checks.update(changed)
        return findings

    def reopen(self) -> None:
        """Make the finished, unsigned form a draft again (supervisor)."""
        self.workspace.reopen(self.draft_id)
        self.status, self.finished_at = DRAFT, None

    def reload_signed(self) -> None:
        """Read the signed state again (after signing here or in the main window)."""
        self.signed = self.workspace.signed.latest(self.draft_id) if self.status == FINISHED else None

    # --- the register ----------------------------------------------------------------------------
    def relatives(self) -> list[dict]:
        """The person's family links in the register ([] for a form of no registered person, or when the
        register cannot be read now)."""
        try:
            return self.workspace.register.links(self.person_id) if self.person_id else []
        except Exception:
            return []

    def register_person(self) -> dict | None:
        return self.workspace.register.get(self.person_id) if self.person_id else None

    def corrections(self) -> tuple[dict, bool]:
        """What the form says differently from the register: ({attribute: form value}, photo differs)."""
        if not self.person_id:
            return {}, False
        return self.workspace.register_corrections(self.draft_id), self.photo_differs()

    def photo_field(self) -> str | None:
        return next((f.id for f in self.definition.fields.values() if f.type == "photo"), None)

    def photo_differs(self) -> bool:
        """The form carries a photo other than the register's."""
        field_id = self.photo_field()
        if not self.person_id or not field_id or not self.data.get(field_id):
            return False
        stored = self.workspace.drafts.photo(self.draft_id)
        return bool(stored) and stored[0] != self.workspace.register.photo(self.person_id)

    def register_has_photo(self) -> bool:
        return bool(self.person_id) and self.workspace.register.photo(self.person_id) is not None

    def take_corrections(self) -> dict:
        """Write the form's corrections (and its photo, when it differs) to the register in one step;
        return what changed (`photo: True` for the photo). Unsaved changes are saved first."""
        if self.pending and not self.read_only:
            self.save(asked=True)
        photo = self.photo_differs()
        taken = self.workspace.take_corrections(self.draft_id)
        if photo:
            self.workspace.register.set_photo(self.person_id, self.workspace.drafts.photo(self.draft_id)[0])
            taken = {**taken, "photo": True}
        return taken


class UnsavedChanges(Exception):
    """The last changes could not be saved, so the form cannot be finished now."""

    def __init__(self, error: str):
        super().__init__(error)
        self.error = error

