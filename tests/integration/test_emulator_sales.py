"""Walk-up sales over loopback: capacity, sold out, expiry, cancel, checkout, confirm, pay."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from checkin_app.emulator.server import EmulatorServer

BUYER = {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com"}


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed=None) as server:
        yield server


@pytest.fixture
def client(srv: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=srv.url, headers=srv.headers, timeout=10) as c:
        yield c


def _event(client: httpx.Client, minutes: int = 10) -> str:
    reply = client.post(
        "/events/v3/events",
        json={
            "event": {
                "title": "Door Sale Test",
                "location": {"type": "VENUE", "name": "Hall"},
                "dateAndTimeSettings": {
                    "startDate": "2099-06-01T18:00:00Z",
                    "endDate": "2099-06-01T23:00:00Z",
                    "timeZoneId": "Europe/London",
                },
                "registration": {
                    "initialType": "TICKETING",
                    "tickets": {"currency": "EUR", "reservationDurationInMinutes": minutes},
                },
            }
        },
    )
    assert reply.status_code == 200, reply.text
    return reply.json()["event"]["id"]


def _definition(client: httpx.Client, event_id: str, price: str, limit: int | None) -> str:
    body: dict = {
        "eventId": event_id,
        "name": f"Tier {price}",
        "feeType": "FEE_INCLUDED",
        "pricingMethod": {"fixedPrice": {"value": price, "currency": "EUR"}},
    }
    if limit is not None:
        body["initialLimit"] = limit
    reply = client.post("/events/v3/ticket-definitions", json={"ticketDefinition": body})
    assert reply.status_code == 200, reply.text
    return reply.json()["ticketDefinition"]["id"]


def _reserve(client: httpx.Client, definition_id: str, quantity: int) -> httpx.Response:
    return client.post(
        "/events/v1/ticket-reservations",
        json={
            "ticketReservation": {
                "tickets": [{"ticketDefinitionId": definition_id, "quantity": quantity}]
            }
        },
    )


def _sales(client: httpx.Client, definition_id: str) -> dict:
    reply = client.get(f"/events/v3/ticket-definitions/{definition_id}?fields=SALES_DETAILS")
    return reply.json()["ticketDefinition"]["salesDetails"]


def test_capacity_reserved_and_sold_out(client: httpx.Client):
    event_id = _event(client)
    definition_id = _definition(client, event_id, "10.00", 3)
    first = _reserve(client, definition_id, 2)
    assert first.status_code == 200
    assert first.json()["ticketReservation"]["status"] == "PENDING"
    assert _sales(client, definition_id) == {
        "unsoldCount": 1,
        "soldCount": 0,
        "reservedCount": 2,
        "soldOut": False,
    }
    too_many = _reserve(client, definition_id, 2)
    assert too_many.status_code == 400
    error = too_many.json()["details"]["applicationError"]
    assert error["code"] == "NOT_ENOUGH_TICKETS_LEFT"
    assert error["data"]["available"] == 1
    assert _reserve(client, definition_id, 1).status_code == 200
    assert _sales(client, definition_id)["soldOut"] is True
    sold_out = _reserve(client, definition_id, 1)
    assert sold_out.json()["details"]["applicationError"]["code"] == "TICKET_SOLD_OUT"


def test_quantity_limits_and_unknown_definition(client: httpx.Client):
    event_id = _event(client)
    definition_id = _definition(client, event_id, "10.00", None)
    assert _reserve(client, definition_id, 0).status_code == 400
    assert _reserve(client, definition_id, 51).status_code == 400
    over_order_limit = _reserve(client, definition_id, 21)  # ticketLimitPerOrder 20
    assert over_order_limit.status_code == 400
    missing = _reserve(client, "00000000-0000-4000-8000-000000000000", 1)
    assert missing.status_code == 404
    assert missing.json()["details"]["applicationError"]["code"] == "TICKET_DEFINITION_NOT_FOUND"
    assert _sales(client, definition_id)["unsoldCount"] is None  # unlimited


def test_pending_reservation_expires_and_returns_stock(client: httpx.Client, srv: EmulatorServer):
    event_id = _event(client, minutes=10)
    definition_id = _definition(client, event_id, "10.00", 2)
    reservation = _reserve(client, definition_id, 2).json()["ticketReservation"]
    assert _sales(client, definition_id)["soldOut"] is True
    srv.advance_clock(9 * 60)
    assert (
        client.get(f"/events/v1/ticket-reservations/{reservation['id']}").json()[
            "ticketReservation"
        ]["status"]
        == "PENDING"
    )
    # The control endpoint moves the clock too (20 minutes in total).
    client.post("/_emulator/clock", json={"advanceSeconds": 11 * 60})
    expired = client.get(f"/events/v1/ticket-reservations/{reservation['id']}").json()
    assert expired["ticketReservation"]["status"] == "EXPIRED"
    assert _sales(client, definition_id)["unsoldCount"] == 2
    late = client.post(
        "/events/v1/checkout",
        json={"eventId": event_id, "reservationId": reservation["id"], "buyer": BUYER},
    )
    assert late.status_code == 400


def test_expiry_shows_in_sales_details_without_touching_the_reservation(
    client: httpx.Client, srv: EmulatorServer
):
    event_id = _event(client, minutes=5)
    definition_id = _definition(client, event_id, "10.00", 3)
    _reserve(client, definition_id, 3)
    assert _sales(client, definition_id)["soldOut"] is True
    srv.advance_clock(5 * 60 + 1)
    assert _sales(client, definition_id) == {
        "unsoldCount": 3,
        "soldCount": 0,
        "reservedCount": 0,
        "soldOut": False,
    }


def test_cancel_returns_stock_and_is_final(client: httpx.Client):
    event_id = _event(client)
    definition_id = _definition(client, event_id, "10.00", 5)
    reservation = _reserve(client, definition_id, 4).json()["ticketReservation"]
    canceled = client.post(f"/events/v1/ticket-reservations/{reservation['id']}/cancel", json={})
    assert canceled.json()["ticketReservation"]["status"] == "CANCELED_MANUALLY"
    assert _sales(client, definition_id)["unsoldCount"] == 5
    again = client.post(f"/events/v1/ticket-reservations/{reservation['id']}/cancel", json={})
    assert again.status_code == 400
    other = _reserve(client, definition_id, 1).json()["ticketReservation"]
    deleted = client.delete(f"/events/v1/ticket-reservations/{other['id']}")
    assert deleted.status_code == 200
    gone = client.get(f"/events/v1/ticket-reservations/{other['id']}")
    assert gone.status_code == 404
    assert gone.json()["details"]["applicationError"]["code"] == "TICKET_RESERVATION_NOT_FOUND"


def test_pay_in_person_then_confirm_to_paid(client: httpx.Client, srv: EmulatorServer):
    event_id = _event(client)
    definition_id = _definition(client, event_id, "15.00", 10)
    reservation = _reserve(client, definition_id, 3).json()["ticketReservation"]
    sale = client.post(
        "/events/v1/checkout",
        json={
            "eventId": event_id,
            "reservationId": reservation["id"],
            "buyer": BUYER,
            "options": {"payInPerson": True},
        },
    ).json()
    order = sale["order"]
    assert order["status"] == "OFFLINE_PENDING" and order["method"] == "inPerson"
    assert "orderPageUrl" not in sale
    numbers = [t["ticketNumber"] for t in order["tickets"]]
    assert numbers == [f"{order['orderNumber']}{i:03d}" for i in (1, 2, 3)]
    assert order["totalPrice"]["value"] == "45.00"
    assert _sales(client, definition_id) == {
        "unsoldCount": 7,
        "soldCount": 3,
        "reservedCount": 0,
        "soldOut": False,
    }
    confirmed = client.post(
        f"/events/v1/events/{event_id}/orders/confirm",
        json={"orderNumber": [order["orderNumber"]]},
    ).json()["orders"][0]
    assert confirmed["status"] == "PAID"
    got = client.get(
        f"/events/v1/events/{event_id}/orders/{order['orderNumber']}",
        params={"fieldset": ["TICKETS", "DETAILS"]},
    ).json()["order"]
    assert got["status"] == "PAID"
    assert [t["orderStatus"] for t in got["tickets"]] == ["PAID"] * 3
    default = client.get(f"/events/v1/events/{event_id}/orders/{order['orderNumber']}").json()
    assert "tickets" not in default["order"] and "status" not in default["order"]
    summary = client.get("/events/v1/orders/summary", params={"eventId": event_id}).json()
    assert summary["sales"] == [
        {
            "total": {"amount": "45.00", "currency": "EUR", "value": "45.00"},
            "totalOrders": 1,
            "totalTickets": 3,
            "revenue": {"amount": "45.00", "currency": "EUR", "value": "45.00"},
        }
    ]
    listed = client.get(
        "/events/v1/orders",
        params={"eventId": event_id, "limit": 10, "fieldset": "DETAILS", "facet": "status"},
    ).json()
    assert listed["total"] == 1 and listed["orders"][0]["status"] == "PAID"
    assert listed["facets"]["status"]["counts"] == {"PAID": 1}
    assert listed["orderFacets"]["facets"]["status"]["counts"]["PAID"] == {
        "count": 1,
        "tickets": 3,
        "ticketsCheckIn": 0,
    }


def test_card_order_is_initiated_until_the_guest_pays(client: httpx.Client, srv: EmulatorServer):
    event_id = _event(client)
    definition_id = _definition(client, event_id, "20.00", None)
    reservation = _reserve(client, definition_id, 1).json()["ticketReservation"]
    sale = client.post(
        "/events/v1/checkout",
        json={"eventId": event_id, "reservationId": reservation["id"], "buyer": BUYER},
    ).json()
    number = sale["order"]["orderNumber"]
    assert sale["order"]["status"] == "INITIATED"
    assert sale["orderPageUrl"] == f"{srv.url}/_emulator/orders/{number}/pay"
    page = httpx.get(sale["orderPageUrl"])
    assert page.headers["content-type"].startswith("text/html") and number in page.text
    paid = httpx.post(sale["orderPageUrl"]).json()["order"]
    assert paid["status"] == "PAID" and paid["method"] == "creditCard"
    assert httpx.post(sale["orderPageUrl"]).status_code == 400  # already paid


def test_mark_as_paid_and_free_orders(client: httpx.Client, srv: EmulatorServer):
    event_id = _event(client)
    paid_id = _definition(client, event_id, "5.00", None)
    free_id = _definition(client, event_id, "0", None)
    reservation = _reserve(client, paid_id, 1).json()["ticketReservation"]
    marked = client.post(
        "/events/v1/checkout",
        json={
            "eventId": event_id,
            "reservationId": reservation["id"],
            "buyer": BUYER,
            "options": {"markAsPaid": True},
        },
    ).json()["order"]
    assert marked["status"] == "PAID"
    free = _reserve(client, free_id, 2).json()["ticketReservation"]
    order = client.post(
        "/events/v1/checkout",
        json={"eventId": event_id, "reservationId": free["id"], "buyer": BUYER},
    ).json()["order"]
    assert order["status"] == "FREE"
    assert all(t["free"] for t in order["tickets"])


def test_checkout_validates_buyer_and_reservation(client: httpx.Client):
    event_id = _event(client)
    definition_id = _definition(client, event_id, "5.00", None)
    reservation = _reserve(client, definition_id, 1).json()["ticketReservation"]
    no_buyer = client.post(
        "/events/v1/checkout", json={"eventId": event_id, "reservationId": reservation["id"]}
    )
    assert no_buyer.status_code == 400
    assert "validationError" in no_buyer.json()["details"]
    unknown = client.post(
        "/events/v1/checkout",
        json={"eventId": event_id, "reservationId": "nope", "buyer": BUYER},
    )
    assert unknown.status_code == 404
    confirm_unknown = client.post(
        f"/events/v1/events/{event_id}/orders/confirm", json={"orderNumber": ["NOPE"]}
    )
    assert confirm_unknown.status_code == 404


def test_canceling_a_checked_out_unpaid_reservation_cancels_its_order(
    client: httpx.Client, srv: EmulatorServer
):
    event_id = _event(client)
    definition_id = _definition(client, event_id, "5.00", 4)
    reservation = _reserve(client, definition_id, 2).json()["ticketReservation"]
    order = client.post(
        "/events/v1/checkout",
        json={
            "eventId": event_id,
            "reservationId": reservation["id"],
            "buyer": BUYER,
            "options": {"payInPerson": True},
        },
    ).json()["order"]
    assert _sales(client, definition_id)["soldCount"] == 2
    client.post(f"/events/v1/ticket-reservations/{reservation['id']}/cancel", json={})
    assert srv.state.orders[order["orderNumber"]]["status"] == "CANCELED"
    assert _sales(client, definition_id)["unsoldCount"] == 4
    ticket = client.get(
        f"/events/v1/tickets/{order['tickets'][0]['ticketNumber']}",
        params={"eventId": event_id, "fieldset": "TICKET_DETAILS"},
    ).json()["ticket"]
    assert ticket["canceled"] is True and ticket["orderStatus"] == "CANCELED"
