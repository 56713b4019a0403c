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
from checkin_app.commands.terminal import field

MAX_LIMIT = 10_000


def result_limit(text: str) -> int:
    """`--limit`: a whole number from 1 to MAX_LIMIT, or a clear message (no traceback)."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            f"must be from 1 to {MAX_LIMIT:,} (got {text.strip()}); for every guest use "
            "`checkin-app export`"
        )
    return value


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("search", help="find guests by name, email, ticket or order number")
    parser.add_argument("text", metavar="TEXT", help="what to look for (prefixes match)")
    add_event(parser)
    add_data_dir(parser)
    add_json(parser)
    parser.add_argument(
        "--limit", type=result_limit, default=50, metavar="N",
        help=f"most results to show, 1 to {MAX_LIMIT:,} (default 50)",
    )  # fmt: skip
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with opened_station(args) as station:
        if args.event:
            station.checkin.resolve_event(args.event)  # a clear error for an unknown event
        hits = station.search.search(args.text, args.event, limit=args.limit)
    if args.json:
        print_json([h.to_json() for h in hits])
        return 0
    if not hits:
        print("No guests match.")
    for hit in hits:
        t = hit.ticket
        state = f"checked in {hit.checked_in_at}" if hit.checked_in else hit.status_text
        name = field(t.guest_name) or "-"
        print(f"{field(t.ticket_number)}  {name}  {field(t.ticket_name)}  [{field(state)}]")
    return 0
