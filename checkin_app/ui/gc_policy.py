"""Cyclic garbage is collected on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed. On a worker thread (a check-in, a search, a sync pass, a SQL function called by a
trigger) it may then destroy Qt objects that belong to the GUI thread — a widget of a closed
dialog caught in a reference cycle — and Qt crashes (a segmentation fault while
"Garbage-collecting", seen in the GUI tests once worker threads allocated more). So automatic
collection is switched off and this timer collects on the GUI thread instead, generation by
generation as the thresholds say: the approach of pyqtgraph's `GarbageCollector`.
Reference counting still frees everything that is not in a cycle at once, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadGarbageCollector(QObject):
    """Create it on the GUI thread (with the application as parent); `stop()` gives the
    collection back to Python."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the generations whose thresholds are crossed; returns objects found."""
        first, second, third = gc.get_count()
        if third > self._thresholds[2]:
            return gc.collect(2)
        if second > self._thresholds[1]:
            return gc.collect(1)
        if first > self._thresholds[0]:
            return gc.collect(0)
        return 0

    def stop(self) -> None:
        """Collect once more here, then let Python collect automatically again."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
