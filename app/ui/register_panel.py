"""»Register oseb« in the main window: search persons as you type, open one, enter a new one."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app.engine.countries import country_name
from app.engine.dates import format_date
from app.ui.wording import count_text
from app.ui.i18n import message_text

ID_ROLE = Qt.UserRole
LIMIT = 200


def _search(source):
    """The person search of `source`: the Workspace's `search_persons`, or a Register's `search`."""
    return getattr(source, "search_persons", None) or source.search


class PersonsModel(QAbstractTableModel):
    """Persons found by the register's search (diacritics-insensitive), or the last changed ones."""

    COLUMNS = ("name", "birth_date", "emso", "citizenship", "status")

    def __init__(self, register, parent: QObject | None = None):
        super().__init__(parent)
        self.register = register
        self.query = ""
        self.rows: list = []
        self.error: str | None = None
        self.refresh()

    def set_query(self, query: str) -> None:
        self.query = (query or "").strip()
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        try:
            self.rows = _search(self.register)(self.query, limit=LIMIT)
            self.error = None
        except Exception as exc:  # a query the index cannot read is shown, not a crash
            self.rows, self.error = [], message_text(exc)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Priimek in ime"), self.tr("Datum rojstva"), self.tr("EMŠO"), self.tr("Državljanstvo"),
                    self.tr("Stanje"))[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        person = self.rows[index.row()]
        if role == Qt.DisplayRole:
            column = self.COLUMNS[index.column()]
            if column == "name":
                return person.name or self.tr("(brez imena)")
            if column == "birth_date":
                return format_date(person.birth_date)
            if column == "emso":
                return person.emso or ""
            if column == "citizenship":
                return country_name(person.citizenship) or (person.citizenship or "")
            from app.ui.person_dialogs import status_label  # the person page (and its editors) load with the tab

            return status_label(person.status)
        if role == ID_ROLE:
            return person.id
        return None

    def row_of(self, person_id: str) -> int:
        for i, person in enumerate(self.rows):
            if person.id == person_id:
                return i
        return -1


class RegisterPanel(QWidget):
    """Search box, results and »Nova oseba«; Enter (or a double click) opens the person."""

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, register, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = register
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Priimek, ime, EMŠO, št. dokumenta ali datum rojstva"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Iskanje ne loči velikih in malih črk ter šumnikov: »sevc« najde »Ševčenko«. "
                                       "Puščica dol preide na seznam, Enter odpre osebo."))
        self.model = PersonsModel(register, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        # A column sized to its contents measures this many rows, not every row loaded (Qt's default, 1000):
        # each measure asks the model for every role of every cell, ~0.5 s at start for 200 rows.
        header.setResizeContentsPrecision(20)
        # Columns sized to their contents are set when the panel is first shown: sizing them measures rows
        # (and loads every country's name), which start-up need not wait for while the tab is hidden.
        self._column_modes = (QHeaderView.Stretch, QHeaderView.ResizeToContents, QHeaderView.ResizeToContents,
                              QHeaderView.ResizeToContents, QHeaderView.ResizeToContents)
        self.table.doubleClicked.connect(self._on_double_clicked)
        for key in (Qt.Key_Return, Qt.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.open_selected).setContext(Qt.WidgetShortcut)
        self.search.returnPressed.connect(self.open_selected)
        self.search.installEventFilter(self)
        self.new_button = QPushButton(self.tr("Nova oseba"), self)
        self.new_button.setToolTip(self.tr("Vpiši novo osebo v register (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("Odpri osebo"), self)
        self.open_button.setToolTip(self.tr("Odpri izbrano osebo (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #555555")
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._on_search_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._after_reload()

    def _on_search_changed(self, _text: str) -> None:
        self._timer.start()

    def apply_search(self) -> None:
        """Show the persons matching the search text (the store ignores case and diacritics)."""
        self._timer.stop()
        self.model.set_query(self.search.text())
        self._after_reload()

    def refresh(self, keep: str | None = None) -> None:
        keep = keep or self.selected_id()
        self.model.refresh()
        self._after_reload(keep)

    def _after_reload(self, keep: str | None = None) -> None:
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        self._pending_row = None
        if row >= 0:
            if self.isVisible():
                self.table.selectRow(row)
            else:  # selecting scrolls, which lays out and measures the hidden table (~60 ms at start)
                self._pending_row = row
        if self.model.error:
            text = self.tr("Iskanje ni uspelo: {error}").format(error=self.model.error)
        elif not self.model.query:
            total = (getattr(self.register, "count_persons", None) or self.register.count)()
            text = (self.tr("Register je prazen. Novo osebo vpišete z gumbom »Nova oseba« (Ctrl+Shift+N).") if total == 0
                    else count_text(total, self.tr("{n} oseba v registru; prikazane so nazadnje spremenjene"),
                                    self.tr("{n} osebi v registru; prikazane so nazadnje spremenjene"),
                                    self.tr("{n} osebe v registru; prikazane so nazadnje spremenjene"),
                                    self.tr("{n} oseb v registru; prikazane so nazadnje spremenjene")))
        else:
            n = self.model.rowCount()
            text = count_text(n, self.tr("{n} najdena oseba"), self.tr("{n} najdeni osebi"), self.tr("{n} najdene osebe"),
                              self.tr("{n} najdenih oseb")) if n else self.tr("Nobena oseba ne ustreza iskanju.")
        self.count_label.setText(text)
        self._update_buttons()

    def showEvent(self, event) -> None:
        if self._column_modes:
            header = self.table.horizontalHeader()
            for column, mode in enumerate(self._column_modes):
                header.setSectionResizeMode(column, mode)
            self._column_modes = ()
        super().showEvent(event)
        if getattr(self, "_pending_row", None) is not None:
            row, self._pending_row = self._pending_row, None
            if row < self.model.rowCount():
                self.table.selectRow(row)
                self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)

    def selected_id(self) -> str | None:
        if getattr(self, "_pending_row", None) is not None:  # chosen while hidden, selected when shown
            return self.model.index(self._pending_row, 0).data(ID_ROLE)
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def open_selected(self) -> None:
        if self._timer.isActive():  # Enter right after typing: search first
            self.apply_search()
        person_id = self.selected_id()
        if person_id:
            self.open_requested.emit(person_id)

    def _on_double_clicked(self, index) -> None:
        person_id = index.siblingAtColumn(0).data(ID_ROLE)
        if person_id:
            self.open_requested.emit(person_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Down:
            if self._timer.isActive():
                self.apply_search()
            self.table.setFocus(Qt.OtherFocusReason)
            if self.model.rowCount() and not self.selected_id():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()
