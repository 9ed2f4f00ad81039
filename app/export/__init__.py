"""Export of filled forms: A4 PDF drawn from a definition's `print` section."""

from app.export.pdf import ExportError, FormRenderer, render_pdf

__all__ = ["ExportError", "FormRenderer", "render_pdf"]
