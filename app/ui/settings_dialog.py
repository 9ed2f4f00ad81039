"""Nastavitve: this station's name, the official's name and the office's heading stamp."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from app.ui.dialogs import localize_buttons

KEYS = ("station_name", "official", "office")


class SettingsDialog(QDialog):
    """Edit the settings kept in the database; new forms are prefilled from them."""

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Nastavitve"))
        self.station = QLineEdit(settings.station_name, self)
        self.official = QLineEdit(settings.official, self)
        self.office = QPlainTextEdit(settings.office, self)
        self.office.setTabChangesFocus(True)
        self.office.setFixedHeight(self.office.fontMetrics().lineSpacing() * 4 + 14)
        form = QFormLayout()
        form.addRow(self.tr("&Ime delovne postaje:"), self.station)
        form.addRow(self.tr("&Uradna oseba:"), self.official)
        office_label = QLabel(self.tr("&Organ (zglavna štampiljka):"), self)
        office_label.setBuddy(self.office)
        form.addRow(office_label, self.office)
        note = QLabel(self.tr("Uradna oseba in organ se vpišeta v vsak nov obrazec; v obrazcu ju lahko spremenite."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666666")
        buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {"station_name": self.station.text().strip(), "official": self.official.text().strip(),
                "office": self.office.toPlainText().strip()}

    def save(self) -> None:
        """Write the values to the settings (raises what the store raises)."""
        for key, value in self.values().items():
            self.settings.set(key, value)
