"""PDF export: one form definition's `print` blocks drawn as an A4 form like the gazette original.

The renderer knows block kinds (app.engine.blocks: each kind declared once there, and rendered by one
function here, registered with `@renders(KIND)`), never a particular form: wording, order and widths
all come from the definition. It reports where it drew each signature rule (`RenderedPdf.signature_places`),
which app/export/signing.py uses for the visible signature box. Values come from `display_values` / `block_text`, so dates and
countries print exactly as the engine shows them. Long tables and long texts continue on a further
page; nothing is ever cut.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field as dc_field
from io import BytesIO
from typing import Any, Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LayoutError,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.engine.blocks import BLOCK_KINDS, block_fields
from app.engine.layout import display_values
from app.engine.templating import block_text
from app.export.fonts import BOLD, REGULAR, register_fonts

# --- page geometry --------------------------------------------------------------------------------
PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 22 * mm  # top of the body frame; the running header sits above it
MARGIN_BOTTOM = 15 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
HEADER_TOP = 11 * mm  # baseline of the first running-header line, from the top edge
HEADER_SIZE = 9
HEADER_LEADING = 11

# --- type -----------------------------------------------------------------------------------------
BODY_SIZE = 10
ANNEX_SIZE = 9
TITLE_SIZE = 12
SUBTITLE_SIZE = 10
HEADING_SIZE = 10
CAPTION_SIZE = 7.5  # "(odtis zglavne štampiljke)", the empty photo box
STAMP_TEXT_SIZE = 8
STAMP_LEADING = 9.5
REFERENCE_SIZE = 9  # photo reference number inside the box
TABLE_HEADER_SIZE = 9
TABLE_CELL_SIZE = 9
SIGNATURE_NAME_SIZE = 9
NOTICE_TITLE_SIZE = 9
NOTICE_SIZE = 8
NOTICE_LEADING = 10
MIN_FIT_SIZE = 8  # a value squeezed into a short slot never gets smaller than this
FIT_LEADING = 1.15  # leading factor of a value wrapped inside a slot

# --- ruled lines ("label ______") -----------------------------------------------------------------
LINE_PITCH = 7.2 * mm  # height of one ruled line
RULE_OFFSET = 1.5 * mm  # the rule, above the bottom of its line
TEXT_RISE = 1.5  # pt: text baseline above the rule
RULE_WIDTH = 0.4
LABEL_GAP = 2 * mm  # label → start of its rule
VALUE_PAD = 1.5 * mm  # start of a rule → value text
MIN_RULE = 25 * mm  # less room after a label: the rule starts on the next line
SLOT_GAP = 3 * mm  # end of a value slot → next label (repeat_lines)
MIN_SLOT = 18 * mm
DATE_SLOT_WEIGHT = 0.5  # a date slot is about half as wide as a text slot
DATE_SAMPLE = "00. 00. 0000"
KEEP_LINES = 4  # a ruled block of up to this many lines never splits across pages

# --- other blocks ---------------------------------------------------------------------------------
ANNEX_SPACE_AFTER = 2 * mm
STAMP_RULE = 60 * mm
STAMP_SPACE = 16 * mm  # room above the stamp rule for the stamp itself
STAMP_TEXT_WIDTH = 65 * mm  # the office name wraps about the width of the rule
TITLE_SPACE_BEFORE = 7 * mm
TITLE_SPACE_AFTER = 6 * mm
HEADING_SPACE_BEFORE = 3 * mm
HEADING_SPACE_AFTER = 1.5 * mm
PHOTO_GAP = 8 * mm  # beside blocks → photo box
PHOTO_BOX_WIDTH = 35 * mm
PHOTO_BOX_HEIGHT = 45 * mm
PHOTO_PAD = 2 * mm
PHOTO_SPACE_AFTER = 2 * mm
BOX_LINE_WIDTH = 0.6
GRID_WIDTH = 0.5
CELL_PAD = 1.5 * mm
TABLE_ROW_MIN = 7 * mm
TABLE_HEADER_MIN = 7 * mm
TABLE_SPACE_AFTER = 2 * mm
SIGNATURE_PITCH = 11 * mm
SIGNATURE_COLUMN = 85 * mm  # signature rules start here (or after a longer label)
SIGNATURE_RULE = 70 * mm
NOTICE_SPACE_BEFORE = 7 * mm
NOTICE_PARAGRAPH_SPACE = 1.5 * mm
PHOTO_RATIO_TOLERANCE = 0.02

# --- pair_line, choice_boxes, bullet, sentence, caption_line ---------------------------------------
BOX_UNCHECKED = "\u2610"  # ☐ (DejaVu Sans has both)
BOX_CHECKED = "\u2612"  # ☒
BOX_INDENT = 5 * mm  # box → its text
BOX_SPACE = 1.2 * mm  # between the options of a choice
BULLET_MARKER = "–"
BULLET_INDENT = 3.5 * mm  # marker → its text (a little more than "– ")
BULLET_SPACE = 1.2 * mm
CIRCLE_PAD = 1 * mm  # the ring round a circled item, beyond its text
CIRCLE_RADIUS = 2.5 * mm
CIRCLE_WIDTH = 0.7
SENTENCE_MIN_SLOT = 30 * mm  # a blank in running text is at least this long (unless width_mm says)
CAPTION_RULE = 70 * mm  # caption_line: default length of the rule
CAPTION_GAP = 0.8 * mm  # rule → caption under it
CAPTION_LINE_SPACE = 3 * mm  # above a caption_line's rule when no space_mm is given

AUTHOR = "Priloga"


class ExportError(Exception):
    """The form cannot be exported; the message says why (in Slovenian, for the user)."""


# --- text that can be printed ---------------------------------------------------------------------
#: characters that end a line (str.splitlines); printed as a line break
LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
MISSING_GLYPH = "\ufffd"  # �: a character the embedded font cannot show


@functools.lru_cache(maxsize=1)
def _font_chars() -> frozenset[int]:
    """Code points both embedded faces have a glyph for. reportlab's ToUnicode map of a font subset
    writes code points above U+FFFF as 5-digit hex, which PDF readers reject, so those are left out."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    regular, bold = (set(pdfmetrics.getFont(name).face.charToGlyph) for name in (REGULAR, BOLD))
    return frozenset(c for c in regular & bold if c <= 0xFFFF)


@functools.lru_cache(maxsize=8192)
def _printable_char(ch: str) -> str:
    if ch == "\n":
        return ch
    if ch in LINE_BREAKS:
        return "\n"
    if ch == "\t":
        return " "
    category = unicodedata.category(ch)
    if category == "Cs":  # half of a surrogate pair (e.g. from "\ud83d" in JSON): no character at all
        return MISSING_GLYPH
    if category in ("Cc", "Cf"):  # controls, direction marks and overrides, zero-width joiners: invisible
        return ""
    if category in ("Co", "Cn"):  # private use or unassigned: no agreed glyph (the font's own would mislead)
        return MISSING_GLYPH
    fonts = _font_chars()
    if ord(ch) in fonts:
        return ch
    for form in ("NFD", "NFKC"):  # a letter with its accent as two glyphs, 𝐀 as A, a full-width digit as 1
        other = unicodedata.normalize(form, ch)
        if other != ch and all(ord(c) in fonts for c in other):
            return other
    if category.startswith("Z"):
        return " "
    if category.startswith("M"):  # an accent the font lacks: the letter without it rather than a box
        return ""
    return MISSING_GLYPH


