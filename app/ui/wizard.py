"""The form wizard, built from the form definition: one page per section, then a summary.

A view over the draft's session (app.workspace.session.DraftSession), which holds the values, the page,
the findings, saving and its retry, register corrections and finishing: every change goes to the session,
which saves it at once and checks what depends on it; findings are shown under their fields but never
block moving on. The summary lists them all and finishes the form when there are no errors.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QScrollArea,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from app.workspace import FINISHED
from app.ui import dialogs, documents
from app.ui.dialogs import confirm
from app.ui.drafts_model import local_time
from app.ui.fields import ERROR_COLOR, WARNING_COLOR, FieldRow, create_editor, finding_text
from app.ui.wording import count_text
from app.workspace.session import AUTOSAVE_WAIT_S, RETRY_INTERVAL_S, DraftSession, UnsavedChanges
from app.ui.i18n import message_text

BANNER_STYLE = "background: #fbdde1; color: #8a0016; border: 1px solid #d9a0a8; padding: 6px;"
FOOTER_STYLE = "color: #555555;"
SERIAL_STYLE = "color: #333333; background: #eeeeee; border: 1px solid #cccccc; padding: 4px;"
DONE_STYLE = "background: #e3f4e1; color: #1d5c16; padding: 6px;"
PATH_ROLE = Qt.UserRole
#: findings that only say a value is missing (shown once the field was edited or its page left)
MISSING_RULES = ("required", "one_of")
#: While the last changes are not saved, the session tries again this often without a keystroke (the
#: waits for a database held elsewhere are the session's: app.workspace.session).
RETRY_INTERVAL_MS = int(RETRY_INTERVAL_S * 1000)
#: the longest a keystroke waits for a held database (ms), as the session waits it
AUTOSAVE_WAIT_MS = int(AUTOSAVE_WAIT_S * 1000)


class _PageFields(dict):
    """Field id → editor (or row). A page's fields are made when the page is first shown; asking for a
    field (or for all of them) from outside the wizard makes the pages not shown yet at once."""

    def __init__(self, wizard: "FormWizard"):
        super().__init__()
        self._wizard = wizard

    def _all(self) -> None:
        self._wizard.build_all_pages()

    def __getitem__(self, key):
        if not dict.__contains__(self, key):
            self._all()
        return dict.__getitem__(self, key)

    def __contains__(self, key) -> bool:
        if not dict.__contains__(self, key):
            self._all()
        return dict.__contains__(self, key)

    def get(self, key, default=None):
        if not dict.__contains__(self, key):
            self._all()
        return dict.get(self, key, default)

    def __iter__(self):
        self._all()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._all()
        return dict.__len__(self)

    def keys(self):
        self._all()
        return dict.keys(self)

    def values(self):
        self._all()
        return dict.values(self)

    def items(self):
        self._all()
        return dict.items(self)

    def built(self) -> dict:
        """The fields of the pages made so far (without making the others)."""
        return dict(dict.items(self))


class _PageBase(QWizardPage):
    """A page with the save banner on top and the save time at the bottom."""

    def __init__(self, wizard: "FormWizard"):
        super().__init__()
        self.form_wizard = wizard
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.footer = QLabel(self)
        self.footer.setStyleSheet(FOOTER_STYLE)
        #: a card's serial number, on every page (the program issues it; it is never typed)
        self.serial_label = QLabel(self)
        self.serial_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.serial_label.setStyleSheet(SERIAL_STYLE)
        self.serial_label.hide()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.banner)
        self.body.addWidget(self.serial_label)

    def _finish_layout(self) -> None:
        self.body.addWidget(self.footer)

    def show_status(self, footer: str, error: str | None) -> None:
        self.footer.setText(footer)
        self.banner.setVisible(bool(error))
        self.banner.setText(error or "")

    def cleanupPage(self) -> None:
        """Going back keeps what was typed (nothing is reset)."""


class SectionPage(_PageBase):
    """One section of the form: its fields in the definition's order, in a scroll area. The fields are
    made when the page is first shown (`build`): opening a form makes only the page it opens on."""

    def __init__(self, wizard: "FormWizard", index: int, section):
        super().__init__(wizard)
        self.index = index
        self.section = section
        self.setTitle(section.title)
        if section.help:
            self.setSubTitle(section.help)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        self.body.addWidget(self.scroll, 1)
        self._finish_layout()
        self.rows: list[FieldRow] = []
        self.built = False

    def build(self) -> None:
        """Make the page's fields, with the form's values, read-only when the form is finished."""
        if self.built:
            return
        self.built = True
        wizard = self.form_wizard
        content = QWidget(self)
        # In its scroll area before the fields go in: setting a full page measures every field at once.
        self.scroll.setWidget(content)
        grid = QGridLayout(content)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        row_number = 0
        restoring, wizard._restoring = wizard._restoring, True
        try:
            for field_id in self.section.fields:
                field = wizard.definition.fields[field_id]
                editor = create_editor(field, wizard, content)
                row = FieldRow(field, editor, grid, row_number, content)
                row_number += row.grid_rows
                self.rows.append(row)
                dict.__setitem__(wizard.editors, field_id, editor)
                dict.__setitem__(wizard.rows, field_id, row)
                editor.changed.connect(partial(wizard._on_field_changed, field_id))
                editor.advance.connect(partial(self._on_field_advanced, field_id))
                editor.set_value(wizard.data.get(field_id))
                editor.set_read_only(wizard.field_read_only(field_id))
            wizard._add_register_buttons(self.section.fields)
        finally:
            wizard._restoring = restoring
        grid.setRowStretch(row_number, 1)
        chain = [w for row in self.rows for w in row.editor.tab_widgets()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def nextId(self) -> int:
        return self.form_wizard.next_page_id(self.index)

    def refresh(self, findings_by_field: dict[str, list], data: dict) -> None:
        """Stars on the required fields and the engine's findings under each field.

        »Missing« findings wait until the field was edited or the page was left once, so a new
        form does not open in red; everything else shows as it is typed."""
        self.build()
        wizard = self.form_wizard
        required = wizard.session.required_fields()
        for row in self.rows:
            row.set_required(row.field.id in required)
            findings = findings_by_field.get(row.field.id, [])
            if self.index not in wizard.revealed and row.field.id not in wizard.touched:
                findings = [f for f in findings if f.rule not in MISSING_RULES]
            row.show_findings(findings)

    def focus_first(self) -> None:
        self.build()
        for row in self.rows:
            widget = row.editor.focus_widget()
            if widget.isEnabled():
                row.editor.focus_path()
                return

    def _on_field_advanced(self, field_id: str) -> None:
        """Enter in a single-line field: the next field, or the next page after the last one."""
        ids = [row.field.id for row in self.rows]
        for row in self.rows[ids.index(field_id) + 1:]:
            widget = row.editor.focus_widget()
            if widget.isEnabled() and widget.focusPolicy() != Qt.NoFocus:
                row.editor.focus_path()
                self.scroll.ensureWidgetVisible(row.editor)
                return
        self.form_wizard.next()


class _FindingsTree(QTreeWidget):
    """Enter on a finding jumps to it (and does not press the wizard's default button); long messages wrap."""

    def fit_rows(self) -> None:
        """Give each message the height its wrapped text needs at the current width."""
        metrics = self.fontMetrics()
        for top in range(self.topLevelItemCount()):
            group = self.topLevelItem(top)
            for index in range(group.childCount()):
                item = group.child(index)
                width = max(100, self.viewport().width() - 2 * self.indentation() - 12)
                rect = metrics.boundingRect(0, 0, width, 10_000, Qt.TextWordWrap, item.text(0))
                item.setSizeHint(0, QSize(width, rect.height() + 6))
        self.doItemsLayout()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            item = self.currentItem()
            if item is not None and item.isSelected() and item.data(0, PATH_ROLE):
                self.itemActivated.emit(item, 0)
                event.accept()
                return
            event.ignore()  # no finding chosen: Enter is the wizard's default button (»Zaključi«, »Zapri«)
            return
        super().keyPressEvent(event)


class SummaryPage(_PageBase):
    """All findings by section (activate one to go there), the counts, and finishing the form."""

    def __init__(self, wizard: "FormWizard"):
        super().__init__(wizard)
        self.setTitle(self.tr("Pregled in zaključek"))
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.counts_label = QLabel(self)
        bold = QFont(self.counts_label.font())
        bold.setBold(True)
        self.counts_label.setFont(bold)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.done_label = QLabel(self)  # where the exported PDF went, which printer printed it
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.done_label.setStyleSheet(DONE_STYLE)
        self.done_label.hide()
        self.tree = _FindingsTree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.itemDoubleClicked.connect(self._on_item_activated)
        self.hint = QLabel(self.tr("Dvakrat kliknite opozorilo ali ga izberite in pritisnite Enter, da odprete polje."), self)
        self.hint.setStyleSheet(FOOTER_STYLE)
        self.actions_box = QWidget(self)
        actions = QHBoxLayout(self.actions_box)
        actions.setContentsMargins(0, 0, 0, 0)
        self.export_button = QPushButton(self.tr("Izvozi PDF…"), self.actions_box)
        self.print_button = QPushButton(self.tr("Natisni…"), self.actions_box)
        self.preview_button = QPushButton(self.tr("Predogled tiskanja…"), self.actions_box)
        self.open_pdf_button = QPushButton(self.tr("Odpri PDF"), self.actions_box)
        self.reopen_button = QPushButton(self.tr("Ponovno odpri za urejanje"), self.actions_box)
        self.sign_button = QPushButton(self.tr("Podpiši in izvozi…"), self.actions_box)
        self.sign_button.setToolTip(self.tr("Elektronsko podpiši obrazec in shrani podpisani PDF (Ctrl+Shift+S)"))
        self.correct_button = QPushButton(self.tr("Popravek (nova različica)"), self.actions_box)
        self.correct_button.setToolTip(self.tr("Podpisan obrazec ostane, kot je; popravek je nov osnutek z istimi podatki"))
        self.verify_button = QPushButton(self.tr("Preveri podpis"), self.actions_box)
        for button, slot in ((self.sign_button, wizard.sign_form), (self.export_button, wizard.export_pdf),
                             (self.print_button, wizard.print_form), (self.preview_button, wizard.preview_form),
                             (self.open_pdf_button, wizard.open_pdf), (self.reopen_button, wizard.reopen_for_editing),
                             (self.correct_button, wizard.make_correction), (self.verify_button, wizard.verify_signature)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        self.body.addWidget(self.status_label)
        self.body.addWidget(self.actions_box)
        self.body.addWidget(self.counts_label)
        self.body.addWidget(self.message)
        self.body.addWidget(self.done_label)
        self.body.addWidget(self.tree, 1)
        self.body.addWidget(self.hint)
        self._finish_layout()

    def nextId(self) -> int:
        return -1

    def initializePage(self) -> None:
        if self.form_wizard.status != FINISHED:  # the »zaključen« message stays while the form is finished
            self.message.hide()
        self.refresh()

    def validatePage(self) -> bool:
        return self.form_wizard.finish_form()

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(BANNER_STYLE if error else DONE_STYLE)
        self.message.setText(text)
        self.message.show()

    def show_done(self, text: str) -> None:
        """What an export or print did (the file's path, the printer), under the form's state."""
        self.done_label.setText(text)
        self.done_label.show()

    def refresh(self) -> None:
        wizard = self.form_wizard
        finished = wizard.status == FINISHED
        signed = wizard.signed
        if signed is not None:
            self.status_label.setText(self.tr(
                "Stanje: podpisan (različica {v}) {when}, podpisnik {signer}. Podpisan obrazec je dokončen in ga ni "
                "mogoče spreminjati; za spremembo naredite popravek (nova različica).").format(
                v=signed.version, when=local_time(signed.signed_at), signer=signed.signer))
        elif finished:
            when = local_time(wizard.finished_at) if wizard.finished_at else ""
            self.status_label.setText(self.tr("Stanje: zaključen {when}. Obrazec je samo za branje; "
                                              "za spremembe ga ponovno odprite za urejanje.").format(when=when))
        else:
            self.status_label.setText(self.tr("Stanje: osnutek. Vse spremembe so sproti shranjene. "
                                              "Ko napak ni več, obrazec zaključite z gumbom »Zaključi«."))
        self.actions_box.setVisible(finished)
        self.sign_button.setVisible(finished and signed is None)
        may = wizard.workspace.can
        self.reopen_button.setVisible(finished and signed is None and may("reopen"))  # a signed form is final
        self.correct_button.setVisible(signed is not None and may("correct_signed"))
        self.verify_button.setVisible(signed is not None)
        errors = [f for f in wizard.findings if f.severity == "error"]
        warnings = [f for f in wizard.findings if f.severity != "error"]
        self.counts_label.setText(
            count_text(len(errors), self.tr("{n} napaka"), self.tr("{n} napaki"), self.tr("{n} napake"), self.tr("{n} napak"))
            + ", " + count_text(len(warnings), self.tr("{n} opozorilo"), self.tr("{n} opozorili"),
                                self.tr("{n} opozorila"), self.tr("{n} opozoril")))
        self.counts_label.setStyleSheet(f"color: {ERROR_COLOR}" if errors else "color: #1d5c16")
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        definition = wizard.definition
        for finding in wizard.findings:
            try:
                section = definition.section_of(finding.field_id)
            except KeyError:
                section = None
            key = section.id if section else ""
            if key not in groups:
                group = QTreeWidgetItem([section.title if section else self.tr("Drugo")])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setData(0, PATH_ROLE, (finding.field_id, None, None))
                self.tree.addTopLevelItem(group)
                groups[key] = group
            mark = "✖" if finding.severity == "error" else "⚠"
            item = QTreeWidgetItem([f"{mark} {finding_text(finding)}"])
            item.setForeground(0, QBrush(QColor(ERROR_COLOR if finding.severity == "error" else WARNING_COLOR)))
            item.setToolTip(0, finding_text(finding))
            item.setData(0, PATH_ROLE, (finding.field_id, finding.row, finding.column))
            groups[key].addChild(item)
        self.tree.expandAll()
        self.tree.fit_rows()
        if not wizard.findings:
            empty = QTreeWidgetItem([self.tr("Obrazec nima napak ne opozoril.")])
            empty.setFlags(Qt.ItemIsEnabled)
            self.tree.addTopLevelItem(empty)
        self.hint.setVisible(bool(wizard.findings))

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        path = item.data(0, PATH_ROLE)
        if path:
            self.form_wizard.go_to_field(*path)


class FormWizard(QWizard):
    """Fill one draft: a page per section of its definition, saved on every change."""

    saved = Signal(str)
    register_changed = Signal(str)  # the person's register entry changed (corrections, a relative added)

    def __init__(self, workspace, draft, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.session = DraftSession(workspace, draft)
        self.definition = self.session.definition
        self.editors = _PageFields(self)
        self.rows = _PageFields(self)
        self._retry = QTimer(self)  # saves what is still unsaved, without waiting for the next keystroke
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_INTERVAL_MS)
        self._retry.timeout.connect(self._retry_save)
        self._restoring = True
        self.touched: set[str] = set()
        self.revealed: set[int] = set()
        self._shown_id = -1
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.NoDefaultButton, False)
        self.setButtonText(QWizard.BackButton, self.tr("< Nazaj"))
        self.setButtonText(QWizard.NextButton, self.tr("Naprej >"))
        self.setButtonText(QWizard.CancelButton, self.tr("Zapri"))
        self.button(QWizard.BackButton).setToolTip(self.tr("Prejšnja stran (Alt+B, Ctrl+PgUp)"))
        self.button(QWizard.NextButton).setToolTip(self.tr("Naslednja stran (Alt+N, Ctrl+PgDown, Enter)"))
        self.button(QWizard.CancelButton).setToolTip(self.tr("Zapri (Esc); vse je že shranjeno"))
        self.sections = list(self.definition.sections)
        for index, section in enumerate(self.sections):
            self.setPage(index, SectionPage(self, index, section))
        self.summary_id = len(self.sections)
        self.summary = SummaryPage(self)
        self.setPage(self.summary_id, self.summary)
        self._make_side_list()
        self._make_register_actions()
        self._make_shortcuts()
        self._apply_mode()
        self.currentIdChanged.connect(self._on_current_id_changed)
        relevant = set(self.session.relevant_sections())
        first = next((i for i, s in enumerate(self.sections) if s.id in relevant), 0)
        self.setStartId(first)
        self.restart()
        target = self.summary_id if self.status == FINISHED else self._page_of_section(draft.page)
        self.go_to_page(target)
        self._restoring = False
        self._update_title()
        self._update_status()
        self.update_register_actions()
        self.setMinimumSize(1000, 720)
        self.resize(dialogs.fitted_size(self, 1100, 780))  # never taller than a laptop's screen

    # --- the session's state, as the view and its callers read it -------------------------------
    draft_id = property(lambda self: self.session.draft_id)
    person_id = property(lambda self: self.session.person_id)
    data = property(lambda self: self.session.data, doc="the values as typed (the session's)")
    status = property(lambda self: self.session.status)
    finished_at = property(lambda self: self.session.finished_at)
    signed = property(lambda self: self.session.signed, doc="the newest signed version or None")
    findings = property(lambda self: self.session.findings, doc="the engine's findings for the data now")
    read_only = property(lambda self: self.session.read_only)
    save_error = property(lambda self: self.session.save_error)
    last_saved = property(lambda self: self.session.last_saved)

    @property
    def _pending(self) -> bool:
        """The last changes are not saved yet (the retry timer runs)."""
        return self.session.pending

    @_pending.setter
    def _pending(self, value: bool) -> None:
        self.session.pending = value

    def field_read_only(self, field_id: str) -> bool:
        """A field cannot be edited: the form is finished, or the program fills it (a card's serial number)."""
        serial = self.definition.serial
        return self.read_only or (serial is not None and field_id == serial.field)

    def _update_serial(self) -> None:
        """A card's serial number on every page: the number once issued, else when it will be."""
        serial = self.definition.serial
        if serial is None:
            return
        number = str(self.data.get(serial.field) or "").strip()
        label = self.definition.fields[serial.field].label
        text = (self.tr("{label}: {number}").format(label=label, number=number) if number else
                self.tr("{label}: dodeli jo program, ko obrazec zaključite.").format(label=label))
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, _PageBase):
                page.serial_label.setText(text)
                page.serial_label.show()

    def _button_layout(self) -> list:
        """The wizard's buttons: a finished form has one »Zapri« (the finish button), no second one."""
        layout = [QWizard.CustomButton1] if self._corrections_shown else []
        layout += [QWizard.Stretch, QWizard.BackButton, QWizard.NextButton, QWizard.CommitButton, QWizard.FinishButton]
        if not self.read_only:
            layout.append(QWizard.CancelButton)
        return layout

    # --- building ----------------------------------------------------------------------------
    def _make_side_list(self) -> None:
        self.side_list = QListWidget(self)
        self.side_list.setFixedWidth(230)
        self.side_list.setWordWrap(True)
        self.side_list.setFocusPolicy(Qt.NoFocus)
        for index, section in enumerate(self.sections):
            item = QListWidgetItem(section.title)
            item.setData(PATH_ROLE, index)
            self.side_list.addItem(item)
        item = QListWidgetItem(self.summary.title())
        item.setData(PATH_ROLE, self.summary_id)
        self.side_list.addItem(item)
        self.side_list.itemClicked.connect(self._on_side_item_clicked)
        self.setSideWidget(self.side_list)

    def _make_register_actions(self) -> None:
        """For a form of a person in the register: »Prevzemi popravke v register« and, under each family
        table the register fills from links, »Dodaj v register« (all read from the definition; made with
        the table's page, `_add_register_buttons`)."""
        self.register_buttons: dict[str, QPushButton] = {}
        self.corrections: list[tuple[str, str, str]] = []
        self._corrections_shown: bool | None = None
        if not self.person_id:
            return
        button = self.button(QWizard.CustomButton1)
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Obrazec se razlikuje od registra osebe; zapiši popravke v register"))
        button.clicked.connect(self._on_corrections_clicked)

    def _add_register_buttons(self, field_ids) -> None:
        """»Dodaj v register« under the family tables among `field_ids` (a page being made)."""
        from app.ui.register_links import linked_tables, name_column

        if not self.person_id:
            return
        for table_id, spec in linked_tables(self.definition).items():
            editor = self.editors.built().get(table_id) if table_id in field_ids else None
            if editor is None or name_column(spec) is None or not hasattr(editor, "add_extra_button"):
                continue
            add = QPushButton(self.tr("Dodaj v &register…"), editor)
            add.setToolTip(self.tr("Vpiši osebo iz izbrane vrstice v register in jo poveži kot družinskega člana"))
            add.clicked.connect(partial(self.add_row_to_register, table_id, None))
            editor.add_extra_button(add)
            editor.table.currentCellChanged.connect(partial(self._on_register_row_changed, table_id))
            self.register_buttons[table_id] = add
            self._update_register_button(table_id, self._relatives())

    def build_all_pages(self) -> None:
        """Make the fields of every page not shown yet (when something asks for all the editors)."""
        for index in range(len(getattr(self, "sections", ()))):
            page = self.page(index)
            if isinstance(page, SectionPage):
                page.build()

    def _on_corrections_clicked(self, _checked: bool = False) -> None:
        self.take_register_corrections()

    def _on_register_row_changed(self, table_id: str, *_args) -> None:
        self._update_register_button(table_id, self._relatives())

    def _relatives(self) -> list[dict]:
        return self.session.relatives()

    def update_register_actions(self) -> None:
        """Show »Prevzemi popravke« while the form differs from the register; enable »Dodaj v register«
        for a row that names no relative."""
        if not self.person_id:
            return
        self.corrections = self.pending_corrections()
        shown = bool(self.corrections)
        if shown:
            self.setButtonText(QWizard.CustomButton1, self.tr("Prevzemi popravke v register ({n})…").format(
                n=len(self.corrections)))
        if shown != self._corrections_shown:  # a custom layout shows every button it lists
            self._corrections_shown = shown
            self.setOption(QWizard.HaveCustomButton1, shown)
            self.setButtonLayout(self._button_layout())
            self.button(QWizard.CustomButton1).setVisible(shown)
        links = self._relatives()
        for table_id in self.register_buttons:
            self._update_register_button(table_id, links)

    def _update_register_button(self, table_id: str, links: list[dict]) -> None:
        self.register_buttons[table_id].setEnabled(self.register_row_name(table_id, links=links) is not None)

    def register_row_name(self, table_id: str, row: int | None = None, links: list[dict] | None = None) -> str | None:
        """The name in a row of a linked table when it is not one of the person's relatives, else None."""
        from app.ui.register_links import is_relative, linked_tables, name_column

        editor = self.editors[table_id]
        row = editor.current_row() if row is None else row
        rows = editor.value() or []
        if not self.person_id or not 0 <= row < len(rows):
            return None
        name = str(rows[row].get(name_column(linked_tables(self.definition)[table_id])) or "").strip()
        if not name or is_relative(name, self._relatives() if links is None else links):
            return None
        return name

    def pending_corrections(self) -> list[tuple[str, str, str]]:
        """What the form says differently from the register: (label, register value, form value)."""
        from app.ui.register_links import correction_rows

        if not self.person_id:
            return []
        try:
            corrections, photo = self.session.corrections()
            rows = correction_rows(self.definition, corrections, self.session.register_person())
            had = photo and self.session.register_has_photo()
        except Exception:  # the register cannot be read now: offer nothing rather than fail the form
            return []
        if photo:
            label = self.definition.fields[self.session.photo_field()].label
            rows.append((label, self.tr("druga fotografija") if had else self.tr("(ni fotografije)"),
                         self.tr("fotografija z obrazca")))
        return rows

    def take_register_corrections(self) -> dict | None:
        """Confirm the list of corrections and write them to the register in one step."""
        from app.ui.register_links import CorrectionsDialog

        if self._pending and not self.read_only:
            self._save()
        rows = self.pending_corrections()
        if not rows:
            self.update_register_actions()
            return {}
        dialog = CorrectionsDialog(rows, self.session.title_name(), self)
        if not dialogs.run_dialog(dialog):
            return None
        try:
            taken = self.session.take_corrections()
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Prevzemi popravke v register"),
                                self.tr("Popravkov ni bilo mogoče zapisati v register: {error}").format(error=message_text(exc)))
            return None
        self.update_register_actions()
        self.register_changed.emit(self.person_id)
        return taken

    def add_row_to_register(self, table_id: str, row: int | None = None) -> str | None:
        """»Dodaj v register«: enter the person named in a family row and link them with the table's kind."""
        from app.ui.person_dialogs import RelativeDialog
        from app.ui.register_links import linked_tables, name_parts, row_attributes

        editor = self.editors[table_id]
        row = editor.current_row() if row is None else row
        name = self.register_row_name(table_id, row)
        if name is None:
            return None
        spec = linked_tables(self.definition)[table_id]
        attributes, relationship = row_attributes(spec, (editor.value() or [])[row])
        surname, given_name = name_parts(spec, name)
        dialog = RelativeDialog(self.workspace, self.person_id, self, surname=surname, given_name=given_name,
                                relationship=relationship, kind=spec["link"], fixed_kind=True, attributes=attributes,
                                accompanies_minor=bool(spec.get("accompanies_minor")), search=name)
        if not dialogs.run_dialog(dialog):
            return None
        try:
            relative_id = dialog.save()
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Dodaj v register"),
                                self.tr("Osebe ni bilo mogoče vpisati v register: {error}").format(error=message_text(exc)))
            return None
        self.update_register_actions()
        self.register_changed.emit(self.person_id)
        return relative_id

    def _make_shortcuts(self) -> None:
        for keys, slot in ((("Alt+N", "Ctrl+PgDown"), self.next), (("Alt+B", "Ctrl+PgUp"), self.back),
                           ((QKeySequence.Save,), self.save_now), (("Ctrl+Shift+S",), self.sign_form)):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)

    def _page_of_section(self, section_id: str | None) -> int:
        for index, section in enumerate(self.sections):
            if section.id == section_id:
                return index
        return 0

    # --- navigation --------------------------------------------------------------------------
    def next_page_id(self, index: int) -> int:
        """The next section that applies to the data so far (e.g. the minor's companion only for a minor)."""
        relevant = set(self.session.relevant_sections())
        for later in range(index + 1, len(self.sections)):
            if self.sections[later].id in relevant:
                return later
        return self.summary_id

    def go_to_page(self, target: int) -> None:
        """Walk back or forward to a page, so the history (and »Nazaj«) stays right."""
        while self.currentId() > target and self.visitedIds()[:-1]:
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break
        while self.currentId() < target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def go_to_field(self, field_id: str, row: int | None = None, column: str | None = None) -> None:
        """Show the page of a field and put the cursor in it (a cell, for a table finding)."""
        try:
            section = self.definition.section_of(field_id)
        except KeyError:
            return
        self.go_to_page(self._page_of_section(section.id))
        editor = self.editors.built().get(field_id)
        page = self.currentPage()
        if editor is not None:
            if isinstance(page, SectionPage):
                page.scroll.ensureWidgetVisible(editor)
            editor.focus_path(row, column)

    def current_section_id(self) -> str | None:
        page = self.currentPage()
        return page.section.id if isinstance(page, SectionPage) else None

    def _on_side_item_clicked(self, item: QListWidgetItem) -> None:
        self.go_to_page(item.data(PATH_ROLE))

    def _apply_table_order(self) -> None:
        """Put tables with a prescribed order (the definition's `sort`) in that order — done when a page
        is left, not while a row is being typed, so rows do not jump under the cursor."""
        changes = self.session.table_order_changes()
        if not changes or self.read_only:
            return
        restoring, self._restoring = self._restoring, True
        try:
            for field_id, ordered in changes.items():
                editor = self.editors.built().get(field_id)  # a page not made yet takes the data
                if editor is not None:
                    editor.set_value(ordered)
        finally:
            self._restoring = restoring
        self._after_save(self.session.set_values(changes))
        self.revalidate()

    def _on_current_id_changed(self, page_id: int) -> None:
        if not self.read_only and not self._restoring:
            self._apply_table_order()
        if self._shown_id >= 0:
            self.revealed.add(self._shown_id)
        self._shown_id = page_id
        page = self.page(page_id)
        if page is self.summary:
            self.revealed.update(range(len(self.sections)))
        if isinstance(page, SectionPage):
            page.refresh(self.session.findings_by_field(), self.data)
            if not self._restoring:
                page.focus_first()
                if not self.read_only:
                    self._save_page(page.section.id)
        elif page is self.summary:
            self.summary.refresh()
        self._update_side_list()
        self._update_status()

    def _update_side_list(self) -> None:
        relevant = set(self.session.relevant_sections())
        for index in range(self.side_list.count()):
            item = self.side_list.item(index)
            page_id = item.data(PATH_ROLE)
            applies = page_id == self.summary_id or self.sections[page_id].id in relevant
            item.setForeground(QBrush(QColor("#000000" if applies else "#aaaaaa")))
            font = item.font()
            font.setBold(page_id == self.currentId())
            item.setFont(font)
            if page_id == self.currentId():
                self.side_list.setCurrentItem(item)

    # --- data --------------------------------------------------------------------------------
    def _on_field_changed(self, field_id: str) -> None:
        """A field was edited: the session keeps the value, saves it at once and checks what depends on it."""
        if self.read_only or self._restoring:
            return
        self.touched.add(field_id)
        self._after_save(self.session.set_value(field_id, self.editors[field_id].value()))
        self.revalidate()
        if field_id in self.definition.title_fields:
            self._update_title()

    def revalidate(self) -> None:
        """Show the session's findings on the current page."""
        page = self.currentPage()
        if isinstance(page, SectionPage):
            page.refresh(self.session.findings_by_field(), self.data)
        elif page is self.summary:
            self.summary.refresh()
        self._update_side_list()

    def _save(self) -> bool:
        """A save the official asked for (Ctrl+S, closing, finishing): the session waits the store's full time
        for a database held elsewhere. On failure everything stays on screen and is tried again."""
        return self._after_save(self.session.save(asked=True))

    def _after_save(self, saved: bool) -> bool:
        """Show what a save of the session came to: the time, or why not (and keep retrying)."""
        if saved:
            self._saved_now()
        else:
            self._update_status()
            if not self.read_only:
                self._retry.start()
        return saved

    def _retry_save(self) -> None:
        if self._pending and not self.read_only:
            self._after_save(self.session.retry())

    def _save_page(self, section_id: str) -> None:
        pending = self._pending
        saved = self.session.set_page(section_id)
        if pending:
            self._after_save(saved)
        elif not saved:
            self._update_status()

    def _saved_now(self) -> None:
        self._retry.stop()
        self._update_status()
        self.update_register_actions()
        self.saved.emit(self.draft_id)

    def save_now(self) -> None:
        """Ctrl+S: everything is saved as it is typed; save once more and say so."""
        if self.read_only:
            return
        if self._save():
            page = self.currentPage()
            if isinstance(page, _PageBase):
                page.footer.setText(self.tr("Shranjeno. Samodejno shranjeno ob {time}").format(
                    time=self.last_saved.strftime("%H:%M:%S")))

    def _update_status(self) -> None:
        if self.signed is not None:
            footer = self.tr("Podpisan obrazec (različica {v}) – dokončen, samo za branje.").format(v=self.signed.version)
        elif self.status == FINISHED:
            footer = self.tr("Zaključen obrazec – samo za branje.")
        elif self.last_saved is not None:
            footer = self.tr("Samodejno shranjeno ob {time}").format(time=self.last_saved.strftime("%H:%M:%S"))
        else:
            footer = self.tr("Vse spremembe se samodejno shranjujejo.")
        error = None
        if self.save_error:
            error = self.tr("Shranjevanje ni uspelo: {error}").format(error=self.save_error)
            if self._pending:
                error += " " + self.tr("Program bo spremembe poskusil shraniti znova sam.")
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, _PageBase):
                page.show_status(footer, error)

    def _update_title(self) -> None:
        names = [str(self.data.get(f, "")).strip() for f in self.definition.title_fields]
        name = " ".join(n for n in names if n)
        title = f"{self.definition.code} – {self.definition.title}"
        if name:
            title += f" — {name}"
        if self.signed is not None:
            title += " " + self.tr("(podpisan, v{n})").format(n=self.signed.version)
        elif self.status == FINISHED:
            title += " " + self.tr("(zaključen)")
        self.setWindowTitle(title)

    # photo host (see fields.PhotoField)
    def attach_photo(self, file_bytes: bytes, crop: tuple | None = None, field_id: str = "photo") -> str:
        mark = self.session.attach_photo(file_bytes, crop, field_id)
        self._saved_now()
        self.revalidate()
        return mark

    def remove_photo(self, field_id: str = "photo") -> None:
        self.session.remove_photo(field_id)
        self._saved_now()
        self.revalidate()

    def stored_photo(self):
        return self.session.stored_photo()

    # --- finishing and the finished form -----------------------------------------------------
    def finish_form(self) -> bool:
        """»Zaključi«: finish when the engine finds no errors; stay on the summary to print. True closes."""
        from app.workspace import FormHasErrors

        if self.status == FINISHED:
            return True
        before = dict(self.data)
        try:
            self.session.finish()
        except UnsavedChanges:
            self._after_save(False)
            self.summary.show_message(self.tr("Obrazca ni mogoče zaključiti, ker zadnje spremembe niso shranjene: {error}")
                                      .format(error=self.save_error))
            return False
        except FormHasErrors:
            self.summary.refresh()
            self.summary.show_message(self.tr("Obrazca ni mogoče zaključiti, ker ima napake. Popravite jih in poskusite znova."))
            return False
        except Exception as exc:
            self.summary.show_message(self.tr("Obrazca ni bilo mogoče zaključiti: {error}").format(error=message_text(exc)))
            return False
        for field_id, editor in self.editors.built().items():  # what finishing wrote (a card's serial number)
            if before.get(field_id) != self.data.get(field_id):
                editor.set_value(self.data.get(field_id))
        self._apply_mode()
        self.summary.refresh()
        self.summary.show_message(self.tr("Obrazec je zaključen. Zdaj ga lahko podpišete, izvozite v PDF ali natisnete."), error=False)
        self._update_title()
        self._update_status()
        self.update_register_actions()
        self.saved.emit(self.draft_id)
        return False

    def reopen_for_editing(self) -> None:
        """Make the finished form a draft again and allow changes."""
        try:
            self.session.reopen()
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Ponovno odpri za urejanje"), message_text(exc))
            return
        self._apply_mode()
        self.summary.message.hide()
        self.summary.refresh()
        self._update_title()
        self._update_status()
        self.saved.emit(self.draft_id)

    def _apply_mode(self) -> None:
        """Editable draft, or a finished form shown read-only with »Zapri« on every page."""
        for field_id, editor in self.editors.built().items():  # a page made later is made read-only or not
            editor.set_read_only(self.field_read_only(field_id))
        for index in range(len(self.sections)):
            self.page(index).setFinalPage(self.read_only)  # »Zapri« works on every page
        self.setOption(QWizard.NoCancelButton, self.read_only)
        self.setOption(QWizard.HaveFinishButtonOnEarlyPages, self.read_only)
        self.setButtonText(QWizard.FinishButton, self.tr("Zapri") if self.read_only else self.tr("Zaključi"))
        self.button(QWizard.FinishButton).setToolTip(
            self.tr("Zapri okno") if self.read_only else self.tr("Zaključi obrazec (ko nima napak)"))
        if self._corrections_shown is not None:  # a custom layout lists the cancel button itself
            self.setButtonLayout(self._button_layout())
            self.button(QWizard.CustomButton1).setVisible(self._corrections_shown)
        self.button(QWizard.CancelButton).setVisible(not self.read_only)
        self._update_serial()

    def export_pdf(self) -> str | None:
        """»Izvozi PDF…«; the summary then says where the file went."""
        path = documents.export_draft(self.workspace, self.draft_id, self)
        if path:
            self.summary.show_done(documents.exported_text(path))
        return path

    def print_form(self) -> str | None:
        """»Natisni…«; the summary then says which printer printed it (the finished state stays shown)."""
        printer = documents.print_draft(self.workspace, self.draft_id, self)
        if printer:
            self.summary.show_done(documents.printed_text(printer))
            self._update_title()
            self._update_status()
        return printer or None

    def preview_form(self) -> None:
        documents.preview_draft(self.workspace, self.draft_id, self)

    def open_pdf(self) -> None:
        documents.open_draft_pdf(self.workspace, self.draft_id, self)

    # --- signing (app.ui.signing asks; the workspace signs) ------------------------------------
    def sign_form(self) -> None:
        """»Podpiši in izvozi…« for the finished form (a signed one offers its signed PDF)."""
        from app.ui import signing

        if self.status != FINISHED:
            return
        if signing.sign_draft(self.workspace, self.draft_id, self):
            self.reload_signed()
            self.saved.emit(self.draft_id)

    def reload_signed(self) -> None:
        """Read the signed state again (after signing here or in the main window)."""
        self.session.reload_signed()
        self.summary.message.hide()
        self.summary.refresh()
        self._update_title()
        self._update_status()

    def verify_signature(self) -> None:
        from app.ui import signing

        signing.verify_signed(self.workspace, self.draft_id, self)

    def make_correction(self):
        """»Popravek (nova različica)«: a new draft with this form's data; this one stays as it is. Returns the wizard."""
        from app.ui import signing

        if self.signed is None:
            return None
        new = signing.correct_draft(self.workspace, self.draft_id, self)
        if new is None:
            return None
        self.saved.emit(new.id)
        opener = getattr(self.parentWidget(), "open_draft", None)
        if opener is not None:
            return opener(new.id)
        wizard = FormWizard(self.workspace, new, self.parentWidget())
        wizard.setAttribute(Qt.WA_DeleteOnClose)
        wizard.show()
        return wizard

    # --- closing -----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Close (Esc asks nothing: all is saved), unless the last changes could not be written."""
        if self._pending and not self.read_only and not self._save():
            if not confirm(self, self.tr("Zapri"), self.tr(
                    "Zadnjih sprememb ni bilo mogoče shraniti:\n{error}\n\nČe okno zaprete, bodo izgubljene. Ga vseeno zaprem?")
                    .format(error=self.save_error), self.tr("Zapri brez shranjevanja"), self.tr("Ne zapri")):
                return
        self._retry.stop()
        super().done(result)
