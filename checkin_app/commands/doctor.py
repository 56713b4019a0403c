"""`checkin-app doctor`: is this laptop ready for the doors to open? (`--self-check`: does
every part of the app load — what the bundled app's test runs.)

The Qt parts are probed in a child process (`doctor --qt-probe`): this process never loads
Qt, and a Qt that aborts (no screen, a missing plugin) becomes a line in the report.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import checkin_app
from checkin_app.bootstrap import ConnectionSetupError, Station, connect_station, open_station
from checkin_app.commands._common import (
    add_data_dir,
    add_json,
    print_json,
    print_report,
    station_secrets,
)
from checkin_app.commands.terminal import field
from checkin_app.services.connection import Engine
from checkin_app.services.doctor import (
    Connector,
    NotConfigured,
    StationFacts,
    run_doctor,
    self_check,
)
from checkin_app.services.doctor_checks import Check, DoctorReport, Status, problem, warning
from checkin_app.services.errors import StorageError
from checkin_app.services.station_open import DB_FILENAME
from checkin_app.settings import Settings, resolve_data_dir

QT_PROBE_TIMEOUT_S = 60.0  # a cold first start of Qt from a slow disk takes seconds


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "doctor",
        help="check this laptop is ready for the doors to open",
        description="Check each part the door needs — camera, QR readers, sound, keyring, "
        "data folder, the cached guest list, the Wix connection and the clock — and say "
        "in plain words what is ok, worth a look (warning) or a problem. Exit status 0 "
        "when ready, 1 when there is a problem.",
    )
    add_data_dir(parser)
    add_json(parser)
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="only check that every part of the app loads (Qt, sound, charts, OpenCV, "
        "QR readers, SQLite search, keyring); no camera, data or network",
    )
    parser.add_argument("--no-camera", action="store_true", help="do not probe cameras 0-3")
    parser.add_argument("--offline", action="store_true", help="make no call to Wix")
    parser.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.qt_probe:
        return _print_qt_probe()
    if args.self_check:
        report = self_check(qt_probe=probe_qt)
        where = None
    else:
        where = resolve_data_dir(args.data_dir)
        with _station(where) as (facts, station):
            connect = None if args.offline else _connector(station, where)
            report = run_doctor(
                facts, connect=connect, qt_probe=probe_qt, cameras=not args.no_camera
            )
    if args.json:
        print_json(report.to_json())
    else:
        _print_text(report, where)
    return 0 if report.ready else 1


# --- the station -----------------------------------------------------------------------


@contextmanager
def _station(data_dir: Path) -> Iterator[tuple[StationFacts, Station | None]]:
    """The facts about the station, and the station itself when its database opens.

    Nothing is created: a laptop that never synced has no database, and that is a finding.
    """
    if not (data_dir / DB_FILENAME).exists():
        yield StationFacts(data_dir), None
        return
    try:
        station = open_station(data_dir, create=False, secrets=station_secrets())
        if station.repair is not None:
            print_report(station.repair.lines())
        status = station.status.status()
    except StorageError as exc:
        yield StationFacts(data_dir, trouble=f"The station's database cannot be used: {exc}"), None
        return
    try:
        yield (
            StationFacts(
                data_dir,
                status,
                event_id=station.settings.event_id,
                encrypted=station.encrypted,
                demo=station.settings.demo,
            ),
            station,
        )
    finally:
        station.close()


def _connector(station: Station | None, data_dir: Path) -> Connector:
    """Connect through the sync branch's `connect_station` (settings, env, keyring)."""

    def connect() -> Engine:
        if station is not None:
            return _connect(station)
        # No database yet: a throwaway station carries the saved settings to connect_station.
        with tempfile.TemporaryDirectory(prefix="checkin-doctor-") as scratch:
            temporary = open_station(scratch, encrypt=False)  # holds no guest data
            try:
                temporary.settings = Settings.load(data_dir)
                engine = _connect(temporary)
            finally:
                temporary.close()
            return engine

    return connect


def _connect(station: Station) -> Engine:
    try:
        return connect_station(station)
    except ConnectionSetupError as exc:
        raise NotConfigured(str(exc)) from None


# --- the Qt probe, in a child process ---------------------------------------------------


