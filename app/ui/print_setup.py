"""Umerjanje tiskalnika: print the calibration page, type in what was measured, keep the printer's offsets."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from app.workspace.printing import AB_MM, AC_MM, CROSSES, Offsets, PrintItem, calibration_pdf, offsets_from_measurements
from app.ui.dialogs import localize_buttons
from app.ui.i18n import message_text


def _mm(value: float) -> str:
    return f"{value:+.1f}".replace(".", ",").replace("+0,0", "0,0").replace("-0,0", "0,0") + " mm"


def describe(offsets: Offsets) -> str:
    """The correction in words, e.g. "premik X −1,6 mm, Y +1,1 mm; merilo 100,6 % × 99,6 %"."""
    if offsets.is_identity:
        return "brez popravka (tiskalnik tiska točno)"
    scale = f"{offsets.scale_x * 100:.1f} % × {offsets.scale_y * 100:.1f} %".replace(".", ",")
    return f"premik X {_mm(offsets.dx_mm)}, Y {_mm(offsets.dy_mm)}; merilo {scale}"


class PrintSetupDialog(QDialog):
    """Per printer: print the calibration page (at 100 %, no offsets), enter four measurements, save."""

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Umerjanje tiskalnika"))
        self.printer = QComboBox(self)
        self.printer.setEditable(True)
        names = QPrinterInfo.availablePrinterNames()
        for name in sorted(set(names) | set(workspace.printers())):
            self.printer.addItem(name)
        default = QPrinterInfo.defaultPrinterName()
        if default:
            self.printer.setCurrentText(default)
        self.print_button = QPushButton(self.tr("Natisni umeritveno stran"), self)
        self.print_button.clicked.connect(self.print_calibration)
        self.left_a = self._spin(CROSSES["A"][0], 0, 60)
        self.top_a = self._spin(CROSSES["A"][1], 0, 60)
        self.a_to_b = self._spin(AB_MM, AB_MM - 15, AB_MM + 15)
        self.a_to_c = self._spin(AC_MM, AC_MM - 15, AC_MM + 15)
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Brez popravka"), self)
        self.reset_button.setToolTip(self.tr("Vpiše pravilne mere: tiskalnik bo tiskal brez premika in merila"))
        self.reset_button.clicked.connect(self.reset)
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.printer, 1)
        printer_row.addWidget(self.print_button)
        form = QFormLayout()
        form.addRow(self.tr("&Tiskalnik:"), printer_row)
        form.addRow(self.tr("Trenutno:"), self.current)
        form.addRow(self.tr("a) levi rob – križec A:"), self.left_a)
        form.addRow(self.tr("b) zgornji rob – križec A:"), self.top_a)
        form.addRow(self.tr("c) križec A – križec B (vodoravno):"), self.a_to_b)
        form.addRow(self.tr("d) križec A – križec C (navpično):"), self.a_to_c)
        form.addRow(self.tr("Popravek:"), self.result)
        note = QLabel(self.tr(
            "Natisnite umeritveno stran na navaden papir A4 (merilo 100 %), z ravnilom izmerite razdalje, kot "
            "piše na strani, in jih vpišite. Popravek velja za vsa nadaljnja tiskanja na ta tiskalnik."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555")
        self.buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Shrani"))
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ResetRole)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for spin in (self.left_a, self.top_a, self.a_to_b, self.a_to_c):
            spin.valueChanged.connect(self._update)
        self.printer.currentTextChanged.connect(self._printer_changed)
        self._printer_changed(self.printer.currentText())
        self.resize(560, self.sizeHint().height())

    def _spin(self, value: float, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setRange(low, high)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    def printer_name(self) -> str:
        return self.printer.currentText().strip()

    def offsets(self) -> Offsets:
        return offsets_from_measurements(self.left_a.value(), self.top_a.value(), self.a_to_b.value(),
                                         self.a_to_c.value())

    def _printer_changed(self, name: str) -> None:
        stored = self.workspace.printer_offset(name.strip()) if name.strip() else Offsets()
        self.current.setText(describe(stored))
        self._update()

    def _update(self, *_args) -> None:
        self.result.setText(describe(self.offsets()))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.printer_name()))

    def reset(self) -> None:
        self.left_a.setValue(CROSSES["A"][0])
        self.top_a.setValue(CROSSES["A"][1])
        self.a_to_b.setValue(AB_MM)
        self.a_to_c.setValue(AC_MM)

    def print_calibration(self) -> bool:
        """The calibration page on the chosen printer, at 100 % and WITHOUT its offsets (they are measured)."""
        from app.ui.printing import print_pdf

        name = self.printer_name()
        printer = QPrinter(QPrinterInfo.printerInfo(name)) if name in QPrinterInfo.availablePrinterNames() else None
        try:
            done = print_pdf(calibration_pdf(name), self, printer=printer, show_dialog=printer is None,
                             offsets=Offsets())
        except Exception as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Tiskanje ni uspelo: {error}").format(error=message_text(exc)))
            return False
        if done:
            try:
                self.workspace.record_print(name or "?", [PrintItem("calibration")], pages=1)
            except Exception:  # the log is a record, not a condition for printing
                pass
        return done

    def save(self) -> Offsets:
        """Keep the offsets for the chosen printer (raises what the store raises)."""
        offsets = self.offsets()
        self.workspace.set_printer_offset(self.printer_name(), offsets)
        return offsets

    def save_and_close(self) -> None:
        try:
            self.save()
        except Exception as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Popravka ni bilo mogoče shraniti: {error}").format(
                error=message_text(exc)))
            return
        self.accept()
