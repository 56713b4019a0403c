"""Contract: headers on the wire, Wix's error envelope, 401/403, injected faults → typed
exceptions, and what the client records for the sync engine's connectivity light."""

from __future__ import annotations

import json
import logging
import time
import traceback

import httpx
import pytest

from checkin_app.emulator.server import EmulatorServer
from checkin_app.wix import (
    OutcomeKind,
    TokenBucket,
    WixAuthError,
    WixClient,
    WixNotFoundError,
    WixPermissionError,
    WixTransientError,
)


class RecordingTransport(httpx.HTTPTransport):
    """The real network transport, keeping a copy of each request as it went out."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return super().handle_request(request)


@pytest.fixture(scope="module")
def server():
    srv = EmulatorServer(host="127.0.0.1", port=0, seed=30).start()
    yield srv
    srv.stop()


def make_client(server, **kwargs):
    kwargs.setdefault("rate_limiter", TokenBucket(rate_per_minute=1_000_000, burst=1000))
    return WixClient(
        kwargs.pop("site_id", server.site_id),
        kwargs.pop("api_key", server.api_key),
        base_url=server.url,
        **kwargs,
    )


@pytest.fixture
def client(server):
    server.set_faults()
    with make_client(server) as c:
        yield c


@pytest.fixture(scope="module")
def event_id(server):
    with make_client(server) as c:
        return c.query_events(limit=1)["events"][0]["id"]


def test_headers_on_the_wire(server, event_id):
    server.set_faults()
    wire = RecordingTransport()
    with make_client(server, transport=wire) as c:
        c.list_tickets(event_id, limit=3)
        ticket = c.list_tickets(event_id, limit=1)["tickets"][0]["ticketNumber"]
        c.check_in_tickets(event_id, [ticket])
        c.delete_check_in(event_id, [ticket])
    get, _, post, delete = wire.sent
    for request in wire.sent:
        assert request.headers["authorization"] == server.api_key  # raw key, no "Bearer"
        assert request.headers["wix-site-id"] == server.site_id
        assert request.headers["user-agent"].startswith("checkin_app/")
    assert "content-type" not in get.headers and "content-type" not in delete.headers
    assert post.headers["content-type"] == "application/json"
    assert get.url.params.get_list("fieldset") == ["TICKET_DETAILS", "GUEST_DETAILS"]
    assert get.url.params["limit"] == "3"
    assert delete.url.params.get_list("ticketNumber") == [ticket]


def test_timeouts_are_explicit(client):
    timeout = client._http.timeout
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)


def test_wrong_key_is_an_auth_error_and_never_shown(server, caplog):
    caplog.set_level(logging.DEBUG)
    wrong = "IST.wrong-key-that-must-stay-secret"
    with make_client(server, api_key=wrong) as c, pytest.raises(WixAuthError) as info:
        c.query_events(limit=1)
    error = info.value
    assert error.status == 401 and error.code == "UNAUTHENTICATED" and error.message
    text = "".join(traceback.format_exception(error)) + repr(error)
    assert wrong not in text and server.api_key not in text
    assert all(wrong not in r.getMessage() for r in caplog.records)


def test_wrong_site_is_a_permission_error(server):
    with make_client(server, site_id="not-this-site") as c, pytest.raises(WixPermissionError):
        c.query_events(limit=1)


def test_not_found_envelope(client):
    with pytest.raises(WixNotFoundError) as info:
        client.get_event("00000000-0000-0000-0000-000000000000")
    error = info.value
    assert error.status == 404 and error.code and error.message
    assert error.path == "/events/v3/events/00000000-0000-0000-0000-000000000000"


def test_server_errors_are_transient(client, server):
    server.set_faults(error_rate=1.0)
    with pytest.raises(WixTransientError) as info:
        client.query_events(limit=1)
    assert info.value.status == 503


def test_throttling_reports_retry_after_and_pauses_the_site(server):
    server.set_faults(rate_limit_rate=1.0, retry_after_s=7)
    clock = [0.0]
    bucket = TokenBucket(180, 10, clock=lambda: clock[0], sleep=lambda s: None)
    with make_client(server, rate_limiter=bucket) as c, pytest.raises(WixTransientError) as info:
        c.query_events(limit=1)
    assert info.value.status == 429 and info.value.retry_after == 7.0
    assert bucket.wait_time() == pytest.approx(7.0)


def test_emulator_rate_limit_429(server):
    server.set_faults()
    server.set_rate_limit(5)
    # A frozen clock and no-op sleep: the 429 pauses the bucket without the test waiting.
    bucket = TokenBucket(1_000_000, 1000, clock=lambda: 0.0, sleep=lambda s: None)
    try:
        with make_client(server, rate_limiter=bucket, max_rate_wait_s=None) as c:
            errors = []
            for _ in range(8):
                try:
                    c.query_events(limit=1)
                except WixTransientError as exc:
                    errors.append(exc)
        assert errors and all(e.status == 429 and e.retry_after for e in errors)
    finally:
        server.set_rate_limit(None)


@pytest.mark.parametrize("fault", [{"drop_rate": 1.0}, {"offline": True}])
def test_dropped_or_offline_is_transient_and_not_reaching_wix(server, fault):
    server.set_faults(**fault)
    seen = []
    with make_client(server, on_request=seen.append) as c, pytest.raises(WixTransientError) as e:
        c.query_events(limit=1)
    assert e.value.status is None and e.value.code in ("NETWORK", "TIMEOUT")
    assert seen[-1].kind is OutcomeKind.TRANSIENT and not seen[-1].reached_wix


def test_slow_server_times_out(server):
    server.set_faults(latency_ms=1500)
    timeout = httpx.Timeout(connect=1.0, read=0.3, write=1.0, pool=1.0)
    with make_client(server, timeout=timeout) as c, pytest.raises(WixTransientError) as info:
        c.query_events(limit=1)
    assert info.value.code == "TIMEOUT"


def test_outcomes_stats_and_server_clock(server):
    server.set_faults()
    seen = []
    with make_client(server, on_request=seen.append) as c:
        c.query_events(limit=1)
        with pytest.raises(WixNotFoundError):
            c.get_event("00000000-0000-0000-0000-000000000000")
        server.set_faults(error_rate=1.0)
        with pytest.raises(WixTransientError):
            c.query_events(limit=1)
        server.set_faults()
        stats = c.stats
        offset = c.last_server_date_offset_s
    assert [o.kind for o in seen] == [
        OutcomeKind.OK,
        OutcomeKind.PERMANENT,
        OutcomeKind.TRANSIENT,
    ]
    assert all(o.reached_wix for o in seen)
    assert seen[0].status == 200 and seen[0].path == "/events/v3/events/query"
    assert (stats.successes, stats.failures, stats.consecutive_failures) == (1, 2, 2)
    assert stats.last_error and "503" in stats.last_error
    assert stats.last_success_at is not None and stats.last_success_at <= time.time()
    # Same machine, same clock: the Date header agrees with ours to within its 1 s resolution.
    assert offset is not None and abs(offset) < 1.5


def test_ping_measures_a_round_trip(client, server):
    server.clear_requests()
    assert client.ping() > 0
    assert [r["path"] for r in server.requests] == ["/events/v3/events/query"]


def test_cursor_pages_after_the_first_send_only_the_cursor(server, event_id):
    server.set_faults()
    wire = RecordingTransport()
    with make_client(server, transport=wire) as c:
        since = "2000-01-01T00:00:00.000Z"
        guests = list(c.iter_guests(event_id, updated_after=since, page_size=10))
    assert len(guests) >= 30
    bodies = [json.loads(r.content) for r in wire.sent]
    assert len(bodies) >= 3
    first, *rest = bodies
    assert first["query"]["filter"] == {
        "eventId": event_id,
        "updatedDate": {"$gt": "2000-01-01T00:00:00.000Z"},
    }
    assert first["query"]["cursorPaging"] == {"limit": 10}
    assert first["fields"] == ["GUEST_DETAILS"]
    for body in rest:
        assert set(body["query"]) == {"cursorPaging"}
        assert body["query"]["cursorPaging"]["cursor"]
