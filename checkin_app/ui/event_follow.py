"""A small hook for organizer views: stay on the door's event unless the organizer picked
another one.

The rule needs no bookkeeping in the panel: when the door switches from event A to B, a view
showing A (or nothing) moves to B; a view showing anything else (the organizer chose it,
created it or copied it) stays where it is. In a panel:

    self.follow = DoorEventFollower(context, lambda: self.event_id, self)
    self.follow.event_changed.connect(self._set_event)
    self._set_event(self.follow.door_event)  # start on the door's event
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from checkin_app.ui.context import UiContext


class DoorEventFollower(QObject):
    """`event_changed(event_id)` when the view should move to the door's new event."""

    event_changed = Signal(str)

    def __init__(
        self, context: UiContext, shown: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._shown = shown
        self._door_event = context.event_id
        context.events.event_changed.connect(self._on_door_event)

    @property
    def door_event(self) -> str:
        return self._context.event_id

    @property
    def following(self) -> bool:
        """Whether the view shows the door's event (or none), so it moves along."""
        return self._shown() in ("", self._door_event, self._context.event_id)

    def _on_door_event(self, event_id: str) -> None:
        was_following = self._shown() in ("", self._door_event)
        self._door_event = event_id
        if was_following and self._shown() != event_id:
            self.event_changed.emit(event_id)