def printable(text: Any) -> str:
    """Text as the PDF prints it: composed (NFC); control, direction and zero-width characters dropped
    (reportlab draws text as given, left to right: right-to-left text prints in its stored order, and
    a stray U+202E cannot reorder a form); line and paragraph separators as line breaks; a character
    the embedded font has no glyph for shown as �, so nothing typed disappears without a trace."""
    text = str(text).replace("\r\n", "\n")
    for _ in range(3):  # dropping a character may let its neighbours compose: repeat until stable
        out = "".join(map(_printable_char, unicodedata.normalize("NFC", text)))
        if out == text:
            break
        text = out
    return text


def printable_values(values: dict[str, Any]) -> dict[str, Any]:
    """`display_values` made printable: every text, and every cell of a table's rows."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, list):
            out[key] = [{k: printable(v) for k, v in row.items()} if isinstance(row, dict) else row for row in value]
        elif isinstance(value, str):
            out[key] = printable(value)
        else:
            out[key] = value
    return out


# --- helpers --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _styles() -> dict[str, ParagraphStyle]:
    def style(name: str, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", REGULAR)
        kw.setdefault("fontSize", BODY_SIZE)
        kw.setdefault("leading", kw["fontSize"] * 1.2)
        return ParagraphStyle(name, bulletFontName=REGULAR, **kw)

    return {
        "annex": style("annex", fontName=BOLD, fontSize=ANNEX_SIZE, alignment=TA_RIGHT, spaceAfter=ANNEX_SPACE_AFTER),
        "title": style(
            "title", fontName=BOLD, fontSize=TITLE_SIZE, alignment=TA_CENTER,
            spaceBefore=TITLE_SPACE_BEFORE, spaceAfter=TITLE_SPACE_AFTER,
        ),
        "subtitle": style("subtitle", fontSize=SUBTITLE_SIZE, alignment=TA_CENTER, spaceAfter=TITLE_SPACE_AFTER),
        "heading": style(
            "heading", fontSize=HEADING_SIZE, spaceBefore=HEADING_SPACE_BEFORE, spaceAfter=HEADING_SPACE_AFTER,
            keepWithNext=1,
        ),
        "text": style("text"),
        "caption": style("caption", fontSize=CAPTION_SIZE, alignment=TA_CENTER),
        "reference": style("reference", fontSize=REFERENCE_SIZE, alignment=TA_CENTER),
        "th": style("th", fontSize=TABLE_HEADER_SIZE, alignment=TA_CENTER),
        "td": style("td", fontSize=TABLE_CELL_SIZE, alignment=TA_LEFT),
        "notice_title": style(
            "notice_title", fontName=BOLD, fontSize=NOTICE_TITLE_SIZE, spaceBefore=NOTICE_SPACE_BEFORE,
            spaceAfter=NOTICE_PARAGRAPH_SPACE, keepWithNext=1,
        ),
        "notice": style(
            "notice", fontSize=NOTICE_SIZE, leading=NOTICE_LEADING, alignment=TA_JUSTIFY,
            spaceAfter=NOTICE_PARAGRAPH_SPACE,
        ),
    }


@functools.lru_cache(maxsize=None)
def _text_style(size: float, bold: bool = False, align: str = "left") -> ParagraphStyle:
    alignment = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}[align]
    return ParagraphStyle(f"text-{size}-{bold}-{align}", fontName=BOLD if bold else REGULAR, bulletFontName=REGULAR,
                          fontSize=size, leading=size * 1.2, alignment=alignment)


@functools.lru_cache(maxsize=None)
def _item_style(indent: float, hang: float, space: float) -> ParagraphStyle:
    """A list item: the marker (☐, –) at `indent`, its text hanging at `indent + hang`."""
    return ParagraphStyle(f"item-{indent}-{hang}-{space}", fontName=REGULAR, bulletFontName=REGULAR,
                          fontSize=BODY_SIZE, leading=BODY_SIZE * 1.2, leftIndent=indent + hang,
                          bulletIndent=indent, spaceBefore=space)


def _markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in str(text).split("\n"))


@functools.lru_cache(maxsize=8)
def _metrics(font: str):
    """(width of a code point in 1/1000 of the size, default) of an embedded TrueType face, or None."""
    from reportlab.pdfbase import pdfmetrics

    face = getattr(pdfmetrics.getFont(font), "face", None)
    widths = getattr(face, "charWidths", None)
    return (widths.get, face.defaultWidth) if widths is not None else None


def _char_width(ch: str, font: str) -> float:
    """The advance of one character at size 1."""
    metrics = _metrics(font)
    return metrics[0](ord(ch), metrics[1]) * 0.001 if metrics else stringWidth(ch, font, 1.0)


def _width(text: str, size: float, font: str = REGULAR) -> float:
    """reportlab's stringWidth (the same sum of the face's widths, no kerning) in one pass at C speed."""
    metrics = _metrics(font)
    if metrics is None:
        return stringWidth(text, font, size)
    get, default = metrics
    return 0.001 * size * sum(map(get, map(ord, text), itertools.repeat(default)))


def _wrap(text: str, size: float, first_width: float, width: float, font: str = REGULAR) -> list[str]:
    """Greedy word wrap: the first line gets `first_width`, the rest `width`; explicit newlines kept.

    A word too long for a whole line is broken between characters; no text is ever dropped. If the
    first word does not fit the (short) first line but fits a full one, the first line stays empty.
    Linear in the length of the text: each character's width is looked up once, and a line never holds
    less than one character (a width too small for any, even zero or negative, still makes progress)."""
    lines: list[str] = []
    space = _char_width(" ", font) * size

    def limit() -> float:
        return first_width if not lines else width

    for paragraph in str(text).split("\n"):
        words = paragraph.split()
        if not words:
            continue
        current, current_width = "", 0.0
        for word in words:
            word_width = _width(word, size, font)
            if current and current_width + space + word_width <= limit():
                current, current_width = f"{current} {word}", current_width + space + word_width
                continue
            if not current and word_width <= limit():
                current, current_width = word, word_width
                continue
            if current:
                lines.append(current)
                current, current_width = "", 0.0
            if word_width <= limit():
                current, current_width = word, word_width
                continue
            if not lines and word_width <= width:
                lines.append("")
                current, current_width = word, word_width
                continue
            pieces = _break_word(word, size, font, limit(), width)
            lines.extend(pieces[:-1])
            current = pieces[-1]
            current_width = _width(current, size, font)
        lines.append(current)
    return lines


def wrapped_lines(text: Any, size: float, width: float, font: str = REGULAR) -> list[str]:
    """`text` made printable and wrapped to `width` at `size` in one linear pass: the lines as they print."""
    return _wrap(printable("" if text is None else text), size, width, width, font)


def _break_word(word: str, size: float, font: str, first: float, width: float) -> list[str]:
    """A word too long for a line cut between characters: the first piece fits `first`, the others `width`,
    each holding at least one character; one pass over the word."""
    pieces: list[str] = []
    start, used, room = 0, 0.0, first
    for index, ch in enumerate(word):
        advance = _char_width(ch, font) * size
        if used + advance > room and index > start:
            pieces.append(word[start:index])
            start, used, room = index, 0.0, width
        used += advance
    pieces.append(word[start:])
    return pieces


def _fit(text: str, width: float) -> tuple[float, list[str]]:
    """A value for a fixed slot: one line at body size, else smaller, else wrapped at the smallest size."""
    if not text:
        return BODY_SIZE, []
    unit = _width(text, 1.0)  # widths scale with the size: measured once
    size = BODY_SIZE
    while size > MIN_FIT_SIZE and unit * size > width:
        size -= 0.5
    if unit * size <= width and "\n" not in text:
        return size, [text]
    return MIN_FIT_SIZE, _wrap(text, MIN_FIT_SIZE, width, width)


def _markers(given: list[str] | tuple[str, ...], count: int) -> list[str]:
    """Row markers a), b), c) …; continued past the given ones (letters, else numbers)."""
    out = list(given)[:count]
    letters = all(re.fullmatch(r"[a-z]\)", m) for m in given)
    while len(out) < count:
        i = len(out)
        out.append(f"{chr(ord('a') + i)})" if letters and i < 26 else f"{i + 1}.")
    return out


# --- the block renderers and what they report ----------------------------------------------------

#: block kind → its renderer `(renderer, block, values, photo) -> [Flowable]`
RENDERERS: dict[str, Callable[..., list[Flowable]]] = {}


def renders(kind: str):
    """Register the function that draws print blocks of `kind` (a kind declared in app/engine/blocks.py)."""
    if kind not in BLOCK_KINDS:
        raise ValueError(f"no print block kind {kind!r} is declared in app/engine/blocks.py")

    def register(function):
        RENDERERS[kind] = function
        return function

    return register


@dataclass(frozen=True)
class DrawnRule:
    """Where a signature or caption line's rule was drawn: page (0-based), the rule from (x0, y) to
    (x1, y) in PDF points from the page's bottom-left corner, and where the text printed on it ends."""

    label: str
    page: int
    x0: float
    y: float
    x1: float
    text_end: float | None = None


