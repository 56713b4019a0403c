"""Run work off the GUI thread and hand results back to it as queued signals.

`TaskRunner` wraps a `QThreadPool`; with `max_threads=1` it runs tasks one at a time in
submission order (Picard's one-thread pool), which is how check-in decisions keep their order.
Callbacks always run on the thread that owns the runner (the GUI thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the GUI thread; the queued signal carries a finished task back to it."""

    finished = Signal(object, object, object, object)  # on_done, on_error, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self._on_finished)

    @Slot(object, object, object, object)
    def _on_finished(
        self,
        on_done: Callback | None,
        on_error: Callback | None,
        result: object,
        error: BaseException | None,
    ) -> None:
        try:
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is not None:
                on_error(error)
            else:
                log.error("Background task failed", exc_info=error)
        except Exception:
            # A failing callback must not take the event loop down (events log, commands raise).
            log.exception("Callback of a background task failed")


class _Task(QRunnable):
    def __init__(
        self,
        runner: TaskRunner,
        fn: Callable[..., object],
        args: tuple[object, ...],
        on_done: Callback | None,
        on_error: Callback | None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._fn = fn
        self._args = args
        self._on_done = on_done
        self._on_error = on_error

    def run(self) -> None:
        result: object = None
        error: BaseException | None = None
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # handed to the GUI thread, never raised here
            error = exc
        on_done, on_error = self._on_done, self._on_error
        # Let go of the work and its callbacks now: Qt may keep this runnable's wrapper a
        # while, and a callback's owner (a window) must not live on through it. (The
        # attributes are typed for the runnable's working life, hence the ignore.)
        self._fn = self._args = self._on_done = self._on_error = None  # type: ignore[assignment]
        self._runner._finish(on_done, on_error, result, error)


class TaskRunner(QObject):
    """A thread pool whose tasks call back on the owner's thread; `close()` drops callbacks."""

    def __init__(
        self, max_threads: int = 2, name: str = "worker", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # Threads never expire: the database keeps one connection per thread, so a thread
        # that dies and is replaced would leave its connection behind.
        self._pool.setExpiryTimeout(-1)
        self._pool.setObjectName(name)
        self._relay = _Relay(self)
        self._lock = threading.Lock()
        self._closed = False
        self._pending = 0
        self._idle = threading.Condition(self._lock)

    def submit(
        self,
        fn: Callable[..., object],
        *args: object,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> bool:
        """Queue `fn(*args)`; returns False (and runs nothing) once the runner is closed."""
        with self._lock:
            if self._closed:
                return False
            self._pending += 1
        self._pool.start(_Task(self, fn, args, on_done, on_error))
        return True

    @property
    def pending(self) -> int:
        """Tasks submitted and not yet finished."""
        with self._lock:
            return self._pending

    def _finish(
        self,
        on_done: Callback | None,
        on_error: Callback | None,
        result: object,
        error: BaseException | None,
    ) -> None:
        with self._lock:
            self._pending -= 1
            self._idle.notify_all()
            closed = self._closed
        if not closed:
            self._relay.finished.emit(on_done, on_error, result, error)
        elif error is not None:
            log.warning("Background task failed after close: %s", type(error).__name__)

    def wait_idle(self, timeout_s: float = 10.0) -> bool:
        """Block until every submitted task has run (shutdown and tests only)."""
        with self._lock:
            return self._idle.wait_for(lambda: self._pending == 0, timeout_s)

    def close(self, timeout_s: float = 10.0) -> bool:
        """Refuse new tasks, let queued ones finish without callbacks; True if all finished."""
        with self._lock:
            self._closed = True
        return self._pool.waitForDone(int(timeout_s * 1000))
