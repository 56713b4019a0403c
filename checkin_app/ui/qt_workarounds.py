"""Work around a PySide6 reference bug that crashes the app on Python 3.11 (measured, not assumed).

The PySide6 6.12 wheels hand back `None` (every Qt method returning `void`: `setText`,
`update`, `start`…) and `True` (`Signal.emit`) without taking a reference, as if those were
immortal objects — which they are only from Python 3.12 on. On 3.11 each such call takes
one reference away, and after a few thousand calls — seconds of camera preview — the
interpreter aborts with "none_dealloc" / "bool_dealloc: deallocating True or False".

The fix does what Python 3.12 does: it makes those singletons effectively immortal by
giving them a reference count no program can wear down. It is applied only when a probe
shows the leak, so a fixed PySide (or Python 3.12+) runs untouched.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_PROBES = 64
# 2**60 references: at a million leaked references a second it would take 36,000 years to
# reach zero, and it leaves 7 * 2**60 of room upwards before the 64-bit count overflows.
_IMMORTAL_BOOST = 2**60
_SINGLETONS = (None, True, False, Ellipsis, NotImplemented)


class _Probe(QObject):
    fired = Signal()


def leaks_singleton_references() -> bool:
    """True when Qt calls lose references to None or True (the PySide6 6.12 + 3.11 bug)."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.setObjectName("probe")  # returns None
        probe.fired.emit()  # returns True
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    # Give back what the probe itself took, whatever happens next.
    _add_references(None, max(0, lost_none))
    _add_references(True, max(0, lost_true))
    return lost_none >= _PROBES // 2 or lost_true >= _PROBES // 2


def _add_references(obj: object, count: int) -> None:
    if count:
        refcount = ctypes.c_ssize_t.from_address(id(obj))
        refcount.value += count


def install() -> bool:
    """Apply the fix when needed (idempotent); True when the singletons were made immortal."""
    if sys.version_info >= (3, 12):
        return False  # they are immortal already
    if sys.getrefcount(None) > _IMMORTAL_BOOST:
        return True  # done before
    if not leaks_singleton_references():
        return False
    # WORKAROUND for PySide6 6.12 returning None/True without a reference on Python 3.11
    # (found while building the door window; see this module's docstring).
    for obj in _SINGLETONS:
        _add_references(obj, _IMMORTAL_BOOST)
    log.debug("Made None/True/False immortal (PySide6 reference bug on Python 3.11)")
    return True