class RenderedPdf(bytes):
    """The bytes of a rendered form, with the places the renderer drew its signature rules on."""

    signature_places: tuple[DrawnRule, ...] = ()
    page_count: int = 0
    page_width: float = PAGE_WIDTH


class _SignMark:
    """Attached to a drawn signature rule: records its place on the page when it is drawn."""

    def __init__(self, label: str, places: list[DrawnRule]):
        self.label, self.places = label, places

    def record(self, canvas, x0: float, y: float, x1: float, text_end: float | None) -> None:
        ax0, ay = canvas.absolutePosition(x0, y)
        ax1, _ = canvas.absolutePosition(x1, y)
        end = canvas.absolutePosition(text_end, y)[0] if text_end is not None else None
        self.places.append(DrawnRule(self.label, canvas.getPageNumber() - 1, ax0, ay, ax1, end))


# --- flowables ------------------------------------------------------------------------------------


@dataclass
class _Row:
    """One ruled line: texts (x, rise above the rule, text, font, size) and rules (x0, x1)."""

    height: float
    texts: list[tuple[float, float, str, str, float]] = dc_field(default_factory=list)
    rules: list[tuple[float, float]] = dc_field(default_factory=list)
    glue: bool = False  # keep with the next row (no page break after this one)
    sign: _SignMark | None = None  # a signature rule: its place is reported when drawn


class _RuledRows(Flowable):
    """Rows of text on rules; built for the frame width, split between rows that are not glued."""

    def __init__(self, build: Callable[[float], list[_Row]] | None = None, rows: list[_Row] | None = None):
        super().__init__()
        self._build = build
        self._rows = rows
        self._built_for: float | None = None

    def _rows_for(self, width: float) -> list[_Row]:
        if self._build is not None and self._built_for != width:
            self._rows = self._build(width)
            self._built_for = width
        return self._rows or []

    def wrap(self, availWidth, availHeight):
        rows = self._rows_for(availWidth)
        self.width = availWidth
        self.height = sum(r.height for r in rows)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        rows = self._rows_for(availWidth)
        best, used = 0, 0.0
        for index, row in enumerate(rows[:-1]):
            used += row.height
            if used > availHeight:
                break
            if not row.glue:
                best = index + 1
        if best == 0:
            return []
        return [_RuledRows(rows=rows[:best]), _RuledRows(rows=rows[best:])]

    def draw(self):
        canvas = self.canv
        canvas.setLineWidth(RULE_WIDTH)
        top = self.height
        for row in self._rows or []:
            top -= row.height
            rule_y = top + RULE_OFFSET
            for x, rise, text, font, size in row.texts:
                canvas.setFont(font, size)
                canvas.drawString(x, rule_y + rise, text)
            for x0, x1 in row.rules:
                canvas.line(x0, rule_y, x1, rule_y)
            if row.sign is not None and row.rules:
                x0, x1 = row.rules[-1]
                on_rule = [x + _width(text, size, font) for x, _rise, text, font, size in row.texts if x >= x0]
                row.sign.record(canvas, x0, rule_y, x1, max(on_rule) if on_rule else None)


class _Stamp(Flowable):
    """Top-left: room for the office's header stamp, a rule, and the caption centred under it."""

    def __init__(self, caption: str, office: str):
        super().__init__()
        self.caption = caption
        self.office = office
        self._lines: list[str] = []

    def wrap(self, availWidth, availHeight):
        text_width = min(STAMP_TEXT_WIDTH, availWidth)
        self._lines = _wrap(self.office, STAMP_TEXT_SIZE, text_width, text_width) if self.office else []
        self.width = availWidth
        above = max(STAMP_SPACE, len(self._lines) * STAMP_LEADING + 2 * mm)
        self.height = above + 1.5 * mm + CAPTION_SIZE * 1.3
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        rule_y = CAPTION_SIZE * 1.3 + 0.5 * mm
        canvas.setLineWidth(RULE_WIDTH)
        canvas.setFont(REGULAR, STAMP_TEXT_SIZE)
        y = rule_y + 1.5 * mm + (len(self._lines) - 1) * STAMP_LEADING
        for line in self._lines:
            canvas.drawString(0, y, line)
            y -= STAMP_LEADING
        canvas.line(0, rule_y, STAMP_RULE, rule_y)
        canvas.setFont(REGULAR, CAPTION_SIZE)
        canvas.drawCentredString(STAMP_RULE / 2, rule_y - CAPTION_SIZE - 0.8 * mm, self.caption)


class _PhotoBeside(Flowable):
    """Left: the `beside` blocks stacked; right: the photo box of exact size (photo, reference or caption)."""

    def __init__(self, children: list[Flowable], box: tuple[float, float], image, reference: str, caption: str):
        super().__init__()
        self.children = children
        self.box_width, self.box_height = box
        self.image = image
        self.reference = reference
        self.caption = caption
        self.spaceAfter = PHOTO_SPACE_AFTER

    def wrap(self, availWidth, availHeight):
        left = availWidth - self.box_width - PHOTO_GAP
        used = 0.0
        for child in self.children:
            used += child.getSpaceBefore() + child.wrap(left, availHeight)[1] + child.getSpaceAfter()
        self.width = availWidth
        self.height = max(used, self.box_height)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        y = self.height
        for child in self.children:
            y -= child.getSpaceBefore() + child.height
            child.drawOn(canvas, 0, y)
            y -= child.getSpaceAfter()
        x, y = self.width - self.box_width, self.height - self.box_height
        if self.image is not None:
            canvas.drawImage(self.image, x, y, self.box_width, self.box_height, mask="auto")
        else:
            text, style = (self.reference, "reference") if self.reference else (self.caption, "caption")
            if text:
                para = Paragraph(_markup(text), _styles()[style])
                _, h = para.wrap(self.box_width - 2 * PHOTO_PAD, self.box_height)
                para.drawOn(canvas, x + PHOTO_PAD, y + (self.box_height - h) / 2)
        canvas.setLineWidth(BOX_LINE_WIDTH)
        canvas.rect(x, y, self.box_width, self.box_height, stroke=1, fill=0)


class _Circled(Flowable):
    """A list item whose text is ringed (an official "circled" it on the paper form)."""

    def __init__(self, paragraph: Paragraph, text: str, text_x: float, circled: bool):
        super().__init__()
        self.paragraph = paragraph
        self.text = text
        self.text_x = text_x
        self.circled = circled
        self.spaceBefore = paragraph.style.spaceBefore

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        height = self.paragraph.wrap(availWidth, availHeight)[1]
        self.height = height + 2 * CIRCLE_PAD
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        self.paragraph.drawOn(canvas, 0, CIRCLE_PAD)
        if not self.circled:
            return
        one_line = len(getattr(self.paragraph, "blPara").lines) == 1
        right = self.text_x + _width(self.text, BODY_SIZE) if one_line else self.width
        canvas.setLineWidth(CIRCLE_WIDTH)
        canvas.roundRect(self.text_x - CIRCLE_PAD, 0, min(right, self.width) - self.text_x + 2 * CIRCLE_PAD,
                         self.height, CIRCLE_RADIUS, stroke=1, fill=0)


