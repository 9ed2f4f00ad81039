"""Revizijska sled (supervisor and administrator): who did what and when, newest first, a page at a time,
filtered by user, person or action; the head of the hash chain and a check of the whole chain.

The log holds no values (it says that item 3 of a ZZ-1 changed, not the new surname), so neither does
this view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.engine.roles import NotAllowed
from app.ui.i18n import message_text
from app.workspace import ACTIONS
from app.ui.drafts_model import local_time

PAGE_SIZE = 200
SEQ_ROLE = Qt.UserRole


def _tr(text: str) -> str:
    return QApplication.translate("audit", text)


def target_words() -> dict[str, str]:
    """What an entry touched, in words."""
    return {"account": _tr("račun"), "document": _tr("dokument osebe"), "draft": _tr("obrazec"),
            "file": _tr("datoteka"), "link": _tr("družinska povezava"), "person": _tr("oseba"),
            "serial": _tr("serijska številka"), "setting": _tr("nastavitev"), "signing_key": _tr("ključ"),
            "trusted_ca": _tr("zaupanja vreden izdajatelj"), "codelist": _tr("šifrant"),
            "station_key": _tr("ključ postaje")}


def short_id(value: str | None) -> str:
    """A UUID as its first 8 characters; user names, serials and setting names as they are."""
    value = value or ""
    if len(value) == 36 and value.count("-") == 4:
        return value[:8]
    return value if len(value) <= 28 else value[:27] + "…"


def what_text(entry) -> str:
    target = target_words().get(entry.target or "", entry.target or "")
    return " ".join(part for part in (target, short_id(entry.target_id)) if part)


def value_words() -> dict[str, str]:
    """The few fixed words the store writes into an entry's details."""
    return {"created": _tr("ustvarjeno"), "updated": _tr("spremenjeno"), "changed": _tr("spremenjeno"),
            "set": _tr("nastavljeno"), "removed": _tr("odstranjeno"), "linked": _tr("povezano"),
            "reset": _tr("novo geslo od skrbnika"), "imported": _tr("uvoženo"), "trusted": _tr("zaupanja vreden"),
            "untrusted": _tr("ni več zaupanja vreden"), "idle": _tr("nedejavnost"), "user": _tr("uporabnik"),
            "official": _tr("uradna oseba"), "supervisor": _tr("nadzornik"), "administrator": _tr("skrbnik"),
            "station_key": _tr("ključ postaje")}


def changes_text(entry, labels: dict[str, str] | None = None) -> str:
    """The fields changed (by their labels in `labels`), else a short summary of the entry's details (names
    and counts only)."""
    detail = entry.detail if isinstance(entry.detail, dict) else {}
    fields = detail.get("fields")
    if isinstance(fields, list) and fields:
        labels = labels or {}
        return ", ".join(labels.get(str(f), str(f)) for f in fields)
    words = {"reason": _tr("razlog"), "change": _tr("sprememba"), "role": _tr("vloga"), "version": _tr("različica"),
             "printer": _tr("tiskalnik"), "kind": _tr("vrsta"), "seconds": _tr("sekund"), "field": _tr("polje")}
    values = value_words()
    parts = []
    for key, value in detail.items():
        if key in words and isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value):
            parts.append(f"{words[key]}: {values.get(str(value), value)}")
    return ", ".join(parts)


