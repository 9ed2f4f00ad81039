"""Signing in: the first start (the station's first administrator), the login and a new password.

Each dialog does its work when confirmed and stays open with the reason shown under the fields when
it fails (a wrong password with the attempts left, a lockout with the seconds, a switched-off account);
`workspace` holds the opened workspace once it succeeds. Argon2id takes a quarter of a second, so the
work runs with a wait cursor and the button disabled, in the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from app.paths import APP_NAME
from app.workspace.accounts import (
    LOCKOUT_AFTER, BadCredentials, LockedOut, NoVault, VaultError, WeakPassword, normalize_username, password_problem,
)
from app.ui.dialogs import localize_buttons
from app.ui.i18n import message_text

ERROR_STYLE = "color: #b00020"
NOTE_STYLE = "color: #555555"


class _Busy:
    """A wait cursor while Argon2id works (about a quarter of a second)."""

    def __enter__(self):
        QApplication.setOverrideCursor(Qt.WaitCursor)
        return self

    def __exit__(self, *_exc):
        QApplication.restoreOverrideCursor()
        return False


def password_field(parent: QWidget, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.Password)
    field.setAttribute(Qt.WA_InputMethodEnabled, False)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def seconds_left(until: dt.datetime) -> int:
    return max(0, int((until - dt.datetime.now(dt.timezone.utc)).total_seconds() + 0.999))


class _Dialog(QDialog):
    """A small form with a message line under it and OK / Cancel; `submit` does the work."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowContextHelpButtonHint, False)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2)
        self.message.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(ok_text)
        # Enter proceeds; Tab never reaches Prekliči, so a space typed in a name cannot close the dialog
        # (Esc or a click still cancels)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setFocusPolicy(Qt.NoFocus)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)

    def _finish_layout(self, heading: str | None = None, note: str | None = None) -> None:
        if heading:
            label = QLabel(heading, self)
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            label.setFont(font)
            self.layout_.addWidget(label)
        if note:
            label = QLabel(note, self)
            label.setWordWrap(True)
            label.setStyleSheet(NOTE_STYLE)
            self.layout_.addWidget(label)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.fit_message()

    def fit_message(self) -> None:
        """Make the message line as tall as its wrapped text, growing the dialog (a long reason such as
        »… zaklepom računa: 4 od 5.« is never cut off)."""
        margins = self.layout_.contentsMargins()
        width = self.message.width() if self.message.isVisible() else self.width() - margins.left() - margins.right()
        needed = self.message.heightForWidth(max(100, width))
        self.message.setMinimumHeight(max(self.message.fontMetrics().lineSpacing() * 2, needed))
        self.layout_.activate()
        if self.height() < self.minimumSizeHint().height():
            self.resize(self.width(), self.minimumSizeHint().height())

    def submit(self) -> bool:  # pragma: no cover - every dialog has its own
        raise NotImplementedError


class PasswordRows:
    """A new password and its repetition with the rules checked as they are typed."""

    def __init__(self, dialog: "_Dialog", username_of):
        self.dialog, self.username_of = dialog, username_of
        self.password = password_field(dialog)
        self.repeat = password_field(dialog)
        self.password.textChanged.connect(self.check)
        self.repeat.textChanged.connect(self.check)

    def problem(self) -> str | None:
        problem = password_problem(self.password.text(), normalize_username(self.username_of()))
        if problem is None and self.repeat.text() != self.password.text():
            problem = QApplication.translate("login", "Gesli se ne ujemata.")
        return problem

    def check(self, _text: str = "") -> None:
        if not self.password.text():
            self.dialog.message.clear()
            return
        problem = password_problem(self.password.text(), normalize_username(self.username_of()))
        if problem is None and self.repeat.text() and self.repeat.text() != self.password.text():
            problem = QApplication.translate("login", "Gesli se ne ujemata.")
        if problem:
            self.dialog.show_error(problem)
        else:
            self.dialog.message.setStyleSheet("color: #1b6e20")
            self.dialog.message.setText(QApplication.translate("login", "Geslo ustreza pravilom."))


