"""Work around PySide6 bugs that would crash the app, detected at run time (not by version).

`SignalInstance.emit()` in PySide6 6.12 returns `True` without taking a reference to it, so
every Python-side emit takes one reference away from `True`. On Python < 3.12 (where `True`
is not immortal) a few hundred emits later — seconds of camera preview — the interpreter
aborts with "bool_dealloc: deallocating True or False". The patch gives the reference back,
only when the bug is measured to be present, so a fixed PySide needs no change here.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

log = logging.getLogger(__name__)

_PROBES = 16


class _Probe(QObject):
    fired = Signal()


def emit_loses_a_reference() -> bool:
    """True when `emit()` hands back a bool it does not own (the PySide6 6.12 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    # Give back what the probe itself took, whatever the outcome.
    for _ in range(max(0, lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= _PROBES // 2


def install() -> bool:
    """Patch `SignalInstance.emit` when needed (idempotent); True when patched."""
    if getattr(SignalInstance.emit, "_checkin_patched", False):
        return True
    # Immortal objects (Python 3.12+) cannot be freed however many references are lost.
    if sys.version_info >= (3, 12) or not emit_loses_a_reference():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef

    # WORKAROUND for SignalInstance.emit returning a borrowed reference to True (PySide6
    # 6.12, found while building the door window; see this module's docstring).
    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        if result is True or result is False:
            incref(ctypes.py_object(result))
        return result

    emit._checkin_patched = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    log.debug("Patched SignalInstance.emit (PySide6 reference bug)")
    return True
