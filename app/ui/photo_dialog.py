"""Place the 35 x 45 mm cut on a photo: drag with the mouse or arrow keys, resize with the wheel, +/- or the slider."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QSlider, QSizePolicy, QVBoxLayout, QWidget,
)

from app.ui.dialogs import localize_buttons
from app.engine.photo import HEIGHT_MM, WIDTH_MM, clamp_crop, default_crop

RATIO = WIDTH_MM / HEIGHT_MM


class CropView(QWidget):
    """The photo scaled to fit, with the cut drawn on it; the cut is kept in image pixels."""

    crop_changed = Signal()

    def __init__(self, image: QImage, crop: tuple | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = image
        self.image_size = (image.width(), image.height())
        self._crop = clamp_crop(crop, *self.image_size, RATIO) if crop else default_crop(*self.image_size, RATIO)
        self._drag_from: QPointF | None = None
        self._drag_crop: tuple | None = None
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMinimumSize(360, 360)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setCursor(Qt.OpenHandCursor)

    # the cut
    def crop(self) -> tuple[int, int, int, int]:
        return self._crop

    def max_width(self) -> int:
        width, height = self.image_size
        return int(min(width, height * RATIO))

    def set_crop(self, crop: tuple) -> None:
        clamped = clamp_crop(crop, *self.image_size, RATIO)
        if clamped != self._crop:
            self._crop = clamped
            self.update()
            self.crop_changed.emit()

    def move_by(self, dx: float, dy: float) -> None:
        x, y, w, h = self._crop
        self.set_crop((x + dx, y + dy, w, h))

    def set_width(self, width: float) -> None:
        """Resize the cut about its centre, keeping 35:45."""
        x, y, w, h = self._crop
        cx, cy = x + w / 2, y + h / 2
        width = max(10.0, min(float(width), self.max_width()))
        height = width / RATIO
        self.set_crop((cx - width / 2, cy - height / 2, width, height))

    def scale_by(self, factor: float) -> None:
        self.set_width(self._crop[2] * factor)

    # geometry
    def _scale(self) -> float:
        width, height = self.image_size
        return min(self.width() / width, self.height() / height)

    def _image_rect(self) -> QRectF:
        s = self._scale()
        width, height = self.image_size[0] * s, self.image_size[1] * s
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _crop_rect(self) -> QRectF:
        s = self._scale()
        origin = self._image_rect().topLeft()
        x, y, w, h = self._crop
        return QRectF(origin.x() + x * s, origin.y() + y * s, w * s, h * s)

    def sizeHint(self) -> QSize:
        return QSize(560, 560)

    # painting and input
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#303030"))
        image_rect = self._image_rect()
        painter.drawImage(image_rect, self.image)
        crop_rect = self._crop_rect()
        outside = QPainterPath()
        outside.addRect(image_rect)
        inside = QPainterPath()
        inside.addRect(crop_rect)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 140))
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawRect(crop_rect)
        painter.setPen(QPen(QColor(255, 255, 255, 120), 1, Qt.DashLine))
        for i in (1, 2):  # thirds, to place the eyes and the chin
            y = crop_rect.top() + crop_rect.height() * i / 3
            painter.drawLine(QPointF(crop_rect.left(), y), QPointF(crop_rect.right(), y))
            x = crop_rect.left() + crop_rect.width() * i / 3
            painter.drawLine(QPointF(x, crop_rect.top()), QPointF(x, crop_rect.bottom()))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self.setFocus(Qt.MouseFocusReason)
            position = event.position()
            if not self._crop_rect().contains(position):  # a click elsewhere centres the cut there
                s = self._scale()
                origin = self._image_rect().topLeft()
                x, y, w, h = self._crop
                self.set_crop(((position.x() - origin.x()) / s - w / 2, (position.y() - origin.y()) / s - h / 2, w, h))
            self._drag_from = position
            self._drag_crop = self._crop
            self.setCursor(Qt.ClosedHandCursor)

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is None:
            return
        s = self._scale()
        delta = event.position() - self._drag_from
        x, y, w, h = self._drag_crop
        self.set_crop((x + delta.x() / s, y + delta.y() / s, w, h))

    def mouseReleaseEvent(self, _event) -> None:
        self._drag_from = None
        self.setCursor(Qt.OpenHandCursor)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.scale_by(0.95 ** steps)
        event.accept()

    def keyPressEvent(self, event) -> None:
        step = max(1.0, self.image_size[0] / 100) * (10 if event.modifiers() & Qt.ShiftModifier else 1)
        moves = {Qt.Key_Left: (-step, 0), Qt.Key_Right: (step, 0), Qt.Key_Up: (0, -step), Qt.Key_Down: (0, step)}
        if event.key() in moves:
            self.move_by(*moves[event.key()])
        elif event.key() in (Qt.Key_Plus, Qt.Key_Equal):
            self.scale_by(1.05)
        elif event.key() == Qt.Key_Minus:
            self.scale_by(1 / 1.05)
        else:
            super().keyPressEvent(event)


class PhotoCropDialog(QDialog):
    """Choose the part of a photo that becomes the 35 x 45 mm picture on the form."""

    PREVIEW = QSize(105, 135)

    def __init__(self, image_bytes: bytes, crop: tuple | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Izrez fotografije (35 x 45 mm)"))
        image = QImage.fromData(image_bytes)
        if image.isNull():
            raise ValueError("image cannot be read")
        self.view = CropView(image, crop, self)
        self.slider = QSlider(Qt.Horizontal, self)
        self.slider.setRange(max(10, self.view.max_width() // 10), self.view.max_width())
        self.slider.setValue(self.view.crop()[2])
        self.slider.setToolTip(self.tr("Velikost izreza"))
        self.preview = QLabel(self)
        self.preview.setFixedSize(self.PREVIEW)
        self.preview.setFrameShape(QLabel.Box)
        hint = QLabel(self.tr(
            "Povlecite okvir z miško ali ga premikajte s puščicami (s tipko Shift hitreje). "
            "Velikost spremenite s kolescem miške, s tipkama + in − ali z drsnikom. "
            "Obraz naj bo v sredini, oči v zgornji tretjini."), self)
        hint.setWordWrap(True)
        size_row = QHBoxLayout()
        size_row.addWidget(QLabel(self.tr("Velikost:"), self))
        size_row.addWidget(self.slider, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Predogled:"), self))
        side.addWidget(self.preview)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        buttons = localize_buttons(QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addLayout(size_row)
        layout.addWidget(buttons)
        self.slider.valueChanged.connect(self._on_slider_changed)
        self.view.crop_changed.connect(self._on_crop_changed)
        self._on_crop_changed()
        self.view.setFocus()
        self.resize(760, 620)

    def crop(self) -> tuple[int, int, int, int]:
        """The cut (x, y, width, height) in pixels of the image given."""
        return self.view.crop()

    def _on_slider_changed(self, value: int) -> None:
        if value != self.view.crop()[2]:
            self.view.set_width(value)

    def _on_crop_changed(self) -> None:
        x, y, w, h = self.view.crop()
        self.slider.blockSignals(True)
        self.slider.setValue(w)
        self.slider.blockSignals(False)
        cut = self.view.image.copy(x, y, w, h)
        self.preview.setPixmap(QPixmap.fromImage(cut.scaled(self.PREVIEW, Qt.KeepAspectRatio, Qt.SmoothTransformation)))
