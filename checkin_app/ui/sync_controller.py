"""Background sync: a timer, plus a nudge after each admission, on its own worker thread.

One `SyncEngine.run_once` at a time; a request while one runs is remembered and run right
after, so a burst of admissions costs one extra pass, not one per scan. Timer and nudge
passes are "routine" (they pull only what is due, so a quiet door costs Wix little:
`checkin_app/sync/schedule.py`); "Sync now" (`sync_explicitly`) tries every waiting call at
once, whatever its backoff, and pulls everything of the event.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from checkin_app.ui.context import UiContext
from checkin_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from checkin_app.services.connection import SyncReport

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 15.0
NUDGE_DELAY_MS = 300  # after an admission: let a quick second scan join the same upload


class SyncController(QObject):
    sync_started = Signal()

    def __init__(
        self,
        context: UiContext,
        runner: TaskRunner,
        interval_s: float = DEFAULT_INTERVAL_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._running = False
        self._again = False
        self._explicit = False  # a person asked: the next pass tries every waiting call
        self.last_report: SyncReport | None = None
        self.runs = 0
        self._timer = QTimer(self, interval=int(interval_s * 1000))
        self._timer.timeout.connect(self.sync_now)
        self._nudge = QTimer(self, singleShot=True, interval=NUDGE_DELAY_MS)
        self._nudge.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, immediately: bool = True) -> None:
        self._timer.start()
        if immediately:
            self.sync_now()

    def stop(self) -> None:
        self._timer.stop()
        self._nudge.stop()
        cancel = getattr(self._context.engine, "cancel", None)
        if cancel is not None:
            cancel()  # a pass waiting for Wix's budget ends now (closing must not hang)

    def sync_soon(self) -> None:
        """Called after an admission: upload it within a moment."""
        if self._context.engine is not None and not self._nudge.isActive():
            self._nudge.start()

    def sync_explicitly(self) -> None:
        """The "Sync now" action: a pass that tries every waiting call at once, whatever its
        backoff."""
        self._explicit = True
        self.sync_now()

    def sync_now(self) -> None:
        engine = self._context.engine
        if engine is None:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self.sync_started.emit()
        event_id = self._context.event_id or None
        explicit, self._explicit = self._explicit, False
        if not self._runner.submit(
            lambda: engine.run_once(event_id, explicit=explicit, routine=not explicit),
            on_done=self._on_done,
            on_error=self._on_error,
        ):
            self._running = False
            self._explicit = explicit

    def _on_done(self, report: SyncReport) -> None:
        self._running = False
        self.runs += 1
        self.last_report = report
        self._context.events.sync_finished.emit(report)
        self._maybe_again()

    def _on_error(self, exc: BaseException) -> None:
        # run_once reports network trouble in its report; anything raised is a bug or storage.
        self._running = False
        log.error("Sync failed", exc_info=exc)
        self._maybe_again()

    def _maybe_again(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()
