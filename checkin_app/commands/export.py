"""`checkin-app export`: an event's attendance list, or its scan log, as CSV (works offline)."""

from __future__ import annotations

import argparse
from pathlib import Path

from checkin_app.commands._common import add_data_dir, opened_station
from checkin_app.commands.terminal import field


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="write the attendance list (or the scan log) of an event as CSV",
        description="Write every ticket of the event with its guest, type, status, check-in "
        "time and station, from this station's cache; with --scans, every scan at this "
        "station instead (rejected ones included). Cells that could start a spreadsheet "
        "formula are written as text.",
    )
    add_data_dir(parser)
    parser.add_argument("--event", metavar="ID", required=True, help="the event id")
    parser.add_argument("--csv", metavar="FILE", required=True, help="the CSV file to write")
    parser.add_argument(
        "--scans",
        action="store_true",
        help="the scan log: time, door, input, ticket, guest, verdict, reason, override, "
        "who undid it",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with opened_station(args) as station:
        service = station.export_service()
        if args.scans:
            result = service.scan_log(args.event, Path(args.csv))
            what = "scans"
        else:
            result = service.attendance(args.event, Path(args.csv))
            what = "tickets"
    title = field(result.event.title)
    print(f"Wrote {result.rows} {what} ({result.detail}) of “{title}” to {args.csv}")
    return 0
