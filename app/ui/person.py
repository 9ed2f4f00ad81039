"""A person of the register: their attributes, photo, documents, family, the forms filed for them and the next ones.

Everything is saved as it is typed (`Register.update_person`); the checks are the engine's
(`check_value` on a Field per attribute). Which forms come next is the workspace's answer
(`offered_forms`), never decided here.
"""

from __future__ import annotations

import hashlib
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QCommandLinkButton, QDialog, QDialogButtonBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from app.paths import write_private
from app.engine.countries import country_name
from app.engine.dates import format_date
from app.engine.definition import Choice, Field
from app.engine.rules import Finding
from app.engine.types import check_value, is_empty
from app.workspace import FINISHED, fold
from app.ui import dialogs
from app.ui.dialogs import localize_buttons
from app.ui.drafts_model import local_time
from app.ui.fields import HELP_COLOR, FieldRow, PhotoField, create_editor

ID_ROLE = Qt.UserRole
LABEL_WIDTH = 190
BANNER_STYLE = "background: #fbdde1; color: #8a0016; border: 1px solid #d9a0a8; padding: 6px;"
STATUSES = ("applicant", "granted", "ended")
KINDS = ("accompanying", "in_slovenia", "abroad")
#: attributes a relative entered together with the person usually shares (offered as a copy, never forced)
SHARED_ATTRIBUTES = ("citizenship", "address_abroad", "address_si", "departure_date", "entry_date")


def _tr(text: str) -> str:
    return QCoreApplication.translate("person", text)


def status_label(status: str | None) -> str:
    labels = {"applicant": _tr("prosilec za začasno zaščito"), "granted": _tr("oseba z začasno zaščito"),
              "ended": _tr("začasna zaščita prenehala")}
    return labels.get(status or "", status or "")


def kind_label(kind: str | None) -> str:
    labels = {"accompanying": _tr("spremlja"), "in_slovenia": _tr("že v Sloveniji"), "abroad": _tr("v tujini")}
    return labels.get(kind or "", kind or "")


def split_name(text: str) -> tuple[str, str]:
    """»Ševčenko, Marija« → (Ševčenko, Marija); without a comma the first word is the surname."""
    text = " ".join((text or "").split())
    if "," in text:
        surname, _, given = text.partition(",")
        return surname.strip(), given.strip()
    surname, _, given = text.partition(" ")
    return surname.strip(), given.strip()


def name_words(text: str) -> set[str]:
    """The words of a name, folded (case and diacritics ignored), without punctuation."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text or ""))
    return set(cleaned.split())


# --- relationships: a convenience for typing, the official can write anything ------------------

#: (male, female) words of a relationship, and the group that names the other side
_GROUPS = {
    "spouse": (("mož", "žena"), "spouse"), "partner": (("partner", "partnerka"), "partner"),
    "child": (("sin", "hči"), "parent"), "parent": (("oče", "mati"), "child"),
    "sibling": (("brat", "sestra"), "sibling"), "grandparent": (("stari oče", "stara mati"), "grandchild"),
    "grandchild": (("vnuk", "vnukinja"), "grandparent"),
}
RELATIONSHIPS = tuple(word for (words, _other) in _GROUPS.values() for word in words)


def reverse_relationship(relationship: str, sex: str | None) -> str | None:
    """What the person is to a relative who is their `relationship`: the relative is »hči« of a woman
    → she is the daughter's »mati«. None when the sex (M/Z) or the word is not known."""
    if sex not in ("M", "Z"):
        return None
    wanted = (relationship or "").strip().casefold()
    for words, other in _GROUPS.values():
        if wanted in words:
            return _GROUPS[other][0][0 if sex == "M" else 1]
    return None


# --- the person's attributes as fields ----------------------------------------------------------


def _choices_of(catalog, attribute: str) -> tuple[Choice, ...]:
    """The choices a form uses for a register attribute (sex, marital status), so the values agree."""
    from app.engine.prefill import register_choices

    return register_choices(catalog).get(attribute, ())


