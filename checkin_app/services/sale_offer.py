"""What the sales panel offers: each ticket type (and each pricing option) with what is left.

Qt-free. Reads the station's cache for display offline, and refreshes it from Wix (Query
Ticket Definitions with SALES_DETAILS) for live stock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from checkin_app.services.wix_problems import wix_call
from checkin_app.storage.catalog import CatalogStore
from checkin_app.wix.client import WixClient
from checkin_app.wix.mapping import pricing_options_from_wix, ticket_definition_from_wix

MAX_TICKETS_PER_ORDER = 50  # Wix's ceiling for ticketLimitPerOrder


@dataclass(frozen=True, slots=True)
class TicketAvailability:
    """A ticket type as the sales panel offers it (one row per pricing option, if any)."""

    definition_id: str
    name: str
    price: str
    currency: str | None
    free: bool
    capacity: int | None  # None = unlimited
    sold: int
    reserved: int
    available: int | None  # None = unlimited
    sold_out: bool
    on_sale: bool
    sale_status: str | None
    pricing_option_id: str | None = None

    @property
    def key(self) -> str:
        """What `SalesService.reserve` takes quantities by: the ticket type's id, with the
        pricing option after a colon for a type priced by option."""
        if self.pricing_option_id:
            return f"{self.definition_id}:{self.pricing_option_id}"
        return self.definition_id

    @property
    def can_sell(self) -> bool:
        return self.on_sale and not self.sold_out


class TicketOffer:
    """The event's ticket types with their stock, live from Wix or as last cached."""

    def __init__(self, client: WixClient, catalog: CatalogStore) -> None:
        self._client = client
        self.catalog = catalog

    def availability(self, event_id: str) -> list[TicketAvailability]:
        """Every ticket type of the event with live stock from Wix (kept in the cache too)."""
        raws = wix_call(
            "Reading the ticket types", lambda: list(self._client.iter_ticket_definitions(event_id))
        )
        self.catalog.replace_definitions(
            event_id, [(ticket_definition_from_wix(r), r) for r in raws]
        )
        return self.cached_availability(event_id)

    def cached_availability(self, event_id: str) -> list[TicketAvailability]:
        """The ticket types as last downloaded (for display while offline)."""
        payloads = self.catalog.definition_payloads(event_id)
        result = []
        for d in self.catalog.definitions(event_id):
            if d.hidden:
                continue
            available = d.available
            row = TicketAvailability(
                definition_id=d.id,
                name=d.name,
                price=d.price,
                currency=d.currency,
                free=d.free,
                capacity=d.initial_limit,
                sold=d.sold_count,
                reserved=d.reserved_count,
                available=available,
                sold_out=d.sold_out or available == 0,
                on_sale=d.sale_status in (None, "", "SALE_STARTED"),
                sale_status=d.sale_status,
            )
            options = pricing_options_from_wix(payloads.get(d.id) or {})
            if not options:
                result.append(row)
            for option_id, name, price, currency in options:
                result.append(
                    replace(
                        row,
                        name=f"{d.name} · {name}" if name else d.name,
                        price=price,
                        currency=currency or d.currency,
                        free=False,
                        pricing_option_id=option_id,
                    )
                )
        return result

    def ticket_limit(self, event_id: str) -> int:
        """How many tickets one order may hold (the event's `ticketLimitPerOrder`)."""
        raw = self.catalog.event_json(event_id) or {}
        tickets = (raw.get("registration") or {}).get("tickets") or {}
        limit = tickets.get("ticketLimitPerOrder")
        value = int(limit) if isinstance(limit, int) and limit > 0 else 20
        return min(value, MAX_TICKETS_PER_ORDER)

    def guests_separately(self, event_id: str) -> bool:
        """Whether the event asks one registration form per ticket."""
        raw = self.catalog.event_json(event_id) or {}
        tickets = (raw.get("registration") or {}).get("tickets") or {}
        return bool(tickets.get("guestsAssignedSeparately"))

    def event_title(self, event_id: str) -> str:
        event = self.catalog.get_event(event_id) if event_id else None
        return event.title if event else ""
