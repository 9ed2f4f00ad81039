"""*Roki*: what is due, sortable, each row opening the person or the form; the count is in the tab's title.

`install(window)` adds the *Roki* and *Statistika* tabs to the main window (its only edit there)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from app.workspace import StoreError
from app.workspace.deadlines import SETTING_LABELS, STATE_LABELS
from app.ui.i18n import message_text

COLUMNS = ("Rok", "Stanje", "Kaj", "Oseba ali obrazec", "Družina", "Pravilo", "Podlaga")
_STATE_ORDER = {"overdue": 0, "due": 1, "upcoming": 2}
#: column → the order of the workspace's DueList (the state follows the day due; the rule and the article the kind)
_ORDERS = {0: "due", 1: "due", 2: "kind", 3: "name", 4: "family", 5: "kind", 6: "kind"}


class DeadlinesModel(QAbstractTableModel):
    """The deadlines as rows; sorting is a sort of the Python list by each column's key (a date by the date,
    the state by urgency), so that a list of 100,000 sorts in a blink rather than through Qt's comparisons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list = []
        self.today = dt.date.today()

    def set_items(self, items, today: dt.date) -> None:
        """A list, or the workspace's DueList (read a page at a time as rows are shown)."""
        self.beginResetModel()
        self.items, self.today = (items if hasattr(items, "ordered") else list(items)), today
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt override)
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("DeadlinesView", COLUMNS[section])
        return None

    def _text(self, item, column: int) -> str:
        if column == 0:
            return item.due_on.strftime("%d. %m. %Y")
        if column == 1:
            return QCoreApplication.translate("DeadlinesView", STATE_LABELS[item.state(self.today)])
        what, rule, article = message_text(item.what), message_text(item.rule), message_text(item.article)
        return (what, item.name, item.family_name, rule, article)[column - 2]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ToolTipRole:
            return f"{message_text(item.rule)} ({message_text(item.article)})"
        if role == Qt.ForegroundRole and index.column() == 1 and item.state(self.today) != "upcoming":
            return QColor("darkred")
        return None

    def sort(self, column, order=Qt.AscendingOrder):
        keys = {0: lambda i: (i.due_on, i.name), 1: lambda i: (_STATE_ORDER[i.state(self.today)], i.due_on),
                2: lambda i: (i.what, i.due_on), 3: lambda i: (i.name, i.due_on),
                4: lambda i: (i.family_name, i.family or "", i.due_on), 5: lambda i: (i.rule, i.due_on),
                6: lambda i: (i.article, i.due_on)}
        self.layoutAboutToBeChanged.emit()
        if hasattr(self.items, "ordered"):  # the kept list is ordered by the database's index
            self.items = self.items.ordered(_ORDERS[column], order == Qt.DescendingOrder)
        else:
            self.items.sort(key=keys[column], reverse=order == Qt.DescendingOrder)
        self.layoutChanged.emit()


