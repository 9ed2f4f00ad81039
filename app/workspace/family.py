"""A family at once: documents read from their machine-readable zone, the members entered with their
relationships in one transaction, and the family's papers (ZZ-2 receipts, ZZ-8 cards for everyone
granted temporary protection) finished and made into print jobs in one step. No Qt.

The MRZ is parsed and checked by app.engine.mrz (the `mrz` package's check digits, PassportEye over
Tesseract for images); the possible duplicates are the register's (`Workspace.possible_duplicates`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from app.engine.mrz import MrzData, MrzError  # noqa: F401  (MrzError: re-exported for the UI)

#: the forms of the family's papers: a receipt of the application (issued from its ZZ-1) and the card
RECEIPT, CARD, APPLICATION = "ZZ-2", "ZZ-8", "ZZ-1"


@dataclass(frozen=True)
class MrzReading:
    """A machine-readable zone read and checked: what it fills into the register."""

    data: MrzData
    attributes: dict          # surname, given_name, latin_name, sex (M/Z), citizenship, birth_date (ISO)
    document: dict            # doc_type, doc_number, issued_by, valid_until (ISO)

    @property
    def kind(self) -> str:
        return self.data.kind


@dataclass
class FamilyMember:
    """One member of a family being entered. The first member of the list is the one the others are
    linked to (e.g. the mother): `relationship` is what this member is to the first ("hči"), `reverse`
    what the first is to this member ("mati"). `person_id`: someone already in the register (then only
    linked, not entered again). `saved_despite`: ids of possible duplicates the official saw and chose
    to save anyway (recorded in the audit trail)."""

    attributes: dict
    documents: list[dict] = field(default_factory=list)
    relationship: str = ""
    reverse: str = ""
    kind: str = "accompanying"
    first_represents: bool = False     # the first member is this member's legal representative
    first_accompanies: bool = False    # the first member accompanies this (minor) member
    person_id: str | None = None
    saved_despite: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.attributes.get('surname') or ''} {self.attributes.get('given_name') or ''}".strip()


@dataclass(frozen=True)
class FamilyPaper:
    """One paper of the family's: the form made (draft id) or why it could not be finished (`problem`)."""

    person_id: str
    name: str
    form_code: str
    draft_id: str | None
    problem: str = ""


#: sibling words by sex (M, Z) for children of the same first member
_SIBLING = {"M": "brat", "Z": "sestra"}
_CHILD_WORDS = ("sin", "hči")


