"""Options and helpers the subcommands share."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from checkin_app.bootstrap import Station, open_station
from checkin_app.cli import CommandError
from checkin_app.commands.terminal import json_text
from checkin_app.services.errors import ServiceError
from checkin_app.settings import default_station_name
from checkin_app.storage.database import StorageError


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", help="station data folder (default: CHECKIN_DATA_DIR or "
        "the platform's user data folder)"
    )  # fmt: skip


def add_event(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--event", metavar="ID", help="event id (default: the cached event)")


def add_station(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--station", metavar="NAME", help="this station's name (default: CHECKIN_STATION or host)"
    )


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def station_name(args: argparse.Namespace, station: Station) -> str:
    return args.station or station.settings.station or default_station_name()


@contextmanager
def opened_station(args: argparse.Namespace, *, create: bool = False) -> Iterator[Station]:
    """Open the station for a command, turning storage and service errors into one line."""
    try:
        station = open_station(getattr(args, "data_dir", None), create=create)
    except StorageError as exc:
        raise CommandError(str(exc)) from None
    try:
        yield station
    except (StorageError, ServiceError) as exc:
        raise CommandError(str(exc)) from None
    finally:
        station.close()


def print_json(value: object) -> None:
    """One line of JSON: exact data (the terminal guard finds nothing to remove in it)."""
    sys.stdout.write(json_text(value) + "\n")
