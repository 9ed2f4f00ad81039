"""The list of saved forms as a lazy table model: pages of rows are read from the store as the view scrolls."""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.workspace import FINISHED
from app.ui.i18n import message_text

PAGE_SIZE = 200
ID_ROLE = Qt.UserRole
STATUS_ROLE = Qt.UserRole + 1
SIGNED_ROLE = Qt.UserRole + 2  # the newest signed version (0: not signed)
#: the Qt roles `data` answers besides the user roles (add a role here when `data` answers it)
_ANSWERED = frozenset({Qt.DisplayRole, Qt.ForegroundRole})


@functools.lru_cache(maxsize=4096)  # asked for at every paint of every row
def local_time(stamp: str) -> str:
    """A stored UTC time shown in local time as dd. mm. yyyy HH:MM."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return stamp or ""
    return moment.astimezone().strftime("%d. %m. %Y %H:%M")


class DraftsModel(QAbstractTableModel):
    """Drafts matching the filters, newest change first (the store's order), fetched PAGE_SIZE at a time."""

    COLUMNS = ("form", "title", "status", "updated", "official")

    def __init__(self, store, page_size: int = PAGE_SIZE, parent=None, signed_versions=None):
        """`store`: the Workspace (list_drafts, count_drafts, latest_signed_versions), or anything with a
        DraftStore's `list` and `count`."""
        super().__init__(parent)
        self.store = store
        if hasattr(store, "list_drafts"):
            self._list, self._count = store.list_drafts, store.count_drafts
            if signed_versions is None:
                signed_versions = store.latest_signed_versions
        else:
            self._list, self._count = store.list, store.count
        #: draft ids → {id: newest signed version}: ONE query per page read (never per row or paint)
        self.signed_versions = signed_versions
        self.signed: dict[str, int] = {}
        self.page_size = page_size
        self.search: str | None = None
        self.form_code: str | None = None
        self.status: str | None = None
        self.rows: list = []
        self.total = 0
        self.error: str | None = None
        self.refresh()

    # filters
    def set_filters(self, search: str | None = None, form_code: str | None = None, status: str | None = None) -> None:
        self.search, self.form_code, self.status = (search or None), (form_code or None), (status or None)
        self.refresh()

    def refresh(self) -> None:
        """Read the first page again (after a save, a filter change or a deletion)."""
        self.beginResetModel()
        try:
            self.total = self._count(self.search, self.form_code, self.status)
            self.rows = self._list(self.search, self.form_code, self.status, limit=self.page_size, offset=0)
            self.signed = self._signed_of(self.rows)
            self.error = None
        except Exception as exc:  # shown by the window; the list stays empty rather than crashing
            self.rows, self.total, self.error, self.signed = [], 0, message_text(exc), {}
        self.endResetModel()

    # lazy loading
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        try:
            # the page after the last row read (keyset): as fast at row 100,000 as at row 200
            more = self._list(self.search, self.form_code, self.status, limit=self.page_size,
                                   after=self.rows[-1] if self.rows else None)
            self.signed.update(self._signed_of(more))
        except Exception as exc:
            self.error = message_text(exc)
            self.total = len(self.rows)
            return
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def _signed_of(self, rows) -> dict[str, int]:
        finished = [row.id for row in rows if row.status == FINISHED]  # only a finished form is ever signed
        return dict(self.signed_versions(finished)) if self.signed_versions and finished else {}

    # the table
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Obrazec"), self.tr("Ime in priimek"), self.tr("Stanje"), self.tr("Zadnja sprememba"),
                    self.tr("Uradna oseba"))[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if role not in _ANSWERED and role < ID_ROLE:  # the view asks ~12 roles per cell at every paint
            return None
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:
            column = self.COLUMNS[index.column()]
            if column == "form":
                return row.form_code
            if column == "title":
                return row.title or self.tr("(brez imena)")
            if column == "status":
                if row.id in self.signed:
                    return self.tr("Podpisan (v{n})").format(n=self.signed[row.id])
                return self.tr("Zaključen") if row.status == FINISHED else self.tr("Osnutek")
            if column == "updated":
                return local_time(row.updated_at)
            return row.official
        if role == Qt.ForegroundRole and index.column() == 1 and not row.title:
            from PySide6.QtGui import QColor

            return QColor("#777777")
        if role == ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.status
        if role == SIGNED_ROLE:
            return self.signed.get(row.id, 0)
        return None

    def draft_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, draft_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.id == draft_id:
                return i
        return -1
