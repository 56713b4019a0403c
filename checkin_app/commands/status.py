"""`checkin-app status`: cached events, ticket counts, check-ins, the queue and the last sync."""

from __future__ import annotations

import argparse

from checkin_app.commands._common import add_data_dir, add_json, opened_station, print_json
from checkin_app.commands.terminal import field


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("status", help="what this station holds and has queued")
    add_data_dir(parser)
    add_json(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from checkin_app.services.hub_link import hub_status

    with opened_station(args) as station:
        station.check_health()  # every page read: damage is found here, not at the door
        status = station.status.status()
        hub = hub_status(station.data_dir, station.settings, station.stores, station.hub)
    if args.json:
        print_json({**status.to_json(), "hub": hub})
        return 0
    if hub.get("role") == "hub":
        print(f"This folder is the venue hub, serving at {hub['url']} (queue and conflicts "
              "below are the whole venue's).")  # fmt: skip
    elif hub["paired"]:
        state = "reachable" if hub["reachable"] else "NOT reachable: doors decide alone"
        print(f"Venue hub: {hub['url']} ({state}; last contact {hub['last_contact'] or 'never'})")
    print(f"Data: {status.data_dir}")
    if not status.events:
        print("No events cached yet: run `checkin-app sync`.")
    for e in status.events:
        print(
            f"{field(e.title)} ({field(e.id)}): {e.valid_tickets}/{e.tickets} valid tickets, "
            f"{e.checked_in_server} checked in on Wix, {e.admitted_here} admitted here"
        )
        download = e.download or {}
        if not e.list_complete or download:
            state = "still downloading" if not e.list_complete else "being checked again"
            total = download.get("total")
            so_far = (
                f"{download.get('received', 0):,} of {total:,} tickets"
                if isinstance(total, int)
                else "not started yet"
            )
            print(f"  Guest list {state}: {so_far}; `checkin-app sync` goes on with it.")
    queue = status.outbox
    print(
        f"Queue: {queue.get('pending', 0) + queue.get('inflight', 0)} waiting, "
        f"{queue.get('done', 0)} sent, {queue.get('dead', 0)} failed"
    )
    print(f"Last sync: {status.last_sync_age or 'never'}")
    if status.conflicts:
        print(f"Conflicts to review: {status.conflicts}")
    return 0
