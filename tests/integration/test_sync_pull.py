"""Pulling from the real emulator: local admissions survive, vanished tickets, deltas, conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from checkin_app.domain.models import VerdictKind
from checkin_app.storage.outbox import OutboxState
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.engine import Connectivity
from tests.support.sync_env import (
    BEHAVIOUR_IDS,
    BEHAVIOURS,
    ManualClock,
    Rig,
    admissible,
    gala_id,
    running_rig,
)


@pytest.fixture(params=BEHAVIOURS, ids=BEHAVIOUR_IDS)
def rig(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Rig]:
    with running_rig(tmp_path, behaviour=request.param) as rig:
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
    # Still inside the backoff, but the pass's pull hears from Wix again: the queue goes now,
    # in the same pass (issue 13.3), not when the backoff runs out.
    report = engine.run_once(gala)
    assert report.connectivity in (Connectivity.ONLINE, Connectivity.DEGRADED)
    assert report.error is None and report.pushed == 3 and report.pending == 0
    assert report.retry_in_s is None
