"""The photo crop dialog: the cut keeps 35:45, stays on the image, and gives the 413 x 531 photo."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io  # noqa: E402

import pytest  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.engine.photo import OUTPUT_SIZE, crop_photo, prepare  # noqa: E402
from app.ui.photo_dialog import PhotoCropDialog  # noqa: E402
from ui_helpers import jpeg_bytes, ui_app  # noqa: E402,F401

RATIO = 35 / 45


@pytest.fixture
def dialog(qtbot, ui_app):
    prepared, _size = prepare(jpeg_bytes(1200, 900))
    dlg = PhotoCropDialog(prepared)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def assert_valid(crop, size=(1200, 900)):
    x, y, w, h = crop
    assert abs(w / h - RATIO) < 0.01, crop
    assert x >= 0 and y >= 0 and x + w <= size[0] and y + h <= size[1], crop


def test_starts_with_the_largest_centred_cut(dialog):
    x, y, w, h = dialog.crop()
    assert_valid(dialog.crop())
    assert h == 900 and abs((x + w / 2) - 600) <= 1


def test_moving_with_keys_and_mouse_keeps_the_ratio_and_stays_on_the_image(dialog, qtbot):
    view = dialog.view
    view.set_width(300)
    start = view.crop()
    qtbot.keyClick(view, Qt.Key_Right)
    assert view.crop()[0] > start[0] and view.crop()[2:] == start[2:]
    qtbot.keyClick(view, Qt.Key_Down, Qt.ShiftModifier)
    assert view.crop()[1] > start[1]
    assert_valid(view.crop())
    for _ in range(60):  # far to the left and up: stops at the edge
        qtbot.keyClick(view, Qt.Key_Left, Qt.ShiftModifier)
        qtbot.keyClick(view, Qt.Key_Up, Qt.ShiftModifier)
    assert view.crop()[:2] == (0, 0)
    view.move_by(10_000, 10_000)
    x, y, w, h = view.crop()
    assert x + w == 1200 and y + h == 900
    # drag with the mouse: from the cut's centre 50 px left
    centre = view._crop_rect().center().toPoint()
    before = view.crop()
    qtbot.mousePress(view, Qt.LeftButton, pos=centre)
    qtbot.mouseMove(view, centre - QPoint(50, 0))
    qtbot.mouseRelease(view, Qt.LeftButton, pos=centre - QPoint(50, 0))
    assert view.crop()[0] < before[0] and view.crop()[1] == before[1]
    assert_valid(view.crop())


def test_resizing_with_wheel_keys_and_slider_keeps_the_ratio(dialog, qtbot):
    view = dialog.view
    width = view.crop()[2]
    qtbot.keyClick(view, Qt.Key_Minus)
    assert view.crop()[2] < width
    assert_valid(view.crop())
    smaller = view.crop()[2]
    centre = QPointF(view.width() / 2, view.height() / 2)
    wheel = QWheelEvent(centre, view.mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt.NoButton, Qt.NoModifier,
                        Qt.NoScrollPhase, False)
    QApplication.sendEvent(view, wheel)  # wheel up: zoom in, a smaller cut
    assert view.crop()[2] < smaller
    assert_valid(view.crop())
    qtbot.keyClick(view, Qt.Key_Plus)
    assert_valid(view.crop())
    dialog.slider.setValue(350)
    assert view.crop()[2] == 350 and dialog.slider.value() == 350
    assert_valid(view.crop())
    view.set_width(100_000)  # never larger than the image allows
    assert view.crop()[3] == 900
    assert_valid(view.crop())


def test_the_cut_gives_a_413_by_531_jpeg(dialog):
    dialog.view.set_width(420)
    dialog.view.move_by(37, -80)
    prepared, _size = prepare(jpeg_bytes(1200, 900))
    photo = Image.open(io.BytesIO(crop_photo(prepared, dialog.crop())))
    assert photo.format == "JPEG" and photo.size == OUTPUT_SIZE == (413, 531)


def test_an_existing_cut_is_shown_again(ui_app, qtbot):
    prepared, _size = prepare(jpeg_bytes(1200, 900))
    dlg = PhotoCropDialog(prepared, (100, 50, 350, 450))
    qtbot.addWidget(dlg)
    assert dlg.crop() == (100, 50, 350, 450)
    assert not dlg.preview.pixmap().isNull()
