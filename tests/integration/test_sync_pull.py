"""Pulling from the real emulator: local admissions survive, vanished tickets, deltas, conflicts."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from checkin_app.domain.models import VerdictKind
from checkin_app.storage.outbox import OutboxState
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.engine import Connectivity
from checkin_app.sync.ownership import DEFAULT_TOLERANCE_S
from tests.support.sync_env import (
    ManualClock,
    RefusesRepeats,
    Rig,
    admissible,
    gala_id,
    running_rig,
)


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with running_rig(tmp_path) as rig:
        yield rig


def remove_ticket_on_server(server, number: str) -> None:
    """Make a ticket vanish from Wix's list (as a GDPR order deletion would)."""
    state = server.state
    with state.lock:
        ticket = state.tickets.pop(number)
        state.event_tickets[ticket["eventId"]].remove(number)
        state.touch()


class FailingTickets(httpx.BaseTransport):
    """The real transport, but the ticket page at `offset` loses its connection."""

    def __init__(self, offset: int) -> None:
        self._inner = httpx.HTTPTransport()
        self._offset = str(offset)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.path == "/events/v1/tickets" and url.params.get("offset") == self._offset:
            raise httpx.RemoteProtocolError("connection dropped", request=request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def test_a_pull_never_erases_an_unsent_admission(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station)
    gala = gala_id(server)
    engine.pull(gala)
    number = admissible(server, gala, 1)[0]
    admitted = station.checkin.scan(number, gala, "Door 1")

    report = engine.pull(gala, full=True)  # only a pull: the admission stays unsent

    assert report.error is None and gala in report.full_downloads
    assert station.checkin.tickets.get(gala, number).server_checked_in_at is None
    [item] = station.outbox.items()
    assert item.state is OutboxState.PENDING and item.scan_id == admitted.scan_id
    again = station.checkin.scan(number, gala, "Door 2")
    assert again.kind is VerdictKind.ALREADY_CHECKED_IN and again.checked_in_station == "Door 1"
    assert report.conflicts_found == 0


def test_vanished_tickets_are_canceled_at_the_door(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station)
    gala = gala_id(server)
    engine.pull(gala)
    gone, kept = admissible(server, gala, 2)
    remove_ticket_on_server(server, gone)

    report = engine.pull(gala, full=True)

    assert report.error is None
    assert station.checkin.tickets.get(gala, gone).removed
    verdict = station.checkin.scan(gone, gala, "Door 1")
    assert verdict.kind is VerdictKind.CANCELED
    assert "no longer" in verdict.reason
    assert station.checkin.scan(kept, gala, "Door 1").kind is VerdictKind.ADMITTED
    assert SyncStateStore(station.db).get(f"tickets:{gala}").generation == 2


def test_a_failed_download_changes_nothing(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    rig.engine(station).pull(gala := gala_id(server))
    gone = admissible(server, gala, 1)[0]
    remove_ticket_on_server(server, gone)
    broken = rig.engine(station, transport=FailingTickets(offset=200))

    report = broken.pull(gala, full=True)

    assert report.error is not None and report.full_downloads == []
    ticket = station.checkin.tickets.get(gala, gone)
    assert ticket is not None and not ticket.removed  # nothing half-written
    state = SyncStateStore(station.db).get(f"tickets:{gala}")
    assert state.generation == 1 and state.last_error


def test_check_ins_from_other_devices_arrive_between_full_downloads(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station)
    other_device = rig.client()
    gala = gala_id(server)
    engine.run_once(gala)
    first, second = admissible(server, gala, 2)
    other_device.check_in(gala, [first, second])

    report = engine.run_once(gala)

    assert report.full_downloads == [] and report.guests_changed == 2
    stamp = server.state.tickets[first]["checkIn"]["created"]
    assert station.checkin.tickets.get(gala, first).server_checked_in_at == stamp
    verdict = station.checkin.scan(first, gala, "Door 1")
    assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN and verdict.checked_in_at == stamp

    other_device.undo_check_in(gala, [second])
    report = engine.run_once(gala)
    assert report.guests_changed == 1
    assert station.checkin.scan(second, gala, "Door 1").kind is VerdictKind.ADMITTED
    # Pushing that admission is not a conflict: the undo left the ticket free.
    assert engine.run_once(gala).conflicts_found == 0


def test_a_walk_up_sale_is_known_before_the_next_full_download(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station)
    box_office = rig.client()
    gala = gala_id(server)
    engine.run_once(gala)
    definition = next(d for d in station.checkin.catalog.definitions(gala) if d.name == "VIP")
    reservation = box_office.create_ticket_reservation(
        [{"ticketDefinitionId": definition.id, "quantity": 1}]
    )
    buyer = {"firstName": "Grace", "lastName": "Hopper", "email": "grace@example.com"}
    order = box_office.checkout(gala, reservation["id"], buyer)["order"]
    server.mark_order_paid(order["orderNumber"])  # the guest pays by card on their phone
    number = server.state.orders[order["orderNumber"]]["tickets"][0]

    report = engine.run_once(gala)

    assert report.full_downloads == [] and report.pulled_tickets == 1
    verdict = station.checkin.scan(number, gala, "Door 1")
    assert verdict.kind is VerdictKind.ADMITTED and verdict.guest_name == "Grace Hopper"


def test_the_ticket_list_is_downloaded_again_only_when_the_count_disagrees(rig: Rig) -> None:
    clock = ManualClock()
    server, station = rig.server, rig.station(clock=clock)
    engine = rig.engine(station, clock=clock)
    gala = gala_id(server)
    assert engine.run_once(gala).full_downloads == [gala]
    clock.advance(3600)
    quiet = engine.run_once(gala)  # an hour later, nothing changed: no full download
    assert quiet.full_downloads == [] and quiet.download_pages == 0 and quiet.requests <= 5
    gone = admissible(server, gala, 1)[0]
    remove_ticket_on_server(server, gone)

    report = engine.run_once(gala)  # the count check sees one ticket fewer on Wix

    assert report.full_downloads == [gala] and report.error is None
    assert station.checkin.scan(gone, gala, "Door 1").kind is VerdictKind.CANCELED


@pytest.mark.parametrize("repeat_answer", ["200, first time kept", "409 refused"])
def test_two_stations_admit_the_same_ticket_offline(rig: Rig, repeat_answer: str) -> None:
    server = rig.server
    north, south = rig.station("north"), rig.station("south")
    refuses = RefusesRepeats(server) if repeat_answer.startswith("409") else None
    north_engine, south_engine = rig.engine(north), rig.engine(south, transport=refuses)
    gala = gala_id(server)
    north_engine.run_once(gala)
    south_engine.run_once(gala)
    number = admissible(server, gala, 1)[0]
    # Both doors are offline and each lets a guest in on the same ticket.
    north_admission = north.checkin.scan(number, gala, "North door")
    south_admission = south.checkin.scan(number, gala, "South door")
    assert north_admission.admitted and south_admission.admitted

    north_report = north_engine.run_once(gala)
    # Wix only says when a ticket was checked in, not by whom: the second station tells
    # the first check-in from its own by the time, so let the clocks move on a little.
    time.sleep(DEFAULT_TOLERANCE_S + 1.0)
    south_report = south_engine.run_once(gala)

    assert north_report.error is None and south_report.error is None
    assert south_report.pushed == 1 and south_report.dead == 0
    if refuses is not None:
        assert refuses.refused >= 1  # the refusal was recognised as "already checked in"
    # Wix holds one check-in: the north door's, which came first.
    server_at = server.state.tickets[number]["checkIn"]["created"]
    assert north.checkin.tickets.get(gala, number).server_checked_in_at == server_at
    # The south door learns from Wix's reply that someone was first.
    assert south_report.conflicts_found == 1
    [conflict] = SyncStateStore(south.db).conflicts()
    assert conflict.ticket_number == number and conflict.server_at == server_at
    assert conflict.local_station == "South door"
    assert conflict.local_scan_id == south_admission.scan_id
    # The north door learns of the south door's admission at its next pull, from the
    # repeat that Wix records in the guest's check-in history; when Wix refuses repeats it
    # keeps no trace, and only the south door can know.
    north_again = north_engine.run_once(gala)
    north_conflicts = SyncStateStore(north.db).conflicts()
    if refuses is None:
        assert north_again.conflicts_found == 1
        [rival] = north_conflicts
        assert rival.local_station == "North door"
        assert rival.local_scan_id == north_admission.scan_id
        assert rival.server_at is not None and rival.server_at > server_at
    else:
        assert north_again.conflicts_found == 0 and north_conflicts == []
    assert north_report.conflicts_found == 0
    # Wix still holds one check-in (the north door's first); both logs keep their admission.
    assert server.state.tickets[number]["checkIn"]["created"] == server_at
    assert north.checkin.tickets.get(gala, number).server_checked_in_at == server_at
    assert south.checkin.log.get(south_admission.scan_id).undone_by is None
    assert north.checkin.log.get(north_admission.scan_id).undone_by is None
    # Later pulls do not report them twice.
    assert south_engine.run_once(gala, full=True).conflicts_found == 0
    assert north_engine.run_once(gala).conflicts_found == 0


def test_offline_keeps_everything_queued(rig: Rig) -> None:
    clock = ManualClock()
    server, station = rig.server, rig.station(clock=clock)
    engine = rig.engine(station, clock=clock)
    gala = gala_id(server)
    engine.run_once(gala)
    numbers = admissible(server, gala, 3)
    for number in numbers:
        station.checkin.scan(number, gala, "Door 1")
    server.set_faults(offline=True)

    report = engine.run_once(gala)

    assert report.connectivity == Connectivity.OFFLINE
    assert report.error is not None and report.error.startswith("Offline")
    assert report.pushed == 0 and report.pending == 3
    assert report.retry_in_s is not None and report.retry_in_s > 0
    server.set_faults()
    assert engine.run_once(gala).pushed == 0  # still backing off
    clock.advance(report.retry_in_s + 0.01)  # timedelta keeps microseconds only
    report = engine.run_once(gala)
    assert report.connectivity in (Connectivity.ONLINE, Connectivity.DEGRADED)
    assert report.error is None and report.pushed == 3 and report.pending == 0
