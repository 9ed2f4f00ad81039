"""*Roki*: what is due, sortable, each row opening the person or the form; the count is in the tab's title.

`install(window)` adds the *Roki* and *Statistika* tabs to the main window (its only edit there)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.workspace.deadlines import STATE_LABELS

COLUMNS = ("Rok", "Stanje", "Kaj", "Oseba ali obrazec", "Pravilo", "Podlaga")


class _Item(QTableWidgetItem):
    """A cell that sorts by its key (a date by the date, not by its dd. mm. yyyy text)."""

    def __init__(self, text: str, key=None):
        super().__init__(text)
        self.key = key if key is not None else text
        self.setFlags(self.flags() & ~Qt.ItemIsEditable)

    def __lt__(self, other):
        return self.key < getattr(other, "key", other.text())


class DeadlinesView(QWidget):
    """The list of deadlines; `open_person` / `open_draft` are emitted with the id of the row's record."""

    open_person = Signal(str)
    open_draft = Signal(str)
    count_changed = Signal(int)

    def __init__(self, workspace, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.today = today
        self.items = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(self._on_item_activated)
        self.table.itemDoubleClicked.connect(self._on_item_activated)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.PlainText)
        refresh = QPushButton(self.tr("Osveži"), self)
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        today = self.today or dt.date.today()
        self.items = self.workspace.deadlines(today)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            state = item.state(today)
            cells = [_Item(item.due_on.strftime("%d. %m. %Y"), item.due_on.isoformat()),
                     _Item(self.tr(STATE_LABELS[state]), {"overdue": 0, "due": 1, "upcoming": 2}[state]),
                     _Item(item.what), _Item(item.name), _Item(item.rule), _Item(item.article)]
            cells[0].setData(Qt.UserRole, row)
            if state != "upcoming":
                cells[1].setForeground(Qt.darkRed)
            for column, cell in enumerate(cells):
                cell.setToolTip(f"{item.rule} ({item.article})")
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        self.table.sortItems(0, Qt.AscendingOrder)
        self.table.resizeColumnsToContents()
        overdue = sum(1 for i in self.items if i.state(today) == "overdue")
        self.summary.setText(self.tr("Na seznamu {n}, od tega zamujenih {late} (stanje na {day}).").format(
            n=len(self.items), late=overdue, day=today.strftime("%d. %m. %Y")))
        self.count_changed.emit(len(self.items))

    def item_at(self, row: int):
        return self.items[self.table.item(row, 0).data(Qt.UserRole)]

    def _on_item_activated(self, cell) -> None:
        item = self.item_at(cell.row())
        if item.draft_id and not item.person_id:
            self.open_draft.emit(item.draft_id)
        elif item.person_id:
            self.open_person.emit(item.person_id)
        elif item.draft_id:
            self.open_draft.emit(item.draft_id)


def install(window) -> tuple[DeadlinesView, QWidget]:
    """Add the *Roki* tab (its title shows the count) and the *Statistika* tab to the main window."""
    from app.ui.statistics import StatisticsView

    deadlines = DeadlinesView(window.workspace, window)
    deadlines.open_person.connect(window.open_person)
    deadlines.open_draft.connect(window.open_draft)
    index = window.tabs.addTab(deadlines, window.tr("Roki"))

    def show_count(n: int) -> None:
        window.tabs.setTabText(index, window.tr("Roki ({n})").format(n=n))

    deadlines.count_changed.connect(show_count)
    statistics = StatisticsView(window.workspace, window)
    stats_index = window.tabs.addTab(statistics, window.tr("Statistika"))

    def on_tab(current: int) -> None:
        if current == stats_index and statistics.figures is None:
            statistics.refresh()
        elif current == index:
            deadlines.refresh()

    window.tabs.currentChanged.connect(on_tab)
    deadlines.refresh()
    window.deadlines_view, window.statistics_view = deadlines, statistics
    return deadlines, statistics
