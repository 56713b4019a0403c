"""`checkin-app hub`: run this laptop as the venue hub; `hub-stations`: list or revoke doors.

The hub needs Wix credentials like `sync` (it is the venue's only Wix client). It prints
`hub: <url>` and `pairing code: <code>` (a new code line whenever the code is renewed) and
stops cleanly on Ctrl+C or SIGTERM.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from checkin_app.cli import CommandError
from checkin_app.commands._common import add_data_dir, add_json, opened_station, print_json


def register(sub: argparse._SubParsersAction) -> None:
    from checkin_app.commands.sync import add_connection

    parser = sub.add_parser(
        "hub",
        help="run this laptop as the venue hub (decides for every door, one Wix budget)",
        description="Serve paired door stations on the local network over HTTPS: decide "
        "every scan for every door, hand out the guest list, push all check-ins to Wix "
        "under one request budget. Needs Wix credentials like `sync`.",
    )
    parser.add_argument("--port", type=int, default=8470, help="port (default 8470; 0: any)")
    parser.add_argument(
        "--bind", default="0.0.0.0", metavar="ADDR",
        help="address to listen on (default 0.0.0.0: every network of this laptop)",
    )  # fmt: skip
    parser.add_argument("--name", help="the name doors see (default: 'Venue hub (<host>)')")
    parser.add_argument(
        "--no-discovery", action="store_true", help="do not announce the hub with DNS-SD"
    )
    add_data_dir(parser)
    add_connection(parser)
    parser.set_defaults(handler=run)

    stations = sub.add_parser(
        "hub-stations",
        help="the stations paired with this hub; --revoke one",
        description="List the stations paired with the hub of this data folder (works while "
        "the hub runs), or revoke one: its next call is refused and it gets no guest data.",
    )
    stations.add_argument("--revoke", metavar="ID_OR_NAME", help="revoke this station")
    add_data_dir(stations)
    add_json(stations)
    stations.set_defaults(handler=run_stations)


def run(args: argparse.Namespace) -> int:
    from checkin_app.hub import HubRuntime, HubStartError
    from checkin_app.services.hub_link import short_fingerprint

    key = None
    if args.api_key_stdin:
        key = sys.stdin.readline().strip()
        if not key:
            raise CommandError("No API key on standard input.")
    runtime = HubRuntime(
        args.data_dir, host=args.bind, port=args.port, name=args.name, base_url=args.base_url,
        site_id=args.site_id, api_key=key, advertise=not args.no_discovery,
    )  # fmt: skip
    try:
        runtime.start()
    except HubStartError as exc:
        raise CommandError(str(exc)) from None
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        assert runtime.pairing is not None
        code = runtime.pairing.code
        print(f"hub: {runtime.url}")
        print(f"pairing code: {code.display}")
        print(f"certificate: {short_fingerprint(runtime.pairing.fingerprint)}")
        print("Press Ctrl+C to stop.", flush=True)
        while not stop.wait(1.0):
            current = runtime.pairing.code
            if current.code != code.code:
                code = current
                print(f"pairing code: {code.display}", flush=True)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        runtime.stop()
        print("Hub stopped.", file=sys.stderr)
    return 0


def run_stations(args: argparse.Namespace) -> int:
    from checkin_app.services.hub_pairing import paired_stations, revoke_station

    with opened_station(args) as station:
        if args.revoke:
            count = revoke_station(station.stores, args.revoke)
            if not count:
                raise CommandError(f"No active station called {args.revoke!r}.")
        stations = paired_stations(station.stores)
    if args.json:
        print_json([
            {"id": s.id, "name": s.name, "paired_at": s.paired_at, "last_contact": s.last_contact,
             "address": s.last_address, "queue": s.queue, "revoked": not s.active}
            for s in stations
        ])  # fmt: skip
        return 0
    if args.revoke:
        print(f"Revoked {args.revoke}.")
    if not stations:
        print("No station has paired with this hub yet.")
    for s in stations:
        state = "revoked" if not s.active else f"last contact {s.last_contact or 'never'}"
        print(f"{s.id}  {s.name}  ({state}, queue {s.queue})")
    return 0
