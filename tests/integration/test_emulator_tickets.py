"""Tickets and Event Guests over loopback: paging, fieldsets, check-in/undo, guest deltas."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from checkin_app.emulator.server import EmulatorServer

FULL = ["TICKET_DETAILS", "GUEST_DETAILS"]


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo") as server:
        yield server


@pytest.fixture
def client(srv: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=srv.url, headers=srv.headers, timeout=10) as c:
        yield c


@pytest.fixture
def gala(srv: EmulatorServer) -> str:
    return next(e["id"] for e in srv.state.events.values() if e["title"] == "Summer Gala")


def _valid_tickets(srv: EmulatorServer, event_id: str) -> list[str]:
    state = srv.state
    return [
        n
        for n in state.event_tickets[event_id]
        if state.tickets[n]["checkIn"] is None
        and not state.tickets[n]["archived"]
        and state.orders[state.tickets[n]["orderNumber"]]["status"] == "PAID"
    ]


def test_paging_walks_every_ticket_once(client: httpx.Client, srv: EmulatorServer, gala: str):
    seen: list[str] = []
    offset = 0
    while True:
        page = client.get(
            "/events/v1/tickets",
            params={"eventId": gala, "offset": offset, "limit": 100, "fieldset": FULL},
        ).json()
        assert page["limit"] == 100 and page["offset"] == offset
        seen += [t["ticketNumber"] for t in page["tickets"]]
        offset += 100
        if offset >= page["total"]:
            break
    assert len(seen) == len(set(seen)) == len(srv.state.event_tickets[gala])
    assert seen == sorted(seen)  # default sort: ticket number ascending


def test_limit_defaults_to_zero_and_is_capped_at_100(client: httpx.Client, gala: str):
    default = client.get("/events/v1/tickets", params={"eventId": gala}).json()
    assert default["tickets"] == [] and default["total"] > 0 and default["limit"] == 0
    assert client.get("/events/v1/tickets", params={"limit": 101}).status_code == 400


def test_fieldsets_decide_what_comes_back(client: httpx.Client, gala: str):
    bare = client.get("/events/v1/tickets", params={"eventId": gala, "limit": 3}).json()
    assert all(set(t) <= {"memberId", "anonymized"} for t in bare["tickets"])
    details = client.get(
        "/events/v1/tickets",
        params={"eventId": gala, "limit": 3, "fieldset": "TICKET_DETAILS"},
    ).json()["tickets"][0]
    assert "guestDetails" not in details
    url = re.fullmatch(r"https://www\.wixevents\.com/check-in/([^,]+),(.+)", details["checkInUrl"])
    assert url is not None and url.groups() == (details["ticketNumber"], gala)
    assert details["ticketNumber"][:-3] == details["orderNumber"]
    assert details["price"]["currency"] == "USD"
    full = client.get(
        "/events/v1/tickets",
        params={"eventId": gala, "limit": 1, "fieldset": [*FULL, "GUEST_FORM"]},
    ).json()["tickets"][0]
    assert full["guestDetails"]["email"].endswith(("example.com", "example.org", "example.net"))
    assert {v["inputName"] for v in full["guestDetails"]["form"]["inputValues"]} == {
        "firstName",
        "lastName",
        "email",
    }


def test_state_and_search_filters(client: httpx.Client, srv: EmulatorServer, gala: str):
    def total(**params: object) -> int:
        return client.get("/events/v1/tickets", params={"eventId": gala, **params}).json()["total"]

    tickets = [srv.state.tickets[n] for n in srv.state.event_tickets[gala]]
    checked = sum(1 for t in tickets if t["checkIn"])
    assert checked > 0
    assert total(state="CHECKED_IN") == checked
    assert total(state="NON_CHECKED_IN") == len(tickets) - checked
    assert total(state=["CHECKED_IN", "NON_CHECKED_IN"]) == len(tickets)  # same group: OR
    assert total(state="TICKET_ARCHIVED") == 1
    free = sum(1 for t in tickets if t["free"])
    assert total(state=["FREE", "CHECKED_IN"]) == sum(
        1 for t in tickets if t["free"] and t["checkIn"]
    )
    assert total(state="FREE") == free
    one = tickets[7]
    assert total(searchPhrase=one["lastName"].lower()) >= 1
    assert total(ticketNumber=one["ticketNumber"]) == 1
    assert total(orderNumber=one["orderNumber"]) >= 1
    assert total(orderStatus="OFFLINE_PENDING") == 2


def test_get_ticket_and_unknown_ticket(client: httpx.Client, srv: EmulatorServer, gala: str):
    number = srv.state.event_tickets[gala][0]
    got = client.get(f"/events/v1/tickets/{number}", params={"eventId": gala, "fieldset": FULL})
    assert got.json()["ticket"]["ticketNumber"] == number
    missing = client.get("/events/v1/tickets/NOPE-NOPE-NO001", params={"eventId": gala})
    assert missing.status_code == 404
    assert missing.json()["details"]["applicationError"]["code"] == "TICKET_NOT_FOUND"


def _guest(client: httpx.Client, gala: str, number: str) -> dict:
    body = {
        "query": {"filter": {"eventId": gala, "ticketNumber": number}},
        "fields": ["GUEST_DETAILS"],
    }
    (row,) = client.post("/events/v2/guests/query", json=body).json()["guests"]
    return row


def _check_in(client: httpx.Client, gala: str, number: str) -> dict:
    reply = client.post(
        "/events/v1/tickets/check-in", json={"eventId": gala, "ticketNumber": [number]}
    )
    assert reply.status_code == 200
    return reply.json()["tickets"][0]


def _ticket(client: httpx.Client, gala: str, number: str) -> dict:
    reply = client.get(f"/events/v1/tickets/{number}", params={"eventId": gala, "fieldset": FULL})
    return reply.json()["ticket"]


def test_a_ticket_never_checked_in_has_no_check_in_field(
    client: httpx.Client, srv: EmulatorServer, gala: str
):
    number = _valid_tickets(srv, gala)[0]
    assert "checkIn" not in _ticket(client, gala, number)  # absent, not null (as Wix)
    page = client.get(
        "/events/v1/tickets", params={"eventId": gala, "limit": 100, "fieldset": FULL}
    ).json()
    states = {"checkIn" in t for t in page["tickets"]}
    assert states == {True, False}
    assert all(t["checkIn"]["created"] for t in page["tickets"] if "checkIn" in t)


@pytest.mark.parametrize("repeat", ["keep", "overwrite"])
def test_a_repeated_check_in_keeps_or_overwrites_the_first_time(
    client: httpx.Client, srv: EmulatorServer, gala: str, repeat: str
):
    srv.set_behaviour(repeat_check_in=repeat)
    number = _valid_tickets(srv, gala)[0]
    before = _guest(client, gala, number)
    assert before["guestType"] == "TICKET_HOLDER" and before["guestDetails"]["checkedIn"] is False
    assert before["guestDetails"]["checkInDetails"] == []
    created = _check_in(client, gala, number)["checkIn"]["created"]
    after = _guest(client, gala, number)
    assert after["guestDetails"]["checkedIn"] is True
    assert after["guestDetails"]["checkInDetails"] == [{"checkedIn": True, "checkInDate": created}]
    assert after["updatedDate"] > before["updatedDate"]

    again = _check_in(client, gala, number)["checkIn"]["created"]
    repeated = _guest(client, gala, number)
    if repeat == "keep":
        # Nothing moves: Wix keeps the first time and names no device.
        assert again == created and repeated == after
    else:
        assert again > created and repeated["updatedDate"] > after["updatedDate"]
        assert repeated["guestDetails"]["checkInDetails"] == [
            {"checkedIn": True, "checkInDate": again}
        ]
    # Per-guest details only: no invented history of repeated scans, no fullName (RSVP only).
    assert len(repeated["guestDetails"]["checkInDetails"]) == 1
    assert _ticket(client, gala, number)["checkIn"] == {"created": again}


@pytest.mark.parametrize("undo", ["remove", "cancel-date"])
def test_an_undo_removes_check_in_or_adds_a_cancel_date(
    client: httpx.Client, srv: EmulatorServer, gala: str, undo: str
):
    srv.set_behaviour(undo_check_in=undo)
    number = _valid_tickets(srv, gala)[0]
    created = _check_in(client, gala, number)["checkIn"]["created"]
    after = _guest(client, gala, number)
    undone = client.delete(
        "/events/v1/tickets/check-in", params={"eventId": gala, "ticketNumber": number}
    ).json()["tickets"][0]
    reverted = _guest(client, gala, number)
    assert reverted["guestDetails"]["checkedIn"] is False
    assert reverted["updatedDate"] > after["updatedDate"]
    not_checked_in = client.get(
        "/events/v1/tickets",
        params={"eventId": gala, "ticketNumber": number, "state": "NON_CHECKED_IN", "limit": 10},
    ).json()
    assert not_checked_in["total"] == 1  # a canceled check-in is not a check-in
    if undo == "remove":
        assert "checkIn" not in undone
        assert reverted["guestDetails"]["checkInDetails"] == []
    else:
        canceled = undone["checkIn"]["checkInCanceledDate"]
        assert undone["checkIn"] == {"created": created, "checkInCanceledDate": canceled}
        assert canceled > created
        assert reverted["guestDetails"]["checkInDetails"] == [
            {"checkedIn": False, "checkInDate": created, "checkInCanceledDate": canceled}
        ]
    # Undoing again changes nothing; checking in again is a fresh check-in.
    again = client.delete(
        "/events/v1/tickets/check-in", params={"eventId": gala, "ticketNumber": number}
    ).json()["tickets"][0]
    assert again == undone
    fresh = _check_in(client, gala, number)["checkIn"]
    assert set(fresh) == {"created"} and fresh["created"] > created


def test_behaviour_switches_over_http_and_survive_a_reset(
    client: httpx.Client, srv: EmulatorServer
):
    assert client.get("/_emulator/behaviour").json() == {
        "repeatCheckIn": "keep", "undoCheckIn": "remove", "guestRows": "ticket-holders",
    }  # fmt: skip
    changed = client.post("/_emulator/behaviour", json={"repeatCheckIn": "overwrite"}).json()
    assert changed["repeatCheckIn"] == "overwrite" and changed["undoCheckIn"] == "remove"
    bad = client.post("/_emulator/behaviour", json={"undoCheckIn": "forget"})
    assert bad.status_code == 400 and "remove or cancel-date" in bad.json()["message"]
    assert client.post("/_emulator/behaviour", json={"colour": "red"}).status_code == 400
    client.post("/_emulator/reset", json={})
    assert srv.behaviour["repeatCheckIn"] == "overwrite"
    assert client.get("/_emulator").json()["behaviour"] == srv.behaviour


def test_a_batch_is_stamped_as_one_moment_and_never_ahead_of_the_date_header(
    client: httpx.Client, srv: EmulatorServer, gala: str
):
    numbers = _valid_tickets(srv, gala)[:60]
    body = {"eventId": gala, "ticketNumber": numbers}
    reply = client.post("/events/v1/tickets/check-in", json=body)
    stamps = {t["checkIn"]["created"] for t in reply.json()["tickets"]}
    assert len(stamps) == 1  # one request, one moment: stamps never run ahead of the clock
    (stamp,) = stamps
    assert stamp <= srv.app.clock.iso_now()
    following = _check_in(client, gala, _valid_tickets(srv, gala)[0])["checkIn"]["created"]
    assert following > stamp  # the next request is strictly later (deltas never tie)


def test_check_in_batches_are_all_or_nothing(client: httpx.Client, srv: EmulatorServer, gala: str):
    good = _valid_tickets(srv, gala)[:2]
    unknown = client.post(
        "/events/v1/tickets/check-in",
        json={"eventId": gala, "ticketNumber": [*good, "NOPE-NOPE-NO001"]},
    )
    assert unknown.status_code == 404
    assert unknown.json()["details"]["applicationError"]["data"]["ticketNumbers"] == [
        "NOPE-NOPE-NO001"
    ]
    assert all(srv.state.tickets[n]["checkIn"] is None for n in good)
    archived = next(n for n in srv.state.event_tickets[gala] if srv.state.tickets[n]["archived"])
    refused = client.post(
        "/events/v1/tickets/check-in",
        json={"eventId": gala, "ticketNumber": [good[0], archived]},
    )
    assert refused.status_code == 400
    assert refused.json()["details"]["applicationError"]["code"] == "TICKET_NOT_CHECKABLE"
    canceled = next(
        n
        for n in srv.state.event_tickets[gala]
        if srv.state.orders[srv.state.tickets[n]["orderNumber"]]["status"] == "CANCELED"
    )
    assert (
        client.post(
            "/events/v1/tickets/check-in", json={"eventId": gala, "ticketNumber": [canceled]}
        ).status_code
        == 400
    )
    wrong_event = next(e for e in srv.state.events if e != gala)
    assert (
        client.post(
            "/events/v1/tickets/check-in",
            json={"eventId": wrong_event, "ticketNumber": [good[0]]},
        ).status_code
        == 404
    )
    too_many = client.post(
        "/events/v1/tickets/check-in",
        json={"eventId": gala, "ticketNumber": [f"T{i}" for i in range(101)]},
    )
    assert too_many.status_code == 400
    assert "validationError" in too_many.json()["details"]


def test_archive_ticket_by_patch(client: httpx.Client, srv: EmulatorServer, gala: str):
    number = _valid_tickets(srv, gala)[0]
    reply = client.patch(
        f"/events/v1/tickets/{number}",
        json={"eventId": gala, "fields": "archived", "archived": True},
    )
    assert reply.json()["ticket"]["archived"] is True
    assert srv.state.tickets[number]["archived"] is True


def test_guests_cursor_paging_and_updated_date_delta(
    client: httpx.Client, srv: EmulatorServer, gala: str
):
    query = {"filter": {"eventId": gala}, "cursorPaging": {"limit": 150}}
    ids: list[str] = []
    body = {"query": query}
    while True:
        page = client.post("/events-guests/v2/guests/query", json=body).json()
        ids += [g["id"] for g in page["guests"]]
        cursor = page["pagingMetadata"]["cursors"].get("next")
        if not cursor:
            break
        body = {"query": {"cursorPaging": {"limit": 150, "cursor": cursor}}}
    holders = len(srv.state.event_tickets[gala])
    buyers = len(srv.state.event_orders[gala])
    assert len(ids) == len(set(ids)) == holders + buyers
    mark = srv.state.clock.iso_now()
    number = _valid_tickets(srv, gala)[0]
    client.post("/events/v1/tickets/check-in", json={"eventId": gala, "ticketNumber": [number]})
    delta = client.post(
        "/events/v2/guests/query",
        json={
            "query": {
                "filter": {"eventId": gala, "updatedDate": {"$gt": mark}},
                "sort": [{"fieldName": "updatedDate", "order": "ASC"}],
                "cursorPaging": {"limit": 100},
            },
            "fields": ["GUEST_DETAILS"],
        },
    ).json()["guests"]
    kinds = {(g["guestType"], g.get("ticketNumber")) for g in delta}
    assert ("TICKET_HOLDER", number) in kinds
    assert {kind for kind, _ in kinds} <= {"TICKET_HOLDER", "BUYER"}
    no_details = client.post(
        "/events/v2/guests/query",
        json={"query": {"filter": {"ticketNumber": number}}},
    ).json()["guests"][0]
    assert "guestDetails" not in no_details


def test_guests_filter_on_checked_in(client: httpx.Client, srv: EmulatorServer, gala: str):
    checked = sum(1 for n in srv.state.event_tickets[gala] if srv.state.tickets[n]["checkIn"])
    reply = client.post(
        "/events/v2/guests/query",
        json={
            "query": {
                "filter": {
                    "eventId": gala,
                    "guestType": "TICKET_HOLDER",
                    "guestDetails.checkedIn": True,
                },
                "paging": {"limit": 1000},
            }
        },
    ).json()
    assert reply["pagingMetadata"]["total"] == checked
    bad = client.post(
        "/events/v2/guests/query", json={"query": {"filter": {"eventId": {"$nope": 1}}}}
    )
    assert bad.status_code == 400
    assert bad.json()["details"]["applicationError"]["code"] == "FILTER_PARSER_ERROR"


def test_state_endpoint_lists_tickets_of_an_event(srv: EmulatorServer, gala: str):
    reply = httpx.get(f"{srv.url}/_emulator/state/tickets", params={"eventId": gala}).json()
    assert reply["total"] == len(srv.state.event_tickets[gala])
    assert {t["eventId"] for t in reply["tickets"]} == {gala}
    assert all("checkInUrl" in t and "guestDetails" in t for t in reply["tickets"])


def test_guest_rows_can_be_buyers_only(srv: EmulatorServer, client: httpx.Client, gala: str):
    srv.set_behaviour(guest_rows="buyers-only")
    client.post("/_emulator/reset", json={})  # guest rows are built on the first query
    body = {"query": {"filter": {"eventId": gala}, "cursorPaging": {"limit": 1000}},
            "fields": ["GUEST_DETAILS"]}  # fmt: skip
    rows = client.post("/events/v2/guests/query", json=body).json()["guests"]
    assert rows and {r["guestType"] for r in rows} == {"BUYER"}
    assert all(r["tickets"] and "ticketNumber" not in r for r in rows)
    number = _valid_tickets(srv, gala)[0]
    assert _check_in(client, gala, number)["checkIn"]["created"]  # no holder row to bump
