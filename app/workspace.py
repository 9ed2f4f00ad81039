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
from app.store.register import Register


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
        self.register = Register(self.db, self.settings)

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

    def new_draft_for_person(self, code: str, person_id: str) -> Draft:
        """A new draft filled with everything the register knows of the person (and their family)."""
        from app.engine.prefill import from_register

        definition = self.definition(code)
        person = self.register.get(person_id)
        values = initial_data(definition, official=self.settings.official, office=self.settings.office)
        values.update(from_register(definition, person, self.register.links(person_id),
                                    self.register.documents(person_id)))
        draft = self.drafts.create(definition.code, definition.version, values, page=definition.sections[0].id,
                                   person_id=person_id)
        photo = self.register.photo(person_id)
        photo_field = next((f.id for f in definition.fields.values() if f.type == "photo"), None)
        if photo and photo_field:
            self.drafts.set_photo(draft.id, photo, None, None, values, photo_field)
        return self.drafts.get(draft.id)

    def issue_from(self, source_id: str, code: str) -> Draft:
        """A new form issued from a saved one (ZZ-2 from its ZZ-1, ZZ-4/ZZ-5 from ZZ-3), tied to it."""
        from app.engine.prefill import derive

        source = self.drafts.get(source_id)
        definition = self.definition(code)
        derived = derive(definition, self.definition_of(source), source.data)
        if derived is None:
            raise ValueError(f"obrazca {definition.code} ni mogoče izdati iz obrazca {source.form_code} s temi podatki")
        values = initial_data(definition, official=self.settings.official, office=self.settings.office)
        values.update(derived)
        return self.drafts.create(definition.code, definition.version, values, page=definition.sections[0].id,
                                  person_id=source.person_id, parent_id=source.id)

    def register_corrections(self, draft_id: str) -> dict:
        """What the form says differently from the register about its person: {attribute: form value}."""
        from app.engine.prefill import register_corrections

        draft = self.drafts.get(draft_id)
        if not draft.person_id:
            return {}
        return register_corrections(self.definition_of(draft), draft.data, self.register.get(draft.person_id))

    def take_corrections(self, draft_id: str) -> dict:
        """Write the form's corrections back to the register in one step; return what changed."""
        corrections = self.register_corrections(draft_id)
        if corrections:
            self.register.update_person(self.drafts.get(draft_id).person_id, **corrections)
        return corrections

    def offered_forms(self, person_id: str) -> list[tuple[str, str | None]]:
        """The next natural forms for a person: (code, source draft id or None), e.g. ZZ-2 from a ZZ-1."""
        from app.engine.prefill import issued_from, offered_for

        person = self.register.get(person_id)
        filed = self.drafts.for_person(person_id)
        children = {row[0] for row in self.db.execute(
            "SELECT parent_id || ':' || form_code FROM drafts WHERE person_id = ? AND parent_id IS NOT NULL",
            [person_id]).fetchall()}
        out: list[tuple[str, str | None]] = []
        for summary in filed:
            draft = self.drafts.get(summary.id)
            for target in issued_from(self.catalog, self.definition_of(draft), draft.data):
                if f"{draft.id}:{target.code}" not in children:
                    out.append((target.code, draft.id))
        for code in offered_for(self.catalog, person, [f.form_code for f in filed]):
            if all(code != c for c, _ in out):
                out.append((code, None))
        return out

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
        definition = self.definition_of(draft)
        findings = validate(definition, draft.data, today)
        if has_errors(findings):
            raise FormHasErrors(findings)
        spec = definition.raw.get("serial")
        if spec and not draft.data.get(spec["field"]):
            # A card's serial number is issued as it is finished (and the draft saved with it first,
            # so a serial is never issued without being recorded on its card).
            from app.store.serials import SerialBook

            serial = SerialBook(self.db, self.settings).issue(
                draft.data[spec["office_field"]], draft_id=draft.id, person_id=draft.person_id,
                official=self.settings.official)
            self.drafts.save(draft.id, {**draft.data, spec["field"]: serial})
        self.drafts.finish(draft_id)
        return findings

    def void_card(self, draft_id: str, reason: str) -> str:
        """Record a spoiled card's serial as void (never reused) and make the card editable again;
        finishing it again issues a new serial. Returns the voided serial."""
        from app.store.serials import SerialBook

        draft = self.drafts.get(draft_id)
        spec = self.definition_of(draft).raw.get("serial")
        serial = draft.data.get(spec["field"]) if spec else None
        if not serial:
            raise ValueError("ta obrazec nima izdane serijske številke")
        SerialBook(self.db, self.settings).void(serial, reason)
        if draft.status == "finished":
            self.drafts.reopen(draft_id)
        data = dict(draft.data)
        data.pop(spec["field"])
        self.drafts.save(draft_id, data)
        return serial

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
