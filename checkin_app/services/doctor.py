"""`checkin-app doctor`: is this station ready for the doors to open? Each part, in plain words.

Qt-free: the Qt parts (window, sound system, charts, audio output) are probed by the caller
(`checkin_app/ui/self_check.py`, in a child process) and handed in as finished checks, so
this module and the CLI process never load Qt.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from checkin_app.domain.clock import Clock, describe_age, parse_iso
from checkin_app.services.doctor_checks import Check, DoctorReport, Status, ok, problem, warning
from checkin_app.services.doctor_components import app_check, camera_check, component_checks
from checkin_app.services.status import EventStatus, StationStatus
from checkin_app.storage import disk_facts
from checkin_app.storage.database import DB_FILENAME
from checkin_app.sync.engine import SyncEngine, describe_error
from checkin_app.sync.hub_sync import HubSyncEngine
from checkin_app.wix import WixAuthError, WixError, WixPermissionError

__all__ = [
    "Check",
    "DoctorReport",
    "NotConfigured",
    "StationFacts",
    "Status",
    "run_doctor",
    "self_check",
]

log = logging.getLogger(__name__)

MIN_FREE_BYTES = 100 * 1024**2  # below this a scan may fail to save: a problem
LOW_FREE_BYTES = 1024**3  # below this, a warning
STALE_LIST_S = 24 * 3600  # a guest list older than this should be refreshed first
CLOCK_WARN_S = 60.0  # check-in times and "already checked in N min ago" drift beyond this
INACTIVE_STATUSES = ("ENDED", "CANCELED")
MAX_EVENTS_NAMED = 3

QtProbe = Callable[[], Sequence[Check]]


class NotConfigured(Exception):
    """There are no Wix connection settings (site id, API key); the message says which."""


# Builds the sync engine for the station; raises NotConfigured. The caller owns the wiring.
Connector = Callable[[], SyncEngine | HubSyncEngine]  # a paired station syncs via its hub


@dataclass
class StationFacts:
    """What the doctor is told about the station (the CLI opens it through bootstrap)."""

    data_dir: Path
    status: StationStatus | None = None  # None: no usable database
    trouble: str = ""  # why there is no status, in plain words
    event_id: str = ""  # the event the station is set to, if any
    encrypted: bool | None = None  # the database is encrypted (None: unknown / no database)
    demo: bool = False


def self_check(qt_probe: QtProbe | None = None) -> DoctorReport:
    """Every library the app needs loads and works (the bundled app's own test)."""
    checks = [app_check()]
    if qt_probe is not None:
        checks += qt_probe()
    checks += component_checks()
    return DoctorReport.of(checks)


def run_doctor(
    station: StationFacts,
    *,
    connect: Connector | None = None,
    qt_probe: QtProbe | None = None,
    cameras: bool = True,
    clock: Clock | None = None,
) -> DoctorReport:
    """The full "ready for doors to open" check. Never raises for what it finds.

    `connect=None` skips the Wix call (and so the clock); `cameras=False` the camera probe.
    """
    clock = clock or Clock()
    checks = list(self_check(qt_probe).checks)
    if cameras:
        checks.append(camera_check())
    checks.append(data_dir_check(station.data_dir))
    if station.status is None:
        checks.append(problem("guest_list", station.trouble or NO_GUEST_LIST))
    else:
        checks.append(guest_list_check(station.status, station.event_id, clock))
        checks.append(queue_check(station.status))
    if station.encrypted is not None:
        checks.append(encryption_check(station.encrypted, station.demo))
    if connect is not None:
        checks += wix_checks(connect)
    return DoctorReport.of(checks)


NO_GUEST_LIST = (
    "No guest list on this laptop yet: connect to Wix and download it "
    "(`checkin-app sync`, or open the app and follow the first-run steps)."
)


def encryption_check(encrypted: bool, demo: bool) -> Check:
    if encrypted:
        return ok(
            "encryption",
            "The guest list and scan log are encrypted on disk (SQLCipher, AES-256); the key "
            "is kept apart from the data folder.",
        )
    if demo:
        return ok("encryption", "Demo data (made-up guests) is not encrypted.")
    return problem("encryption", "The guest list is stored unencrypted: restart the app.")


# --- the data folder -------------------------------------------------------------------


def data_dir_check(path: Path) -> Check:
    trouble = disk_facts.folder_problem(path) or disk_facts.unwritable_database(path / DB_FILENAME)
    if trouble:
        return problem("data_dir", trouble)
    existing = path
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not os.access(existing, os.W_OK):
        return problem(
            "data_dir",
            f"{path} cannot be written: scans could not be saved. "
            "Choose another folder with --data-dir.",
        )
    try:
        free = shutil.disk_usage(existing).free
    except OSError as exc:
        return warning("data_dir", f"{path}: free space unknown ({exc.strerror}).")
    where = f"{path}" if path.exists() else f"{path} (created on first use)"
    text = f"{where}, {_size(free)} free."
    if free < MIN_FREE_BYTES:
        return problem("data_dir", f"{text} Too little space: free some before the doors open.")
    if free < LOW_FREE_BYTES:
        return warning("data_dir", f"{text} Space is getting low.")
    return ok("data_dir", text)


def _size(n: int) -> str:
    if n >= 1024**3:
        return f"{n / 1024**3:.1f} GB"
    return f"{n / 1024**2:.0f} MB"


# --- what is cached and queued ---------------------------------------------------------


def guest_list_check(status: StationStatus, event_id: str, clock: Clock) -> Check:
    """The events the door will check in for, how many tickets, and how fresh the list is."""
    events = status.events
    if not events:
        return problem(
            "guest_list",
            "No event downloaded yet: run `checkin-app sync` while online.",
        )
    chosen = [e for e in events if e.id == event_id]
    if not chosen:
        chosen = [e for e in events if e.status not in INACTIVE_STATUSES]
    if not chosen:
        return warning(
            "guest_list",
            f"Only past or canceled events are cached ({_names(events)}): sync to get "
            "upcoming ones.",
        )
    lines = [_event_line(e, clock) for e in chosen]
    worst = max((s for s, _ in lines), key=_severity)
    shown = [text for _, text in lines[:MAX_EVENTS_NAMED]]
    if len(lines) > MAX_EVENTS_NAMED:
        shown.append(f"and {len(lines) - MAX_EVENTS_NAMED} more events")
    return Check("guest_list", worst, "; ".join(shown) + ".")


def _event_line(event: EventStatus, clock: Clock) -> tuple[Status, str]:
    synced = parse_iso(event.last_sync)
    if synced is None or event.tickets == 0:
        return Status.PROBLEM, f"{event.title}: no tickets downloaded yet (run `checkin-app sync`)"
    age_s = (clock.now() - synced).total_seconds()
    text = f"{event.title}: {event.valid_tickets} valid tickets, list updated {describe_age(age_s)}"
    if age_s > STALE_LIST_S:
        return Status.WARNING, f"{text} (sync before the doors open)"
    return Status.OK, text


def _names(events: Sequence[EventStatus]) -> str:
    names = [e.title for e in events[:MAX_EVENTS_NAMED]]
    if len(events) > MAX_EVENTS_NAMED:
        names.append(f"{len(events) - MAX_EVENTS_NAMED} more")
    return ", ".join(names)


def _severity(status: Status) -> int:
    return (Status.OK, Status.WARNING, Status.PROBLEM).index(status)


def queue_check(status: StationStatus) -> Check:
    counts = status.outbox
    waiting = counts.get("pending", 0) + counts.get("inflight", 0)
    dead = counts.get("dead", 0)
    notes = []
    if dead:
        notes.append(f"{dead} that Wix refused (see `checkin-app status`)")
    if status.conflicts:
        notes.append(f"{status.conflicts} tickets admitted at two doors to review")
    sending = (
        f"{waiting} check-ins waiting to be sent (they go when Wix is reachable)"
        if waiting
        else "Nothing waiting to be sent"
    )
    if notes:
        return warning("queue", f"{sending}; {', '.join(notes)}.")
    return ok("queue", f"{sending}.")


# --- Wix and the clock -----------------------------------------------------------------


def wix_checks(connect: Connector) -> list[Check]:
    """One real, cheap call to Wix (or the emulator) and the clock offset its reply shows."""
    not_checked = warning("clock", "Not checked: it is compared with Wix's clock.")
    try:
        engine = connect()
    except NotConfigured as exc:
        return [warning("wix", f"Not configured: {exc}"), not_checked]
    try:
        client = engine.client
        if client is None:
            return [warning("wix", "Not checked: the paired hub forwards nothing to Wix."),
                    not_checked]  # fmt: skip
        try:
            round_trip = client.ping()
        except WixError as exc:
            return [_wix_failure(exc), not_checked]
        where = "the emulator" if _is_local(client.base_url) else "Wix"
        return [
            ok(
                "wix",
                f"Connected to {where} (site {client.site_id}), answered in "
                f"{round_trip * 1000:.0f} ms.",
            ),
            clock_check(engine.clock_offset_s),
        ]
    finally:
        engine.close()


def _wix_failure(error: WixError) -> Check:
    text = describe_error(error)
    if isinstance(error, WixAuthError | WixPermissionError):
        return problem("wix", text)  # nothing would ever be sent: fix before opening
    return warning("wix", f"{text} The door works offline from the cached guest list.")


def _is_local(url: str) -> bool:
    return "://127.0.0.1" in url or "://localhost" in url


def clock_check(offset_s: float | None) -> Check:
    if offset_s is None:
        return warning("clock", "Wix's reply carried no time to compare with.")
    size = abs(offset_s)
    side = "behind" if offset_s > 0 else "ahead of"
    if size <= CLOCK_WARN_S:
        return ok("clock", f"Within {max(1, round(size))} s of Wix's clock.")
    return warning(
        "clock",
        f"This laptop's clock is {_duration(size)} {side} Wix's: set the date and time "
        "automatically, or check-in times will look wrong.",
    )


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
