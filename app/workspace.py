"""The workspace: one database and the form catalogue, and what users do with them. No Qt.

Both the command line and the GUI call this layer; it joins the engine, the store and export.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.engine import default_catalog
from app.engine.catalog import Catalog
from app.engine.definition import FormDefinition
from app.engine.photo import crop_photo, prepare
from app.engine.rules import Finding
from app.engine.schema import initial_data
from app.engine.validate import has_errors, validate
from app.paths import default_db_path
from app.store import Draft, DraftStore, open_store


class FormHasErrors(Exception):
    """A form with errors cannot be finished; `findings` lists them."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        errors = [f for f in findings if f.severity == "error"]
        super().__init__(f"obrazec ima {len(errors)} napak: " + "; ".join(f.message for f in errors[:3]))


class Workspace:
    def __init__(self, db_path: str | Path | None = None, catalog: Catalog | None = None):
        self.path = Path(db_path) if db_path else default_db_path()
        self.catalog = catalog or default_catalog()
        self.db = open_store(self.path)
        self.drafts = DraftStore(self.db, _TitleFields(self.catalog))
        self.settings = self.drafts.settings

    def close(self) -> None:
        self.db.conn.close()

    # --- forms ---------------------------------------------------------------------------------
    def definition(self, code: str, version: str | None = None) -> FormDefinition:
        return self.catalog.get(code, version)

    def definition_of(self, draft: Draft) -> FormDefinition:
        """The definition the draft was filled on (its saved version)."""
        return self.catalog.get(draft.form_code, draft.form_version)

    # --- drafts --------------------------------------------------------------------------------
    def new_draft(self, code: str, data: dict | None = None) -> Draft:
        """A new draft of form `code`, with the defaults (today, the official, the office) filled in."""
        definition = self.definition(code)
        values = initial_data(definition, official=self.settings.official, office=self.settings.office)
        values.update(data or {})
        first_page = definition.sections[0].id
        return self.drafts.create(definition.code, definition.version, values, page=first_page)

    def save(self, draft_id: str, data: dict, page: str | None = None) -> str:
        return self.drafts.save(draft_id, data, page)

    def attach_photo(self, draft_id: str, file_bytes: bytes, crop: tuple | None = None, data: dict | None = None,
                     photo_field: str = "photo") -> str:
        """Keep the photo (its source scaled down and the 35 x 45 mm cut) with the draft."""
        original, _size = prepare(file_bytes)
        image = crop_photo(original, crop)
        return self.drafts.set_photo(draft_id, image, original, crop, data, photo_field)

    def validate(self, code: str, data: dict, version: str | None = None, today: dt.date | None = None) -> list[Finding]:
        return validate(self.definition(code, version), data, today)

    def finish(self, draft_id: str, today: dt.date | None = None) -> list[Finding]:
        """Mark a draft finished when it has no errors; return the warnings that remain."""
        draft = self.drafts.get(draft_id)
        findings = validate(self.definition_of(draft), draft.data, today)
        if has_errors(findings):
            raise FormHasErrors(findings)
        self.drafts.finish(draft_id)
        return findings

    def export_pdf(self, draft_id: str) -> bytes:
        from app.export import render_pdf

        draft = self.drafts.get(draft_id)
        photo = self.drafts.photo(draft_id)
        return render_pdf(self.definition_of(draft), draft.data, photo[0] if photo else None)

    def export_blank(self, code: str) -> bytes:
        from app.export import render_pdf

        return render_pdf(self.definition(code), {}, None, blank=True)


class _TitleFields(dict):
    """Form code → the fields that name a draft in lists (read from the definition on demand)."""

    def __init__(self, catalog: Catalog):
        super().__init__()
        self.catalog = catalog

    def get(self, code, default=()):
        if code not in self:
            try:
                self[code] = self.catalog.get(code).title_fields
            except LookupError:
                self[code] = ()
        return dict.get(self, code, default)
