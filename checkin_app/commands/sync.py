"""`checkin-app sync`: one pass — send what is queued, then download the guest list changes.

Exit status: 0 the pass was clean; 1 the station cannot connect (no site id, no key, bad
URL); 3 the pass ran into trouble (offline, Wix errors, a refused key). Whatever happens,
nothing queued is lost: it waits for the next pass.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from checkin_app.bootstrap import ConnectionSetupError, Station, connect_station
from checkin_app.cli import CommandError
from checkin_app.commands._common import (
    add_data_dir,
    add_event,
    add_json,
    opened_station,
    print_json,
)
from checkin_app.commands.terminal import field
from checkin_app.domain.progress import ListProgress, describe_duration, describe_progress
from checkin_app.domain.text import one_line
from checkin_app.services.connection import (
    Connectivity,
    HubSyncEngine,
    SyncEngine,
    SyncReport,
)

EXIT_TROUBLE = 3


def add_connection(parser: argparse.ArgumentParser) -> None:
    """`--base-url`, `--site-id` and `--api-key-stdin` (the key never goes on the command
    line, where shell history would keep it)."""
    parser.add_argument(
        "--base-url", metavar="URL", help="Wix API address (default: CHECKIN_BASE_URL, the "
        "settings, or https://www.wixapis.com)"
    )  # fmt: skip
    parser.add_argument(
        "--site-id", metavar="ID", help="Wix site id (default: CHECKIN_SITE_ID or the settings)"
    )
    parser.add_argument(
        "--api-key-stdin", action="store_true",
        help="read the API key from the first line of standard input (default: "
        "CHECKIN_API_KEY or the system keyring)",
    )  # fmt: skip


@contextmanager
def connected_engine(
    args: argparse.Namespace, station: Station
) -> Iterator[SyncEngine | HubSyncEngine]:
    """The station's sync engine built from the options; setup problems become one line."""
    key = None
    if getattr(args, "api_key_stdin", False):
        key = sys.stdin.readline()
        if not key.strip():
            raise CommandError("No API key on standard input.")
    try:
        engine = connect_station(station, args.base_url, args.site_id, key)
    except ConnectionSetupError as exc:
        raise CommandError(str(exc)) from None
    try:
        yield engine
    finally:
        engine.close()


def remember_connection(args: argparse.Namespace, station: Station) -> None:
    """Keep a site id / URL given as an option for the next run (never the key)."""
    settings = station.settings
    changed = False
    if args.site_id and args.site_id != settings.site_id:
        settings.site_id, changed = args.site_id, True
    if args.base_url and args.base_url != settings.base_url:
        settings.base_url, changed = args.base_url, True
    if changed:
        settings.save(station.data_dir)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "sync",
        help="send queued check-ins to Wix, then download guest list changes",
        description="One sync pass: push the queued Wix calls, then pull the event(s). With "
        "no cached event and no --event, every upcoming or started event of the site is "
        "downloaded. Exit status 0 clean, 1 cannot connect, 3 offline or Wix trouble "
        "(nothing queued is lost).",
    )
    add_event(parser)
    add_data_dir(parser)
    add_connection(parser)
    add_json(parser)
    parser.add_argument("--full", action="store_true", help="download the whole ticket list now")
    parser.add_argument(
        "--max-wait", type=_seconds, metavar="SECONDS", default=None,
        help="wait at most this long in all when Wix asks to slow down (default 600; 0: never "
        "wait, leave the rest to the next sync)",
    )  # fmt: skip
    parser.set_defaults(handler=run)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= value <= 86400:
        raise argparse.ArgumentTypeError("must be between 0 and 86400 seconds")
    return value