class _CaptionLine(Flowable):
    """A short rule (left, centred or right) with the value on it and a caption centred under it."""

    def __init__(self, value: str, caption: str, rule: float, align: str, space: float, sign: _SignMark | None = None):
        super().__init__()
        self.sign = sign
        self.value = value
        self.caption = caption
        self.rule = rule
        self.align = align
        self.space = space

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.rule_width = min(self.rule, availWidth)
        self._size, self._lines = _fit(self.value, self.rule_width - 2 * VALUE_PAD)
        above = max(self.space, len(self._lines) * self._size * FIT_LEADING + TEXT_RISE + 1 * mm)
        self.rule_y = CAPTION_SIZE * 1.3 + CAPTION_GAP
        self.height = self.rule_y + above
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        x0 = {"left": 0, "center": (self.width - self.rule_width) / 2, "right": self.width - self.rule_width}[self.align]
        canvas.setLineWidth(RULE_WIDTH)
        canvas.line(x0, self.rule_y, x0 + self.rule_width, self.rule_y)
        canvas.setFont(REGULAR, self._size)
        for k, text in enumerate(self._lines):
            y = self.rule_y + TEXT_RISE + (len(self._lines) - 1 - k) * self._size * FIT_LEADING
            canvas.drawString(x0 + VALUE_PAD, y, text)
        canvas.setFont(REGULAR, CAPTION_SIZE)
        canvas.drawCentredString(x0 + self.rule_width / 2, self.rule_y - CAPTION_SIZE - CAPTION_GAP, self.caption)
        if self.sign is not None:
            text_end = max((x0 + VALUE_PAD + _width(t, self._size) for t in self._lines), default=None)
            self.sign.record(canvas, x0, self.rule_y, x0 + self.rule_width, text_end)


# --- row builders -----------------------------------------------------------------------------------


def _line_rows(label: str, value: str, count: int, indent: float, width: float) -> list[_Row]:
    """`label ____` with the value on the rule, continued on full-width rules (at least `count` in all)."""
    rows: list[_Row] = []
    avail = width - indent
    first: _Row | None = None
    first_x = indent
    if label:
        label_lines = _wrap(label, BODY_SIZE, avail, avail)
        for text in label_lines[:-1]:
            rows.append(_Row(LINE_PITCH, [(indent, TEXT_RISE, text, REGULAR, BODY_SIZE)], glue=True))
        last = label_lines[-1]
        start = indent + _width(last, BODY_SIZE) + LABEL_GAP
        label_item = (indent, TEXT_RISE, last, REGULAR, BODY_SIZE)
        if width - start >= MIN_RULE:
            first, first_x = _Row(LINE_PITCH, [label_item], [(start, width)]), start
        else:
            rows.append(_Row(LINE_PITCH, [label_item], glue=True))
    chunks = _wrap(value, BODY_SIZE, width - first_x - 2 * VALUE_PAD, avail - 2 * VALUE_PAD) if value else []
    ruled = max(count, len(chunks), 1)
    for index in range(ruled):
        if index == 0 and first is not None:
            row, x = first, first_x
        else:
            row, x = _Row(LINE_PITCH, [], [(indent, width)]), indent
        if index < len(chunks) and chunks[index]:
            row.texts.append((x + VALUE_PAD, TEXT_RISE, chunks[index], REGULAR, BODY_SIZE))
        rows.append(row)
    if len(rows) <= KEEP_LINES:
        for row in rows[:-1]:
            row.glue = True
    else:  # a long text may split, but never leaving a single line behind or ahead
        rows[0].glue = True
        rows[-2].glue = True
    return rows


def _slot_widths(kinds: list[str], avail: float) -> list[float]:
    """Value slots sharing `avail`: dates narrower (but wide enough for a date), text slots equal."""
    weights = [DATE_SLOT_WEIGHT if kind == "date" else 1.0 for kind in kinds]
    minimum = [
        max(MIN_SLOT, _width(DATE_SAMPLE, BODY_SIZE) + 2 * VALUE_PAD) if kind == "date" else MIN_SLOT for kind in kinds
    ]
    widths = [avail * w / sum(weights) for w in weights]
    for _ in range(len(widths)):
        short = [i for i, w in enumerate(widths) if w < minimum[i]]
        if not short:
            break
        for i in short:
            widths[i] = minimum[i]
        rest = [i for i in range(len(widths)) if i not in short]
        if not rest:
            break
        left = avail - sum(widths[i] for i in short)
        share = sum(weights[i] for i in rest)
        for i in rest:
            widths[i] = max(0.0, left * weights[i] / share)
    return widths


def _repeat_rows(block: dict, table, rows_data: list[dict], width: float) -> list[_Row]:
    """One entry per table row (a), b), c) …), each entry a few ruled lines of label/value pairs."""
    count = max(int(block.get("rows", 0)), len(rows_data))
    markers = _markers(block.get("markers") or table.row_markers, count)
    marker_width = max((_width(m, BODY_SIZE) for m in markers), default=0) + LABEL_GAP
    kinds = {column.id: column.type for column in table.columns}
    out: list[_Row] = []
    for index in range(count):
        values = rows_data[index] if index < len(rows_data) else {}
        for line_index, cells in enumerate(block["lines"]):
            row = _Row(LINE_PITCH)
            if line_index == 0:
                row.texts.append((0, TEXT_RISE, markers[index], REGULAR, BODY_SIZE))
            labels = [str(cell.get("label", "")) for cell in cells]
            label_widths = [_width(label, BODY_SIZE) + LABEL_GAP if label else 0 for label in labels]
            avail = width - marker_width - sum(label_widths) - SLOT_GAP * (len(cells) - 1)
            slots = _slot_widths([kinds.get(cell["field"], "text") for cell in cells], avail)
            x = marker_width
            for cell, label, label_width, slot in zip(cells, labels, label_widths, slots):
                if label:
                    row.texts.append((x, TEXT_RISE, label, REGULAR, BODY_SIZE))
                x += label_width
                row.rules.append((x, x + slot))
                _slot_texts(row, x, slot, values.get(cell["field"], ""))
                x += slot + SLOT_GAP
            row.glue = line_index < len(block["lines"]) - 1
            out.append(row)
    return out


def _slot_texts(row: _Row, x: float, slot: float, text: str) -> None:
    """A value fitted into a slot on a rule (smaller, else wrapped); the row grows to hold it."""
    size, lines = _fit(text, slot - 2 * VALUE_PAD)
    leading = size * FIT_LEADING
    for k, line in enumerate(lines):  # top line first: text extraction keeps the order
        row.texts.append((x + VALUE_PAD, TEXT_RISE + (len(lines) - 1 - k) * leading, line, REGULAR, size))
    needed = RULE_OFFSET + TEXT_RISE + (len(lines) - 1) * leading + size + 2 * mm
    row.height = max(row.height, needed)


