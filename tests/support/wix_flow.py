"""Helpers for tests of the organizer services against the emulator: a fast client, a
published event with ticket types, and a plain download of the guest list."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import httpx

from checkin_app.bootstrap import Station, open_station
from checkin_app.domain.clock import Clock
from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.setup import EventForm, TicketTypeForm
from checkin_app.wix import TokenBucket, WixClient
from checkin_app.wix.mapping import event_from_wix, ticket_definition_from_wix, ticket_from_wix

STATION = "Door 1"


def fast_client(srv: EmulatorServer, *, timeout_s: float | None = None) -> WixClient:
    """A client whose rate limit never slows a test down (the emulator is local)."""
    return WixClient(
        srv.site_id,
        srv.api_key,
        base_url=srv.url,
        rate_limiter=TokenBucket(60000, 1000),
        timeout=httpx.Timeout(timeout_s) if timeout_s else None,
    )


class Organizer:
    """A station plus the setup, sales and stats services on one client."""

    def __init__(
        self,
        srv: EmulatorServer,
        data_dir: Path,
        *,
        clock: Clock | None = None,
        **client_options: float,
    ) -> None:
        self.srv = srv
        self.client = fast_client(srv, **client_options)
        self.station: Station = open_station(data_dir, clock=clock)
        self.setup = self.station.setup_service(self.client)
        self.sales = self.station.sales_service(self.client, STATION)
        self.stats = self.station.stats_service(STATION)

    def close(self) -> None:
        self.client.close()
        self.station.close()


def event_form(title: str = "Summer Gala", **overrides: object) -> EventForm:
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=3)
    values: dict[str, object] = {
        "title": title,
        "start": start,
        "end": start + timedelta(hours=4),
        "time_zone_id": "Europe/Paris",
        "venue_name": "Grand Hall",
        "currency": "EUR",
        "reservation_minutes": 20,
    }
    values.update(overrides)
    return EventForm(**values)  # type: ignore[arg-type]


def published_event(org: Organizer, *, ga: int = 5, vip: int = 2) -> tuple[str, str, str]:
    """A published event with GA (25.00, `ga` left) and VIP (80.00, `vip` left).

    Returns (event id, GA definition id, VIP definition id).
    """
    event_id = org.setup.create_event(event_form()).object_id
    assert event_id
    ga_id = org.setup.add_ticket_type(event_id, TicketTypeForm("GA", "25", quantity=ga)).object_id
    vip_id = org.setup.add_ticket_type(
        event_id, TicketTypeForm("VIP", "80.00", quantity=vip)
    ).object_id
    org.setup.publish(event_id)
    assert ga_id and vip_id
    return event_id, ga_id, vip_id


def download(org: Organizer, event_id: str) -> int:
    """Mirror the event, its ticket types and its whole guest list into the cache."""
    catalog = org.station.checkin.catalog
    raw = org.client.get_event(event_id)
    catalog.upsert_event(event_from_wix(raw), raw)
    definitions = list(org.client.iter_ticket_definitions(event_id))
    catalog.replace_definitions(event_id, [(ticket_definition_from_wix(d), d) for d in definitions])
    tickets = [ticket_from_wix(t, event_id) for t in org.client.iter_tickets(event_id)]
    org.station.checkin.tickets.upsert_many(tickets, generation=1)
    org.station.checkin.sync_state.record_success(f"tickets:{event_id}", generation=1)
    return len(tickets)
