"""`checkin-app undo TICKET`: undo a check-in (queued for Wix, or cancelled if never sent)."""

from __future__ import annotations

import argparse

from checkin_app.commands._common import (
    add_data_dir,
    add_event,
    add_json,
    add_station,
    opened_station,
    print_json,
    station_name,
)
from checkin_app.commands.terminal import field


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("undo", help="undo a ticket's check-in")
    parser.add_argument("ticket", metavar="TICKET", help="the ticket number")
    add_event(parser)
    add_station(parser)
    add_data_dir(parser)
    add_json(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with opened_station(args) as station:
        result = station.checkin.undo(args.ticket, args.event, station_name(args, station))
    if args.json:
        print_json(
            {
                "ticket_number": result.ticket_number,
                "event_id": result.event_id,
                "guest_name": result.guest_name,
                "cancelled_before_sent": result.cancelled_before_sent,
                "undo_queued": result.undo_queued,
            }
        )
    elif result.cancelled_before_sent:
        print(f"Undone: {field(result.ticket_number)} (the check-in had not been sent yet)")
    else:
        print(f"Undone: {field(result.ticket_number)} (Wix will be told at the next sync)")
    return 0