def _pair_rows(cells: list[dict], texts: list[str], indent: float, width: float) -> list[_Row]:
    """Label/value pairs side by side on one ruled line; each cell takes its `width` share."""
    shares = [float(cell.get("width", 1 / len(cells))) for cell in cells]
    total = sum(shares)
    avail = width - indent - SLOT_GAP * (len(cells) - 1)
    row = _Row(LINE_PITCH)
    x = indent
    for cell, share, text in zip(cells, shares, texts):
        cell_width = avail * share / total
        label = str(cell["label"])
        label_width = _width(label, BODY_SIZE) + LABEL_GAP if label else 0
        row.texts.append((x, TEXT_RISE, label, REGULAR, BODY_SIZE))
        start, end = x + label_width, x + cell_width
        if cell.get("rule", True):
            row.rules.append((start, end))
        if text:
            _slot_texts(row, start, end - start, text)
        x = end + SLOT_GAP
    return [row]


def _sentence_rows(parts: list, texts: list[str], indent: float, width: float) -> list[_Row]:
    """Running text with blanks: words flow and wrap; a blank is a rule at least `width_mm` long
    (or as long as its value), never broken; punctuation right after a blank stays close to it."""
    space = _width(" ", BODY_SIZE)
    rows = [_Row(LINE_PITCH)]
    x = indent

    def new_row():
        nonlocal x
        rows.append(_Row(LINE_PITCH))
        x = indent

    for part, text in zip(parts, texts):
        if isinstance(part, str):
            for n, word in enumerate(part.split()):
                gap = 0 if (x == indent or (n == 0 and word[0] in ".,;:)")) else space
                w = _width(word, BODY_SIZE)
                if x + gap + w > width and x > indent:
                    new_row()
                    gap = 0
                rows[-1].texts.append((x + gap, TEXT_RISE, word, REGULAR, BODY_SIZE))
                x += gap + w
            continue
        gap = 0 if x == indent else space
        wanted = max(float(part.get("width_mm", 0)) * mm or SENTENCE_MIN_SLOT, _width(text, BODY_SIZE) + 2 * VALUE_PAD)
        full = width - indent
        room = width - x - gap
        if wanted <= room:
            slot = wanted
        elif text and _width(text, BODY_SIZE) + 2 * VALUE_PAD <= room and room >= MIN_RULE:
            slot = room
        else:
            if x > indent:
                new_row()
                gap = 0
            slot = min(wanted, full)
        start = x + gap
        rows[-1].rules.append((start, start + slot))
        if text:
            _slot_texts(rows[-1], start, slot, text)
        x = start + slot
    for row in rows[:-1]:
        row.glue = len(rows) <= KEEP_LINES
    return rows


def _signature_rows(label: str, name: str, width: float, sign: _SignMark | None = None) -> list[_Row]:
    """`label ________` with the rule in a common column; a printed name sits on the rule, small."""
    label_room = max(width - SIGNATURE_RULE - LABEL_GAP, width / 3)
    lines = _wrap(label, BODY_SIZE, label_room, label_room)
    rows = [_Row(LINE_PITCH, [(0, TEXT_RISE, t, REGULAR, BODY_SIZE)], glue=True) for t in lines[:-1]]
    start = max(_width(lines[-1], BODY_SIZE) + LABEL_GAP, SIGNATURE_COLUMN)
    end = min(width, start + SIGNATURE_RULE)
    row = _Row(SIGNATURE_PITCH, [(0, TEXT_RISE, lines[-1], REGULAR, BODY_SIZE)], [(start, end)], sign=sign)
    if name:
        size, name_lines = _fit(name, end - start - 2 * VALUE_PAD)
        size = min(size, SIGNATURE_NAME_SIZE)
        for k, text in enumerate(name_lines):
            rise = TEXT_RISE + (len(name_lines) - 1 - k) * size * FIT_LEADING
            row.texts.append((start + VALUE_PAD, rise, text, REGULAR, size))
    rows.append(row)
    return rows


# --- photo ----------------------------------------------------------------------------------------


def _photo_reader(photo: bytes, box: tuple[float, float]):
    """The photo as a reportlab ImageReader, centre-cropped to the box's proportions if it is off."""
    from PIL import Image, UnidentifiedImageError
    from reportlab.lib.utils import ImageReader

    try:
        image = Image.open(BytesIO(photo))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ExportError(
            "Fotografije ni mogoče prebrati: datoteka ni slika JPEG ali PNG ali pa je poškodovana "
            f"({exc.__class__.__name__})."
        ) from exc
    if image.width < 1 or image.height < 1:
        raise ExportError("Fotografija je prazna (brez slikovnih točk).")
    target = box[0] / box[1]
    ratio = image.width / image.height
    if abs(ratio / target - 1) > PHOTO_RATIO_TOLERANCE:
        if ratio > target:
            new_width = round(image.height * target)
            left = (image.width - new_width) // 2
            image = image.crop((left, 0, left + new_width, image.height))
        else:
            new_height = round(image.width / target)
            top = (image.height - new_height) // 2
            image = image.crop((0, top, image.width, top + new_height))
    elif image.format == "JPEG" and image.mode in ("RGB", "L"):
        return ImageReader(BytesIO(photo))  # embedded as is (DCT), no re-encoding
    if image.mode not in ("RGB", "L"):
        if "A" in image.getbands() or image.mode == "P":
            rgba = image.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            image = flat
        else:
            image = image.convert("RGB")
    return ImageReader(image)


# --- the renderer ---------------------------------------------------------------------------------


