"""Double admissions against the real emulator, in every repeat/undo choice Wix might make.

Two stations (two data folders, two engines) admit the same tickets while offline and sync.
No test sleeps past a tolerance: the rules rest on what replies prove (ownership.py). The
same scenarios run as separate processes in tests/reliability/test_double_admissions.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from checkin_app.domain.clock import parse_iso
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.engine import SyncEngine
from tests.support.sync_env import (
    ManualClock,
    RecordingTransport,
    RefusesRepeats,
    Rig,
    admissible,
    gala_id,
    running_rig,
)

WAITED_S = 10.0  # longer than PRE_READ_AFTER_S: the admissions "waited in the queue"


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with running_rig(tmp_path) as rig:
        yield rig


def conflicts(station) -> list:
    return SyncStateStore(station.db).conflicts()


def door(rig: Rig, name: str, *, transport: httpx.BaseTransport | None = None):
    """A station with its own data folder and hand-moved clock, its cache downloaded."""
    clock = ManualClock()
    station = rig.station(name, clock=clock)
    engine = rig.engine(station, clock=clock, transport=transport)
    assert engine.run_once(gala_id(rig.server)).error is None
    return station, engine, clock


def admit(station, event_id: str, numbers: list[str], where: str) -> None:
    for number in numbers:
        assert station.checkin.scan(number, event_id, where).admitted


def sync(engine: SyncEngine, event_id: str):
    report = engine.run_once(event_id, explicit=True)
    assert report.error is None, report.error
    return report


@pytest.mark.parametrize("repeat", ["keep", "overwrite", "refuse"])
def test_doors_that_admitted_offline_each_learn_what_wix_lets_them_know(
    rig: Rig, repeat: str
) -> None:
    server = rig.server
    server.set_behaviour(repeat_check_in="overwrite" if repeat == "overwrite" else "keep")
    gala = gala_id(server)
    north, north_engine, north_clock = door(rig, "north")
    refuses = RefusesRepeats(server) if repeat == "refuse" else None
    south, south_engine, south_clock = door(rig, "south", transport=refuses)
    both = admissible(server, gala, 5)
    only_north, only_south = admissible(server, gala, 7)[5:6], admissible(server, gala, 8)[7:]
    admit(north, gala, [*both, *only_north], "North door")
    admit(south, gala, [*both, *only_south], "South door")
    north_clock.advance(WAITED_S)
    south_clock.advance(WAITED_S)

    first = sync(north_engine, gala)
    second = sync(south_engine, gala)

    assert first.pushed == 6 and first.conflicts_found == 0
    # The door whose calls reached Wix second read the tickets before sending: all five
    # were checked in by someone else. Its own ticket is not a conflict.
    assert second.pushed == 6 and second.conflicts_found == 5
    assert sorted(c.ticket_number for c in conflicts(south)) == sorted(both)
    assert {c.local_station for c in conflicts(south)} == {"South door"}
    if refuses is not None:
        assert refuses.refused >= 1  # Wix's refusal was read as "already checked in"
    created = {n: server.state.tickets[n]["checkIn"]["created"] for n in both}
    # The first door learns only when Wix's record changes: an overwritten time that none of
    # its own calls got back. When Wix keeps the first time, nothing on Wix tells it.
    again = sync(north_engine, gala)
    if repeat == "overwrite":
        assert again.conflicts_found == 5
        assert {c.server_at for c in conflicts(north)} == set(created.values())
    else:
        assert again.conflicts_found == 0 and conflicts(north) == []
    # Syncing again records nothing twice; both logs keep their admissions.
    assert sync(south_engine, gala).conflicts_found == 0
    assert (
        sync(
            north_engine,
            gala,
        ).conflicts_found
        == 0
    )
    assert len(conflicts(south)) == 5
    for station in (north, south):
        assert all(r.undone_by is None for r in station.checkin.log.recent(20))


@pytest.mark.parametrize("repeat", ["keep", "overwrite"])
def test_a_call_sent_at_once_is_judged_by_wixs_clock(rig: Rig, repeat: str) -> None:
    """No pre-read for admissions sent straight away: an older stamp in the reply is
    another device's, proven by the server clock the station learned from its own stamps."""
    server = rig.server
    server.set_behaviour(repeat_check_in=repeat)
    gala = gala_id(server)
    north, north_engine, _ = door(rig, "north")
    south, south_engine, _ = door(rig, "south")
    warm_up, contested = admissible(server, gala, 2)
    admit(south, gala, [warm_up], "South door")
    assert sync(south_engine, gala).pushed == 1  # south now knows Wix's clock to a round trip
    admit(north, gala, [contested], "North door")
    assert sync(north_engine, gala).pushed == 1
    # South's cache has not heard of it yet: its door admits the guest and sends at once.
    admit(south, gala, [contested], "South door")

    report = south_engine.push()

    assert report.pushed == 1
    north_at = north.checkin.tickets.get(gala, contested).server_checked_in_at
    south_call = [r for r in server.requests if r["path"].endswith("/tickets/check-in")][-1]
    gap = (parse_iso(south_call["time"]) - parse_iso(north_at)).total_seconds()
    assert 0 < gap < 1.0  # closer than the 1 s `Date` header (or any tolerance) could tell
    if repeat == "keep":
        # Wix answered with north's older time: before south's call could have arrived.
        assert report.conflicts_found == 1 and report.conflict_window_s is None
        assert sync(north_engine, gala).conflicts_found == 0  # north cannot know
    else:
        # Wix took south's time; north's next pull sees a check-in none of its calls made.
        assert report.conflicts_found == 0
        assert sync(north_engine, gala).conflicts_found == 1


