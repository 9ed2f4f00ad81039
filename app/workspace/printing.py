"""Printing: the print log (what was printed, when, by whom, reprints), printer offsets measured on the
calibration page, cards on sheets, and CUPS queues. No Qt (the Qt print dialog is app.ui.printing).

The values and functions the UI needs from the store and the export layer are re-exported here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from app.store.drafts import FINISHED
from app.store.printing import Offsets, PrintItem  # noqa: F401  (re-exported for the UI)

_LAZY = frozenset((
    "AB_MM", "AC_MM", "CROSSES", "calibration_pdf", "offsets_from_measurements"))


def __getattr__(name: str):
    """The export layer's values re-exported here, imported when first asked for (start-up does not
    pay for reportlab and pyHanko)."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from app.export import calibration

    return getattr(calibration, name)


@dataclass
class PrintJob:
    """One print job: its documents in order, what they are, the paper and duplex it needs. `kind`:
    "forms" (A4), "card_sheets" (cards 3 x 3 on A4 sheets, two-sided), "card_folds" (each card on its own
    A4 page, front and back side by side on a fold line, one-sided) or "cards" (one by one on card stock)."""

    kind: str
    title: str
    documents: list[bytes] = field(default_factory=list)
    items: list[PrintItem] = field(default_factory=list)
    media: str = "A4"  # A4 | card
    duplex: str | None = None  # "short" for card sheets

    @property
    def pages(self) -> int:
        return sum(_page_count(pdf) for pdf in self.documents)


def _page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def merge_pdfs(documents: list[bytes]) -> bytes:
    """The documents' pages in one PDF (for one CUPS job)."""
    import io

    import pypdfium2 as pdfium

    if len(documents) == 1:
        return documents[0]
    merged = pdfium.PdfDocument.new()
    try:
        for pdf in documents:
            source = pdfium.PdfDocument(pdf)
            try:
                merged.import_pages(source)
            finally:
                source.close()
        out = io.BytesIO()
        merged.save(out)
        return out.getvalue()
    finally:
        merged.close()