class FormRenderer:
    """Renders one form definition to an A4 PDF."""

    def __init__(self, definition):
        layout = definition.print_layout or {}
        if layout.get("page", "A4") != "A4":
            raise ExportError(f"Obrazec {definition.code} ni v obliki A4 (page: {layout.get('page')}); "
                              "ta izvoz tiska le obrazce A4.")
        try:
            register_fonts()
        except OSError as exc:
            raise ExportError(f"Pisave za PDF ni mogoče naložiti: {exc}") from exc
        self.definition = definition
        self.layout = layout
        self.running_header = [str(line) for line in layout.get("running_header") or ()]

    # public -------------------------------------------------------------------------------------

    def render(self, data: dict | None, photo: bytes | None = None, blank: bool = False) -> bytes:
        """The PDF bytes of the form filled with `data` (or empty, for filling by hand, if `blank`)."""
        values = printable_values(display_values(self.definition, {} if blank or not data else data))
        photo = None if blank else photo
        self._places: list[DrawnRule] = []
        story: list[Flowable] = []
        for block in self.layout.get("blocks", []):
            story.extend(self._flowables(block, values, photo))
        out = BytesIO()
        doc = _Document(
            out,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{self.definition.code} – {self.definition.title}",
            author=AUTHOR,
            creator=AUTHOR,
            subject=f"{self.definition.annex}, {self.definition.source.gazette}: {self.definition.source.regulation}",
            keywords=[self.definition.code, self.definition.source.gazette],
            lang="sl-SI",
            initialFontName=REGULAR,
            initialFontSize=BODY_SIZE,
            initialLeading=BODY_SIZE * 1.2,
        )
        frame = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )
        doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=self._decorate_page)])
        try:
            doc.build(story)
        except LayoutError as exc:  # a part of the form taller than a whole page: a value far too long
            raise ExportError(self._too_long(doc.placing, values)) from exc
        pdf = RenderedPdf(out.getvalue())
        pdf.signature_places = tuple(self._places)
        pdf.page_count = doc.page
        return pdf

    def _too_long(self, flowable: Flowable | None, values: dict) -> str:
        """The message for a form that does not fit its pages: it names the longest value of the block
        that did not fit (else of the whole form), the one to shorten."""
        fields = getattr(flowable, "_priloga_fields", None) or list(self.definition.fields)
        longest, length = None, 0
        for field_id in fields:
            value = values.get(field_id)
            field = self.definition.fields.get(field_id)
            if field is None:
                continue
            if isinstance(value, list):
                for index, row in enumerate(value):
                    for column in field.columns:
                        if len(str(row.get(column.id, ""))) > length:
                            length = len(str(row.get(column.id, "")))
                            longest = f"»{field.label}«, vrstica {index + 1}, »{column.label}«"
            elif isinstance(value, str) and len(value) > length:
                longest, length = f"»{field.label}«", len(value)
        if longest is None:
            return (f"Obrazca {self.definition.code} ni mogoče natisniti: del obrazca je višji od strani "
                    "(preverite dolge vrednosti).")
        return (f"Obrazca {self.definition.code} ni mogoče natisniti: {longest} je predolg ({length} znakov) "
                "za svoje mesto na obrazcu, ki se ne nadaljuje na naslednji strani; skrajšajte ga.")

    # page ---------------------------------------------------------------------------------------

    def _decorate_page(self, canvas, doc) -> None:
        """The running header (e.g. "ZZ-1" / "MNZ RS (PC-6)") top-right on every page."""
        canvas.saveState()
        canvas.setFont(REGULAR, HEADER_SIZE)
        y = PAGE_HEIGHT - HEADER_TOP
        for line in self.running_header:
            canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, line)
            y -= HEADER_LEADING
        canvas.restoreState()

    # blocks -------------------------------------------------------------------------------------

    def _flowables(self, block: dict, values: dict, photo: bytes | None) -> list[Flowable]:
        kind = block.get("kind")
        renderer = RENDERERS.get(kind)
        if renderer is None:
            raise ExportError(f"Obrazec {self.definition.code}: neznana vrsta bloka za tisk {kind!r}.")
        flowables = renderer(self, block, values, photo)
        fields = block_fields(block, self.definition.fields)
        for flowable in flowables:  # for the message when the block does not fit a page
            flowable._priloga_fields = fields
        return flowables

    @renders("annex_label")
    def _block_annex_label(self, block, values, photo):
        return [Paragraph(_markup(block["text"]), _styles()["annex"])]

    @renders("stamp")
    def _block_stamp(self, block, values, photo):
        office = values.get(block["field"], "") if block.get("field") else ""
        return [_Stamp(str(block["caption"]), str(office or ""))]

    @renders("title")
    def _block_title(self, block, values, photo):
        out = [Paragraph(_markup(block["text"]), _styles()["title"])]
        if block.get("subtitle"):
            out.append(Paragraph(_markup(block["subtitle"]), _styles()["subtitle"]))
        return out

    @renders("photo_beside")
    def _block_photo_beside(self, block, values, photo):
        field = self.definition.fields.get(block["field"])
        box_width = float(block.get("width_mm") or getattr(field, "width_mm", None) or PHOTO_BOX_WIDTH / mm) * mm
        box_height = float(block.get("height_mm") or getattr(field, "height_mm", None) or PHOTO_BOX_HEIGHT / mm) * mm
        image = _photo_reader(photo, (box_width, box_height)) if photo else None
        reference = values.get(block["reference_field"], "") if block.get("reference_field") else ""
        children = [f for child in block["beside"] for f in self._flowables(child, values, None)]
        return [_PhotoBeside(children, (box_width, box_height), image, str(reference or ""), str(block["caption"]))]

    @renders("line")
    def _block_line(self, block, values, photo):
        label = str(block["label"])
        value = block_text(block, values)
        count = int(block.get("lines", 1))
        indent = float(block.get("indent_mm", 0)) * mm
        return [_RuledRows(lambda width: _line_rows(label, value, count, indent, width))]

    @renders("lines")
    def _block_lines(self, block, values, photo):
        value = block_text(block, values)
        count = int(block.get("lines", 1))
        return [_RuledRows(lambda width: _line_rows("", value, count, 0, width))]

    @renders("heading")
    def _block_heading(self, block, values, photo):
        return [Paragraph(_markup(block["text"]), _styles()["heading"])]

    @renders("text")
    def _block_text(self, block, values, photo):
        size = float(block.get("size", BODY_SIZE))
        style = _text_style(size, bool(block.get("bold", False)), str(block.get("align", "left")))
        return [Paragraph(_markup(block["text"]), style)]

    @renders("pair_line")
    def _block_pair_line(self, block, values, photo):
        cells = list(block["cells"])
        texts = [block_text(cell, values) for cell in cells]
        indent = float(block.get("indent_mm", 0)) * mm
        return [_RuledRows(lambda width: _pair_rows(cells, texts, indent, width))]

    @renders("choice_boxes")
    def _block_choice_boxes(self, block, values, photo):
        field = self.definition.fields[block["field"]]
        indent = float(block.get("indent_mm", 0)) * mm
        style = _item_style(indent, BOX_INDENT, BOX_SPACE)
        if field.type == "boolean":
            options = [(str(block.get("text") or field.label), values.get(field.id) == "da")]
        else:
            chosen = {c.value: c.label for c in field.choices}
            wanted = block.get("values") or list(chosen)
            options = [(chosen[v], values.get(field.id) == chosen[v]) for v in wanted]
        return [Paragraph(_markup(text), style, bulletText=BOX_CHECKED if ticked else BOX_UNCHECKED)
                for text, ticked in options]

    @renders("bullet")
    def _block_bullet(self, block, values, photo):
        indent = float(block.get("indent_mm", 0)) * mm
        text = " ".join(str(block["text"]).split())
        paragraph = Paragraph(_markup(text), _item_style(indent, BULLET_INDENT, BULLET_SPACE),
                              bulletText=str(block.get("marker", BULLET_MARKER)))
        circled = bool(block.get("field")) and values.get(block["field"]) == "da"
        return [_Circled(paragraph, text, indent + BULLET_INDENT, circled)]

    @renders("sentence")
    def _block_sentence(self, block, values, photo):
        parts = list(block["parts"])
        texts = ["" if isinstance(part, str) else block_text(part, values) for part in parts]
        indent = float(block.get("indent_mm", 0)) * mm
        return [_RuledRows(lambda width: _sentence_rows(parts, texts, indent, width))]

    @renders("keep_together")
    def _block_keep_together(self, block, values, photo):
        children = [f for child in block["blocks"] for f in self._flowables(child, values, photo)]
        return [KeepTogether(children)]

    @renders("caption_line")
    def _block_caption_line(self, block, values, photo):
        value = block_text(block, values) if ("fields" in block or "template" in block) else ""
        rule = float(block["width_mm"]) * mm if "width_mm" in block else CAPTION_RULE
        space = float(block["space_mm"]) * mm if "space_mm" in block else CAPTION_LINE_SPACE
        sign = _SignMark(str(block["caption"]), self._places)
        return [_CaptionLine(value, str(block["caption"]), rule, str(block.get("align", "left")), space, sign)]

    @renders("repeat_lines")
    def _block_repeat_lines(self, block, values, photo):
        table = self.definition.fields[block["table"]]
        rows = values.get(block["table"]) or []
        return [_RuledRows(lambda width: _repeat_rows(block, table, rows, width))]

    @renders("table")
    def _block_table(self, block, values, photo):
        styles = _styles()
        columns = block["columns"]
        fractions = [float(c.get("width", 1 / len(columns))) for c in columns]
        scale = 1 / sum(fractions) if sum(fractions) > 1 else 1
        widths = [TEXT_WIDTH * f * scale for f in fractions]
        rows = values.get(block["table"]) or []
        data: list[list[Any]] = [[Paragraph(_markup(c.get("header", "")), styles["th"]) for c in columns]]
        for row in rows:
            data.append([Paragraph(_markup(_column_text(c, row)), styles["td"]) for c in columns])
        count = max(int(block.get("min_rows", 0)), len(rows))
        data.extend([""] * len(columns) for _ in range(count - len(rows)))
        table = Table(
            data,
            colWidths=widths,
            repeatRows=1,
            minRowHeights=[TABLE_HEADER_MIN] + [TABLE_ROW_MIN] * count,
            hAlign="LEFT",
            spaceAfter=TABLE_SPACE_AFTER,
            style=TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), TABLE_CELL_SIZE),
                ("GRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD),
            ]),
        )
        return [table]

    @renders("signature")
    def _block_signature(self, block, values, photo):
        label = str(block["label"])
        name = block_text(block, values) if ("fields" in block or "template" in block) else ""
        sign = _SignMark(label, self._places)
        return [_RuledRows(lambda width: _signature_rows(label, name, width, sign))]

    @renders("notice")
    def _block_notice(self, block, values, photo):
        styles = _styles()
        parts: list[Flowable] = [Paragraph(_markup(block["title"]), styles["notice_title"])]
        parts.extend(Paragraph(_markup(" ".join(str(p).split())), styles["notice"]) for p in block["paragraphs"])
        return [KeepTogether(parts)]

    @renders("page_break")
    def _block_page_break(self, block, values, photo):
        return [PageBreak()]

    @renders("spacer")
    def _block_spacer(self, block, values, photo):
        return [Spacer(0, float(block.get("mm", 5)) * mm)]


