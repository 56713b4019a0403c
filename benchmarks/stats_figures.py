"""How long the live stats take to count from a big cache (the panel recounts after scans).

Prints JSON: tickets, local admissions, and the median/max milliseconds of
`StatsService.event_stats` and `attendance` over a few runs.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta

from checkin_app.bootstrap import open_station
from checkin_app.domain.clock import to_iso
from checkin_app.domain.models import Event, OrderStatus, Ticket, TicketDefinition
from checkin_app.services.stats import StatsService

EVENT = "bench-event"


def build(tickets: int, admitted: int, server_checked: int) -> tuple[object, StatsService]:
    station = open_station(tempfile.mkdtemp(prefix="stats-bench-"))
    catalog = station.checkin.catalog
    catalog.upsert_event(Event(EVENT, "Benchmark Gala", time_zone_id="UTC", currency="USD"))
    types = [f"type-{i}" for i in range(4)]
    catalog.replace_definitions(
        EVENT,
        [(TicketDefinition(t, EVENT, t, "25.00", "USD", initial_limit=tickets), None)
         for t in types],
    )  # fmt: skip
    start = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
    rows = [
        Ticket(
            ticket_number=f"BENCH-{i:06d}", event_id=EVENT, order_number=f"ORD-{i // 2:06d}",
            definition_id=types[i % 4], ticket_name=types[i % 4],
            order_status=OrderStatus.PAID if i % 10 else OrderStatus.FREE,
            guest_first_name="Guest", guest_last_name=str(i), price="25.00", currency="USD",
            server_checked_in_at=to_iso(start + timedelta(seconds=i))
            if i < server_checked else None,
        )
        for i in range(tickets)
    ]  # fmt: skip
    station.checkin.tickets.upsert_many(rows)
    for i in range(server_checked, server_checked + admitted):
        station.checkin.scan(f"BENCH-{i:06d}", EVENT, f"Door {i % 3 + 1}")
    return station, station.stats_service("Door 1")


def timed(fn: object, runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - began) * 1000)
    return times


def main() -> int:
    tickets = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    admitted = tickets // 10
    station, service = build(tickets, admitted, tickets // 4)
    stats_ms = timed(lambda: service.event_stats(EVENT))
    export_ms = timed(lambda: service.attendance(EVENT))
    figures = service.event_stats(EVENT)
    print(json.dumps({
        "benchmark": "stats_figures",
        "tickets": tickets,
        "local_admissions": admitted,
        "checked_in": figures.checked_in,
        "event_stats_ms_median": round(statistics.median(stats_ms), 1),
        "event_stats_ms_max": round(max(stats_ms), 1),
        "attendance_ms_median": round(statistics.median(export_ms), 1),
    }))  # fmt: skip
    station.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
