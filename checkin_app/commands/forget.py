"""`checkin-app forget`: forget an event's guest data now (names, e-mails, form answers; the
counts and the anonymous scan log stay), or list what this station holds and until when."""

from __future__ import annotations

import argparse

from checkin_app.cli import CommandError
from checkin_app.commands._common import add_data_dir, add_json, opened_station, print_json
from checkin_app.services.retention import ForgetRefused, Holding, HoldState


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "forget",
        help="forget an event's guest names and e-mails now, or list what is held",
        description="Guest data is forgotten by itself a set time after each event ends "
        "(settings: retention_days, default 7), never while check-ins are unsent. `forget "
        "--event ID` does it now; `forget --list` shows what is held and until when.",
    )
    add_data_dir(parser)
    add_json(parser)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--event", metavar="ID", help="the event whose guest data to forget")
    what.add_argument("--list", action="store_true", help="what is held, and until when")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with opened_station(args) as station:
        service = station.retention
        if args.list:
            holdings = service.holdings()
            if args.json:
                print_json([h.to_json() for h in holdings])
            else:
                for line in describe(holdings, service.days):
                    print(line)
            return 0
        try:
            done = service.forget(args.event)
        except ForgetRefused as exc:
            raise CommandError(str(exc)) from None
    if args.json:
        print_json({"event_id": done.event_id, "tickets": done.tickets, "sales": done.sales})
    else:
        print(
            f"Forgot the guest data of {done.title}: names and e-mails of {done.tickets} "
            f"ticket(s) and {done.sales} sale(s). Counts and the scan log stay."
        )
    return 0


def describe(holdings: list[Holding], days: float) -> list[str]:
    if not holdings:
        return ["No event is cached on this station."]
    lines = [f"Guest data is kept {days:g} day(s) after each event ends."]
    for h in holdings:
        until = h.forget_after.strftime("%Y-%m-%d %H:%M UTC") if h.forget_after else ""
        state = {
            HoldState.HELD: f"{h.data.guests} guest(s) held until {until}",
            HoldState.DUE: f"{h.data.guests} guest(s) held; forgotten at the next start",
            HoldState.WAITING: f"{h.data.guests} guest(s) held until {h.data.unsent} unsent "
            "check-in(s) reach Wix",
            HoldState.NO_END: f"{h.data.guests} guest(s) held (no end date known: forget by hand)",
            HoldState.FORGOTTEN: f"forgotten on {h.data.forgotten_at}",
        }[h.state]
        lines.append(f"{h.data.title} ({h.data.event_id}): {state}")
    return lines
