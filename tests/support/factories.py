"""Build events and tickets for tests, and a station seeded with them."""

from __future__ import annotations

from pathlib import Path

from checkin_app.bootstrap import Station, open_station
from checkin_app.domain.models import Event, OrderStatus, Ticket

EVENT_ID = "11111111-2222-4333-8444-555555555555"
OTHER_EVENT_ID = "99999999-8888-4777-8666-555555555555"


def make_event(event_id: str = EVENT_ID, title: str = "Summer Gala") -> Event:
    return Event(id=event_id, title=title, status="UPCOMING", currency="USD")


def make_ticket(number: str, event_id: str = EVENT_ID, **overrides: object) -> Ticket:
    values: dict[str, object] = {
        "ticket_number": number,
        "event_id": event_id,
        "order_number": number[:-3] if len(number) > 3 else number,
        "ticket_name": "General Admission",
        "order_status": OrderStatus.PAID,
        "guest_first_name": "Ada",
        "guest_last_name": "Lovelace",
        "guest_email": "ada@example.com",
        "price": "25.00",
        "currency": "USD",
    }
    values.update(overrides)
    return Ticket(**values)  # type: ignore[arg-type]


def seeded_station(
    data_dir: Path, tickets: list[Ticket] | None = None, *, two_events: bool = False
) -> Station:
    """A station whose cache holds the Summer Gala (and optionally a second event)."""
    station = open_station(data_dir)
    station.checkin.catalog.upsert_event(make_event())
    if two_events:
        station.checkin.catalog.upsert_event(make_event(OTHER_EVENT_ID, "Winter Ball"))
    if tickets is None:
        tickets = [make_ticket("ABCD-EFGH-IJ001")]
    station.checkin.tickets.upsert_many(tickets, generation=1)
    for event_id in (EVENT_ID, OTHER_EVENT_ID) if two_events else (EVENT_ID,):
        # The list is complete, as after a full download (generation 1).
        station.checkin.sync_state.record_success(f"tickets:{event_id}", generation=1)
    return station


def url_for(number: str, event_id: str = EVENT_ID) -> str:
    return f"https://www.wixevents.com/check-in/{number},{event_id}"
