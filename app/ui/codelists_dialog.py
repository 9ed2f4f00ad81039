"""Šifranti: an administrator adds an entry to a code list or renames one (values are never removed)."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from app.ui.dialogs import localize_buttons
from app.ui.i18n import message_text


class CodelistsDialog(QDialog):
    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Šifranti"))
        self.lists = QComboBox(self)
        self.lists.addItems(workspace.codelist_names())
        self.lists.currentTextChanged.connect(self._on_list_changed)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Oznaka"), self.tr("Ime na obrazcu"), self.tr("Spremenjeno")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("npr. ljubljana-vic"))
        self.label = QLineEdit(self)
        self.save_button = QPushButton(self.tr("&Dodaj ali preimenuj"), self)
        self.save_button.clicked.connect(self.save_entry)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Ši&frant:"), self.lists)
        entry = QFormLayout()
        entry.addRow(self.tr("&Oznaka:"), self.value)
        entry.addRow(self.tr("&Ime:"), self.label)
        row = QHBoxLayout()
        row.addLayout(entry, 1)
        row.addWidget(self.save_button)
        note = QLabel(self.tr("Vnosov ni mogoče brisati: obrazci, ki jih že uporabljajo, ostanejo veljavni. "
                              "Preimenovan vnos se izpiše z novim imenom."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666666")
        buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Close, self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self._on_list_changed(self.lists.currentText())

    def _on_list_changed(self, name: str) -> None:
        entries = self.workspace.codelist(name) if name else []
        self.table.setRowCount(len(entries))
        for row, (value, label, changed) in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(value))
            self.table.setItem(row, 1, QTableWidgetItem(label))
            self.table.setItem(row, 2, QTableWidgetItem(self.tr("da") if changed else ""))
        self.table.resizeColumnToContents(0)

    def _on_selection_changed(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) == 1:
            row = rows.pop()
            self.value.setText(self.table.item(row, 0).text())
            self.label.setText(self.table.item(row, 1).text())

    def save_entry(self) -> None:
        from app.engine.codelists import CodelistError
        from app.engine.roles import NotAllowed

        try:
            self.workspace.set_codelist_entry(self.lists.currentText(), self.value.text(), self.label.text())
        except (CodelistError, NotAllowed, KeyError) as exc:
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(message_text(str(exc.args[0])) if isinstance(exc, KeyError) else message_text(exc))
            return
        self.message.setStyleSheet("color: #1b5e20")
        self.message.setText(self.tr("Shranjeno: {value} – {label}").format(value=self.value.text().strip().lower(),
                                                                           label=self.label.text().strip()))
        self._on_list_changed(self.lists.currentText())