class AuditDialog(QDialog):
    """The audit log, newest first; »Naloži starejše« adds the next page."""

    COLUMNS = ("time", "user", "action", "form", "what", "fields")

    def __init__(self, workspace, parent: QWidget | None = None, person_id: str | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Revizijska sled"))
        self.setWindowFlag(Qt.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        self.oldest_seq: int | None = None
        self.exhausted = False
        self.entries: list = []
        self._names = self._account_names()
        self._labels: dict[str, dict[str, str]] = {}

        self.user_filter = QComboBox(self)
        self.user_filter.addItem(self.tr("Vsi uporabniki"), None)
        for username, name in sorted(self._names.items()):
            self.user_filter.addItem(f"{name} ({username})", username)
        self.action_filter = QComboBox(self)
        self.action_filter.addItem(self.tr("Vsa dejanja"), None)
        for action, word in sorted(ACTIONS.items(), key=lambda item: item[1]):
            self.action_filter.addItem(message_text(word), action)
        self.person_search = QLineEdit(self)
        self.person_search.setPlaceholderText(self.tr("Oseba: ime, EMŠO, št. dokumenta…"))
        self.person_search.setClearButtonEnabled(True)
        self.person_filter = QComboBox(self)
        self.person_filter.addItem(self.tr("Vse osebe"), None)
        self.person_filter.setMinimumContentsLength(24)
        self.person_filter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self._person_timer = QTimer(self, singleShot=True, interval=250)
        self._person_timer.timeout.connect(self._find_persons)
        self.person_search.textChanged.connect(lambda _text: self._person_timer.start())
        self.person_search.returnPressed.connect(self._find_persons)
        for combo in (self.user_filter, self.action_filter, self.person_filter):
            combo.currentIndexChanged.connect(lambda _index: self.reload())

        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr("Čas"), self.tr("Uporabnik"), self.tr("Dejanje"),
                                              self.tr("Obrazec"), self.tr("Kaj"), self.tr("Spremenjena polja")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        header.setResizeContentsPrecision(50)
        self.more_button = QPushButton(self.tr("Naloži starejše"), self)
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.load_more)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #555555")

        self.head_label = QLabel(self)
        self.head_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.check_button = QPushButton(self.tr("Preveri verigo"), self)
        self.check_button.setAutoDefault(False)
        self.check_button.setToolTip(self.tr("Ponovno izračuna odtise vseh vnosov in pove, ali je kateri spremenjen, "
                                             "vstavljen ali izbrisan"))
        self.check_button.clicked.connect(self.check_chain)
        self.check_label = QLabel(self)
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.PlainText)
        self.close_button = QPushButton(self.tr("Zapri"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Uporabnik:"), self))
        filters.addWidget(self.user_filter)
        filters.addWidget(QLabel(self.tr("Dejanje:"), self))
        filters.addWidget(self.action_filter)
        filters.addSpacing(12)
        filters.addWidget(self.person_search, 1)
        filters.addWidget(self.person_filter)
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        below.addWidget(self.more_button)
        chain = QHBoxLayout()
        chain.addWidget(self.head_label, 1)
        chain.addWidget(self.check_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.check_label, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addLayout(chain)
        layout.addLayout(bottom)
        self.resize(1100, 640)
        if person_id:
            self.set_person(person_id)
        self.reload()

    def field_labels(self, entry) -> dict[str, str]:
        """Field id → its label on the entry's form (»1. Priimek«), or in the register for a person."""
        key = entry.form_code or ("person" if entry.target == "person" else "")
        if key not in self._labels:
            labels: dict[str, str] = {}
            try:
                if entry.form_code:
                    fields = self.workspace.catalog.get(entry.form_code).fields.values()
                elif key == "person":
                    from app.ui.person_dialogs import person_fields

                    fields = person_fields(self.workspace.catalog)
                else:
                    fields = []
                labels = {f.id: f.label.strip() for f in fields if getattr(f, "label", "")}
            except Exception:  # a form no longer in the catalogue: the field names then
                labels = {}
            self._labels[key] = labels
        return self._labels[key]

    def _account_names(self) -> dict[str, str]:
        try:
            return {a.username: a.display_name for a in self.workspace.list_accounts()}
        except Exception:
            return {}

    # --- filters -------------------------------------------------------------------------------------
    def filters(self) -> dict:
        return {"user": self.user_filter.currentData(), "action": self.action_filter.currentData(),
                "person_id": self.person_filter.currentData()}

    def set_user(self, username: str | None) -> None:
        self.user_filter.setCurrentIndex(max(0, self.user_filter.findData(username)))

    def set_person(self, person_id: str | None) -> None:
        """Filter by one person of the register (None: everyone)."""
        if person_id and self.person_filter.findData(person_id) < 0:
            try:
                person = self.workspace.person(person_id)
                label = " ".join(str(person.get(k) or "") for k in ("surname", "given_name")).strip() or person_id[:8]
            except Exception:
                label = person_id[:8]
            self.person_filter.addItem(label, person_id)
        self.person_filter.setCurrentIndex(max(0, self.person_filter.findData(person_id)))

    def _find_persons(self) -> None:
        """The persons matching the search, in the person filter (the first one chosen)."""
        self._person_timer.stop()
        query = self.person_search.text().strip()
        self.person_filter.blockSignals(True)
        self.person_filter.clear()
        self.person_filter.addItem(self.tr("Vse osebe"), None)
        found = []
        if query:
            try:
                found = self.workspace.search_persons(query, limit=30)
            except Exception:
                found = []
            for person in found:
                born = local_date(person.birth_date)
                label = f"{person.surname} {person.given_name}".strip() + (f", {born}" if born else "")
                self.person_filter.addItem(label, person.id)
            if not found:
                self.person_filter.addItem(self.tr("(ni zadetkov)"), "-")
        self.person_filter.setCurrentIndex(1 if query else 0)
        self.person_filter.blockSignals(False)
        self.reload()

    # --- entries -------------------------------------------------------------------------------------
    def reload(self) -> None:
        """The newest page for the current filters; the chain head again."""
        self.entries, self.oldest_seq, self.exhausted = [], None, False
        self.table.setRowCount(0)
        self.load_more()
        self.update_head()

    def load_more(self) -> int:
        """Add the next (older) page; return how many entries came."""
        if self.exhausted:
            return 0
        try:
            page = self.workspace.audit_entries(limit=PAGE_SIZE, before_seq=self.oldest_seq, **self.filters())
        except NotAllowed as exc:
            self.check_label.setStyleSheet("color: #b00020")
            self.check_label.setText(message_text(exc))
            self.exhausted = True
            self._update_count()
            return 0
        except Exception as exc:
            self.check_label.setStyleSheet("color: #b00020")
            self.check_label.setText(self.tr("Revizijske sledi ni bilo mogoče prebrati: {error}").format(error=message_text(exc)))
            self.exhausted = True
            self._update_count()
            return 0
        if len(page) < PAGE_SIZE:
            self.exhausted = True
        if page:
            self.oldest_seq = page[-1].seq
        start = self.table.rowCount()
        self.table.setRowCount(start + len(page))
        for offset, entry in enumerate(page):
            self._set_row(start + offset, entry)
        self.entries.extend(page)
        self._update_count()
        return len(page)

    def _set_row(self, row: int, entry) -> None:
        user = entry.user or ""
        name = self._names.get(user)
        values = (local_time(entry.at), f"{name} ({user})" if name else user, message_text(ACTIONS.get(entry.action, entry.action)),
                  entry.form_code or "", what_text(entry), changes_text(entry, self.field_labels(entry)))
        tip = self.tr("Vnos {seq} · postaja {station}\nKaj: {target} {target_id}\nOseba: {person}\nOdtis: {hash}").format(
            seq=entry.seq, station=(entry.station_id or "")[:8], target=entry.target or "",
            target_id=entry.target_id or "", person=entry.person_id or "–", hash=entry.hash)
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setData(SEQ_ROLE, entry.seq)
            item.setToolTip(tip)
            if entry.action in ("login_failed", "lockout"):
                item.setForeground(QBrush(QColor("#b00020")))
            self.table.setItem(row, column, item)

    def _update_count(self) -> None:
        n = len(self.entries)
        self.count_label.setText(self.tr("Prikazanih vnosov: {n}").format(n=n) if not self.exhausted or n else
                                 self.tr("Ni vnosov za ta izbor."))
        if self.exhausted and n:
            self.count_label.setText(self.tr("Prikazanih vnosov: {n} (vsi za ta izbor)").format(n=n))
        self.more_button.setEnabled(not self.exhausted)

    def rows(self) -> list[tuple[str, ...]]:
        """The table as text."""
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]

    # --- the chain -----------------------------------------------------------------------------------
    def update_head(self) -> None:
        try:
            count, head = self.workspace.audit_head()
        except Exception as exc:
            self.head_label.setText(self.tr("Glave verige ni bilo mogoče prebrati: {error}").format(error=message_text(exc)))
            return
        self.head_label.setText(self.tr("Veriga: {n} vnosov, glava {head}").format(n=count, head=head[:16]))
        self.head_label.setToolTip(head)

    def check_chain(self):
        """Recompute the whole chain; report it intact or the first entry that does not match."""
        self.check_label.setStyleSheet("color: #555555")
        self.check_label.setText(self.tr("Preverjam verigo, podpise in sidra (pri sto tisoč vnosih do pol minute)…"))
        self.check_label.repaint()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            report = self.workspace.audit_check()
        except NotAllowed as exc:
            report, error = None, message_text(exc)
        except Exception as exc:
            report, error = None, self.tr("Verige ni bilo mogoče preveriti: {error}").format(error=message_text(exc))
        finally:
            QApplication.restoreOverrideCursor()
        if report is None:
            self.check_label.setStyleSheet("color: #b00020")
            self.check_label.setText(error)
            return None
        if report.ok:
            self.check_label.setStyleSheet("color: #1b6e20")
            self.check_label.setText(self.tr("✔ Veriga je nedotaknjena: {n} vnosov ({signed} podpisanih), glava "
                                             "{head}; sidra: {anchors}.").format(
                n=report.entries, head=report.head[:16], signed=report.signed,
                anchors=", ".join(a.source for a in report.anchors) or self.tr("nobeno")))
        elif report.first_broken == 0:
            self.check_label.setStyleSheet("color: #b00020")
            self.check_label.setText(self.tr("✖ Sidra revizijske sledi ni mogoče prebrati: {reason}. Obvestite "
                                             "skrbnika.").format(reason=report.reason))
        else:
            self.check_label.setStyleSheet("color: #b00020")
            self.check_label.setText(self.tr("✖ Veriga je pretrgana pri vnosu {seq}: {reason}. Vnosi od tu naprej "
                                             "niso zanesljivi; obvestite skrbnika.").format(
                seq=report.first_broken, reason=report.reason))
            self._mark_broken(report.first_broken)
        self.update_head()
        return report

    def _mark_broken(self, seq: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(SEQ_ROLE) == seq:
                for column in range(self.table.columnCount()):
                    self.table.item(row, column).setBackground(QBrush(QColor("#fde0e0")))
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return


def local_date(iso: str | None) -> str:
    """2025-09-20 → 20. 09. 2025."""
    if not iso or len(iso) < 10:
        return iso or ""
    return f"{iso[8:10]}. {iso[5:7]}. {iso[0:4]}"
