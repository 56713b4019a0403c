"""`checkin-app check-in CODE`: decide and record one scan from the cached tickets."""

from __future__ import annotations

import argparse

from checkin_app.commands._common import (
    add_data_dir,
    add_event,
    add_json,
    add_station,
    opened_station,
    print_json,
    station_name,
)
from checkin_app.commands.terminal import field
from checkin_app.domain.models import InputMethod, Verdict


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check-in",
        help="decide and record one scan",
        description="Decide one ticket code against the cached guest list and record it. "
        "Exit status 0 whenever a verdict was reached (read it from the output), 1 on error.",
    )
    parser.add_argument("code", metavar="CODE", help="the QR text or a ticket number")
    add_event(parser)
    add_station(parser)
    add_data_dir(parser)
    add_json(parser)
    parser.add_argument(
        "--method", choices=[m.value for m in InputMethod], default=InputMethod.MANUAL.value,
        help="how the code was read (recorded in the log)",
    )  # fmt: skip
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--admit-anyway",
        action="store_true",
        help="supervisor override: admit whatever the rules say",
    )
    action.add_argument(
        "--collect-payment", action="store_true", help="pay at door: payment taken, admit the guest"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with opened_station(args) as station:
        name = station_name(args, station)
        method = InputMethod(args.method)
        if args.admit_anyway:
            verdict = station.checkin.admit_anyway(args.code, args.event, name, method)
        elif args.collect_payment:
            verdict = station.checkin.collect_payment_and_admit(args.code, args.event, name, method)
        else:
            verdict = station.checkin.scan(args.code, args.event, name, method)
    if args.json:
        print_json(verdict.to_json())
    else:
        print(format_verdict(verdict))
    return 0


def format_verdict(verdict: Verdict) -> str:
    parts = [verdict.kind.value.replace("_", " ")]
    if verdict.guest_name:
        parts.append(field(verdict.guest_name))
    if verdict.ticket_name:
        parts.append(field(verdict.ticket_name))
    if verdict.ticket_number:
        parts.append(field(verdict.ticket_number))
    line = " · ".join(parts) + f": {field(verdict.reason)}"
    if verdict.checked_in_at and not verdict.admitted:
        line += f" ({field(verdict.checked_in_at)})"
    return line
