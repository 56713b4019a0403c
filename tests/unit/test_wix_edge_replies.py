"""Replies the emulator cannot produce (Wix itself is the edge): captive portals, broken JSON,
httpx errors whose text carries the request headers. Everything else is tested against the
emulator in tests/integration/test_wix_client_*.py.
"""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest

from checkin_app.wix import WixClient, WixTransientError
from checkin_app.wix.observability import OutcomeKind
from checkin_app.wix.ratelimit import TokenBucket

KEY = "IST.eyJraWQiOiJzZWNyZXQta2V5LWZvci10ZXN0cyJ9.s3cr3t"
PORTAL = b"<html><head><title>Hotel Wi-Fi</title></head><body>Log in</body></html>"


def client_for(handler, **kwargs):
    return WixClient(
        "site-1",
        KEY,
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(handler),
        **kwargs,
    )


def every_text(error: BaseException) -> str:
    """All text an exception could leak: str, repr, args, chained causes, traceback."""
    parts = [str(error), repr(error), repr(error.args)]
    parts.append("".join(traceback.format_exception(error)))
    seen = error.__cause__ or error.__context__
    while seen is not None:
        parts += [str(seen), repr(seen)]
        seen = seen.__cause__ or seen.__context__
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("status", "content_type", "body"),
    [
        (200, "text/html", PORTAL),  # captive portal answering in place of Wix
        (200, "application/json", b'{"tickets": [ {"ticketNumber": '),  # cut-off JSON
        (200, "application/json", b"\xff\xfe\x00garbage"),
        (302, "text/html", b""),  # redirect to a login page
        (404, "text/html", PORTAL),  # a portal's error page must not look permanent
        (511, "text/html", PORTAL),
    ],
)
def test_non_wix_replies_are_transient(status, content_type, body):
    seen = []

    def handler(request):
        headers = {"content-type": content_type}
        if status == 302:
            headers["location"] = "http://portal.example/login"
        return httpx.Response(status, content=body, headers=headers)

    with (
        client_for(handler, on_request=seen.append) as client,
        pytest.raises(WixTransientError) as info,
    ):
        client.get_event("ev1")
    assert info.value.code == "NOT_WIX_REPLY" or info.value.code == "BAD_REPLY"
    assert info.value.__context__ is None and info.value.__cause__ is None
    (outcome,) = seen
    assert outcome.kind is OutcomeKind.TRANSIENT and not outcome.reached_wix
    assert client.last_server_date_offset_s is None  # a portal's clock proves nothing


@pytest.mark.parametrize("body", [b"[1, 2]", b'"ok"', b"null"])
def test_json_that_is_not_an_object_is_transient(body):
    with (
        client_for(lambda r: httpx.Response(200, content=body)) as client,
        pytest.raises(WixTransientError, match="not a JSON object"),
    ):
        client.get_event("ev1")


def test_reply_missing_the_wrapped_object_is_transient():
    with (
        client_for(lambda r: httpx.Response(200, json={"nothing": 1})) as client,
        pytest.raises(WixTransientError, match="'event'"),
    ):
        client.get_event("ev1")


def test_key_never_leaks_from_network_errors_or_logs(caplog):
    caplog.set_level(logging.DEBUG)

    def handler(request):
        # Some transports put the whole request, headers and all, in the error text.
        raise httpx.ConnectError(f"failed: {dict(request.headers)!r}", request=request)

    with client_for(handler) as client, pytest.raises(WixTransientError) as info:
        client.check_in_tickets("ev1", ["T1"])
        error = info.value
        assert error.code == "NETWORK" and error.status is None
        assert KEY not in every_text(error)
        assert "***" in str(error)  # the header was there and got masked
        assert KEY not in repr(client) and KEY not in str(client.stats)
        outcomes = client.check_in("ev1", ["T1"])
        assert KEY not in repr(outcomes)
    for record in caplog.records:
        assert KEY not in record.getMessage()
        if record.exc_info:
            assert KEY not in "".join(traceback.format_exception(*record.exc_info))


def test_key_echoed_in_an_error_body_is_masked():
    def handler(request):
        return httpx.Response(
            400,
            json={
                "message": f"bad header {KEY}",
                "details": {
                    "validationError": {
                        "fieldViolations": [{"field": "Authorization", "description": f"got {KEY}"}]
                    }
                },
            },
        )

    with client_for(handler) as client, pytest.raises(Exception) as info:
        client.get_event("ev1")
    assert KEY not in every_text(info.value)
    assert info.value.field_violations == [("Authorization", "got ***")]