class _Document(BaseDocTemplate):
    """The form's document; remembers the flowable it is placing, to say which part did not fit."""

    placing: Flowable | None = None

    def handle_flowable(self, flowables):
        self.placing = flowables[0] if flowables else None
        super().handle_flowable(flowables)


def render_pdf(definition, data: dict | None, photo: bytes | None = None, blank: bool = False) -> bytes:
    """Render `definition` filled with `data` to A4 PDF bytes (see FormRenderer.render)."""
    return FormRenderer(definition).render(data, photo=photo, blank=blank)


# --- UP-6 … UP-9, HR-1 … HR-4 ---------------------------------------------------------------------


def _column_text(column: dict, row: dict) -> str:
    """A table cell: its column's value, or its `template` rendered over the row's values (e.g. a
    period "01. 03. 2026 18:00 – 03. 03. 2026 09:00" from four columns)."""
    if "template" in column:
        return block_text(column, row)
    return row.get(column["field"], "")


# --- UP-1 … UP-5 ---------------------------------------------------------------------------------
# Renderers of the block kinds `answer`, `caption_row`, `stacked_table`, `grid` and `footnote`
# (app/engine/blocks.py).

ANSWER_GAP = 3 * mm  # a circled word → its blank
ANSWER_SPACE = 1.5 * mm  # above an answer
ANSWER_CAPTION_LEADING = CAPTION_SIZE * 1.2
CAPTION_ROW_SPACE = 12 * mm  # room above the rules of a caption_row (to sign on) when no space_mm
FOOTNOTE_SIZE = 8
FOOTNOTE_BASELINE = 8 * mm  # from the bottom edge, inside the bottom margin
FOOTNOTE_RULE = 45 * mm
STACK_PART_MIN = 6 * mm  # one value of a stacked cell (a row of the gazette's two-line entries)
STACK_DIVIDER_WIDTH = 0.3
GRID_VALUE_MIN = 6 * mm  # room for a hand-written value under a grid cell's label


def _ring(canvas, x: float, baseline: float, width: float, size: float = BODY_SIZE) -> None:
    """A rounded ring round one line of text starting at `x` on `baseline` ("obkrožite")."""
    canvas.setLineWidth(CIRCLE_WIDTH)
    bottom = baseline - 0.25 * size - CIRCLE_PAD
    canvas.roundRect(x - CIRCLE_PAD, bottom, width + 2 * CIRCLE_PAD, size + 2 * CIRCLE_PAD, CIRCLE_RADIUS,
                     stroke=1, fill=0)


class _Answer(Flowable):
    """"DA ______": a word (ringed when chosen), a rule with the value on it and a caption under it."""

    def __init__(self, word: str, value: str, caption: str, circled: bool, indent: float):
        super().__init__()
        self.word, self.value, self.caption, self.circled, self.indent = word, value, caption, circled, indent
        self.spaceBefore = ANSWER_SPACE

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.word_x = self.indent + CIRCLE_PAD
        self.rule_x = self.word_x + _width(self.word, BODY_SIZE) + CIRCLE_PAD + ANSWER_GAP
        slot = max(availWidth - self.rule_x, MIN_SLOT)
        self._size, self._lines = _fit(self.value, slot - 2 * VALUE_PAD)
        self._caption = _wrap(self.caption, CAPTION_SIZE, slot, slot) if self.caption else []
        self.rule_y = len(self._caption) * ANSWER_CAPTION_LEADING + (CAPTION_GAP if self._caption else 0)
        above = max(LINE_PITCH - RULE_OFFSET, len(self._lines) * self._size * FIT_LEADING + TEXT_RISE + 1 * mm,
                    BODY_SIZE + CIRCLE_PAD + 1 * mm)
        self.height = self.rule_y + above + CIRCLE_PAD
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        baseline = self.rule_y + TEXT_RISE
        canvas.setFont(REGULAR, BODY_SIZE)
        canvas.drawString(self.word_x, baseline, self.word)
        if self.circled:
            _ring(canvas, self.word_x, baseline, _width(self.word, BODY_SIZE))
        canvas.setLineWidth(RULE_WIDTH)
        canvas.line(self.rule_x, self.rule_y, self.width, self.rule_y)
        canvas.setFont(REGULAR, self._size)
        for k, text in enumerate(self._lines):
            canvas.drawString(self.rule_x + VALUE_PAD, baseline + (len(self._lines) - 1 - k) * self._size * FIT_LEADING, text)
        canvas.setFont(REGULAR, CAPTION_SIZE)
        middle = (self.rule_x + self.width) / 2
        for k, text in enumerate(self._caption):
            canvas.drawCentredString(middle, self.rule_y - CAPTION_GAP - CAPTION_SIZE - k * ANSWER_CAPTION_LEADING, text)


class _CaptionRow(Flowable):
    """Short rules side by side (first left, last right, others spread between), each with its value
    on it and its caption centred under it: "(kraj in datum)      (podpis vlagatelja/skrbnika)"."""

    def __init__(self, cells: list[tuple[str, str, float]], space: float):
        super().__init__()
        self.cells = cells  # (value, caption, rule width)
        self.space = space

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self._laid = []
        widths = [min(rule, availWidth / len(self.cells)) for _, _, rule in self.cells]
        gap = (availWidth - sum(widths)) / (len(widths) - 1) if len(widths) > 1 else 0
        x, above, captions = 0.0, self.space, 1
        for (value, caption, _), rule in zip(self.cells, widths):
            size, lines = _fit(value, rule - 2 * VALUE_PAD)
            caption_lines = _wrap(caption, CAPTION_SIZE, rule, rule)
            self._laid.append((x, rule, size, lines, caption_lines))
            above = max(above, len(lines) * size * FIT_LEADING + TEXT_RISE + 1 * mm)
            captions = max(captions, len(caption_lines))
            x += rule + gap
        self.rule_y = captions * ANSWER_CAPTION_LEADING + CAPTION_GAP
        self.height = self.rule_y + above
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        for x, rule, size, lines, caption_lines in self._laid:
            canvas.setLineWidth(RULE_WIDTH)
            canvas.line(x, self.rule_y, x + rule, self.rule_y)
            canvas.setFont(REGULAR, size)
            for k, text in enumerate(lines):
                canvas.drawString(x + VALUE_PAD, self.rule_y + TEXT_RISE + (len(lines) - 1 - k) * size * FIT_LEADING, text)
            canvas.setFont(REGULAR, CAPTION_SIZE)
            for k, text in enumerate(caption_lines):
                canvas.drawCentredString(x + rule / 2, self.rule_y - CAPTION_GAP - CAPTION_SIZE - k * ANSWER_CAPTION_LEADING, text)


