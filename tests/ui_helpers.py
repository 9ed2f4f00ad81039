"""Helpers for the UI tests: the app with its font, typing any text, a test photo."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def ui_app(qapp):
    """pytest-qt's QApplication, with the app's font and translations (as `run_gui` sets them up)."""
    from app.ui.app import create_app

    return create_app()


def type_text(widget, text: str) -> None:
    """Type `text` key by key; safe for č, š, ž and Cyrillic (qtbot.keyClicks aborts on them)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyRelease, Qt.Key_unknown, Qt.NoModifier, ch))


def jpeg_bytes(width: int = 800, height: int = 600) -> bytes:
    """A JPEG with something face-like in the middle."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (170, 195, 225))
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.38, height * 0.2, width * 0.62, height * 0.7), fill=(228, 188, 160))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def a4_pdf(pages: int = 1) -> bytes:
    """A small A4 PDF made with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for number in range(pages):
        c.rect(72, 72, A4[0] - 144, A4[1] - 144)
        c.drawString(100, A4[1] - 100, f"Stran {number + 1}")
        c.showPage()
    c.save()
    return out.getvalue()
