"""`checkin-app repair`: salvage a damaged or emptied station database now (the scan log,
the queue and the other local records go into a new database; the damaged file is kept),
or start a new database where one vanished. A healthy database is left alone."""

from __future__ import annotations

import argparse

from checkin_app.cli import CommandError
from checkin_app.commands._common import add_data_dir, add_json, print_json, station_secrets
from checkin_app.services.errors import StorageError
from checkin_app.services.station_open import repair_database
from checkin_app.settings import resolve_data_dir


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "repair",
        help="salvage a damaged database (keeps the scan log and the queue)",
        description="Check the station's database; when it is damaged or emptied, set the "
        "file aside, copy every readable scan, queued Wix call, payment and sale into a new "
        "database, and say exactly what was kept and what was lost. The guest list is "
        "downloaded again by the next sync.",
    )
    add_data_dir(parser)
    add_json(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    try:
        report = repair_database(data_dir, station_secrets())
    except StorageError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print_json({"repaired": report is not None, **(report.to_json() if report else {})})
    elif report is None:
        print("The database is healthy (every page read); nothing to repair.")
    else:
        for line in report.lines():
            print(line)
    return 0
