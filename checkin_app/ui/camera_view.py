"""The live camera preview, with each decoded code outlined; a message when there is no camera."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from checkin_app.ui.i18n import tr

Polygon = tuple[tuple[float, float], ...]

OUTLINE_SECONDS = 0.4  # how long a code stays outlined after it was last seen


class CameraView(QWidget):
    """Paints the latest preview frame scaled to fit, keeping its aspect ratio (frames arrive
    already at the view's size, so normally no scaling happens here)."""

    size_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CameraView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._image: QImage | None = None
        self._outlines: list[tuple[Polygon, str]] = []  # polygon, severity
        self._outlined_at = 0.0
        self._message = tr("CameraView", "Starting the camera…")
        self.frames_shown = 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.size_changed.emit(self.width(), self.height())

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def set_frame(self, image: QImage) -> None:
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self._image = image
        self._message = ""
        self.frames_shown += 1
        self.update()

    def set_codes(self, polygons: list[Polygon], severity: str = "seen") -> None:
        """Outline codes found in the latest frame (none: clear); points are fractions (0..1)
        of the frame's size."""
        if self._outlines and polygons:
            severity = self._outlines[0][1]  # the same code still in view keeps its verdict colour
        self._outlines = [(p, severity) for p in polygons if len(p) >= 3]
        self._outlined_at = time.monotonic()
        self.update()

    def set_severity(self, severity: str) -> None:
        """Recolour the current outlines once the verdict for the code is known."""
        self._outlines = [(p, severity) for p, _ in self._outlines]
        self.update()

    def set_message(self, message: str) -> None:
        """Show a message instead of the picture (no camera, camera lost, …)."""
        self._message = message
        self._image = None
        self._outlines = []
        self.update()

    @property
    def message(self) -> str:
        return self._message

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#101418"))
        if self._image is None or self._image.isNull():
            self._paint_message(painter)
            return
        natural = self._image.deviceIndependentSize()
        target = self._target_rect(natural.toSize())
        if target.size() != natural:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._image)
        if self._outlines and time.monotonic() - self._outlined_at < OUTLINE_SECONDS:
            self._paint_outlines(painter, target)
        painter.end()

    def _target_rect(self, size: QSize) -> QRectF:
        scaled = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) / 2
        y = (self.height() - scaled.height()) / 2
        return QRectF(x, y, scaled.width(), scaled.height())

    def _paint_outlines(self, painter: QPainter, target: QRectF) -> None:
        sx, sy = target.width(), target.height()
        colours = {"ok": "#35d46a", "attention": "#ffc233", "rejected": "#ff5a4f"}
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for polygon, severity in self._outlines:
            pen = QPen(QColor(colours.get(severity, "#4fc3f7")), 4)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            points = [QPointF(target.x() + x * sx, target.y() + y * sy) for x, y in polygon]
            painter.drawPolygon(QPolygonF(points))

    def _paint_message(self, painter: QPainter) -> None:
        painter.setPen(QColor("#eceff1"))
        font = QFont(self.font())
        font.setPixelSize(20)
        painter.setFont(font)
        rect = self.rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._message
        )
        painter.end()
