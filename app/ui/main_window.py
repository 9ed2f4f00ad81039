"""The main window: the catalogue of forms and the saved forms, the register of persons, and what to do with them."""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TR_NOOP, QEvent, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPushButton, QSplitter,
    QStackedWidget, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from app.engine.roles import NotAllowed
from app.workspace import DRAFT, FINISHED
from app.ui import dialogs, documents
from app.ui.dialogs import confirm, localize_buttons
from app.ui.drafts_model import ID_ROLE, STATUS_ROLE, DraftsModel
from app.ui.lock import LockScreen, hide_other_windows, restore_windows
from app.ui.register_panel import RegisterPanel
from app.ui.wording import count_text
from app.ui.i18n import message_text

CODE_ROLE = Qt.UserRole
#: the definitions are read in full this long after the catalogue shows (not while the window first appears)
CHECK_DEFINITIONS_AFTER_MS = 300
#: the audit chain's head in the status bar is read at most this often (a count over the whole log)
AUDIT_HEAD_EVERY_MS = 3000
#: how long the status bar says what an export or a print did
DONE_MESSAGE_MS = 20000


class Selection:
    """What is selected in the window, read once per update of the actions (each part when first asked)."""

    def __init__(self, window: "MainWindow"):
        self.window = window

    @functools.cached_property
    def draft(self) -> bool:
        return self.window.selected_id() is not None

    @functools.cached_property
    def status(self) -> str | None:
        return self.window.selected_status()

    @functools.cached_property
    def person(self) -> bool:
        return self.window.selected_person_id() is not None

    @functools.cached_property
    def serial(self) -> bool:
        return self.window.selected_serial() is not None

    @functools.cached_property
    def forms(self) -> bool:
        return self.window.catalogue.count() > 0


@dataclass(frozen=True)
class ActionSpec:
    """One action of the main window, declared once: menus, toolbar, the drafts' context menu, the role
    check and the enabled state all read it (the window's attribute is `<name>_action`)."""

    name: str
    text: str
    handler: str                    #: the window's method (or signal) it calls
    keys: tuple = ()                #: QKeySequence arguments, one per shortcut
    tip: str = ""
    context: Qt.ShortcutContext | None = None
    #: the workspace permission it needs: without it the action is hidden and off
    permission: str | None = None
    #: True: the role alone decides whether it shows; False: something else may hide it too (signing)
    shown_by_role: bool = True
    #: when it is enabled, from the selection (None: always)
    enabled: Callable[[Selection], bool] | None = None
    #: a module of the app it needs (hidden on a station whose version lacks it)
    needs_module: str | None = None


_ = QT_TR_NOOP
#: The main window's actions (texts are translated in the MainWindow context).
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", _("&Nov obrazec"), "new_draft", (QKeySequence.New,),
               _("Začni nov obrazec izbrane vrste (Ctrl+N)"), enabled=lambda s: s.forms),
    ActionSpec("open", _("&Odpri"), "open_selected", (Qt.Key_Return, Qt.Key_Enter),
               _("Odpri izbrani obrazec (Enter)"), context=Qt.WidgetShortcut, enabled=lambda s: s.draft),
    ActionSpec("export", _("Izvozi P&DF…"), "export_selected", ("Ctrl+E",),
               _("Shrani izbrani obrazec kot PDF (Ctrl+E)"), enabled=lambda s: s.draft),
    ActionSpec("print", _("Nati&sni…"), "print_selected", (QKeySequence.Print,),
               _("Natisni izbrani obrazec (Ctrl+P)"), enabled=lambda s: s.draft),
    ActionSpec("preview", _("Predogled &tiskanja…"), "preview_selected", (),
               _("Pokaži, kako bo obrazec natisnjen"), enabled=lambda s: s.draft),
    ActionSpec("blank", _("Natisni pr&azen obrazec…"), "print_blank", (),
               _("Natisni prazen obrazec izbrane vrste za izpolnjevanje na roke"), enabled=lambda s: s.forms),
    ActionSpec("open_pdf", _("Odpri PD&F"), "open_pdf_selected", (),
               _("Odpri PDF izbranega obrazca v pregledovalniku"), enabled=lambda s: s.draft),
    # a signed form is final: app.ui.signing also hides »reopen« for it
    ActionSpec("reopen", _("Ponovno odpri za &urejanje"), "reopen_selected", (),
               _("Zaključen obrazec spet omogoči za urejanje"), permission="reopen", shown_by_role=False,
               enabled=lambda s: s.draft and s.status == FINISHED),
    ActionSpec("delete", _("I&zbriši osnutek"), "delete_selected", (QKeySequence.Delete,),
               _("Izbriši izbrani osnutek (Delete)"), context=Qt.WidgetShortcut,
               enabled=lambda s: s.draft and s.status == DRAFT),
    ActionSpec("settings", _("Na&stavitve…"), "edit_settings", (), _("Ime postaje, uradna oseba, organ")),
    ActionSpec("quit", _("Iz&hod"), "close", ("Ctrl+Q",), _("Zapri program")),
    ActionSpec("register", _("&Register oseb"), "show_register", ("Ctrl+R",), _("Poišči osebo v registru (Ctrl+R)")),
    ActionSpec("new_person", _("Nova &oseba…"), "new_person", ("Ctrl+Shift+N",),
               _("Vpiši novo osebo v register (Ctrl+Shift+N)")),
    ActionSpec("open_person", _("Odpri o&sebo obrazca"), "open_person_of_selected", ("Ctrl+Shift+O",),
               _("Odpri osebo iz registra, za katero je izbrani obrazec (Ctrl+Shift+O)"), enabled=lambda s: s.person),
    ActionSpec("void", _("Raz&veljavi številko izkaznice…"), "void_selected", (),
               _("Številka pokvarjene izkaznice se razveljavi (nikoli več ne uporabi); "
                 "izkaznica dobi novo številko ob ponovnem zaključku"), permission="void",
               enabled=lambda s: s.draft and s.status == FINISHED and s.serial),
    # the session (every window of the app: Ctrl+L locks from a wizard or a person's page too)
    ActionSpec("lock", _("&Zakleni"), "lock_by_user", ("Ctrl+L",), _("Zakleni program; odklene ga vaše geslo (Ctrl+L)"),
               context=Qt.ApplicationShortcut),
    ActionSpec("switch_user", _("&Prijava drugega uporabnika…"), "switch_user_requested", (),
               _("Zapri vsa okna in se prijavi kot drug uporabnik")),
    ActionSpec("change_password", _("Spremeni &geslo…"), "change_password", (), _("Izberite novo geslo za svoj račun")),
    ActionSpec("accounts", _("Uporabniški &računi…"), "open_accounts", (),
               _("Dodaj uradne osebe, nova gesla, vloge, izklop računov"), permission="accounts"),
    ActionSpec("audit", _("Revizijska s&led…"), "open_audit", (),
               _("Kdo je kaj naredil in kdaj; preverjanje verige zapisov"), permission="audit"),
    ActionSpec("codelists", _("Š&ifranti…"), "open_codelists", (), _("Dodaj ali preimenuj vnos v šifrantu"),
               permission="codelists", needs_module="app.ui.codelists_dialog"),
    ActionSpec("backup", _("Varnostna k&opija zdaj"), "backup_now", (),
               _("Šifrirana kopija zbirke in ključev v mapo varnostnih kopij"), permission="backup"),
    ActionSpec("sync", _("Si&nhroniziraj"), "sync_now", ("F9",),
               _("Pošlji spremembe v centralni register in prevzemi novosti (F9); delo teče naprej"),
               permission="fill"),
)
del _
#: Menus (title, action names; None is a separator) in the menu bar's order; the print, signing and
#: retention modules add theirs to »Obrazec« and »Orodja« (see _make_menus).
MENUS: tuple[tuple[str, tuple], ...] = (
    (QT_TR_NOOP("&Obrazec"), ("new", "open", None, "export", "open_pdf", "print", "preview", "blank", None, "reopen",
                              "void", "delete", None, "quit")),
    (QT_TR_NOOP("&Register"), ("register", "new_person", "open_person")),
    (QT_TR_NOOP("Oro&dja"), ("settings", "accounts", "codelists", "audit", "backup", None, "sync")),
    (QT_TR_NOOP("&Uporabnik"), ("lock", "switch_user", None, "change_password")),
)
TOOLBAR = ("new", "open", None, "export", "print", "open_pdf", None, "delete", None, "new_person", "open_person", None,
           "settings")
