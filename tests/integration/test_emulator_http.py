"""The emulator over real loopback HTTP: auth, error envelope, headers, keep-alive, log."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator

import httpx
import pytest

from checkin_app.emulator.server import EmulatorServer


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo") as server:
        yield server


@pytest.fixture
def client(srv: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=srv.url, headers=srv.headers, timeout=10) as c:
        yield c


def _app_error(response: httpx.Response) -> dict:
    body = response.json()
    assert set(body) == {"message", "details"}
    return body["details"]["applicationError"]


def test_missing_api_key_is_401_in_wix_format(srv: EmulatorServer):
    response = httpx.get(f"{srv.url}/events/v1/tickets", headers={"wix-site-id": srv.site_id})
    assert response.status_code == 401
    assert _app_error(response)["code"] == "UNAUTHENTICATED"


def test_wrong_api_key_is_401_and_never_echoed(srv: EmulatorServer):
    response = httpx.get(
        f"{srv.url}/events/v1/tickets",
        headers={"Authorization": "not-the-key", "wix-site-id": srv.site_id},
    )
    assert response.status_code == 401
    assert "not-the-key" not in response.text


def test_bearer_prefix_is_not_wix_style_and_is_refused(srv: EmulatorServer):
    headers = {"Authorization": f"Bearer {srv.api_key}", "wix-site-id": srv.site_id}
    assert httpx.get(f"{srv.url}/events/v1/tickets", headers=headers).status_code == 401


@pytest.mark.parametrize(
    ("site_headers", "status"),
    [
        ({}, 403),
        ({"wix-site-id": "00000000-0000-4000-8000-000000000000"}, 403),
        ({"wix-account-id": "00000000-0000-4000-8000-000000000000"}, 403),
    ],
)
def test_site_header_missing_or_wrong_is_403(srv: EmulatorServer, site_headers, status):
    headers = {"Authorization": srv.api_key, **site_headers}
    response = httpx.get(f"{srv.url}/events/v1/tickets", headers=headers)
    assert response.status_code == status
    assert _app_error(response)["code"] == "PERMISSION_DENIED"


def test_custom_site_id_and_key_are_honoured():
    with EmulatorServer(seed=None, site_id="site-1", api_key="key-1") as server:
        ok = httpx.get(
            f"{server.url}/events/v1/tickets",
            headers={"Authorization": "key-1", "wix-site-id": "site-1"},
        )
        assert ok.status_code == 200
        assert ok.json()["total"] == 0


def test_validation_error_envelope(client: httpx.Client):
    response = client.get("/events/v1/tickets", params={"limit": 101})
    assert response.status_code == 400
    body = response.json()
    violations = body["details"]["validationError"]["fieldViolations"]
    assert violations[0]["field"] == "limit"
    assert {"field", "description", "violatedRule", "ruleName", "data"} <= set(violations[0])
    assert body["message"]


def test_unknown_endpoint_and_bad_json_use_the_envelope(client: httpx.Client):
    missing = client.get("/events/v9/nothing")
    assert missing.status_code == 404
    assert _app_error(missing)["code"] == "NOT_FOUND"
    bad = client.post(
        "/events/v1/tickets/check-in",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert bad.status_code == 400
    assert "validationError" in bad.json()["details"]
    wrong_method = client.put("/events/v1/tickets")
    assert wrong_method.status_code == 405


def test_replies_carry_date_request_id_and_json_type(client: httpx.Client):
    response = client.get("/events/v1/tickets", params={"limit": 1})
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["date"].endswith("GMT")
    assert response.headers["x-wix-request-id"]


def test_extra_query_parameters_are_ignored(client: httpx.Client, srv: EmulatorServer):
    event_id = next(iter(srv.state.events))
    response = client.get(f"/events/v3/events/{event_id}", params={"eventId": event_id, "x": "1"})
    assert response.status_code == 200
    assert response.json()["event"]["id"] == event_id


def test_keep_alive_serves_several_requests_on_one_connection(srv: EmulatorServer):
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
    try:
        for _ in range(3):
            conn.request("GET", "/events/v1/tickets?limit=1", headers=srv.headers)
            reply = conn.getresponse()
            assert reply.status == 200
            assert reply.getheader("Connection") != "close"
            json.loads(reply.read())
        sockets = conn.sock
        assert sockets is not None  # still the same open socket
    finally:
        conn.close()


def test_concurrent_check_ins_from_many_threads(srv: EmulatorServer):
    event_id = next(e["id"] for e in srv.state.events.values() if e["title"] == "Summer Gala")
    numbers = [
        n
        for n in srv.state.event_tickets[event_id]
        if srv.state.tickets[n]["checkIn"] is None
        and not srv.state.tickets[n]["archived"]
        and srv.state.orders[srv.state.tickets[n]["orderNumber"]]["status"] in ("PAID", "FREE")
    ][:40]
    errors: list[int] = []

    def worker(chunk: list[str]) -> None:
        with httpx.Client(base_url=srv.url, headers=srv.headers, timeout=10) as c:
            for number in chunk:
                reply = c.post(
                    "/events/v1/tickets/check-in",
                    json={"eventId": event_id, "ticketNumber": [number]},
                )
                if reply.status_code != 200:
                    errors.append(reply.status_code)

    threads = [threading.Thread(target=worker, args=(numbers[i::8],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert all(srv.state.tickets[n]["checkIn"] for n in numbers)


def test_request_log_via_python_and_http(client: httpx.Client, srv: EmulatorServer):
    client.get("/events/v1/tickets", params={"limit": 2, "fieldset": ["TICKET_DETAILS"]})
    entry = srv.requests[-1]
    assert entry["method"] == "GET"
    assert entry["path"] == "/events/v1/tickets"
    assert entry["query"] == {"limit": ["2"], "fieldset": ["TICKET_DETAILS"]}
    assert entry["status"] == 200
    assert entry["time"].endswith("Z")
    logged = client.get("/_emulator/requests").json()["requests"]
    assert any(r["path"] == "/events/v1/tickets" for r in logged)
    since = logged[-1]["seq"]
    assert client.get("/_emulator/requests", params={"since": since}).json() == {"requests": []}
    client.delete("/_emulator/requests")
    srv.clear_requests()
    assert srv.requests == []


def test_stop_closes_the_port():
    server = EmulatorServer(seed=None).start()
    url = server.url
    server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/_emulator", timeout=2)
