"""Roki hrambe in izbris: what is due for erasure (a supervisor selects and erases it, with a record of the
erasure in the audit trail) and the retention periods (an administrator edits them).

What is due and what erasing removes are the store's answers (`app.store.retention`); this dialog only
shows them, asks for confirmation and a reason, and reports what was done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.engine.dates import format_date
from app.workspace import retention
from app.ui import dialogs
from app.ui.dialogs import localize_buttons
from app.ui.i18n import message_text

ID_ROLE = Qt.UserRole
HELP_STYLE = "color: #555555"
#: what the confirmation lists by name at most; the rest are counted
NAMES_SHOWN = 12
DEFAULT_REASON = "potek roka hrambe po 73. členu ZZZRO-1"


def _tr(text: str) -> str:
    return QCoreApplication.translate("retention", text)


def period_words(months: int) -> str:
    """A retention period in the GUI's language: »5 let«, »2 leti«, »1 leto in 6 mesecev«, »brez roka«."""
    from app.ui.wording import count_text

    if not months:
        return _tr("brez roka (se ne briše)")
    years, rest = divmod(int(months), 12)
    parts = []
    if years:
        parts.append(count_text(years, _tr("{n} leto"), _tr("{n} leti"), _tr("{n} leta"), _tr("{n} let")))
    if rest:
        parts.append(count_text(rest, _tr("{n} mesec"), _tr("{n} meseca"), _tr("{n} meseci"), _tr("{n} mesecev")))
    return _tr("{first} in {second}").format(first=parts[0], second=parts[1]) if len(parts) == 2 else parts[0]


def kind_label(kind: str) -> str:
    labels = {retention.PERSON_ENDED: _tr("Oseba (zaščita prenehala)"),
              retention.PERSON_INACTIVE: _tr("Oseba (brez sprememb)"),
              retention.FORM_UNLINKED: _tr("Obrazec brez osebe"),
              retention.DRAFT_UNLINKED: _tr("Osnutek brez osebe"),
              retention.PRINT_LOG: _tr("Evidenca tiskanja")}
    return labels.get(kind, kind)


def kind_description(kind: str) -> str:
    """What the kind is and from when its period runs (the periods' form)."""
    texts = {
        retention.PERSON_ENDED: _tr("Oseba, ki ji je začasna zaščita prenehala, z vsemi obrazci – od prenehanja "
                                    "začasne zaščite"),
        retention.PERSON_INACTIVE: _tr("Prosilec ali oseba z začasno zaščito brez sprememb, z vsemi obrazci – od "
                                       "zadnje spremembe osebe ali njenih obrazcev"),
        retention.FORM_UNLINKED: _tr("Zaključen obrazec, ki ni vezan na osebo v registru – od zadnje spremembe, "
                                     "podpisa ali tiskanja"),
        retention.DRAFT_UNLINKED: _tr("Nedokončan osnutek, ki ni vezan na osebo v registru – od zadnje spremembe"),
        retention.PRINT_LOG: _tr("Evidenca tiskanja (kdo je kaj natisnil) – od tiskanja"),
    }
    return texts.get(kind, kind)


def _count_text(n: int, one: str, two: str, few: str, many: str) -> str:
    """»1 oseba«, »2 osebi«, »3 osebe«, »5 oseb« (the word forms translated by the caller)."""
    last = n % 100
    word = one if last == 1 else two if last == 2 else few if last in (3, 4) else many
    return f"{n} {word}"


def contents_text(counts: dict[str, int]) -> str:
    """What an erasure removes, in words: »2 osebi z vsemi podatki (3 obrazci, …), 1 osnutek …«."""
    parts = []
    if counts.get("persons"):
        parts.append(_count_text(counts["persons"], _tr("oseba"), _tr("osebi"), _tr("osebe"), _tr("oseb"))
                     + " " + _tr("z vsemi podatki v registru"))
    details = [
        (counts.get("drafts", 0), (_tr("obrazec"), _tr("obrazca"), _tr("obrazci"), _tr("obrazcev"))),
        (counts.get("signed_documents", 0), (_tr("podpisan PDF"), _tr("podpisana PDF"), _tr("podpisani PDF"),
                                             _tr("podpisanih PDF"))),
        (counts.get("person_documents", 0), (_tr("dokument"), _tr("dokumenta"), _tr("dokumenti"), _tr("dokumentov"))),
        (counts.get("person_photos", 0) + counts.get("photos", 0),
         (_tr("fotografija"), _tr("fotografiji"), _tr("fotografije"), _tr("fotografij"))),
        (counts.get("family_links", 0), (_tr("družinska povezava"), _tr("družinski povezavi"),
                                         _tr("družinske povezave"), _tr("družinskih povezav"))),
        (counts.get("print_jobs", 0), (_tr("zapis tiskanja"), _tr("zapisa tiskanja"), _tr("zapisi tiskanja"),
                                       _tr("zapisov tiskanja"))),
    ]
    parts += [_count_text(n, *words) for n, words in details if n]
    return ", ".join(parts) if parts else _tr("nič")


