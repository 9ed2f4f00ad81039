"""The ZZ-8 card: one card as a 91 x 60 mm PDF (front, back), and A4 landscape sheets of 3 x 3 cards.

The renderer knows card item kinds (app.engine.layout.CARD_ITEMS), never a particular card: wording,
positions and sizes come from the definition's `print` section (`page: card`, `front`, `back`).

Sheets for printing: the 3 x 3 block of cards (273 x 180 mm) is centred on landscape A4, with thin
cut marks in the margin on every cut line (so at every card corner, never over a card). Sheets come in
pairs, front then back; on the back sheet each card sits at the mirrored column (`back_slot`), so that
after duplex printing each back lands behind its own front. Mirroring left↔right matches a landscape
sheet turned over its SHORT edge (like a book page; the printer setting "flip on short edge"), and the
PDF asks the print dialog for that setting (/ViewerPreferences /Duplex). A landscape sheet turned over
its long edge (like a calendar) mirrors top↔bottom instead: `CardRenderer(definition, flip="long")`.

Fold sheets for laminating one card (`render_fold_sheets`): one portrait A4 page per card, printed on one
side at true size. Front (left) and back (right) touch on the vertical fold line and the pair
(182 x 60 mm) is centred on the page; cut marks at the pair's corners and fold marks on the fold line sit
in the margin, never on the card. Folded back along the line, the back reads upright when the card is
turned over like a book page. Any printer can print it (no duplex, no card stock), all vector.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from dataclasses import dataclass
from io import BytesIO
from typing import Any, Iterable, Iterator

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import getAscent, getDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.engine.layout import CARD_DEFAULT_SIZE, CARD_SIDES, CARD_SIZE_MM, card_item_height_mm, display_values
from app.engine.types import excerpt
from app.export.fonts import BOLD, REGULAR, register_fonts
from app.export.pdf import ExportError, _photo_reader, printable_values

# --- the card -------------------------------------------------------------------------------------
CARD_WIDTH_MM, CARD_HEIGHT_MM = CARD_SIZE_MM  # 91 x 60 mm, 7. člen (2) Pravilnika
CARD_WIDTH = CARD_WIDTH_MM * mm  # 257.95 pt
CARD_HEIGHT = CARD_HEIGHT_MM * mm  # 170.08 pt
CARD_PAGE = (CARD_WIDTH, CARD_HEIGHT)

# --- type -----------------------------------------------------------------------------------------
MIN_FIELD_SIZE = 5.0  # pt: a value squeezed to fit is never smaller than this (unless min_size says so)
FIT_STEP = 0.25  # pt: step when shrinking a value to fit its box
WRAP_LEADING = 1.1  # leading factor of a value wrapped onto a second line
CAPTION_SIZE = 5.5  # the caption in an empty photo box
CAPTION_LEADING = 1.2

# --- lines ----------------------------------------------------------------------------------------
PHOTO_FRAME_WIDTH = 0.4  # pt: the outline of an empty photo box
PHOTO_CAPTION_PAD = 2 * mm
BLANK_RULE_WIDTH = 0.3  # pt: the "______" under a value on a blank card
BLANK_RULE_DROP = 0.8  # pt: the rule below the value's baseline

# --- sheets ---------------------------------------------------------------------------------------
SHEET_SIZE = landscape(A4)  # 297 x 210 mm
SHEET_WIDTH, SHEET_HEIGHT = SHEET_SIZE
SHEET_COLUMNS = 3
SHEET_ROWS = 3
CARDS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
GRID_WIDTH = SHEET_COLUMNS * CARD_WIDTH  # 273 mm
GRID_HEIGHT = SHEET_ROWS * CARD_HEIGHT  # 180 mm
GRID_LEFT = (SHEET_WIDTH - GRID_WIDTH) / 2  # 12 mm
GRID_BOTTOM = (SHEET_HEIGHT - GRID_HEIGHT) / 2  # 15 mm
CUT_MARK_GAP = 1.5 * mm  # between the block of cards and the start of a cut mark
CUT_MARK_LENGTH = 5 * mm
CUT_MARK_WIDTH = 0.25  # pt

FOLD_SHEET_SIZE = A4  # portrait, 210 x 297 mm
FOLD_PAIR_WIDTH = 2 * CARD_WIDTH  # 182 mm: front and back side by side
FOLD_LEFT = (FOLD_SHEET_SIZE[0] - FOLD_PAIR_WIDTH) / 2  # 14 mm
FOLD_BOTTOM = (FOLD_SHEET_SIZE[1] - CARD_HEIGHT) / 2  # 118.5 mm
FOLD_X = FOLD_LEFT + CARD_WIDTH  # the fold line: the middle of the page
FOLD_DASH = (2 * mm, 1.5 * mm)

FLIP_SHORT_EDGE = "short"  # the sheet is turned over like a book page: columns mirrored
FLIP_LONG_EDGE = "long"  # the sheet is turned over like a calendar: rows mirrored
FLIPS = (FLIP_SHORT_EDGE, FLIP_LONG_EDGE)
DUPLEX_PREFERENCE = {FLIP_SHORT_EDGE: "DuplexFlipShortEdge", FLIP_LONG_EDGE: "DuplexFlipLongEdge"}

AUTHOR = "Priloga"


# --- speed ----------------------------------------------------------------------------------------
# Without reportlab's optional C accelerator, its ASCII85 encoding of every stream (photos, the font
# subset) is pure Python and costs more than drawing the card; cards are written as binary streams
# (see _binary_streams). Photos already in JPEG pass through as is and are named by a digest of their
# bytes instead of their decoded pixels (see _JpegPhoto).
_a85_lock = threading.RLock()


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """reportlab's global `useA85` off while a card document is built (restored afterwards). Other
    documents built meanwhile in another thread may come out with binary streams too; both are valid."""
    with _a85_lock:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


class _JpegPhoto(ImageReader):
    """A JPEG photo embedded as is (DCT pass-through). reportlab names an image by a digest of its
    decoded pixels; this reader gives it the digest of the file's bytes instead (no second decode)."""

    def __init__(self, data: bytes):
        super().__init__(BytesIO(data))
        self._dataA = None
        self._name_source = b"jpeg-sha256:" + hashlib.sha256(data).digest()

    def getRGBData(self):  # noqa: N802 (reportlab's name); only used by drawImage to name the image
        return self._name_source


