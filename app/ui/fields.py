"""Field widgets built from a form definition: one editor per editor kind, and the row around it.

Each field type names the editor kind it is edited with (`FieldType.editor`, app/engine/types.py);
`EDITORS` below maps a kind to its field editor and its table-cell behaviour, so a new field type
needs nothing here unless it needs a new kind of editor. Editors only gather input: they turn what is
typed into the stored value (ISO dates, country codes, choice values) and show what the engine found;
every check is the engine's.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor, QKeySequence, QPainter, QPalette, QPixmap, QShortcut, QStandardItem, QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QCalendarWidget, QCheckBox, QComboBox, QCompleter, QFileDialog, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSizePolicy,
    QStyledItemDelegate, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from app.engine.countries import STATELESS, STATELESS_NAME, countries, country_code, country_name
from app.engine.dates import format_date, normalize_date, parse_date
from app.engine.model import Field
from app.engine.types import field_type
from app.engine.photo import PhotoError, prepare, read_photo_file
from app.workspace import fold
from app.ui.i18n import message_text

ERROR_COLOR = "#b00020"
WARNING_COLOR = "#8a5300"
ERROR_BACKGROUND = QColor("#fbdde1")
WARNING_BACKGROUND = QColor("#fff0c7")
HELP_COLOR = "#666666"
VALUE_ROLE = Qt.UserRole
FOLD_ROLE = Qt.UserRole + 1
LABEL_WIDTH = 270


def finding_text(finding) -> str:
    """An engine finding in the user's language (its template through the message catalogue, app/ui/i18n.py)."""
    from app.ui.i18n import finding_text as translated

    return translated(finding)


def findings_html(findings) -> str:
    """Findings as lines of rich text, red for errors and amber for warnings."""
    lines = []
    for f in findings:
        colour = ERROR_COLOR if f.severity == "error" else WARNING_COLOR
        mark = "✖" if f.severity == "error" else "⚠"
        lines.append(f'<div style="color:{colour}">{mark} {html.escape(finding_text(f))}</div>')
    return "".join(lines)


def _tr(text: str) -> str:
    return QCoreApplication.translate("fields", text)


def show_read_only(widget: QWidget, read_only: bool) -> None:
    """A read-only text box gets the window's background, so it does not look editable."""
    if read_only:
        palette = widget.palette()
        palette.setColor(QPalette.Base, palette.color(QPalette.Window))
        widget.setPalette(palette)
    else:
        widget.setPalette(QPalette())


# --- editors ------------------------------------------------------------------------------------


class FieldEditor(QWidget):
    """One field's input. `changed` after every edit; `advance` when Enter asks for the next field."""

    changed = Signal()
    advance = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.read_only = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The widget that takes the focus for this field (the label's buddy)."""
        return self

    def tab_widgets(self) -> list[QWidget]:
        """This field's widgets in Tab order."""
        return [self.focus_widget()]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.focus_widget().setEnabled(not read_only)

    def show_findings(self, findings: list) -> None:
        """Mark the input itself (tables colour their cells); the row shows the messages."""

    def focus_path(self, row: int | None = None, column: str | None = None) -> None:
        self.focus_widget().setFocus(Qt.OtherFocusReason)

    def _advance_on_enter(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter)
                and not (event.modifiers() & ~Qt.KeypadModifier) and self._enter_moves_on(watched)):
            self.advance.emit()
            return True
        return super().eventFilter(watched, event)

    def _enter_moves_on(self, watched: QObject) -> bool:
        return True


