"""Guard for the pin in pyproject.toml: the installed PySide6 keeps None/True refcounts intact.

PySide6 6.12.0 on Python 3.11 lost one reference per void call and per emit, which aborted
the app within seconds of camera preview. A few hundred calls show the leak safely.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def test_void_calls_and_emits_keep_singleton_references() -> None:
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        probe.setObjectName("probe")
        probe.fired.emit()
    assert sys.getrefcount(None) - none_before > -50
    assert sys.getrefcount(True) - true_before > -50
