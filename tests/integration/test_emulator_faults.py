"""Injected faults over loopback: 5xx, 429 + Retry-After, dropped connections, offline,
latency, the per-site rate limit, and reset."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from checkin_app.emulator.server import EmulatorServer

TICKETS = "/events/v1/tickets"


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo") as server:
        yield server


@pytest.fixture
def client(srv: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=srv.url, headers=srv.headers, timeout=10) as c:
        yield c


def test_error_rate_gives_a_share_of_5xx(client: httpx.Client, srv: EmulatorServer):
    srv.set_faults(error_rate=0.5)
    statuses = [client.get(TICKETS, params={"limit": 1}).status_code for _ in range(60)]
    errors = statuses.count(503)
    assert 10 <= errors <= 50  # seeded generator: a share, not all or nothing
    assert set(statuses) == {200, 503}
    failed = next(r for r in srv.requests if r["status"] == 503)
    assert failed["fault"] == "error"
    srv.set_faults(error_rate=1.0, error_status=500)
    reply = client.get(TICKETS)
    assert reply.status_code == 500
    assert reply.json()["details"]["applicationError"]["code"] == "INTERNAL"


def test_next_n_errors_then_normal(client: httpx.Client, srv: EmulatorServer):
    srv.set_faults(error_next=2)
    statuses = [client.get(TICKETS).status_code for _ in range(4)]
    assert statuses == [503, 503, 200, 200]


def test_rate_limit_fault_sends_retry_after(client: httpx.Client, srv: EmulatorServer):
    srv.set_faults(rate_limit_rate=1.0, retry_after_s=7)
    reply = client.get(TICKETS)
    assert reply.status_code == 429
    assert reply.headers["retry-after"] == "7"
    assert "applicationError" in reply.json()["details"]
    client.post("/_emulator/faults", json={"rateLimitRate": 0, "rateLimitNext": 1})
    assert [client.get(TICKETS).status_code for _ in range(2)] == [429, 200]


def test_dropped_connection_closes_without_reply(client: httpx.Client, srv: EmulatorServer):
    srv.set_faults(drop_next=1)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(TICKETS)
    assert client.get(TICKETS).status_code == 200  # a new connection works again
    assert srv.requests[-2]["fault"] == "drop" and srv.requests[-2]["status"] == 0


def test_drop_reply_handles_the_request_then_loses_the_reply(
    client: httpx.Client, srv: EmulatorServer
):
    gala = next(e["id"] for e in srv.state.events.values() if e["title"] == "Summer Gala")
    number = next(
        n for n in srv.state.event_tickets[gala] if srv.state.tickets[n]["checkIn"] is None
    )
    client.post("/_emulator/faults", json={"dropReplyNext": 1})
    with pytest.raises(httpx.TransportError):
        client.post(f"{TICKETS}/check-in", json={"eventId": gala, "ticketNumber": [number]})
    # Wix did the work: the ticket is checked in although the client never heard so.
    assert srv.state.tickets[number]["checkIn"] is not None
    lost = srv.requests[-1]
    assert lost["fault"] == "drop_reply" and lost["status"] == 200
    # A plain drop never reaches the handler: nothing changes.
    other = next(
        n for n in srv.state.event_tickets[gala] if srv.state.tickets[n]["checkIn"] is None
    )
    srv.set_faults(drop_next=1)
    with pytest.raises(httpx.TransportError):
        client.post(f"{TICKETS}/check-in", json={"eventId": gala, "ticketNumber": [other]})
    assert srv.state.tickets[other]["checkIn"] is None
    srv.set_faults(drop_reply_rate=1.0)
    with pytest.raises(httpx.TransportError):
        client.get(TICKETS, params={"limit": 1})
    # Faults can aim at one path: the check-in's reply is lost, the read before it is not.
    client.post("/_emulator/faults", json={"dropReplyRate": 0, "dropReplyNext": 1,
                                           "onlyPath": "/tickets/check-in"})  # fmt: skip
    assert client.get(TICKETS, params={"limit": 1}).status_code == 200
    with pytest.raises(httpx.TransportError):
        client.post(f"{TICKETS}/check-in", json={"eventId": gala, "ticketNumber": [other]})
    assert srv.state.tickets[other]["checkIn"] is not None


def test_drop_rate_drops_a_share(client: httpx.Client, srv: EmulatorServer):
    srv.set_faults(drop_rate=0.5)
    outcomes = []
    for _ in range(30):
        try:
            client.get(TICKETS)
            outcomes.append("ok")
        except httpx.TransportError:
            outcomes.append("dropped")
    assert 3 <= outcomes.count("dropped") <= 27


def test_offline_refuses_wix_calls_but_not_control(client: httpx.Client, srv: EmulatorServer):
    client.post("/_emulator/faults", json={"offline": True})
    with pytest.raises(httpx.TransportError):
        client.get(TICKETS)
    assert client.get("/_emulator/faults").json()["offline"] is True
    client.delete("/_emulator/faults")
    assert client.get(TICKETS).status_code == 200


def test_latency_is_added_and_logged(client: httpx.Client, srv: EmulatorServer):
    srv.set_faults(latency_ms=30)
    assert client.get(TICKETS).status_code == 200
    entry = srv.requests[-1]
    assert entry["fault"] is None and entry["status"] == 200


def test_reply_latency_acts_first_and_answers_late(srv: EmulatorServer):
    """The request is handled (and logged) at once; only the reply waits: a client that gives
    up first sees a timeout for a call Wix acted on."""
    srv.set_faults(reply_latency_ms=2000)
    with (
        httpx.Client(base_url=srv.url, headers=srv.headers, timeout=0.2) as impatient,
        pytest.raises(httpx.ReadTimeout),
    ):
        impatient.get(TICKETS)
    entry = srv.requests[-1]  # in the log before the reply was due
    assert entry["path"].endswith("/tickets") and entry["status"] == 200
    assert httpx.get(f"{srv.url}/_emulator/faults").json()["replyLatencyMs"] == 2000


def test_bad_fault_settings_are_refused(srv: EmulatorServer):
    reply = httpx.post(f"{srv.url}/_emulator/faults", json={"errorRate": 2})
    assert reply.status_code == 400
    unknown = httpx.post(f"{srv.url}/_emulator/faults", json={"explode": True})
    assert unknown.status_code == 400


def test_per_site_rate_limit_can_be_switched_on(client: httpx.Client, srv: EmulatorServer):
    srv.set_rate_limit(5)
    statuses = [client.get(TICKETS).status_code for _ in range(7)]
    assert statuses == [200] * 5 + [429, 429]
    last = client.get(TICKETS)
    assert 1 <= int(last.headers["retry-after"]) <= 60
    srv.advance_clock(61)  # the window slides with the emulator's clock
    assert client.get(TICKETS).status_code == 200
    client.post("/_emulator/rate-limit", json={"perMinute": 0})
    assert all(client.get(TICKETS).status_code == 200 for _ in range(10))


def test_reset_restores_the_seed_and_clears_faults(client: httpx.Client, srv: EmulatorServer):
    numbers = list(srv.state.tickets)
    event_id = srv.state.tickets[numbers[0]]["eventId"]
    client.post("/events/v3/events/query", json={"query": {"paging": {"limit": 1}}})  # some traffic
    srv.set_faults(error_rate=1.0)
    reply = client.post("/_emulator/reset", json={})
    assert reply.json()["tickets"] == len(numbers)
    assert client.get(TICKETS, params={"eventId": event_id}).status_code == 200
    assert list(srv.state.tickets) == numbers
    client.post("/_emulator/reset", json={"seed": "25"})
    assert len(srv.state.tickets) == 25
