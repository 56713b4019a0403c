"""`checkin-app stats`: sales and attendance for an event, from the station's cache."""

from __future__ import annotations

import argparse

from checkin_app.bootstrap import ConnectionSetupError, Station, connect_station
from checkin_app.cli import CommandError
from checkin_app.commands._common import (
    add_data_dir,
    add_event,
    add_json,
    opened_station,
    print_json,
)
from checkin_app.commands.terminal import field
from checkin_app.domain.money import format_amounts
from checkin_app.services.stats import EventStats, StatsService


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "stats",
        help="tickets sold and checked in, revenue and arrivals (works offline)",
        description="Sales and attendance figures from this station's cache. Works offline; "
        "--refresh pulls the latest figures from Wix first.",
    )
    add_data_dir(parser)
    add_event(parser)
    add_json(parser)
    parser.add_argument(
        "--refresh", action="store_true", help="pull the guest list and sales from Wix first"
    )
    parser.set_defaults(handler=run)


def print_text(stats: EventStats) -> None:
    print(f"{field(stats.title)} ({field(stats.event_id)})")
    capacity = f" of {stats.capacity}" if stats.capacity is not None else ""
    print(
        f"Checked in: {stats.checked_in} of {stats.sold} sold "
        f"({stats.checked_in_percent:g}%); capacity{capacity or ': unlimited'}"
    )
    source = {"wix": "Wix orders summary", "guest list": "estimated from the guest list"}.get(
        stats.revenue_source, "no figures yet"
    )
    orders = f", {stats.orders} orders" if stats.orders is not None else ""
    print(f"Revenue: {format_amounts(stats.revenue)} ({source}{orders})")
    print(f"{'Ticket type':<28} {'sold':>6} {'capacity':>9} {'reserved':>9} {'in':>6}")
    for t in stats.ticket_types:
        cap = "∞" if t.capacity is None else str(t.capacity)
        print(f"{field(t.name)[:28]:<28} {t.sold:>6} {cap:>9} {t.reserved:>9} {t.checked_in:>6}")
    if stats.arrivals:
        print("Arrivals per 5 minutes:")
        for bucket in stats.arrivals[-12:]:
            print(f"  {bucket.start[11:16]} UTC  {bucket.count:>4}  " + "#" * min(bucket.count, 60))
    if stats.arrivals_by_station:
        print(
            "By station: "
            + ", ".join(
                f"{field(name)} {count}" for name, count in stats.arrivals_by_station.items()
            )
        )
    print(
        f"Walk-up sales here: {stats.walk_up_sales} sales, {stats.walk_up_tickets} tickets, "
        f"{format_amounts(stats.walk_up_revenue)} (cash {format_amounts(stats.walk_up_cash)})"
    )
    print(f"Guest list as of: {stats.tickets_age or 'never downloaded'}")
    if stats.summary_age:
        print(f"Sales summary as of: {stats.summary_age}")
    for warning in stats.warnings:
        print(f"Note: {field(warning)}")


def refresh(station: Station, service: StatsService, event_id: str | None) -> None:
    """Pull the guest list (one sync pass) and the sales figures; one plain line on failure."""
    # An event asked for by id may not be cached yet: the sync pass downloads it.
    target = event_id or service.resolve_event(None).id
    try:
        engine = connect_station(station)
    except ConnectionSetupError as exc:
        raise CommandError(f"Cannot refresh from Wix: {exc}") from None
    try:
        report = engine.run_once(target)
        if report.error:
            raise CommandError(f"Could not refresh from Wix: {report.error}")
        client = engine.client
        if client is None:  # a station paired with a hub that does not forward to Wix
            raise CommandError("Cannot refresh from Wix: this station reaches no Wix client.")
        service.refresh(client, target)
    finally:
        engine.close()


def run(args: argparse.Namespace) -> int:
    with opened_station(args, create=args.refresh) as station:
        service = station.stats_service()
        if args.refresh:
            refresh(station, service, args.event)
        stats = service.event_stats(args.event)
    if args.json:
        print_json(stats.to_json())
    else:
        print_text(stats)
    return 0
