"""A stand-in organizer panel for the dock tests (the real ones come from the panels branch)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

BUILT: list[object] = []


class FakePanel(QWidget):
    def __init__(self, context: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        BUILT.append(context)
        QVBoxLayout(self).addWidget(QLabel("fake panel"))