class LineEditor(FieldEditor):
    """A single line of text (also e-mail, phone and EMŠO)."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.line = QLineEdit(self)
        hint = INPUT_HINTS.get(field_type(field.type).input_hint)
        if hint is not None:
            self.line.setInputMethodHints(hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._on_text_changed)
        self._advance_on_enter(self.line)

    def _on_text_changed(self, _text: str) -> None:
        self.changed.emit()

    def value(self) -> str | None:
        return self.line.text() or None

    def set_value(self, value: Any) -> None:
        self.line.blockSignals(True)
        self.line.setText("" if value is None else str(value))
        self.line.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.line

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.line.setReadOnly(read_only)
        show_read_only(self.line, read_only)


class MultilineEditor(FieldEditor):
    """Several lines of text; Tab leaves the field, Enter makes a new line."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        line = self.text.fontMetrics().lineSpacing()
        self.text.setFixedHeight(line * 4 + 14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.setFocusProxy(self.text)
        self.text.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self) -> None:
        self.changed.emit()

    def value(self) -> str | None:
        return self.text.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText("" if value is None else str(value))
        self.text.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.text

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.text.setReadOnly(read_only)
        show_read_only(self.text, read_only)


def _calendar_icon(size: int = 16) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#444444"))
    painter.drawRect(1, 2, size - 3, size - 4)
    painter.fillRect(2, 3, size - 4, 3, QColor("#b03030"))
    for row in range(2):
        for col in range(3):
            painter.fillRect(3 + col * 4, 8 + row * 3, 2, 2, QColor("#444444"))
    painter.end()
    return pixmap


class DateEditor(FieldEditor):
    """A date typed as dd. mm. llll (or picked in a calendar); stored as ISO when it is a real date."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("dd. mm. llll"))
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("00. 00. 00000") + 24)
        self.button = QToolButton(self)
        self.button.setIcon(_calendar_icon())
        self.button.setFocusPolicy(Qt.NoFocus)
        self.button.setToolTip(self.tr("Izberi datum na koledarju"))
        self.button.clicked.connect(self._on_calendar_requested)
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._on_text_changed)
        self.line.editingFinished.connect(self._on_editing_finished)
        self._advance_on_enter(self.line)

    def _on_text_changed(self, _text: str) -> None:
        self.changed.emit()

    def _on_editing_finished(self) -> None:
        value = self.value()
        if value and parse_date(value):
            self.set_value(value)

    def _on_calendar_requested(self) -> None:
        if self.read_only:
            return
        if self.calendar is None:
            from PySide6.QtCore import QDate, QLocale

            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.Popup)
            self.calendar.setLocale(QLocale(QLocale.Slovenian, QLocale.Slovenia))
            self.calendar.setFirstDayOfWeek(Qt.Monday)
            self.calendar.setGridVisible(True)
            self.calendar.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
            self.calendar.setMinimumDate(QDate(1900, 1, 1))
            self.calendar.clicked.connect(self._on_calendar_clicked)
            self.calendar.activated.connect(self._on_calendar_clicked)
        day = parse_date(self.value())
        if day is not None:
            from PySide6.QtCore import QDate

            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.adjustSize()
        self.calendar.move(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _on_calendar_clicked(self, date) -> None:
        self.calendar.hide()
        self.line.setText(format_date(date.toPython()))
        self.line.setFocus(Qt.OtherFocusReason)

    def value(self) -> str | None:
        text = self.line.text()
        return normalize_date(text) if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.line.blockSignals(True)
        self.line.setText(format_date(value) if value else "")
        self.line.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.line

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.line.setReadOnly(read_only)
        show_read_only(self.line, read_only)
        self.button.setEnabled(not read_only)


class ChoiceEditor(FieldEditor):
    """One of the definition's choices; the first, empty item means not chosen."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.addItem("", None)
        for choice in field.choices:
            self.combo.addItem(choice.label, choice.value)
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._on_index_changed)
        self._advance_on_enter(self.combo)

    def _on_index_changed(self, _index: int) -> None:
        self.changed.emit()

    def value(self) -> str | None:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        index = self.combo.findData(value) if value is not None else 0
        if index < 0:  # a value the definition no longer offers: keep it visible
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.combo


