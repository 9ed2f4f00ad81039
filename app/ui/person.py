"""A person of the register: their attributes, photo, documents, family, the forms filed for them and the next ones.

Everything is saved as it is typed (`Register.update_person`); the checks are the engine's
(`check_value` on a Field per attribute). Which forms come next is the workspace's answer
(`offered_forms`), never decided here.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QCommandLinkButton, QDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QMessageBox, QPushButton, QScrollArea, QSizePolicy, QSplitter, QTableWidget, QVBoxLayout, QWidget,
)

from app.paths import write_private
from app.engine.dates import format_date
from app.engine.definition import Field
from app.engine.types import is_empty
from app.workspace import FINISHED
from app.ui import dialogs
from app.ui.dialogs import fitted_size
from app.ui.drafts_model import local_time
from app.ui.fields import HELP_COLOR, FieldRow, PhotoField, create_editor
from app.ui.person_dialogs import (
    BANNER_STYLE, ID_ROLE, LABEL_WIDTH, STATUSES, DocumentDialog, RelativeDialog, _fill_table, _table, kind_label,
    person_fields, status_label, type_findings,
)
from app.ui.i18n import message_text


class PersonPage(QDialog):
    """One person: attributes on the left; photo, next forms, filed forms, family and documents on the right.

    `open_draft(draft_id)` shows a draft in its wizard and `open_person(person_id)` another person's
    page (the main window passes its own, so each opens once); without them the page opens its own."""

    person_changed = Signal(str)   # the register changed (a new person, an attribute, a link, the photo)
    forms_changed = Signal(str)    # a form was started for the person

    def __init__(self, workspace, person_id: str | None = None, parent: QWidget | None = None,
                 open_draft=None, open_person=None):
        super().__init__(parent)
        self.workspace = workspace
        self.person_id = person_id
        self._open_draft = open_draft
        self._open_person = open_person
        self._own_windows: list[QWidget] = []
        self._loading = True
        self._shown_once = False
        self.fields = {f.id: f for f in person_fields(workspace.catalog)}
        self.editors: dict = {}
        self.rows: dict[str, FieldRow] = {}
        self.offer_buttons: list[tuple[str, str | None, QPushButton]] = []
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowContextHelpButtonHint, False)
        self._make_header()
        self._make_attributes()
        from app.ui.person_entry import install_mrz  # the document's MRZ on top of the attributes

        install_mrz(self)
        self._make_side()
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.attributes_scroll)
        splitter.addWidget(self.side_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.footer = QLabel(self.tr("Vse spremembe se sproti shranjujejo v register."), self)
        self.footer.setStyleSheet("color: #555555")
        self.close_button = QPushButton(self.tr("Zapri"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        self.subject_export_button = QPushButton(self.tr("Izpis za posameznika…"), self)
        self.subject_export_button.setToolTip(self.tr("Vsi podatki o osebi v PDF, npr. na njeno zahtevo za dostop"))
        self.subject_export_button.setAutoDefault(False)
        self.subject_export_button.setVisible(workspace.can("subject_export"))
        self.subject_export_button.clicked.connect(self.export_subject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.subject_export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.load()
        self._loading = False
        self.setMinimumSize(1000, 600)
        size = fitted_size(self, 1240, 820)  # a laptop's 1366 x 768 screen holds the whole page
        self.resize(size)
        left = self.attributes_scroll.minimumWidth()
        self.splitter.setSizes([left, max(300, size.width() - left)])

    # --- building ----------------------------------------------------------------------------
    def _make_header(self) -> None:
        self.name_label = QLabel(self)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.status_combo = QComboBox(self)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        status_caption = QLabel(self.tr("&Stanje:"), self)
        status_caption.setBuddy(self.status_combo)
        self.header = QHBoxLayout()
        self.header.addWidget(self.name_label, 1)
        self.header.addWidget(status_caption)
        self.header.addWidget(self.status_combo)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()

    def _make_attributes(self) -> None:
        box = QGroupBox(self.tr("Osebni podatki"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for index, field in enumerate(self.fields.values()):
            editor = create_editor(field, None, box)
            row = FieldRow(field, editor, grid, index, box)
            row.label.setFixedWidth(LABEL_WIDTH)
            self.editors[field.id] = editor
            self.rows[field.id] = row
            editor.changed.connect(partial(self._on_field_changed, field.id))
            editor.advance.connect(partial(self._on_field_advanced, field.id))
        grid.setRowStretch(len(self.fields), 1)
        chain = [w for editor in self.editors.values() for w in editor.tab_widgets()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.attributes_scroll = QScrollArea(self)
        self.attributes_scroll.setWidgetResizable(True)
        self.attributes_scroll.setFrameShape(QFrame.NoFrame)
        self.attributes_scroll.setWidget(box)
        # the column is as wide as its fields need: never a horizontal scroll bar that hides half of them
        self.attributes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.attributes_scroll.setMinimumWidth(max(480, box.minimumSizeHint().width()
                                                   + self.attributes_scroll.verticalScrollBar().sizeHint().width() + 4))

    def _make_side(self) -> None:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(4, 0, 4, 0)
        self.new_hint = QLabel(self.tr("Vpišite priimek in ime. Oseba se vpiše v register ob prvem vnosu; "
                                       "nato lahko dodate fotografijo, dokumente in družinske člane."), side)
        self.new_hint.setWordWrap(True)
        self.new_hint.setStyleSheet(f"color: {HELP_COLOR}")
        layout.addWidget(self.new_hint)

        # photo and the next forms side by side
        top = QHBoxLayout()
        self.photo_box = QGroupBox(self.tr("Fotografija"), side)
        self.photo = PhotoField(Field("photo", "photo", self.tr("Fotografija (35 x 45 mm)")), self, self.photo_box)
        self.photo.move_button.hide()  # the register keeps the cut only
        self.photo.remove_button.hide()
        photo_layout = QVBoxLayout(self.photo_box)
        photo_layout.addWidget(self.photo, 0, Qt.AlignTop | Qt.AlignLeft)
        # the box is as tall as the photo and its button (not as tall as the list of next forms beside it)
        self.photo_box.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Maximum)
        top.addWidget(self.photo_box, 0, Qt.AlignTop)
        self.offers_box = QGroupBox(self.tr("Naslednji obrazci"), side)
        self.offers_layout = QVBoxLayout(self.offers_box)
        self.offers_empty = QLabel(self.tr("Za to osebo zdaj ni predlaganih obrazcev."), self.offers_box)
        self.offers_empty.setWordWrap(True)
        self.offers_empty.setStyleSheet(f"color: {HELP_COLOR}")
        self.offers_layout.addWidget(self.offers_empty)
        self.offers_layout.addStretch(1)
        top.addWidget(self.offers_box, 1)
        layout.addLayout(top)

        self.forms_box = QGroupBox(self.tr("Vloženi obrazci"), side)
        self.forms_table = _table(self.forms_box, [self.tr("Obrazec"), self.tr("Naziv"), self.tr("Stanje"),
                                                   self.tr("Zadnja sprememba")], stretch=1)
        self.forms_table.doubleClicked.connect(self._on_form_activated)
        self._enter_opens(self.forms_table, self.open_selected_form)
        forms_layout = QVBoxLayout(self.forms_box)
        forms_layout.addWidget(self.forms_table)
        hint = QLabel(self.tr("Dvakrat kliknite obrazec ali ga izberite in pritisnite Enter, da ga odprete."), self.forms_box)
        hint.setStyleSheet(f"color: {HELP_COLOR}; font-size: 8.5pt")
        forms_layout.addWidget(hint)
        layout.addWidget(self.forms_box)

        self.family_box = QGroupBox(self.tr("Družina"), side)
        self.family_table = _table(self.family_box, [self.tr("Priimek in ime"), self.tr("Datum rojstva"),
                                                     self.tr("Razmerje"), self.tr("Vrsta"), self.tr("Zastopanje, spremstvo")],
                                   stretch=4)
        self.family_table.doubleClicked.connect(self._on_relative_activated)
        self._enter_opens(self.family_table, self.open_selected_relative)
        self.add_relative_button = QPushButton(self.tr("&Dodaj družinskega člana…"), self.family_box)
        self.add_relative_button.clicked.connect(self.add_relative)
        self.open_relative_button = QPushButton(self.tr("Odpri družinskega člana"), self.family_box)
        self.open_relative_button.clicked.connect(self.open_selected_relative)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_relative_button)
        buttons.addWidget(self.open_relative_button)
        buttons.addStretch(1)
        family_layout = QVBoxLayout(self.family_box)
        family_layout.addWidget(self.family_table)
        family_layout.addLayout(buttons)
        layout.addWidget(self.family_box)

        self.documents_box = QGroupBox(self.tr("Dokumenti"), side)
        self.documents_table = _table(self.documents_box, [self.tr("Vrsta"), self.tr("Številka"), self.tr("Izdan pri"),
                                                           self.tr("Dne"), self.tr("Veljaven do")], stretch=2)
        self.add_document_button = QPushButton(self.tr("Dodaj do&kument…"), self.documents_box)
        self.add_document_button.clicked.connect(self.add_document)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_document_button)
        buttons.addStretch(1)
        documents_layout = QVBoxLayout(self.documents_box)
        documents_layout.addWidget(self.documents_table)
        documents_layout.addLayout(buttons)
        layout.addWidget(self.documents_box)
        layout.addStretch(1)

        self.side_scroll = QScrollArea(self)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.NoFrame)
        self.side_scroll.setWidget(side)

    def _enter_opens(self, table: QTableWidget, slot) -> None:
        for key in (Qt.Key_Return, Qt.Key_Enter):
            QShortcut(QKeySequence(key), table, slot).setContext(Qt.WidgetShortcut)  # (a `context=` keyword is ignored)

    # --- reading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Show the register's values (after the page opens, or when a form's corrections were taken)."""
        self._loading = True
        person = {}
        if self.person_id:
            try:
                person = self.workspace.person(self.person_id)
            except Exception as exc:
                self._show_error(self.tr("Osebe ni bilo mogoče prebrati: {error}").format(error=message_text(exc)))
        for attribute, editor in self.editors.items():
            editor.set_value(person.get(attribute))
            self.rows[attribute].show_findings(type_findings(self.fields[attribute], person.get(attribute)))
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(person.get("status", "applicant"))))
        self.status_combo.blockSignals(False)
        self._loading = False
        self._update_title()
        self.refresh_lists()

    def refresh_lists(self) -> None:
        """Photo, next forms, filed forms, family and documents as the store has them now."""
        exists = self.person_id is not None
        self.new_hint.setVisible(not exists)
        self.subject_export_button.setEnabled(exists)
        for box in (self.photo_box, self.offers_box, self.forms_box, self.family_box, self.documents_box):
            box.setEnabled(exists)
        if not exists:
            return
        try:
            self.photo.set_value("stored" if self.workspace.person_photo(self.person_id) else None)
            self._refresh_offers()
            self._refresh_forms()
            self._refresh_family()
            self._refresh_documents()
        except Exception as exc:  # the store's message says what to do
            self._show_error(self.tr("Podatkov osebe ni bilo mogoče prebrati: {error}").format(error=message_text(exc)))

    def _title_of(self, code: str) -> str:
        try:
            return self.workspace.catalog.get(code).title
        except Exception:
            return ""

    def _refresh_offers(self) -> None:
        for _code, _source, button in self.offer_buttons:
            self.offers_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.offer_buttons = []
        offered = self.workspace.offered_forms(self.person_id)
        for index, (code, source_id) in enumerate(offered):
            title = self._title_of(code)
            description = title
            if source_id:
                source = self.workspace.draft(source_id)
                description += "\n" + self.tr("na podlagi obrazca {code} z dne {date}").format(
                    code=source.form_code, date=local_time(source.created_at)[:12].strip())
            button = QCommandLinkButton(code, description, self.offers_box)
            button.setAccessibleName(f"{code} {title}")
            button.setToolTip(f"{code} – {title}")
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            button.clicked.connect(partial(self.start_form, code, source_id))
            self.offers_layout.insertWidget(index, button)
            self.offer_buttons.append((code, source_id, button))
        self.offers_empty.setVisible(not offered)

    def _refresh_forms(self) -> None:
        rows = []
        for summary in self.workspace.drafts_of_person(self.person_id):
            status = self.tr("Zaključen") if summary.status == FINISHED else self.tr("Osnutek")
            rows.append((summary.id, [summary.form_code, self._title_of(summary.form_code), status,
                                      local_time(summary.updated_at)]))
        _fill_table(self.forms_table, rows, self.tr("Za osebo še ni obrazcev."))

    def _refresh_family(self) -> None:
        rows = []
        for link in self.workspace.person_links(self.person_id):
            name = f"{link['surname']} {link['given_name']}".strip()
            roles = [text for flag, text in ((link["legal_representative"], self.tr("zakoniti zastopnik")),
                                             (link["accompanies_minor"], self.tr("spremlja mladoletno osebo"))) if flag]
            roles += self._roles_of_person(link["id"], link.get("sex"))
            rows.append((link["id"], [name, format_date(link.get("birth_date")), link.get("relationship") or "",
                                      kind_label(link.get("kind")), ", ".join(roles)]))
        _fill_table(self.family_table, rows, self.tr("Ni vpisanih družinskih članov."))
        self.open_relative_button.setEnabled(bool(rows))

    def _roles_of_person(self, relative_id: str, sex: str | None = None) -> list[str]:
        """What this page's person is to the relative (the relative's own link says it: a mother marked as her
        child's legal representative is on the child's link), e.g. »zastopa in spremlja jo Marija Kovač«."""
        back = next((link for link in self.workspace.person_links(relative_id) if link["id"] == self.person_id), None)
        if back is None or not (back["legal_representative"] or back["accompanies_minor"]):
            return []
        name = " ".join(n.strip() for n in (back["surname"], back["given_name"]) if n and n.strip())
        who = {"M": self.tr("ga"), "Z": self.tr("jo")}.get(sex or "", self.tr("ga/jo"))
        if back["legal_representative"] and back["accompanies_minor"]:
            text = self.tr("zastopa in spremlja {who} {name}")
        elif back["legal_representative"]:
            text = self.tr("zastopa {who} {name}")
        else:
            text = self.tr("spremlja {who} {name}")
        return [text.format(who=who, name=name)]

    def _refresh_documents(self) -> None:
        rows = []
        for index, document in enumerate(self.workspace.person_documents(self.person_id)):
            rows.append((str(index), [document.get("doc_type") or "", document.get("doc_number") or "",
                                      document.get("issued_by") or "", format_date(document.get("issued_on")),
                                      format_date(document.get("valid_until"))]))
        _fill_table(self.documents_table, rows, self.tr("Ni vpisanih dokumentov."))

    def _update_title(self) -> None:
        names = [self.editors["surname"].value() or "", self.editors["given_name"].value() or ""]
        name = " ".join(n.strip() for n in names if n and n.strip())
        self.name_label.setText(name or self.tr("Nova oseba"))
        self.setWindowTitle(self.tr("Oseba – {name}").format(name=name) if name else self.tr("Nova oseba"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.editors["surname"].focus_path()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.ActivationChange and self.isActiveWindow() and not self._loading:
            self.refresh_lists()  # a form may have been finished or started in another window

    # --- writing -----------------------------------------------------------------------------
    def _on_field_changed(self, attribute: str) -> None:
        if self._loading:
            return
        value = self.editors[attribute].value()
        findings = type_findings(self.fields[attribute], value)
        self.rows[attribute].show_findings(findings)
        if findings:
            return  # the register takes only what the forms would (the field says what to fix); kept on screen
        if is_empty(value):
            value = "" if attribute in ("surname", "given_name") else None
        self.save({attribute: value})
        if attribute in ("surname", "given_name"):
            self._update_title()

    def _on_status_changed(self, _index: int) -> None:
        if not self._loading:
            self.save({"status": self.status_combo.currentData()})

    def set_status(self, status: str) -> None:
        """Choose the person's status (applicant / granted / ended) as the official would."""
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def save(self, changes: dict) -> bool:
        """Write attributes to the register; the first value typed for a new person enters them."""
        try:
            if self.person_id is None:
                filled = {k: v for k, v in changes.items() if not is_empty(v)}
                if not filled:
                    return True
                if "status" not in filled:
                    filled["status"] = self.status_combo.currentData()
                self.person_id = self.workspace.add_person(**filled)
                self.refresh_lists()
            else:
                self.workspace.update_person(self.person_id, **changes)
        except Exception as exc:  # RegisterError or the disk: keep what was typed on screen
            self._show_error(self.tr("Shranjevanje ni uspelo: {error}").format(error=message_text(exc)))
            return False
        self.banner.hide()
        self.person_changed.emit(self.person_id)
        if "status" in changes:
            self._refresh_offers()
        return True

    def _show_error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _on_field_advanced(self, attribute: str) -> None:
        ids = list(self.editors)
        for following in ids[ids.index(attribute) + 1:]:
            editor = self.editors[following]
            if editor.focus_widget().isEnabled():
                editor.focus_path()
                self.attributes_scroll.ensureWidgetVisible(editor)
                return

    # photo host (see fields.PhotoField): the register keeps the 35 x 45 mm cut
    def attach_photo(self, file_bytes: bytes, crop: tuple | None = None, field_id: str = "photo") -> str:
        reference = self.workspace.attach_person_photo(self.person_id, file_bytes, crop)
        self.person_changed.emit(self.person_id)
        return reference

    def stored_photo(self):
        image = self.workspace.person_photo(self.person_id) if self.person_id else None
        return (image, None, None) if image else None

    def remove_photo(self, field_id: str = "photo") -> None:
        raise NotImplementedError("the register keeps a person's photo; choose another to replace it")

    # --- forms -------------------------------------------------------------------------------
    def start_form(self, code: str, source_id: str | None = None):
        """Start an offered form (from the register, or issued from the form it follows) and open it."""
        try:
            if source_id:
                draft = self.workspace.issue_from(source_id, code)
            else:
                relative_id = None
                if self.workspace.definition(code).register.relative:
                    relative_id = self.choose_relative(code)
                    if relative_id is None:
                        return None
                draft = self.workspace.new_draft_for_person(code, self.person_id, relative_id=relative_id)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Nov obrazec"), self.tr("Obrazca ni bilo mogoče začeti: {error}").format(error=message_text(exc)))
            return None
        self.refresh_lists()
        self.forms_changed.emit(self.person_id)
        return self.open_draft(draft.id)

    def choose_relative(self, code: str) -> str | None:
        """Ask which family member a form about a relative (ZZ-6, ZZ-7, UP-5) is for."""
        from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

        links = self.workspace.person_links(self.person_id)
        if not links:
            QMessageBox.information(self, self.tr("Nov obrazec"), self.tr(
                "Obrazec {code} je za družinskega člana; osebi najprej dodajte družinskega člana.").format(code=code))
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Za katerega družinskega člana?"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Obrazec {code} izpolnite za družinskega člana:").format(code=code), dialog))
        combo = QComboBox(dialog)
        for link in links:
            combo.addItem(f"{link['surname']} {link['given_name']} ({link['relationship']})".strip(), link["id"])
        layout.addWidget(combo)
        buttons = dialogs.localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        self.relative_combo = combo
        if not dialogs.run_dialog(dialog):
            return None
        return combo.currentData()

    def open_draft(self, draft_id: str):
        if self._open_draft is not None:
            return self._open_draft(draft_id)
        from app.ui.wizard import FormWizard

        wizard = FormWizard(self.workspace, self.workspace.draft(draft_id), self)
        wizard.setAttribute(Qt.WA_DeleteOnClose)
        wizard.saved.connect(lambda _id: self._refresh_forms())
        wizard.register_changed.connect(lambda _id: self.load())
        self._own_windows.append(wizard)
        wizard.show()
        return wizard

    def _selected_key(self, table: QTableWidget) -> str | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def _on_form_activated(self, index) -> None:
        key = index.siblingAtColumn(0).data(ID_ROLE)
        if key:
            self.open_draft(key)

    def open_selected_form(self):
        key = self._selected_key(self.forms_table)
        return self.open_draft(key) if key else None

    def export_subject(self):
        """»Izpis za posameznika…«: everything kept about the person as a PDF, saved where the official chooses."""
        if not self.person_id:
            return None
        from app.ui.documents import pdf_file_name
        from app.ui.signing import ask_save_file

        names = [self.editors["surname"].value() or "", self.editors["given_name"].value() or ""]
        path = ask_save_file(self, self.tr("Izpis za posameznika"), pdf_file_name(self.tr("Izpis"), " ".join(names)))
        if path is None:
            return None
        try:
            write_private(path, self.workspace.subject_export(self.person_id))
        except Exception as exc:  # NotAllowed, the store or the disk
            self._show_error(self.tr("Izpisa ni bilo mogoče pripraviti ali shraniti: {error}").format(error=message_text(exc)))
            return None
        self.footer.setText(self.tr("Izpis je shranjen v {path}.").format(path=path))
        return path

    # --- family and documents ----------------------------------------------------------------
    def _on_relative_activated(self, index) -> None:
        key = index.siblingAtColumn(0).data(ID_ROLE)
        if key:
            self.open_person(key)

    def open_selected_relative(self):
        key = self._selected_key(self.family_table)
        return self.open_person(key) if key else None

    def open_person(self, person_id: str):
        if self._open_person is not None:
            return self._open_person(person_id)
        page = PersonPage(self.workspace, person_id, self, self._open_draft)
        page.setAttribute(Qt.WA_DeleteOnClose)
        self._own_windows.append(page)
        page.show()
        return page

    def add_relative(self) -> str | None:
        """»Dodaj družinskega člana«: an existing person or a new one, linked both ways."""
        if not self.person_id:
            return None
        dialog = RelativeDialog(self.workspace, self.person_id, self)
        if not dialogs.run_dialog(dialog):
            return None
        try:
            relative_id = dialog.save()
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Družinski član"), self.tr("Družinskega člana ni bilo mogoče vpisati: {error}")
                                .format(error=message_text(exc)))
            return None
        self._refresh_family()
        self.person_changed.emit(self.person_id)
        return relative_id

    def add_document(self) -> str | None:
        if not self.person_id:
            return None
        dialog = DocumentDialog(self)
        if not dialogs.run_dialog(dialog):
            return None
        try:
            document_id = self.workspace.add_document(self.person_id, **dialog.values())
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Dokument"), self.tr("Dokumenta ni bilo mogoče vpisati: {error}").format(error=message_text(exc)))
            return None
        self._refresh_documents()
        self.person_changed.emit(self.person_id)
        return document_id

    def closeEvent(self, event) -> None:
        for window in list(self._own_windows):
            try:
                window.close()
            except RuntimeError:  # already deleted
                pass
        super().closeEvent(event)


# --- dialogs ------------------------------------------------------------------------------------
