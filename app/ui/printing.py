"""Print a PDF at 100 % on A4, as the PDF itself (vector) wherever possible: after the print dialog the
document goes to the chosen CUPS queue as PDF (`lp`), or is written as it is when the dialog prints to a
PDF file. Only a printer CUPS does not know (e.g. on Windows) gets each page rendered with pdfium at the
printer's resolution (1 pt = 1/72 in).

A printer's measured offsets (Orodja › Umerjanje tiskalnika; app.store.printing.PrinterOffsets) shift
and scale every page drawn on it. A landscape page (a sheet of cards) is turned onto the portrait
sheet, never shrunk.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 600
PREVIEW_DPI = 300

#: printer name → its Offsets (dx_mm, dy_mm, scale_x, scale_y); set once by the main window (use_offsets)
_offsets_provider: Callable[[str], object] | None = None


def use_offsets(provider: Callable[[str], object] | None) -> None:
    """Apply the offsets `provider(printer_name)` returns to every later print (None: no offsets)."""
    global _offsets_provider
    _offsets_provider = provider


def offsets_for(printer: QPrinter):
    """The stored offsets of this printer, or None (no provider, nothing stored, or a lookup failure)."""
    if _offsets_provider is None:
        return None
    try:
        return _offsets_provider(printer.printerName())
    except Exception:  # a broken store must not stop printing; the page prints unshifted
        return None


def render_pdf_pages(pdf_bytes: bytes, dpi: float, pages: list[int] | None = None) -> list[QImage]:
    """The pages of a PDF as images at `dpi` (white background)."""
    return [image for _size, image in _render(pdf_bytes, dpi, pages)]


def _render(pdf_bytes: bytes, dpi: float, pages: list[int] | None = None):
    """(page size in points, image) per page, one page at a time."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf_bytes)
    try:
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            try:
                size = page.get_size()
                bitmap = page.render(scale=dpi / 72, may_draw_forms=True, rev_byteorder=True, prefer_bgrx=True)
                pixel_format = QImage.Format_RGBX8888 if bitmap.n_channels == 4 else QImage.Format_RGB888
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, pixel_format).copy()
                bitmap.close()
                image.setDotsPerMeterX(round(dpi / 0.0254))
                image.setDotsPerMeterY(round(dpi / 0.0254))
                yield size, image
            finally:
                page.close()
    finally:
        document.close()


def a4_printer(printer: QPrinter | None = None) -> QPrinter:
    """A printer set to A4 portrait, whole sheet, no margins (nothing is scaled to fit)."""
    printer = printer or QPrinter(QPrinter.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout.Millimeter))
    printer.setFullPage(True)
    return printer


def paint_pdf(pdf_bytes: bytes, printer: QPrinter, max_dpi: float = MAX_DPI, offsets=None) -> int:
    """Draw every page of the PDF on `printer` at its true size from the sheet's top-left corner,
    shifted and scaled by `offsets` (an app.store.printing.Offsets) when given. Returns the page count."""
    return paint_pdfs([pdf_bytes], printer, max_dpi, offsets)


