"""`checkin-app events`: the site's events on Wix (id, title, status, start)."""

from __future__ import annotations

import argparse

from checkin_app.cli import CommandError
from checkin_app.commands._common import add_data_dir, add_json, opened_station, print_json
from checkin_app.commands.sync import (
    EXIT_TROUBLE,
    add_connection,
    connected_engine,
    remember_connection,
)
from checkin_app.commands.terminal import field
from checkin_app.services.connection import SyncEngine, WixError, describe_error


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "events",
        help="list the site's events on Wix",
        description="List the Wix site's events (drafts excluded) with their status and start; "
        "`cached` says whether this station holds the event's guest list.",
    )
    add_data_dir(parser)
    add_connection(parser)
    add_json(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with opened_station(args, create=True) as station:
        with connected_engine(args, station) as engine:
            if not isinstance(engine, SyncEngine):  # a paired station's engine syncs via its hub
                raise CommandError(
                    "This station is paired with a venue hub: run `checkin-app events` on the "
                    "hub's computer.",
                    EXIT_TROUBLE,
                )
            try:
                events = engine.site_events()
            except WixError as exc:
                raise CommandError(describe_error(exc), EXIT_TROUBLE) from None
        remember_connection(args, station)
        cached = {e.id for e in station.events.events()}
    rows = [
        {
            "id": e.id,
            "title": e.title,
            "status": e.status,
            "start": e.start_date,
            "end": e.end_date,
            "cached": e.id in cached,
        }
        for e in events
    ]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("The site has no events.")
    for row in rows:
        mark = " (cached)" if row["cached"] else ""
        start = field(row["start"]) or "-"
        print(
            f"{field(row['id'])}  {field(row['status']):<9} {start:<24} {field(row['title'])}{mark}"
        )
    return 0