class DeadlinesView(QWidget):
    """The list of deadlines; `open_person` / `open_draft` are emitted with the id of the row's record."""

    open_person = Signal(str)
    open_draft = Signal(str)
    count_changed = Signal(int)

    def __init__(self, workspace, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.today = today
        self.model = DeadlinesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.AscendingOrder)
        for column, width in enumerate((95, 75, 330, 200, 200, 480)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._on_row_activated)
        self.table.doubleClicked.connect(self._on_row_activated)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.PlainText)
        refresh = QPushButton(self.tr("Osveži"), self)
        refresh.clicked.connect(self.refresh)
        self.eurodac_button = QPushButton(self.tr("Podatki poslani v Eurodac"), self)
        self.eurodac_button.setToolTip(self.tr("Označi, da so podatki izbrane osebe danes poslani v Eurodac"))
        self.eurodac_button.setEnabled(False)
        self.eurodac_button.clicked.connect(self.mark_eurodac_sent)
        self.settings_button = QPushButton(self.tr("Nastavitve rokov…"), self)
        self.settings_button.clicked.connect(self.edit_settings)
        self.settings_button.setVisible(workspace.can("settings"))
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.eurodac_button)
        bar.addWidget(self.settings_button)
        bar.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.item_at(rows[0].row()) if rows else None

    def _on_selection_changed(self, *_args) -> None:
        item = self.selected()
        self.eurodac_button.setEnabled(bool(item and item.kind == "eurodac" and item.person_id))

    def mark_eurodac_sent(self) -> None:
        item = self.selected()
        if item and item.kind == "eurodac" and item.person_id:
            self.workspace.mark_eurodac_sent(item.person_id, self.today or dt.date.today())
            self.refresh()

    def edit_settings(self) -> None:
        """The periods of the rules (an administrator's): each as a number of days or hours, the end of protection
        as a date."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Nastavitve rokov"))
        form = QFormLayout(dialog)
        current = self.workspace.deadline_settings()
        edits = {}
        for name, label in SETTING_LABELS.items():
            value = current[name]
            if name == "protection_until":
                value = dt.date.fromisoformat(value).strftime("%d. %m. %Y")
            edits[name] = QLineEdit(value, dialog)
            form.addRow(self.tr(label), edits[name])
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        self._settings_dialog = dialog
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            for name, edit in edits.items():
                if edit.text().strip() != (current[name] if name != "protection_until" else
                                           dt.date.fromisoformat(current[name]).strftime("%d. %m. %Y")):
                    self.workspace.set_deadline_setting(name, edit.text())
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Nastavitve rokov"), message_text(exc))
        self.refresh()

    @property
    def items(self) -> list:
        return self.model.items

    def refresh(self) -> None:
        today = self.today or dt.date.today()
        try:
            items = self.workspace.deadline_list(today)
        except (StoreError, ValueError) as exc:  # a damaged or held database, a wrong setting: said, not raised
            self.summary.setText(self.tr("Rokov ni bilo mogoče prebrati: {error}").format(error=message_text(exc)))
            return
        self.model.set_items(items, today)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        overdue = getattr(self.items, "overdue", None)
        if overdue is None:
            overdue = sum(1 for i in self.items if i.due_on < today)
        self.summary.setText(self.tr("Na seznamu {n}, od tega zamujenih {late} (stanje na {day}).").format(
            n=len(self.items), late=overdue, day=today.strftime("%d. %m. %Y")))
        self.count_changed.emit(len(self.items))

    def item_at(self, row: int):
        return self.items[row]

    def _on_row_activated(self, index) -> None:
        item = self.item_at(index.row())
        if item.person_id:
            self.open_person.emit(item.person_id)
        elif item.draft_id:
            self.open_draft.emit(item.draft_id)


def install(window) -> DeadlinesView:
    """Add the *Roki* tab (its title shows the count) and the *Statistika* tab to the main window. The charts'
    library (pyqtgraph, with numpy: 0.3–0.7 s to import) is loaded when *Statistika* is first opened, not at start."""
    deadlines = DeadlinesView(window.workspace, window)
    deadlines.open_person.connect(window.open_person)
    deadlines.open_draft.connect(window.open_draft)
    index = window.tabs.addTab(deadlines, QCoreApplication.translate("MainWindow", "Roki"))

    def show_count(n: int) -> None:
        window.tabs.setTabText(index, QCoreApplication.translate("MainWindow", "Roki ({n})").format(n=n))

    deadlines.count_changed.connect(show_count)
    holder = QWidget(window)
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    stats_index = window.tabs.addTab(holder, QCoreApplication.translate("MainWindow", "Statistika"))
    window.statistics_view = None

    def on_tab(current: int) -> None:
        if current == stats_index and window.statistics_view is None:
            from app.ui.statistics import StatisticsView

            window.statistics_view = StatisticsView(window.workspace, holder)
            holder.layout().addWidget(window.statistics_view)
            window.statistics_view.refresh()
        elif current == index:
            deadlines.refresh()

    window.tabs.currentChanged.connect(on_tab)
    # the count once the window is up (not before it shows, nor after a logout closed it)
    QTimer.singleShot(0, deadlines, lambda: deadlines.refresh() if window.isVisible() else None)
    window.deadlines_view = deadlines
    return deadlines