class FirstStartDialog(_Dialog):
    """The station's first start: the first administrator's account (the database is encrypted with a
    new key that this password unlocks) and the station settings new forms start from: the office's
    heading stamp (organ), the administrative unit (from its code list, with type-ahead) and the place."""

    def __init__(self, db_path: str | Path | None, kdf=None, parent: QWidget | None = None):
        from app.workspace.records import administrative_units

        super().__init__(self.tr("Prvi zagon – {app}").format(app=APP_NAME), self.tr("Ustvari skrbnika"), parent)
        self.db_path, self.kdf = db_path, kdf
        self.workspace = None
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("kot se izpiše na obrazcih, npr. Mojca Žagar"))
        self.passwords = PasswordRows(self, self.username.text)
        self.password, self.repeat = self.passwords.password, self.passwords.repeat
        self.office = QPlainTextEdit(self)
        self.office.setTabChangesFocus(True)
        self.office.setPlaceholderText(self.tr("npr. Republika Slovenija, Upravna enota Ljubljana, Tobačna 5, "
                                               "1000 Ljubljana"))
        self.office.setFixedHeight(self.office.fontMetrics().lineSpacing() * 3 + 14)
        self.unit = QComboBox(self)
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.NoInsert)
        self.unit.addItem("", "")
        for value, label in administrative_units():
            self.unit.addItem(label, value)
        completer = QCompleter([self.unit.itemText(i) for i in range(1, self.unit.count())], self.unit)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.unit.setCompleter(completer)
        self.unit.lineEdit().setPlaceholderText(self.tr("začnite tipkati, npr. Ljub"))
        self.place = QLineEdit(self)
        self.form.addRow(self.tr("&Uporabniško ime:"), self.username)
        self.form.addRow(self.tr("&Ime in priimek:"), self.display_name)
        self.form.addRow(self.tr("&Geslo:"), self.password)
        self.form.addRow(self.tr("&Ponovite geslo:"), self.repeat)
        station = QLabel(self.tr("Podatki urada (privzeti na novih obrazcih; spremenite jih v Nastavitvah)"), self)
        station.setStyleSheet(NOTE_STYLE)
        self.form.addRow(station)
        office_label = QLabel(self.tr("&Organ (zglavna štampiljka):"), self)
        office_label.setBuddy(self.office)
        self.form.addRow(office_label, self.office)
        self.form.addRow(self.tr("Upravna &enota:"), self.unit)
        self.form.addRow(self.tr("&Kraj:"), self.place)
        self._finish_layout(self.tr("Prvi skrbnik te postaje"), self.tr(
            "Podatki na tej postaji bodo šifrirani. Ustvarite račun prvega skrbnika; skrbnik nato doda "
            "račune uradnih oseb. Geslo mora imeti vsaj 10 znakov. Pozabljenega gesla ni mogoče obnoviti – "
            "novo geslo lahko da le drug skrbnik."))
        self.username.textChanged.connect(self.passwords.check)
        self.passwords.check()
        self.username.setFocus()

    def unit_value(self) -> str | None:
        """The chosen administrative unit's code ("" when none; None when the text names no unit)."""
        text = " ".join(self.unit.currentText().split())
        if not text:
            return ""
        for index in range(1, self.unit.count()):
            if self.unit.itemText(index).casefold() == text.casefold():
                return self.unit.itemData(index)
        matches = [i for i in range(1, self.unit.count()) if text.casefold() in self.unit.itemText(i).casefold()]
        return self.unit.itemData(matches[0]) if len(matches) == 1 else None

    def station_values(self) -> dict[str, str]:
        return {"office": self.office.toPlainText().strip(), "administrative_unit": self.unit_value() or "",
                "default_place": " ".join(self.place.text().split())}

    def problem(self) -> str | None:
        """What keeps the account from being made, or None."""
        username = normalize_username(self.username.text())
        if not username:
            return self.tr("Vpišite uporabniško ime.")
        if not self.display_name.text().strip():
            return self.tr("Vpišite ime in priimek, kot se izpiše na obrazcih.")
        if self.unit_value() is None:
            return self.tr("Upravne enote »{text}« ni na seznamu; izberite jo s seznama ali pustite polje "
                           "prazno.").format(text=self.unit.currentText().strip())
        return self.passwords.problem()

    def submit(self) -> bool:
        from app.workspace import first_start

        problem = self.problem()
        if problem:
            self.show_error(problem)
            return False
        self.ok_button.setEnabled(False)
        try:
            with _Busy():
                if self.workspace is None:
                    self.workspace = first_start(self.db_path, self.username.text(), self.password.text(),
                                                 " ".join(self.display_name.text().split()), kdf=self.kdf)
                self.workspace.set_station(**self.station_values())
        except Exception as exc:  # VaultError, AccountError, the disk: say so and keep the form
            self.show_error(message_text(exc))
            return False
        finally:
            self.ok_button.setEnabled(True)
        self.password.clear()
        self.repeat.clear()
        self.accept()
        return True

    def reject(self) -> None:
        """Esc or Prekliči: the program cannot be used without its first administrator, so ask first."""
        if self.workspace is None and self.isVisible() and not self.confirm_quit():
            return
        super().reject()

    def quit_question(self) -> tuple[QMessageBox, object]:
        """The question asked before quitting the first start, and its »Končaj« button (Enter and Esc
        continue the first start)."""
        box = QMessageBox(QMessageBox.Question, self.windowTitle(), self.tr(
            "Prvi zagon ni končan: brez prvega skrbnika programa ni mogoče uporabljati. Želite končati?"),
            QMessageBox.NoButton, self)
        quit_button = box.addButton(self.tr("&Končaj"), QMessageBox.DestructiveRole)
        stay = box.addButton(self.tr("&Nadaljuj prvi zagon"), QMessageBox.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        return box, quit_button

    def confirm_quit(self) -> bool:
        box, quit_button = self.quit_question()
        box.exec()
        return box.clickedButton() is quit_button


class LoginDialog(_Dialog):
    """User name and password; the reason a login fails is shown under them."""

    def __init__(self, db_path: str | Path | None, kdf=None, username: str = "", parent: QWidget | None = None,
                 note: str | None = None):
        super().__init__(self.tr("Prijava – {app}").format(app=APP_NAME), self.tr("Prijava"), parent)
        self.db_path, self.kdf = db_path, kdf
        self.workspace = None
        #: the password just typed, kept only when the account must change it (the next dialog needs it)
        self.current_password: str | None = None
        self.locked_until: dt.datetime | None = None
        self.username = QLineEdit(username, self)
        self.password = password_field(self)
        self.form.addRow(self.tr("&Uporabniško ime:"), self.username)
        self.form.addRow(self.tr("&Geslo:"), self.password)
        self._finish_layout(self.tr("Prijava"), note)
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._show_lockout)
        (self.password if username else self.username).setFocus()

    def submit(self) -> bool:
        from app.workspace.accounts import AccountError
        from app.workspace import AccountDisabled, login

        username = normalize_username(self.username.text())
        if not username:
            self.show_error(self.tr("Vpišite uporabniško ime."))
            self.username.setFocus()
            return False
        if not self.password.text():
            self.show_error(self.tr("Vpišite geslo."))
            self.password.setFocus()
            return False
        self._countdown.stop()
        self.ok_button.setEnabled(False)
        try:
            with _Busy():
                self.workspace = login(self.db_path, username, self.password.text(), kdf=self.kdf)
        except BadCredentials as exc:
            self.show_error(bad_credentials_text(exc))
            self._retry()
            return False
        except LockedOut as exc:
            self.locked_until = exc.until
            self._show_lockout()
            self._countdown.start()
            self._retry()
            return False
        except AccountDisabled as exc:
            self.show_error(message_text(exc))
            self._retry()
            return False
        except NoVault:
            self.show_error(self.tr("Ta postaja še nima uporabniških računov (datoteke s ključi ni). "
                                    "Zaprite program in ga odprite znova za prvi zagon."))
            return False
        except (VaultError, AccountError) as exc:
            self.show_error(message_text(exc))
            self._retry()
            return False
        except Exception as exc:  # the database cannot be opened (damaged, another key): say so, never crash
            self.show_error(self.tr("Zbirke podatkov ni mogoče odpreti: {error}").format(error=message_text(exc)))
            self._retry()
            return False
        finally:
            self.ok_button.setEnabled(True)
        if self.workspace.account.must_change_password:
            self.current_password = self.password.text()
        self.password.clear()
        self.accept()
        return True

    def _retry(self) -> None:
        self.password.clear()
        self.password.setFocus()

    def _show_lockout(self) -> None:
        left = seconds_left(self.locked_until) if self.locked_until else 0
        if left <= 0:
            self._countdown.stop()
            self.show_error(self.tr("Račun ni več zaklenjen; poskusite znova."))
            return
        self.show_error(lockout_text(left))