def _card_photo(photo: bytes, box: tuple[float, float]) -> ImageReader:
    """The photo to draw in `box`: checked and, if its proportions are off, centre-cropped (as on A4)."""
    reader = _photo_reader(photo, box)
    if reader.jpeg_fh() is not None:
        return _JpegPhoto(photo)
    return reader


# --- sheet geometry -------------------------------------------------------------------------------


def slot_position(slot: int) -> tuple[int, int]:
    """(column, row) of a slot on a sheet: slots 0–8 run left to right, top row first."""
    if not 0 <= slot < CARDS_PER_SHEET:
        raise ValueError(f"slot {slot} is not on a sheet of {CARDS_PER_SHEET} cards")
    return slot % SHEET_COLUMNS, slot // SHEET_COLUMNS


def back_slot(slot: int, flip: str = FLIP_SHORT_EDGE) -> int:
    """The slot on the back sheet behind `slot` of the front sheet.

    Turned over its short edge (left↔right), the card at column c is at column 2 − c of the back, same
    row; turned over its long edge (top↔bottom), at row 2 − r, same column."""
    column, row = slot_position(slot)
    if flip == FLIP_SHORT_EDGE:
        column = SHEET_COLUMNS - 1 - column
    elif flip == FLIP_LONG_EDGE:
        row = SHEET_ROWS - 1 - row
    else:
        raise ValueError(f"flip must be one of {', '.join(FLIPS)}, not {flip!r}")
    return row * SHEET_COLUMNS + column


def card_rect(slot: int) -> tuple[float, float, float, float]:
    """(x, y, width, height) in pt of a slot on the sheet, PDF coordinates (origin bottom left)."""
    column, row = slot_position(slot)
    x = GRID_LEFT + column * CARD_WIDTH
    y = GRID_BOTTOM + (SHEET_ROWS - 1 - row) * CARD_HEIGHT
    return x, y, CARD_WIDTH, CARD_HEIGHT


def cut_marks() -> list[tuple[float, float, float, float]]:
    """The cut marks of a sheet as line segments (x1, y1, x2, y2) in pt.

    Cards touch, so every cut line runs across the whole block: each vertical cut line gets a mark
    above and below the block, each horizontal one a mark left and right of it — together a mark at
    every corner of every card, all in the margin, none over a card."""
    marks = []
    top, right = GRID_BOTTOM + GRID_HEIGHT, GRID_LEFT + GRID_WIDTH
    for column in range(SHEET_COLUMNS + 1):
        x = GRID_LEFT + column * CARD_WIDTH
        marks.append((x, top + CUT_MARK_GAP, x, top + CUT_MARK_GAP + CUT_MARK_LENGTH))
        marks.append((x, GRID_BOTTOM - CUT_MARK_GAP, x, GRID_BOTTOM - CUT_MARK_GAP - CUT_MARK_LENGTH))
    for row in range(SHEET_ROWS + 1):
        y = GRID_BOTTOM + row * CARD_HEIGHT
        marks.append((GRID_LEFT - CUT_MARK_GAP, y, GRID_LEFT - CUT_MARK_GAP - CUT_MARK_LENGTH, y))
        marks.append((right + CUT_MARK_GAP, y, right + CUT_MARK_GAP + CUT_MARK_LENGTH, y))
    return marks


