"""Issue 15.8: the emulator is a server, and answers like one — bad control values refused
without breaking later requests, deep JSON and malformed HTTP answered in Wix's JSON error
envelope, and `/_emulator` (which hands out the API key) closed to other machines."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from checkin_app.emulator.server import EmulatorServer


@pytest.fixture(scope="module")
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed=20) as server:
        yield server


@pytest.fixture
def client(srv: EmulatorServer) -> Iterator[httpx.Client]:
    srv.reset()
    srv.set_rate_limit(None)
    with httpx.Client(base_url=srv.url, headers=srv.headers, timeout=10) as c:
        yield c
    srv.reset()
    srv.set_rate_limit(None)


def assert_wix_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["message"], str) and body["message"]
    details = body["details"]
    assert "applicationError" in details or "validationError" in details
    return body


def wix_call(client: httpx.Client) -> httpx.Response:
    return client.post("/events/v3/events/query", json={"query": {}})


@pytest.mark.parametrize(
    ("path", "body", "says"),
    [
        ("/_emulator/rate-limit", {"perMinute": -1}, "perMinute"),
        ("/_emulator/rate-limit", {"perMinute": "abc"}, "perMinute"),
        ("/_emulator/rate-limit", {"perMinute": 1e300}, "perMinute"),
        ("/_emulator/rate-limit", {"perMinute": 2.5}, "whole number"),
        ("/_emulator/rate-limit", {"perMinute": True}, "perMinute"),
        ("/_emulator/faults", {"latencyMs": 1e300}, "latencyMs"),
        ("/_emulator/faults", {"latencyMs": 10**9}, "latencyMs"),
        ("/_emulator/faults", {"latencyMs": -5}, "latencyMs"),
        ("/_emulator/faults", {"retryAfterS": 10**30}, "retryAfterS"),
        ("/_emulator/faults", {"errorNext": 1e300}, "errorNext"),
        ("/_emulator/faults", {"errorStatus": 500.5}, "errorStatus"),
        ("/_emulator/faults", {"offline": [1]}, "offline"),
        ("/_emulator/faults", {"dropNext": True}, "dropNext"),
        ("/_emulator/faults", {"latencyMs": 10, "errorRate": 7}, "errorRate"),
        ("/_emulator/clock", {"advanceSeconds": 1e300}, "advanceSeconds"),
        ("/_emulator/clock", {"advanceSeconds": "inf"}, "advanceSeconds"),
        ("/_emulator/clock", {"advanceSeconds": -1}, "forward"),
        ("/_emulator/reset", {"seed": "nonsense"}, "seed"),
        ("/_emulator/reset", {"seed": 10**12}, "seed"),
        ("/_emulator/reset", {"seed": [1]}, "seed"),
    ],
)
def test_bad_control_values_are_refused_and_break_nothing(
    client: httpx.Client, srv: EmulatorServer, path: str, body: dict[str, Any], says: str
) -> None:
    before = client.get("/_emulator").json()
    reply = assert_wix_error(client.post(path, json=body), 400)
    assert says in reply["message"]
    after = client.get("/_emulator").json()
    # Nothing changed: not even the valid half of a mixed request.
    assert after["faults"] == before["faults"] and after["seed"] == before["seed"]
    assert after["rateLimitPerMinute"] == before["rateLimitPerMinute"]
    assert abs(srv.app.clock.offset) < 1
    for _ in range(3):
        assert wix_call(client).status_code == 200


def test_non_json_numbers_and_bad_queries_are_refused(client: httpx.Client) -> None:
    for raw in (b'{"errorRate": NaN}', b'{"advanceSeconds": Infinity}'):
        path = "/_emulator/faults" if b"error" in raw else "/_emulator/clock"
        assert_wix_error(client.post(path, content=raw), 400)
    assert_wix_error(client.get("/_emulator/requests", params={"since": "abc"}), 400)
    assert wix_call(client).status_code == 200


def test_valid_values_still_work(client: httpx.Client) -> None:
    assert client.post("/_emulator/rate-limit", json={"perMinute": "200"}).json() == {
        "perMinute": 200
    }
    assert client.post("/_emulator/rate-limit", json={"perMinute": 0}).json() == {"perMinute": None}
    faults = client.post("/_emulator/faults", json={"latency_ms": 1.0, "offline": "no"}).json()
    assert faults["latencyMs"] == 1 and faults["offline"] is False
    assert client.post("/_emulator/clock", json={"advanceSeconds": 3600}).status_code == 200
    assert client.post("/_emulator/reset", json={"seed": "empty"}).json()["tickets"] == 0
    assert client.post("/_emulator/reset", json={"seed": "5"}).json()["tickets"] == 5


def test_python_api_refuses_the_same_values(srv: EmulatorServer) -> None:
    with pytest.raises(ValueError, match="perMinute"):
        srv.set_rate_limit(-1)
    with pytest.raises(ValueError, match="latencyMs"):
        srv.set_faults(latency_ms=10**12)
    with pytest.raises(ValueError, match="seed"):
        EmulatorServer(seed=-3)
    with pytest.raises(ValueError, match="perMinute"):
        EmulatorServer(seed=None, rate_limit_per_minute=-1)


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--rate-limit-per-minute", "-1", "--rate-limit-per-minute must be from 0"),
        ("--latency-ms", "999999999", "--latency-ms must be from 0"),
        ("--retry-after", "-2", "--retry-after must be from 0"),
        ("--seed", "9999999999", "--seed must be from 0 to 500,000"),
        ("--port", "70000", "--port must be from 0 to 65535"),
    ],
)
def test_the_emulator_command_refuses_absurd_options(option: str, value: str, says: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "checkin_app", "emulator", "--port", "0", option, value],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert says in proc.stderr and "Traceback" not in proc.stderr
    assert "listening" not in proc.stdout


@pytest.mark.parametrize("path", ["/events/v3/events/query", "/_emulator/faults"])
def test_json_nested_a_thousand_deep_is_a_wix_400(client: httpx.Client, path: str) -> None:
    for deep in ("[" * 1000 + "]" * 1000, '{"a":' * 1000 + "1" + "}" * 1000):
        body = assert_wix_error(client.post(path, content=deep), 400)
        assert "deeper than" in body["message"]
    # Brackets inside strings are text, not nesting.
    text = json.dumps({"query": {"filter": {"title": "[" * 5000}}})
    assert client.post(path, content=text).status_code != 500
    assert wix_call(client).status_code == 200


def raw_exchange(
    port: int, data: bytes, *, head: bool = False
) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are; return the status, headers and body of the reply."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(data)
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = sock.recv(65536)
            assert chunk, f"connection closed without a reply: {received!r}"
            received += chunk
        head, _, body = received.partition(b"\r\n\r\n")
        lines = head.decode("iso-8859-1").split("\r\n")
        headers = {k.lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:])}
        while not head and len(body) < int(headers.get("content-length", 0)):
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
    return int(lines[0].split()[1]), headers, body


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GARBAGE\r\n\r\n", 400),
        (b"GET / HTTP/9.9\r\n\r\n", 505),
        (b"GET / HTTP/1.x\r\n\r\n", 400),
        (b"GET /\r\n", 505),  # HTTP/0.9
        (b"BREW /events HTTP/1.1\r\nHost: x\r\n\r\n", 501),
        (b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n", 414),
        (b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 200 + b"\r\n", 431),
        (b"GET / HTTP/1.1\r\nX: " + b"y" * 70000 + b"\r\n\r\n", 431),
        (b"POST /events/v3/events/query HTTP/1.1\r\nContent-Length: abc\r\n\r\n", 400),
        (b"POST /events/v3/events/query HTTP/1.1\r\nContent-Length: -4\r\n\r\n", 400),
        (b"POST /events/v3/events/query HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n", 413),
        (b"POST /events/v3/events/query HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        (b"OPTIONS /_emulator/faults HTTP/1.1\r\n\r\n", 405),
    ],
)
def test_malformed_http_gets_a_json_error(srv: EmulatorServer, request_bytes: bytes,
                                          status: int) -> None:  # fmt: skip
    got, headers, body = raw_exchange(srv.port, request_bytes)
    assert got == status
    assert headers["content-type"] == "application/json"
    reply = json.loads(body)
    assert reply["message"] and "applicationError" in reply["details"]
    assert b"<html" not in body.lower()
    with httpx.Client(base_url=srv.url, headers=srv.headers, timeout=10) as c:
        assert wix_call(c).status_code == 200


def test_head_gets_headers_and_no_body(srv: EmulatorServer) -> None:
    got, headers, body = raw_exchange(srv.port, b"HEAD /_emulator HTTP/1.1\r\n\r\n", head=True)
    assert got == 405 and headers["content-type"] == "application/json" and body == b""


def test_a_failing_request_is_a_500_reply_not_a_dropped_connection(srv: EmulatorServer) -> None:
    srv.app.ratelimit.per_minute = -1  # a state no control call can set any more: a bug
    try:
        with httpx.Client(base_url=srv.url, headers=srv.headers, timeout=10) as c:
            reply = assert_wix_error(wix_call(c), 500)
            assert reply["details"]["applicationError"]["code"] == "INTERNAL"
    finally:
        srv.set_rate_limit(None)
    with httpx.Client(base_url=srv.url, headers=srv.headers, timeout=10) as c:
        assert wix_call(c).status_code == 200


# --- /_emulator from another machine ---------------------------------------------------------


def this_hosts_lan_address() -> str | None:
    """An address of this machine that is not loopback (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routing only
            address = str(probe.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_control_endpoints_need_the_key_from_another_machine() -> None:
    lan = this_hosts_lan_address()
    if lan is None:
        pytest.skip("this machine has no non-loopback IPv4 address to call from")
    with EmulatorServer(host="0.0.0.0", seed="demo") as server:
        remote = f"http://{lan}:{server.port}"
        with httpx.Client(base_url=remote, timeout=10) as other:
            for method, path in (("GET", "/_emulator"), ("POST", "/_emulator/faults"),
                                 ("GET", "/_emulator/state/tickets"),
                                 ("POST", "/_emulator/reset")):  # fmt: skip
                reply = assert_wix_error(other.request(method, path, json={}), 401)
                assert server.api_key not in json.dumps(reply)
                assert "API key" in reply["message"]
            wrong = other.get("/_emulator", headers={"Authorization": "guess"})
            assert wrong.status_code == 401
            right = other.get("/_emulator", headers={"Authorization": server.api_key})
            assert right.status_code == 200 and right.json()["siteId"] == server.site_id
            # Wix calls from another machine are served as before (with the key).
            assert other.post("/events/v3/events/query", json={"query": {}},
                              headers=server.headers).status_code == 200  # fmt: skip
            # The stand-in payment page is opened by a phone that has only its URL.
            order = next(o for o in server.state.orders.values() if o["status"] == "INITIATED")
            page = other.get(f"/_emulator/orders/{order['orderNumber']}/pay")
            assert page.status_code == 200 and "Pay now" in page.text
        # From this machine (loopback) the control endpoints stay open for tests.
        with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=10) as local:
            assert local.get("/_emulator").json()["apiKey"] == server.api_key
