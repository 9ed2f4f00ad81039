"""Item 5 of issue 13: a card prints on A4 centred at true size (91 x 60 mm), front and back side by side
on a fold line, with cut marks, as vector PDF — checked in the PDF made and in what the real CUPS queue
(cups-pdf, see test_printing_cups.py) writes: page count, page size, position and size of the card, and
no full-page picture."""

from __future__ import annotations

import time

import pytest

from app.export.card import CARD_HEIGHT, CARD_WIDTH, CardRenderer, fold_cut_marks, fold_rect
from test_printing_cups import A4, QUEUE, _finished, _job_numbers, _sample, arrived, needs_cups, page_sizes

MM = 72 / 25.4
PAGE_W, PAGE_H = A4


def objects(pdf: bytes, page_index: int = 0):
    """(type, (left, bottom, right, top)) of every object drawn on the page, in pt (pdfium)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_index]
        kinds = {raw.FPDF_PAGEOBJ_TEXT: "text", raw.FPDF_PAGEOBJ_PATH: "path", raw.FPDF_PAGEOBJ_IMAGE: "image",
                 raw.FPDF_PAGEOBJ_SHADING: "shading", raw.FPDF_PAGEOBJ_FORM: "form"}
        return [(kinds.get(o.type, "?"), tuple(o.get_bounds())) for o in page.get_objects(max_depth=5)]
    finally:
        document.close()


def inside(box, rect, slack=0.5 * MM):
    left, bottom, right, top = box
    x, y, w, h = rect
    return left >= x - slack and bottom >= y - slack and right <= x + w + slack and top <= y + h + slack


def page_size(pdf: bytes, page_index: int) -> tuple[float, float]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return tuple(document[page_index].get_size())
    finally:
        document.close()


def check_fold_page(pdf: bytes, page_index: int = 0, tolerance: float = 0.5 * MM) -> None:
    drawn = objects(pdf, page_index)
    page_w, page_h = page_size(pdf, page_index)
    assert (page_w, page_h) == (pytest.approx(210 * MM, abs=1), pytest.approx(297 * MM, abs=1))
    # centred at true size: front and back 91 x 60 mm side by side in the middle of portrait A4
    front = ((page_w - 182 * MM) / 2, (page_h - 60 * MM) / 2, 91 * MM, 60 * MM)
    back = (front[0] + 91 * MM, front[1], 91 * MM, 60 * MM)
    assert fold_rect("front") == pytest.approx(front, abs=0.6) and fold_rect("back") == pytest.approx(back, abs=0.6)
    assert CARD_WIDTH == pytest.approx(91 * MM) and CARD_HEIGHT == pytest.approx(60 * MM)
    PAGE_W, PAGE_H = page_w, page_h
    text = [box for kind, box in drawn if kind == "text"]
    assert text and all(inside(box, front) or inside(box, back) for box in text)
    assert any(inside(box, front) for box in text) and any(inside(box, back) for box in text)
    # everything else on the card or on its marks, nothing near the page's edge
    for kind, (left, bottom, right, top) in drawn:
        assert left > 5 * MM and bottom > 5 * MM and right < PAGE_W - 5 * MM and top < PAGE_H - 5 * MM, kind
    # vector: no picture larger than the photo (35 x 45 mm at most), certainly no page-sized one
    for kind, (left, bottom, right, top) in drawn:
        if kind == "image":
            assert right - left < 40 * MM and top - bottom < 50 * MM
    # the cut marks at the four corners of the pair, outside it, seen on the rendered page
    left, right = front[0], back[0] + back[2]
    bottom, top = front[1], front[1] + front[3]
    for x, y in ((left, top), (right, top), (left, bottom), (right, bottom)):
        vertical = (x, y + 4 * MM if y == top else y - 4 * MM)
        horizontal = (x - 4 * MM if x == left else x + 4 * MM, y)
        assert dark_at(pdf, page_index, *vertical) and dark_at(pdf, page_index, *horizontal), (x, y)
        assert not dark_at(pdf, page_index, x + (8 if x == left else -8) * MM, y + (4 if y == top else -4) * MM)
    fold_x = front[0] + front[2]
    assert dark_at(pdf, page_index, fold_x, top + 2.5 * MM, window=3)  # the fold mark (its first dash)


def dark_at(pdf: bytes, page_index: int, x: float, y: float, window: int = 2, dpi: int = 300) -> bool:
    """Is anything drawn near (x, y) pt (PDF coordinates) on the page rendered at `dpi`?"""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_index]
        height = page.get_size()[1]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    px, py = round(x * dpi / 72), round((height - y) * dpi / 72)
    return min(image.getpixel((i, j)) for i in range(px - window, px + window + 1)
               for j in range(py - window, py + window + 1)) < 200


def test_fold_sheet_is_one_portrait_a4_page_per_card_centred_at_true_size(tmp_path):
    import pypdf
    import io

    definition, data, photo = _sample("ZZ-8", tmp_path)
    pdf = CardRenderer(definition).render_fold_sheets([(data, photo), (data, None)])
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    assert [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages] == [pytest.approx(A4, abs=1)] * 2
    check_fold_page(pdf, 0)
    check_fold_page(pdf, 1)
    assert len(fold_cut_marks()) == 8
    assert len(pdf) < 200_000, len(pdf)  # vector; the 491 KB of issue 13 was a picture of the page


@needs_cups
def test_a_card_printed_through_cups_arrives_centred_at_true_size_as_vector(workspace, tmp_path):
    from app.workspace.printing import cups_print

    card = _finished(workspace, "ZZ-8")
    other = _finished(workspace, "ZZ-8")
    jobs = workspace.print_jobs([card.id, other.id], fold=True)
    assert [(j.kind, j.media, j.duplex, len(j.items)) for j in jobs] == [("card_folds", "A4", None, 2)]
    since = time.time()
    job = cups_print(jobs[0].documents[0], QUEUE, title="Priloga test ZZ-8 pregib", media="A4")
    output = arrived(job, since)
    assert page_sizes(output) == [pytest.approx(A4, abs=1)] * 2  # one page per card, portrait A4, not turned
    pdf = output.read_bytes()
    for page in range(2):
        check_fold_page(pdf, page, tolerance=1 * MM)


@needs_cups
def test_printing_one_card_from_the_qt_dialog_sends_the_pdf_to_cups(qtbot, workspace, tmp_path):
    """The print dialog's printer is a CUPS queue: the fold sheet goes to it as PDF, not as a picture."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from app.store.printing import Offsets
    from app.ui.printing import print_pdfs

    if QUEUE not in QPrinterInfo.availablePrinterNames():
        pytest.skip(f"Qt does not see the CUPS queue {QUEUE} (no Qt CUPS print support plugin)")
    card = _finished(workspace, "ZZ-8")
    printer = QPrinter(QPrinterInfo.printerInfo(QUEUE), QPrinter.HighResolution)
    before = _job_numbers()
    since = time.time()
    assert print_pdfs([workspace.printable_pdf(card.id)], printer=printer, show_dialog=False, offsets=Offsets())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _job_numbers() - before:
        time.sleep(0.3)
    new = sorted(_job_numbers() - before)
    assert len(new) == 1
    output = arrived(f"{QUEUE}-{new[0]}", since)
    assert page_sizes(output) == [pytest.approx(A4, abs=1)]
    check_fold_page(output.read_bytes(), 0, tolerance=1 * MM)


def test_printing_to_a_pdf_file_writes_the_vector_pdf(qtbot, workspace, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from app.store.printing import Offsets
    from app.ui.printing import print_pdfs

    card = _finished(workspace, "ZZ-8")
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "card.pdf"))
    assert print_pdfs([workspace.printable_pdf(card.id)], printer=printer, show_dialog=False, offsets=Offsets())
    check_fold_page((tmp_path / "card.pdf").read_bytes(), 0)
