"""Options and helpers the subcommands share."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from checkin_app.bootstrap import Station, open_station
from checkin_app.cli import CommandError
from checkin_app.commands.terminal import json_text
from checkin_app.services.errors import DatabaseUnreadable, ServiceError, StorageError
from checkin_app.services.secrets import (
    ENV_DB_KEY,
    SecretsService,
    SecretStoreError,
    WrongPassphrase,
)
from checkin_app.services.station_open import repair_database
from checkin_app.settings import default_station_name


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
        station = open_station(
            getattr(args, "data_dir", None), create=create, secrets=station_secrets()
        )
    except StorageError as exc:
        raise CommandError(str(exc)) from None
    if station.repair is not None:  # a damaged database was salvaged on this start
        print_report(station.repair.lines())
    try:
        yield station
    except DatabaseUnreadable as exc:
        station.close()
        raise CommandError(_salvage_now(station, exc)) from None
    except (StorageError, ServiceError) as exc:
        raise CommandError(str(exc)) from None
    finally:
        station.close()


def _salvage_now(station: Station, exc: DatabaseUnreadable) -> str:
    """Damage found mid-command: nothing was decided; salvage the local records now."""
    if not station.damaged:
        return str(exc)  # unreadable at open (a wrong key is told apart there)
    try:
        report = repair_database(station.data_dir, station.secrets)
    except StorageError as repair_error:
        return f"The database is damaged; nothing was decided. {repair_error}"
    if report is not None:
        print_report(report.lines())
    return "The database was damaged; this command decided nothing. Sync, then try again."


def station_secrets() -> SecretsService:
    """The secrets store for a command: the keyring; on a laptop without one where the app
    keeps a passphrase store, the passphrase asked on the terminal (never echoed)."""
    secrets = SecretsService.for_this_computer()
    if (
        secrets.needs_choice
        and secrets.passphrase_store_exists()
        and not os.environ.get(ENV_DB_KEY)
        and sys.stdin is not None
        and sys.stdin.isatty()
    ):
        try:
            passphrase = getpass.getpass("Passphrase for the keys kept on this computer: ")
        except EOFError:
            raise CommandError("No passphrase given; nothing was changed.") from None
        try:
            secrets.use_passphrase(passphrase)
        except WrongPassphrase:
            raise CommandError("That passphrase does not open the stored keys.") from None
        except SecretStoreError as exc:
            raise CommandError(str(exc)) from None
    return secrets


def print_report(lines: list[str]) -> None:
    for line in lines:
        print(f"checkin-app: {line}", file=sys.stderr)


def print_json(value: object) -> None:
    """One line of JSON: exact data (the terminal guard finds nothing to remove in it)."""
    sys.stdout.write(json_text(value) + "\n")
