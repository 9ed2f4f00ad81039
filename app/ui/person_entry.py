"""Entering a person into the register from their document: the MRZ field (app.ui.mrz_field) fills the
name (and its Latin form), sex, date of birth, citizenship and the document; the official adds what the
document does not say (the name in Cyrillic as written, the EMŠO) and, in a family, the relationship.

Before anyone is saved the register is asked for possible duplicates (same EMŠO, same document, or
the same date of birth with a name that matches across scripts: `Workspace.possible_duplicates`);
they are shown in the dialog, each with »Odpri« (the existing record) and »To je ta oseba« (use it
instead of entering the person again). Saving a new person despite them needs a tick, and the
workspace records that choice in the audit trail.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFrame, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget,
)

from app.engine.dates import format_date
from app.engine.definition import Field
from app.engine.types import is_empty
from app.workspace import FamilyMember
from app.ui.dialogs import localize_buttons
from app.ui.fields import create_editor
from app.ui.mrz_field import MrzField
from app.ui.person_dialogs import BANNER_STYLE, KINDS, RELATIONSHIPS, kind_label, person_fields, reverse_relationship
from app.ui.i18n import message_text

#: the register attributes the dialog asks for, in its order (the MRZ fills all but the EMŠO)
ATTRIBUTES = ("surname", "given_name", "latin_name", "sex", "birth_date", "citizenship", "emso")
DOCUMENT = ("doc_number", "issued_by", "valid_until")
CHILD_WORDS = ("sin", "hči")


def _tr(text: str) -> str:
    return QCoreApplication.translate("person_entry", text)


def entry_fields(catalog) -> list[Field]:
    by_id = {f.id: f for f in person_fields(catalog)}
    latin = Field("latin_name", "text", _tr("Ime v latinici"), max_length=200,
                  help=_tr("Kot v strojno berljivem zapisu; za izkaznico in obrazce v latinici."))
    fields = [by_id[a] if a != "latin_name" else latin for a in ATTRIBUTES]
    fields += [Field("doc_number", "text", _tr("Številka dokumenta"), max_length=40),
               Field("issued_by", "country", _tr("Država izdaje dokumenta")),
               Field("valid_until", "date", _tr("Dokument velja do"))]
    return fields


class DuplicateWarning(QFrame):
    """»Morda je ta oseba že v registru«: each possible duplicate with its reasons and two links."""

    open_requested = Signal(str)   # »Odpri«: show the existing record
    use_requested = Signal(str)    # »To je ta oseba«: take the existing record instead of a new one
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, can_open: bool = True):
        super().__init__(parent)
        self.can_open = can_open
        self.setStyleSheet("DuplicateWarning { background: #fff4d6; border: 1px solid #d9b45a; }")
        self.duplicates: list = []
        self.title = QLabel(_tr("<b>Morda je ta oseba že v registru.</b> Preverite, preden jo vpišete znova:"), self)
        self.title.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.save_anyway = QCheckBox(_tr("To je druga oseba: &vseeno jo vpiši (zabeleži se v revizijsko sled)"), self)
        self.save_anyway.toggled.connect(lambda _on: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addWidget(self.save_anyway)
        self.hide()

    def set_duplicates(self, duplicates: list) -> None:
        before = [d.person.id for d in self.duplicates]
        self.duplicates = list(duplicates)
        if [d.person.id for d in self.duplicates] != before:
            self.save_anyway.setChecked(False)
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for duplicate in self.duplicates:
            person = duplicate.person
            text = " · ".join(p for p in (person.name, format_date(person.birth_date), person.emso or "") if p)
            links = (_tr("<a href=\"open:{id}\">Odpri</a>").format(id=person.id) + " &nbsp; " if self.can_open else "") \
                + _tr("<a href=\"use:{id}\">To je ta oseba</a>").format(id=person.id)
            label = QLabel(_tr("{person} — {reasons}").format(person=text, reasons=", ".join(duplicate.reasons))
                           + " &nbsp; " + links, self)
            label.setTextFormat(Qt.RichText)
            label.setTextInteractionFlags(Qt.TextBrowserInteraction)
            label.linkActivated.connect(self._on_link_activated)
            self.rows.addWidget(label)
        self.setVisible(bool(self.duplicates))
        self.changed.emit()

    def _on_link_activated(self, link: str) -> None:
        what, _, person_id = link.partition(":")
        (self.open_requested if what == "open" else self.use_requested).emit(person_id)

    @property
    def blocking(self) -> bool:
        """Whether saving must wait: duplicates shown and »vseeno vpiši« not ticked."""
        return bool(self.duplicates) and not self.save_anyway.isChecked()


class PersonEntryDialog(QDialog):
    """»Vpis osebe«: one person from their document's MRZ (or typed), checked against the register.

    With `first` (the family member the others are linked to: a FamilyMember or a dict with surname,
    given_name, sex) it also asks the relationship. `member()` is the FamilyMember to enter;
    `existing_id` is set instead when the official says a possible duplicate is this person."""

    def __init__(self, workspace, parent: QWidget | None = None, first: dict | None = None,
                 member: FamilyMember | None = None, open_person=None, pending: list | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.first = first
        self.open_person = open_person
        self.pending = pending or []   # members of the family typed before (not yet in the register)
        self.existing_id: str | None = None
        self.document_type = "potni list"
        self._auto_reverse = ""
        self.setWindowTitle(_tr("Vpis osebe iz dokumenta"))
        self.mrz = MrzField(workspace, self)
        self.mrz.read.connect(self._on_mrz_read)
        mrz_box = QGroupBox(_tr("Strojno berljivi zapis dokumenta (MRZ)"), self)
        QVBoxLayout(mrz_box).addWidget(self.mrz)

        self.fields = {f.id: f for f in entry_fields(workspace.catalog)}
        self.editors = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for index, field in enumerate(self.fields.values()):
            editor = create_editor(field, None, self)
            label = QLabel(_tr("{label}:").format(label=field.label), self)
            label.setBuddy(editor.focus_widget())
            row, column = (index, 0) if index < len(ATTRIBUTES) else (index - len(ATTRIBUTES), 2)
            grid.addWidget(label, row, column)
            grid.addWidget(editor, row, column + 1)
            self.editors[field.id] = editor
            editor.changed.connect(partial(self._on_field_changed, field.id))
            editor.advance.connect(partial(self._on_field_advanced, field.id))
        data_box = QGroupBox(_tr("Osebni podatki in dokument"), self)
        data_box.setLayout(grid)

        self.relationship = self.reverse = self.kind = None
        self.first_represents = self.first_accompanies = None
        layout = QVBoxLayout(self)
        layout.addWidget(mrz_box)
        layout.addWidget(data_box)
        if first is not None:
            layout.addWidget(self._make_link_box(first))
        self.duplicates = DuplicateWarning(self, can_open=open_person is not None)
        self.duplicates.changed.connect(self._update_ok)
        self.duplicates.open_requested.connect(self._on_open_requested)
        self.duplicates.use_requested.connect(self._on_use_requested)
        layout.addWidget(self.duplicates)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(_tr("&Dodaj"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if member is not None:
            self._load(member)
        self._update_ok()
        self.mrz.setFocus()

    def _make_link_box(self, first: dict) -> QGroupBox:
        name = f"{first.get('surname') or ''} {first.get('given_name') or ''}".strip()
        self.first_sex = first.get("sex")
        box = QGroupBox(_tr("Razmerje do osebe {name}").format(name=name), self)
        self.relationship = QComboBox(box)
        self.relationship.setEditable(True)
        self.relationship.addItems([""] + list(RELATIONSHIPS))
        self.reverse = QComboBox(box)
        self.reverse.setEditable(True)
        self.reverse.addItems([""] + list(RELATIONSHIPS))
        self.kind = QComboBox(box)
        for value in KINDS:
            self.kind.addItem(kind_label(value), value)
        self.first_represents = QCheckBox(_tr("{name} je zakoniti zastopnik te osebe").format(name=name), box)
        self.first_accompanies = QCheckBox(_tr("{name} spremlja to mladoletno osebo").format(name=name), box)
        grid = QGridLayout(box)
        caption = QLabel(_tr("Ta oseba je osebi {name} (&razmerje):").format(name=name), box)
        caption.setBuddy(self.relationship)
        reverse_caption = QLabel(_tr("{name} je tej osebi:").format(name=name), box)
        reverse_caption.setBuddy(self.reverse)
        kind_caption = QLabel(_tr("Vrs&ta:"), box)
        kind_caption.setBuddy(self.kind)
        grid.addWidget(caption, 0, 0)
        grid.addWidget(self.relationship, 0, 1)
        grid.addWidget(reverse_caption, 1, 0)
        grid.addWidget(self.reverse, 1, 1)
        grid.addWidget(kind_caption, 2, 0)
        grid.addWidget(self.kind, 2, 1)
        grid.addWidget(self.first_represents, 3, 0, 1, 2)
        grid.addWidget(self.first_accompanies, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.relationship.editTextChanged.connect(self._on_relationship_changed)
        return box

    # --- filling -------------------------------------------------------------------------------------
    def _load(self, member: FamilyMember) -> None:
        for attribute, value in {**member.attributes, **(member.documents[0] if member.documents else {})}.items():
            if attribute in self.editors:
                self.editors[attribute].set_value(value)
        if member.documents:
            self.document_type = member.documents[0].get("doc_type") or self.document_type
        if self.relationship is not None:
            self.relationship.setEditText(member.relationship)
            self.reverse.setEditText(member.reverse)
            self.kind.setCurrentIndex(max(0, self.kind.findData(member.kind)))
            self.first_represents.setChecked(member.first_represents)
            self.first_accompanies.setChecked(member.first_accompanies)
        self.existing_id = member.person_id
        self._check_duplicates()

    def _on_mrz_read(self, reading) -> None:
        """The MRZ fills what it says; a name already typed in Cyrillic stays (the MRZ's is its Latin form)."""
        from app.engine.names import has_cyrillic

        values = {**reading.attributes, **reading.document}
        for attribute, value in values.items():
            editor = self.editors.get(attribute)
            if editor is None:
                continue
            if attribute in ("surname", "given_name") and has_cyrillic(editor.value() or ""):
                continue
            editor.set_value(value)
        self.document_type = reading.document.get("doc_type") or self.document_type
        self._on_relationship_changed(self.relationship.currentText() if self.relationship else "")
        self._check_duplicates()
        self._update_ok()
        # what the document does not say comes next: the name as written in Cyrillic, or the EMŠO
        self.editors["emso"].focus_path()

    def _on_field_changed(self, attribute: str) -> None:
        if attribute in ("surname", "given_name", "birth_date", "emso", "doc_number", "issued_by", "latin_name"):
            self._check_duplicates()
        if attribute == "birth_date":
            self._on_relationship_changed(self.relationship.currentText() if self.relationship else "")
        self._update_ok()

    def _on_field_advanced(self, attribute: str) -> None:
        ids = list(self.editors)
        following = ids[ids.index(attribute) + 1:]
        if following:
            self.editors[following[0]].focus_path()
        elif self.relationship is not None:
            self.relationship.setFocus()
        else:
            self.ok_button.setFocus()

    def _on_relationship_changed(self, text: str) -> None:
        if self.relationship is None:
            return
        suggestion = reverse_relationship(text, self.first_sex)
        if suggestion and self.reverse.currentText() in ("", self._auto_reverse):
            self.reverse.setEditText(suggestion)
            self._auto_reverse = suggestion
        if (text or "").strip().casefold() in CHILD_WORDS and self.is_minor():
            self.first_represents.setChecked(True)
            self.first_accompanies.setChecked(True)
        self._update_ok()

    def is_minor(self) -> bool:
        import datetime as dt

        value = self.editors["birth_date"].value()
        try:
            born = dt.date.fromisoformat(value) if value else None
        except ValueError:
            return False
        if born is None:
            return False
        today = dt.date.today()
        return (today.year - born.year - ((today.month, today.day) < (born.month, born.day))) < 18

    # --- duplicates --------------------------------------------------------------------------------
    def _check_duplicates(self) -> None:
        values = self.attributes()
        documents = self.documents()
        try:
            found = self.workspace.possible_duplicates(values, documents) if (values or documents) else []
        except Exception:  # a half-typed date or the database busy: no warning rather than a crash
            found = []
        self.duplicates.set_duplicates([d for d in found if d.person.id != self.existing_id])

    def _on_open_requested(self, person_id: str) -> None:
        if self.open_person is not None:
            self.open_person(person_id)

    def _on_use_requested(self, person_id: str) -> None:
        """The possible duplicate is this person: take the record instead of entering a new one."""
        self.existing_id = person_id
        person = self.workspace.person(person_id)
        for attribute in ATTRIBUTES:
            if attribute in self.editors and not is_empty(person.get(attribute)):
                self.editors[attribute].set_value(person.get(attribute))
        self.duplicates.set_duplicates([])
        self.banner.setText(_tr("Uporabljen bo obstoječi zapis v registru (nova oseba se ne vpiše)."))
        self.banner.setStyleSheet("background: #e3f1e3; color: #1b5e20; border: 1px solid #9cc59c; padding: 6px;")
        self.banner.show()
        self._update_ok()

    # --- the result -----------------------------------------------------------------------------------
    def attributes(self) -> dict:
        return {a: self.editors[a].value() for a in ATTRIBUTES if not is_empty(self.editors[a].value())}

    def documents(self) -> list[dict]:
        document = {a: self.editors[a].value() for a in DOCUMENT if not is_empty(self.editors[a].value())}
        if not document.get("doc_number"):
            return []
        return [{"doc_type": self.document_type, **document}]

    def _update_ok(self, *_args) -> None:
        named = bool(self.attributes().get("surname") or self.attributes().get("given_name"))
        related = self.relationship is None or bool(self.relationship.currentText().strip())
        self.ok_button.setEnabled(named and related and not self.duplicates.blocking)

    def member(self) -> FamilyMember:
        return FamilyMember(
            attributes=self.attributes(), documents=self.documents(),
            relationship=self.relationship.currentText().strip() if self.relationship else "",
            reverse=self.reverse.currentText().strip() if self.reverse else "",
            kind=self.kind.currentData() if self.kind else "accompanying",
            first_represents=bool(self.first_represents and self.first_represents.isChecked()),
            first_accompanies=bool(self.first_accompanies and self.first_accompanies.isChecked()),
            person_id=self.existing_id,
            saved_despite=tuple(d.person.id for d in self.duplicates.duplicates) if self.duplicates.save_anyway.isChecked() else ())


# --- the MRZ on a person's page -------------------------------------------------------------------


class DuplicatesDialog(QDialog):
    """Possible duplicates found for a document read on a person's page, before it is saved."""

    USE = 2  # the dialog's result when the official says a duplicate is this person

    def __init__(self, duplicates: list, parent: QWidget | None = None, open_person=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Morda je oseba že v registru"))
        self.chosen: str | None = None
        self.warning = DuplicateWarning(self)
        self.warning.set_duplicates(duplicates)
        self.warning.open_requested.connect(lambda person_id: open_person and open_person(person_id))
        self.warning.use_requested.connect(self._on_use_requested)
        self.buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(_tr("&Vpiši"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.warning.changed.connect(lambda: self.ok_button.setEnabled(not self.warning.blocking))
        self.ok_button.setEnabled(not self.warning.blocking)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)

    def _on_use_requested(self, person_id: str) -> None:
        self.chosen = person_id
        self.done(self.USE)


def install_mrz(page) -> MrzField:
    """Put the MRZ field on top of a person's page (app.ui.person.PersonPage): a document read there
    enters the person (or updates them), after the possible duplicates were shown."""
    field = MrzField(page.workspace, page)
    box = QGroupBox(_tr("Dokument: strojno berljivi zapis (MRZ)"))
    QVBoxLayout(box).addWidget(field)
    attributes = page.attributes_scroll.takeWidget()
    container = QWidget()
    column = QVBoxLayout(container)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(box)
    column.addWidget(attributes, 1)
    page.attributes_scroll.setWidget(container)
    QWidget.setTabOrder(field.text, page.editors["surname"].focus_widget())
    field.read.connect(partial(_on_page_read, page))
    page.mrz = field
    return field


def _on_page_read(page, reading) -> None:
    from app.ui import dialogs

    workspace = page.workspace
    found = workspace.possible_duplicates(reading.attributes, [reading.document], exclude=page.person_id)
    despite: tuple = ()
    if found:
        dialog = DuplicatesDialog(found, page, open_person=page.open_person)
        accepted = dialogs.run_dialog(dialog)
        if dialog.chosen:
            page.open_person(dialog.chosen)
            return
        if not accepted:
            return
        despite = tuple(d.person.id for d in found)
    try:
        person_id = workspace.enter_from_mrz(page.person_id, reading, despite)
    except Exception as exc:  # the store's message says what to do
        page._show_error(_tr("Shranjevanje ni uspelo: {error}").format(error=message_text(exc)))
        return
    page.person_id = person_id
    page.load()
    page.person_changed.emit(person_id)
