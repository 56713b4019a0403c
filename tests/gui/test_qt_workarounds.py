"""Emitting signals must not wear away Python's `True` (PySide6 6.12 bug, patched in ui)."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal

import checkin_app.ui  # noqa: F401  (installs the workaround)


class _Emitter(QObject):
    changed = Signal(object)


def test_many_emits_keep_true_alive(qtbot) -> None:
    emitter = _Emitter()
    seen: list[object] = []
    emitter.changed.connect(seen.append)
    before = sys.getrefcount(True)

    def burst() -> None:
        for i in range(2000):
            emitter.changed.emit(i)

    worker = threading.Thread(target=burst)
    worker.start()
    worker.join()
    burst()
    qtbot.waitUntil(lambda: len(seen) == 4000)
    # Other code may hold or drop a few references meanwhile; the bug loses 4000.
    assert abs(sys.getrefcount(True) - before) < 100
