"""Catch a USB barcode scanner's keystrokes whatever has focus (Qt side of `WedgeDetector`).

An application-wide event filter feeds every key press to the scanner branch's Qt-free
`WedgeDetector`. A fast burst ended by Enter is a scan: its keys are eaten and `code_scanned`
fires. Keys a person types are held for at most `max_gap` and then typed into the widget that
has focus, so typing a name in the search box works as usual.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from checkin_app.scanner.wedge import WedgeDetector


class WedgeFilter(QObject):
    """Install with `app.installEventFilter(filter)`; emits `code_scanned(text)`."""

    code_scanned = Signal(str)

    def __init__(self, detector: WedgeDetector | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.detector = detector or WedgeDetector()
        self.enabled = True
        self._replaying = False
        self._clock_offset = 0.0
        self._flush_timer = QTimer(self, interval=max(10, int(self.detector.max_gap * 1000)))
        self._flush_timer.timeout.connect(self._on_flush_timer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or self._replaying:
            return False
        if not isinstance(watched, QWidget) or not self._is_target(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if not self.enabled or QApplication.activeModalWidget() is not None:
            # Dialogs (PIN, settings) take keys as typed; give back anything held first.
            self._replay(self.detector.flush(float("inf")))
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            return False  # shortcuts are never scanner input
        text = event.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = "\r"
        elif event.key() == Qt.Key.Key_Tab:
            text = "\t"
        stamp = event.timestamp() / 1000 if event.timestamp() else time.monotonic()
        # Event times run on the window system's clock; remember how it maps to ours so the
        # flush timer can tell when a burst has ended.
        self._clock_offset = time.monotonic() - stamp
        result = self.detector.feed(text, stamp)
        if result.replay:
            self._replay(result.replay)
        if self.detector.holding:
            self._flush_timer.start()
        if result.code:
            self.code_scanned.emit(result.code.strip())
        return result.swallow

    @staticmethod
    def _is_target(widget: QWidget) -> bool:
        # A key event is offered to each parent in turn; judge it once, at the first receiver.
        focus = QApplication.focusWidget()
        return widget is (focus or QApplication.activeWindow() or widget)

    def _on_flush_timer(self) -> None:
        self._replay(self.detector.flush(time.monotonic() - self._clock_offset))
        if not self.detector.holding:
            self._flush_timer.stop()

    def _replay(self, text: str) -> None:
        """Type held characters into the focused widget after all (they were a person's)."""
        if not text:
            return
        target = QApplication.focusWidget() or QApplication.activeWindow()
        if target is None:
            return
        self._replaying = True
        try:
            for char in text:
                key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else 0
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                    )
        finally:
            self._replaying = False
