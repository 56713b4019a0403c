"""The door's logic without Qt: what follows a verdict, a card action, a lock tick, an event
choice or new settings. `DoorWindow` is its view; the unit tests drive it with a fake view.

The presenter never waits: door actions go to `DoorActions` (the ordered worker), and answers
come back through `verdict_ready`, `undo_finished` and `action_failed`.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from checkin_app.domain.event_choice import EventList, choose_event
from checkin_app.domain.models import Event, InputMethod, Verdict
from checkin_app.services.checkin import UndoResult
from checkin_app.settings import Settings
from checkin_app.ui.door_lock import DoorLock, LockStatus

log = logging.getLogger(__name__)

Action = Callable[[], None]
DEFAULT_CAMERA_SIZE = (1280, 720)


class PinReason(enum.Enum):
    """Why the PIN is asked for (the view words it)."""

    UNLOCK = "unlock"
    OVERRIDE = "override"
    SETTINGS = "settings"
    HUB = "hub"  # pair with the venue hub, or leave it


class DoorActions(Protocol):
    """Decisions and writes, done in order on the door worker (`DoorController`)."""

    def scan(
        self, raw: str, method: InputMethod = InputMethod.CAMERA, started: float | None = None
    ) -> None: ...

    def admit_anyway(self, raw: str, method: InputMethod = InputMethod.MANUAL) -> None: ...

    def collect_payment(self, ticket_number: str) -> None: ...

    def undo(self, ticket_number: str) -> None: ...


class SyncNudge(Protocol):
    def sync_soon(self) -> None: ...


class EventSelection(Protocol):
    """The event the door works on (`UiContext`)."""

    event_id: str

    def set_event(self, event_id: str) -> None: ...


class DoorView(Protocol):
    """What the presenter asks of the window; each call returns at once."""

    def show_verdict(self, verdict: Verdict, raw: str) -> None: ...
    def play_sound(self, severity: str) -> None: ...
    def show_undone(self, result: UndoResult) -> None: ...
    def show_failure(self, headline: str, message: str) -> None: ...
    def hold_card(self) -> None: ...
    def confirm_collect(self, verdict: Verdict, on_yes: Action) -> None: ...
    def ask_pin(self, reason: PinReason, on_unlocked: Action) -> None: ...
    def explain_no_pin(self) -> None: ...
    def show_supervisor(self, supervisor: bool) -> None: ...
    def show_lock_status(self, status: LockStatus) -> None: ...
    def show_locked_by_itself(self, reason: str) -> None: ...
    def add_recent(self, verdict: Verdict) -> None: ...
    def mark_undone(self, ticket_number: str) -> None: ...
    def reload_recent(self) -> None: ...
    def refresh_search(self) -> None: ...
    def refresh_status(self) -> None: ...


@dataclasses.dataclass(frozen=True, slots=True)
class SettingsEffects:
    """What new settings need beyond being shown: a new Wix connection, another camera."""

    reconnect: bool
    restart_camera: bool


class DoorPresenter:
    """Holds the door's rules; the window shows, the controller decides and writes."""

    def __init__(
        self,
        view: DoorView,
        actions: DoorActions,
        lock: DoorLock,
        sync: SyncNudge,
        selection: EventSelection,
        settings: Settings,
        save_settings: Action,
    ) -> None:
        self.view = view
        self.actions = actions
        self.lock = lock
        self.sync = sync
        self.selection = selection
        self.settings = settings
        self._save_settings = save_settings
        lock.on_change(self._on_lock_changed)

    def start(self) -> None:
        """Show door mode as it is now (the window is built)."""
        self.view.show_supervisor(self.lock.supervisor)
        self.view.show_lock_status(self.lock.status())

    # -- scans and their answers ------------------------------------------------------------
    def scan(self, raw: str, method: InputMethod = InputMethod.SCANNER) -> None:
        """A code from the USB scanner (or anything else that is not the camera)."""
        self.actions.scan(raw, method)

    def check_in(self, ticket_number: str) -> None:
        """Staff chose a guest in the search list."""
        self.actions.scan(ticket_number, InputMethod.MANUAL)

    def undo(self, ticket_number: str) -> None:
        self.actions.undo(ticket_number)

    def verdict_ready(self, verdict: Verdict, raw: str) -> None:
        """The card first (the guest is waiting), then sound, lists and status; an admission
        is worth uploading soon."""
        self.view.show_verdict(verdict, raw)
        self.view.play_sound(verdict.kind.severity)
        self.view.add_recent(verdict)
        self.view.refresh_search()
        if verdict.admitted:
            self.sync.sync_soon()
        self.view.refresh_status()

    def undo_finished(self, result: UndoResult) -> None:
        self.view.show_undone(result)
        self.view.mark_undone(result.ticket_number)
        self.view.reload_recent()
        self.view.refresh_search()
        self.sync.sync_soon()
        self.view.refresh_status()

    def action_failed(self, headline: str, message: str) -> None:
        self.view.show_failure(headline, message)
        self.view.play_sound("rejected")

    # -- the card's buttons -------------------------------------------------------------------
    def undo_card(self, verdict: Verdict) -> None:
        if verdict.ticket_number:
            self.view.hold_card()
            self.actions.undo(verdict.ticket_number)

    def collect(self, verdict: Verdict) -> None:
        """Pay at the door: staff confirm the money was taken, then the guest is admitted."""
        number = verdict.ticket_number
        if not number:
            return
        self.view.hold_card()
        self.view.confirm_collect(verdict, lambda: self.actions.collect_payment(number))

    def admit_anyway(self, verdict: Verdict, raw: str) -> None:
        code = raw or verdict.ticket_number or ""
        if not code:
            return
        self.view.hold_card()
        self.when_supervisor(lambda: self.actions.admit_anyway(code), PinReason.OVERRIDE)

    # -- door mode ------------------------------------------------------------------------------
    def when_supervisor(self, action: Action, reason: PinReason = PinReason.UNLOCK) -> None:
        """Run `action` now if unlocked (a supervisor action: the idle countdown restarts),
        else after the right PIN."""
        if self.lock.supervisor:
            self.lock.note_activity()
            action()
            return
        self.view.ask_pin(reason, action)

    def toggle_lock(self) -> None:
        if self.lock.supervisor:
            if not self.lock.lock():
                self.view.explain_no_pin()
        else:
            self.when_supervisor(lambda: None)

    def supervisor_activity(self) -> None:
        """A supervisor used something only they can (organizer views, dialogs)."""
        if self.lock.supervisor:
            self.lock.note_activity()

    def tick(self) -> None:
        """Every second: lock when idle or after a sleep; keep the countdown shown."""
        reason = self.lock.check()
        if reason:
            self.view.show_locked_by_itself(reason)
        self.view.show_lock_status(self.lock.status())

    def _on_lock_changed(self, supervisor: bool) -> None:
        self.view.show_supervisor(supervisor)
        self.view.show_lock_status(self.lock.status())

    # -- the event ------------------------------------------------------------------------------
    def events_loaded(self, events: Sequence[Event], now: datetime) -> str | None:
        """Which event the door works on: the current one, else the saved one, else the one
        on now or next (`choose_event`, the rule the CLI and the stats use). None while
        there is none."""
        if not events:
            return None
        cached = EventList(events)
        wanted = next(
            (e for e in (self.selection.event_id, self.settings.event_id) if cached.get_event(e)),
            None,
        )
        chosen = choose_event(cached, now, wanted=wanted).id
        self.pick_event(chosen)
        return chosen

    def pick_event(self, event_id: str) -> None:
        if event_id and event_id != self.selection.event_id:
            self.selection.set_event(event_id)

    def event_changed(self, event_id: str) -> None:
        """Remember the door's event (not in demo mode) and show its scans."""
        if self.settings.event_id != event_id and not self.settings.demo:
            self.settings.event_id = event_id
            self._save_settings()
        self.view.reload_recent()
        self.view.refresh_search()
        self.view.refresh_status()

    # -- settings -------------------------------------------------------------------------------
    def apply_settings(self, new: Settings, *, key_changed: bool = False) -> SettingsEffects:
        """Take over the dialog's settings (in place: everyone holds this object), save them
        and apply the door-mode ones."""
        old = self.settings
        before = dataclasses.replace(old)
        for field in dataclasses.fields(Settings):
            setattr(old, field.name, getattr(new, field.name))
        self._save_settings()
        self.lock.set_pin_hash(old.supervisor_pin_hash)
        self.lock.set_idle(old.lock_after_minutes * 60)
        self.view.show_supervisor(self.lock.supervisor)
        self.view.show_lock_status(self.lock.status())
        return SettingsEffects(
            reconnect=key_changed
            or (before.site_id, before.base_url) != (old.site_id, old.base_url),
            restart_camera=(before.camera, before.camera_resolution)
            != (old.camera, old.camera_resolution),
        )


# -- the camera plan (pure helpers) -----------------------------------------------------------
def usable_camera_specs(specs: Sequence[str]) -> list[str]:
    """The camera specs worth trying: "" and "none" mean no camera."""
    return [s for s in specs if s and s.lower() != "none"]


def parse_size(text: str) -> tuple[int, int]:
    """'1280x720' → (1280, 720); anything else → the default size."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        return DEFAULT_CAMERA_SIZE
    if width <= 0 or height <= 0:
        return DEFAULT_CAMERA_SIZE
    return width, height
