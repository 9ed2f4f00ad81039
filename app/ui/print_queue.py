"""Tiskalna vrsta: choose many finished forms and cards, print them in one job, and record what was printed.

Forms print as A4 (the signed version when the form is signed). Cards print each on its own A4 page
(front and back side by side on a fold line, centred at true size, for laminating; the default), or as A4 sheets of
3 x 3 with cut marks followed by the back sheet (two-sided, flip on the short edge) — one job — or one
by one on 91 x 60 mm card stock. Paper that needs another tray or duplex setting is its own job.
Every job is recorded (Workspace.record_print): printer, items, who and when; printing something
already printed is recorded as a reprint. Printing goes through the system's print dialog (Qt) or
straight to a CUPS queue (app.workspace.printing.cups_print).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QRadioButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from app.workspace import FINISHED
from app.workspace.printing import PrintJob, merge_pdfs  # noqa: F401  (merge_pdfs: for its callers)
from app.ui.dialogs import localize_buttons
from app.ui.i18n import message_text

QT_DIALOG = ""  # the printer combo's entry for "choose in the system's print dialog"
CUPS_PREFIX = "cups:"


def _tr(text: str) -> str:
    return QCoreApplication.translate("print_queue", text)


# --- building the jobs (no widgets) ----------------------------------------------------------------


#: one print job (documents, items, paper, duplex): app.workspace.printing.PrintJob
BatchJob = PrintJob


def build_jobs(workspace, draft_ids: list[str], cards_on_sheets: bool = True, fold: bool = False) -> list[BatchJob]:
    """The print jobs for these finished forms and cards, in the order chosen (forms first, then cards),
    titled for the official. `fold`: each card on its own A4 page to fold and laminate."""
    titles = {"forms": _tr("Obrazci"), "card_sheets": _tr("Izkaznice na polah"), "cards": _tr("Izkaznice"),
              "card_folds": _tr("Izkaznice za plastificiranje")}
    jobs = workspace.print_jobs(draft_ids, cards_on_sheets, fold=fold)
    for job in jobs:
        job.title = titles[job.kind]
    return jobs


def print_with_cups(workspace, jobs: list[BatchJob], queue: str) -> list[tuple[str, str]]:
    """Send every job to a CUPS queue and record it; return (print log id, CUPS job id) per job."""
    from app.workspace.printing import cups_print

    ids = []
    for job in jobs:
        cups_id = cups_print(merge_pdfs(job.documents), queue, title=f"Priloga {job.title}", media=job.media,
                             duplex=job.duplex)
        ids.append((workspace.record_print(queue, job.items, pages=job.pages), cups_id))
    return ids


def print_with_qt(workspace, jobs: list[BatchJob], parent: QWidget | None = None, printer=None,
                  show_dialog: bool = True) -> tuple[str, list[str]] | None:
    """Print every job through Qt (the print dialog once) and record it; return the printer's name and
    the print log ids, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from app.ui.printing import print_pdfs

    printer = printer or QPrinter(QPrinter.HighResolution)
    if show_dialog:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_tr("Tiskalna vrsta"))
        if dialog.exec() != QDialog.Accepted:
            return None
    name, ids = "", []
    for job in jobs:
        name = print_pdfs(job.documents, parent, printer=printer, show_dialog=False, duplex=job.duplex,
                          card_mm=(91.0, 60.0) if job.media == "card" else None)
        if name is None:
            return None
        ids.append(workspace.record_print(name, job.items, pages=job.pages))
    return name, ids


# --- the dialog ------------------------------------------------------------------------------------