class FamilyCases:
    """Use cases of a family (mixed into app.workspace.core.Workspace)."""

    # --- the machine-readable zone ----------------------------------------------------------------
    def read_mrz(self, text: str, today: dt.date | None = None) -> MrzReading:
        """Parse and check an MRZ typed, pasted or sent by a reader (TD3 2 x 44, TD2 2 x 36, TD1 3 x 30);
        MrzError (its message names the failing check digit) when it is not valid."""
        from app.engine.mrz import parse

        return self._reading(parse(text, today=today))

    def read_mrz_image(self, image: bytes, today: dt.date | None = None) -> MrzReading:
        """Find and read the MRZ on a photo or scan of a document's data page (slow: seconds; run it off
        the UI thread). MrzError when none can be read."""
        from app.engine.mrz import read_image

        return self._reading(read_image(image, today=today))

    @staticmethod
    def _reading(data: MrzData) -> MrzReading:
        from app.engine.mrz import register_entry

        attributes, document = register_entry(data)
        return MrzReading(data, attributes, document)

    # --- entering a family ------------------------------------------------------------------------
    def register_family(self, members: list[FamilyMember]) -> list[str]:
        """Enter the members (and their documents) and link each to the first both ways, children of
        the first also to each other as siblings: all in one transaction (nothing is kept if anything
        fails). Returns the person ids in the members' order."""
        if not members:
            return []
        ids: list[str] = []
        with self.db.write():
            for member in members:
                if member.person_id:
                    ids.append(member.person_id)
                    continue
                attributes = {k: v for k, v in member.attributes.items() if v not in (None, "")}
                person_id = self.register.add_person(**attributes)
                for document in member.documents:
                    if document.get("doc_number") or document.get("doc_type"):
                        self.register.add_document(person_id, **{k: v for k, v in document.items() if v})
                if member.saved_despite:
                    self.record_saved_despite_duplicates(person_id, member.saved_despite)
                ids.append(person_id)
            first = ids[0]
            for member, person_id in zip(members[1:], ids[1:]):
                self._link_pair(first, person_id, member)
            children = [(m, pid) for m, pid in zip(members[1:], ids[1:])
                        if (m.relationship or "").strip().casefold() in _CHILD_WORDS]
            for i, (a, a_id) in enumerate(children):
                for b, b_id in children[i + 1:]:
                    word_ab = _SIBLING.get(b.attributes.get("sex"))  # b is a's brother / sister
                    word_ba = _SIBLING.get(a.attributes.get("sex"))
                    if word_ab:
                        self.register.link(a_id, b_id, word_ab, a.kind)
                    if word_ba:
                        self.register.link(b_id, a_id, word_ba, b.kind)
        return ids

    def _link_pair(self, first: str, person_id: str, member: FamilyMember) -> None:
        """The two rows of a link: on the first's page the member (with the member's relationship), on
        the member's page the first (with the reverse word, and whether the first represents or
        accompanies the member: the flags describe the relative shown on that page)."""
        if member.relationship:
            self.register.link(first, person_id, member.relationship, member.kind, False, False)
        if member.reverse:
            self.register.link(person_id, first, member.reverse, member.kind, member.first_represents,
                               member.first_accompanies)

    def record_saved_despite_duplicates(self, person_id: str, duplicates) -> None:
        """The audit trail's note that the official saw these possible duplicates and saved the person anyway."""
        from app.store import audit

        with self.db.write():
            audit.record(self.db, "register", target="person", target_id=person_id, person_id=person_id,
                         detail={"change": "saved_despite_duplicates", "duplicates": list(duplicates)})

    def enter_from_mrz(self, person_id: str | None, reading: MrzReading, despite=()) -> str:
        """A person's page read a document: enter the person (None) or update them with what the zone says
        (a name kept in Cyrillic stays; the zone's is its Latin form), and keep the document once."""
        from app.engine.names import has_cyrillic
        from app.store.register import number_key

        values = dict(reading.attributes)
        with self.db.write():
            if person_id is None:
                person_id = self.register.add_person(**values)
            else:
                person = self.register.get(person_id)
                for attribute in ("surname", "given_name"):
                    if has_cyrillic(person.get(attribute)):
                        values.pop(attribute, None)
                self.register.update_person(person_id, **values)
            known = {number_key(d.get("doc_number") or "") for d in self.register.documents(person_id)}
            if number_key(reading.document.get("doc_number") or "") not in known:
                self.register.add_document(person_id, **reading.document)
            if despite:
                self.record_saved_despite_duplicates(person_id, despite)
        return person_id

    # --- the family's papers ------------------------------------------------------------------------
    def family_papers(self, person_ids: list[str],
                      progress: Callable[[int, int, str], None] | None = None) -> list[FamilyPaper]:
        """Make the family's papers in one step: for every member a ZZ-2 receipt issued from each finished
        ZZ-1 that has none yet, and for everyone granted temporary protection a ZZ-8 card (from the
        register: photo, EMŠO, the station's administrative unit), each finished (a card gets its serial).
        Papers already finished but never printed are included; a paper that cannot be finished is
        returned with its `problem` (what is missing) and left as a draft to complete.
        `progress(done, total, text)` is called after each member."""
        papers: list[FamilyPaper] = []
        total = len(person_ids)
        for done, person_id in enumerate(person_ids, start=1):
            person = self.register.get(person_id)
            name = f"{person.get('surname') or ''} {person.get('given_name') or ''}".strip()
            codes = [RECEIPT] + ([CARD] if person.get("status") == "granted" else [])
            for code in codes:
                papers.extend(self._papers_of(person_id, name, code))
            if progress:
                progress(done, total, name)
        return papers

    def _papers_of(self, person_id: str, name: str, code: str) -> list[FamilyPaper]:
        if code not in self.catalog.codes():
            return []
        summaries = [s for s in self.drafts.for_person(person_id) if s.form_code == code]
        drafts = [s.id for s in summaries if s.status != "finished"]
        finished = [s.id for s in summaries if s.status == "finished" and not self.print_history(s.id)]
        offers = [source for offered, source in self.offered_forms(person_id) if offered == code]
        if code == RECEIPT:
            for source in offers:
                if source:
                    drafts.append(self.issue_from(source, code).id)
        elif not summaries:
            drafts.append(self.new_draft_for_person(code, person_id).id)
        out = [FamilyPaper(person_id, name, code, draft_id) for draft_id in finished]
        for draft_id in drafts:
            out.append(self._finish_paper(person_id, name, code, draft_id))
        return out

    def _finish_paper(self, person_id: str, name: str, code: str, draft_id: str) -> FamilyPaper:
        from app.workspace.errors import FormHasErrors

        try:
            self.finish(draft_id)
        except FormHasErrors as exc:
            definition = self.definition_of(self.drafts.get(draft_id))
            labels = []
            for finding in exc.findings:
                if finding.severity != "error":
                    continue
                f = definition.fields.get(finding.field_id)
                label = (getattr(f, "label", None) or finding.field_id) if f else finding.field_id
                if label not in labels:
                    labels.append(label)
            return FamilyPaper(person_id, name, code, draft_id,
                               "manjka ali ni pravilno: " + ", ".join(labels))
        return FamilyPaper(person_id, name, code, draft_id)

    def family_print_jobs(self, papers: list[FamilyPaper]):
        """The print jobs of the papers made (receipts on A4, each card on its own A4 fold sheet)."""
        ids = [p.draft_id for p in papers if p.draft_id and not p.problem]
        return self.print_jobs(ids, fold=True) if ids else []
