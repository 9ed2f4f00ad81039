"""Electronic signatures in the GUI: the officials' keys and the trusted issuers, »Podpiši in izvozi…«,
corrections of signed forms and checking a signed PDF.

Nothing is decided here: the workspace imports keys, signs, verifies and makes corrections; this module
asks (every modal dialog goes through `dialogs.run_dialog`, which tests answer) and shows the answers.
A passphrase is only passed on to the workspace and never kept.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from app.engine.system_messages import os_error_text
from app.paths import write_private
from app.workspace import FINISHED
from app.ui import dialogs
from app.ui.dialogs import localize_buttons
from app.ui.i18n import message_text

TEST_MARK = "TEST"
TEST_STYLE = "background: #ffe2b0; color: #7a3e00; font-weight: bold;"
NOTE_STYLE = "color: #555555;"
WARNING_NOTE_STYLE = "background: #fff1cc; color: #6b4200; border: 1px solid #e0b84a; padding: 6px;"
#: the verdict's colours: (background, text, border)
VERDICT_COLORS = {
    "valid": ("#e3f4e1", "#1d5c16", "#8cc784"),
    "invalid": ("#fbdde1", "#8a0016", "#d9a0a8"),
    "untrusted": ("#fff1cc", "#6b4200", "#e0b84a"),
    "unsigned": ("#eeeeee", "#333333", "#bbbbbb"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("signing", text)


# --- what certificates say, as text ---------------------------------------------------------------


def is_test(*names: str) -> bool:
    """A TEST certificate names itself so (make_test_pki: »TEST uradna oseba …«, »Priloga TEST CA …«)."""
    return any(TEST_MARK in (name or "") for name in names)


def common_name(dn: str) -> str:
    """The CN of a distinguished name in RFC 4514 text (the whole name when it has none)."""
    try:
        from cryptography import x509
        from cryptography.x509.oid import NameOID

        names = x509.Name.from_rfc4514_string(dn).get_attributes_for_oid(NameOID.COMMON_NAME)
        if names:
            return str(names[0].value)
    except Exception:
        pass
    return dn


def short_fingerprint(fingerprint: str) -> str:
    """The first 8 bytes of a SHA-256 fingerprint, as »3F2A 91C0 7B4E 12D8«."""
    head = (fingerprint or "").replace(":", "").upper()[:16]
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


def _moment(value) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return None


def show_date(value) -> str:
    """dd. mm. yyyy in local time."""
    moment = _moment(value)
    return moment.astimezone().strftime("%d. %m. %Y") if moment else ""


def show_time(value) -> str:
    """dd. mm. yyyy HH:MM in local time."""
    moment = _moment(value)
    return moment.astimezone().strftime("%d. %m. %Y %H:%M") if moment else ""


def _expired(record) -> bool:
    moment = _moment(record.not_after)
    return bool(moment and moment < dt.datetime.now(dt.timezone.utc))


def key_title(record) -> str:
    """A key as one line for choosing it: »TEST uradna oseba Mojca Žagar [TEST] (velja do 20. 09. 2027)«."""
    mark = f" [{TEST_MARK}]" if is_test(record.subject, record.label) else ""
    return _tr("{name}{mark} — {issuer}, velja do {until}, {fingerprint}").format(
        name=record.label or common_name(record.subject), mark=mark, issuer=common_name(record.issuer),
        until=show_date(record.not_after), fingerprint=short_fingerprint(record.fingerprint))


# --- modal questions (all through dialogs.run_dialog) ----------------------------------------------


def message(parent: QWidget | None, title: str, text: str, icon=QMessageBox.Warning) -> None:
    """A message with one »V redu« button."""
    box = QMessageBox(icon, title, text, QMessageBox.NoButton, parent)
    box.setTextFormat(Qt.PlainText)
    box.setDefaultButton(box.addButton(_tr("V redu"), QMessageBox.AcceptRole))
    dialogs.run_dialog(box)


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str, icon=QMessageBox.Question,
        checkbox: str | None = None, default_yes: bool = False) -> tuple[bool, bool]:
    """(yes was chosen, the check box is ticked); Esc is »no«, and so is Enter unless `default_yes`."""
    from PySide6.QtWidgets import QCheckBox

    box = QMessageBox(icon, title, text, QMessageBox.NoButton, parent)
    box.setTextFormat(Qt.PlainText)
    yes_button = box.addButton(yes, QMessageBox.AcceptRole)
    no_button = box.addButton(no, QMessageBox.RejectRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    if checkbox:
        box.setCheckBox(QCheckBox(checkbox, box))
        box.checkBox().setChecked(True)
    dialogs.run_dialog(box)
    return box.clickedButton() is yes_button, bool(checkbox and box.checkBox().isChecked())


def _start_dir() -> str:
    from app.ui.documents import _documents_dir

    return _documents_dir()


def _remember_folder(path: str) -> None:
    from app.ui.documents import remember_folder

    remember_folder(path)


def ask_open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    dialog = QFileDialog(parent, title, _start_dir(), filters)
    dialog.setAcceptMode(QFileDialog.AcceptOpen)
    dialog.setFileMode(QFileDialog.ExistingFile)
    dialog.setLabelText(QFileDialog.Accept, _tr("Odpri"))
    dialog.setLabelText(QFileDialog.Reject, _tr("Prekliči"))
    if not dialogs.run_dialog(dialog):
        return None
    files = [f for f in dialog.selectedFiles() if f]
    if files:
        _remember_folder(files[0])
    return Path(files[0]) if files else None


def ask_save_file(parent: QWidget | None, title: str, file_name: str) -> Path | None:
    dialog = QFileDialog(parent, title, str(Path(_start_dir()) / file_name), _tr("Dokument PDF (*.pdf)"))
    dialog.setAcceptMode(QFileDialog.AcceptSave)
    dialog.setFileMode(QFileDialog.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.setLabelText(QFileDialog.Accept, _tr("Shrani"))
    dialog.setLabelText(QFileDialog.Reject, _tr("Prekliči"))
    dialog.selectFile(str(Path(_start_dir()) / file_name))
    if not dialogs.run_dialog(dialog):
        return None
    files = [f for f in dialog.selectedFiles() if f]
    if not files:
        return None
    _remember_folder(files[0])
    path = Path(files[0])
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
    """The passphrase typed in a password field (None: cancelled). The caller uses it once and drops it."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.TextInput)
    dialog.setTextEchoMode(QLineEdit.Password)
    dialog.setLabelText(label)
    dialog.setOkButtonText(_tr("V redu"))
    dialog.setCancelButtonText(_tr("Prekliči"))
    dialog.setMinimumWidth(520)
    if not dialogs.run_dialog(dialog):
        return None
    return dialog.textValue()


