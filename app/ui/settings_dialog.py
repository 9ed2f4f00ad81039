"""Nastavitve: this station's name, the office's heading stamp and the idle time before the session locks
(an administrator's), and the user's own name as printed on forms."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout,
)

from app.ui.dialogs import localize_buttons
from app.ui.lock import SETTING as LOCK_SETTING
from app.ui.lock import lock_minutes

MAX_LOCK_MINUTES = 120


class SettingsDialog(QDialog):
    """Edit the settings kept in the database; new forms are prefilled from them."""

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Nastavitve"))
        self.station = QLineEdit(workspace.station_name, self)
        self.official = QLineEdit(workspace.account.display_name, self)
        self.office = QPlainTextEdit(workspace.office, self)
        self.lock_after = QSpinBox(self)
        self.lock_after.setRange(1, MAX_LOCK_MINUTES)
        self.lock_after.setSuffix(self.tr(" min"))
        self._lock_minutes = lock_minutes(workspace)
        self.lock_after.setValue(max(1, min(MAX_LOCK_MINUTES, round(self._lock_minutes))))
        self.lock_after.setToolTip(self.tr("Po toliko minutah brez dela se program zaklene; odklene ga geslo."))
        may_edit_station = workspace.can("settings")
        self.station.setReadOnly(not may_edit_station)
        self.office.setReadOnly(not may_edit_station)
        self.lock_after.setReadOnly(not may_edit_station)
        self.lock_after.setButtonSymbols(QSpinBox.UpDownArrows if may_edit_station else QSpinBox.NoButtons)
        self.office.setTabChangesFocus(True)
        self.office.setFixedHeight(self.office.fontMetrics().lineSpacing() * 4 + 14)
        form = QFormLayout()
        form.addRow(self.tr("&Ime delovne postaje:"), self.station)
        form.addRow(self.tr("&Uradna oseba:"), self.official)
        office_label = QLabel(self.tr("&Organ (zglavna štampiljka):"), self)
        office_label.setBuddy(self.office)
        form.addRow(office_label, self.office)
        form.addRow(self.tr("&Zakleni po nedejavnosti:"), self.lock_after)
        self.language = self._language_combo()
        form.addRow(self.tr("&Jezik programa:"), self.language)
        text = self.tr("Uradna oseba in organ se vpišeta v vsak nov obrazec; v obrazcu ju lahko spremenite.")
        text += " " + self.tr("Jezik programa velja od naslednjega zagona.")
        if not may_edit_station:
            text += " " + self.tr("Ime postaje, organ in čas do zaklepa nastavi skrbnik.")
        note = QLabel(text, self)
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

    def _language_combo(self) -> QComboBox:
        """The user's language on this computer (kept in the data folder, not in the database: the login
        needs it); it takes effect at the next start."""
        from app.ui import i18n

        combo = QComboBox(self)
        combo.addItem(self.tr("po jeziku sistema"), "")
        for code, name in i18n.LANGUAGES.items():
            combo.addItem(name, code)
        stored = i18n.stored_language()
        combo.setCurrentIndex(max(0, combo.findData(stored)))
        combo.setToolTip(self.tr("Jezik velja za tega uporabnika na tem računalniku, od naslednjega zagona programa."))
        self._language = stored
        return combo

    def language_changed(self) -> bool:
        return (self.language.currentData() or "") != self._language

    def values(self) -> dict[str, str]:
        return {"station_name": self.station.text().strip(), "official": self.official.text().strip(),
                "office": self.office.toPlainText().strip()}

    def save(self) -> None:
        """Write the values (raises what the workspace raises)."""
        values = self.values()
        if self.language_changed():
            from app.ui import i18n

            i18n.set_chosen_language(self.language.currentData() or None)
            self._language = self.language.currentData() or ""
        self.workspace.set_display_name(values.pop("official"))
        if self.workspace.can("settings"):
            self.workspace.set_station(**values)
            minutes = self.lock_after.value()
            if minutes != self._lock_minutes:
                self.workspace.set_station(**{LOCK_SETTING: str(minutes)})
                self._lock_minutes = minutes