class EraseConfirmDialog(QDialog):
    """»Izbriši?«: what will be erased, that it cannot be undone, and the reason recorded in the audit trail."""

    def __init__(self, items: list[retention.DueItem], counts: dict[str, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Izbris po poteku roka hrambe"))
        names = [f"{item.name} – {kind_label(item.kind)}" for item in items[:NAMES_SHOWN]]
        if len(items) > NAMES_SHOWN:
            names.append(self.tr("in še {n} drugih").format(n=len(items) - NAMES_SHOWN))
        self.summary = QLabel(self.tr("Izbrisali boste: {what}.").format(what=contents_text(counts)), self)
        self.summary.setWordWrap(True)
        self.names = QLabel("\n".join(f"– {name}" for name in names), self)
        self.names.setWordWrap(True)
        self.names.setTextInteractionFlags(Qt.TextSelectableByMouse)
        warning_text = self.tr("Izbrisa ni mogoče razveljaviti: podatki se izbrišejo iz zbirke in prepišejo. "
                               "Serijske številke izkaznic ostanejo v evidenci, brez povezave z osebo in obrazcem. "
                               "V revizijski sledi ostane zapis o izbrisu (brez osebnih podatkov) z razlogom.")
        if counts.get("persons"):
            warning_text += " " + self.tr("Če oseba to zahteva, ji pred izbrisom izročite izpis njenih podatkov.")
        self.warning = QLabel(warning_text, self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fbdde1; color: #8a0016; border: 1px solid #d9a0a8; padding: 6px;")
        self.reason = QLineEdit(DEFAULT_REASON, self)
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("npr. potek roka hrambe po 73. členu ZZZRO-1"))
        reason_label = QLabel(self.tr("&Razlog izbrisa (brez osebnih podatkov):"), self)
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(self)
        self.erase_button = self.buttons.addButton(self.tr("Izbriši"), QDialogButtonBox.DestructiveRole)
        self.cancel_button = self.buttons.addButton(self.tr("Prekliči"), QDialogButtonBox.RejectRole)
        self.erase_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.erase_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.names)
        layout.addWidget(self.warning)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _update(self, *_args) -> None:
        self.erase_button.setEnabled(bool(self.reason.text().strip()))

    def reason_text(self) -> str:
        return " ".join(self.reason.text().split())


class RetentionDialog(QDialog):
    """The due list with »Izbriši…« (supervisor and administrator) and the periods (edited by an administrator)."""

    erased = Signal(object)  # the EraseReport, after an erasure (the main window refreshes its lists)

    def __init__(self, workspace, parent: QWidget | None = None, today: dt.date | None = None):
        workspace.require("retention")
        super().__init__(parent)
        self.workspace = workspace
        self.today = today
        self.items: list[retention.DueItem] = []
        self.setWindowTitle(self.tr("Roki hrambe in izbris"))
        self.setWindowFlag(Qt.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)

        self.due_box = QGroupBox(self.tr("Za izbris"), self)
        intro = QLabel(self.tr("Zapisi, ki jim je potekel rok hrambe, najdlje zapadli najprej. Izberite jih in kliknite "
                               "»Izbriši…«. Družina se izbriše skupaj, ko poteče rok zadnjemu družinskemu članu."),
                       self.due_box)
        intro.setWordWrap(True)
        intro.setStyleSheet(HELP_STYLE)
        self.table = QTableWidget(0, 4, self.due_box)
        self.table.setHorizontalHeaderLabels([self.tr("Ime oziroma naziv"), self.tr("Vrsta"), self.tr("Za izbris od"),
                                              self.tr("Razlog")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.setColumnWidth(0, 230)
        self.table.itemChanged.connect(self._update_buttons)
        self.count_label = QLabel(self.due_box)
        self.select_all_button = QPushButton(self.tr("Izberi &vse"), self.due_box)
        self.select_all_button.clicked.connect(lambda: self.check_all(True))
        self.select_none_button = QPushButton(self.tr("&Počisti izbor"), self.due_box)
        self.select_none_button.clicked.connect(lambda: self.check_all(False))
        self.refresh_button = QPushButton(self.tr("&Osveži"), self.due_box)
        self.refresh_button.clicked.connect(self.refresh)
        self.erase_button = QPushButton(self.tr("&Izbriši…"), self.due_box)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase_checked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.select_all_button, self.select_none_button, self.refresh_button, self.erase_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        due_layout = QVBoxLayout(self.due_box)
        due_layout.addWidget(intro)
        due_layout.addWidget(self.table, 1)
        due_layout.addLayout(buttons)

        self.periods_box = QGroupBox(self.tr("Roki hrambe"), self)
        self.may_edit = workspace.can("retention_settings")
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        self.period_labels: dict[str, QLabel] = {}
        for kind in retention.KINDS:
            spin = QSpinBox(self.periods_box)
            spin.setRange(0, retention.MAX_MONTHS)
            spin.setSuffix(self.tr(" mes."))
            spin.setSpecialValueText(self.tr("brez roka"))
            spin.setReadOnly(not self.may_edit)
            spin.setAccessibleName(kind_label(kind))
            shown = QLabel(self.periods_box)
            shown.setStyleSheet(HELP_STYLE)
            spin.valueChanged.connect(lambda value, label=shown: label.setText(period_words(value)))
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(shown, 1)
            caption = QLabel(kind_description(kind), self.periods_box)
            caption.setWordWrap(True)
            caption.setBuddy(spin)
            form.addRow(caption, row)
            self.spins[kind] = spin
            self.period_labels[kind] = shown
        note = QLabel(self.tr("Privzeti roki so izbrani po analogiji s 115. členom Zakona o tujcih (pet let); "
                              "upravljavec jih mora preveriti glede na 73. člen Zakona o začasni zaščiti razseljenih "
                              "oseb (ZZZRO-1). »brez roka«: zapisi te vrste se ne brišejo.")
                      + ("" if self.may_edit else " " + self.tr("Roke hrambe nastavi skrbnik.")), self.periods_box)
        note.setWordWrap(True)
        note.setStyleSheet(HELP_STYLE)
        self.save_periods_button = QPushButton(self.tr("&Shrani roke"), self.periods_box)
        self.save_periods_button.setAutoDefault(False)
        self.save_periods_button.clicked.connect(self.save_periods)
        self.save_periods_button.setVisible(self.may_edit)
        self.defaults_button = QPushButton(self.tr("Privzeti &roki"), self.periods_box)
        self.defaults_button.setAutoDefault(False)
        self.defaults_button.clicked.connect(self.show_defaults)
        self.defaults_button.setVisible(self.may_edit)
        period_buttons = QHBoxLayout()
        period_buttons.addStretch(1)
        period_buttons.addWidget(self.defaults_button)
        period_buttons.addWidget(self.save_periods_button)
        periods_layout = QVBoxLayout(self.periods_box)
        periods_layout.addLayout(form)
        periods_layout.addWidget(note)
        periods_layout.addLayout(period_buttons)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        close = localize_buttons(QDialogButtonBox(QDialogButtonBox.Close, self))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due_box, 3)
        layout.addWidget(self.periods_box, 0)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.load_periods()
        self.refresh()
        self.resize(980, 760)

    # --- the due list --------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.items = self.workspace.retention_due(self.today)
        except Exception as exc:  # the store's message says what to do
            self.items = []
            self._show(self.tr("Seznama ni bilo mogoče pripraviti: {error}").format(error=message_text(exc)), error=True)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            name = QTableWidgetItem(item.name)
            name.setData(ID_ROLE, item.id)
            name.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
            name.setCheckState(Qt.Unchecked)
            kind = QTableWidgetItem(kind_label(item.kind))
            due = QTableWidgetItem(format_date(item.due_since))
            reason = QTableWidgetItem(item.reason)
            reason.setToolTip(item.reason)
            for column, cell in enumerate((name, kind, due, reason)):
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self._update_buttons()

    def check_all(self, checked: bool) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            self.table.item(row, 0).setCheckState(Qt.Checked if checked else Qt.Unchecked)
        self.table.blockSignals(False)
        self._update_buttons()

    def set_checked(self, ids) -> None:
        """Tick the rows of these ids (and untick the others)."""
        wanted = set(ids)
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            cell.setCheckState(Qt.Checked if cell.data(ID_ROLE) in wanted else Qt.Unchecked)
        self.table.blockSignals(False)
        self._update_buttons()

    def checked_items(self) -> list[retention.DueItem]:
        return [self.items[row] for row in range(self.table.rowCount())
                if self.table.item(row, 0).checkState() == Qt.Checked]

    def _update_buttons(self, *_args) -> None:
        checked = len(self.checked_items())
        total = len(self.items)
        if not total:
            self.count_label.setText(self.tr("Ni zapisov, ki bi jim potekel rok hrambe."))
        else:
            self.count_label.setText(self.tr("Za izbris: {total}, izbranih: {checked}").format(total=total,
                                                                                              checked=checked))
        self.erase_button.setEnabled(checked > 0)
        self.select_all_button.setEnabled(total > 0)
        self.select_none_button.setEnabled(checked > 0)

    def erase_checked(self):
        """»Izbriši…«: confirm what will be erased (with the reason), erase it in one step, report it."""
        items = self.checked_items()
        if not items:
            return None
        try:
            counts = self.workspace.erasure_contents(items)
        except Exception as exc:
            self._show(self.tr("Izbrisa ni bilo mogoče pripraviti: {error}").format(error=message_text(exc)), error=True)
            return None
        confirm = EraseConfirmDialog(items, counts, self)
        if not dialogs.run_dialog(confirm):
            return None
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            report = self.workspace.erase_due([item.id for item in items], confirm.reason_text(),
                                         today=self.today)
        except Exception as exc:  # NotDue, a reason with personal data, the disk
            QApplication.restoreOverrideCursor()
            self._show(self.tr("Izbris ni uspel, nič ni izbrisano: {error}").format(error=message_text(exc)), error=True)
            self.refresh()
            return None
        QApplication.restoreOverrideCursor()
        text = self.tr("Izbrisano: {what}.").format(what=contents_text(counts))
        if not report.checkpointed:
            text += " " + self.tr("Dnevnik zbirke bo očiščen, ko ga drugi programi prenehajo brati.")
        self._show(text)
        self.refresh()
        self.erased.emit(report)
        return report

    # --- the periods ---------------------------------------------------------------------------
    def load_periods(self) -> None:
        try:
            values = self.workspace.retention_periods()
        except Exception as exc:
            self._show(self.tr("Rokov hrambe ni bilo mogoče prebrati: {error}").format(error=message_text(exc)), error=True)
            return
        for kind, spin in self.spins.items():
            spin.setValue(values[kind])
            self.period_labels[kind].setText(period_words(values[kind]))

    def show_defaults(self) -> None:
        """Put the default periods in the fields (saved with »Shrani roke«)."""
        for kind, spin in self.spins.items():
            spin.setValue(retention.DEFAULTS[kind])

    def save_periods(self) -> bool:
        """Write the changed periods (an administrator's); the due list follows them."""
        try:
            current = self.workspace.retention_periods()
            for kind, spin in self.spins.items():
                if spin.value() != current[kind]:
                    self.workspace.set_retention_period(kind, spin.value())
        except Exception as exc:
            self._show(self.tr("Rokov hrambe ni bilo mogoče shraniti: {error}").format(error=message_text(exc)), error=True)
            return False
        self._show(self.tr("Roki hrambe so shranjeni."))
        self.refresh()
        return True

    def _show(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("background: #fbdde1; color: #8a0016; border: 1px solid #d9a0a8; padding: 6px;"
                                   if error else "background: #e3f1e3; color: #1f5c1f; border: 1px solid #a8cfa8;"
                                                 " padding: 6px;")
        self.message.show()


def open_retention_dialog(window) -> RetentionDialog | None:
    """Show the dialog for the window's workspace; after an erasure the window's lists are refreshed."""
    workspace = window.workspace
    if not workspace.can("retention"):
        QMessageBox.information(window, _tr("Roki hrambe in izbris"),
                                _tr("Pregled in izbris podatkov po poteku roka hrambe opravi nadzornik ali skrbnik."))
        return None
    dialog = RetentionDialog(workspace, window)
    refresh = getattr(window, "refresh", None)
    if callable(refresh):
        dialog.erased.connect(lambda _report: refresh())
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    return dialog


def install_retention_action(window, menu) -> QAction:
    """»Roki hrambe in izbris…« in `menu` (Orodja), shown to supervisors and administrators."""
    action = QAction(_tr("Roki &hrambe in izbris…"), window)
    action.setStatusTip(_tr("Zapisi, ki jim je potekel rok hrambe, njihov izbris in roki hrambe"))
    action.triggered.connect(lambda: open_retention_dialog(window))
    action.setVisible(window.workspace.can("retention"))
    menu.addAction(action)
    window.retention_action = action
    return action