@pytest.mark.parametrize("repeat", ["keep", "overwrite"])
@pytest.mark.parametrize("waited", [True, False])
def test_a_resend_after_a_lost_reply_is_never_a_conflict(
    rig: Rig, repeat: str, waited: bool
) -> None:
    server = rig.server
    server.set_behaviour(repeat_check_in=repeat)
    gala = gala_id(server)
    station, engine, clock = door(rig, "alone")
    numbers = admissible(server, gala, 4)
    admit(station, gala, numbers, "Door 1")
    if waited:
        clock.advance(WAITED_S)
    server.set_faults(drop_reply_next=1, only_path="/tickets/check-in")

    # Wix checks them in, the reply never comes back; the pull then hears from Wix, so the
    # pass sends them again at once — and Wix answers with check-ins this station made.
    report = engine.run_once(gala)

    assert [r["fault"] for r in server.requests].count("drop_reply") == 1
    assert report.error is None and report.pushed == 4 and report.pending == 0
    assert report.conflicts_found == 0 and conflicts(station) == []
    clock.advance(WAITED_S)
    assert sync(engine, gala).conflicts_found == 0
    for number in numbers:
        local = station.checkin.tickets.get(gala, number)
        assert local.server_checked_in_at == server.state.tickets[number]["checkIn"]["created"]


@pytest.mark.parametrize("undo", ["remove", "cancel-date"])
def test_a_check_in_undone_elsewhere_is_no_conflict(rig: Rig, undo: str) -> None:
    server = rig.server
    server.set_behaviour(undo_check_in=undo)
    gala = gala_id(server)
    north, north_engine, _ = door(rig, "north")
    south, south_engine, south_clock = door(rig, "south")
    (number,) = admissible(server, gala, 1)
    admit(north, gala, [number], "North door")
    sync(north_engine, gala)
    north.checkin.undo(number, gala, "North door")  # the wrong guest: undone and sent
    assert sync(north_engine, gala).pushed == 1
    if undo == "cancel-date":
        assert server.state.tickets[number]["canceledCheckIn"]["checkInCanceledDate"]
    admit(south, gala, [number], "South door")
    south_clock.advance(WAITED_S)

    report = sync(south_engine, gala)

    assert report.pushed == 1 and report.conflicts_found == 0
    assert sync(north_engine, gala).conflicts_found == 0
    assert conflicts(north) == [] and conflicts(south) == []
    assert south.checkin.tickets.get(gala, number).server_checked_in_at is not None


class CrashAfterWixActs(RecordingTransport):
    """The process dies while its check-in call is in flight (after Wix acted on it)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.method == "POST" and request.url.path.endswith("/tickets/check-in"):
            raise SystemExit("killed mid-call")
        return response


def test_a_call_cut_off_by_a_crash_is_no_conflict_after_restart(rig: Rig) -> None:
    server = rig.server
    gala = gala_id(server)
    clock = ManualClock()
    station = rig.station("door", clock=clock)
    rig.engine(station, clock=clock).run_once(gala)
    numbers = admissible(server, gala, 3)
    admit(station, gala, numbers, "Door 1")
    doomed = rig.engine(station, clock=clock, transport=CrashAfterWixActs())
    with pytest.raises(SystemExit):
        doomed.push(explicit=True)
    assert all(server.state.tickets[n]["checkIn"] for n in numbers)  # Wix did it
    clock.advance(400)  # the lease of the cut-off call runs out: it is sent again

    report = rig.engine(station, clock=clock).run_once(gala, explicit=True)

    assert report.error is None and report.pushed == 3
    assert report.conflicts_found == 0 and conflicts(station) == []
