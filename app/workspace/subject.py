"""A data subject's copy of their own data (GDPR, 15. člen): gathered here, built and set in app.export.subject.

The methods of `SubjectCases` are the Workspace's: they check the permission »subject_export«, gather
everything the station keeps about the person and write a »subject_export« audit entry (identifiers and
counts only).
"""

from __future__ import annotations

import datetime as dt

from app.store.retention import person_retention
from app.store.serials import SerialBook


def collect(workspace, person_id: str, today: dt.date | None = None) -> dict:
    """Everything kept about the person, as one JSON-ready dictionary (no permission check, no audit)."""
    from app.export.subject import FiledForm, build_content

    register = workspace.register
    person = register.get(person_id)
    forms = []
    for summary in reversed(workspace.drafts.for_person(person_id)):  # oldest first
        draft = workspace.drafts.get(summary.id)
        try:
            definition = workspace.definition_of(draft)
        except Exception:  # an archived version no longer at hand: the stored values under their names
            definition = None
        signed = [s for s in workspace.signed.versions(draft.id) if s.draft_id == draft.id]  # its own versions
        photo = workspace.drafts.photo(draft.id)
        forms.append(FiledForm(draft, definition, signed, photo[0] if photo else None,
                               workspace.print_log.history(draft.id)))
    made_by = {"user": workspace.user, "name": workspace.account.display_name,
               "station": workspace.settings.station_name}
    return build_content(workspace.catalog, person_id, person, register.documents(person_id),
                         register.links(person_id), register.photo(person_id), forms,
                         SerialBook(workspace.db).list(), person_retention(workspace.db, person_id, today), made_by)


class SubjectCases:
    """The subject's copy, a use case of the Workspace (mixed into app.workspace.core.Workspace)."""

    def _subject_audit(self, person_id: str, content: dict, kind: str) -> None:
        self.record("subject_export", target="person", target_id=person_id, person_id=person_id,
                    detail={"format": kind, "forms": len(content["forms"]), "documents": len(content["documents"]),
                            "relatives": len(content["family"]), "form_ids": [f["id"] for f in content["forms"]]})

    def subject_export_json(self, person_id: str, today: dt.date | None = None) -> bytes:
        """The machine-readable copy (UTF-8 JSON): the same content as the PDF, with the stored values."""
        self.require("subject_export")
        from app.export.subject import content_json

        content = collect(self, person_id, today)
        self._subject_audit(person_id, content, "json")
        return content_json(content)

    def subject_export(self, person_id: str, today: dt.date | None = None) -> bytes:
        """The readable copy: an A4 PDF »Izpis osebnih podatkov«."""
        self.require("subject_export")
        from app.export.subject import render_subject_pdf

        content = collect(self, person_id, today)
        pdf = render_subject_pdf(content)
        self._subject_audit(person_id, content, "pdf")
        return pdf
