"""Live sales and attendance figures for an event, from the station's cache (works offline).

Qt-free. `StatsService.event_stats` reads only SQLite: ticket types and the guest list as
last synced, this station's scan log (so an admission counts the moment it is committed,
before it reaches Wix), its walk-up sales, and Wix's Orders summary as last fetched.
`refresh` pulls the ticket types and the Orders summary from Wix when the network is there.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from checkin_app.domain.clock import Clock, describe_age, parse_iso, to_iso
from checkin_app.domain.models import Event
from checkin_app.domain.sales import Payment, sum_money
from checkin_app.services.event_catalog import EventCatalog
from checkin_app.services.wix_problems import wix_call
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.figures import AttendanceReader, OrderSummary, OrderSummaryStore
from checkin_app.storage.sales import SaleStore
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.download import tickets_stream
from checkin_app.wix.client import WixClient
from checkin_app.wix.mapping import money_from_wix, ticket_definition_from_wix

log = logging.getLogger(__name__)

BUCKET_MINUTES = 5
OTHER_DEVICES = "other devices"  # check-ins Wix reported (another station, the Wix app)


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """One ticket on the attendance list (`checkin-app export`)."""

    ticket_number: str
    order_number: str
    guest_name: str
    ticket_type: str
    definition_id: str | None
    status: str  # checked in | not checked in | canceled | payment due | not paid
    order_status: str
    sold: bool
    checked_in_at: str | None
    station: str | None  # this station's name, or OTHER_DEVICES for a check-in from Wix
    price: str | None
    currency: str | None


@dataclass(frozen=True, slots=True)
class TicketTypeStats:
    definition_id: str
    name: str
    capacity: int | None  # None = unlimited
    sold: int
    reserved: int
    checked_in: int
    available: int | None


@dataclass(frozen=True, slots=True)
class ArrivalBucket:
    start: str  # ISO-8601 UTC, the start of a 5-minute slot
    count: int
    by_station: dict[str, int]


@dataclass
class EventStats:
    """Every figure of the stats panel and `checkin-app stats --json`."""

    event_id: str
    title: str
    time_zone_id: str | None  # the event's zone, for showing times as the door sees them
    generated_at: str
    sold: int
    checked_in: int
    capacity: int | None
    ticket_types: list[TicketTypeStats]
    revenue: dict[str, str]  # currency → amount
    revenue_source: str  # "wix" (Orders summary) | "guest list" (estimated) | "none"
    orders: int | None
    arrivals: list[ArrivalBucket]
    arrivals_by_station: dict[str, int]
    walk_up_sales: int
    walk_up_tickets: int
    walk_up_revenue: dict[str, str]
    walk_up_cash: dict[str, str]
    tickets_synced_at: str | None
    tickets_age: str | None
    summary_fetched_at: str | None
    summary_age: str | None
    warnings: list[str] = field(default_factory=list)

    @property
    def checked_in_percent(self) -> float:
        return round(100.0 * self.checked_in / self.sold, 1) if self.sold else 0.0

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["checked_in_percent"] = self.checked_in_percent
        return data


def bucket_start(moment: datetime, minutes: int = BUCKET_MINUTES) -> datetime:
    """The start of the `minutes`-long slot holding `moment` (UTC)."""
    moment = moment.astimezone(UTC).replace(second=0, microsecond=0)
    return moment - timedelta(minutes=moment.minute % minutes)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


class StatsService:
    """Sales and attendance figures for one station's cache."""

    def __init__(
        self,
        events: EventCatalog,
        catalog: CatalogStore,
        attendance: AttendanceReader,
        summaries: OrderSummaryStore,
        sales: SaleStore,
        sync_state: SyncStateStore,
        station: str,
        clock: Clock | None = None,
    ) -> None:
        self._events = events
        self._catalog = catalog
        self._attendance = attendance
        self._summaries = summaries
        self._sales = sales
        self._sync_state = sync_state
        self.station = station
        self._clock = clock or Clock()

    # -- which event ----------------------------------------------------------------------
    def resolve_event(self, event_id: str | None) -> Event:
        """The event asked for, else the one on now (or next); `EventNotFound` when none."""
        return self._events.resolve(event_id)

    # -- the attendance list --------------------------------------------------------------
    def attendance(self, event_id: str) -> list[AttendanceRow]:
        """Every cached ticket of the event with its check-in time and station."""
        rows = []
        for t in self._attendance.tickets(event_id):
            at, station = None, None
            if t.invalid:
                status = "canceled"
            else:
                if t.local_at:
                    at, station = t.local_at, t.local_station
                elif t.server_checked_in_at and not t.server_undone:
                    at, station = t.server_checked_in_at, OTHER_DEVICES
                if at:
                    status = "checked in"
                elif t.order_status == "OFFLINE_PENDING" and not t.paid_here:
                    status = "payment due"
                elif not t.sold:
                    status = "not paid"
                else:
                    status = "not checked in"
            guest = f"{t.guest_first_name} {t.guest_last_name}".strip() or t.buyer_name
            rows.append(
                AttendanceRow(
                    t.ticket_number, t.order_number, guest, t.ticket_name, t.definition_id,
                    status, t.order_status, bool(t.sold), at, station, t.price, t.currency,
                )
            )  # fmt: skip
        return rows

    # -- the figures ----------------------------------------------------------------------
    def event_stats(self, event_id: str | None = None) -> EventStats:
        """All figures for the event, from the cache only (never touches the network)."""
        event = self.resolve_event(event_id)
        now = self._clock.now()
        rows = self.attendance(event.id)
        attending = [r for r in rows if r.checked_in_at and r.sold]

        sold_by_type = Counter(r.definition_id for r in rows if r.sold)
        checked_by_type = Counter(r.definition_id for r in attending)
        types: list[TicketTypeStats] = []
        known = set()
        for d in self._catalog.definitions(event.id):
            known.add(d.id)
            sold, checked = sold_by_type[d.id], checked_by_type[d.id]
            types.append(
                TicketTypeStats(d.id, d.name, d.initial_limit, sold, d.reserved_count, checked,
                                d.available)
            )  # fmt: skip
        # Tickets whose type is not cached (deleted since, or never downloaded) by name.
        orphans: dict[str, list[AttendanceRow]] = {}
        for r in rows:
            if r.sold and r.definition_id not in known:
                orphans.setdefault(r.ticket_type or "Other", []).append(r)
        for name, group in sorted(orphans.items()):
            checked = sum(1 for r in group if r.checked_in_at)
            types.append(TicketTypeStats("", name, None, len(group), 0, checked, None))

        buckets: dict[datetime, dict[str, int]] = {}
        by_station: dict[str, int] = {}
        slots: dict[str, datetime | None] = {}  # many arrivals share a minute: parse once
        for r in attending:
            text = r.checked_in_at or ""
            key = text[:16] if text.endswith("Z") else text
            if key not in slots:
                moment = parse_iso(text)
                slots[key] = bucket_start(moment) if moment else None
            start = slots[key]
            if start is None:
                continue
            station = r.station or OTHER_DEVICES
            slot = buckets.setdefault(start, {})
            slot[station] = slot.get(station, 0) + 1
            by_station[station] = by_station.get(station, 0) + 1
        arrivals = [
            ArrivalBucket(_iso(start), sum(counts.values()), dict(sorted(counts.items())))
            for start, counts in sorted(buckets.items())
        ]

        revenue, source, orders, fetched = self._revenue(event.id, rows)
        walk_ups = self._sales.paid(event_id=event.id)
        walk_cash: dict[str, Decimal] = {}
        walk_all: dict[str, Decimal] = {}
        for sale in walk_ups:
            key = sale.currency or ""
            amount = sum_money([sale.total])
            walk_all[key] = walk_all.get(key, Decimal(0)) + amount
            if sale.payment is Payment.CASH:
                walk_cash[key] = walk_cash.get(key, Decimal(0)) + amount

        synced = self._sync_state.get(tickets_stream(event.id)).last_success_at
        limits = [t.capacity for t in types if t.definition_id]
        capacity = (
            sum(c for c in limits if c is not None) if limits and None not in limits else None
        )
        warnings = []
        if synced is None:
            warnings.append("The guest list has never been downloaded on this station.")
        return EventStats(
            event_id=event.id,
            title=event.title,
            time_zone_id=event.time_zone_id,
            generated_at=to_iso(now),
            sold=sum(1 for r in rows if r.sold),
            checked_in=len(attending),
            capacity=capacity,
            ticket_types=types,
            revenue=revenue,
            revenue_source=source,
            orders=orders,
            arrivals=arrivals,
            arrivals_by_station=dict(sorted(by_station.items())),
            walk_up_sales=len(walk_ups),
            walk_up_tickets=sum(len(s.tickets) or s.ticket_count for s in walk_ups),
            walk_up_revenue={k: f"{v:.2f}" for k, v in walk_all.items()},
            walk_up_cash={k: f"{v:.2f}" for k, v in walk_cash.items()},
            tickets_synced_at=synced,
            tickets_age=self._age(synced, now),
            summary_fetched_at=fetched,
            summary_age=self._age(fetched, now),
            warnings=warnings,
        )

    def _age(self, at: str | None, now: datetime) -> str | None:
        moment = parse_iso(at)
        return describe_age((now - moment).total_seconds()) if moment else None

    def _revenue(
        self, event_id: str, rows: list[AttendanceRow]
    ) -> tuple[dict[str, str], str, int | None, str | None]:
        stored = self._summaries.get(event_id)
        if stored:
            revenue = {r.currency: r.revenue for r in stored}
            orders = sum(int(r.total_orders) for r in stored)
            return revenue, "wix", orders, max(r.fetched_at for r in stored)
        estimate: dict[str, Decimal] = {}
        for r in rows:
            if r.sold and r.order_status in ("PAID", "PENDING", "AUTHORIZED"):
                key = r.currency or ""
                estimate[key] = estimate.get(key, Decimal(0)) + sum_money([r.price])
        if not estimate:
            return {}, "none", None, None
        return {k: f"{v:.2f}" for k, v in estimate.items()}, "guest list", None, None

    # -- refreshing from Wix --------------------------------------------------------------
    def refresh(self, client: WixClient, event_id: str) -> None:
        """Pull the ticket types (sold, reserved, left) and Wix's Orders summary.

        Raises `WixProblem` when Wix cannot be reached; the cached figures stay as they were.
        """
        action = "Refreshing the sales figures"
        raws = wix_call(action, lambda: list(client.iter_ticket_definitions(event_id)))
        sales = wix_call(action, client.get_orders_summary, event_id)
        self._catalog.replace_definitions(
            event_id, [(ticket_definition_from_wix(r), r) for r in raws]
        )
        self.store_summary(event_id, sales)

    def store_summary(self, event_id: str, sales: list[dict[str, Any]]) -> None:
        """Keep Wix's Orders summary (`sales` per currency) for offline display."""
        now = self._clock.now_iso()
        summaries = []
        for item in sales:
            revenue, currency = money_from_wix(item.get("revenue"))
            total, total_currency = money_from_wix(item.get("total"))
            summaries.append(
                OrderSummary(
                    currency or total_currency or "", revenue or total or "0", total,
                    int(item.get("totalOrders") or 0), int(item.get("totalTickets") or 0), now,
                )
            )  # fmt: skip
        self._summaries.replace(event_id, summaries)