def fold_rect(side: str) -> tuple[float, float, float, float]:
    """(x, y, width, height) in pt of the card's `side` ("front" left, "back" right) on a fold sheet."""
    if side not in CARD_SIDES:
        raise ValueError(f"side must be one of {', '.join(CARD_SIDES)}, not {side!r}")
    x = FOLD_LEFT if side == CARD_SIDES[0] else FOLD_X
    return x, FOLD_BOTTOM, CARD_WIDTH, CARD_HEIGHT


def fold_cut_marks() -> list[tuple[float, float, float, float]]:
    """The cut marks of a fold sheet (x1, y1, x2, y2) in pt: at the four corners of the front-and-back
    pair, in the margin."""
    left, right = FOLD_LEFT, FOLD_LEFT + FOLD_PAIR_WIDTH
    bottom, top = FOLD_BOTTOM, FOLD_BOTTOM + CARD_HEIGHT
    marks = []
    for x in (left, right):
        marks.append((x, top + CUT_MARK_GAP, x, top + CUT_MARK_GAP + CUT_MARK_LENGTH))
        marks.append((x, bottom - CUT_MARK_GAP, x, bottom - CUT_MARK_GAP - CUT_MARK_LENGTH))
    for y in (bottom, top):
        marks.append((left - CUT_MARK_GAP, y, left - CUT_MARK_GAP - CUT_MARK_LENGTH, y))
        marks.append((right + CUT_MARK_GAP, y, right + CUT_MARK_GAP + CUT_MARK_LENGTH, y))
    return marks


def fold_marks() -> list[tuple[float, float, float, float]]:
    """The fold line's marks (dashed, above and below the pair, in the margin) as segments in pt."""
    bottom, top = FOLD_BOTTOM, FOLD_BOTTOM + CARD_HEIGHT
    return [(FOLD_X, top + CUT_MARK_GAP, FOLD_X, top + CUT_MARK_GAP + 2 * CUT_MARK_LENGTH),
            (FOLD_X, bottom - CUT_MARK_GAP, FOLD_X, bottom - CUT_MARK_GAP - 2 * CUT_MARK_LENGTH)]


# --- the renderer ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """One card item with its box in pt (x, top: from the card's bottom-left corner)."""

    kind: str
    x: float
    top: float
    width: float
    height: float
    size: float
    min_size: float
    font: str
    align: str
    text: str = ""
    field: str = ""
    values: dict | None = None
    caption: str = ""


@dataclass
class _Card:
    """One card's data ready to draw."""

    data: dict
    values: dict
    image: Any  # an ImageReader, or None for an empty photo box
    blank: bool