class _Footnote(Flowable):
    """A footnote of the gazette ("* neobvezno") under a short rule in the bottom margin of the page
    the block falls on; takes no room in the text."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, 0
        return self.width, 0

    def drawOn(self, canvas, x, y, _sW=0):  # page coordinates: the text frame does not reach the margin
        canvas.saveState()
        canvas.setLineWidth(RULE_WIDTH)
        canvas.line(MARGIN_LEFT, FOOTNOTE_BASELINE + FOOTNOTE_SIZE + 1 * mm, MARGIN_LEFT + FOOTNOTE_RULE,
                    FOOTNOTE_BASELINE + FOOTNOTE_SIZE + 1 * mm)
        canvas.setFont(REGULAR, FOOTNOTE_SIZE)
        canvas.drawString(MARGIN_LEFT, FOOTNOTE_BASELINE, self.text)
        canvas.restoreState()

    def draw(self):
        pass


class _StackCell(Flowable):
    """A table cell of one value, or of two values one above the other divided by a thin rule; the
    cell fills its column (the table has no padding) and the parts have the heights given."""

    def __init__(self, parts: list[Paragraph], heights: list[float], width: float):
        super().__init__()
        self.parts, self.heights, self.cell_width = parts, heights, width

    def wrap(self, availWidth, availHeight):
        self.width, self.height = self.cell_width, sum(self.heights)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        top = self.height
        for index, (part, height) in enumerate(zip(self.parts, self.heights)):
            _, h = part.wrap(self.cell_width - 2 * CELL_PAD, height)
            part.drawOn(canvas, CELL_PAD, top - height + (height - h) / 2)
            top -= height
            if index < len(self.parts) - 1:
                canvas.setLineWidth(STACK_DIVIDER_WIDTH)
                canvas.line(0, top, self.cell_width, top)


def _stack_row(texts: list[list[str]], widths: list[float], style: ParagraphStyle) -> list[_StackCell]:
    """One table row of stacked cells: per column one or two texts; the upper and lower parts line up
    across the row (each as tall as its tallest text) and a single value fills the whole height."""
    paragraphs = [[Paragraph(_markup(t), style) for t in column] for column in texts]

    def tall(paragraph: Paragraph, width: float) -> float:
        return paragraph.wrap(width - 2 * CELL_PAD, 10_000)[1] + 2 * CELL_PAD

    upper = lower = STACK_PART_MIN
    for column, width in zip(paragraphs, widths):
        if len(column) == 2:
            upper = max(upper, tall(column[0], width))
            lower = max(lower, tall(column[1], width))
    stacked = any(len(column) == 2 for column in paragraphs)
    for column, width in zip(paragraphs, widths):
        if len(column) == 1:
            need = tall(column[0], width)
            if stacked and need > upper + lower:
                lower += need - upper - lower
            elif not stacked:
                upper = max(upper, need)
    cells = []
    for column, width in zip(paragraphs, widths):
        heights = [upper, lower] if len(column) == 2 else [upper + lower if stacked else upper]
        cells.append(_StackCell(column, heights, width))
    return cells


@renders("stacked_table")
def _block_stacked_table(self, block, values, photo):
    styles = _styles()
    columns = block["columns"]
    fractions = [float(c.get("width", 1 / len(columns))) for c in columns]
    scale = 1 / sum(fractions) if sum(fractions) > 1 else 1
    widths = [TEXT_WIDTH * f * scale for f in fractions]
    headers = [c["header"] if isinstance(c["header"], list) else [c["header"]] for c in columns]
    data = [_stack_row(headers, widths, styles["th"])]
    rows = values.get(block["table"]) or []
    for row in rows:
        data.append(_stack_row([[row.get(name, "") for name in c["fields"]] for c in columns], widths, styles["td"]))
    for _ in range(max(int(block.get("min_rows", 0)), len(rows)) - len(rows)):
        data.append(_stack_row([[""] * len(c["fields"]) for c in columns], widths, styles["td"]))
    return [Table(
        data,
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
        spaceAfter=TABLE_SPACE_AFTER,
        style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("GRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]),
    )]


@renders("answer")
def _block_answer(self, block, values, photo):
    word = str(block["word"])
    blank = "fields" in block or "template" in block
    value = block_text(block, values) if blank else ""
    if "field" in block:
        field = self.definition.fields[block["field"]]
        if field.type == "boolean":
            wanted = "da" if block.get("value", True) in (True, "true", "da") else "ne"
        else:
            wanted = field.choice_label(str(block.get("value")))
        circled = values.get(field.id) == wanted
    else:
        circled = bool(value)
    indent = float(block.get("indent_mm", 0)) * mm
    if blank:
        return [_Answer(word, value, str(block.get("caption") or ""), circled, indent)]
    marker = str(block.get("marker") or "")
    hang = max(_width(marker, BODY_SIZE) + CIRCLE_PAD + 1.5 * mm, BULLET_INDENT) if marker else 0
    style = ParagraphStyle(f"answer-{indent}-{hang}", fontName=REGULAR, bulletFontName=REGULAR, fontSize=BODY_SIZE,
                           leading=BODY_SIZE * 1.2, leftIndent=indent + hang + CIRCLE_PAD, bulletIndent=indent,
                           rightIndent=2 * CIRCLE_PAD, spaceBefore=ANSWER_SPACE)
    text = " ".join(word.split())
    paragraph = Paragraph(_markup(text), style, bulletText=marker or None)
    return [_Circled(paragraph, text, indent + hang + CIRCLE_PAD, circled)]


@renders("caption_row")
def _block_caption_row(self, block, values, photo):
    cells = [(block_text(cell, values) if ("fields" in cell or "template" in cell) else "", str(cell["caption"]),
              float(cell["width_mm"]) * mm if "width_mm" in cell else CAPTION_RULE) for cell in block["cells"]]
    space = float(block["space_mm"]) * mm if "space_mm" in block else CAPTION_ROW_SPACE
    return [_CaptionRow(cells, space)]


@renders("grid")
def _block_grid(self, block, values, photo):
    styles = _styles()
    rows = block["rows"]
    count = len(rows[0])
    fractions = [float(w) for w in block.get("widths") or [1 / count] * count]
    scale = 1 / sum(fractions) if sum(fractions) > 1 else 1
    widths = [TEXT_WIDTH * f * scale for f in fractions]
    label_style = ParagraphStyle("grid-label", parent=styles["td"])
    value_style = ParagraphStyle("grid-value", parent=styles["td"], fontSize=BODY_SIZE, leading=BODY_SIZE * 1.2,
                                 spaceBefore=1 * mm)
    data = []
    for row in rows:
        out = []
        for cell in row:
            parts: list[Flowable] = []
            align = str(cell.get("align", "left"))
            if "text" in cell:
                parts.append(Paragraph(_markup(" ".join(str(cell["text"]).split())),
                                       _text_style(TABLE_CELL_SIZE, bool(cell.get("bold", False)), align)))
            if "label" in cell:
                parts.append(Paragraph(_markup(str(cell["label"])), label_style))
            if "fields" in cell or "template" in cell:
                value = block_text(cell, values)
                parts.append(Paragraph(_markup(value), value_style) if value else Spacer(0, GRID_VALUE_MIN))
            out.append(parts or "")
        data.append(out)
    border = bool(block.get("border", True))
    style = [("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else empty cells pull in an unembedded Helvetica
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD if border else 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
             ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
             ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD)]
    if border:
        style.append(("GRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black))
    return [Table(data, colWidths=widths, hAlign="LEFT", spaceAfter=TABLE_SPACE_AFTER, style=TableStyle(style))]


@renders("footnote")
def _block_footnote(self, block, values, photo):
    return [_Footnote(str(block["text"]))]
