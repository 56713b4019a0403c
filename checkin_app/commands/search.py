"""`checkin-app search TEXT`: find guests in the cached list."""

from __future__ import annotations

import argparse

from checkin_app.commands._common import (
    add_data_dir,
    add_event,
    add_json,
    opened_station,
    print_json,
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("search", help="find guests by name, email, ticket or order number")
    parser.add_argument("text", metavar="TEXT", help="what to look for (prefixes match)")
    add_event(parser)
    add_data_dir(parser)
    add_json(parser)
    parser.add_argument("--limit", type=int, default=50, help="most results to show (50)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with opened_station(args) as station:
        if args.event:
            station.checkin.resolve_event(args.event)  # a clear error for an unknown event
        hits = station.search.search(args.text, args.event, limit=max(1, args.limit))
    if args.json:
        print_json([h.to_json() for h in hits])
        return 0
    if not hits:
        print("No guests match.")
    for hit in hits:
        t = hit.ticket
        state = f"checked in {hit.checked_in_at}" if hit.checked_in else hit.status_text
        print(f"{t.ticket_number}  {t.guest_name or '-'}  {t.ticket_name}  [{state}]")
    return 0
