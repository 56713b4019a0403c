"""The events and ticket types this station has cached, and which of them a station means
(Qt-free).

Read-only and offline: no Wix client is needed, so the organizer panels can list events
and ticket types while the station is not connected. `resolve` is the one place services
ask which event a command, a scan or a screen is about (`domain/event_choice.py`).
"""

from __future__ import annotations

from checkin_app.domain.clock import Clock
from checkin_app.domain.event_choice import EventChoiceError, choose_event
from checkin_app.domain.models import Event, TicketDefinition, TicketRef
from checkin_app.services.errors import EventNotFound
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.tickets import TicketStore


class EventCatalog:
    """The events and ticket types as last downloaded (works offline: no Wix client)."""

    def __init__(
        self, catalog: CatalogStore, tickets: TicketStore, clock: Clock | None = None
    ) -> None:
        self._catalog = catalog
        self._tickets = tickets
        self._clock = clock or Clock()

    def events(self) -> list[Event]:
        return self._catalog.events()

    def event(self, event_id: str) -> Event | None:
        return self._catalog.get_event(event_id) if event_id else None

    def definitions(self, event_id: str) -> list[TicketDefinition]:
        return self._catalog.definitions(event_id) if event_id else []

    def event_title(self, event_id: str) -> str:
        event = self.event(event_id)
        return event.title if event else ""

    def resolve(self, event_id: str | None, ref: TicketRef | None = None) -> Event:
        """The event meant: the one asked for, else the one a scanned code (`ref`) points
        to, else the one on now (`choose_event`). Raises `EventNotFound`."""

        def holders() -> set[str]:
            assert ref is not None
            return {t.event_id for t in self._tickets.find_by_number(ref.ticket_number)}

        try:
            return choose_event(
                self._catalog,
                self._clock.now(),
                wanted=event_id,
                named=ref.event_id if ref is not None else None,
                holders=holders if ref is not None else None,
            )
        except EventChoiceError as exc:
            raise EventNotFound(str(exc)) from None