def run(args: argparse.Namespace) -> int:
    progress = None if args.json else ProgressPrinter(sys.stdout)
    with opened_station(args, create=True) as station:
        station.check_health()  # a damaged database is salvaged before anything is sent
        with connected_engine(args, station) as engine:
            if args.max_wait is not None and isinstance(engine, SyncEngine):
                engine.max_pass_wait_s = args.max_wait  # (a paired station waits on its hub)
            # A person asked: every waiting call is tried now, whatever its backoff.
            report = engine.run_once(
                args.event, full=True if args.full else None, explicit=True, on_progress=progress
            )
        if progress is not None:
            progress.done()
        if report.connectivity not in (Connectivity.OFFLINE, Connectivity.UNKNOWN) and (
            report.paused is None
        ):
            remember_connection(args, station)
        titles = {e.id: e.title for e in station.events.events()}
    if args.json:
        print_json(report.to_json())
    elif report.connectivity == Connectivity.OFFLINE:
        print(f"checkin-app: {_offline_line(report)}", file=sys.stderr)
    else:
        for line in format_report(report, titles):
            print(line)
        if report.error:
            print(f"checkin-app: {field(report.error)}", file=sys.stderr)
    return EXIT_TROUBLE if report.error else 0


def _offline_line(report: SyncReport) -> str:
    """Offline, why (no connection, no reply within N s, ...) and what waits."""
    reason = field(report.error) or "Offline: cannot reach Wix. Nothing queued is lost."
    waiting = f" {report.pending} queued call(s) wait for the next pass." if report.pending else ""
    return f"{reason}{waiting}"


def format_report(report: SyncReport, titles: dict[str, str]) -> list[str]:
    """The text summary of a pass."""
    lines = [f"Sent {report.pushed} queued call(s); {report.pending} still waiting."]
    if report.newly_dead:
        lines.append(f"Wix refused {report.newly_dead} call(s) for good:")
        lines.extend(f"  {field(reason)}" for reason in dict.fromkeys(report.dead_reasons))
    if report.dead:
        lines.append(f"{report.dead} refused call(s) need attention (see `checkin-app status`).")
    for event_id in report.events:
        how = "full download" if event_id in report.full_downloads else "changes only"
        lines.append(f"Updated {field(titles.get(event_id, event_id))} ({how}).")
    if report.pulled_tickets or report.guests_changed:
        lines.append(
            f"Downloaded {report.pulled_tickets} ticket(s); {report.guests_changed} check-in "
            "change(s) from other devices."
        )
    for download in report.downloads:
        title = titles.get(str(download["event_id"]), str(download["event_id"]))
        total = download.get("total")
        so_far = f"{download['received']:,} of {total:,}" if isinstance(total, int) else "some"
        lines.append(
            f"Guest list of {title} still incomplete: {so_far} tickets so far; the next sync "
            "goes on from there."
        )
    if report.rate_limited:
        lines.append(
            f"Wix asked to slow down {report.rate_limited} time(s); waited "
            f"{report.waited_s:.0f} s in all."
        )
    if report.conflicts_found:
        lines.append(
            f"{report.conflicts_found} ticket(s) admitted here were also checked in elsewhere "
            "(conflicts to review)."
        )
    offset = report.clock_offset_s
    clock = "" if offset is None else f", clock offset {offset:+.1f} s"
    lines.append(f"Link: {report.connectivity}{clock}.")
    return lines


class ProgressPrinter:
    """Shows a download's progress: a bar redrawn in place on a terminal, otherwise a plain
    line every `LINE_EVERY_S` seconds (and at each wait for Wix)."""

    LINE_EVERY_S = 10.0
    BAR_WIDTH = 24

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._tty = out.isatty()
        self._last_line = 0.0
        self._drawn = False

    def __call__(self, progress: ListProgress) -> None:
        # Event titles come from Wix: keep escape sequences and control characters off the
        # terminal.
        title = one_line(progress.title or progress.event_id)
        text = describe_progress(progress)
        if progress.waiting_s:
            text += f" — Wix asked to slow down, waiting {describe_duration(progress.waiting_s)}"
        if self._tty:
            fraction = progress.fraction or 0.0
            filled = round(fraction * self.BAR_WIDTH)
            bar = "█" * filled + "░" * (self.BAR_WIDTH - filled)
            self._out.write(f"\r\x1b[2K{title[:30]} [{bar}] {text}")
            self._out.flush()
            self._drawn = True
            return
        now = time.monotonic()
        if progress.waiting_s or now - self._last_line >= self.LINE_EVERY_S:
            self._last_line = now
            print(f"Downloading the guest list of {title}: {text}", file=self._out, flush=True)

    def done(self) -> None:
        if self._drawn:
            self._out.write("\n")
            self._out.flush()
            self._drawn = False
