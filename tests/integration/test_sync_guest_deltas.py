"""Guest deltas read only what Wix documents (issue 13.8): per-guest check-in details, no
history of repeats, no promise of exactly one ticket-holder row per ticket. Whatever a
changed row leaves open costs a targeted ticket look-up — never a wrong cache.

Wix's guest view is the edge the emulator cannot vouch for, so a transport reshapes its
replies into other shapes Wix may use; everything else is the real emulator.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from checkin_app.storage.sync_state import SyncStateStore
from tests.support.sync_env import Rig, admissible, gala_id, running_rig

Reshape = Callable[[list[dict[str, Any]]], list[dict[str, Any]]]


class ReshapesGuests(httpx.BaseTransport):
    """The real transport, with Event Guests replies passed through `reshape`."""

    def __init__(self, reshape: Reshape) -> None:
        self._inner = httpx.HTTPTransport()
        self.reshape = reshape
        self.lookups = 0  # List Tickets calls by ticket number (targeted look-ups)
        self.looked_up: list[list[str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if request.url.path == "/events/v1/tickets" and "ticketNumber" in request.url.params:
            self.lookups += 1
            self.looked_up.append(request.url.params.get_list("ticketNumber"))
        if not request.url.path.endswith("/guests/query"):
            return response
        body = json.loads(response.read())
        body["guests"] = self.reshape(body["guests"])
        return httpx.Response(response.status_code, json=body, request=request)

    def close(self) -> None:
        self._inner.close()


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with running_rig(tmp_path) as rig:
        yield rig


def multi_ticket_order(rig: Rig, event_id: str) -> list[str]:
    """Free, paid tickets of one order with at least two of them."""
    state = rig.server.state
    free = set(admissible(rig.server, event_id, 10_000))
    for order in state.event_orders[event_id]:
        numbers = state.orders[order]["tickets"]
        if len(numbers) >= 2 and all(n in free for n in numbers):
            return numbers
    raise AssertionError("the demo seed has orders of several tickets")


def test_without_ticket_holder_rows_the_buyers_tickets_are_looked_up(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    server.set_behaviour(guest_rows="buyers-only")  # Wix promises no row per ticket
    gala = gala_id(server)
    transport = ReshapesGuests(lambda guests: guests)
    engine = rig.engine(station, transport=transport)
    engine.run_once(gala)
    numbers = multi_ticket_order(rig, gala)
    rig.client().check_in_tickets(gala, numbers[:1])  # another device, one ticket of the order
    created = server.state.tickets[numbers[0]]["checkIn"]["created"]
    transport.looked_up.clear()

    report = engine.run_once(gala)

    assert report.full_downloads == []
    assert [sorted(n) for n in transport.looked_up] == [sorted(numbers)]  # one call
    assert station.checkin.tickets.get(gala, numbers[0]).server_checked_in_at == created
    assert all(station.checkin.tickets.get(gala, n).server_checked_in_at is None
               for n in numbers[1:])  # fmt: skip
    assert not station.checkin.scan(numbers[0], gala, "Door 1").admitted  # already in


def invented_history(guests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A guest view that lists a repeat scan after each check-in (Wix documents none)."""
    for guest in guests:
        details = guest.get("guestDetails") or {}
        entries = details.get("checkInDetails") or []
        if details.get("checkedIn") and entries:
            later = entries[0]["checkInDate"].replace("Z", "") + "9Z"  # 0.9 ms later
            details["checkInDetails"] = [*entries, {"checkedIn": True, "checkInDate": later}]
    return guests


def shifted_dates(guests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A guest view whose check-in dates are not the ticket's `checkIn.created` exactly."""
    for guest in guests:
        for entry in (guest.get("guestDetails") or {}).get("checkInDetails") or []:
            entry["checkInDate"] = entry["checkInDate"].replace("Z", "+00:00")[:-9] + "0+00:00"
    return guests


@pytest.mark.parametrize(
    ("reshape", "look_ups"),
    # A row stamped with this station's own call is settled by what that call did; a date
    # that is not exactly the stamp the call got back is checked against the ticket.
    [(invented_history, 0), (shifted_dates, 1)],
)
def test_a_guest_view_that_differs_from_the_ticket_makes_no_false_conflict(
    rig: Rig, reshape: Reshape, look_ups: int
) -> None:
    server, station = rig.server, rig.station()
    gala = gala_id(server)
    transport = ReshapesGuests(lambda guests: guests)
    engine = rig.engine(station, transport=transport)
    engine.run_once(gala)
    mine = admissible(server, gala, 3)
    for number in mine:
        assert station.checkin.scan(number, gala, "Door 1").admitted
    assert engine.push().pushed == 3
    transport.reshape = reshape
    lookups = transport.lookups

    report = engine.run_once(gala)

    assert report.conflicts_found == 0 and SyncStateStore(station.db).conflicts() == []
    assert transport.lookups == lookups + look_ups
    for number in mine:
        created = server.state.tickets[number]["checkIn"]["created"]
        assert station.checkin.tickets.get(gala, number).server_checked_in_at == created


def test_two_ticket_holder_rows_that_disagree_are_settled_by_the_ticket(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    gala = gala_id(server)

    def duplicated(guests: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = list(guests)
        for guest in guests:
            details = guest.get("guestDetails") or {}
            if guest.get("guestType") == "TICKET_HOLDER" and details.get("checkedIn"):
                stale = json.loads(json.dumps(guest))
                stale["id"] += "-old"
                stale["guestDetails"] = {"checkedIn": False, "checkInDetails": []}
                out.append(stale)
        return out

    transport = ReshapesGuests(duplicated)
    engine = rig.engine(station, transport=transport)
    engine.run_once(gala)
    (number,) = admissible(server, gala, 1)
    rig.client().check_in_tickets(gala, [number])

    engine.run_once(gala)

    created = server.state.tickets[number]["checkIn"]["created"]
    assert station.checkin.tickets.get(gala, number).server_checked_in_at == created


def test_own_check_ins_cost_no_look_up_when_wix_stamps_the_rows_alike(rig: Rig) -> None:
    """The buyer's row moves with every check-in of its order; when it moved at the very
    stamp this station's own call got back, the station knows what changed."""
    server, station = rig.server, rig.station()
    gala = gala_id(server)
    transport = ReshapesGuests(lambda guests: guests)
    engine = rig.engine(station, transport=transport)
    engine.run_once(gala)
    numbers = multi_ticket_order(rig, gala)
    assert station.checkin.scan(numbers[0], gala, "Door 1").admitted
    assert engine.push().pushed == 1
    lookups = transport.lookups

    report = engine.run_once(gala)

    assert transport.lookups == lookups and report.pulled_tickets == 0
    assert report.conflicts_found == 0