def bad_credentials_text(exc: BadCredentials) -> str:
    """»Wrong user name or password« with the attempts left before the account locks."""
    tr = QApplication.translate
    text = tr("login", "Napačno uporabniško ime ali geslo. Preverite, ali je vklopljena tipka Caps Lock.")
    if exc.remaining is not None:
        text += " " + tr("login", "Preostali poskusi pred začasnim zaklepom računa: {n} od {total}.").format(
            n=max(0, exc.remaining), total=LOCKOUT_AFTER)
    return text


def lockout_text(seconds: int) -> str:
    return QApplication.translate("login", "Račun je zaradi ponavljajočih se napačnih gesel začasno zaklenjen "
                                           "še {s} s. Počakajte ali prosite skrbnika za novo geslo.").format(s=seconds)


class ChangePasswordDialog(_Dialog):
    """The user's own new password. At the first login (`current` is the password just typed) it must be
    changed before the main window opens, and the current password is not asked again."""

    def __init__(self, workspace, current: str | None = None, parent: QWidget | None = None):
        forced = current is not None
        super().__init__(self.tr("Novo geslo"), self.tr("Spremeni geslo"), parent)
        self.workspace = workspace
        self._current = current
        self.old = password_field(self)
        self.passwords = PasswordRows(self, lambda: workspace.user)
        self.new, self.repeat = self.passwords.password, self.passwords.repeat
        if not forced:
            self.form.addRow(self.tr("&Sedanje geslo:"), self.old)
        else:
            self.old.hide()
        self.form.addRow(self.tr("&Novo geslo:"), self.new)
        self.form.addRow(self.tr("&Ponovite novo geslo:"), self.repeat)
        note = (self.tr("Skrbnik vam je dal začetno geslo. Pred začetkom dela si izberite svoje geslo "
                        "(vsaj 10 znakov); pozna ga le vi.") if forced else
                self.tr("Geslo mora imeti vsaj 10 znakov in ne sme biti enako uporabniškemu imenu."))
        self._finish_layout(self.tr("Novo geslo za {name}").format(name=workspace.account.display_name), note)
        (self.new if forced else self.old).setFocus()

    def submit(self) -> bool:
        from app.engine.roles import NotAllowed

        old = self._current if self._current is not None else self.old.text()
        new = self.new.text()
        problem = self.passwords.problem()
        if problem is None and new == old:
            problem = self.tr("Novo geslo mora biti drugačno od sedanjega.")
        if problem:
            self.show_error(problem)
            return False
        self.ok_button.setEnabled(False)
        try:
            with _Busy():
                self.workspace.change_password(old, new)
        except BadCredentials:
            self.show_error(self.tr("Sedanje geslo ni pravo."))
            self.old.clear()
            self.old.setFocus()
            return False
        except LockedOut as exc:
            self.show_error(lockout_text(seconds_left(exc.until)))
            return False
        except (WeakPassword, VaultError, NotAllowed) as exc:
            self.show_error(message_text(exc))
            return False
        except Exception as exc:
            self.show_error(self.tr("Gesla ni bilo mogoče spremeniti: {error}").format(error=message_text(exc)))
            return False
        finally:
            self.ok_button.setEnabled(True)
        self._current = None
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self.accept()
        return True
