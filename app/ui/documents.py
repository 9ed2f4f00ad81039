"""What the main window and the wizard do with a form's PDF: save it, print it, open it."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.engine.system_messages import os_error_text
from app.paths import APP_NAME, data_dir, write_private
from app.ui.i18n import message_text


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
    """A file name such as ZZ-1_Sevcenko_Olena.pdf (TUJ-1/1 as TUJ-1-1: a file name holds no "/")."""
    name = re.sub(r"[^\w.-]+", "_", _ascii_latin(title).strip()).strip("_.")
    code = form_code.replace("/", "-")
    return f"{code}_{name}.pdf" if name else f"{code}.pdf"


def _draft_pdf(workspace, draft_id: str, parent: QWidget | None) -> tuple[bytes, str] | None:
    """The draft's PDF and its file name, or None after telling the user why not."""
    try:
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            # a signed form is its signed PDF (as the print queue prints it); any other is rendered now
            document = workspace.form_document(draft_id)
        finally:
            QApplication.restoreOverrideCursor()
    except Exception as exc:  # the export or the store says what went wrong
        QMessageBox.warning(parent, _tr("Izvoz PDF"), _tr("PDF ni bilo mogoče pripraviti: {error}").format(error=message_text(exc)))
        return None
    return document.pdf, pdf_file_name(document.draft.form_code, document.draft.title)


def _blank_pdf(workspace, code: str, parent: QWidget | None) -> bytes | None:
    try:
        return workspace.export_blank(code)
    except Exception as exc:
        QMessageBox.warning(parent, _tr("Prazen obrazec"), _tr("PDF ni bilo mogoče pripraviti: {error}").format(error=message_text(exc)))
        return None


#: the user's interface settings (the folder last used in a file dialog), in the app's data folder
UI_SETTINGS_FILE = "ui.ini"
LAST_FOLDER_KEY = "files/last_folder"


def ui_settings() -> QSettings:
    return QSettings(str(data_dir() / UI_SETTINGS_FILE), QSettings.IniFormat)


def _documents_dir() -> str:
    """Where a file dialog opens: the folder last used (remembered in the user's settings) while it exists,
    else the user's documents folder, else the home folder — never the program's own (working) folder."""
    last = ui_settings().value(LAST_FOLDER_KEY, "")
    if last and Path(str(last)).is_dir():
        return str(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember_folder(path: str | Path | None) -> None:
    """Keep the folder of a file the official chose, so the next file dialog opens there."""
    if not path:
        return
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    if folder.is_dir():
        settings = ui_settings()
        settings.setValue(LAST_FOLDER_KEY, str(folder.resolve()))
        settings.sync()


def start_path(file_name: str = "") -> str:
    """A file dialog's starting path: `file_name` in the folder of `_documents_dir`."""
    return str(Path(_documents_dir()) / file_name) if file_name else _documents_dir()


def exported_text(path: str | Path) -> str:
    return _tr("PDF je shranjen: {path}").format(path=path)


def printed_text(printer: str) -> str:
    """»Sent to printer X« (a print to a file names the file)."""
    if printer.lower().endswith(".pdf") or os.sep in printer:
        return _tr("Obrazec je natisnjen v datoteko {path}.").format(path=printer)
    return _tr("Obrazec je poslan v tisk na tiskalnik {printer}.").format(printer=printer)


def save_pdf_as(pdf: bytes, file_name: str, parent: QWidget | None) -> str | None:
    """Ask where to save and write the PDF; return the path."""
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Izvozi PDF"), start_path(file_name),
                                          _tr("Dokument PDF (*.pdf)"))
    if not path:
        return None
    remember_folder(path)
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        write_private(path, pdf)
    except OSError as exc:
        QMessageBox.warning(parent, _tr("Izvoz PDF"), _tr("Datoteke ni bilo mogoče zapisati: {error}").format(
            error=os_error_text(exc)))
        return None
    return path


def export_draft(workspace, draft_id: str, parent: QWidget | None) -> str | None:
    """Izvozi PDF…: the draft's PDF saved where the official chooses (recorded in the audit trail)."""
    made = _draft_pdf(workspace, draft_id, parent)
    path = save_pdf_as(*made, parent) if made else None
    if path:
        _record(parent, lambda: workspace.exported(draft_id, signed=workspace.signed_pdf(draft_id) is not None))
    return path


def print_draft(workspace, draft_id: str, parent: QWidget | None) -> str | None:
    """Natisni…: the draft's PDF on the printer the official picks (recorded in the print log); returns the
    printer's name, or None when nothing was printed."""
    try:
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            # a card prints on A4 as its fold sheet (true size, centred, cut marks); a signed form as signed
            pdf = workspace.printable_pdf(draft_id)
        finally:
            QApplication.restoreOverrideCursor()
    except Exception as exc:
        QMessageBox.warning(parent, _tr("Tiskanje"), _tr("PDF ni bilo mogoče pripraviti: {error}").format(error=message_text(exc)))
        return None
    from app.ui.printing import print_pdfs

    try:
        printer = print_pdfs([pdf], parent)
    except Exception as exc:
        QMessageBox.warning(parent, _tr("Tiskanje"), _tr("Tiskanje ni uspelo: {error}").format(error=message_text(exc)))
        return None
    if printer is None:
        return None
    _record(parent, lambda: workspace.record_printed_form(printer, draft_id))
    return printer


