"""Verdict icons drawn with QPainter (sharp at any size) and the app's window icon."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from checkin_app.ui.resources import resource_path


def verdict_pixmap(kind: str, size: int, fg: str = "#ffffff", dpr: float = 1.0) -> QPixmap:
    """A round badge with a check, an exclamation mark, a currency sign or a cross."""
    pixmap = QPixmap(int(size * dpr), int(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(fg)
    line = max(2.0, size * 0.09)
    painter.setPen(QPen(colour, line))
    inset = line / 2 + 1
    if kind != "scan":
        painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    pen = QPen(
        colour,
        line * 1.2,
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    painter.setPen(pen)
    s = size
    if kind == "check":
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.72, s * 0.34))
        painter.drawPath(path)
    elif kind == "cross":
        painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66))
        painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66))
    elif kind == "warning":
        painter.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.58))
        painter.drawPoint(QPointF(s * 0.5, s * 0.74))
    elif kind == "scan":  # viewfinder corners: "show a code here"
        a, b, c = s * 0.12, s * 0.32, s * 0.88
        for x0, y0, dx, dy in ((a, a, 1, 1), (c, a, -1, 1), (a, c, 1, -1), (c, c, -1, -1)):
            painter.drawLine(QPointF(x0, y0), QPointF(x0 + dx * (b - a), y0))
            painter.drawLine(QPointF(x0, y0), QPointF(x0, y0 + dy * (b - a)))
    else:  # money
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(s * 0.55))
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, s, s), Qt.AlignmentFlag.AlignCenter, "$")
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    path = resource_path("icons", "checkin-app.svg")
    if path is not None:
        return QIcon(str(path))
    icon = QIcon()
    for size in (16, 32, 64, 128):
        icon.addPixmap(verdict_pixmap("check", size, "#1b7f3b"))
    return icon