#: where the actions other modules install (signing's) come in a list
INSTALLED = "installed"
#: the saved forms' context menu
CONTEXT_MENU = ("open", "delete", "open_person", INSTALLED, "void")
#: actions of the whole window (their shortcut works wherever the focus is)
WINDOW_ACTIONS = ("lock",)
#: actions other modules install that the role check also covers: (window attribute path, permission)
INSTALLED_ROLE_ACTIONS = (("signing.correct", "correct_signed"),)


class MainWindow(QMainWindow):
    """Start a new form, find a saved one, open, export, print or delete it; find or enter a person.

    One user's window: what the role does not allow is not shown. Ctrl+L (or the idle time, through the
    session in app.ui.app) locks it: every other window hides and the lock screen replaces the content
    until the user's password unlocks it."""

    lock_changed = Signal(bool)          # locked (True) or unlocked
    switch_user_requested = Signal()     # »Prijava drugega uporabnika«
    settings_changed = Signal()          # the settings dialog saved (e.g. the idle time)
    closed = Signal()                    # the window closed (the user quits)

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.wizards: dict[str, QWidget] = {}
        self.person_pages: dict[str, QWidget] = {}
        self.tool_windows: dict[str, QWidget] = {}  # accounts, audit log: one each, non-modal
        self.locked = False
        self._hidden_windows: list[QWidget] = []
        self._action_states: dict[QAction, bool] = {}
        self._focus_before = self._active_before = None
        self._shown_error: str | None = None
        self._audit_timer = QTimer(self, singleShot=True, interval=AUDIT_HEAD_EVERY_MS)
        self.setWindowTitle(self.tr("Priloga – obrazci začasne zaščite"))
        self.setMinimumSize(1000, 720)
        self._make_actions()
        self._make_catalogue()
        self._make_drafts()
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.catalogue_box)
        splitter.addWidget(self.drafts_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 870])
        self.register_panel = RegisterPanel(self.workspace, self)
        self.register_panel.open_requested.connect(self.open_person)
        self.register_panel.new_requested.connect(self.new_person)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.forms_tab_index = self.tabs.addTab(splitter, self.tr("Obrazci"))
        self.register_tab_index = self.tabs.addTab(self.register_panel, self.tr("Register oseb"))
        self.tabs.setTabToolTip(self.register_tab_index, self.tr("Osebe, njihove družine in obrazci (Ctrl+R)"))
        from app.ui.deadlines import install as install_deadlines  # the Roki tab (with its count) and Statistika

        install_deadlines(self)
        self.lock_screen = LockScreen(self)
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.lock_screen.switch_requested.connect(self.switch_user_requested)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.stack.setCurrentWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self._make_menus()
        self.user_label = QLabel(self)
        self.user_label.setTextFormat(Qt.PlainText)
        self.user_label.setContentsMargins(4, 0, 16, 0)
        self.audit_label = QLabel(self)
        self.audit_label.setTextFormat(Qt.PlainText)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.audit_label)
        self.status_label.setMinimumWidth(60)  # the long path gives way to the sync state (its tooltip has it)
        self.sync_label = QLabel(self)
        self.sync_label.setTextFormat(Qt.PlainText)
        self.statusBar().addPermanentWidget(self.sync_label)
        self._audit_timer.timeout.connect(self._update_audit_head)
        self._update_status()
        self._update_audit_head()
        self._refresh_timer = QTimer(self, singleShot=True, interval=400)
        self._refresh_timer.timeout.connect(self.refresh)
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.apply_filters)
        self._register_timer = QTimer(self, singleShot=True, interval=300)
        self._register_timer.timeout.connect(self.refresh_register)
        self._persons_timer = QTimer(self, singleShot=True, interval=300)  # the list only (typing on a page)
        self._persons_timer.timeout.connect(self.register_panel.refresh)
        self.apply_role()
        self._update_actions()
        self._update_count()
        from app.ui.backup_ui import BackupScheduler  # on a schedule (in a worker thread) and on exit

        self.backups = BackupScheduler(self.workspace, self)
        self.backups.failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
        from app.ui.sync_ui import SyncScheduler  # »Sinhroniziraj« and every sync_every_minutes, in a worker thread

        self.syncer = SyncScheduler(self.workspace, self, self.sync_label)
        self.resize(dialogs.fitted_size(self, 1200, 780))  # never taller than a laptop's screen

    # --- building ----------------------------------------------------------------------------
    def _make_actions(self) -> None:
        """One QAction per entry of ACTIONS, as `self.<name>_action`."""
        self.actions_by_name: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = QAction(self.tr(spec.text), self)
            if spec.keys:
                action.setShortcuts([QKeySequence(key) for key in spec.keys])
            if spec.context is not None:
                action.setShortcutContext(spec.context)
            if spec.tip:
                action.setStatusTip(self.tr(spec.tip))
                action.setToolTip(self.tr(spec.tip))
            handler = getattr(self, spec.handler)
            action.triggered.connect(handler.emit if isinstance(handler, SignalInstance) else handler)
            self.actions_by_name[spec.name] = action
            setattr(self, f"{spec.name}_action", action)

    def _make_menus(self) -> None:
        menus = {}
        for title, names in MENUS:
            menu = menus[title] = self.menuBar().addMenu(self.tr(title))
            for name in names:
                menu.addSeparator() if name is None else menu.addAction(self.actions_by_name[name])
            if title == "&Register":
                from app.ui.family_screen import install_family_action  # Družina… (Ctrl+Shift+D)

                install_family_action(self, menu)
            if title == "Oro&dja":
                tools = menu
                from app.ui.print_queue import install_print_actions  # Tiskalna vrsta…, Umerjanje tiskalnika…
                install_print_actions(self, tools)
                from app.ui.signing import install_signing_actions  # Podpiši in izvozi…, Preveri podpis PDF…, Ključi…
                install_signing_actions(self, menus["&Obrazec"], tools)
                from app.ui.retention_dialog import install_retention_action  # Roki hrambe in izbris…

                self.retention_action = install_retention_action(self, tools)
                for name in CONTEXT_MENU[CONTEXT_MENU.index(INSTALLED) + 1:]:
                    self.table.addAction(self.actions_by_name[name])
        for name in WINDOW_ACTIONS:  # e.g. Ctrl+L belongs to the window itself, not only to its menu
            self.addAction(self.actions_by_name[name])
        toolbar = self.addToolBar(self.tr("Orodna vrstica"))
        self.toolbar = toolbar
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for name in TOOLBAR:
            toolbar.addSeparator() if name is None else toolbar.addAction(self.actions_by_name[name])

    def _make_catalogue(self) -> None:
        self.catalogue_box = QGroupBox(self.tr("Obrazci"), self)
        self.catalogue = QListWidget(self.catalogue_box)
        self.catalogue.setWordWrap(True)
        self.catalogue.setSpacing(2)
        self.catalogue.setTextElideMode(Qt.ElideNone)
        self.catalogue.installEventFilter(self)  # entries follow the list's width (fit_catalogue_items)
        for code in self.workspace.catalog.codes():  # file names only; titles follow after the window shows
            item = QListWidgetItem(code)
            item.setData(CODE_ROLE, code)
            item.setSizeHint(QSize(0, self.catalogue.fontMetrics().lineSpacing() * 3 + 8))
            self.catalogue.addItem(item)
        QTimer.singleShot(0, self._load_catalogue_titles)
        if self.catalogue.count():
            self.catalogue.setCurrentRow(0)
        self.catalogue.itemDoubleClicked.connect(self._on_catalogue_activated)
        enter = QShortcut(QKeySequence(Qt.Key_Return), self.catalogue, self.new_draft)
        enter_pad = QShortcut(QKeySequence(Qt.Key_Enter), self.catalogue, self.new_draft)
        for shortcut in (enter, enter_pad):  # PySide6 ignores a `context=` keyword: set it, or Enter is ambiguous
            shortcut.setContext(Qt.WidgetShortcut)
        self._catalogue_shortcuts = (enter, enter_pad)
        self.new_button = QPushButton(self.tr("Nov obrazec"), self.catalogue_box)
        self.new_button.clicked.connect(self.new_draft)
        self.blank_button = QPushButton(self.tr("Natisni prazen obrazec…"), self.catalogue_box)
        self.blank_button.clicked.connect(self.print_blank)
        layout = QVBoxLayout(self.catalogue_box)
        layout.addWidget(self.catalogue, 1)
        layout.addWidget(self.new_button)
        layout.addWidget(self.blank_button)

    def _load_catalogue_titles(self) -> None:
        """Show each form's title, read from the top of its definition file (a few ms for all); then read
        the definitions in full while the window is idle, one per turn of the event loop (parsing and
        checking all of them takes ~0.3 s, which start-up no longer waits for)."""
        headings = self.workspace.catalog.headings()
        for row in range(self.catalogue.count()):
            item = self.catalogue.item(row)
            heading = headings.get(item.data(CODE_ROLE))
            if heading is None or isinstance(heading, Exception):  # a broken definition file must not stop the app
                self._mark_broken_definition(item, heading or LookupError(item.data(CODE_ROLE)))
                continue
            item.setText(f"{heading.code}\n{heading.title}")
            item.setToolTip(f"{heading.code} – {heading.title}\n{heading.annex}\n{heading.citation}")
        self.fit_catalogue_items()
        QTimer.singleShot(CHECK_DEFINITIONS_AFTER_MS, self, functools.partial(self._check_definition, 0))

    def fit_catalogue_items(self) -> None:
        """Make each catalogue entry as tall as its title wrapped at the list's width (no title is cut)."""
        metrics = self.catalogue.fontMetrics()
        width = max(80, self.catalogue.viewport().width() - 2 * self.catalogue.spacing() - 12)
        for row in range(self.catalogue.count()):
            item = self.catalogue.item(row)
            rect = metrics.boundingRect(0, 0, width, 10_000, Qt.TextWordWrap, item.text())
            item.setSizeHint(QSize(0, max(rect.height(), metrics.lineSpacing() * 2) + 8))

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.catalogue and event.type() == QEvent.Resize
                and event.size().width() != event.oldSize().width()):
            self.fit_catalogue_items()
        return super().eventFilter(watched, event)

    def _check_definition(self, row: int) -> None:
        """Read the definition of catalogue row `row` in full (its checks included), then the next one."""
        if row >= self.catalogue.count():
            return
        item = self.catalogue.item(row)
        try:
            self.workspace.catalog.get(item.data(CODE_ROLE))
        except Exception as exc:  # a broken definition file must not stop the app
            self._mark_broken_definition(item, exc)
        QTimer.singleShot(0, self, functools.partial(self._check_definition, row + 1))

    def _mark_broken_definition(self, item, exc: Exception) -> None:
        item.setText(f"{item.data(CODE_ROLE)}\n{self.tr('(napaka v opisu obrazca)')}")
        item.setToolTip(message_text(exc))

    def _make_drafts(self) -> None:
        self.drafts_box = QGroupBox(self.tr("Shranjeni obrazci"), self)
        self.search = QLineEdit(self.drafts_box)
        self.search.setPlaceholderText(self.tr("Iskanje po imenu"))
        self.search.setClearButtonEnabled(True)
        self.form_filter = QComboBox(self.drafts_box)
        self.form_filter.addItem(self.tr("Vsi obrazci"), None)
        for code in self.workspace.catalog.codes():
            self.form_filter.addItem(code, code)
        self.status_filter = QComboBox(self.drafts_box)
        self.status_filter.addItem(self.tr("Vsa stanja"), None)
        self.status_filter.addItem(self.tr("Osnutki"), DRAFT)
        self.status_filter.addItem(self.tr("Zaključeni"), FINISHED)
        self.model = DraftsModel(self.workspace, parent=self)
        self.table = QTableView(self.drafts_box)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        # A column sized to its contents measures this many rows, not every row loaded (Qt's default, 1000):
        # each measure asks the model for every role of every cell, ~0.5 s at start for 200 rows.
        header.setResizeContentsPrecision(20)
        for column, mode in enumerate((QHeaderView.ResizeToContents, QHeaderView.Stretch, QHeaderView.ResizeToContents,
                                       QHeaderView.ResizeToContents, QHeaderView.Interactive)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(4, 180)
        for name in CONTEXT_MENU[:CONTEXT_MENU.index(INSTALLED)]:  # the rest once signing added its own
            self.table.addAction(self.actions_by_name[name])
        self.table.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.count_label = QLabel(self.drafts_box)
        self.count_label.setStyleSheet("color: #555555")
        self.search.textChanged.connect(self._on_search_changed)
        self.form_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.form_filter)
        filters.addWidget(self.status_filter)
        layout = QVBoxLayout(self.drafts_box)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    # --- list --------------------------------------------------------------------------------
    def _on_search_changed(self, _text: str) -> None:
        self._filter_timer.start()

    def _on_filter_changed(self, _index: int) -> None:
        self.apply_filters()

    def apply_filters(self) -> None:
        """Show the drafts matching the search text and the two filters."""
        self._filter_timer.stop()
        self.model.set_filters(self.search.text().strip() or None, self.form_filter.currentData(),
                               self.status_filter.currentData())
        self._after_reload()

    def refresh(self, keep: str | None = None) -> None:
        """Read the list again, keeping the selected draft selected."""
        keep = keep or self.selected_id()
        self.model.refresh()
        self._after_reload(keep)
        self._schedule_audit_head()

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def _after_reload(self, keep: str | None = None) -> None:
        if self.model.error and self.model.error != self._shown_error and self.isVisible():  # each problem once
            self._shown_error = self.model.error
            QMessageBox.warning(self, self.tr("Shranjeni obrazci"),
                                self.tr("Seznama ni bilo mogoče prebrati: {error}").format(error=self.model.error))
        elif not self.model.error:
            self._shown_error = None
        if keep:
            row = self.model.row_of(keep)
            if row >= 0:
                self.table.selectRow(row)
        self._update_actions()
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        if total == 0 and not (self.model.search or self.model.form_code or self.model.status):
            text = self.tr("Ni shranjenih obrazcev. Izberite obrazec na levi in kliknite »Nov obrazec«.")
        else:
            text = count_text(total, self.tr("{n} obrazec"), self.tr("{n} obrazca"), self.tr("{n} obrazci"),
                              self.tr("{n} obrazcev"))
        self.count_label.setText(text)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def selected_status(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(STATUS_ROLE) if rows else None

    def selected_code(self) -> str | None:
        item = self.catalogue.currentItem()
        return item.data(CODE_ROLE) if item else None

    def _on_selection_changed(self, *_args) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        """Enable each action as its `enabled` in ACTIONS says for the selection; then signing's own (a
        signed form is final), then hide and switch off what the role does not allow."""
        if self.locked:  # the lock screen keeps every action off; unlocking brings them back
            return
        selection = Selection(self)
        for spec in ACTIONS:
            if spec.enabled is not None:
                self.actions_by_name[spec.name].setEnabled(bool(spec.enabled(selection)))
        if getattr(self, "signing", None) is not None:
            self.signing.update()  # signed forms: no reopening; sign, verify, correct
        self._apply_permissions(show=False)

    # --- the role ----------------------------------------------------------------------------
    def apply_role(self) -> None:
        """Show only what the user's role allows (hidden, not just greyed out)."""
        self._apply_permissions(show=True)
        self._update_user()

    def _role_actions(self):
        """(action, permission, whether the role alone decides that it shows) for every checked action."""
        for spec in ACTIONS:
            if spec.permission is not None:
                yield self.actions_by_name[spec.name], spec.permission, spec.shown_by_role
        for path, permission in INSTALLED_ROLE_ACTIONS:
            action = functools.reduce(lambda obj, attr: getattr(obj, attr, None), path.split("."), self)
            if action is not None:
                yield action, permission, False

    def _apply_permissions(self, show: bool) -> None:
        """Hide and switch off every action the role does not allow; `show`: show again those whose
        visibility only the role decides (after a login or a change of role)."""
        for action, permission, shown_by_role in self._role_actions():
            if not self.workspace.can(permission):
                action.setVisible(False)
                action.setEnabled(False)
            elif show and shown_by_role:
                action.setVisible(True)
        for spec in ACTIONS:
            if spec.needs_module and importlib.util.find_spec(spec.needs_module) is None:
                self.actions_by_name[spec.name].setVisible(False)

    def lock_by_user(self) -> None:
        """Ctrl+L, »Uporabnik › Zakleni«."""
        self.lock("user")

    def _not_allowed(self, title: str, exc: NotAllowed) -> None:
        QMessageBox.warning(self, title, message_text(exc))

    def _on_table_double_clicked(self, index) -> None:
        self.open_draft(index.data(ID_ROLE))

    def _on_catalogue_activated(self, _item) -> None:
        self.new_draft()

    # --- actions -----------------------------------------------------------------------------
    def new_draft(self) -> None:
        """Start a new form of the kind chosen in the catalogue."""
        code = self.selected_code()
        if not code:
            return
        try:
            draft = self.workspace.new_draft(code)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Nov obrazec"), self.tr("Obrazca ni bilo mogoče začeti: {error}").format(error=message_text(exc)))
            return
        self.refresh(keep=draft.id)
        self.open_draft(draft.id)

    def open_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id:
            self.open_draft(draft_id)

    def open_draft(self, draft_id: str):
        """Show the draft in its wizard (a finished one read-only); return the wizard."""
        if draft_id in self.wizards:
            wizard = self.wizards[draft_id]
            wizard.showNormal()
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        try:
            draft = self.workspace.draft(draft_id)
            from app.ui.wizard import FormWizard

            wizard = FormWizard(self.workspace, draft, self)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Odpri"), self.tr("Obrazca ni bilo mogoče odpreti: {error}").format(error=message_text(exc)))
            self.refresh()
            return None
        wizard.setAttribute(Qt.WA_DeleteOnClose)
        wizard.saved.connect(self._on_wizard_saved)
        wizard.register_changed.connect(self._on_register_changed)
        wizard.finished.connect(lambda _result, key=draft_id: self._on_wizard_closed(key))
        self.wizards[draft_id] = wizard
        wizard.show()
        return wizard

    def _on_wizard_saved(self, _draft_id: str) -> None:
        self.schedule_refresh()
        self._register_timer.start()  # the person pages list the forms filed for them

    def _on_register_changed(self, person_id: str) -> None:
        """A form's corrections (or a relative) went to the register: show it on the person's page."""
        page = self.person_pages.get(person_id)
        if page is not None:
            page.load()
        self._register_timer.start()

    def _on_wizard_closed(self, draft_id: str) -> None:
        self.wizards.pop(draft_id, None)
        self.refresh()

    def export_selected(self) -> str | None:
        """»Izvozi PDF…«; the status bar says where the file went."""
        path = documents.export_draft(self.workspace, self.selected_id(), self) if self.selected_id() else None
        if path:
            self.statusBar().showMessage(documents.exported_text(path), DONE_MESSAGE_MS)
        return path

    def print_selected(self) -> str | None:
        """»Natisni…«; the status bar says which printer printed it."""
        printer = documents.print_draft(self.workspace, self.selected_id(), self) if self.selected_id() else None
        if printer:
            self.statusBar().showMessage(documents.printed_text(printer), DONE_MESSAGE_MS)
        return printer

    def preview_selected(self) -> None:
        if self.selected_id():
            documents.preview_draft(self.workspace, self.selected_id(), self)

    def open_pdf_selected(self) -> None:
        if self.selected_id():
            documents.open_draft_pdf(self.workspace, self.selected_id(), self)

    def print_blank(self) -> None:
        if self.selected_code():
            documents.print_blank(self.workspace, self.selected_code(), self)

    def reopen_selected(self) -> None:
        draft_id = self.selected_id()
        if not draft_id or self.selected_status() != FINISHED:
            return
        try:
            self.workspace.require("reopen")
        except NotAllowed as exc:
            self._not_allowed(self.tr("Ponovno odpri za urejanje"), exc)
            return
        if not confirm(self, self.tr("Ponovno odpri za urejanje"), self.tr(
                "Zaključen obrazec bo spet osnutek, ki ga lahko spreminjate. Ga želite ponovno odpreti za urejanje?"),
                self.tr("Ponovno odpri"), self.tr("Prekliči")):
            return
        try:
            self.workspace.reopen(draft_id)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Ponovno odpri za urejanje"), message_text(exc))
        self.refresh(keep=draft_id)
        if draft_id in self.wizards:
            self.wizards[draft_id].close()
        self.open_draft(draft_id)

    def delete_selected(self) -> None:
        """Delete the selected draft after asking (finished forms are kept)."""
        draft_id = self.selected_id()
        if not draft_id:
            return
        if self.selected_status() != DRAFT:
            QMessageBox.information(self, self.tr("Izbriši osnutek"),
                                    self.tr("Zaključenih obrazcev ni mogoče izbrisati; izbrišete lahko le osnutke."))
            return
        row = self.model.draft_at(self.table.currentIndex().row())
        name = row.title if row and row.title else self.tr("(brez imena)")
        if not confirm(self, self.tr("Izbriši osnutek"), self.tr(
                "Izbrišem osnutek »{name}«? Izbrisanega osnutka ni mogoče obnoviti.").format(name=name),
                self.tr("Izbriši"), self.tr("Prekliči")):
            return
        if draft_id in self.wizards:
            self.wizards[draft_id].close()
        try:
            self.workspace.delete_draft(draft_id)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Izbriši osnutek"), message_text(exc))
        self.refresh()

    def edit_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace, self)
        if not dialogs.run_dialog(dialog):
            return
        try:
            dialog.save()
        except NotAllowed as exc:
            self._not_allowed(self.tr("Nastavitve"), exc)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Nastavitve"), self.tr("Nastavitev ni bilo mogoče shraniti: {error}").format(error=message_text(exc)))
        self._update_status()
        self._update_user()
        self.settings_changed.emit()

    def _update_status(self) -> None:
        try:
            station = self.workspace.station_name
        except Exception:
            station = "?"
        self.status_label.setText(self.tr("Zbirka: {path}    Postaja: {station}").format(path=self.workspace.path, station=station))
        self.status_label.setToolTip(self.status_label.text())

    def _update_user(self) -> None:
        account = self.workspace.account
        self.user_label.setText(self.tr("Uporabnik: {name} ({user}), {role}").format(
            name=account.display_name, user=account.username, role=message_text(account.role_name)))

    def _update_audit_head(self) -> None:
        """»Revizijska sled: N vnosov, glava 1a2b…« (the first 16 hex digits of the newest entry's hash)."""
        try:
            count, head = self.workspace.audit_head()
        except Exception:  # a closed or broken database must not stop the window
            self.audit_label.clear()
            return
        self.audit_label.setText(self.tr("Revizijska sled: {n} vnosov, glava {head}").format(n=count, head=head[:16]))
        if hasattr(self, "syncer"):  # the changes waiting to be sent follow every change too
            self.syncer.update_status()
        self.audit_label.setToolTip(self.tr("Glava verige revizijske sledi (odtis zadnjega vnosa):\n{head}").format(
            head=head))

    def _schedule_audit_head(self) -> None:
        if not self._audit_timer.isActive():
            self._audit_timer.start()

    # --- accounts, audit log, code lists, password, void -------------------------------------
    def _tool_window(self, key: str, make):
        """Show the tool window `key` (made once by `make`, non-modal: it survives a lock); return it."""
        window = self.tool_windows.get(key)
        if window is None:
            window = make()
            window.setAttribute(Qt.WA_DeleteOnClose)
            window.destroyed.connect(lambda _obj=None, k=key: self.tool_windows.pop(k, None))
            self.tool_windows[key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_accounts(self):
        """»Uporabniški računi« (administrator)."""
        try:
            self.workspace.require("accounts")
        except NotAllowed as exc:
            self._not_allowed(self.tr("Uporabniški računi"), exc)
            return None
        from app.ui.accounts_dialog import AccountsDialog

        def make():
            dialog = AccountsDialog(self.workspace, self)
            dialog.own_account_changed.connect(self._on_own_account_changed)
            dialog.changed.connect(self._schedule_audit_head)
            return dialog

        return self._tool_window("accounts", make)

    def open_audit(self, person_id: str | None = None):
        """»Revizijska sled« (supervisor and administrator)."""
        try:
            self.workspace.require("audit")
        except NotAllowed as exc:
            self._not_allowed(self.tr("Revizijska sled"), exc)
            return None
        from app.ui.audit_dialog import AuditDialog

        return self._tool_window("audit", lambda: AuditDialog(self.workspace, self))

    def sync_now(self) -> bool:
        """»Sinhroniziraj« (F9): in the background; the status bar tells how it went."""
        return self.syncer.sync_now()

    def backup_now(self):
        """»Varnostna kopija zdaj« (supervisor and administrator)."""
        path = self.backups.backup_now()
        if path is not None:
            self.statusBar().showMessage(self.tr("Varnostna kopija: {name}").format(name=path.name), 15000)
        return path

    def open_codelists(self):
        try:
            self.workspace.require("codelists")
        except NotAllowed as exc:
            self._not_allowed(self.tr("Šifranti"), exc)
            return None
        from app.ui.codelists_dialog import CodelistsDialog

        return self._tool_window("codelists", lambda: CodelistsDialog(self.workspace, self))

    def _on_own_account_changed(self) -> None:
        """The administrator changed their own account (name, role): show what the new role allows."""
        try:
            self.workspace._refresh_account()
        except Exception:
            pass
        self.apply_role()
        self._update_actions()
        for key, permission in (("accounts", "accounts"), ("audit", "audit"), ("codelists", "codelists")):
            window = self.tool_windows.get(key)
            if window is not None and not self.workspace.can(permission):
                window.close()

    def change_password(self) -> bool:
        from app.ui.login import ChangePasswordDialog

        done = dialogs.run_dialog(ChangePasswordDialog(self.workspace, parent=self))
        self._schedule_audit_head()
        return done

    def selected_serial(self) -> str | None:
        """The serial number of the selected card (a form whose definition issues one), or None."""
        draft_id = self.selected_id()
        if not draft_id:
            return None
        try:
            draft = self.workspace.draft(draft_id)
            spec = self.workspace.definition_of(draft).serial
        except Exception:
            return None
        return (draft.data.get(spec["field"]) or None) if spec else None

    def void_selected(self) -> str | None:
        """»Razveljavi številko izkaznice« (supervisor): the spoiled card's serial is void, never reused; the
        card is a draft again and gets a new number when finished. Returns the voided serial."""
        title = self.tr("Razveljavi številko izkaznice")
        draft_id, serial = self.selected_id(), self.selected_serial()
        if not draft_id or not serial:
            return None
        try:
            self.workspace.require("void")
        except NotAllowed as exc:
            self._not_allowed(title, exc)
            return None
        dialog = VoidDialog(serial, self)
        if not dialogs.run_dialog(dialog):
            return None
        try:
            voided = self.workspace.void_card(draft_id, dialog.reason())
        except NotAllowed as exc:
            self._not_allowed(title, exc)
            return None
        except Exception as exc:
            QMessageBox.warning(self, title, self.tr("Številke ni bilo mogoče razveljaviti: {error}").format(error=message_text(exc)))
            return None
        if draft_id in self.wizards:
            self.wizards[draft_id].close()
        self.refresh(keep=draft_id)
        self._schedule_audit_head()
        QMessageBox.information(self, title, self.tr(
            "Številka {serial} je razveljavljena in se ne bo več uporabila. Izkaznica je spet osnutek; "
            "ob ponovnem zaključku dobi novo številko.").format(serial=voided))
        return voided

    # --- locking ---------------------------------------------------------------------------------
    def lock(self, reason: str = "user") -> None:
        """Hide every other window of the app and show only the lock screen (Ctrl+L, or the idle time)."""
        if self.locked:
            return
        self.locked = True
        self._focus_before = QApplication.focusWidget()
        self._active_before = QApplication.activeWindow()
        self._hidden_windows = hide_other_windows(self)
        self._action_states = {action: action.isEnabled() for action in self.findChildren(QAction)
                               if action.parent() is self}
        for action in self._action_states:
            action.setEnabled(False)
        self.menuBar().hide()
        self.toolbar.hide()
        self.statusBar().hide()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset(self.workspace.account.display_name, self.workspace.user)
        self.activateWindow()
        self.lock_screen.password.setFocus()
        try:
            self.workspace.lock(reason)
        except Exception:  # the screen locks even when the audit entry cannot be written
            pass
        documents.clear_session_files()
        self.lock_changed.emit(True)

    def unlock(self, password: str) -> bool:
        """Unlock with the user's password: everything comes back as it was. False (and why, on the lock
        screen) when the password is wrong or the account is locked out."""
        from app.workspace.accounts import BadCredentials, LockedOut, VaultError
        from app.ui.login import lockout_text, seconds_left

        if not self.locked:
            return True
        try:
            QApplication.setOverrideCursor(Qt.WaitCursor)
            try:
                self.workspace.unlock(password)
            finally:
                QApplication.restoreOverrideCursor()
        except BadCredentials as exc:
            text = self.tr("Napačno geslo.")
            if exc.remaining is not None:
                text += " " + self.tr("Preostali poskusi pred začasnim zaklepom računa: {n}.").format(
                    n=max(0, exc.remaining))
            self.lock_screen.show_error(text)
            return False
        except LockedOut as exc:
            self.lock_screen.show_error(lockout_text(seconds_left(exc.until)))
            return False
        except VaultError as exc:
            self.lock_screen.show_error(message_text(exc))
            return False
        self.locked = False
        self.stack.setCurrentWidget(self.tabs)
        self.lock_screen.clear()
        self.menuBar().show()
        self.toolbar.show()
        self.statusBar().show()
        for action, enabled in self._action_states.items():
            action.setEnabled(enabled)
        self._action_states = {}
        self.apply_role()
        self._update_actions()
        hidden, self._hidden_windows = self._hidden_windows, []
        restore_windows(hidden)
        active, focus = self._active_before, self._focus_before
        self._active_before = self._focus_before = None
        from shiboken6 import isValid

        if active is not None and isValid(active) and active.isVisible():
            active.raise_()
            active.activateWindow()
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.setFocus()
        self._update_audit_head()
        self.lock_changed.emit(False)
        return True

    # --- register ----------------------------------------------------------------------------
    def show_register(self) -> None:
        """The »Register oseb« tab with the cursor in its search box."""
        self.tabs.setCurrentIndex(self.register_tab_index)
        self.register_panel.focus_search()

    def refresh_register(self) -> None:
        """Read the persons list and the open person pages again (after a save elsewhere)."""
        self._register_timer.stop()
        self.register_panel.refresh()
        for page in list(self.person_pages.values()):
            page.refresh_lists()

    def selected_person_id(self) -> str | None:
        draft_id = self.selected_id()
        if not draft_id:
            return None
        try:
            return self.workspace.draft(draft_id).person_id
        except Exception:
            return None

    def open_person_of_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id:
            self.open_person(person_id)

    def new_person(self):
        """»Nova oseba«: an empty person page; the person enters the register with the first value typed."""
        self.tabs.setCurrentIndex(self.register_tab_index)
        page = self._make_person_page(None)
        page.show()
        page.editors["surname"].focus_path()
        return page

    def open_person(self, person_id: str):
        """Show the person's page (one per person); return it."""
        if person_id in self.person_pages:
            page = self.person_pages[person_id]
            page.showNormal()
            page.raise_()
            page.activateWindow()
            return page
        try:
            page = self._make_person_page(person_id)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Oseba"), self.tr("Osebe ni bilo mogoče odpreti: {error}").format(error=message_text(exc)))
            return None
        page.show()
        return page

    def _make_person_page(self, person_id: str | None):
        from app.ui.person import PersonPage

        page = PersonPage(self.workspace, person_id, self, open_draft=self.open_draft, open_person=self.open_person)
        page.setAttribute(Qt.WA_DeleteOnClose)
        page.person_changed.connect(lambda changed_id, p=page: self._on_person_changed(changed_id, p))
        page.forms_changed.connect(self._on_person_forms_changed)
        page.finished.connect(lambda _result, p=page: self._on_person_page_closed(p))
        if person_id:
            self.person_pages[person_id] = page
        return page

    def _on_person_changed(self, person_id: str, page) -> None:
        if person_id and self.person_pages.get(person_id) is not page:
            self.person_pages[person_id] = page  # a new person got an id with the first value typed
        self._persons_timer.start()

    def _on_person_forms_changed(self, _person_id: str) -> None:
        self.refresh()

    def _on_person_page_closed(self, page) -> None:
        for key, value in list(self.person_pages.items()):
            if value is page:
                del self.person_pages[key]
        self._persons_timer.start()

    def close_session_windows(self) -> str | None:
        """Close every window this user opened (wizards and person pages save as they close); None when
        all closed, else why not (a form whose last changes could not be written stays open)."""
        from shiboken6 import isValid

        for wizard in list(self.wizards.values()):
            if self.locked or not wizard.isVisible():
                # a hidden wizard is closed without asking anyone: only when everything it holds is written
                if not getattr(wizard, "read_only", False) and getattr(wizard, "save_error", None):
                    wizard.save_now()
                if not getattr(wizard, "read_only", False) and getattr(wizard, "save_error", None):
                    return self.tr("Zadnjih sprememb obrazca ni bilo mogoče shraniti ({error}). Odklenite program "
                                   "in jih shranite, preden se prijavi drug uporabnik.").format(error=wizard.save_error)
                wizard.done(QDialog.Rejected)
                if isValid(wizard):
                    wizard.close()
            elif not wizard.close():
                return self.tr("Obrazec ostaja odprt.")
        # person pages (each closes the windows it opened) and every other window of this user's: dialogs
        # hidden by the lock screen too
        for page in list(self.person_pages.values()) + [w for w in self.findChildren(QDialog) if w.isWindow()]:
            if isValid(page):
                page.close()
        for window in list(self.tool_windows.values()):
            if isValid(window):
                window.close()
        self._hidden_windows = []
        return None

    def closeEvent(self, event) -> None:
        problem = self.close_session_windows()
        if problem is not None:
            if self.locked:
                self.lock_screen.show_error(problem)
            event.ignore()
            return
        self._refresh_timer.stop()
        self._filter_timer.stop()
        self._register_timer.stop()
        self._persons_timer.stop()
        self._audit_timer.stop()
        super().closeEvent(event)
        if event.isAccepted():
            self.syncer.stop()
            self.syncer.wait(30)
            self.backups.on_exit()
            self.closed.emit()


class VoidDialog(QDialog):
    """The reason a card's serial number is voided (e.g. »napaka pri tisku«)."""

    def __init__(self, serial: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Razveljavi številko izkaznice"))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("npr. napaka pri tisku, poškodovana kartica"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.text_label = text = QLabel(self.tr("Številka {serial} bo razveljavljena in se ne bo nikoli več uporabila. "
                              "Izkaznica postane spet osnutek in ob zaključku dobi novo številko.").format(serial=serial), self)
        text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Razlog:"), self.reason_edit)
        buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Razveljavi"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    def submit(self) -> bool:
        if not self.reason():
            self.message.setText(self.tr("Vpišite razlog razveljavitve."))
            return False
        self.accept()
        return True
