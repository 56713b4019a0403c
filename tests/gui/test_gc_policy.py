"""Cyclic garbage is collected on the GUI thread, never on a worker that allocates (a
worker that did collected Qt objects and crashed the GUI tests)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from typing import ClassVar


class _Cycle:
    """Part of a reference cycle; says on which thread it was freed."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_a_worker_that_allocates_never_collects_cycles(qtbot) -> None:
    assert not gc.isenabled()  # the suite's collector, as `application()` installs one
    _Cycle.freed_on.clear()
    _Cycle()  # unreachable at once, but only the cyclic collector can free it

    kept: list[list[list[int]]] = []

    def allocate() -> None:
        # Kept alive until the end: freeing them would lower the allocation count below the
        # threshold again (CPython counts deallocations too) and nothing would be due.
        kept.append([[i] for i in range(200_000)])  # far past every generation's threshold

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join(timeout=60)
    assert _Cycle.freed_on == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: bool(_Cycle.freed_on), timeout=10_000)
    kept.clear()
    assert _Cycle.freed_on == [threading.main_thread().name]


def test_the_app_collects_on_its_gui_thread() -> None:
    """`application()` (what `checkin-app` starts with) switches to GUI-thread collection."""
    code = (
        "import gc; from checkin_app.ui.app import application; "
        "app = application(); print(gc.isenabled())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
