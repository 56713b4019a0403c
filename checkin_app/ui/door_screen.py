"""The presenter's view: turns `DoorPresenter`'s calls into changes to the door window's parts
(card, sound, camera outline, recent scans, search, toolbar, menus, status, dialogs)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from checkin_app.domain.models import Verdict
from checkin_app.services.checkin import UndoResult
from checkin_app.ui.door_lock import LockStatus
from checkin_app.ui.door_presenter import Action, PinReason
from checkin_app.ui.i18n import tr
from checkin_app.ui.recent_model import RecentRow, load_recent

if TYPE_CHECKING:
    from checkin_app.ui.main_window import DoorWindow


class DoorScreen:
    """Implements `door_presenter.DoorView` on a `DoorWindow`."""

    def __init__(self, window: DoorWindow) -> None:
        # A weak link: no reference cycle, so the window is freed at once, on the GUI thread
        # (a cycle would leave it to the garbage collector, on any thread).
        self._window_ref = weakref.ref(window)

    @property
    def _w(self) -> DoorWindow:
        window = self._window_ref()
        assert window is not None, "the door window is gone"
        return window

    # -- the card and its feedback ----------------------------------------------------------------

    def show_verdict(self, verdict: Verdict, raw: str) -> None:
        self._w.card.show_verdict(verdict, raw)
        self._w.camera.view.set_severity(verdict.kind.severity)

    def play_sound(self, severity: str) -> None:
        self._w.sounds.play(severity)

    def show_undone(self, result: UndoResult) -> None:
        name = result.guest_name or result.ticket_number
        detail = (
            tr("DoorWindow", "The check-in had not been uploaded yet; nothing was sent to Wix.")
            if result.cancelled_before_sent
            else tr("DoorWindow", "Wix will be told at the next sync.")
        )
        self._w.card.show_message(
            tr("DoorWindow", "CHECK-IN UNDONE"), f"{name}\n{detail}", "attention"
        )

    def show_failure(self, headline: str, message: str) -> None:
        self._w.card.show_message(headline, message, "rejected")

    def hold_card(self) -> None:
        self._w.card.hold()

    # -- questions --------------------------------------------------------------------------------
    def confirm_collect(self, verdict: Verdict, on_yes: Action) -> None:
        self._w.dialogs.confirm_collect(verdict, on_yes, self._restart_card_timer)

    def ask_pin(self, reason: PinReason, on_unlocked: Action) -> None:
        self._w.dialogs.ask_pin(reason, on_unlocked)

    def explain_no_pin(self) -> None:
        self._w.dialogs.explain_no_pin()

    def _restart_card_timer(self) -> None:
        card = self._w.card
        if card.verdict is not None:
            card.show_verdict(card.verdict, card.raw_code)

    # -- door mode --------------------------------------------------------------------------------
    def show_supervisor(self, supervisor: bool) -> None:
        """Volunteers see the door only: no settings, organizer views or event choice."""
        w = self._w
        w.context.supervisor = supervisor
        w.context.events.supervisor_changed.emit(supervisor)
        w.card.set_supervisor(supervisor)
        label = (
            tr("DoorWindow", "Lock door mode")
            if supervisor
            else tr("DoorWindow", "Supervisor unlock…")
        )
        w.toolbar.set_supervisor(supervisor, label)
        w.menus.set_supervisor(supervisor, label)
        if not supervisor:
            w.organizer.hide()
            w.dialogs.close_supervisor_dialogs()

    def show_lock_status(self, status: LockStatus) -> None:
        self._w.lock_indicator.show_status(status)

    def show_locked_by_itself(self, reason: str) -> None:
        self._w.lock_indicator.note_locked(reason)

    # -- lists and status -------------------------------------------------------------------------
    def add_recent(self, verdict: Verdict) -> None:
        self._w.recent.model.add(RecentRow.from_verdict(verdict, self._w.context.station_name))

    def mark_undone(self, ticket_number: str) -> None:
        self._w.recent.model.mark_undone(ticket_number)

    def reload_recent(self) -> None:
        context = self._w.context
        context.run_in_background(
            load_recent,
            context.station,
            context.event_id or None,
            on_done=self._w.recent.model.set_rows,
        )

    def refresh_search(self) -> None:
        self._w.search.refresh()

    def refresh_status(self) -> None:
        self._w.refresh_status()
