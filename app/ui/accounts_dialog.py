"""Uporabniški računi (administrator): the station's accounts; add one with a first password the user
changes at the first login, give a new password, change a role, switch an account off or on again.

Every change goes through the workspace (which checks the role and writes the audit trail); what it
refuses is shown under the list or in the small dialog that asked for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.engine.roles import ROLE_NAMES, ROLES, NotAllowed
from app.workspace.accounts import AccountError, VaultError, normalize_username
from app.ui import dialogs
from app.ui.login import ERROR_STYLE, PasswordRows, _Busy, _Dialog
from app.ui.i18n import message_text

USER_ROLE = Qt.UserRole
_REFUSED = (AccountError, VaultError, NotAllowed)


def role_names() -> list[tuple[str, str]]:
    """(role, its name) from the least to the most."""
    tr = QApplication.translate
    names = {"official": tr("accounts", "uradna oseba (izpolnjuje, podpisuje, tiska)"),
             "supervisor": tr("accounts", "nadzornik (tudi razveljavi, popravi podpisano, revizijska sled)"),
             "administrator": tr("accounts", "skrbnik (tudi računi, šifranti, nastavitve)")}
    return [(role, names.get(role, ROLE_NAMES.get(role, role))) for role in ROLES]


class AddAccountDialog(_Dialog):
    """A new account: user name, name as printed on forms, role and a first password."""

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(self.tr("Nov uporabniški račun"), self.tr("Dodaj račun"), parent)
        self.workspace = workspace
        self.account = None
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("npr. mzagar"))
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("kot se izpiše na obrazcih"))
        self.role = QComboBox(self)
        for role, name in role_names():
            self.role.addItem(name, role)
        self.passwords = PasswordRows(self, self.username.text)
        self.form.addRow(self.tr("&Uporabniško ime:"), self.username)
        self.form.addRow(self.tr("&Ime in priimek:"), self.display_name)
        self.form.addRow(self.tr("&Vloga:"), self.role)
        self.form.addRow(self.tr("&Začetno geslo:"), self.passwords.password)
        self.form.addRow(self.tr("&Ponovite geslo:"), self.passwords.repeat)
        self._finish_layout(None, self.tr("Začetno geslo sporočite uporabniku osebno; ob prvi prijavi si "
                                          "izbere svoje geslo."))

    def set_role(self, role: str) -> None:
        self.role.setCurrentIndex(self.role.findData(role))

    def submit(self) -> bool:
        if not normalize_username(self.username.text()):
            self.show_error(self.tr("Vpišite uporabniško ime."))
            return False
        if not self.display_name.text().strip():
            self.show_error(self.tr("Vpišite ime in priimek, kot se izpiše na obrazcih."))
            return False
        problem = self.passwords.problem()
        if problem:
            self.show_error(problem)
            return False
        try:
            with _Busy():
                self.account = self.workspace.add_account(self.username.text(), " ".join(self.display_name.text().split()),
                                                          self.role.currentData(), self.passwords.password.text())
        except _REFUSED as exc:
            self.show_error(message_text(exc))
            return False
        self.accept()
        return True


class ResetPasswordDialog(_Dialog):
    """A new password for a user (also switches a switched-off account on); changed at the next login."""

    def __init__(self, workspace, account, parent: QWidget | None = None):
        super().__init__(self.tr("Novo geslo za {user}").format(user=account.username), self.tr("Nastavi geslo"), parent)
        self.workspace, self.target = workspace, account
        self.passwords = PasswordRows(self, lambda: account.username)
        self.form.addRow(self.tr("&Novo geslo:"), self.passwords.password)
        self.form.addRow(self.tr("&Ponovite geslo:"), self.passwords.repeat)
        note = self.tr("{name} si ob naslednji prijavi izbere svoje geslo.").format(name=account.display_name)
        if not account.active:
            note += " " + self.tr("Račun je izklopljen; z novim geslom se spet vklopi.")
        self._finish_layout(None, note)

    def submit(self) -> bool:
        problem = self.passwords.problem()
        if problem:
            self.show_error(problem)
            return False
        try:
            with _Busy():
                self.workspace.reset_password(self.target.username, self.passwords.password.text())
        except _REFUSED as exc:
            self.show_error(message_text(exc))
            return False
        self.accept()
        return True


class RoleDialog(_Dialog):
    """Another role for an account."""

    def __init__(self, workspace, account, parent: QWidget | None = None):
        super().__init__(self.tr("Vloga za {user}").format(user=account.username), self.tr("Spremeni vlogo"), parent)
        self.workspace, self.target = workspace, account
        self.role = QComboBox(self)
        for role, name in role_names():
            self.role.addItem(name, role)
        self.role.setCurrentIndex(self.role.findData(account.role))
        self.form.addRow(self.tr("&Vloga:"), self.role)
        self._finish_layout(None, self.tr("Vloga določa, kaj uporabnik v programu vidi in sme narediti."))

    def set_role(self, role: str) -> None:
        self.role.setCurrentIndex(self.role.findData(role))

    def submit(self) -> bool:
        try:
            self.workspace.set_role(self.target.username, self.role.currentData())
        except _REFUSED as exc:
            self.show_error(message_text(exc))
            return False
        self.accept()
        return True


class AccountsDialog(QDialog):
    """The list of accounts and what an administrator does with them."""

    changed = Signal()               # an account was added or changed
    own_account_changed = Signal()   # the logged-in administrator's own account changed (e.g. the role)

    COLUMNS = ("username", "display_name", "role", "state")

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Uporabniški računi"))
        self.setWindowFlag(Qt.WindowContextHelpButtonHint, False)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr("Uporabnik"), self.tr("Ime in priimek"), self.tr("Vloga"),
                                              self.tr("Stanje")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.change_role())
        self.add_button = QPushButton(self.tr("&Dodaj…"), self)
        self.reset_button = QPushButton(self.tr("&Novo geslo…"), self)
        self.role_button = QPushButton(self.tr("Spremeni &vlogo…"), self)
        self.off_button = QPushButton(self.tr("&Izklopi"), self)
        self.rekey_button = QPushButton(self.tr("Zamenjaj &ključ…"), self)
        self.rekey_button.setToolTip(self.tr("Nov podatkovni ključ (ob sumu, da je ključ ali datoteka s ključi "
                                             "ušla): stare datoteke s ključi zbirke ne odprejo več."))
        self.close_button = QPushButton(self.tr("Zapri"), self)
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.off_button.clicked.connect(self.toggle_active)
        self.rekey_button.clicked.connect(self.rotate_key)
        self.close_button.clicked.connect(self.close)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.reset_button, self.role_button, self.off_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.rekey_button.setAutoDefault(False)
        buttons.addWidget(self.rekey_button)
        buttons.addWidget(self.close_button)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        note = QLabel(self.tr("Izklopljen račun se ne more več prijaviti; njegovi zapisi ostanejo. Gesla ne "
                              "vidi nihče – skrbnik lahko da le novo, ki ga uporabnik ob prijavi zamenja."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555")
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(note)
        self.resize(820, 420)
        self.reload()

    # --- list ----------------------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        keep = keep or self.selected_username()
        try:
            accounts = self.workspace.list_accounts()
        except Exception as exc:
            self.show_error(self.tr("Računov ni bilo mogoče prebrati: {error}").format(error=message_text(exc)))
            return
        self.accounts = {a.username: a for a in accounts}
        self.table.setRowCount(len(accounts))
        grey = QBrush(QColor("#888888"))
        for row, account in enumerate(accounts):
            if not account.active:
                state = self.tr("izklopljen")
            elif account.must_change_password:
                state = self.tr("dejaven, mora zamenjati geslo")
            else:
                state = self.tr("dejaven")
            me = self.tr(" (vi)") if account.username == self.workspace.user else ""
            for column, text in enumerate((account.username + me, account.display_name, message_text(account.role_name), state)):
                item = QTableWidgetItem(text)
                item.setData(USER_ROLE, account.username)
                if not account.active:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
            if account.username == keep:
                self.table.selectRow(row)
        if self.selected_username() is None and accounts:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_username(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(USER_ROLE) if rows else None

    def select(self, username: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(USER_ROLE) == normalize_username(username):
                self.table.selectRow(row)
                return

    def selected(self):
        name = self.selected_username()
        return self.accounts.get(name) if name else None

    def rows(self) -> list[tuple[str, str, str, str]]:
        """The table as text (user, name, role, state)."""
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.reset_button, self.role_button, self.off_button):
            button.setEnabled(account is not None)
        if account is not None:
            self.off_button.setText(self.tr("&Izklopi") if account.active else self.tr("&Vklopi z novim geslom…"))
            self.off_button.setEnabled(not (account.active and account.username == self.workspace.user))

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("color: #1b6e20")
        self.message.setText(text)

    def _changed(self, username: str, info: str) -> None:
        self.reload(keep=username)
        self.show_info(info)
        self.changed.emit()
        if normalize_username(username) == self.workspace.user:
            self.own_account_changed.emit()

    # --- actions -------------------------------------------------------------------------------------
    def add(self):
        dialog = AddAccountDialog(self.workspace, self)
        if not dialogs.run_dialog(dialog) or dialog.account is None:
            return None
        account = dialog.account
        self._changed(account.username, self.tr("Račun {user} ({name}, {role}) je dodan; ob prvi prijavi si "
                                                "uporabnik izbere svoje geslo.").format(
            user=account.username, name=account.display_name, role=message_text(account.role_name)))
        return account

    def reset_password(self) -> bool:
        account = self.selected()
        if account is None:
            return False
        if not dialogs.run_dialog(ResetPasswordDialog(self.workspace, account, self)):
            return False
        self._changed(account.username, self.tr("{user} ima novo geslo; ob naslednji prijavi ga zamenja.").format(
            user=account.username))
        return True

    def change_role(self) -> bool:
        account = self.selected()
        if account is None:
            return False
        if not dialogs.run_dialog(RoleDialog(self.workspace, account, self)):
            return False
        account = self.accounts.get(account.username, account)
        self._changed(account.username, self.tr("Vloga računa {user} je spremenjena.").format(user=account.username))
        return True

    def toggle_active(self) -> bool:
        """Switch the selected account off (after asking), or on again with a new password."""
        account = self.selected()
        if account is None:
            return False
        if not account.active:
            return self.reset_password()
        box = QMessageBox(QMessageBox.Question, self.tr("Izklopi račun"), self.tr(
            "Izklopim račun {user} ({name})? Uporabnik se ne bo več mogel prijaviti; njegovi zapisi ostanejo. "
            "Račun lahko pozneje spet vklopite z novim geslom.").format(user=account.username,
                                                                       name=account.display_name),
            QMessageBox.NoButton, self)
        yes = box.addButton(self.tr("Izklopi"), QMessageBox.AcceptRole)
        no = box.addButton(self.tr("Prekliči"), QMessageBox.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        dialogs.run_dialog(box)
        if box.clickedButton() is not yes:
            return False
        try:
            self.workspace.set_active(account.username, False, progress=self._progress)
        except _REFUSED as exc:
            self.show_error(message_text(exc))
            return False
        self._changed(account.username, self.tr("Račun {user} je izklopljen; podatkovni ključ je zamenjan, zato "
                                                "njegove stare datoteke s ključi zbirke ne odprejo več.").format(
            user=account.username))
        return True

    def _progress(self, text: str) -> None:
        """The key rotation's messages (its start and its end) as they come."""
        from PySide6.QtWidgets import QApplication

        self.show_info(text)
        QApplication.processEvents()

    def rotate_key(self) -> bool:
        """A new data key by hand (after asking): the database is re-encrypted with it."""
        box = QMessageBox(QMessageBox.Question, self.tr("Zamenjaj podatkovni ključ"), self.tr(
            "Zbirko podatkov šifriram z novim ključem? Stare datoteke s ključi (tudi v varnostnih kopijah) je ne "
            "bodo več odprle; varnostne kopije same ostanejo berljive s svojimi ključi. Pri veliki zbirki traja "
            "nekaj sekund."), QMessageBox.NoButton, self)
        yes = box.addButton(self.tr("Zamenjaj ključ"), QMessageBox.AcceptRole)
        no = box.addButton(self.tr("Prekliči"), QMessageBox.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        dialogs.run_dialog(box)
        if box.clickedButton() is not yes:
            return False
        try:
            done = self.workspace.rotate_key("manual", progress=self._progress)
        except Exception as exc:  # noqa: BLE001 - the store's message says what to do
            self.show_error(message_text(exc))
            return False
        text = self.tr("Ključ je zamenjan ({seconds} s).").format(seconds=f"{done.seconds:.1f}".replace(".", ","))
        if done.removed:
            text += " " + self.tr("Brez ključa so ostali (potrebujejo novo geslo): {users}.").format(
                users=", ".join(done.removed))
        self.show_info(text)
        self.changed.emit()
        return True