def _record(parent: QWidget | None, write) -> None:
    """Record what left the station; a store error is shown, the file or print stays done."""
    try:
        write()
    except Exception as exc:
        QMessageBox.warning(parent, _tr("Revizijska sled"), _tr("Zapis v revizijsko sled ni uspel: {error}").format(
            error=message_text(exc)))


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
    return open_pdf(pdf, f"{code.replace('/', '-')}_prazen.pdf", parent) if pdf else None


def _print(pdf: bytes, parent: QWidget | None) -> bool:
    from app.ui.printing import print_pdf

    try:
        return print_pdf(pdf, parent)
    except Exception as exc:
        QMessageBox.warning(parent, _tr("Tiskanje"), _tr("Tiskanje ni uspelo: {error}").format(error=message_text(exc)))
        return False


def _preview(pdf: bytes, parent: QWidget | None) -> None:
    from app.ui.printing import preview_pdf

    try:
        preview_pdf(pdf, parent)
    except Exception as exc:
        QMessageBox.warning(parent, _tr("Tiskanje"), _tr("Predogleda ni bilo mogoče pripraviti: {error}").format(error=message_text(exc)))


def temp_pdf_dir() -> Path:
    """The folder for PDFs opened in the viewer: this session's private folder (see `session_dir`)."""
    return session_dir()


def open_pdf(pdf: bytes, file_name: str, parent: QWidget | None) -> str | None:
    try:
        path = temp_pdf_dir() / file_name
        _write_private(path, pdf)
    except OSError as exc:
        QMessageBox.warning(parent, _tr("Odpri PDF"), _tr("Datoteke ni bilo mogoče zapisati: {error}").format(
            error=os_error_text(exc)))
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(parent, _tr("Odpri PDF"), _tr(
            "Na tem računalniku ni programa za branje PDF. Datoteka je shranjena v {path}.").format(path=path))
    return str(path)


# --- the session's private folder for temporary files ----------------------------------------------
#
# PDFs opened in the viewer and the print system's spool files (Qt and CUPS write them to $TMPDIR) go to
# a folder only this user can read (0700), one per session, under the user's runtime folder (in memory
# on Linux) or the data folder — never the shared system temp folder. It is emptied when the session
# locks and removed at logout and exit; folders left by a killed process are removed at the next start.

SESSION_PREFIX = "session-"
_TEMP_VARIABLES = ("TMPDIR", "TEMP", "TMP")
_session: Path | None = None
_saved_environment: dict[str, str | None] | None = None


def _private(folder: Path) -> bool:
    """True when the folder exists, is ours and nobody else may enter it."""
    try:
        info = folder.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & 0o077


def temp_root() -> Path:
    """Where the sessions' folders are: the runtime folder when it is private to the user (Linux:
    /run/user/UID, a memory file system), else `tmp` in the app's data folder."""
    if os.name == "posix" and not os.environ.get("PRILOGA_DATA_DIR"):
        try:
            from platformdirs import user_runtime_dir

            runtime = Path(user_runtime_dir(APP_NAME, appauthor=False))
            if _private(runtime.parent):
                return runtime
        except Exception:  # no runtime folder on this system: the data folder then
            pass
    return data_dir() / "tmp"


def _make_private_dir(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)  # mkdir's mode is narrowed by the umask, never widened: make it exact
    return folder


_write_private = write_private


def session_dir() -> Path:
    """This session's private folder (made on first use)."""
    global _session
    root = temp_root()
    if _session is None or _session.parent != root or not _session.is_dir():
        root = _make_private_dir(root)
        _session = _make_private_dir(root / f"{SESSION_PREFIX}{os.getpid()}-{secrets.token_hex(6)}")
    return _session


def begin_session_files() -> Path:
    """Make the session's folder and send every temporary file of the process there ($TMPDIR for Qt's
    and CUPS's spool files, `tempfile` for Python's); `end_session_files` puts things back."""
    global _saved_environment, _session
    if _session is not None:  # a new session never sees the files of the one before
        shutil.rmtree(_session, ignore_errors=True)
        _session = None
    folder = session_dir()
    if _saved_environment is None:
        _saved_environment = {name: os.environ.get(name) for name in _TEMP_VARIABLES}
    for name in _TEMP_VARIABLES:
        os.environ[name] = str(folder)
    tempfile.tempdir = None  # read the variables again
    return folder


def clear_session_files() -> None:
    """Remove every file in the session's folder (the folder stays): when the session locks."""
    if _session is None or not _session.is_dir():
        return
    for child in _session.iterdir():
        try:
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
        except OSError:  # e.g. a file still open in a viewer on Windows: removed at logout or next start
            pass


def end_session_files() -> None:
    """Remove the session's folder and restore the temporary-file variables: at logout and exit."""
    global _session, _saved_environment
    if _saved_environment is not None:
        for name, value in _saved_environment.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        _saved_environment = None
        tempfile.tempdir = None
    if _session is not None:
        shutil.rmtree(_session, ignore_errors=True)
        _session = None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, another user's
        return True
    return True


def remove_stale_session_dirs() -> list[Path]:
    """Remove the folders of sessions whose process has ended (killed, power cut); return them."""
    root = temp_root()
    removed = []
    if not root.is_dir():
        return removed
    for folder in root.glob(SESSION_PREFIX + "*"):
        try:
            pid = int(folder.name[len(SESSION_PREFIX):].split("-", 1)[0])
        except ValueError:
            continue
        if folder != _session and not (pid != os.getpid() and _alive(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