class FoldingCompleter(QCompleter):
    """Completes on any part of a name, ignoring case and diacritics (»cesk« finds »Češka«)."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.DisplayRole)


def country_model(stateless: bool, parent: QObject | None = None) -> QStandardItemModel:
    """The countries by their Slovenian names (code in VALUE_ROLE, folded name in FOLD_ROLE)."""
    model = QStandardItemModel(parent)
    rows = ([(STATELESS, STATELESS_NAME)] if stateless else []) + list(countries())
    for code, name in rows:
        item = QStandardItem(name)
        item.setData(code, VALUE_ROLE)
        item.setData(fold(name), FOLD_ROLE)
        model.appendRow(item)
    return model


_COUNTRY_ITEMS: dict[tuple[int, bool], tuple[QStandardItemModel, QStandardItemModel]] = {}


def country_items(stateless: bool) -> tuple[QStandardItemModel, QStandardItemModel]:
    """(the items of a country box: a blank choice, then the countries; the completer's countries), made
    once per application and shared by every country box: building ~250 rows twice for each box was a
    third of the time to open a form with three countries. No box changes them (NoInsert)."""
    from shiboken6 import isValid

    app = QCoreApplication.instance()
    key = (id(app), stateless)
    models = _COUNTRY_ITEMS.get(key)
    if models is None or not all(isValid(m) for m in models):
        completion = country_model(stateless)
        items = QStandardItemModel()
        items.appendRow(QStandardItem(""))
        for row in range(completion.rowCount()):
            source = completion.item(row)
            item = QStandardItem(source.text())
            item.setData(source.data(VALUE_ROLE), VALUE_ROLE)
            items.appendRow(item)
        models = _COUNTRY_ITEMS[key] = (items, completion)
    return models


def country_combo(stateless: bool, parent: QWidget | None = None) -> QComboBox:
    """An editable combo box of countries with a contains-completer."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.setMaxVisibleItems(15)
    items, model = country_items(stateless)
    combo.setModel(items)
    completer = FoldingCompleter(model, combo)
    completer.setCompletionRole(FOLD_ROLE)
    completer.setFilterMode(Qt.MatchContains)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    completer.setCompletionMode(QCompleter.PopupCompletion)
    completer.setMaxVisibleItems(12)
    combo.setCompleter(completer)
    combo.lineEdit().setPlaceholderText(_tr("vpišite del imena države"))
    return combo


_COUNTRY_WIDTH: dict[tuple[int, bool], int] = {}


def country_value(text: str) -> str | None:
    """The stored value for a typed country: its code when known, else the text as typed."""
    text = text.strip()
    if not text:
        return None
    return country_code(text) or text


class CountryEditor(FieldEditor):
    """A country chosen or typed by its Slovenian name; stored as the ISO alpha-3 code."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.combo = country_combo(field.stateless, self)
        # As wide as the longest name, measured once: sizing each box to its contents measured all ~250
        # names every time a form with countries opened (~4 ms a box).
        key = (id(QCoreApplication.instance()), field.stateless)
        if key not in _COUNTRY_WIDTH:
            _COUNTRY_WIDTH[key] = self.combo.minimumSizeHint().width()
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumWidth(max(280, _COUNTRY_WIDTH[key]))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.editTextChanged.connect(self._on_text_changed)
        self._advance_on_enter(self.combo)

    def _enter_moves_on(self, watched: QObject) -> bool:
        popup = self.combo.completer().popup() if self.combo.completer() else None
        return not (popup and popup.isVisible())

    def _on_text_changed(self, _text: str) -> None:
        self.changed.emit()

    def value(self) -> str | None:
        return country_value(self.combo.currentText())

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        index = self.combo.findData(value) if value else 0
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setCurrentIndex(0)
            self.combo.setEditText(country_name(value) or str(value))
        self.combo.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.combo


class BooleanEditor(FieldEditor):
    """Yes or no."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.box = QCheckBox(self.tr("da"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.setFocusProxy(self.box)
        self.box.toggled.connect(self._on_toggled)
        self._advance_on_enter(self.box)

    def _on_toggled(self, _checked: bool) -> None:
        self.changed.emit()

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.box


# --- tables -------------------------------------------------------------------------------------


def cell_text(column: Field, value: Any) -> str:
    """How a stored cell value is shown in the table."""
    if value is None:
        return ""
    return editor_kind(column).cell_text(column, value)


def cell_value(column: Field, text: str) -> Any:
    """The stored value of what was typed into a cell (nothing typed is lost)."""
    if not text.strip():
        return None
    return editor_kind(column).cell_value(column, text)


def _choice_cell_value(column: Field, text: str) -> Any:
    for choice in column.choices:
        if text in (choice.label, choice.value):
            return choice.value
    return text


def _choice_combo(column: Field, parent: QWidget, delegate: QStyledItemDelegate, option, index) -> QWidget:
    combo = QComboBox(parent)
    combo.addItem("")
    combo.addItems([c.label for c in column.choices])
    return combo


def _date_line(column: Field, parent: QWidget, delegate: QStyledItemDelegate, option, index) -> QWidget:
    editor = QStyledItemDelegate.createEditor(delegate, parent, option, index)
    if isinstance(editor, QLineEdit):
        editor.setPlaceholderText(QCoreApplication.translate("CellDelegate", "dd. mm. llll"))
    return editor


class CellDelegate(QStyledItemDelegate):
    """Cell editors by the column's editor kind: choices and countries as combo boxes, dates with a hint."""

    def __init__(self, columns: tuple[Field, ...], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent, option, index):
        column = self.columns[index.column()]
        make = editor_kind(column).cell_editor
        if make is not None:
            return make(column, parent, self, option, index)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            text = index.data(Qt.EditRole) or ""
            position = editor.findText(text)
            if position >= 0:
                editor.setCurrentIndex(position)
            elif editor.isEditable():
                editor.setEditText(text)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.EditRole)
            return
        super().setModelData(editor, model, index)