def shifted_pdf(pdf: bytes, offsets) -> bytes:
    """The PDF with a printer's measured offsets (Offsets: dx_mm right, dy_mm down, scale_x, scale_y from
    the sheet's top-left corner) applied to every portrait page as a PDF transformation: the pages stay
    vector. A landscape page (a sheet of cards, turned by the print system) and identity offsets are
    left as they are."""
    if offsets is None or getattr(offsets, "is_identity", False):
        return pdf
    import io

    import pypdf

    mm = 72 / 25.4
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf))
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if width <= height:
            sx, sy = offsets.scale_x, offsets.scale_y
            page.add_transformation(pypdf.Transformation((sx, 0, 0, sy, offsets.dx_mm * mm,
                                                          height * (1 - sy) - offsets.dy_mm * mm)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def cups_available() -> bool:
    from app.export import cups

    return cups.available()


def cups_queues() -> list[str]:
    from app.export import cups

    return cups.queues()


def cups_print(pdf: bytes, queue: str, title: str = "Priloga", media: str = "A4", duplex: str | None = None) -> str:
    """Send a PDF to a CUPS queue; the CUPS job id."""
    from app.export import cups

    return cups.print_pdf(pdf, queue, title=title, media=media, duplex=duplex)


class PrintCases:
    """Printing use cases of the Workspace (mixed into app.workspace.core.Workspace)."""

    @functools.cached_property
    def print_log(self):
        """What was printed, when and by whom (app.store.printing.PrintLog)."""
        from app.store.printing import PrintLog

        return PrintLog(self.db, self.settings)

    @functools.cached_property
    def printer_offsets(self):
        """Per-printer offsets measured on the calibration page (app.store.printing.PrinterOffsets)."""
        from app.store.printing import PrinterOffsets

        return PrinterOffsets(self.db)

    def record_print(self, printer: str, items, pages: int = 0) -> str:
        """Record a print job (PrintItem per form, card or sheet) in the print log; its id."""
        return self.print_log.record(printer, items, pages=pages)

    def record_printed_form(self, printer: str, draft_id: str) -> str:
        """Record one form printed from its own window (its signed version, when it has one)."""
        signed = self.signed.latest(draft_id)
        return self.record_print(printer, [PrintItem("form", draft_id, signed.id if signed else None)], pages=0)

    def print_history(self, draft_id: str) -> list:
        return self.print_log.history(draft_id)

    def print_job(self, job_id: str) -> list:
        return self.print_log.job(job_id)

    def printer_offset(self, printer: str) -> Offsets:
        """The offsets measured for this printer (none: zero)."""
        return self.printer_offsets.get(printer)

    def printers(self) -> dict:
        """{printer: offsets} of every printer measured on this station."""
        return self.printer_offsets.printers()

    def set_printer_offset(self, printer: str, offsets: Offsets) -> None:
        self.printer_offsets.set(printer, offsets)

    def is_card(self, draft) -> bool:
        """Whether the form prints as a card (91 x 60 mm), not on A4."""
        return ((self.definition_of(draft).print_layout or {}).get("page")) == "card"

    def print_jobs(self, draft_ids: list[str], cards_on_sheets: bool = True, fold: bool = False) -> list[PrintJob]:
        """The print jobs for these finished forms and cards, in the order chosen (forms first, then cards):
        a signed form prints as its signed PDF; cards on A4 sheets (`cards_on_sheets`), each on its own A4
        fold sheet for laminating (`fold`), or one by one on card stock."""
        forms = PrintJob("forms", "Obrazci")
        sheets = PrintJob("card_sheets", "Izkaznice na polah", duplex="short")
        folds = PrintJob("card_folds", "Izkaznice za plastificiranje")
        single = PrintJob("cards", "Izkaznice", media="card")
        card_groups: dict[tuple[str, str], list] = {}
        fold_groups: dict[tuple[str, str], list] = {}
        for draft_id in draft_ids:
            draft = self.drafts.get(draft_id)
            if draft.status != FINISHED:
                raise ValueError(f"Obrazec »{draft.title or draft.form_code}« ni zaključen; tiskajo se le "
                                 f"zaključeni obrazci.")
            signed = self.signed.latest(draft_id)
            if self.is_card(draft):
                if fold:
                    fold_groups.setdefault((draft.form_code, draft.form_version), []).append((draft, signed))
                elif cards_on_sheets:
                    card_groups.setdefault((draft.form_code, draft.form_version), []).append((draft, signed))
                else:
                    single.documents.append(signed.pdf if signed else self.export_pdf(draft_id))
                    single.items.append(PrintItem("card", draft_id, signed.id if signed else None))
            else:
                forms.documents.append(signed.pdf if signed else self.export_pdf(draft_id))
                forms.items.append(PrintItem("form", draft_id, signed.id if signed else None))
        for groups, job, kind, render in ((card_groups, sheets, "card_sheet", self.card_sheets),
                                          (fold_groups, folds, "card", self.card_fold_sheets)):
            for (code, version), cards in groups.items():
                data = []
                for draft, signed in cards:
                    photo = self.drafts.photo(draft.id)
                    data.append((draft.data, photo[0] if photo else None))
                    job.items.append(PrintItem(kind, draft.id, signed.id if signed else None))
                job.documents.append(render(code, version, data))
        return [job for job in (forms, sheets, folds, single) if job.documents]

    def card_fold_sheets(self, code: str, version: str, cards: list[tuple[dict, bytes | None]]) -> bytes:
        """Each card on its own portrait A4 page at true size, front and back side by side on the fold
        line, centred, with cut and fold marks (vector): (data, photo) per card."""
        from app.export.card import CardRenderer

        return CardRenderer(self.definition(code, version)).render_fold_sheets(cards)

    def printable_pdf(self, draft_id: str) -> bytes:
        """What printing one saved form sends to the printer: a card as its A4 fold sheet (true size,
        centred, cut marks), a signed form as its signed PDF, any other form as its PDF."""
        draft = self.drafts.get(draft_id)
        if self.is_card(draft):
            photo = self.drafts.photo(draft.id)
            return self.card_fold_sheets(draft.form_code, draft.form_version,
                                         [(draft.data, photo[0] if photo else None)])
        signed = self.signed.latest(draft_id)
        return signed.pdf if signed else self.export_pdf(draft_id)

    def card_sheets(self, code: str, version: str, cards: list[tuple[dict, bytes | None]]) -> bytes:
        """Cards of one form version set on A4 sheets (front and back, cut marks): (data, photo) per card."""
        from app.export.card import CardRenderer

        return CardRenderer(self.definition(code, version)).render_sheets(cards)
