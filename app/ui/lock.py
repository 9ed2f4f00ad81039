"""Locking the session: the idle watcher, the lock screen, and hiding the other windows while locked.

The idle watcher is one application-wide event filter that notes the time of the last key, mouse
button, mouse move or wheel event (a float written per event, nothing more) and one single-shot timer
that fires when the idle time may have run out; it also catches Ctrl+L in windows where the lock
action's shortcut cannot reach (a modal dialog).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QToolTip, QVBoxLayout, QWidget,
)

from app.ui.login import ERROR_STYLE, password_field

DEFAULT_LOCK_MINUTES = 5.0
SETTING = "lock_after_minutes"

_INPUT_EVENTS = frozenset({QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseButtonDblClick,
                           QEvent.MouseMove, QEvent.Wheel, QEvent.TouchBegin, QEvent.TabletPress})


def lock_minutes(workspace) -> float:
    """The idle time before the session locks, from the station's settings (default 5 minutes)."""
    try:
        value = float(str(workspace.station_setting(SETTING, "") or DEFAULT_LOCK_MINUTES).replace(",", "."))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES
    return value if value > 0 else DEFAULT_LOCK_MINUTES


class IdleWatcher(QObject):
    """Emits `idle` when no input came for `limit_ms`, and `lock_key` on Ctrl+L anywhere in the app."""

    idle = Signal()
    lock_key = Signal()

    def __init__(self, limit_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self.limit_ms = max(1, int(limit_ms))
        self.last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._installed = False

    def start(self) -> None:
        app = QApplication.instance()
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self.last_input = time.monotonic()
        self._timer.start(self.limit_ms)

    def stop(self) -> None:
        """No more watching (while the lock screen shows, and when the session ends)."""
        self._timer.stop()
        app = QApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    @property
    def active(self) -> bool:
        return self._installed

    def set_limit_ms(self, limit_ms: int) -> None:
        self.limit_ms = max(1, int(limit_ms))
        if self._installed:
            self._check()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.last_input = time.monotonic()
            if kind == QEvent.KeyPress and event.key() == Qt.Key_L and \
                    event.modifiers() & Qt.ControlModifier and not event.isAutoRepeat():
                self.lock_key.emit()
                return True
        return False

    def _check(self) -> None:
        left_ms = self.limit_ms - (time.monotonic() - self.last_input) * 1000
        if left_ms <= 0:
            self.idle.emit()
        elif self._installed:
            self._timer.start(max(1, int(left_ms) + 1))


class LockScreen(QWidget):
    """»Zaklenjeno«, the user, the password and »Odkleni«, and »Prijava drugega uporabnika«; nothing else."""

    unlock_requested = Signal(str)
    switch_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self.heading = QLabel(self.tr("Zaklenjeno"), self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignCenter)
        self.user_label = QLabel(self)
        self.user_label.setAlignment(Qt.AlignCenter)
        self.user_label.setTextFormat(Qt.PlainText)
        user_font = QFont(self.user_label.font())
        user_font.setPointSizeF(user_font.pointSizeF() * 1.2)
        self.user_label.setFont(user_font)
        self.password = password_field(self, self.tr("Geslo"))
        self.password.setMinimumWidth(280)
        self.password.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("Odkleni"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)
        self.message.setAlignment(Qt.AlignCenter)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3)
        self.switch_button = QPushButton(self.tr("Prijava drugega uporabnika"), self)
        self.switch_button.setAutoDefault(False)
        self.switch_button.setToolTip(self.tr("Zapre okna tega uporabnika (vse je shranjeno) in odpre prijavo"))
        self.switch_button.clicked.connect(self.switch_requested)
        self.note = QLabel(self.tr("Odprta okna in vpisani podatki so shranjeni in se vrnejo po odklepu."), self)
        self.note.setAlignment(Qt.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555")

        box = QFrame(self)
        box.setObjectName("lock_box")
        box.setFrameShape(QFrame.StyledPanel)
        box.setMaximumWidth(460)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(28, 24, 28, 20)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.user_label)
        inner.addSpacing(8)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(self.note)
        inner.addSpacing(6)
        inner.addWidget(self.switch_button, 0, Qt.AlignCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box, 3)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(3)

    def reset(self, display_name: str, username: str) -> None:
        self.user_label.setText(self.tr("{name} ({user})").format(name=display_name, user=username))
        self.password.clear()
        self.message.clear()
        self.unlock_button.setEnabled(True)
        self.password.setFocus()

    def clear(self) -> None:
        """Nothing of the user stays on the (hidden) lock screen."""
        self.user_label.clear()
        self.password.clear()
        self.message.clear()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.password.clear()
        self.password.setFocus()

    def _unlock(self) -> None:
        if not self.password.text():
            self.show_error(self.tr("Vpišite geslo."))
            return
        password = self.password.text()
        self.password.clear()
        self.unlock_requested.emit(password)


def _hideable(widget: QWidget, keep: QWidget) -> bool:
    if widget is keep or not widget.isWindow() or not widget.isVisible():
        return False
    kind = widget.windowType()
    return kind not in (Qt.Popup, Qt.ToolTip, Qt.SplashScreen, Qt.Desktop)


def hide_other_windows(keep: QWidget) -> list[QWidget]:
    """Hide every visible window of the app except `keep` (menus and tooltips close); return the hidden
    ones that can come back as they were. A modal dialog cannot wait hidden (Qt ends it when hidden):
    it is cancelled, as with Esc."""
    QToolTip.hideText()
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.close()
        following = QApplication.activePopupWidget()
        popup = following if following is not popup else None
    hidden = []
    for widget in QApplication.topLevelWidgets():
        if not _hideable(widget, keep):
            continue
        modal = widget.isModal() or widget.windowModality() != Qt.NonModal
        widget.hide()
        if not modal:
            hidden.append(widget)
    return hidden


def visible_windows(keep: QWidget | None = None) -> list[QWidget]:
    """The app's windows shown on screen now, except `keep`."""
    return [w for w in QApplication.topLevelWidgets() if _hideable(w, keep)]


def restore_windows(windows: list[QWidget]) -> None:
    """Show the windows `hide_other_windows` hid, in their order (the last one ends on top)."""
    from shiboken6 import isValid

    for widget in windows:
        if isValid(widget):
            widget.show()