class _Table(QTableWidget):
    """The grid: Enter edits a cell instead of leaving the page; Tab leaves after the last cell."""


    def _at_end(self, forward: bool) -> bool:
        if self.rowCount() == 0:
            return True
        if forward:
            return self.currentRow() == self.rowCount() - 1 and self.currentColumn() == self.columnCount() - 1
        return self.currentRow() <= 0 and self.currentColumn() <= 0

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            if self.state() != QAbstractItemView.EditingState and self.currentIndex().isValid():
                self.edit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        if self.state() != QAbstractItemView.EditingState and self._at_end(next_):
            return QWidget.focusNextPrevChild(self, next_)
        return super().focusNextPrevChild(next_)


class TableEditor(FieldEditor):
    """A repeat table: one row per entry, buttons to add and remove rows (up to `max_rows`)."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.columns = field.columns
        self.table = _Table(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels([c.label for c in self.columns])
        self.table.setItemDelegate(CellDelegate(self.columns, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed | QAbstractItemView.SelectedClicked)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Stretch)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter | Qt.TextWordWrap)
        for c, column in enumerate(self.columns):
            self.table.horizontalHeaderItem(c).setToolTip(column.help or column.label)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignCenter)
        self.table.verticalHeader().setMinimumSectionSize(self.table.fontMetrics().height() + 12)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setSizeAdjustPolicy(QAbstractItemView.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.add_button = QPushButton(self.tr("&Dodaj vrstico"), self)
        self.add_button.setToolTip(self.tr("Dodaj vrstico (Ctrl+Insert)"))
        self.remove_button = QPushButton(self.tr("&Odstrani vrstico"), self)
        self.remove_button.setToolTip(self.tr("Odstrani izbrano vrstico"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        QShortcut(QKeySequence("Ctrl+Insert"), self, self.add_row).setContext(Qt.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.buttons_layout = buttons
        self.limit_label = QLabel(self)
        self.limit_label.setStyleSheet(f"color: {HELP_COLOR}")
        buttons.addWidget(self.limit_label)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        sort = getattr(field, "sort", None) or {}
        if sort.get("note"):  # the form prescribes the order; the wizard sorts when the page is left
            self.sort_label = QLabel(sort["note"], self)
            self.sort_label.setWordWrap(True)
            self.sort_label.setStyleSheet(f"color: {HELP_COLOR}")
            layout.addWidget(self.sort_label)
        layout.addStretch(1)
        self.setFocusProxy(self.table)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(self._on_current_cell_changed)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self._on_columns_resized)
        header.sectionResized.connect(self._relayout.start)
        self._fit_height()
        self._update_buttons()

    # values
    def value(self) -> list[dict] | None:
        rows = []
        for r in range(self.table.rowCount()):
            row = {}
            for c, column in enumerate(self.columns):
                item = self.table.item(r, c)
                value = item.data(VALUE_ROLE) if item is not None else None
                if value is not None and value != "":
                    row[column.id] = value
            rows.append(row)
        return rows or None

    def set_value(self, value: Any) -> None:
        rows = value if isinstance(value, list) else []
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self._append_row(row if isinstance(row, dict) else {})
        self.table.blockSignals(False)
        self._after_rows_changed()

    def _append_row(self, row: dict) -> int:
        index = self.table.rowCount()
        self.table.insertRow(index)
        for c, column in enumerate(self.columns):
            value = row.get(column.id)
            item = QTableWidgetItem(cell_text(column, value))
            item.setData(VALUE_ROLE, value)
            if column.help:
                item.setToolTip(column.help)
            self.table.setItem(index, c, item)
        return index

    def _after_rows_changed(self) -> None:
        markers = self.field.row_markers
        self.table.setVerticalHeaderLabels(
            [markers[i] if i < len(markers) else f"{i + 1}." for i in range(self.table.rowCount())])
        self.table.resizeRowsToContents()
        self._fit_height()
        self._update_buttons()

    def _on_columns_resized(self) -> None:
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        needed = max((metrics.boundingRect(0, 0, max(20, header.sectionSize(c) - 12), 1000, Qt.TextWordWrap,
                                           column.label).height() for c, column in enumerate(self.columns)), default=0)
        header.setFixedHeight(max(needed, metrics.height()) + 8)
        self.table.resizeRowsToContents()
        self._fit_height()

    def _fit_height(self) -> None:
        header = self.table.horizontalHeader().height()
        rows = sum(self.table.rowHeight(r) for r in range(min(self.table.rowCount(), 8)))
        minimum = self.table.verticalHeader().defaultSectionSize() * 2
        self.table.setFixedHeight(header + max(rows, minimum) + 2 * self.table.frameWidth() + 4)

    def _update_buttons(self) -> None:
        full = self.field.max_rows is not None and self.table.rowCount() >= self.field.max_rows
        self.add_button.setEnabled(not self.read_only and not full)
        self.remove_button.setEnabled(not self.read_only and self.table.currentRow() >= 0)
        if self.field.max_rows is not None:
            self.limit_label.setText(self.tr("največ {max} vrstic").format(max=self.field.max_rows))

    def add_extra_button(self, button: QWidget) -> None:
        """Put another button beside »Dodaj vrstico« / »Odstrani vrstico« (e.g. the wizard's »Dodaj v register«)."""
        self.buttons_layout.insertWidget(self.buttons_layout.indexOf(self.limit_label), button)

    def current_row(self) -> int:
        return self.table.currentRow()

    def add_row(self) -> None:
        """Add an empty row at the end and start typing in its first cell."""
        if self.read_only or (self.field.max_rows is not None and self.table.rowCount() >= self.field.max_rows):
            return
        self.table.blockSignals(True)
        index = self._append_row({})
        self.table.blockSignals(False)
        self._after_rows_changed()
        self.table.setCurrentCell(index, 0)
        self.table.setFocus(Qt.OtherFocusReason)
        self.changed.emit()

    def remove_row(self) -> None:
        """Remove the row with the cursor."""
        row = self.table.currentRow()
        if self.read_only or row < 0:
            return
        self.table.removeRow(row)
        self._after_rows_changed()
        self.changed.emit()

    def set_cell(self, row: int, column_id: str, text: str) -> None:
        """Type `text` into a cell, as an official would (tests and keyboard macros)."""
        c = [col.id for col in self.columns].index(column_id)
        self.table.item(row, c).setText(text)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        column = self.columns[item.column()]
        value = cell_value(column, item.text())
        self.table.blockSignals(True)
        item.setData(VALUE_ROLE, value)
        kind = editor_kind(column)
        if kind.reshow is not None and value is not None and cell_text(column, value) != value \
                and kind.reshow(column, value):
            item.setText(cell_text(column, value))
        self.table.blockSignals(False)
        self.table.resizeRowToContents(item.row())
        self.changed.emit()

    def _on_current_cell_changed(self, *_args) -> None:
        self._update_buttons()

    # findings
    def show_findings(self, findings: list) -> None:
        marks: dict[tuple[int, int], str] = {}
        tips: dict[tuple[int, int], list[str]] = {}
        ids = [c.id for c in self.columns]
        for f in findings:
            if f.row is None or f.column not in ids:
                continue
            key = (f.row, ids.index(f.column))
            if marks.get(key) != "error":
                marks[key] = f.severity
            tips.setdefault(key, []).append(finding_text(f))
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            for c, column in enumerate(self.columns):
                item = self.table.item(r, c)
                if item is None:
                    continue
                severity = marks.get((r, c))
                if severity is None:
                    item.setData(Qt.BackgroundRole, None)
                    item.setToolTip(column.help)
                else:
                    item.setBackground(ERROR_BACKGROUND if severity == "error" else WARNING_BACKGROUND)
                    item.setToolTip("\n".join(tips[(r, c)]))
        self.table.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.table

    def tab_widgets(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button]

    def focus_path(self, row: int | None = None, column: str | None = None) -> None:
        self.table.setFocus(Qt.OtherFocusReason)
        if row is not None and 0 <= row < self.table.rowCount():
            ids = [c.id for c in self.columns]
            self.table.setCurrentCell(row, ids.index(column) if column in ids else 0)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers if read_only else (
            QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed | QAbstractItemView.SelectedClicked))
        self._update_buttons()


