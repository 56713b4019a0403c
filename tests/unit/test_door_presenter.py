"""The door's rules without Qt: `DoorPresenter` driven by a recording view and fake clocks."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from checkin_app.domain.event_choice import EventList, choose_event
from checkin_app.domain.models import Event, InputMethod, Verdict, VerdictKind
from checkin_app.services.checkin import UndoResult
from checkin_app.settings import Settings
from checkin_app.ui.door_lock import SLEEP_GAP_S, DoorLock, LockStatus
from checkin_app.ui.door_presenter import (
    DEFAULT_CAMERA_SIZE,
    DoorPresenter,
    PinReason,
    parse_size,
    usable_camera_specs,
)
from checkin_app.ui.pin import hash_pin

PIN = "2468"
PIN_HASH = hash_pin(PIN)  # scrypt is slow-ish: hash once for the module
ADMIT = Verdict(VerdictKind.ADMITTED, "Paid", "T-1", guest_name="Ada", scan_id="s1")
CANCELED = Verdict(VerdictKind.CANCELED, "Ticket canceled", "T-3", guest_name="Alan")
DUE = Verdict(VerdictKind.PAYMENT_DUE, "x", "T-4", amount_due="25.00", currency="USD")


class Clocks:
    """`monotonic` stops while the laptop sleeps; `boot` keeps counting."""

    def __init__(self) -> None:
        self.monotonic = 1000.0
        self.boot = 5000.0

    def awake(self, seconds: float) -> None:
        self.monotonic += seconds
        self.boot += seconds

    def asleep(self, seconds: float) -> None:
        self.boot += seconds


@dataclass
class RecordingView:
    calls: list[tuple[str, tuple[object, ...]]] = field(default_factory=list)
    pin_requests: list[tuple[PinReason, Callable[[], None]]] = field(default_factory=list)
    collect_requests: list[Callable[[], None]] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def last(self, name: str) -> tuple[object, ...]:
        return [args for n, args in self.calls if n == name][-1]

    def ask_pin(self, reason: PinReason, on_unlocked: Callable[[], None]) -> None:
        self.calls.append(("ask_pin", (reason,)))
        self.pin_requests.append((reason, on_unlocked))

    def confirm_collect(self, verdict: Verdict, on_yes: Callable[[], None]) -> None:
        self.calls.append(("confirm_collect", (verdict,)))
        self.collect_requests.append(on_yes)

    def __getattr__(self, name: str) -> Callable[..., None]:
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args: self.calls.append((name, args))


@dataclass
class RecordingActions:
    calls: list[tuple[str, tuple[object, ...]]] = field(default_factory=list)

    def scan(self, raw: str, method: InputMethod = InputMethod.CAMERA, started=None) -> None:
        self.calls.append(("scan", (raw, method)))

    def admit_anyway(self, raw: str, method: InputMethod = InputMethod.MANUAL) -> None:
        self.calls.append(("admit_anyway", (raw,)))

    def collect_payment(self, ticket_number: str) -> None:
        self.calls.append(("collect_payment", (ticket_number,)))

    def undo(self, ticket_number: str) -> None:
        self.calls.append(("undo", (ticket_number,)))


@dataclass
class Sync:
    nudges: int = 0

    def sync_soon(self) -> None:
        self.nudges += 1


@dataclass
class Selection:
    event_id: str = ""
    changes: list[str] = field(default_factory=list)

    def set_event(self, event_id: str) -> None:
        self.event_id = event_id
        self.changes.append(event_id)


@dataclass
class Door:
    presenter: DoorPresenter
    view: RecordingView
    actions: RecordingActions
    sync: Sync
    selection: Selection
    settings: Settings
    clocks: Clocks
    saves: list[Settings]


def event(
    event_id: str, start: str | None = None, end: str | None = None, status: str = "UPCOMING"
) -> Event:
    return Event(id=event_id, title=event_id, status=status, start_date=start, end_date=end)


def make_door(pin_hash: str = "", lock_after_minutes: float = 5.0, **settings: object) -> Door:
    clocks = Clocks()
    config = Settings(
        supervisor_pin_hash=pin_hash, lock_after_minutes=lock_after_minutes, **settings
    )  # type: ignore[arg-type]
    lock = DoorLock(
        pin_hash,
        idle_s=lock_after_minutes * 60,
        monotonic=lambda: clocks.monotonic,
        sleep_clock=lambda: clocks.boot,
    )
    view, actions, sync, selection = RecordingView(), RecordingActions(), Sync(), Selection()
    saves: list[Settings] = []
    presenter = DoorPresenter(
        view,
        actions,
        lock,
        sync,
        selection,
        config,
        lambda: saves.append(replace(config)),  # type: ignore[arg-type]
    )
    return Door(presenter, view, actions, sync, selection, config, clocks, saves)


def unlock_through_pin(door: Door) -> None:
    """What the PIN dialog does when the right PIN is typed."""
    _reason, on_unlocked = door.view.pin_requests[-1]
    assert door.presenter.lock.unlock(PIN)
    on_unlocked()


# -- scans ------------------------------------------------------------------------------
def test_an_admission_shows_card_sound_list_and_nudges_sync() -> None:
    door = make_door()
    door.presenter.verdict_ready(ADMIT, "raw-code")
    assert door.view.names() == [
        "show_verdict",
        "play_sound",
        "add_recent",
        "refresh_search",
        "refresh_status",
    ]
    assert door.view.last("show_verdict") == (ADMIT, "raw-code")
    assert door.view.last("play_sound") == ("ok",)  # a sound with every verdict
    assert door.sync.nudges == 1


def test_a_refusal_plays_its_sound_and_uploads_nothing() -> None:
    door = make_door()
    door.presenter.verdict_ready(CANCELED, "x")
    assert door.view.last("play_sound") == ("rejected",)
    assert door.sync.nudges == 0


def test_scanner_and_search_reach_the_door_worker() -> None:
    door = make_door()
    door.presenter.scan("CODE-1")
    door.presenter.check_in("T-2")
    door.presenter.undo("T-2")
    assert door.actions.calls == [
        ("scan", ("CODE-1", InputMethod.SCANNER)),
        ("scan", ("T-2", InputMethod.MANUAL)),
        ("undo", ("T-2",)),
    ]


def test_failure_is_shown_with_the_refusal_sound() -> None:
    door = make_door()
    door.presenter.action_failed("Could not check in", "The disk is full.")
    assert door.view.calls == [
        ("show_failure", ("Could not check in", "The disk is full.")),
        ("play_sound", ("rejected",)),
    ]


# -- the card's actions ---------------------------------------------------------------------------
def test_undo_from_the_card_holds_it_then_refreshes_everything() -> None:
    door = make_door()
    door.presenter.undo_card(ADMIT)
    assert door.view.names() == ["hold_card"]
    assert door.actions.calls == [("undo", ("T-1",))]
    result = UndoResult("T-1", "E1", "Ada", cancelled_before_sent=True, undo_queued=False)
    door.presenter.undo_finished(result)
    assert door.view.names()[1:] == [
        "show_undone",
        "mark_undone",
        "reload_recent",
        "refresh_search",
        "refresh_status",
    ]
    assert door.view.last("mark_undone") == ("T-1",)
    assert door.sync.nudges == 1


def test_collect_payment_admits_only_after_staff_confirm() -> None:
    door = make_door()
    door.presenter.collect(DUE)
    assert door.view.names() == ["hold_card", "confirm_collect"]
    assert door.actions.calls == []
    door.view.collect_requests[-1]()
    assert door.actions.calls == [("collect_payment", ("T-4",))]


def test_admit_anyway_needs_the_pin_in_door_mode() -> None:
    door = make_door(PIN_HASH)
    assert not door.presenter.lock.supervisor
    door.presenter.admit_anyway(CANCELED, "raw-code")
    assert door.view.pin_requests[-1][0] is PinReason.OVERRIDE
    assert door.actions.calls == []  # nothing before the PIN
    unlock_through_pin(door)
    assert door.actions.calls == [("admit_anyway", ("raw-code",))]
    assert door.view.last("show_supervisor") == (True,)


def test_admit_anyway_runs_at_once_for_a_supervisor_and_uses_the_ticket_number() -> None:
    door = make_door()  # no PIN: everyone is a supervisor
    door.presenter.admit_anyway(CANCELED, "")
    assert door.actions.calls == [("admit_anyway", ("T-3",))]
    nothing = Verdict(VerdictKind.NOT_A_TICKET, "x")
    door.presenter.admit_anyway(nothing, "")
    assert len(door.actions.calls) == 1  # no code at all: nothing to admit


# -- door mode ------------------------------------------------------------------------------
def test_lock_button_locks_unlocks_and_explains_a_missing_pin() -> None:
    door = make_door()
    door.presenter.toggle_lock()
    assert door.view.names() == ["explain_no_pin"]

    door = make_door(PIN_HASH)
    door.presenter.toggle_lock()
    assert door.view.pin_requests[-1][0] is PinReason.UNLOCK
    unlock_through_pin(door)
    assert door.presenter.lock.supervisor
    door.presenter.toggle_lock()
    assert not door.presenter.lock.supervisor
    assert door.view.last("show_supervisor") == (False,)


def test_door_mode_locks_itself_after_five_idle_minutes() -> None:
    door = make_door(PIN_HASH)
    door.presenter.lock.unlock(PIN)
    for _ in range(299):
        door.clocks.awake(1)
        door.presenter.tick()
    assert door.presenter.lock.supervisor
    status = door.view.last("show_lock_status")[0]
    assert isinstance(status, LockStatus)
    assert status.supervisor and status.seconds_left == pytest.approx(1.0)

    door.presenter.supervisor_activity()  # e.g. a click in the organizer window
    for _ in range(299):
        door.clocks.awake(1)
        door.presenter.tick()
    assert door.presenter.lock.supervisor
    for _ in range(2):
        door.clocks.awake(1)
        door.presenter.tick()
    assert not door.presenter.lock.supervisor
    assert door.view.last("show_locked_by_itself") == ("idle",)
    assert door.view.last("show_supervisor") == (False,)
    assert door.view.last("show_lock_status")[0] == LockStatus(True, False, None)


def test_volunteer_scans_do_not_keep_the_door_unlocked() -> None:
    door = make_door(PIN_HASH)
    door.presenter.lock.unlock(PIN)
    for _ in range(31):
        door.clocks.awake(10)
        door.presenter.scan("CODE")
        door.presenter.verdict_ready(ADMIT, "CODE")
        door.presenter.tick()
    assert not door.presenter.lock.supervisor


def test_door_mode_locks_when_the_laptop_wakes_from_sleep() -> None:
    door = make_door(PIN_HASH)
    door.presenter.lock.unlock(PIN)
    door.clocks.awake(1)
    door.presenter.tick()
    door.clocks.asleep(SLEEP_GAP_S + 5)  # lid closed: the monotonic clock stood still
    door.clocks.awake(1)
    door.presenter.tick()
    assert not door.presenter.lock.supervisor
    assert door.view.last("show_locked_by_itself") == ("sleep",)
    assert door.presenter.lock.last_lock_reason == "sleep"


def test_a_frozen_process_counts_as_sleep_too() -> None:
    """On Windows the monotonic clock runs on through sleep: the long gap between two ticks
    is what shows the computer slept."""
    door = make_door(PIN_HASH, lock_after_minutes=60)
    door.presenter.lock.unlock(PIN)
    door.clocks.awake(SLEEP_GAP_S + 5)
    door.presenter.tick()
    assert not door.presenter.lock.supervisor


def test_never_locks_by_itself_when_set_to_zero_or_without_pin() -> None:
    door = make_door(PIN_HASH, lock_after_minutes=0)
    door.presenter.lock.unlock(PIN)
    for _ in range(100):
        door.clocks.awake(10)
        door.presenter.tick()
    assert door.presenter.lock.supervisor
    assert door.presenter.lock.seconds_left() is None

    door = make_door()
    door.clocks.asleep(3600)
    door.presenter.tick()
    assert door.presenter.lock.supervisor  # no PIN: nothing would unlock it again
    assert door.view.last("show_lock_status")[0] == LockStatus(False, True, None)


def test_locked_station_starts_locked_and_shows_it() -> None:
    door = make_door(PIN_HASH)
    door.presenter.start()
    assert door.view.calls == [
        ("show_supervisor", (False,)),
        ("show_lock_status", (LockStatus(True, False, None),)),
    ]


# -- the event ------------------------------------------------------------------------------
def test_event_choice_keeps_current_then_saved_then_the_one_on_now() -> None:
    door = make_door(event_id="E2")
    now = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)
    e1, e2 = event("E1", "2026-11-20T19:00:00Z"), event("E2", "2026-11-29T19:00:00Z")
    assert door.presenter.events_loaded([], now) is None
    assert door.presenter.events_loaded([e1, e2], now) == "E2"  # the saved one
    assert door.selection.changes == ["E2"]
    door.selection.event_id = "E1"
    assert door.presenter.events_loaded([e1, e2], now) == "E1"  # the one in use
    assert door.presenter.events_loaded([event("E3")], now) == "E3"  # gone: the only one
    assert door.selection.changes == ["E2", "E3"]
    door.presenter.pick_event("E3")
    assert door.selection.changes == ["E2", "E3"]  # the same one again: no change signal


def test_with_nothing_saved_the_door_takes_the_event_the_cli_would() -> None:
    """The door, `check-in`, `stats` and `export` pick the same event (one rule)."""
    door = make_door()
    now = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)
    past = event("past", "2026-11-20T19:00:00Z", "2026-11-20T23:00:00Z", "ENDED")
    tonight = event("tonight", "2026-11-28T19:00:00Z", "2026-11-28T23:00:00Z", "STARTED")
    assert door.presenter.events_loaded([past, tonight], now) == "tonight"
    assert choose_event(EventList([past, tonight]), now).id == "tonight"


def test_event_change_is_remembered_and_shown() -> None:
    door = make_door()
    door.presenter.event_changed("E9")
    assert [s.event_id for s in door.saves] == ["E9"]
    assert door.view.names() == ["reload_recent", "refresh_search", "refresh_status"]
    demo = make_door(demo=True)
    demo.presenter.event_changed("E9")
    assert demo.saves == []  # the demo's event is not the station's


# -- settings ------------------------------------------------------------------------------
def test_new_settings_are_saved_and_say_what_else_must_change() -> None:
    door = make_door(PIN_HASH)
    door.presenter.lock.unlock(PIN)
    new = replace(door.settings, lock_after_minutes=1.0, camera="1")
    effects = door.presenter.apply_settings(new)
    assert effects.restart_camera and not effects.reconnect
    assert door.saves[-1].lock_after_minutes == 1.0
    assert door.presenter.lock.seconds_left() == pytest.approx(60.0)

    effects = door.presenter.apply_settings(replace(door.settings, site_id="site-2"))
    assert effects.reconnect and not effects.restart_camera
    assert door.presenter.apply_settings(replace(door.settings), key_changed=True).reconnect

    door.presenter.apply_settings(replace(door.settings, supervisor_pin_hash=""))
    assert door.presenter.lock.supervisor and not door.presenter.lock.has_pin
    assert door.view.last("show_lock_status")[0] == LockStatus(False, True, None)


def test_camera_plan_helpers() -> None:
    assert usable_camera_specs(["", "none", "NONE", "0", "demo"]) == ["0", "demo"]
    assert parse_size("1920x1080") == (1920, 1080)
    assert parse_size("wide") == DEFAULT_CAMERA_SIZE
    assert parse_size("0x0") == DEFAULT_CAMERA_SIZE


def test_the_presenter_and_the_lock_import_no_qt() -> None:
    code = (
        "import sys, checkin_app.ui.door_presenter, checkin_app.ui.door_lock;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "[]"
