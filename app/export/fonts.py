"""The embedded PDF fonts: DejaVu Sans from `resources/fonts/`, registered with reportlab once per process.

DejaVu Sans covers Slovenian (č, š, ž) and Cyrillic; it is embedded (subset) in every PDF, so a
printed or archived form never depends on the fonts of the machine that opens it.
"""

from __future__ import annotations

import threading
from pathlib import Path

#: reportlab names of the two faces (also the family name for <b> in paragraphs)
REGULAR = "Priloga"
BOLD = "Priloga-Bold"

FONT_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold face (first call only) and return their names.

    Raises FileNotFoundError with the missing path when a font file is not installed.
    """
    global _registered
    if _registered:
        return REGULAR, BOLD
    with _lock:
        if _registered:
            return REGULAR, BOLD
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in FONT_FILES.items():
            path = FONT_DIR / filename
            if not path.is_file():
                raise FileNotFoundError(f"font file is missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> inside a Paragraph of this family picks the bold face; there is no italic face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        addMapping(BOLD, 0, 0, BOLD)
        addMapping(BOLD, 1, 0, BOLD)
        addMapping(BOLD, 0, 1, BOLD)
        addMapping(BOLD, 1, 1, BOLD)
        _registered = True
    return REGULAR, BOLD
