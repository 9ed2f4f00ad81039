"""Print a PDF at 100 % on A4: each page rendered with pdfium at the printer's resolution, 1 pt = 1/72 in."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 600
PREVIEW_DPI = 300


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


def paint_pdf(pdf_bytes: bytes, printer: QPrinter, max_dpi: float = MAX_DPI) -> None:
    """Draw every page of the PDF on `printer` at its true size from the sheet's top-left corner."""
    resolution = printer.resolution()
    dpi = min(resolution, max_dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer cannot be opened")
    try:
        pages = None
        if printer.printRange() == QPrinter.PageRange and printer.fromPage() > 0:
            pages = list(range(printer.fromPage() - 1, printer.toPage()))
        for number, ((width_pt, height_pt), image) in enumerate(_render(pdf_bytes, dpi, pages)):
            if number:
                printer.newPage()
            target = QRectF(0, 0, width_pt * resolution / 72, height_pt * resolution / 72)
            painter.drawImage(target, image)
    finally:
        painter.end()


def print_pdf(pdf_bytes: bytes, parent: QWidget | None = None, printer: QPrinter | None = None,
              show_dialog: bool = True) -> bool:
    """Print a PDF on A4 at 100 %; with `show_dialog` the official picks the printer first. True when printed."""
    printer = a4_printer(printer)
    if show_dialog:
        from PySide6.QtCore import QCoreApplication

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("printing", "Natisni"))
        dialog.setOption(QPrintDialog.PrintToFile, True)
        if dialog.exec() != QDialog.Accepted:
            return False
        a4_printer(printer)  # the dialog may have changed the layout; the form is A4 at 100 %
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        paint_pdf(pdf_bytes, printer)
    finally:
        QApplication.restoreOverrideCursor()
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
