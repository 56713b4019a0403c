"""`checkin-app export`: write an event's attendance list as CSV (works offline)."""

from __future__ import annotations

import argparse
import csv
import os
import tempfile
from pathlib import Path

from checkin_app.cli import CommandError
from checkin_app.commands._common import add_data_dir, opened_station
from checkin_app.commands.terminal import field
from checkin_app.services.stats import StatsService

COLUMNS = ("ticket", "order", "guest", "type", "status", "checked_in_at", "station")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="write the attendance list of an event as CSV",
        description="Write every ticket of the event with its guest, type, status, check-in "
        "time and station, from this station's cache.",
    )
    add_data_dir(parser)
    parser.add_argument("--event", metavar="ID", required=True, help="the event id")
    parser.add_argument("--csv", metavar="FILE", required=True, help="the CSV file to write")
    parser.set_defaults(handler=run)


def write_csv(path: Path, rows: list[tuple[str, ...]]) -> None:
    """Write atomically: a half-written export never replaces a good one."""
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise CommandError(f"Cannot write {path}: it is a folder.")
    if not directory.is_dir():
        raise CommandError(f"Cannot write {path}: the folder {directory} does not exist.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=directory)
    except OSError as exc:
        raise CommandError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    try:
        # utf-8-sig: spreadsheet programs then read names with accents correctly.
        with os.fdopen(fd, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            writer.writerows(rows)
        os.replace(tmp_name, path)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise CommandError(f"Cannot write {path}: {exc.strerror or exc}.") from None


def run(args: argparse.Namespace) -> int:
    with opened_station(args) as station:
        service = StatsService(station.db, station.station_name, station.clock)
        event = service.resolve_event(args.event)
        rows = [
            (
                r.ticket_number,
                r.order_number,
                r.guest_name,
                r.ticket_type,
                r.status,
                r.checked_in_at or "",
                r.station or "",
            )
            for r in service.attendance(event.id)
        ]
    write_csv(Path(args.csv), rows)
    checked = sum(1 for r in rows if r[4] == "checked in")
    title = field(event.title)
    print(f"Wrote {len(rows)} tickets ({checked} checked in) of “{title}” to {args.csv}")
    return 0
