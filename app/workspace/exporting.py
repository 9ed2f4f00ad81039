"""Export: a form's PDF as it leaves the station (a signed form is its signed PDF), a blank form, a form
rendered from data given on the command line. No Qt.

The GUI and the command line both export through `Workspace.form_document`, so a signed form leaves as
the PDF that was signed, whichever way it is exported.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.store import Draft
from app.store.drafts import FINISHED


@dataclass(frozen=True)
class FormDocument:
    """A saved form's PDF as it leaves the station: its newest signed version when it is signed (`signed`,
    app.store.keys.SignedDocument), else rendered now from its data."""

    pdf: bytes
    draft: Draft
    signed: object | None = None


def render_form(definition, data: dict, photo: bytes | None = None) -> bytes:
    """A form's PDF from data not saved in a database (the command line's `export CODE FILE`)."""
    from app.export import render_pdf

    return render_pdf(definition, data, photo)


def render_blank(definition) -> bytes:
    """The blank form to be filled in by hand."""
    from app.export import render_pdf

    return render_pdf(definition, {}, None, blank=True)


class ExportCases:
    """Export use cases of the Workspace (mixed into app.workspace.core.Workspace)."""

    def export_pdf(self, draft_id: str) -> bytes:
        from app.export import render_pdf

        draft = self.drafts.get(draft_id)
        photo = self.drafts.photo(draft_id)
        return render_pdf(self.definition_of(draft), draft.data, photo[0] if photo else None)

    def exported(self, draft_id: str, kind: str = "pdf", signed: bool = False) -> None:
        """Record that a form left the station as a file (the file's path is not recorded)."""
        self.require("export")
        draft = self.drafts.get(draft_id)
        self.record("export", target="draft", target_id=draft_id, form_code=draft.form_code, person_id=draft.person_id,
                    detail={"kind": kind, "signed": signed})

    def export_blank(self, code: str) -> bytes:
        from app.export import render_pdf

        return render_pdf(self.definition(code), {}, None, blank=True)

    def form_document(self, draft_id: str) -> FormDocument:
        """The form's PDF as it is exported, printed or opened: a signed form is its signed PDF (as the
        print queue prints it), any other form is rendered now."""
        draft = self.drafts.get(draft_id)
        signed = self.signed.latest(draft_id) if draft.status == FINISHED else None
        if signed is not None and signed.pdf:
            return FormDocument(signed.pdf, draft, signed)
        return FormDocument(self.export_pdf(draft_id), draft, None)

    def export_document(self, draft_id: str) -> bytes:
        """`form_document(draft_id).pdf`: the signed PDF of a signed form, else the form rendered now."""
        return self.form_document(draft_id).pdf
