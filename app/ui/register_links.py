"""What a form filled from the register offers back to it, read from the definition's `register:` section.

- the form's corrections of the person's attributes (the workspace finds them; listed here to confirm);
- family rows typed into a table the register fills from links (`tables: TABLE: {link: KIND}`) whose
  name is not one of the person's relatives: »Dodaj v register«.

Nothing here knows a particular form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from app.engine.model import Field, FormDefinition
from app.engine.prefill import PERSON_ATTRIBUTES
from app.engine.types import display, is_empty
from app.ui.dialogs import localize_buttons
from app.ui.person_dialogs import name_words


def _tr(text: str) -> str:
    return QCoreApplication.translate("register_links", text)


def _is_template(spec) -> bool:
    return isinstance(spec, str) and ("{{" in spec or "{%" in spec)


def linked_tables(definition: FormDefinition) -> dict[str, dict]:
    """Tables the register fills from family links: {table id: its spec}."""
    return {table_id: spec for table_id, spec in definition.register.tables.items()
            if spec.link and table_id in definition.fields}


def name_column(spec: dict) -> str | None:
    """The column that holds the relative's name: the one whose template uses the surname or given name."""
    for column, attribute in (spec.get("columns") or {}).items():
        if _is_template(attribute) and ("surname" in attribute or "given_name" in attribute):
            return column
    for column, attribute in (spec.get("columns") or {}).items():
        if attribute in ("surname", "given_name"):
            return column
    return None


def name_parts(spec: dict, name: str) -> tuple[str, str]:
    """(surname, given name) of a row's name. When the table's template adds something after a comma
    behind the given name (»{{ surname }} {{ given_name }}, {{ sex }}«), that part is left out first;
    then »Priimek, Ime« splits at the comma, otherwise the first word is the surname."""
    from app.ui.person_dialogs import split_name

    template = str((spec.get("columns") or {}).get(name_column(spec) or "", ""))
    given_at = template.find("given_name")
    if given_at >= 0 and "," in template[given_at:] and "," in name:
        name = name.rsplit(",", 1)[0]
    return split_name(name)


def is_relative(name: str, links: list[dict]) -> bool:
    """True when every word of some relative's surname and given name is in `name` (case, diacritics,
    order and commas ignored): »Ševčenko, Marija« is the register's »Ševčenko Marija«."""
    words = name_words(name)
    for link in links:
        known = name_words(f"{link.get('surname') or ''} {link.get('given_name') or ''}")
        if known and known <= words:
            return True
    return False


def row_attributes(spec: dict, row: dict) -> tuple[dict, str]:
    """A table row as register data: (person attributes from plain columns, the relationship)."""
    attributes, relationship = {}, ""
    for column, attribute in (spec.get("columns") or {}).items():
        value = row.get(column)
        if is_empty(value) or _is_template(attribute):
            continue
        if attribute == "relationship":
            relationship = str(value).strip()
        elif attribute in PERSON_ATTRIBUTES:
            attributes[attribute] = value
    return attributes, relationship


def person_field(definition: FormDefinition, attribute: str) -> Field | None:
    """The form's field that carries a register attribute (its label and how it is shown)."""
    for field_id, mapped in definition.register.person.items():
        if mapped == attribute and field_id in definition.fields:
            return definition.fields[field_id]
    return None


def correction_rows(definition: FormDefinition, corrections: dict, person: dict) -> list[tuple[str, str, str]]:
    """(label, register value, form value) for each correction, shown as the form shows them."""
    rows = []
    for attribute, value in corrections.items():
        field = person_field(definition, attribute)
        label = field.label if field else _tr("Ime in priimek v latinici") if attribute == "latin_name" else attribute
        before = display(field, person.get(attribute)) if field else str(person.get(attribute) or "")
        after = display(field, value) if field else str(value)
        rows.append((label, before or _tr("(prazno)"), after))
    return rows


class CorrectionsDialog(QDialog):
    """»Prevzemi popravke v register«: what changes in the register, to confirm in one step."""

    def __init__(self, rows: list[tuple[str, str, str]], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("Prevzemi popravke v register"))
        intro = QLabel(self.tr("Obrazec se pri teh podatkih razlikuje od registra. Ob potrditvi se v registru "
                               "osebe {name} zapišejo vrednosti z obrazca:").format(name=name), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Podatek"), self.tr("V registru"), self.tr("Na obrazcu")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        for r, texts in enumerate(rows):
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 1:
                    item.setForeground(Qt.darkGray)
                if c == 2:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.setFocusPolicy(Qt.NoFocus)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + sum(
            self.table.rowHeight(r) for r in range(len(rows))) + 2 * self.table.frameWidth() + 2
        self.table.setFixedHeight(min(height, 360))
        note = QLabel(self.tr("Obrazec ostane, kot je; spremeni se le register."), self)
        note.setStyleSheet("color: #666666")
        buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Prevzemi v register"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())
