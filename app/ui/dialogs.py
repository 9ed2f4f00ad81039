"""Small dialog helpers: Slovenian texts on standard buttons (Qt ships none for them) and a yes/no question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def localize_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Slovenian texts on a button box's standard buttons."""
    texts = {QDialogButtonBox.Ok: _tr("V redu"), QDialogButtonBox.Cancel: _tr("Prekliči"),
             QDialogButtonBox.Yes: _tr("Da"), QDialogButtonBox.No: _tr("Ne"), QDialogButtonBox.Close: _tr("Zapri")}
    for which, text in texts.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes: str | None = None, no: str | None = None) -> bool:
    """Ask a yes/no question; »no« is the default (Enter and Esc keep things as they are)."""
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.NoButton, parent)
    yes_button = box.addButton(yes or _tr("Da"), QMessageBox.YesRole)
    no_button = box.addButton(no or _tr("Ne"), QMessageBox.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def run_dialog(dialog) -> bool:
    """Show a modal dialog and say whether the official confirmed it (tests replace this to answer for them)."""
    from PySide6.QtWidgets import QDialog

    return dialog.exec() == QDialog.Accepted


def fitted_size(window: QWidget, width: int, height: int) -> QSize:
    """`width` x `height`, made smaller where the screen's free area (without panels and the title bar)
    is smaller, e.g. on a laptop's 1366 x 768: a window never opens larger than the screen."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    area = screen.availableGeometry()
    frame = 32  # the title bar and borders the window manager adds
    return QSize(max(window.minimumWidth(), min(width, area.width() - 8)),
                 max(window.minimumHeight(), min(height, area.height() - frame)))
