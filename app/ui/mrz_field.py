"""One field for a passport's or ID card's machine-readable zone (ICAO Doc 9303: TD3 2 × 44, TD2 2 × 36,
TD1 3 × 30), typed, pasted or sent by a keyboard-emulating MRZ reader, and a button that reads it from a
photo or scan of the data page.

A reader types each line and presses Enter: the field is a plain text box that keeps Enter as a new
line (it never reaches the dialog's default button), and Tab leaves it. As soon as the lines are
complete the zone is checked (`Workspace.read_mrz`: every check digit) and `read` is emitted with the
MrzReading; a wrong check digit is named in the message under the field. Reading an image runs
Tesseract through PassportEye (`Workspace.read_mrz_image`), seconds of work: it runs in a thread of its
own, with a busy bar, and the result comes back to the UI thread through a queued signal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from app.workspace import MrzError
from app.ui.i18n import message_text

OK_STYLE = "color: #1b5e20"
ERROR_STYLE = "color: #8a0016"
#: the complete shapes: (lines, characters per line)
SHAPES = ((2, 44), (2, 36), (3, 30))


def _tr(text: str) -> str:
    return QCoreApplication.translate("mrz", text)


def _lines(text: str) -> list[str]:
    return ["".join(line.split()) for line in text.upper().splitlines() if line.strip()]


def looks_complete(text: str) -> bool:
    """Whether the typed text has the shape of a whole zone (then it is checked; before, it is being typed)."""
    lines = _lines(text)
    whole = "".join(lines)
    if any(len(lines) == n and all(len(line) == width for line in lines) for n, width in SHAPES):
        return True
    return len(lines) == 1 and len(whole) in (88, 72, 90)


class _ImageReader(QThread):
    """Reads the MRZ of an image off the UI thread; `done(reading or None, error text)`."""

    done = Signal(object, str)

    def __init__(self, workspace, image: bytes, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.image = image

    def run(self) -> None:
        try:
            reading = self.workspace.read_mrz_image(self.image)
        except MrzError as exc:
            self.done.emit(None, message_text(exc))
        except Exception as exc:  # the OCR failed in an unexpected way: say so, keep the app running
            self.done.emit(None, _tr("Branje slike ni uspelo ({error}); zapis prepišite ali preberite s čitalnikom.")
                           .format(error=message_text(exc)))
        else:
            self.done.emit(reading, "")


class MrzField(QWidget):
    """The machine-readable zone of a document: `read(MrzReading)` when a valid zone is typed or read."""

    read = Signal(object)
    failed = Signal(str)

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.reading = None
        self._worker: _ImageReader | None = None
        self._last_read = ""
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.NoWrap)
        mono = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        self.text.setFont(mono)
        self.text.setPlaceholderText(_tr("Strojno berljivi zapis (MRZ): vtipkajte ali prilepite vrstice dokumenta "
                                         "ali ga preberite s čitalnikom"))
        line = self.text.fontMetrics().lineSpacing()
        self.text.setFixedHeight(line * 3 + 2 * self.text.frameWidth() + 8)
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance("<" * 44) + 30)
        self.text.textChanged.connect(self._on_text_changed)
        self.image_button = QPushButton(_tr("Preberi iz slik&e…"), self)
        self.image_button.setToolTip(_tr("Fotografija ali sken strani s podatki (JPEG, PNG)"))
        self.image_button.setAutoDefault(False)
        self.image_button.clicked.connect(self.choose_image)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # a busy indicator: the OCR does not say how far it is
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.PlainText)
        self.status.setMinimumHeight(self.image_button.sizeHint().height())
        self.busy.setMaximumWidth(120)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.status, 1)
        below.addWidget(self.busy, 0, Qt.AlignTop)
        below.addWidget(self.image_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(below)
        self.setFocusProxy(self.text)

    # --- typed, pasted or from a reader ----------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Put text in the field as a paste would (it is checked at once)."""
        self.text.setPlainText(text)

    def _on_text_changed(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self._last_read = ""
            self.reading = None
            self._show("", None)
            return
        if not looks_complete(text):
            lines = _lines(text)
            shape = next(((n, width) for n, width in SHAPES if len(lines[0]) == width), None)
            if shape and len(lines) <= shape[0]:
                self._show(_tr("Vrstica {n} od {count}: {chars} od {width} znakov …").format(
                    n=len(lines), count=shape[0], chars=len(lines[-1]), width=shape[1]), None)
            else:
                self._show(_tr("Vrstica {n}: {chars} znakov (potni list: 2 × 44, osebna izkaznica: 3 × 30 ali "
                               "2 × 36) …").format(n=len(lines), chars=len(lines[-1])), None)
            return
        key = "\n".join(_lines(text))
        if key == self._last_read:
            return  # the reader's final Enter: the same zone again
        try:
            reading = self.workspace.read_mrz(text)
        except MrzError as exc:
            self._last_read = ""
            self.reading = None
            self._show(message_text(exc), False)
            self.failed.emit(message_text(exc))
            return
        self._last_read = key
        self._accept(reading)

    def _accept(self, reading) -> None:
        self.reading = reading
        kind = {"TD3": _tr("potni list (TD3)"), "TD2": _tr("osebna izkaznica (TD2)"),
                "TD1": _tr("osebna izkaznica (TD1)")}.get(reading.kind, reading.kind)
        self._show(_tr("Prebrano: {kind}, {name}; kontrolne številke so pravilne.").format(
            kind=kind, name=reading.attributes.get("latin_name", "")), True)
        self.read.emit(reading)

    def _show(self, text: str, ok: bool | None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE if ok is False else "color: #555555")

    # --- from an image -------------------------------------------------------------------------------
    def choose_image(self) -> None:
        """»Preberi iz slike…«: pick a photo or scan of the data page and read its zone."""
        path, _ = QFileDialog.getOpenFileName(self, _tr("Slika strani s podatki"), str(Path.home()),
                                              _tr("Slike (*.jpg *.jpeg *.png *.tif *.tiff *.bmp);;Vse datoteke (*)"))
        if not path:
            return
        try:
            image = Path(path).read_bytes()
        except OSError as exc:
            self._show(_tr("Datoteke ni mogoče prebrati: {error}").format(error=exc.strerror or exc), False)
            return
        self.read_image(image)

    def read_image(self, image: bytes) -> None:
        """Read the zone of an image in a thread; the field shows a busy bar until `read` or `failed`."""
        if self._worker is not None:
            return
        self.image_button.setEnabled(False)
        self.busy.show()
        self._show(_tr("Berem strojno berljivi zapis s slike …"), None)
        self._worker = _ImageReader(self.workspace, image, self)
        self._worker.done.connect(self._on_image_read, Qt.QueuedConnection)
        self._worker.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self._worker is not None:  # the window closes while the OCR runs: wait for it (seconds at most)
            self._worker.wait()

    @property
    def reading_image(self) -> bool:
        return self._worker is not None

    def _on_image_read(self, reading, error: str) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()  # it has said its result and is returning: let it end before it is deleted
            worker.deleteLater()
        self.busy.hide()
        self.image_button.setEnabled(True)
        if reading is None:
            self.reading = None
            self._show(error, False)
            self.failed.emit(error)
            return
        data = reading.data
        self.text.blockSignals(True)
        self.text.setPlainText("\n".join(data.lines))
        self.text.blockSignals(False)
        self._last_read = "\n".join(_lines(self.text.toPlainText()))
        self._accept(reading)

