"""The push through injected faults: 5xx, a 429 storm, dropped connections, bad tickets, a bad key.

Backoff runs on a hand-moved clock and the client's limiter never sleeps, so the tests take
seconds, not the minutes the same schedule would take for real.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from checkin_app.storage.outbox import OutboxState
from checkin_app.sync.backoff import Backoff
from checkin_app.sync.engine import Connectivity, SyncEngine
from tests.support.sync_env import (
    ManualClock,
    RecordingTransport,
    Rig,
    admissible,
    gala_id,
    running_rig,
)

QUEUED = 2000


def queue_check_ins(station, event_id: str, numbers: list[str]) -> None:
    for number in numbers:
        assert station.checkin.scan(number, event_id, "Door 1").admitted


def push_until_empty(engine: SyncEngine, clock: ManualClock, max_passes: int = 400) -> int:
    """Push pass after pass, moving the clock to each retry time; returns the passes run."""
    for passes in range(1, max_passes + 1):
        report = engine.push()
        if report.pending == 0:
            return passes
        clock.advance((report.retry_in_s or 0.0) + 0.01)
    raise AssertionError(f"the queue did not drain in {max_passes} passes")


@pytest.mark.slow
def test_two_thousand_check_ins_arrive_exactly_once_through_faults(tmp_path: Path) -> None:
    clock = ManualClock()
    with running_rig(tmp_path, seed=QUEUED + 50) as rig:
        server = rig.server
        station = rig.station(clock=clock)
        transport = RecordingTransport()
        engine = rig.engine(
            station, clock=clock, transport=transport, backoff=Backoff(base_s=1, max_s=20),
            max_pass_wait_s=0,  # every 429 ends the pass (not waited out): the backoff path
        )  # fmt: skip
        assert engine.pull().error is None
        event_id = station.checkin.catalog.events()[0].id
        numbers = admissible(server, event_id, QUEUED)
        queue_check_ins(station, event_id, numbers)

        # A 429 storm (12 in a row, "not for 7 s"), then a bad link: 30% 5xx and dropped
        # connections.
        server.set_faults(rate_limit_next=12, retry_after_s=7, error_rate=0.3, drop_rate=0.1)
        report = engine.push()
        assert report.pushed == 0 and report.retry_in_s is not None and report.retry_in_s >= 7
        assert engine.connectivity is Connectivity.DEGRADED
        clock.advance(6.5)
        assert engine.push().requests == 0  # nothing leaves inside Retry-After
        assert engine.retry_in_s is not None and engine.retry_in_s <= report.retry_in_s - 6.5
        clock.advance(report.retry_in_s)

        passes = push_until_empty(engine, clock)

        assert passes > 12  # every fault ended a pass; none lost anything
        counts = station.outbox.counts()
        assert counts["done"] == QUEUED and counts["pending"] == counts["inflight"] == 0
        assert counts["dead"] == 0
        # Every ticket is checked in on Wix, and Wix processed each exactly once.
        state = server.state
        assert all(state.tickets[n]["checkIn"] is not None for n in numbers)
        accepted = Counter(transport.accepted())
        assert set(accepted) == set(numbers) and set(accepted.values()) == {1}
        served = [
            e for e in server.requests
            if e["method"] == "POST" and e["path"].endswith("/tickets/check-in")
        ]  # fmt: skip
        ok = sum(1 for e in served if e["status"] == 200)
        assert ok == sum(1 for c in transport.calls if c["status"] == 200)
        assert ok >= QUEUED // 100
        assert {e["fault"] for e in served} >= {"error", "drop", "rate_limit"}
        # The faults were the server's: no conflicts, no failures left for a person.
        assert station.checkin.sync_state.conflicts() == []


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with running_rig(tmp_path) as rig:
        yield rig


def test_a_refused_ticket_is_dead_while_the_rest_of_its_batch_arrives(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station)
    gala = gala_id(server)
    engine.run_once(gala)
    numbers = admissible(server, gala, 12)
    queue_check_ins(station, gala, numbers)
    # Changed on Wix after this station downloaded the list.
    archived, canceled = numbers[3], numbers[8]
    state = server.state
    with state.lock:
        state.tickets[archived]["archived"] = True
        order = state.orders[state.tickets[canceled]["orderNumber"]]
        order["status"] = "CANCELED"
        state.touch()
    others = [n for n in numbers if n not in {archived, canceled}]
    others = [n for n in others if state.tickets[n]["orderNumber"] != order["orderNumber"]]

    report = engine.push()

    assert report.error is None and report.newly_dead >= 2
    assert all(state.tickets[n]["checkIn"] is not None for n in others)
    assert state.tickets[archived]["checkIn"] is None
    dead = {i.ticket_number: i.last_error for i in station.outbox.items(OutboxState.DEAD)}
    assert {archived, canceled} <= set(dead)
    assert "TICKET_NOT_CHECKABLE" in dead[archived] and "cannot be checked in" in dead[archived]
    assert station.outbox.counts()["pending"] == 0


def test_a_rejected_key_pauses_the_queue_until_a_new_key(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    good = rig.engine(station)
    gala = gala_id(server)
    good.run_once(gala)
    numbers = admissible(server, gala, 3)
    queue_check_ins(station, gala, numbers)
    engine = rig.engine(station, api_key="revoked-key")

    report = engine.run_once(gala)

    assert report.paused and "API key" in report.paused and report.error == report.paused
    assert engine.paused_reason == report.paused
    assert engine.connectivity is Connectivity.DEGRADED
    items = station.outbox.items()
    assert [i.state for i in items] == [OutboxState.PENDING] * 3
    assert all(i.attempts == 0 for i in items)  # given back untouched
    assert engine.run_once(gala).requests == 0  # paused: nothing is sent with that key
    assert all(server.state.tickets[n]["checkIn"] is None for n in numbers)

    engine.set_client(rig.client())  # the user entered a new key

    report = engine.run_once(gala)
    assert engine.paused_reason is None and report.error is None
    assert report.pushed == 3 and report.pending == 0
    assert all(server.state.tickets[n]["checkIn"] is not None for n in numbers)


def test_a_key_without_permission_pauses_too(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    rig.engine(station).run_once(gala := gala_id(server))
    queue_check_ins(station, gala, admissible(server, gala, 1))
    other_site = rig.engine(station, site_id="00000000-0000-4000-8000-000000000000")

    report = other_site.push()

    assert report.paused and "403" in report.paused
    assert station.outbox.items()[0].state is OutboxState.PENDING


class LosesFirstReply(RecordingTransport):
    """Wix processes the first check-in call, but its reply never comes back."""

    def __init__(self) -> None:
        super().__init__()
        self.lost = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.method == "POST" and request.url.path.endswith("/check-in") and not self.lost:
            self.lost += 1
            raise httpx.ReadError("connection reset after the request was sent", request=request)
        return response


def test_a_lost_reply_is_sent_again_without_a_false_conflict(rig: Rig) -> None:
    clock = ManualClock()
    server, station = rig.server, rig.station(clock=clock)
    transport = LosesFirstReply()
    engine = rig.engine(station, clock=clock, transport=transport)
    gala = gala_id(server)
    engine.run_once(gala)
    numbers = admissible(server, gala, 4)
    queue_check_ins(station, gala, numbers)

    first = engine.push()
    assert first.pushed == 0 and first.pending == 4 and transport.lost == 1
    assert all(server.state.tickets[n]["checkIn"] is not None for n in numbers)  # it arrived
    clock.advance(first.retry_in_s + 0.01)
    second = engine.run_once(gala)

    assert second.error is None and second.pushed == 4
    assert second.conflicts_found == 0 and station.checkin.sync_state.conflicts() == []
    for number in numbers:
        local = station.checkin.tickets.get(gala, number)
        assert local.server_checked_in_at == server.state.tickets[number]["checkIn"]["created"]


class NoTicketTypeScope(httpx.BaseTransport):
    """A door-only key: Wix answers 403 to reading ticket definitions (docs/wix-api.md §1.3)
    — or, as Wix warns it occasionally does for a missing permission, 401 (§1.4)."""

    def __init__(self, status: int = 403) -> None:
        self._inner = httpx.HTTPTransport()
        self._status = status

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "ticket-definitions" in request.url.path:
            body = {"message": "Missing permission", "details": {}}
            return httpx.Response(self._status, json=body, request=request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


@pytest.mark.parametrize("status", [403, 401])
def test_a_door_only_key_still_syncs_the_guest_list(rig: Rig, status: int) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station, transport=NoTicketTypeScope(status))
    gala = gala_id(server)

    report = engine.run_once(gala)

    assert report.error is None and report.paused is None
    assert report.pulled_tickets > 300
    assert station.checkin.catalog.definitions(gala) == []
    number = admissible(server, gala, 1)[0]
    station.checkin.scan(number, gala, "Door 1")
    assert engine.run_once(gala).pushed == 1


def precondition_failed(request: httpx.Request, code: str) -> httpx.Response:
    body = {
        "message": "Preconditions must be met",
        "details": {"applicationError": {"code": code, "description": f"{code} (test)"}},
    }
    return httpx.Response(428, json=body, request=request)


class RefusesOneTicket(httpx.BaseTransport):
    """Wix answers 428 to any check-in call that names `number` (a precondition of that
    request), and — when `app_missing` — 428 WIX_EVENTS_APP_NOT_INSTALLED to every call."""

    def __init__(self, number: str, *, app_missing: bool = False) -> None:
        self._inner = httpx.HTTPTransport()
        self._number = number
        self.app_missing = app_missing

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.app_missing:
            return precondition_failed(request, "WIX_EVENTS_APP_NOT_INSTALLED")
        if request.url.path.endswith("/check-in") and self._number in request.content.decode():
            return precondition_failed(request, "GUEST_FORM_INCOMPLETE")
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def test_a_428_for_one_ticket_kills_that_call_only(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    gala = gala_id(server)
    rig.engine(station).run_once(gala)
    numbers = admissible(server, gala, 5)
    queue_check_ins(station, gala, numbers)
    engine = rig.engine(station, transport=RefusesOneTicket(numbers[2]))

    report = engine.run_once(gala)

    # The rest of the queue went on; the one call is dead with Wix's own words; no pause.
    assert report.paused is None and engine.paused_reason is None
    assert report.pushed == 4 and report.dead == 1 and report.pending == 0
    (dead,) = station.outbox.items(OutboxState.DEAD)
    assert dead.ticket_number == numbers[2]
    assert "GUEST_FORM_INCOMPLETE" in (dead.last_error or "") and "428" in dead.last_error
    assert all(server.state.tickets[n]["checkIn"] for n in numbers if n != numbers[2])


def test_only_a_missing_events_app_pauses_the_station(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    gala = gala_id(server)
    rig.engine(station).run_once(gala)
    queue_check_ins(station, gala, admissible(server, gala, 2))
    transport = RefusesOneTicket("none", app_missing=True)
    engine = rig.engine(station, transport=transport)

    report = engine.run_once(gala)

    assert report.paused and "not installed" in report.paused
    assert [i.state for i in station.outbox.items()] == [OutboxState.PENDING] * 2
    transport.app_missing = False  # someone installed the app; the key is entered again
    engine.set_client(rig.client())
    assert engine.run_once(gala).pushed == 2
