"""Printing: the print log (what was printed, when, by whom, reprints), printer offsets measured on the
calibration page, cards on sheets, and CUPS queues. No Qt (the Qt print dialog is app.ui.printing).

The values and functions the UI needs from the store and the export layer are re-exported here.
"""

from __future__ import annotations

import functools

from app.store.printing import Offsets, PrintItem, PrintRecord  # noqa: F401

_LAZY = frozenset((
    "AB_MM", "AC_MM", "CROSSES", "calibration_pdf", "offsets_from_measurements"))


def __getattr__(name: str):
    """The export layer's values re-exported here, imported when first asked for (start-up does not
    pay for reportlab and pyHanko)."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from app.export import calibration

    return getattr(calibration, name)


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

    def card_sheets(self, code: str, version: str, cards: list[tuple[dict, bytes | None]]) -> bytes:
        """Cards of one form version set on A4 sheets (front and back, cut marks): (data, photo) per card."""
        from app.export.card import CardRenderer

        return CardRenderer(self.definition(code, version)).render_sheets(cards)