def person_fields(catalog) -> list[Field]:
    """One Field per register attribute, in the order of the forms (labels in Slovenian)."""
    sex = _choices_of(catalog, "sex") or (Choice("M", _tr("moški")), Choice("Z", _tr("ženski")))
    marital = _choices_of(catalog, "marital_status")
    return [
        Field("surname", "text", _tr("Priimek"), max_length=100),
        Field("given_name", "text", _tr("Ime"), max_length=100),
        Field("sex", "choice", _tr("Spol"), choices=sex),
        Field("birth_date", "date", _tr("Datum rojstva")),
        Field("birth_place", "text", _tr("Kraj rojstva"), max_length=100),
        Field("birth_country", "country", _tr("Država rojstva")),
        Field("citizenship", "country", _tr("Državljanstvo"), stateless=True),
        Field("emso", "emso", _tr("EMŠO"), help=_tr("13 števk; prvih sedem je datum rojstva.")),
        Field("marital_status", "choice", _tr("Zakonski stan"), choices=marital) if marital
        else Field("marital_status", "text", _tr("Zakonski stan"), max_length=60),
        Field("address_abroad", "text", _tr("Naslov v tujini"), multiline=True, max_length=300,
              help=_tr("Zadnje stalno ali začasno prebivališče v tujini.")),
        Field("address_si", "text", _tr("Naslov v Republiki Sloveniji"), multiline=True, max_length=300),
        Field("departure_date", "date", _tr("Datum odhoda iz izvorne države")),
        Field("entry_date", "date", _tr("Datum vstopa v Republiko Slovenijo")),
        Field("phone", "phone", _tr("Telefonska številka")),
        Field("email", "email", _tr("E-mail naslov")),
        Field("card_number", "text", _tr("Številka izkaznice"), max_length=40),
        Field("tax_number", "text", _tr("Davčna številka"), max_length=20),
        Field("iban", "text", _tr("Številka računa (IBAN)"), max_length=40),
    ]


def type_findings(field: Field, value) -> list[Finding]:
    """The engine's problems with a typed value, as findings the field rows can show."""
    if is_empty(value):
        return []
    return [Finding(field.id, "error", template, params, f"type:{field.type}") for template, params in check_value(field, value)]


def _table(parent: QWidget, headers: list[str], stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.Stretch if column == stretch else QHeaderView.ResizeToContents)
    return table


def _fill_table(table: QTableWidget, rows: list[tuple[str, list[str]]], empty: str) -> None:
    """Rows of (id, texts); with no rows one grey line says so."""
    table.setRowCount(0)
    for key, texts in rows:
        r = table.rowCount()
        table.insertRow(r)
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, key)
            item.setToolTip(text)
            table.setItem(r, c, item)
    if not rows:
        table.insertRow(0)
        item = QTableWidgetItem(empty)
        item.setFlags(Qt.ItemIsEnabled)
        item.setForeground(Qt.gray)
        table.setItem(0, 0, item)
        table.setSpan(0, 0, 1, table.columnCount())
    else:
        table.clearSpans()
    line = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + line * max(2, min(len(rows), 6))
                         + 2 * table.frameWidth() + 2)


