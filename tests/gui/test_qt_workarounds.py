"""Qt calls must not wear away Python's None and True (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

import checkin_app.ui  # noqa: F401  (applies the workaround)


class _Emitter(QObject):
    changed = Signal(object)


def test_hundreds_of_thousands_of_qt_calls_do_not_crash(qtbot) -> None:
    """Without the fix, this test aborts the interpreter ("none_dealloc"/"bool_dealloc")."""
    emitter = _Emitter()
    seen: list[object] = []
    emitter.changed.connect(seen.append)
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()

    def burst() -> None:
        for i in range(20_000):
            emitter.changed.emit(i)

    worker = threading.Thread(target=burst)
    worker.start()
    for i in range(100_000):
        label.setText(str(i % 10))
        timer.stop()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 20_000)
    assert label.text() == "9"
