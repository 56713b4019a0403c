"""The sync engine against the real emulator: first download, push, undo, pay at door."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin_app.domain.models import VerdictKind
from checkin_app.storage.outbox import OutboxKind, OutboxState
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.engine import Connectivity
from tests.support.sync_env import (
    BEHAVIOUR_IDS,
    BEHAVIOURS,
    RecordingTransport,
    Rig,
    admissible,
    gala_id,
    running_rig,
    server_tickets,
)


@pytest.fixture(params=BEHAVIOURS, ids=BEHAVIOUR_IDS)
def rig(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Rig]:
    with running_rig(tmp_path, behaviour=request.param) as rig:
        yield rig


def test_first_sync_downloads_the_sites_upcoming_events(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station)
    report = engine.run_once()

    assert report.error is None
    assert report.connectivity == Connectivity.ONLINE
    gala = gala_id(server)
    assert gala in report.full_downloads
    cached = {e.id: e for e in station.checkin.catalog.events()}
    assert cached[gala].title == "Summer Gala"
    assert {d.name for d in station.checkin.catalog.definitions(gala)} == {
        "General Admission", "VIP", "Student (free)",
    }  # fmt: skip
    expected = server_tickets(server, gala)
    local = {t.ticket_number: t for t in station.checkin.tickets.all_for_event(gala)}
    assert set(local) == {t["ticketNumber"] for t in expected}
    assert report.pulled_tickets >= len(expected)
    # Server check-ins, guest names and order states came along.
    for ticket in expected:
        mine = local[ticket["ticketNumber"]]
        assert mine.server_checked_in_at == (ticket["checkIn"] or {}).get("created")
        assert mine.guest_first_name == ticket["firstName"]
    assert {t.order_status.value for t in local.values()} >= {"PAID", "OFFLINE_PENDING"}
    state = SyncStateStore(station.db)
    assert state.get(f"tickets:{gala}").generation == 1
    assert state.get(f"guests:{gala}").watermark is not None
    assert report.clock_offset_s is not None and abs(report.clock_offset_s) < 5
    # Near the minimum the API allows: one page per 100 tickets plus a few calls.
    pages = -(-len(expected) // 100)
    assert report.requests <= pages + 12


def test_scans_are_pushed_in_one_call_and_wix_shows_them_checked_in(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    transport = RecordingTransport()
    engine = rig.engine(station, transport=transport)
    engine.run_once()
    gala = gala_id(server)
    numbers = admissible(server, gala, 5)
    for number in numbers:
        assert station.checkin.scan(number, gala, "Door 1").kind is VerdictKind.ADMITTED

    report = engine.run_once()

    assert report.error is None and report.pushed == 5 and report.pending == 0
    assert transport.accepted() == numbers  # one Check In Ticket call, in scan order
    for number in numbers:
        assert server.state.tickets[number]["checkIn"] is not None
        local = station.checkin.tickets.get(gala, number)
        assert local is not None
        assert local.server_checked_in_at == server.state.tickets[number]["checkIn"]["created"]
    assert {i.state for i in station.outbox.items()} == {OutboxState.DONE}
    # Wix's check-in is this station's own: no conflict, and the door still says who let
    # the guest in.
    assert report.conflicts_found == 0 and SyncStateStore(station.db).conflicts() == []
    again = station.checkin.scan(numbers[0], gala, "Door 2")
    assert again.kind is VerdictKind.ALREADY_CHECKED_IN and again.checked_in_station == "Door 1"


def test_undo_before_the_push_sends_nothing(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    transport = RecordingTransport()
    engine = rig.engine(station, transport=transport)
    engine.run_once()
    gala = gala_id(server)
    number = admissible(server, gala, 1)[0]
    station.checkin.scan(number, gala, "Door 1")
    assert station.checkin.undo(number, gala, "Door 1").cancelled_before_sent

    report = engine.run_once()

    assert report.error is None and report.pushed == 0
    assert transport.calls == []
    assert server.state.tickets[number]["checkIn"] is None


def test_undo_after_the_push_removes_the_check_in_on_wix(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    transport = RecordingTransport()
    engine = rig.engine(station, transport=transport)
    engine.run_once()
    gala = gala_id(server)
    number = admissible(server, gala, 1)[0]
    station.checkin.scan(number, gala, "Door 1")
    engine.run_once()
    assert server.state.tickets[number]["checkIn"] is not None

    assert station.checkin.undo(number, gala, "Door 1").undo_queued
    report = engine.run_once()

    assert report.error is None and report.pushed == 1
    assert server.state.tickets[number]["checkIn"] is None
    assert transport.accepted("DELETE") == [number]
    assert station.checkin.tickets.get(gala, number).server_checked_in_at is None
    assert station.checkin.scan(number, gala, "Door 1").kind is VerdictKind.ADMITTED


def test_undo_and_readmit_reach_wix_in_order(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    transport = RecordingTransport()
    engine = rig.engine(station, transport=transport)
    engine.run_once()
    gala = gala_id(server)
    first, other = admissible(server, gala, 2)
    station.checkin.scan(first, gala, "Door 1")
    engine.run_once()
    first_at = server.state.tickets[first]["checkIn"]["created"]
    # Offline now: undo, admit again, and admit another guest; all queued.
    station.checkin.undo(first, gala, "Door 1")
    station.checkin.scan(first, gala, "Door 1")
    station.checkin.scan(other, gala, "Door 1")
    kinds = [(i.kind, i.ticket_number) for i in station.outbox.items(OutboxState.PENDING)]
    assert kinds == [
        (OutboxKind.UNDO_CHECK_IN, first), (OutboxKind.CHECK_IN, first),
        (OutboxKind.CHECK_IN, other),
    ]  # fmt: skip

    report = engine.run_once()

    assert report.error is None and report.pushed == 3
    order = [(c["method"], n) for c in transport.calls[1:] for n in c["numbers"]]
    assert order.index(("DELETE", first)) < order.index(("POST", first))
    assert server.state.tickets[first]["checkIn"]["created"] > first_at  # checked in again
    assert server.state.tickets[other]["checkIn"] is not None
    assert report.conflicts_found == 0


def test_pay_at_door_confirms_the_order_then_checks_the_ticket_in(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station)
    engine.run_once()
    gala = gala_id(server)
    order = next(o for o in server.state.orders.values() if o["status"] == "OFFLINE_PENDING")
    number = order["tickets"][0]
    assert station.checkin.scan(number, gala, "Door 1").kind is VerdictKind.PAYMENT_DUE
    verdict = station.checkin.collect_payment_and_admit(number, gala, "Door 1")
    assert verdict.kind is VerdictKind.ADMITTED

    report = engine.run_once()

    assert report.error is None and report.pushed == 2
    assert server.state.orders[order["orderNumber"]]["status"] == "PAID"
    assert server.state.tickets[number]["checkIn"] is not None
    # The next full download brings the paid order back as server state.
    engine.run_once(full=True)
    assert station.checkin.tickets.get(gala, number).order_status.value == "PAID"


def test_a_wrong_laptop_clock_does_not_turn_own_check_ins_into_conflicts(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    gala = gala_id(server)
    rig.engine(station).pull(gala)
    numbers = admissible(server, gala, 3)
    for number in numbers:
        station.checkin.scan(number, gala, "Door 1")
    # A fresh session on a laptop whose clock runs ten minutes fast: the push is its very
    # first request, sent before any reply told it the server's time.
    engine = rig.engine(station, wall_clock=lambda: time.time() + 600)

    report = engine.run_once(gala)

    assert report.error is None and report.pushed == 3
    assert report.conflicts_found == 0 and SyncStateStore(station.db).conflicts() == []
    assert report.clock_offset_s is not None and abs(report.clock_offset_s + 600) < 5
