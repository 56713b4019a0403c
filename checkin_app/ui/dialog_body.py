"""A dialog body that never runs off a short screen: its groups one under the other, in a
scroll area that asks for their whole height and scrolls only when the screen is shorter
(a 768-pixel laptop, the large-text mode). Other parts add their group to the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

SCREEN_MARGIN = 48  # left for the title bar and the panel of the desktop


class ScrollingBody(QScrollArea):
    def __init__(self, widgets: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogBody")
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        inner = body.sizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), inner.height())

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        inner = body.minimumSizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), 120)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        screen = window.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        # As tall as the groups need (Qt starts a dialog at two thirds of the screen at most),
        # and never taller than the screen.
        height = min(window.sizeHint().height(), area.height() - SCREEN_MARGIN)
        if height != window.height():
            window.resize(window.width(), height)
        frame = window.frameGeometry()
        if frame.bottom() > area.bottom() or frame.top() < area.top():
            window.move(frame.x(), max(area.top(), area.bottom() + 1 - frame.height()))
