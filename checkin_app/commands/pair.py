"""`checkin-app pair CODE [--hub URL]` and `checkin-app unpair`: join or leave a venue hub."""

from __future__ import annotations

import argparse

from checkin_app.cli import CommandError
from checkin_app.commands._common import (
    add_data_dir,
    add_json,
    add_station,
    opened_station,
    print_json,
    station_name,
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "pair",
        help="pair this station with the venue hub (the code the hub shows)",
        description="Pair with the venue hub: without --hub, the hub is found on the local "
        "network (DNS-SD). The hub's certificate is pinned; the station's credential is kept "
        "in the system keyring. A paired station decides with the hub and syncs with it only.",
    )
    parser.add_argument("code", metavar="CODE", help="the pairing code the hub shows")
    parser.add_argument("--hub", metavar="URL", help="the hub's address, https://host:port")
    add_station(parser)
    add_data_dir(parser)
    add_json(parser)
    parser.set_defaults(handler=run_pair)

    unpair = sub.add_parser("unpair", help="forget the venue hub (back to direct to Wix)")
    add_data_dir(unpair)
    unpair.set_defaults(handler=run_unpair)


def run_pair(args: argparse.Namespace) -> int:
    from checkin_app.services.hub_link import HubError, pair, short_fingerprint
    from checkin_app.services.secrets import SecretStoreError

    with opened_station(args, create=True) as station:
        name = station_name(args, station)
        try:
            result = pair(
                station.data_dir, station.settings, station.secrets, args.code, name, args.hub
            )
        except (HubError, SecretStoreError) as exc:
            raise CommandError(str(exc)) from None
    if args.json:
        print_json(
            {"url": result.url, "hub_name": result.hub_name, "station_id": result.station_id,
             "fingerprint": result.fingerprint}
        )  # fmt: skip
    else:
        print(f"Paired with {result.hub_name or 'the hub'} at {result.url} as {name}.")
        print(f"Hub certificate: {short_fingerprint(result.fingerprint)}")
        print("Run `checkin-app sync` to load the guest list from the hub.")
    return 0


def run_unpair(args: argparse.Namespace) -> int:
    from checkin_app.services.hub_link import unpair

    with opened_station(args, create=True) as station:
        was = unpair(station.data_dir, station.settings, station.secrets)
    print("Unpaired: this station works directly with Wix again." if was else "Not paired.")
    return 0
