"""The calibration page: an A4 sheet that shows how a printer places and scales what it prints. No Qt.

Rulers in millimetres run along the four edges (0 at the sheet's edge), four crosshairs A–D sit at known
places, a 91 x 60 mm frame (the card) and a 35 x 45 mm box (the photo) check the scale by eye. The clerk
prints it at 100 % (never with offsets applied), measures where cross A landed and how far A is from B
and from C, and types the four numbers into *Umerjanje tiskalnika*; `offsets_from_measurements` turns
them into the offsets and scale that are applied to every later print on that printer.
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.export.fonts import BOLD, REGULAR, register_fonts
from app.store.printing import Offsets

PAGE_WIDTH, PAGE_HEIGHT = A4
#: the crosshairs, in mm from the sheet's top-left corner
CROSSES = {"A": (20.0, 20.0), "B": (190.0, 20.0), "C": (20.0, 277.0), "D": (190.0, 277.0)}
AB_MM = CROSSES["B"][0] - CROSSES["A"][0]  # 170 mm, horizontal
AC_MM = CROSSES["C"][1] - CROSSES["A"][1]  # 257 mm, vertical
CARD_FRAME = (30.0, 150.0, 91.0, 60.0)  # x, y (top-left, mm from the sheet's top-left), width, height
PHOTO_BOX = (140.0, 150.0, 35.0, 45.0)
CROSS_ARM = 6 * mm
LINE = 0.25
AUTHOR = "Priloga"

INSTRUCTIONS = [
    "Umerjanje tiskalnika – Priloga",
    "1. To stran natisnite na navaden papir A4 brez prilagajanja velikosti (merilo 100 %, brez »prilagodi strani«).",
    "2. Izmerite z ravnilom (na 0,5 mm natančno) in vpišite v Orodja › Umerjanje tiskalnika:",
    "    a) razdaljo od LEVEGA roba lista do navpične črte križca A (pravilno 20 mm),",
    "    b) razdaljo od ZGORNJEGA roba lista do vodoravne črte križca A (pravilno 20 mm),",
    f"    c) razdaljo med križcema A in B – vodoravno (pravilno {AB_MM:g} mm),",
    f"    d) razdaljo med križcema A in C – navpično (pravilno {AC_MM:g} mm).",
    "3. Program izračuna premik in merilo ter ju uporabi pri vsakem tiskanju na ta tiskalnik.",
    "4. Preverite: okvir izkaznice meri 91 × 60 mm, okvir fotografije 35 × 45 mm.",
    "Merila na robovih kažejo milimetre od roba lista; kar manjka ob robu, tiskalnik ne natisne.",
]


def _y(top_mm: float) -> float:
    """reportlab's y (from the bottom, in points) of a place `top_mm` below the sheet's top edge."""
    return PAGE_HEIGHT - top_mm * mm


def calibration_pdf(printer: str = "", when: dt.datetime | None = None) -> bytes:
    """The calibration page as A4 PDF bytes (DejaVu Sans embedded)."""
    register_fonts()
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=REGULAR, initialFontSize=9)
    canvas.setTitle("Umerjanje tiskalnika – Priloga")
    canvas.setAuthor(AUTHOR)
    canvas.setCreator(AUTHOR)
    canvas.setLineWidth(LINE)
    _rulers(canvas)
    for name, (x, y) in CROSSES.items():
        _cross(canvas, name, x, y)
    _frame(canvas, CARD_FRAME, "Izkaznica 91 × 60 mm")
    _frame(canvas, PHOTO_BOX, "Fotografija 35 × 45 mm")
    _instructions(canvas, printer, when or dt.datetime.now())
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _rulers(canvas: Canvas) -> None:
    """Ticks every mm along each edge, longer every 5 mm, numbered every 10 mm (0 at the edge)."""
    canvas.setFont(REGULAR, 5)
    width_mm, height_mm = round(PAGE_WIDTH / mm), round(PAGE_HEIGHT / mm)
    for k in range(0, width_mm + 1):
        length = (4 if k % 10 == 0 else 2.5 if k % 5 == 0 else 1.5) * mm
        x = k * mm
        canvas.line(x, PAGE_HEIGHT, x, PAGE_HEIGHT - length)  # top edge
        canvas.line(x, 0, x, length)  # bottom edge
        if k % 10 == 0 and 0 < k < width_mm:
            canvas.drawCentredString(x, PAGE_HEIGHT - 6.5 * mm, str(k))
            canvas.drawCentredString(x, 5 * mm, str(k))
    for k in range(0, height_mm + 1):
        length = (4 if k % 10 == 0 else 2.5 if k % 5 == 0 else 1.5) * mm
        y = PAGE_HEIGHT - k * mm  # measured from the top edge
        canvas.line(0, y, length, y)  # left edge
        canvas.line(PAGE_WIDTH, y, PAGE_WIDTH - length, y)  # right edge
        if k % 10 == 0 and 0 < k < height_mm:
            canvas.drawString(5 * mm, y - 1.7, str(k))
            canvas.drawRightString(PAGE_WIDTH - 5 * mm, y - 1.7, str(k))


def _cross(canvas: Canvas, name: str, x_mm: float, y_mm: float) -> None:
    x, y = x_mm * mm, _y(y_mm)
    canvas.line(x - CROSS_ARM, y, x + CROSS_ARM, y)
    canvas.line(x, y - CROSS_ARM, x, y + CROSS_ARM)
    canvas.circle(x, y, 2 * mm)
    right_half = x_mm > PAGE_WIDTH / mm / 2  # labels towards the middle of the sheet, clear of the rulers
    draw = canvas.drawRightString if right_half else canvas.drawString
    offset = -2.5 * mm if right_half else 2.5 * mm
    canvas.setFont(BOLD, 9)
    draw(x + offset, y + 2.5 * mm, name)
    canvas.setFont(REGULAR, 6)
    draw(x + offset, y - 4.5 * mm, f"({x_mm:g} mm, {y_mm:g} mm)")


def _frame(canvas: Canvas, spec: tuple[float, float, float, float], caption: str) -> None:
    x, y, w, h = spec
    canvas.setLineWidth(LINE)
    canvas.rect(x * mm, _y(y + h), w * mm, h * mm)
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString((x + w / 2) * mm, _y(y + h / 2) - 2.5, caption)
    canvas.drawString(x * mm, _y(y) + 1.5 * mm, f"levi zgornji vogal ({x:g} mm, {y:g} mm)")


def _instructions(canvas: Canvas, printer: str, when: dt.datetime) -> None:
    top = 45.0
    canvas.setFont(BOLD, 11)
    canvas.drawString(28 * mm, _y(top), INSTRUCTIONS[0])
    canvas.setFont(REGULAR, 8.5)
    line = top + 6
    for text in INSTRUCTIONS[1:]:
        canvas.drawString(28 * mm, _y(line), text)
        line += 4.6
    canvas.setFont(REGULAR, 7.5)
    canvas.drawString(28 * mm, _y(line + 2), f"Tiskalnik: {printer or '(izberite ob tiskanju)'}    "
                                             f"Natisnjeno: {when.strftime('%d. %m. %Y %H:%M')}")
    table = 225.0
    canvas.setFont(BOLD, 8.5)
    canvas.drawString(28 * mm, _y(table), "Izmerjeno (mm):")
    canvas.setFont(REGULAR, 8.5)
    for k, label in enumerate(["a) levi rob – A: ________", "b) zgornji rob – A: ________",
                               f"c) A – B ({AB_MM:g}): ________", f"d) A – C ({AC_MM:g}): ________"]):
        canvas.drawString(28 * mm + (k % 2) * 75 * mm, _y(table + 6 + (k // 2) * 6), label)


def offsets_from_measurements(left_a: float, top_a: float, a_to_b: float | None = None,
                              a_to_c: float | None = None) -> Offsets:
    """The correction for a printer from what was measured on its calibration page (all in mm).

    The printer puts a point meant at p at s·p + t; the correction draws at (p − t)/s, i.e. shifts by
    dx = −t/s after scaling by 1/s. Without the A–B / A–C distances the scale is left at 1."""
    def axis(measured_a: float, expected_a: float, measured_span: float | None, expected_span: float):
        if measured_span is not None and measured_span <= 0:
            raise ValueError("izmerjena razdalja mora biti večja od 0 mm")
        printer_scale = (measured_span / expected_span) if measured_span else 1.0
        shift = measured_a - printer_scale * expected_a
        return round(-shift / printer_scale, 2) + 0.0, round(1 / printer_scale, 5)

    dx, sx = axis(left_a, CROSSES["A"][0], a_to_b, AB_MM)
    dy, sy = axis(top_a, CROSSES["A"][1], a_to_c, AC_MM)
    return Offsets(dx, dy, sx, sy)
