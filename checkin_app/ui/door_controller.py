"""The door's actions, decided on one ordered worker thread and reported back as signals.

Scans, overrides, pay-at-door and undo all go through a single-thread `TaskRunner`, so they
are decided and written in the order they happened, and the GUI thread never waits on SQLite.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from checkin_app.domain.models import InputMethod, Verdict
from checkin_app.services.checkin import UndoResult
from checkin_app.services.errors import ServiceError, StorageError
from checkin_app.services.hub_door import looks_like_invite
from checkin_app.ui.context import UiContext
from checkin_app.ui.i18n import tr
from checkin_app.ui.message_text import message_text
from checkin_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)


class DoorController(QObject):
    """Turns codes into verdicts. `verdict_ready(verdict, raw, started)` carries the time
    (perf_counter) the code arrived, for the frame-to-card benchmark."""

    verdict_ready = Signal(object, str, float)
    undo_finished = Signal(object)  # UndoResult
    action_failed = Signal(str, str)  # headline, plain message
    pairing_offered = Signal(str)  # a venue hub's pairing QR code was read (not a ticket)

    def __init__(
        self, context: UiContext, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner

    @property
    def station_name(self) -> str:
        return self._context.station_name

    def scan(
        self, raw: str, method: InputMethod = InputMethod.CAMERA, started: float | None = None
    ) -> None:
        """Decide one code (camera, scanner or typed) against the current event; a venue
        hub's pairing QR code is offered to the window instead (thread-safe: a signal)."""
        if looks_like_invite(raw):
            self.pairing_offered.emit(raw)
            return
        started = time.perf_counter() if started is None else started
        service = self._context.station.checkin
        self._submit(service.scan, (raw, self._event_id(), self.station_name, method), raw, started)

    def admit_anyway(self, raw: str, method: InputMethod = InputMethod.MANUAL) -> None:
        service = self._context.station.checkin
        self._submit(
            service.admit_anyway,
            (raw, self._event_id(), self.station_name, method),
            raw,
            time.perf_counter(),
        )

    def collect_payment(self, ticket_number: str) -> None:
        service = self._context.station.checkin
        self._submit(
            service.collect_payment_and_admit,
            (ticket_number, self._event_id(), self.station_name, InputMethod.MANUAL),
            ticket_number,
            time.perf_counter(),
        )

    def undo(self, ticket_number: str) -> None:
        service = self._context.station.checkin
        self._runner.submit(
            service.undo,
            ticket_number,
            self._event_id(),
            self.station_name,
            on_done=self._on_undone,
            on_error=lambda exc: self._on_failed(exc, tr("Door", "Could not undo")),
        )

    # -- internals --------------------------------------------------------------------------
    def _event_id(self) -> str | None:
        return self._context.event_id or None

    def _submit(
        self, fn: Callable[..., Verdict], args: tuple[object, ...], raw: str, started: float
    ) -> None:
        def done(verdict: Verdict) -> None:
            self.verdict_ready.emit(verdict, raw, started)
            self._context.events.scan_recorded.emit(verdict)

        self._runner.submit(
            fn,
            *args,
            on_done=done,
            on_error=lambda exc: self._on_failed(exc, tr("Door", "Could not check in")),
        )

    def _on_undone(self, result: UndoResult) -> None:
        self.undo_finished.emit(result)

    def _on_failed(self, exc: BaseException, headline: str) -> None:
        if isinstance(exc, ServiceError | StorageError):
            message = message_text(str(exc))
        else:
            log.error("Door action failed", exc_info=exc)
            message = tr("Door", "Something went wrong; the problem was logged. Try again.")
        self.action_failed.emit(headline, message)
