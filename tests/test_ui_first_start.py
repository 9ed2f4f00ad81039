"""Item 1 of issue 13: the first start takes the keyboard (focus in the first field, Tab never reaches
Prekliči, Enter proceeds, cancelling asks) and asks for the station settings new forms start from."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from app.ui.login import FirstStartDialog  # noqa: E402
from ui_helpers import ui_app  # noqa: E402,F401
from ws_helpers import FAST_KDF  # noqa: E402

ORGAN = "Republika Slovenija\nUpravna enota Logatec\nTržaška cesta 50a, 1370 Logatec"


def type_text(widget, text: str) -> None:
    """Characters as the keyboard sends them (č, š, ž too), to the widget that has the focus."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, ch))


def focus_chain(dialog, steps: int = 20) -> list:
    seen = []
    for _ in range(steps):
        seen.append(QApplication.focusWidget())
        dialog.focusNextChild()
    return seen


@pytest.fixture
def dialog(qtbot, tmp_path):
    dialog = FirstStartDialog(tmp_path / "p.db", FAST_KDF)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.done(0)  # closed without the question (closing asks, as Prekliči does)
    if dialog.workspace is not None:
        dialog.workspace.close()
    dialog.deleteLater()


def test_typed_letters_go_to_the_first_field_and_tab_never_reaches_cancel(dialog, qtbot):
    assert QApplication.focusWidget() is dialog.username
    type_text(QApplication.focusWidget(), "mzagar")
    assert dialog.username.text() == "mzagar"
    dialog.focusNextChild()
    assert QApplication.focusWidget() is dialog.display_name
    type_text(QApplication.focusWidget(), "Mojca Žagar")  # the space does not press a button
    assert dialog.display_name.text() == "Mojca Žagar" and dialog.isVisible()
    chain = focus_chain(dialog)
    assert dialog.cancel_button not in chain
    assert {dialog.office, dialog.unit.lineEdit() if dialog.unit.focusProxy() else dialog.unit, dialog.place} & set(chain)
    assert dialog.ok_button.isDefault() and not dialog.cancel_button.isDefault()


def test_cancelling_asks_and_enter_or_esc_continue(dialog, qtbot):
    box, quit_button = dialog.quit_question()
    assert "ni končan" in box.text()
    assert box.defaultButton() is box.escapeButton() is not quit_button
    assert box.defaultButton().text().replace("&", "") == "Nadaljuj prvi zagon"


def test_station_settings_asked_at_first_start_fill_the_first_forms(dialog, qtbot):
    dialog.username.setText("mzagar")
    dialog.display_name.setText("Mojca Žagar")
    dialog.password.setText("dolgo-geslo-2025")
    dialog.repeat.setText("dolgo-geslo-2025")
    dialog.office.setPlainText(ORGAN)
    dialog.unit.setEditText("Nepoznana")
    assert not dialog.submit() and "ni na seznamu" in dialog.message.text()
    dialog.unit.setEditText("logat")  # type-ahead: one unit contains it
    assert dialog.unit_value() == "logatec"
    dialog.place.setText("Logatec")
    QTest_enter(dialog)  # Enter proceeds: the default button
    workspace = dialog.workspace
    assert workspace is not None and dialog.result() == 1
    assert workspace.station_defaults() == {"office": ORGAN, "administrative_unit": "logatec",
                                            "default_place": "Logatec"}
    application = workspace.new_draft("ZZ-1")
    assert application.data["office"] == ORGAN  # the first ZZ-1's organ is filled
    card = workspace.new_draft("ZZ-8")
    assert card.data["office"] == "logatec"  # ZZ-8's Upravna enota defaults to the station's
    person_id = workspace.add_person(surname="Kos", given_name="Ana", birth_date="1990-01-01")
    assert workspace.new_draft_for_person("ZZ-8", person_id).data["office"] == "logatec"
    declaration = workspace.new_draft("UP-6")
    assert declaration.data.get("place") == "Logatec"


def QTest_enter(dialog) -> None:  # noqa: N802
    from PySide6.QtTest import QTest

    dialog.place.setFocus()
    QTest.keyClick(dialog.place, Qt.Key_Return)