def paint_pdfs(documents: list[bytes], printer: QPrinter, max_dpi: float = MAX_DPI, offsets=None) -> int:
    """Draw the pages of several PDFs one after another in ONE print job; return the page count.
    The dialog's page range applies when there is a single document."""
    resolution = printer.resolution()
    dpi = min(resolution, max_dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer cannot be opened")
    count = 0
    try:
        pages = None
        if len(documents) == 1 and printer.printRange() == QPrinter.PageRange and printer.fromPage() > 0:
            pages = list(range(printer.fromPage() - 1, printer.toPage()))
        for pdf_bytes in documents:
            for size, image in _render(pdf_bytes, dpi, pages):
                if count:
                    printer.newPage()
                _draw_page(painter, printer, size, image, offsets)
                count += 1
    finally:
        painter.end()
    return count


def _draw_page(painter: QPainter, printer: QPrinter, size_pt: tuple[float, float], image: QImage, offsets) -> None:
    resolution = printer.resolution()
    width, height = size_pt[0] * resolution / 72, size_pt[1] * resolution / 72
    painter.save()
    try:
        if offsets is not None and not getattr(offsets, "is_identity", False):
            per_mm = resolution / 25.4
            painter.translate(offsets.dx_mm * per_mm, offsets.dy_mm * per_mm)
            painter.scale(offsets.scale_x, offsets.scale_y)
        paper = printer.paperRect(QPrinter.DevicePixel)
        if width > height * 1.01 and paper.width() < paper.height():
            # a landscape page (a sheet of cards) on portrait paper: turned a quarter clockwise
            painter.translate(paper.width(), 0)
            painter.rotate(90)
        painter.drawImage(QRectF(0, 0, width, height), image)
    finally:
        painter.restore()


def print_pdf(pdf_bytes: bytes, parent: QWidget | None = None, printer: QPrinter | None = None,
              show_dialog: bool = True, offsets=None) -> bool:
    """Print a PDF on A4 at 100 %; with `show_dialog` the official picks the printer first. True when printed.
    The chosen printer's stored offsets apply unless `offsets` is given."""
    return print_pdfs([pdf_bytes], parent, printer, show_dialog, offsets) is not None


def card_printer(printer: QPrinter | None = None, size_mm: tuple[float, float] = (91.0, 60.0)) -> QPrinter:
    """A printer set to card stock (91 x 60 mm, landscape), whole sheet, no margins."""
    from PySide6.QtCore import QSizeF

    printer = printer or QPrinter(QPrinter.HighResolution)
    width, height = size_mm
    page = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Millimeter, "Card", QPageSize.ExactMatch)
    orientation = QPageLayout.Landscape if width > height else QPageLayout.Portrait
    printer.setPageLayout(QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Millimeter))
    printer.setFullPage(True)
    return printer


def print_pdfs(documents: list[bytes], parent: QWidget | None = None, printer: QPrinter | None = None,
               show_dialog: bool = True, offsets=None, duplex: str | None = None,
               card_mm: tuple[float, float] | None = None) -> str | None:
    """Print several PDFs as ONE job on A4 at 100 % (on card stock of `card_mm` when given); return the
    printer's name, or None when cancelled. `duplex` "short" / "long" asks for two-sided printing
    (a sheet of cards and its back)."""
    layout = (lambda target: card_printer(target, card_mm)) if card_mm else a4_printer
    printer = layout(printer)
    if duplex:
        printer.setDuplex(QPrinter.DuplexShortSide if duplex == "short" else QPrinter.DuplexLongSide)
    if show_dialog:
        from PySide6.QtCore import QCoreApplication

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("printing", "Natisni"))
        dialog.setOption(QPrintDialog.PrintToFile, True)
        if dialog.exec() != QDialog.Accepted:
            return None
        layout(printer)  # the dialog may have changed the layout; the form is A4 (or the card) at 100 %
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    if offsets is None:
        offsets = offsets_for(printer)
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        if not send_pdf(documents, printer, offsets, duplex=duplex, card=card_mm is not None):
            paint_pdfs(documents, printer, MAX_DPI, offsets)
    finally:
        QApplication.restoreOverrideCursor()
    return printer.printerName() or printer.outputFileName() or "?"


def send_pdf(documents: list[bytes], printer: QPrinter, offsets=None, duplex: str | None = None,
             card: bool = False) -> bool:
    """Print the documents as PDF, never rasterised: written as they are when the dialog prints to a PDF
    file, sent to the CUPS queue of the printer chosen otherwise. False when neither applies (the caller
    then paints the pages). The printer's offsets are applied as a PDF transformation."""
    from app.workspace.printing import cups_available, cups_print, cups_queues, merge_pdfs, shifted_pdf

    if printer.outputFormat() == QPrinter.PdfFormat and printer.outputFileName():
        pdf = shifted_pdf(merge_pdfs(documents), offsets)
        with open(printer.outputFileName(), "wb") as out:
            out.write(pdf)
        return True
    name = printer.printerName()
    if not name or not cups_available() or name not in cups_queues():
        return False
    pdf = shifted_pdf(merge_pdfs(documents), offsets)
    cups_print(pdf, name, title="Priloga", media="card" if card else "A4", duplex=duplex)
    return True


def preview_pdf(pdf_bytes: bytes, parent: QWidget | None = None) -> None:
    """Show the print preview (A4, 100 %); printing from it uses the same drawing."""
    from PySide6.QtCore import QCoreApplication

    printer = a4_printer(QPrinter(QPrinter.HighResolution))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Predogled tiskanja"))
    dialog.paintRequested.connect(lambda target: paint_pdf(pdf_bytes, target, PREVIEW_DPI))
    dialog.resize(900, 1000)
    dialog.exec()