def _self_command() -> list[str]:
    """How to start this same program again (the bundled executable, or Python)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "checkin_app"]


def probe_qt(timeout_s: float = QT_PROBE_TIMEOUT_S) -> list[Check]:
    """The Qt checks from a child process; what went wrong there, as checks."""
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):  # `python -m checkin_app` must find this package
        package_root = str(Path(checkin_app.__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    no_screen = sys.platform.startswith("linux") and not (
        env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
    )
    if no_screen:  # Qt would abort on the default (xcb) platform: check the rest off-screen
        env["QT_QPA_PLATFORM"] = "offscreen"
    checks, failure = _run_probe(env, timeout_s)
    if failure and env.get("QT_QPA_PLATFORM") != "offscreen":
        # The window system failed; the other Qt parts may still be fine: look off-screen.
        env["QT_QPA_PLATFORM"] = "offscreen"
        checks, _ = _run_probe(env, timeout_s)
        checks = [c for c in checks if c.name != "qt_widgets"]
        return [problem("qt_widgets", f"The window cannot open here: {failure}."), *checks]
    if failure:
        return [problem("qt_widgets", f"Qt cannot start: {failure}.")]
    if no_screen:
        checks = [
            warning(
                "qt_widgets",
                f"{c.detail} No screen here (no DISPLAY): the window needs a desktop session.",
            )
            if c.name == "qt_widgets"
            else c
            for c in checks
        ]
    return checks


def _run_probe(env: dict[str, str], timeout_s: float) -> tuple[list[Check], str]:
    """(checks, '') or ([], why the child failed)."""
    try:
        done = subprocess.run(
            [*_self_command(), "doctor", "--qt-probe"],
            env=env,
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout_s,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return [], f"no answer within {timeout_s:.0f} s"
    except OSError as exc:
        return [], f"could not start ({exc.strerror})"
    lines = [line for line in done.stdout.splitlines() if line.startswith("[")]
    if done.returncode == 0 and lines:
        with suppress(ValueError, TypeError, AttributeError):
            return [Check.from_json(item) for item in json.loads(lines[-1])], ""
    return [], _failure_reason(done.stderr, done.returncode)


def _failure_reason(stderr: str, returncode: int) -> str:
    """Qt's own words for why it stopped: its categorised lines ('qt.qpa.plugin: ...')."""
    said = [line.strip() for line in stderr.splitlines() if line.strip()]
    qt_lines = []
    for line in said:
        category, sep, text = line.partition(": ")
        if sep and category.startswith("qt.") and text not in qt_lines:
            qt_lines.append(text.rstrip("."))
    if qt_lines:
        return "; ".join(qt_lines[-3:])
    return said[-1].rstrip(".") if said else f"it stopped with status {returncode}"


def _print_qt_probe() -> int:
    try:
        from checkin_app.ui.self_check import qt_checks
    except ImportError as exc:  # PySide6 itself missing
        checks = [problem("qt_widgets", f"Qt (PySide6) cannot be loaded: {exc}")]
    else:
        checks = qt_checks()
    # ASCII JSON: safe through a pipe whatever the console's code page (\u escapes).
    print(json.dumps([c.to_json() for c in checks], ensure_ascii=True), flush=True)
    # Leave without Qt's and Python's teardown: nothing is left to save, and PySide's
    # exit-time cleanup is where crashes live.
    os._exit(0)


# --- output ----------------------------------------------------------------------------

MARKS = {Status.OK: "ok", Status.WARNING: "warning", Status.PROBLEM: "PROBLEM"}


def _print_text(report: DoctorReport, data_dir: Path | None) -> None:
    if data_dir is not None:
        print(f"Checking this station (data folder: {data_dir})")
    width = max(len(c.title) for c in report.checks)
    for check in report.checks:
        print(f"  {MARKS[check.status]:<8} {check.title:<{width}}  {field(check.detail)}")
    problems, warnings = report.count(Status.PROBLEM), report.count(Status.WARNING)
    notes = f" ({warnings} warning{'s' if warnings != 1 else ''} worth a look)" if warnings else ""
    if report.ready:
        print(f"Ready for the doors to open{notes}.")
    else:
        print(f"Not ready: {problems} problem{'s' if problems != 1 else ''} to fix{notes}.")
