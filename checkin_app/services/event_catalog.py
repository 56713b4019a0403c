"""The events and ticket types this station has cached, for screens that show them (Qt-free).

Read-only and offline: no Wix client is needed, so the organizer panels can list events
and ticket types while the station is not connected.
"""

from __future__ import annotations

from checkin_app.domain.models import Event, TicketDefinition
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.database import Database


class EventCatalog:
    """The events and ticket types as last downloaded (works offline: no Wix client)."""

    def __init__(self, db: Database) -> None:
        self._catalog = CatalogStore(db)

    def events(self) -> list[Event]:
        return self._catalog.events()

    def event(self, event_id: str) -> Event | None:
        return self._catalog.get_event(event_id) if event_id else None

    def definitions(self, event_id: str) -> list[TicketDefinition]:
        return self._catalog.definitions(event_id) if event_id else []

    def event_title(self, event_id: str) -> str:
        event = self.event(event_id)
        return event.title if event else ""