# --- the page -----------------------------------------------------------------------------------


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
        self._make_side()
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.attributes_scroll)
        splitter.addWidget(self.side_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([540, 660])
        splitter.setChildrenCollapsible(False)
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
        self.setMinimumSize(1000, 700)
        self.resize(1240, 820)

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
        self.attributes_scroll.setMinimumWidth(480)

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
        photo_layout.addWidget(self.photo)
        top.addWidget(self.photo_box)
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
            QShortcut(QKeySequence(key), table, slot, context=Qt.WidgetShortcut)

    # --- reading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Show the register's values (after the page opens, or when a form's corrections were taken)."""
        self._loading = True
        person = {}
        if self.person_id:
            try:
                person = self.workspace.person(self.person_id)
            except Exception as exc:
                self._show_error(self.tr("Osebe ni bilo mogoče prebrati: {error}").format(error=exc))
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
            self._show_error(self.tr("Podatkov osebe ni bilo mogoče prebrati: {error}").format(error=exc))

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
            rows.append((link["id"], [name, format_date(link.get("birth_date")), link.get("relationship") or "",
                                      kind_label(link.get("kind")), ", ".join(roles)]))
        _fill_table(self.family_table, rows, self.tr("Ni vpisanih družinskih članov."))
        self.open_relative_button.setEnabled(bool(rows))

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
        self.rows[attribute].show_findings(type_findings(self.fields[attribute], value))
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
            self._show_error(self.tr("Shranjevanje ni uspelo: {error}").format(error=exc))
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
        from app.engine.photo import crop_photo, prepare

        prepared, _size = prepare(file_bytes)
        image = crop_photo(prepared, crop)
        self.workspace.set_person_photo(self.person_id, image)
        self.person_changed.emit(self.person_id)
        return "sha256:" + hashlib.sha256(image).hexdigest()

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
            QMessageBox.warning(self, self.tr("Nov obrazec"), self.tr("Obrazca ni bilo mogoče začeti: {error}").format(error=exc))
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
            self._show_error(self.tr("Izpisa ni bilo mogoče pripraviti ali shraniti: {error}").format(error=exc))
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
                                .format(error=exc))
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
            QMessageBox.warning(self, self.tr("Dokument"), self.tr("Dokumenta ni bilo mogoče vpisati: {error}").format(error=exc))
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