# --- photo --------------------------------------------------------------------------------------


class PhotoField(FieldEditor):
    """The applicant's photo: a preview of the 35 x 45 mm cut and buttons to choose, re-cut or remove it.

    `host` keeps the photo with the draft: `attach_photo(file_bytes, crop)`, `remove_photo()` and
    `stored_photo()` → (image, original, crop) or None.
    """

    PREVIEW = QSize(140, 180)

    def __init__(self, field: Field, host, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.host = host
        self._value = None
        self.preview = QLabel(self)
        self.preview.setFixedSize(self.PREVIEW)
        self.preview.setFrameShape(QFrame.Box)
        self.preview.setAlignment(Qt.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet(f"color: {HELP_COLOR}; background: #f4f4f4")
        self.choose_button = QPushButton(self.tr("Izberi fotografijo…"), self)
        self.move_button = QPushButton(self.tr("Premakni izrez…"), self)
        self.remove_button = QPushButton(self.tr("Odstrani"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.move_button.clicked.connect(self.move_crop)
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        for button in (self.choose_button, self.move_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFocusProxy(self.choose_button)
        self._refresh()

    def value(self) -> str | None:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value or None
        self._refresh()

    def _refresh(self) -> None:
        stored = self.host.stored_photo() if self._value else None
        if stored:
            pixmap = QPixmap()
            pixmap.loadFromData(stored[0])
            self.preview.setPixmap(pixmap.scaled(self.PREVIEW, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("ni fotografije\n(35 x 45 mm)"))
        self._update_buttons(stored is not None)

    def _update_buttons(self, has_photo: bool | None = None) -> None:
        if has_photo is None:
            has_photo = self._value is not None
        self.choose_button.setEnabled(not self.read_only)
        self.move_button.setEnabled(not self.read_only and has_photo)
        self.remove_button.setEnabled(not self.read_only and has_photo)

    def choose_file(self) -> None:
        """Ask for an image file, let the official place the cut, keep it."""
        from app.ui.documents import remember_folder, start_path  # the last used or the documents folder

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Izberi fotografijo"), start_path(),
            self.tr("Fotografije JPEG in PNG (*.jpg *.jpeg *.png);;Vse datoteke (*)"))
        if not path:
            return
        remember_folder(path)
        try:
            data = read_photo_file(path)
        except PhotoError as exc:
            QMessageBox.warning(self, self.tr("Fotografija"), message_text(exc))
            return
        self.crop_and_attach(data)

    def crop_and_attach(self, file_bytes: bytes, crop: tuple | None = None) -> bool:
        """Show the crop dialog on `file_bytes` and keep the photo when the official confirms."""
        from app.ui.photo_dialog import PhotoCropDialog

        try:
            prepared, _size = prepare(file_bytes)
        except PhotoError as exc:
            QMessageBox.warning(self, self.tr("Fotografija"), message_text(exc))
            return False
        dialog = PhotoCropDialog(prepared, crop, self)
        if dialog.exec() != PhotoCropDialog.Accepted:
            return False
        return self.attach(file_bytes, dialog.crop())

    def attach(self, file_bytes: bytes, crop: tuple | None = None) -> bool:
        """Keep `file_bytes` as the photo, cut at `crop` (pixels of the prepared image)."""
        try:
            self._value = self.host.attach_photo(file_bytes, crop)
        except PhotoError as exc:
            QMessageBox.warning(self, self.tr("Fotografija"), message_text(exc))
            return False
        except Exception as exc:  # the store's message says what to do
            QMessageBox.warning(self, self.tr("Fotografija"),
                                self.tr("Fotografije ni bilo mogoče shraniti: {error}").format(error=message_text(exc)))
            return False
        self._refresh()
        return True

    def move_crop(self) -> None:
        """Place the cut again on the kept original."""
        stored = self.host.stored_photo()
        if not stored or not stored[1]:
            return
        self.crop_and_attach(stored[1], stored[2])

    def remove(self) -> None:
        try:
            self.host.remove_photo()
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Fotografija"),
                                self.tr("Fotografije ni bilo mogoče odstraniti: {error}").format(error=message_text(exc)))
            return
        self._value = None
        self._refresh()

    def focus_widget(self) -> QWidget:
        return self.choose_button

    def tab_widgets(self) -> list[QWidget]:
        return [self.choose_button, self.move_button, self.remove_button]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()


# --- factory and row ----------------------------------------------------------------------------


# --- the editor registry --------------------------------------------------------------------------

INPUT_HINTS = {"email": Qt.ImhEmailCharactersOnly, "phone": Qt.ImhDialableCharactersOnly, "digits": Qt.ImhDigitsOnly}


def _shown_as_typed(column: Field, value: Any) -> str:
    return str(value)


def _kept_as_typed(column: Field, text: str) -> Any:
    return text


@dataclass(frozen=True)
class EditorKind:
    """How fields of one editor kind are edited: on a page, and as a cell of a repeat table."""

    #: (field, host, parent) → the field's editor
    editor: Callable[..., FieldEditor]
    #: (column, parent, delegate, option, index) → the cell's editor widget; None: the delegate's own line editor
    cell_editor: Callable[..., QWidget] | None = None
    cell_text: Callable[[Field, Any], str] = _shown_as_typed
    cell_value: Callable[[Field, str], Any] = _kept_as_typed
    #: (column, stored value) → whether a typed cell is shown again as its stored value reads
    reshow: Callable[[Field, Any], bool] | None = None
    #: the editor takes the page's whole width under its label (a table)
    wide: bool = False


#: editor kind (FieldType.editor) → EditorKind
EDITORS: dict[str, EditorKind] = {
    "text": EditorKind(lambda field, host, parent: MultilineEditor(field, parent) if field.multiline
                       else LineEditor(field, parent)),
    "date": EditorKind(lambda field, host, parent: DateEditor(field, parent), _date_line,
                       lambda column, value: format_date(value), lambda column, text: normalize_date(text),
                       lambda column, value: parse_date(value) is not None),
    "choice": EditorKind(lambda field, host, parent: ChoiceEditor(field, parent), _choice_combo,
                         lambda column, value: column.choice_label(value) or str(value), _choice_cell_value,
                         lambda column, value: True),
    "country": EditorKind(lambda field, host, parent: CountryEditor(field, parent),
                          lambda column, parent, delegate, option, index: country_combo(column.stateless, parent),
                          lambda column, value: country_name(value) or str(value),
                          lambda column, text: country_value(text), lambda column, value: True),
    "boolean": EditorKind(lambda field, host, parent: BooleanEditor(field, parent)),
    "table": EditorKind(lambda field, host, parent: TableEditor(field, parent), wide=True),
    "photo": EditorKind(lambda field, host, parent: PhotoField(field, host, parent)),
}


def editor_kind(field: Field) -> EditorKind:
    """The editor kind the engine declares for the field's type."""
    return EDITORS[field_type(field.type).editor]


def create_editor(field: Field, host=None, parent: QWidget | None = None) -> FieldEditor:
    """The editor for a field, by the editor kind of its type."""
    return editor_kind(field).editor(field, host, parent)


class FieldRow(QObject):
    """A field on a page: its label (starred when required), editor, help line and the engine's findings."""

    def __init__(self, field: Field, editor: FieldEditor, grid: QGridLayout, row: int, parent: QWidget):
        super().__init__(parent)
        self.field = field
        self.editor = editor
        self.required = False
        self.label = QLabel(self._label_text(False), parent)
        self.label.setWordWrap(True)
        self.label.setBuddy(editor.focus_widget())
        self.label.setTextFormat(Qt.PlainText)
        self.help = QLabel(field.help, parent)
        self.help.setWordWrap(True)
        if field.help:  # a style sheet costs ~0.1 ms a widget; a field without help never shows this label
            self.help.setStyleSheet(f"color: {HELP_COLOR}; font-size: 8.5pt")
        self.help.setVisible(bool(field.help))
        self.messages = QLabel(parent)
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.RichText)
        self.messages.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.messages.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.messages.hide()
        self.plain_messages: list[str] = []
        if field.help:
            self.label.setToolTip(field.help)
            editor.setToolTip(field.help)
        box = QVBoxLayout()
        box.setSpacing(2)
        if editor_kind(field).wide:
            self.label.setStyleSheet("font-weight: bold")
            grid.addWidget(self.label, row, 0, 1, 2)
            box.addWidget(editor)
            box.addWidget(self.help)
            box.addWidget(self.messages)
            grid.addLayout(box, row + 1, 0, 1, 2)
        else:
            self.label.setFixedWidth(LABEL_WIDTH)
            grid.addWidget(self.label, row, 0, Qt.AlignTop)
            box.addWidget(editor)
            box.addWidget(self.help)
            box.addWidget(self.messages)
            grid.addLayout(box, row, 1)

    @property
    def grid_rows(self) -> int:
        return 2 if editor_kind(self.field).wide else 1

    def _label_text(self, required: bool) -> str:
        """The definition's label as written (an »&« is not a keyboard mnemonic), starred when required."""
        return self.field.label.replace("&", "&&") + (" *" if required else "")

    def set_required(self, required: bool) -> None:
        if required != self.required:
            self.required = required
            self.label.setText(self._label_text(required))

    def show_findings(self, findings: list) -> None:
        self.plain_messages = [finding_text(f) for f in findings]
        self.editor.show_findings(findings)
        if findings:
            self.messages.setText(findings_html(findings))
            self.messages.show()
        else:
            self.messages.clear()
            self.messages.hide()
