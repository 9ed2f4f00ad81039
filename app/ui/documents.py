"""What the main window and the wizard do with a form's PDF: save it, print it, open it."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.paths import APP_NAME
from app.store.drafts import FINISHED


def _tr(text: str) -> str:
    return QCoreApplication.translate("documents", text)


def _ascii_latin(text: str) -> str:
    """Latin letters without their marks (Ševčenko → Sevcenko); other scripts kept as they are."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if base.isascii() else ch)
    return "".join(out)


def pdf_file_name(form_code: str, title: str) -> str:
    """A file name such as ZZ-1_Sevcenko_Olena.pdf."""
    name = re.sub(r"[^\w.-]+", "_", _ascii_latin(title).strip()).strip("_.")
    return f"{form_code}_{name}.pdf" if name else f"{form_code}.pdf"


def _draft_pdf(workspace, draft_id: str, parent: QWidget | None) -> tuple[bytes, str] | None:
    """The draft's PDF and its file name, or None after telling the user why not."""
    try:
        draft = workspace.drafts.get(draft_id)
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            # a signed form is its signed PDF (as the print queue prints it); any other is rendered now
            pdf = (workspace.signed_pdf(draft_id) if draft.status == FINISHED else None) \
                or workspace.export_pdf(draft_id)
        finally:
            QApplication.restoreOverrideCursor()
    except Exception as exc:  # the export or the store says what went wrong
        QMessageBox.warning(parent, _tr("Izvoz PDF"), _tr("PDF ni bilo mogoče pripraviti: {error}").format(error=exc))
        return None
    return pdf, pdf_file_name(draft.form_code, draft.title)


def _blank_pdf(workspace, code: str, parent: QWidget | None) -> bytes | None:
    try:
        return workspace.export_blank(code)
    except Exception as exc:
        QMessageBox.warning(parent, _tr("Prazen obrazec"), _tr("PDF ni bilo mogoče pripraviti: {error}").format(error=exc))
        return None


def _documents_dir() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())


def save_pdf_as(pdf: bytes, file_name: str, parent: QWidget | None) -> str | None:
    """Ask where to save and write the PDF; return the path."""
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Izvozi PDF"), str(Path(_documents_dir()) / file_name),
                                          _tr("Dokument PDF (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        Path(path).write_bytes(pdf)
    except OSError as exc:
        QMessageBox.warning(parent, _tr("Izvoz PDF"), _tr("Datoteke ni bilo mogoče zapisati: {error}").format(
            error=exc.strerror or exc))
        return None
    return path


def export_draft(workspace, draft_id: str, parent: QWidget | None) -> str | None:
    """Izvozi PDF…: the draft's PDF saved where the official chooses."""
    made = _draft_pdf(workspace, draft_id, parent)
    return save_pdf_as(*made, parent) if made else None


def print_draft(workspace, draft_id: str, parent: QWidget | None) -> bool:
    made = _draft_pdf(workspace, draft_id, parent)
    return _print(made[0], parent) if made else False


def preview_draft(workspace, draft_id: str, parent: QWidget | None) -> None:
    made = _draft_pdf(workspace, draft_id, parent)
    if made:
        _preview(made[0], parent)


def open_draft_pdf(workspace, draft_id: str, parent: QWidget | None) -> str | None:
    """Odpri PDF: write the PDF to a temporary file and open it in the system's viewer."""
    made = _draft_pdf(workspace, draft_id, parent)
    return open_pdf(*made, parent) if made else None


def print_blank(workspace, code: str, parent: QWidget | None) -> bool:
    pdf = _blank_pdf(workspace, code, parent)
    return _print(pdf, parent) if pdf else False


def open_blank(workspace, code: str, parent: QWidget | None) -> str | None:
    pdf = _blank_pdf(workspace, code, parent)
    return open_pdf(pdf, f"{code}_prazen.pdf", parent) if pdf else None


def _print(pdf: bytes, parent: QWidget | None) -> bool:
    from app.ui.printing import print_pdf

    try:
        return print_pdf(pdf, parent)
    except Exception as exc:
        QMessageBox.warning(parent, _tr("Tiskanje"), _tr("Tiskanje ni uspelo: {error}").format(error=exc))
        return False


def _preview(pdf: bytes, parent: QWidget | None) -> None:
    from app.ui.printing import preview_pdf

    try:
        preview_pdf(pdf, parent)
    except Exception as exc:
        QMessageBox.warning(parent, _tr("Tiskanje"), _tr("Predogleda ni bilo mogoče pripraviti: {error}").format(error=exc))


def temp_pdf_dir() -> Path:
    """A folder for PDFs opened in the viewer: the user's cache folder, else the system's temp folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.CacheLocation)
    folder = Path(base) / "pdf" if base else Path(tempfile.gettempdir()) / APP_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_pdf(pdf: bytes, file_name: str, parent: QWidget | None) -> str | None:
    try:
        path = temp_pdf_dir() / file_name
        path.write_bytes(pdf)
    except OSError as exc:
        QMessageBox.warning(parent, _tr("Odpri PDF"), _tr("Datoteke ni bilo mogoče zapisati: {error}").format(
            error=exc.strerror or exc))
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(parent, _tr("Odpri PDF"), _tr(
            "Na tem računalniku ni programa za branje PDF. Datoteka je shranjena v {path}.").format(path=path))
    return str(path)
