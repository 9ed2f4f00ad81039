"""The register's dialogs for one person's relatives and documents, and the plain helpers the person
page, the wizard and the register links share (names, relationships, statuses, attribute fields).

Kept apart from the person page so that the wizard (which adds a typed relative through RelativeDialog)
and the person page (which opens the wizard) do not import each other.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QRadioButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from app.engine.countries import country_name
from app.engine.dates import format_date
from app.engine.definition import Choice, Field
from app.engine.rules import Finding
from app.engine.types import check_value, is_empty
from app.workspace import fold
from app.ui.dialogs import localize_buttons
from app.ui.fields import FieldRow, create_editor

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
                                              (self.tr("&Datum rojstva:"), self.birth_date),
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

        self.birth_date.advance.connect(self._on_birth_date_advanced)  # Enter in the date: as in the name fields
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

    def _on_birth_date_advanced(self) -> None:
        """Enter in the date of birth adds the relative once the dialog can (»Dodaj«), else goes to the sex."""
        ok = self.buttons.button(QDialogButtonBox.Ok)
        if ok.isEnabled():
            ok.click()
        else:
            self.sex.focus_path()

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
            editor.advance.connect(partial(self._on_field_advanced, field.id))
        self.buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Dodaj"))
        self.buttons.button(QDialogButtonBox.Ok).setDefault(True)
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

    def _on_field_advanced(self, field_id: str) -> None:
        """Enter in any field (a date too) adds the document once kind and number are filled; before that
        it moves on to the next field."""
        ok = self.buttons.button(QDialogButtonBox.Ok)
        if ok.isEnabled():
            ok.click()
            return
        ids = [f.id for f in self.fields]
        following = ids[ids.index(field_id) + 1:] + ids[:ids.index(field_id)]
        missing = [f for f in following if f in ("doc_type", "doc_number") and is_empty(self.editors[f].value())]
        self.editors[(missing or following)[0]].focus_path()

    def values(self) -> dict:
        return {f.id: self.editors[f.id].value() for f in self.fields if not is_empty(self.editors[f.id].value())}
