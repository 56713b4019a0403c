"""What the door window shares with its panels: the station, sync, a thread pool and signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from checkin_app.ui.workers import Callback, TaskRunner

if TYPE_CHECKING:
    from checkin_app.bootstrap import Station
    from checkin_app.services.connection import Engine, WixClient


class UiEvents(QObject):
    """App-wide facts, emitted on the GUI thread. Panels connect to these; never block in a slot."""

    scan_recorded = Signal(object)  # Verdict, after it is committed
    sync_finished = Signal(object)  # SyncReport
    event_changed = Signal(str)  # the event id the door now works on
    supervisor_changed = Signal(bool)  # door mode unlocked (True) or locked (False)


@dataclass
class UiContext:
    """Handed to every panel: `UiContext(station, events, runner, engine, client, event_id)`.

    `engine` is the sync engine and `client` the Wix client; both are None when the station is
    not connected to Wix. Long work goes through `run_in_background`, whose callbacks run on
    the GUI thread.
    """

    station: Station
    events: UiEvents
    runner: TaskRunner
    engine: Engine | None = None  # Wix's sync engine, or the venue hub's when paired
    client: WixClient | None = None
    event_id: str = ""
    supervisor: bool = True  # False while door mode is locked
    extras: dict[str, object] = field(default_factory=dict)

    @property
    def station_name(self) -> str:
        return self.station.station_name

    def run_in_background(
        self,
        fn: Callable[..., object],
        *args: object,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> bool:
        """Run `fn(*args)` on a worker thread; `on_done(result)` / `on_error(exc)` on the GUI
        thread. Returns False when the app is shutting down and the work was not queued."""
        return self.runner.submit(fn, *args, on_done=on_done, on_error=on_error)

    def set_event(self, event_id: str) -> None:
        """Switch the door to another event and tell everyone."""
        if event_id != self.event_id:
            self.event_id = event_id
            self.events.event_changed.emit(event_id)