class CardRenderer:
    """Renders a card definition (`print: {page: card, front: […], back: […]}`) to PDF."""

    def __init__(self, definition, flip: str = FLIP_SHORT_EDGE):
        layout = definition.print_layout or {}
        if layout.get("page") != "card":
            raise ExportError(f"Obrazec {definition.code} ni izkaznica (page: {layout.get('page', 'A4')}); "
                              "ta izvoz tiska le izkaznice.")
        if flip not in FLIPS:
            raise ValueError(f"flip must be one of {', '.join(FLIPS)}, not {flip!r}")
        try:
            register_fonts()
        except OSError as exc:
            raise ExportError(f"Pisave za PDF ni mogoče naložiti: {exc}") from exc
        self.definition = definition
        self.flip = flip
        self.sides = {side: [self._item(spec) for spec in layout[side]] for side in CARD_SIDES}

    # public -------------------------------------------------------------------------------------

    def render_card(self, data: dict | None, photo: bytes | None = None, blank: bool = False) -> bytes:
        """One card as a 2-page PDF, each page exactly 91 x 60 mm: page 1 the front, page 2 the back.
        `blank` gives the empty card (labels, value rules, photo box) for checking the layout."""
        card = self._prepare(data, photo, blank)
        out = BytesIO()
        with _binary_streams():
            canvas = self._canvas(out, CARD_PAGE)
            for side in CARD_SIDES:
                self._draw_side(canvas, side, card)
                canvas.showPage()
            canvas.save()
        return out.getvalue()

    def render_sheets(self, cards: Iterable[tuple[dict | None, bytes | None]], blank: bool = False) -> bytes:
        """A4 landscape sheets of 3 x 3 cards with cut marks: a front sheet, then its back sheet (cards at
        `back_slot`), and so on for every further nine cards."""
        prepared = [self._prepare(data, photo, blank) for data, photo in cards]
        if not prepared:
            raise ExportError("Za tisk na pole ni nobene izkaznice; izberite vsaj eno.")
        out = BytesIO()
        with _binary_streams():
            canvas = self._canvas(out, SHEET_SIZE)
            canvas.setViewerPreference("Duplex", DUPLEX_PREFERENCE[self.flip])
            for start in range(0, len(prepared), CARDS_PER_SHEET):
                chunk = prepared[start:start + CARDS_PER_SHEET]
                for side in CARD_SIDES:
                    self._draw_cut_marks(canvas)
                    for slot, card in enumerate(chunk):
                        rect = card_rect(slot if side == "front" else back_slot(slot, self.flip))
                        self._draw_side_at(canvas, rect, side, card)
                    canvas.showPage()
            canvas.save()
        return out.getvalue()

    def render_fold_sheets(self, cards: Iterable[tuple[dict | None, bytes | None]], blank: bool = False) -> bytes:
        """One portrait A4 page per card, printed one-sided at true size: front and back side by side on
        the fold line, centred, with cut and fold marks (see the module's docstring)."""
        prepared = [self._prepare(data, photo, blank) for data, photo in cards]
        if not prepared:
            raise ExportError("Za tisk ni nobene izkaznice; izberite vsaj eno.")
        out = BytesIO()
        with _binary_streams():
            canvas = self._canvas(out, FOLD_SHEET_SIZE)
            for card in prepared:
                canvas.saveState()
                canvas.setLineWidth(CUT_MARK_WIDTH)
                canvas.lines(fold_cut_marks())
                canvas.setDash(*FOLD_DASH)
                canvas.lines(fold_marks())
                canvas.restoreState()
                for side in CARD_SIDES:
                    self._draw_side_at(canvas, fold_rect(side), side, card)
                canvas.showPage()
            canvas.save()
        return out.getvalue()

    def _draw_side_at(self, canvas, rect: tuple[float, float, float, float], side: str, card) -> None:
        """One side of a card with its lower left corner at `rect` (x, y, width, height) on a sheet."""
        canvas.saveState()
        canvas.translate(rect[0], rect[1])
        self._draw_side(canvas, side, card)
        canvas.restoreState()

    # setup --------------------------------------------------------------------------------------

    def _item(self, spec: dict) -> _Item:
        size = float(spec.get("size", CARD_DEFAULT_SIZE))
        return _Item(
            kind=spec["kind"],
            x=float(spec["x_mm"]) * mm,
            top=CARD_HEIGHT - float(spec["y_mm"]) * mm,
            width=float(spec["w_mm"]) * mm,
            height=card_item_height_mm(spec) * mm,
            size=size,
            min_size=float(spec.get("min_size", min(size, MIN_FIELD_SIZE))),
            font=BOLD if spec.get("bold") else REGULAR,
            align=spec.get("align", "left"),
            text=" ".join(str(spec.get("text", "")).split()),
            field=spec.get("field", ""),
            values={str(k): str(v) for k, v in spec["values"].items()} if "values" in spec else None,
            caption=" ".join(str(spec.get("caption", "")).split()),
        )

    def _prepare(self, data: dict | None, photo: bytes | None, blank: bool) -> _Card:
        data = {} if blank or not data else data
        image = None
        if photo and not blank:
            photo_item = next((i for s in CARD_SIDES for i in self.sides[s] if i.kind == "photo"), None)
            if photo_item is not None:
                image = _card_photo(photo, (photo_item.width, photo_item.height))
        return _Card(data, printable_values(display_values(self.definition, data)), image, blank)

    def _canvas(self, out: BytesIO, pagesize) -> Canvas:
        definition = self.definition
        canvas = Canvas(out, pagesize=pagesize, initialFontName=REGULAR, initialFontSize=CARD_DEFAULT_SIZE,
                        lang="sl-SI")
        canvas.setTitle(f"{definition.code} – {definition.title}")
        canvas.setAuthor(AUTHOR)
        canvas.setCreator(AUTHOR)
        canvas.setSubject(f"{definition.annex}, {definition.source.gazette}: {definition.source.regulation}")
        canvas.setKeywords([definition.code, definition.source.gazette])
        return canvas

    # drawing ------------------------------------------------------------------------------------

    def _draw_cut_marks(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setLineWidth(CUT_MARK_WIDTH)
        canvas.lines(cut_marks())
        canvas.restoreState()

    def _draw_side(self, canvas: Canvas, side: str, card: _Card) -> None:
        for item in self.sides[side]:
            if item.kind == "photo":
                self._draw_photo(canvas, item, card)
            elif item.kind == "field":
                self._draw_field(canvas, item, card)
            else:
                self._draw_text(canvas, item, [item.text], self._fit_fixed(item))

    def _draw_photo(self, canvas: Canvas, item: _Item, card: _Card) -> None:
        bottom = item.top - item.height
        if card.image is not None:
            canvas.drawImage(card.image, item.x, bottom, item.width, item.height)
            return
        canvas.saveState()
        canvas.setLineWidth(PHOTO_FRAME_WIDTH)
        canvas.rect(item.x, bottom, item.width, item.height)
        canvas.restoreState()
        if item.caption:
            lines = _wrap(item.caption, REGULAR, CAPTION_SIZE, item.width - 2 * PHOTO_CAPTION_PAD) or [item.caption]
            leading = CAPTION_SIZE * CAPTION_LEADING
            first = bottom + item.height / 2 + (len(lines) - 1) * leading / 2 - CAPTION_SIZE / 3
            canvas.setFont(REGULAR, CAPTION_SIZE)
            for index, line in enumerate(lines):
                canvas.drawCentredString(item.x + item.width / 2, first - index * leading, line)

    def _draw_field(self, canvas: Canvas, item: _Item, card: _Card) -> None:
        if card.blank:
            baseline = item.top - getAscent(item.font, item.size)
            canvas.saveState()
            canvas.setLineWidth(BLANK_RULE_WIDTH)
            canvas.line(item.x, baseline - BLANK_RULE_DROP, item.x + item.width, baseline - BLANK_RULE_DROP)
            canvas.restoreState()
            return
        raw = card.data.get(item.field)
        if item.values is not None and raw is not None and str(raw) in item.values:
            text = item.values[str(raw)]
        else:
            text = str(card.values.get(item.field) or "")
        text = " ".join(text.split())
        if not text:
            return
        size, lines = self._fit_value(item, text)
        self._draw_text(canvas, item, lines, size)

    def _draw_text(self, canvas: Canvas, item: _Item, lines: list[str], size: float) -> None:
        canvas.setFont(item.font, size)
        baseline = item.top - getAscent(item.font, size)
        for line in lines:
            if item.align == "center":
                canvas.drawCentredString(item.x + item.width / 2, baseline, line)
            elif item.align == "right":
                canvas.drawRightString(item.x + item.width, baseline, line)
            else:
                canvas.drawString(item.x, baseline, line)
            baseline -= size * WRAP_LEADING

    # fitting ------------------------------------------------------------------------------------

    def _fit_fixed(self, item: _Item) -> float:
        """The size fixed wording prints at: its own, or smaller so it never runs past its box."""
        width = stringWidth(item.text, item.font, item.size)
        return item.size if width <= item.width else item.size * item.width / width

    def _fit_value(self, item: _Item, text: str) -> tuple[float, list[str]]:
        """(size, lines) of a value in its box: one line, shrunk to no less than min_size; else wrapped
        into as many lines as the box's height holds. A value that still does not fit is an error —
        a card is never printed with a cut value."""
        width = stringWidth(text, item.font, item.size)
        if width <= item.width:
            return item.size, [text]
        one_line = item.size * item.width / width
        if one_line >= item.min_size:
            return one_line, [text]
        size = item.size
        while size >= item.min_size - 1e-9:
            lines = _wrap(text, item.font, size, item.width)
            if lines is not None:
                used = getAscent(item.font, size) - getDescent(item.font, size) + (len(lines) - 1) * size * WRAP_LEADING
                if used <= item.height:
                    return size, lines
            size -= FIT_STEP
        label = self.definition.fields[item.field].label if item.field in self.definition.fields else item.field
        raise ExportError(f"»{label}« ({excerpt(text, 40)}) je predolg za izkaznico in ga ni mogoče natisniti v celoti; "
                          "skrajšajte ga (npr. z začetnicami drugih imen).")


def _wrap(text: str, font: str, size: float, width: float) -> list[str] | None:
    """Words of `text` in lines no wider than `width`; None when a single word is wider."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if stringWidth(word, font, size) > width:
            return None
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def render_card(definition, data: dict | None, photo: bytes | None = None, blank: bool = False) -> bytes:
    """One card of `definition` as a 91 x 60 mm, 2-page PDF (see CardRenderer.render_card)."""
    return CardRenderer(definition).render_card(data, photo=photo, blank=blank)