def test_timeout_is_transient():
    def handler(request):
        raise httpx.ReadTimeout("read timed out", request=request)

    with client_for(handler) as client, pytest.raises(WixTransientError) as info:
        client.list_tickets("ev1")
    assert info.value.code == "TIMEOUT"


def test_a_client_closed_under_a_running_pass_fails_transient():
    """A new key closes the old client while a pass may still use it: the pass's request
    is a transient failure (tried again later), not a RuntimeError out of the pass."""
    sent = []
    client = client_for(lambda request: sent.append(request) or httpx.Response(200, json={}))
    client.close()
    with pytest.raises(WixTransientError) as info:
        client.list_tickets("ev1")
    assert info.value.code == "CLOSED"
    assert sent == []


def test_retry_after_as_http_date_and_html_429():
    def handler(request):
        return httpx.Response(
            429,
            content=PORTAL,
            headers={
                "Retry-After": "Fri, 01 May 2026 12:00:07 GMT",
                "Date": "Fri, 01 May 2026 12:00:00 GMT",
            },
        )

    clock = [0.0]
    bucket = TokenBucket(180, 10, clock=lambda: clock[0], sleep=lambda s: None)
    with (
        client_for(handler, rate_limiter=bucket) as client,
        pytest.raises(WixTransientError) as info,
    ):
        client.get_event("ev1")
    assert info.value.retry_after == pytest.approx(7.0)
    assert bucket.wait_time() == pytest.approx(7.0)  # everyone on this site waits


def test_local_budget_exhausted_fails_fast_without_sending():
    sent = []
    clock = [0.0]
    bucket = TokenBucket(60, 1, clock=lambda: clock[0], sleep=lambda s: None)

    def handler(request):
        sent.append(request)
        return httpx.Response(200, json={"event": {"id": "ev1"}})

    with client_for(handler, rate_limiter=bucket, max_rate_wait_s=0.5) as client:
        client.get_event("ev1")
        with pytest.raises(WixTransientError) as info:
            client.get_event("ev1")
    assert info.value.code == "CLIENT_RATE_LIMITED" and info.value.retry_after == pytest.approx(1)
    assert len(sent) == 1


def test_a_broken_observer_does_not_break_the_call(caplog):
    def hook(outcome):
        raise RuntimeError("observer bug")

    with client_for(
        lambda r: httpx.Response(200, json={"event": {"id": "ev1"}}), on_request=hook
    ) as client:
        assert client.get_event("ev1") == {"id": "ev1"}
    assert any("on_request hook raised" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("base_url", ["ftp://host", "not a url", "http://"])
def test_bad_base_url_is_refused(base_url):
    with pytest.raises(ValueError):
        WixClient("site-1", KEY, base_url=base_url)


def test_site_id_and_key_are_required():
    with pytest.raises(ValueError):
        WixClient("", KEY)
    with pytest.raises(ValueError):
        WixClient("site-1", "")


def _streamed(size: int, *, declare: bool) -> httpx.Response:
    chunk = b" " * 65536

    def body():
        yield b'{"tickets": [], "total": 0, "pad": "'
        sent = 0
        while sent < size:
            yield chunk
            sent += len(chunk)
        yield b'"}'

    headers = {"Content-Type": "application/json"}
    if declare:
        headers["Content-Length"] = str(size + 40)
    return httpx.Response(200, headers=headers, content=body())


@pytest.mark.parametrize("declare", [True, False])
def test_a_reply_larger_than_the_cap_is_refused_while_it_streams(declare: bool) -> None:
    def handler(request):
        return _streamed(20 * 1024 * 1024, declare=declare)

    with (
        client_for(handler, max_reply_bytes=1024 * 1024) as client,
        pytest.raises(WixTransientError) as info,
    ):
        client.list_tickets("ev1")
    assert info.value.code == "REPLY_TOO_LARGE" and "larger than 1 MB" in info.value.message
    assert client.stats.last_error is not None


def test_a_reply_under_the_cap_is_read() -> None:
    with client_for(lambda r: _streamed(512 * 1024, declare=False)) as client:
        assert client.list_tickets("ev1")["total"] == 0
