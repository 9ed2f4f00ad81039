"""Export of filled forms: A4 PDF drawn from a definition's `print` section, or a card (ZZ-8) and its sheets."""

from app.export.card import CardRenderer
from app.export.pdf import ExportError, FormRenderer
from app.export.pdf import render_pdf as _render_a4


def render_pdf(definition, data: dict | None, photo: bytes | None = None, blank: bool = False) -> bytes:
    """Render `definition` filled with `data` to PDF bytes: an A4 form (FormRenderer), or for a card
    layout (`print: {page: card}`) the 91 x 60 mm card, front and back (CardRenderer.render_card)."""
    if (definition.print_layout or {}).get("page") == "card":
        return CardRenderer(definition).render_card(data, photo=photo, blank=blank)
    return _render_a4(definition, data, photo=photo, blank=blank)


__all__ = ["CardRenderer", "ExportError", "FormRenderer", "render_pdf"]