def ask_key(parent: QWidget | None, keys: list):
    """Choose one of several keys (None: cancelled)."""
    titles = [key_title(k) for k in keys]
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(_tr("Izberite ključ za podpis"))
    dialog.setLabelText(_tr("S katerim ključem podpišem obrazec?"))
    dialog.setComboBoxItems(titles)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(titles[0])
    dialog.setOkButtonText(_tr("Izberi"))
    dialog.setCancelButtonText(_tr("Prekliči"))
    dialog.setMinimumWidth(620)
    if not dialogs.run_dialog(dialog):
        return None
    chosen = dialog.textValue()
    return keys[titles.index(chosen)] if chosen in titles else None


def open_file(path: Path, parent: QWidget | None) -> None:
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        message(parent, _tr("Odpri PDF"), _tr("Na tem računalniku ni programa za branje PDF. Datoteka je shranjena "
                                              "v {path}.").format(path=path), QMessageBox.Information)


def _write(parent: QWidget | None, path: Path, data: bytes) -> bool:
    try:
        write_private(path, data)
    except OSError as exc:
        message(parent, _tr("Shrani PDF"), _tr("Datoteke ni bilo mogoče zapisati: {error}").format(
            error=os_error_text(exc)))
        return False
    return True


def _read(parent: QWidget | None, title: str, path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        message(parent, title, _tr("Datoteke {name} ni mogoče prebrati: {error}").format(
            name=path.name, error=os_error_text(exc)))
        return None


# --- keys and trust ----------------------------------------------------------------------------------


def _item(text: str, tip: str = "", data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
    if tip:
        item.setToolTip(tip)
    if data is not None:
        item.setData(Qt.UserRole, data)
    return item


def _mark_test(item: QTableWidgetItem) -> None:
    from PySide6.QtGui import QBrush, QColor

    item.setBackground(QBrush(QColor("#ffe2b0")))
    item.setForeground(QBrush(QColor("#7a3e00")))
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    return table


class KeysDialog(QDialog):
    """»Ključi za podpisovanje«: the officials' keys imported on this station and the issuers it trusts."""

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Ključi za podpisovanje"))
        intro = QLabel(self.tr(
            "Ključ uradne osebe (PKCS#12: .p12 ali .pfx) se shrani tak, kot je, zaščiten z njenim geslom. Gesla "
            "program ne shrani: ob uvozu le preveri, da se ključ odpre, in ga vpišete ob vsakem podpisu."), self)
        intro.setWordWrap(True)

        keys_box = QGroupBox(self.tr("Ključi uradnih oseb"), self)
        self.keys_table = _table(keys_box, [self.tr("Vrsta"), self.tr("Imetnik"), self.tr("Izdajatelj"),
                                            self.tr("Velja od–do"), self.tr("Prstni odtis")])
        self.import_button = QPushButton(self.tr("&Uvozi ključ (PKCS#12)…"), keys_box)
        self.import_button.clicked.connect(self.import_key)
        self.remove_key_button = QPushButton(self.tr("&Odstrani ključ"), keys_box)
        self.remove_key_button.clicked.connect(self.remove_key)
        self.keys_table.itemSelectionChanged.connect(self._update_buttons)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.import_button)
        key_buttons.addWidget(self.remove_key_button)
        key_buttons.addStretch(1)
        keys_layout = QVBoxLayout(keys_box)
        keys_layout.addWidget(self.keys_table, 1)
        keys_layout.addLayout(key_buttons)

        trust_box = QGroupBox(self.tr("Zaupanja vredni izdajatelji potrdil (CA)"), self)
        self.ca_table = _table(trust_box, [self.tr("Vrsta"), self.tr("Izdajatelj"), self.tr("Prstni odtis"),
                                           self.tr("Dodan")])
        self.trust_button = QPushButton(self.tr("&Zaupaj izdajatelju (CA)…"), trust_box)
        self.trust_button.clicked.connect(self.trust_ca)
        self.untrust_button = QPushButton(self.tr("&Ne zaupaj več"), trust_box)
        self.untrust_button.clicked.connect(self.untrust_ca)
        self.ca_table.itemSelectionChanged.connect(self._update_buttons)
        self.trust_note = QLabel(self)
        self.trust_note.setWordWrap(True)
        self.trust_note.setStyleSheet(NOTE_STYLE)
        ca_buttons = QHBoxLayout()
        ca_buttons.addWidget(self.trust_button)
        ca_buttons.addWidget(self.untrust_button)
        ca_buttons.addStretch(1)
        trust_layout = QVBoxLayout(trust_box)
        trust_layout.addWidget(self.ca_table, 1)
        trust_layout.addWidget(self.trust_note)
        trust_layout.addLayout(ca_buttons)

        self.test_note = QLabel(self.tr(
            "TEST: testni ključ ali izdajatelj, le za preizkus programa. Testnemu izdajatelju program ne zaupa, "
            "dokler ga sami ne dodate med zaupanja vredne; za prave dokumente ga ne uporabljajte."), self)
        self.test_note.setWordWrap(True)
        self.test_note.setStyleSheet(WARNING_NOTE_STYLE)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Close, self))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(keys_box, 3)
        layout.addWidget(trust_box, 2)
        rows = self.keys_table.verticalHeader().defaultSectionSize()
        self.keys_table.setMinimumHeight(self.keys_table.horizontalHeader().sizeHint().height() + 4 * rows + 4)
        self.ca_table.setMinimumHeight(self.ca_table.horizontalHeader().sizeHint().height() + 2 * rows + 4)
        self.ca_table.setMaximumHeight(self.ca_table.horizontalHeader().sizeHint().height() + 5 * rows + 4)
        layout.addWidget(self.test_note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumSize(900, 560)
        self.resize(980, 640)
        self.reload()

    # lists ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            keys = self.workspace.signing_keys()
            cas = self.workspace.trusted_cas()
        except Exception as exc:
            keys, cas = [], []
            self.show_status(self.tr("Ključev ni bilo mogoče prebrati: {error}").format(error=message_text(exc)), error=True)
        self.keys = keys
        self.cas = cas
        any_test = False
        self.keys_table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            test = is_test(key.subject, key.label)
            any_test |= test
            kind = self.tr("kartica (PKCS#11)") if key.kind == "pkcs11" else "PKCS#12"
            kind_item = _item(f"{TEST_MARK} · {kind}" if test else kind,
                              self.tr("Testni ključ – ni za prave dokumente") if test else "", key.fingerprint)
            if test:
                _mark_test(kind_item)
            period = f"{show_date(key.not_before)} – {show_date(key.not_after)}"
            period_item = _item(period, self.tr("Potrdilo je poteklo; s tem ključem ni mogoče podpisovati.")
                                if _expired(key) else "")
            if _expired(key):
                from PySide6.QtGui import QBrush, QColor

                period_item.setForeground(QBrush(QColor("#b00020")))
                period_item.setText(period + " " + self.tr("(poteklo)"))
            self.keys_table.setItem(row, 0, kind_item)
            self.keys_table.setItem(row, 1, _item(key.label or common_name(key.subject), key.subject))
            self.keys_table.setItem(row, 2, _item(common_name(key.issuer), key.issuer))
            self.keys_table.setItem(row, 3, period_item)
            self.keys_table.setItem(row, 4, _item(short_fingerprint(key.fingerprint),
                                                  self.tr("SHA-256: {fp}").format(fp=key.fingerprint)))
        self.ca_table.setRowCount(len(cas))
        for row, ca in enumerate(cas):
            test = is_test(ca.subject)
            any_test |= test
            kind_item = _item(f"{TEST_MARK} · CA" if test else "CA",
                              self.tr("Testni izdajatelj – zaupajte mu le za preizkus") if test else "", ca.fingerprint)
            if test:
                _mark_test(kind_item)
            self.ca_table.setItem(row, 0, kind_item)
            self.ca_table.setItem(row, 1, _item(common_name(ca.subject), ca.subject))
            self.ca_table.setItem(row, 2, _item(short_fingerprint(ca.fingerprint),
                                                self.tr("SHA-256: {fp}").format(fp=ca.fingerprint)))
            self.ca_table.setItem(row, 3, _item(show_date(ca.imported_at)))
        for table, stretch in ((self.keys_table, 2), (self.ca_table, 1)):  # the issuer's name gives way
            header = table.horizontalHeader()
            for column in range(table.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.Stretch if column == stretch
                                            else QHeaderView.ResizeToContents)
        self.trust_note.setText(self.tr(
            "Nobenemu izdajatelju še ne zaupate: vsak podpis bo prikazan kot »podpisnik ni med zaupanja vrednimi "
            "izdajatelji«. Dodajte potrdilo izdajatelja (npr. državnega overitelja) v obliki PEM.") if not cas else
            self.tr("Podpis velja le, če je potrdilo podpisnika izdal eden od teh izdajateljev."))
        self.test_note.setVisible(any_test)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_key_button.setEnabled(bool(self.keys_table.selectionModel().selectedRows()))
        self.untrust_button.setEnabled(bool(self.ca_table.selectionModel().selectedRows()))

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #8a0016;" if error else "color: #1d5c16;")
        self.status.setText(text)

    def _selected(self, table: QTableWidget) -> str | None:
        rows = table.selectionModel().selectedRows()
        return table.item(rows[0].row(), 0).data(Qt.UserRole) if rows else None

    # actions ----------------------------------------------------------------------------------------
    def import_key(self):
        """File, then passphrase (only to check the key opens); the file is kept as it is. Returns the record."""
        from app.workspace.signing import KeyFileError

        title = self.tr("Uvozi ključ (PKCS#12)")
        path = ask_open_file(self, title, self.tr("Ključ PKCS#12 (*.p12 *.pfx);;Vse datoteke (*)"))
        if path is None:
            return None
        data = _read(self, title, path)
        if data is None:
            return None
        passphrase = ask_passphrase(self, title, self.tr(
            "Geslo ključa »{name}«:\nGeslo se uporabi le za preverjanje, da se ključ odpre; program ga ne shrani.")
            .format(name=path.name))
        if passphrase is None:
            return None
        try:
            record = self.workspace.import_key(data, passphrase)
        except KeyFileError as exc:
            message(self, title, message_text(exc))
            return None
        except Exception as exc:
            message(self, title, self.tr("Ključa ni bilo mogoče uvoziti: {error}").format(error=message_text(exc)))
            return None
        finally:
            passphrase = None  # noqa: F841 (not kept beyond the check)
        self.reload()
        note = self.tr(" Ključ je TESTNI – ni za prave dokumente.") if is_test(record.subject) else ""
        self.show_status(self.tr("Uvožen ključ: {name}.").format(name=record.label) + note)
        return record

    def trust_ca(self):
        """A CA certificate (PEM or DER) becomes trusted; a TEST one only after a second »yes«."""
        from app.workspace.signing import KeyFileError, cert_info, load_pem_certificates

        title = self.tr("Zaupaj izdajatelju (CA)")
        path = ask_open_file(self, title, self.tr("Potrdilo izdajatelja (*.pem *.crt *.cer *.der);;Vse datoteke (*)"))
        if path is None:
            return None
        data = _read(self, title, path)
        if data is None:
            return None
        try:
            names = [cert_info(c).subject for c in load_pem_certificates(data)]
        except KeyFileError as exc:
            message(self, title, message_text(exc))
            return None
        if is_test(*names):
            yes, _ = ask(self, title, self.tr(
                "»{name}« je TESTNI izdajatelj. Če mu zaupate, bodo dokumenti, podpisani s testnimi ključi, na tej "
                "postaji prikazani kot veljavni. Mu zaupate le za preizkus?").format(name=common_name(names[0])),
                self.tr("Zaupaj za preizkus"), self.tr("Prekliči"), QMessageBox.Warning)
            if not yes:
                return None
        try:
            added = self.workspace.trust_ca(data)
        except KeyFileError as exc:
            message(self, title, message_text(exc))
            return None
        except Exception as exc:
            message(self, title, self.tr("Izdajatelja ni bilo mogoče dodati: {error}").format(error=message_text(exc)))
            return None
        self.reload()
        self.show_status(self.tr("Zaupanja vreden izdajatelj: {name}.").format(
            name=", ".join(common_name(ca.subject) for ca in added) or common_name(names[0])))
        return added

    def remove_key(self) -> bool:
        fingerprint = self._selected(self.keys_table)
        if not fingerprint:
            return False
        key = next(k for k in self.keys if k.fingerprint == fingerprint)
        yes, _ = ask(self, self.tr("Odstrani ključ"), self.tr(
            "Odstranim ključ »{name}« s te postaje? Že podpisani dokumenti ostanejo veljavni; za nove podpise bo "
            "treba ključ znova uvoziti.").format(name=key.label), self.tr("Odstrani"), self.tr("Prekliči"))
        if not yes:
            return False
        try:
            self.workspace.remove_key(fingerprint)
        except Exception as exc:
            message(self, self.tr("Odstrani ključ"), message_text(exc))
            return False
        self.workspace.forget_keys()
        self.reload()
        return True

    def untrust_ca(self) -> bool:
        fingerprint = self._selected(self.ca_table)
        if not fingerprint:
            return False
        ca = next(c for c in self.cas if c.fingerprint == fingerprint)
        yes, _ = ask(self, self.tr("Ne zaupaj več"), self.tr(
            "Izdajatelju »{name}« ne zaupam več? Podpisi njegovih podpisnikov bodo prikazani kot »podpisnik ni med "
            "zaupanja vrednimi izdajatelji«.").format(name=common_name(ca.subject)), self.tr("Ne zaupaj več"),
            self.tr("Prekliči"))
        if not yes:
            return False
        self.workspace.untrust_ca(fingerprint)
        self.reload()
        return True



def open_keys_dialog(workspace, parent: QWidget | None) -> None:
    dialogs.run_dialog(KeysDialog(workspace, parent))


# --- signing -----------------------------------------------------------------------------------------


def signed_file_name(draft, version: int) -> str:
    from app.ui.documents import pdf_file_name

    return pdf_file_name(draft.form_code, draft.title)[:-4] + f"_podpisan_v{version}.pdf"


def offer_signed_pdf(workspace, draft_id: str, parent: QWidget | None, text: str,
                     title: str | None = None) -> Path | None:
    """»Shrani PDF…« (then open it, unless unticked) for the newest signed version of the form."""
    title = title or _tr("Podpiši in izvozi")
    latest = workspace.latest_signed(draft_id)
    if latest is None:
        return None
    save, then_open = ask(parent, title, text, _tr("Shrani PDF…"), _tr("Zapri"), QMessageBox.Information,
                          checkbox=_tr("Po shranjevanju odpri PDF"), default_yes=True)
    if not save:
        return None
    path = ask_save_file(parent, _tr("Shrani podpisani PDF"), signed_file_name(workspace.draft(draft_id),
                                                                            latest.version))
    if path is None or not _write(parent, path, latest.pdf):
        return None
    if then_open:
        open_file(path, parent)
    return path


def _no_keys(workspace, parent: QWidget | None) -> list:
    yes, _ = ask(parent, _tr("Podpiši in izvozi"), _tr(
        "Na tej postaji ni uvoženega ključa za podpisovanje. Uvozite ključ uradne osebe (PKCS#12) v oknu »Ključi za "
        "podpisovanje«."), _tr("Ključi za podpisovanje…"), _tr("Prekliči"), default_yes=True)
    if not yes:
        return []
    open_keys_dialog(workspace, parent)
    return workspace.signing_keys()


def sign_draft(workspace, draft_id: str, parent: QWidget | None) -> int | None:
    """»Podpiši in izvozi…«: choose the key (if several), ask its passphrase, sign the finished form and
    offer to save the signed PDF. Returns the signed version, or None (cancelled, refused: nothing written).
    A form that is already signed is final: its signed PDF is offered, it is not signed again."""
    from app.workspace.signing import SigningError

    title = _tr("Podpiši in izvozi")
    try:
        draft = workspace.draft(draft_id)
        latest = workspace.latest_signed(draft_id) if draft.status == FINISHED else None
    except Exception as exc:
        message(parent, title, _tr("Obrazca ni bilo mogoče prebrati: {error}").format(error=message_text(exc)))
        return None
    if draft.status != FINISHED:
        message(parent, title, _tr("Podpisati je mogoče le zaključen obrazec. Obrazec najprej zaključite "
                                   "(na strani »Pregled in zaključek«)."), QMessageBox.Information)
        return None
    if latest is not None:
        offer_signed_pdf(workspace, draft_id, parent, _tr(
            "Obrazec je že podpisan (različica {v}, {when}, {signer}). Podpisan obrazec je dokončen: za spremembo "
            "naredite popravek (nova različica). Shranite podpisani PDF?").format(
            v=latest.version, when=show_time(latest.signed_at), signer=latest.signer))
        return None
    keys = workspace.signing_keys() or _no_keys(workspace, parent)
    if not keys:
        return None
    key = keys[0] if len(keys) == 1 else ask_key(parent, keys)
    if key is None:
        return None
    name = key.label or common_name(key.subject)
    test = _tr("\nTo je TESTNI ključ – podpis ni za prave dokumente.") if is_test(key.subject, key.label) else ""
    passphrase = ask_passphrase(parent, _tr("Geslo ključa"), _tr(
        "Podpis obrazca {code} – {title}\nKljuč: {name} ({fingerprint}){test}\n\nGeslo ključa (program ga ne shrani):").format(
        code=draft.form_code, title=draft.title or _tr("(brez imena)"), name=name,
        fingerprint=short_fingerprint(key.fingerprint), test=test))
    if passphrase is None:
        return None
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        workspace.sign_draft(draft_id, key.fingerprint, passphrase)
    except SigningError as exc:
        QApplication.restoreOverrideCursor()
        message(parent, title, message_text(exc))
        return None
    except Exception as exc:
        QApplication.restoreOverrideCursor()
        message(parent, title, _tr("Obrazca ni bilo mogoče podpisati: {error}").format(error=message_text(exc)))
        return None
    else:
        QApplication.restoreOverrideCursor()
    finally:
        passphrase = None  # noqa: F841 (never kept)
    latest = workspace.latest_signed(draft_id)
    offer_signed_pdf(workspace, draft_id, parent, _tr(
        "Obrazec {code} – {title} je podpisan (različica {v}).\nPodpisnik: {signer}\nČas: {when}\n\n"
        "Podpisani PDF je shranjen v zbirki. Ga shranite tudi v datoteko?").format(
        code=draft.form_code, title=draft.title or _tr("(brez imena)"), v=latest.version, signer=latest.signer,
        when=show_time(latest.signed_at)))
    return latest.version


def correct_draft(workspace, draft_id: str, parent: QWidget | None):
    """»Popravek (nova različica)«: a new draft with the form's data whose parent is the signed form."""
    try:
        return workspace.correct(draft_id)
    except Exception as exc:
        message(parent, _tr("Popravek (nova različica)"), _tr("Popravka ni bilo mogoče začeti: {error}").format(
            error=message_text(exc)))
        return None


# --- verifying ---------------------------------------------------------------------------------------


def verdict_heading(verdict) -> str:
    if verdict.status == "valid":
        return _tr("✔  Podpis je veljaven")
    if verdict.status == "untrusted":
        return _tr("⚠  Podpisnik ni med zaupanja vrednimi izdajatelji")
    if verdict.status == "unsigned":
        return _tr("Dokument ni elektronsko podpisan")
    if verdict.modified_after_signing:
        return _tr("✖  Dokument je bil spremenjen po podpisu – podpis ni veljaven")
    return _tr("✖  Podpis ni veljaven")


class VerifyDialog(QDialog):
    """The verdict on a signed PDF in colour, with who signed, when, and what the check found."""

    def __init__(self, verdict, document: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.verdict = verdict
        self.setWindowTitle(self.tr("Preverjanje podpisa"))
        background, color, border = VERDICT_COLORS.get(verdict.status, VERDICT_COLORS["invalid"])
        self.heading = QLabel(verdict_heading(verdict), self)
        self.heading.setObjectName("verdict")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setStyleSheet(f"background: {background}; color: {color}; border: 1px solid {border}; "
                                   f"padding: 10px;")
        self.message = QLabel(verdict.message, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.hint = QLabel(self.tr("Če izdajatelju podpisnikovega potrdila zaupate, ga dodajte v Orodja › Ključi za "
                                   "podpisovanje… › Zaupaj izdajatelju (CA)…"), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(NOTE_STYLE)
        self.hint.setVisible(verdict.status == "untrusted")
        self.message.setVisible(verdict.status != "unsigned")  # the heading says it all
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.DontWrapRows)
        self.fields: dict[str, QLabel] = {}

        def row(key: str, label: str, value: str) -> None:
            value_label = QLabel(value or "—", self)
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.fields[key] = value_label
            form.addRow(label, value_label)

        row("document", self.tr("Dokument:"), document)
        if verdict.status != "unsigned":
            row("signer", self.tr("Podpisnik:"), verdict.signer
                + (self.tr("  (TESTNO potrdilo)") if is_test(verdict.signer, verdict.issuer) else ""))
            row("issuer", self.tr("Izdajatelj potrdila:"), common_name(verdict.issuer))
            row("time", self.tr("Čas podpisa:"), show_time(verdict.signing_time))
            row("modified", self.tr("Spremenjen po podpisu:"), self.tr("da") if verdict.modified_after_signing
                else self.tr("ne"))
            if verdict.intact:  # trust is only judged for an intact signature
                row("trusted", self.tr("Izdajatelj zaupanja vreden:"), self.tr("da") if verdict.trusted
                    else self.tr("ne"))
            row("fingerprint", self.tr("Prstni odtis potrdila:"), short_fingerprint(verdict.fingerprint))
            if verdict.timestamp:
                row("timestamp", self.tr("Časovni žig:"), show_time(verdict.timestamp))
            if verdict.signatures > 1:
                row("count", self.tr("Podpisov v dokumentu:"), str(verdict.signatures))
        buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Close, self))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self.resize(680, self.sizeHint().height())


def show_verdict(workspace, pdf: bytes, document: str, parent: QWidget | None):
    """Verify with the CAs trusted on this station and show the verdict (returned)."""
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        verdict = workspace.verify(pdf)
    except Exception as exc:
        QApplication.restoreOverrideCursor()
        message(parent, _tr("Preverjanje podpisa"), _tr("Podpisa ni bilo mogoče preveriti: {error}").format(error=message_text(exc)))
        return None
    QApplication.restoreOverrideCursor()
    dialogs.run_dialog(VerifyDialog(verdict, document, parent))
    return verdict


def verify_file(workspace, parent: QWidget | None):
    """»Preveri podpis PDF…«: choose a PDF file and show the verdict on its signature."""
    title = _tr("Preveri podpis PDF")
    path = ask_open_file(parent, title, _tr("Dokument PDF (*.pdf);;Vse datoteke (*)"))
    if path is None:
        return None
    pdf = _read(parent, title, path)
    return None if pdf is None else show_verdict(workspace, pdf, str(path), parent)


def verify_signed(workspace, draft_id: str, parent: QWidget | None):
    """The verdict on the newest signed version of a form kept in the database."""
    latest = workspace.latest_signed(draft_id)
    if latest is None:
        message(parent, _tr("Preveri podpis"), _tr("Obrazec ni podpisan."), QMessageBox.Information)
        return None
    draft = workspace.draft(draft_id)
    document = _tr("{code} – {title}, podpisana različica {v} (shranjena v zbirki)").format(
        code=draft.form_code, title=draft.title or _tr("(brez imena)"), v=latest.version)
    return show_verdict(workspace, latest.pdf, document, parent)


# --- the main window's actions -----------------------------------------------------------------------


class SigningActions:
    """The main window's signing actions and their state for the selected form."""

    def __init__(self, window, forms_menu, tools_menu):
        self.window = window

        def action(text: str, slot, shortcut: str | None = None, tip: str = "") -> QAction:
            act = QAction(text, window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            if tip:
                act.setStatusTip(tip)
                act.setToolTip(tip)
            act.triggered.connect(slot)
            return act

        self.sign = action(_tr("Podpiši in &izvozi…"), self.sign_selected, "Ctrl+Shift+S",
                           _tr("Elektronsko podpiši izbrani zaključen obrazec in shrani podpisani PDF (Ctrl+Shift+S)"))
        self.correct = action(_tr("Popravek (nova &različica)"), self.correct_selected, None,
                              _tr("Podpisan obrazec ostane, kot je; popravek je nov osnutek z njegovimi podatki"))
        self.verify_selected = action(_tr("Preveri &podpis obrazca"), self.verify_selected_form, None,
                                      _tr("Preveri podpis shranjene podpisane različice izbranega obrazca"))
        self.verify_file = action(_tr("Preveri podpis &PDF…"), self.verify_pdf_file, "Ctrl+Shift+V",
                                  _tr("Odpri datoteko PDF in preveri njen elektronski podpis (Ctrl+Shift+V)"))
        self.keys = action(_tr("&Ključi za podpisovanje…"), self.open_keys, None,
                           _tr("Uvozi ključ uradne osebe, izberi zaupanja vredne izdajatelje"))
        before = window.reopen_action if window.reopen_action in forms_menu.actions() else None
        for act in (self.sign, self.correct, self.verify_selected):
            forms_menu.insertAction(before, act) if before else forms_menu.addAction(act)
        if before:
            forms_menu.insertSeparator(before)
        tools_menu.addSeparator()
        tools_menu.addAction(self.keys)
        tools_menu.addAction(self.verify_file)
        for act in (self.sign, self.correct, self.verify_selected):
            window.table.addAction(act)

    def selected_signed(self) -> int:
        from app.ui.drafts_model import SIGNED_ROLE

        rows = self.window.table.selectionModel().selectedRows() if self.window.table.selectionModel() else []
        return int(rows[0].data(SIGNED_ROLE) or 0) if rows else 0

    def update(self) -> None:
        window = self.window
        has = window.selected_id() is not None
        finished = has and window.selected_status() == FINISHED
        signed = self.selected_signed() > 0
        self.sign.setEnabled(finished)
        self.sign.setText(_tr("Izvozi &podpisani PDF…") if signed else _tr("Podpiši in &izvozi…"))
        self.correct.setEnabled(signed)
        self.correct.setVisible(signed or not has)
        self.verify_selected.setEnabled(signed)
        self.verify_selected.setVisible(signed or not has)
        window.reopen_action.setVisible(not signed)  # a signed form is final
        window.reopen_action.setEnabled(finished and not signed)

    # slots
    def sign_selected(self) -> None:
        draft_id = self.window.selected_id()
        if not draft_id:
            return
        version = sign_draft(self.window.workspace, draft_id, self.window)
        if version:
            self.window.refresh(keep=draft_id)
            wizard = self.window.wizards.get(draft_id)
            if wizard is not None:
                wizard.reload_signed()

    def correct_selected(self) -> None:
        draft_id = self.window.selected_id()
        if not draft_id or not self.selected_signed():
            return
        new = correct_draft(self.window.workspace, draft_id, self.window)
        if new is not None:
            self.window.refresh(keep=new.id)
            self.window.open_draft(new.id)

    def verify_selected_form(self) -> None:
        draft_id = self.window.selected_id()
        if draft_id:
            verify_signed(self.window.workspace, draft_id, self.window)

    def verify_pdf_file(self) -> None:
        verify_file(self.window.workspace, self.window)

    def open_keys(self) -> None:
        open_keys_dialog(self.window.workspace, self.window)


def install_signing_actions(window, forms_menu, tools_menu) -> SigningActions:
    """Add the signing actions to the window's menus and the list's context menu (window.signing)."""
    window.signing = SigningActions(window, forms_menu, tools_menu)
    return window.signing