class PrintQueueDialog(QDialog):
    """Tiskalna vrsta: tick finished forms and cards, choose the printer, print them together."""

    COLUMNS = ("", "Obrazec", "Ime", "Zaključen", "Podpisan", "Natisnjeno")

    def __init__(self, workspace, selected: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.checked: set[str] = set(selected or [])
        self.setWindowTitle(self.tr("Tiskalna vrsta"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Iskanje po imenu"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) if c else "" for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.itemChanged.connect(self._on_item_changed)
        self.all_button = QPushButton(self.tr("Izberi vse"), self)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self.tr("Počisti izbor"), self)
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.fold = QRadioButton(self.tr("vsaka na svoj A4 za plastificiranje (spredaj in zadaj ob pregibu)"), self)
        self.sheets = QRadioButton(self.tr("na pole A4 (3 × 3, robne oznake, obojestransko)"), self)
        self.single = QRadioButton(self.tr("posamično na kartice 91 × 60 mm"), self)
        self.fold.setChecked(True)
        self._card_mode = QButtonGroup(self)
        self._card_mode.addButton(self.fold)
        self._card_mode.addButton(self.sheets)
        self._card_mode.addButton(self.single)
        self.printer = QComboBox(self)
        self.printer.addItem(self.tr("Izberi v pogovornem oknu za tiskanje …"), QT_DIALOG)
        from app.workspace.printing import cups_available, cups_queues

        for queue in cups_queues() if cups_available() else []:
            self.printer.addItem(self.tr("CUPS: {queue}").format(queue=queue), CUPS_PREFIX + queue)
        self.summary = QLabel(self)
        self.buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Close, self))
        self.print_button = self.buttons.addButton(self.tr("Natisni"), QDialogButtonBox.AcceptRole)
        self.print_button.setDefault(True)
        self.buttons.accepted.connect(self.print_selected)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.all_button)
        top.addWidget(self.none_button)
        cards = QVBoxLayout()
        cards.addWidget(self.fold)
        cards.addWidget(self.sheets)
        cards.addWidget(self.single)
        form = QFormLayout()
        form.addRow(self.tr("Izkaznice:"), cards)
        form.addRow(self.tr("&Tiskalnik:"), self.printer)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.reload()

    # list ---------------------------------------------------------------------------------------
    def reload(self, *_args) -> None:
        rows = self.workspace.list_drafts(search=self.search.text().strip() or None, status=FINISHED, limit=2000)
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(rows))
            for row, summary in enumerate(rows):
                check = QTableWidgetItem()
                check.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                check.setCheckState(Qt.Checked if summary.id in self.checked else Qt.Unchecked)
                check.setData(Qt.UserRole, summary.id)
                self.table.setItem(row, 0, check)
                signed = self.workspace.latest_signed(summary.id)
                printed = self.workspace.print_history(summary.id)
                values = (summary.form_code, summary.title or self.tr("(brez imena)"), summary.updated_at[:10],
                          self.tr("v{n}").format(n=signed.version) if signed else self.tr("ne"),
                          self.tr("{n}×").format(n=len({p.job_id for p in printed})) if printed else "")
                for column, text in enumerate(values, start=1):
                    self.table.setItem(row, column, QTableWidgetItem(text))
        finally:
            self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        self._update_summary()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        draft_id = item.data(Qt.UserRole)
        if item.checkState() == Qt.Checked:
            self.checked.add(draft_id)
        else:
            self.checked.discard(draft_id)
        self._update_summary()

    def _check_all(self, on: bool) -> None:
        for row in range(self.table.rowCount()):
            self.table.item(row, 0).setCheckState(Qt.Checked if on else Qt.Unchecked)

    def selected_ids(self) -> list[str]:
        """The ticked forms in the list's order (then any ticked ones the search hides)."""
        shown = [self.table.item(row, 0).data(Qt.UserRole) for row in range(self.table.rowCount())]
        return [d for d in shown if d in self.checked] + sorted(self.checked - set(shown))

    def _update_summary(self) -> None:
        count = len(self.checked)
        self.summary.setText(self.tr("Izbranih: {n}").format(n=count))
        self.print_button.setEnabled(count > 0)

    # printing -----------------------------------------------------------------------------------
    def print_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            jobs = build_jobs(self.workspace, ids, cards_on_sheets=self.sheets.isChecked(),
                              fold=self.fold.isChecked())
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.windowTitle(), self.tr("Tiska ni bilo mogoče pripraviti: {error}").format(
                error=message_text(exc)))
            return False
        QApplication.restoreOverrideCursor()
        target = self.printer.currentData() or QT_DIALOG
        try:
            if target.startswith(CUPS_PREFIX):
                printer = target[len(CUPS_PREFIX):]
                log_ids = [log_id for log_id, _cups_id in print_with_cups(self.workspace, jobs, printer)]
            else:
                done = print_with_qt(self.workspace, jobs, self)
                if done is None:
                    return False
                printer, log_ids = done
        except Exception as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Tiskanje ni uspelo: {error}").format(error=message_text(exc)))
            self.reload()
            return False
        items = [item for job in jobs for item in job.items]
        reprints = sum(record.reprint for log_id in log_ids for record in self.workspace.print_job(log_id))
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "Poslano na tiskalnik {printer}: {n} dokumentov v {jobs} poslih (ponatisov: {reprints}).").format(
            printer=printer, n=len(items), jobs=len(jobs), reprints=reprints))
        self.reload()
        return True


# --- hooks for the main window --------------------------------------------------------------------


def open_print_queue(window) -> None:
    selected = window.selected_id() if hasattr(window, "selected_id") else None
    dialog = PrintQueueDialog(window.workspace, [selected] if selected and window.selected_status() == FINISHED
                              else [], window)
    dialog.exec()
    if hasattr(window, "refresh"):
        window.refresh()


def open_print_setup(window) -> None:
    from app.ui.print_setup import PrintSetupDialog

    PrintSetupDialog(window.workspace, window).exec()


def install_print_actions(window, menu) -> tuple[QAction, QAction]:
    """Add »Tiskalna vrsta…« and »Umerjanje tiskalnika…« to `menu` and apply each printer's stored
    offsets to every print from now on."""
    from app.ui.printing import use_offsets

    use_offsets(window.workspace.printer_offset)
    queue = QAction(_tr("Tiskalna &vrsta…"), window)
    queue.setStatusTip(_tr("Natisni več zaključenih obrazcev in izkaznic naenkrat"))
    queue.triggered.connect(lambda: open_print_queue(window))
    setup = QAction(_tr("&Umerjanje tiskalnika…"), window)
    setup.setStatusTip(_tr("Natisni umeritveno stran in vpiši premik tiskalnika"))
    setup.triggered.connect(lambda: open_print_setup(window))
    menu.addSeparator()
    menu.addAction(queue)
    menu.addAction(setup)
    window.print_queue_action, window.print_setup_action = queue, setup
    return queue, setup