class RelativeDialog(QDialog):
    """Add a family member: a person already in the register or a new one, the relationship both ways,
    the kind of link and who represents or accompanies whom."""

    def __init__(self, workspace, person_id: str, parent: QWidget | None = None, surname: str = "",
                 given_name: str = "", relationship: str = "", kind: str | None = None, fixed_kind: bool = False,
                 attributes: dict | None = None, accompanies_minor: bool = False, search: str = ""):
        super().__init__(parent)
        self.workspace = workspace
        self.person_id = person_id
        self.person = workspace.person(person_id)
        self.attributes = dict(attributes or {})
        self._auto_reverse = ""
        name = f"{self.person['surname']} {self.person['given_name']}".strip()
        self.setWindowTitle(self.tr("Družinski član osebe {name}").format(name=name))

        self.new_radio = QRadioButton(self.tr("&Nova oseba"), self)
        self.existing_radio = QRadioButton(self.tr("Oseba, ki je že v &registru"), self)
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.existing_radio)
        self.new_radio.setChecked(True)
        modes = QHBoxLayout()
        modes.addWidget(self.new_radio)
        modes.addWidget(self.existing_radio)
        modes.addStretch(1)

        # a new person
        self.new_box = QWidget(self)
        self.surname = QLineEdit(surname, self.new_box)
        self.given_name = QLineEdit(given_name, self.new_box)
        self.birth_date = create_editor(Field("birth_date", "date", self.tr("Datum rojstva")), None, self.new_box)
        self.sex = create_editor(Field("sex", "choice", self.tr("Spol"), choices=(
            _choices_of(workspace.catalog, "sex") or (Choice("M", _tr("moški")), Choice("Z", _tr("ženski"))))), None, self.new_box)
        self.copy_shared = QCheckBox(self.tr("Prevzemi državljanstvo, naslova ter datuma odhoda in vstopa od osebe {name}")
                                     .format(name=name), self.new_box)
        form = QGridLayout(self.new_box)
        form.setContentsMargins(0, 0, 0, 0)
        for row, (text, widget) in enumerate(((self.tr("&Priimek:"), self.surname), (self.tr("&Ime:"), self.given_name),
                                              (self.tr("Datum &rojstva:"), self.birth_date),
                                              (self.tr("Spo&l:"), self.sex))):
            label = QLabel(text, self.new_box)
            label.setBuddy(widget.focusProxy() or widget)
            form.addWidget(label, row, 0)
            form.addWidget(widget, row, 1)
        form.addWidget(self.copy_shared, 4, 0, 1, 2)

        # someone already in the register
        self.existing_box = QWidget(self)
        self.search = QLineEdit(search or " ".join(p for p in (surname, given_name) if p), self.existing_box)
        self.search.setPlaceholderText(self.tr("Priimek, ime, EMŠO, št. dokumenta ali datum rojstva"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self.existing_box)
        self.results.setMinimumHeight(120)
        existing = QVBoxLayout(self.existing_box)
        existing.setContentsMargins(0, 0, 0, 0)
        existing.addWidget(self.search)
        existing.addWidget(self.results)

        # the link
        self.relationship = QComboBox(self)
        self.relationship.setEditable(True)
        self.relationship.addItems([""] + list(RELATIONSHIPS))
        self.relationship.setEditText(relationship)
        self.reverse = QComboBox(self)
        self.reverse.setEditable(True)
        self.reverse.addItems([""] + list(RELATIONSHIPS))
        self.kind = QComboBox(self)
        for value in KINDS:
            self.kind.addItem(kind_label(value), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind or "accompanying")))
        self.kind.setEnabled(not fixed_kind)
        self.relative_represents = QCheckBox(self.tr("družinski član je zakoniti zastopnik osebe {name}").format(name=name), self)
        self.relative_accompanies = QCheckBox(self.tr("družinski član spremlja mladoletno osebo {name}").format(name=name), self)
        self.relative_accompanies.setChecked(accompanies_minor)
        self.person_represents = QCheckBox(self.tr("{name} je zakoniti zastopnik družinskega člana").format(name=name), self)
        self.person_accompanies = QCheckBox(self.tr("{name} spremlja mladoletnega družinskega člana").format(name=name), self)
        link = QGridLayout()
        relationship_label = QLabel(self.tr("Družinski član je osebi {name}:").format(name=name), self)
        relationship_label.setBuddy(self.relationship)
        reverse_label = QLabel(self.tr("{name} je družinskemu članu:").format(name=name), self)
        reverse_label.setBuddy(self.reverse)
        kind_caption = QLabel(self.tr("&Vrsta:"), self)
        kind_caption.setBuddy(self.kind)
        link.addWidget(relationship_label, 0, 0)
        link.addWidget(self.relationship, 0, 1)
        link.addWidget(reverse_label, 1, 0)
        link.addWidget(self.reverse, 1, 1)
        link.addWidget(kind_caption, 2, 0)
        link.addWidget(self.kind, 2, 1)
        for row, box in enumerate((self.relative_represents, self.relative_accompanies, self.person_represents,
                                   self.person_accompanies), start=3):
            link.addWidget(box, row, 0, 1, 2)
        link.setColumnStretch(1, 1)
        link_box = QGroupBox(self.tr("Razmerje"), self)
        link_box.setLayout(link)

        self.buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Dodaj"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addWidget(self.new_box)
        layout.addWidget(self.existing_box)
        layout.addWidget(link_box)
        layout.addWidget(self.buttons)

        self.new_radio.toggled.connect(self._on_mode_changed)
        self.search.textChanged.connect(self._on_search_changed)
        self.results.currentItemChanged.connect(self._update_ok)
        self.surname.textChanged.connect(self._update_ok)
        self.given_name.textChanged.connect(self._update_ok)
        self.relationship.editTextChanged.connect(self._on_relationship_changed)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()
        self._on_relationship_changed(relationship)
        self._on_search_changed(self.search.text())
        self._on_mode_changed()
        self.resize(620, self.sizeHint().height())

    # mode, search
    def _on_mode_changed(self, *_args) -> None:
        new = self.new_radio.isChecked()
        self.new_box.setVisible(new)
        self.existing_box.setVisible(not new)
        (self.surname if new else self.search).setFocus()
        self._update_ok()

    def _on_search_changed(self, text: str) -> None:
        self.results.clear()
        known = {link["id"] for link in self.workspace.person_links(self.person_id)} | {self.person_id}
        try:
            found = self.workspace.search_persons(text, limit=30) if text.strip() else []
        except Exception:
            found = []
        for person in found:
            if person.id in known:
                continue
            item = QListWidgetItem(" · ".join(p for p in (person.name, format_date(person.birth_date),
                                                          country_name(person.citizenship) or "") if p))
            item.setData(ID_ROLE, person.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_ok()

    def _on_relationship_changed(self, text: str) -> None:
        suggestion = reverse_relationship(text, self.person.get("sex"))
        if suggestion and self.reverse.currentText() in ("", self._auto_reverse):
            self.reverse.setEditText(suggestion)
            self._auto_reverse = suggestion
        self._update_ok()

    def _on_kind_changed(self, *_args) -> None:
        self.copy_shared.setChecked(self.kind.currentData() == "accompanying")

    def _update_ok(self, *_args) -> None:
        if self.new_radio.isChecked():
            chosen = bool(self.surname.text().strip() or self.given_name.text().strip())
        else:
            chosen = self.results.currentItem() is not None
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(chosen and bool(self.relationship.currentText().strip()))

    def choose_existing(self, person_id: str) -> bool:
        """Pick a person of the search results (as a click would)."""
        self.existing_radio.setChecked(True)
        for row in range(self.results.count()):
            if self.results.item(row).data(ID_ROLE) == person_id:
                self.results.setCurrentRow(row)
                return True
        return False

    def new_person_attributes(self) -> dict:
        values = {}
        if self.copy_shared.isChecked():
            values.update({a: self.person.get(a) for a in SHARED_ATTRIBUTES if not is_empty(self.person.get(a))})
        values.update({k: v for k, v in self.attributes.items() if not is_empty(v)})
        values.update(surname=self.surname.text().strip(), given_name=self.given_name.text().strip())
        for attribute, editor in (("birth_date", self.birth_date), ("sex", self.sex)):
            if not is_empty(editor.value()):
                values[attribute] = editor.value()
        return values

    def save(self) -> str:
        """Enter the new person (if new) and link both ways; return the relative's id."""
        workspace = self.workspace
        if self.new_radio.isChecked():
            relative_id = workspace.add_person(**self.new_person_attributes())
        else:
            relative_id = self.results.currentItem().data(ID_ROLE)
        kind = self.kind.currentData()
        reverse = self.reverse.currentText().strip()
        if reverse:
            workspace.link_persons(relative_id, self.person_id, reverse, kind, self.person_represents.isChecked(),
                                   self.person_accompanies.isChecked())
        workspace.link_persons(self.person_id, relative_id, self.relationship.currentText().strip(), kind,
                               self.relative_represents.isChecked(), self.relative_accompanies.isChecked())
        return relative_id


class DocumentDialog(QDialog):
    """A personal document: kind, number, issued by, on, valid until."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dodaj dokument"))
        self.fields = [Field("doc_type", "text", self.tr("Vrsta dokumenta"), max_length=80),
                       Field("doc_number", "text", self.tr("Številka"), max_length=40),
                       Field("issued_by", "text", self.tr("Izdan pri"), max_length=100),
                       Field("issued_on", "date", self.tr("Dne")),
                       Field("valid_until", "date", self.tr("Veljaven do"))]
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.editors = {}
        self.rows = {}
        for index, field in enumerate(self.fields):
            editor = create_editor(field, None, self)
            row = FieldRow(field, editor, grid, index, self)
            row.label.setFixedWidth(140)
            self.editors[field.id] = editor
            self.rows[field.id] = row
            editor.changed.connect(partial(self._on_field_changed, field.id))
        self.buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Dodaj"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self._on_field_changed("doc_type")
        self.resize(520, self.sizeHint().height())

    def _on_field_changed(self, field_id: str) -> None:
        field = next(f for f in self.fields if f.id == field_id)
        self.rows[field_id].show_findings(type_findings(field, self.editors[field_id].value()))
        filled = not is_empty(self.editors["doc_type"].value()) and not is_empty(self.editors["doc_number"].value())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(filled)

    def values(self) -> dict:
        return {f.id: self.editors[f.id].value() for f in self.fields if not is_empty(self.editors[f.id].value())}
