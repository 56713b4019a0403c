"""Contract: the walk-up sale (reserve → checkout in person → confirm; cancel) and orders."""

from __future__ import annotations

import pytest

from checkin_app.emulator.server import EmulatorServer
from checkin_app.wix import TokenBucket, WixClient, WixNotFoundError, WixPermanentError

BUYER = {"firstName": "Walk", "lastName": "Up", "email": "walk.up@example.com"}


@pytest.fixture(scope="module")
def server():
    srv = EmulatorServer(host="127.0.0.1", port=0, seed="demo").start()
    yield srv
    srv.stop()


@pytest.fixture
def client(server):
    server.set_faults()
    bucket = TokenBucket(rate_per_minute=1_000_000, burst=1000)
    with WixClient(server.site_id, server.api_key, base_url=server.url, rate_limiter=bucket) as c:
        yield c


@pytest.fixture
def on_sale(client):
    """An upcoming event and a ticket type with stock."""
    for event in client.iter_events(filter={"status": "UPCOMING"}, fields=("REGISTRATION",)):
        for definition in client.iter_ticket_definitions(event["id"]):
            unsold = definition.get("salesDetails", {}).get("unsoldCount")
            price = definition["pricingMethod"].get("fixedPrice", {}).get("value", "0")
            paid = float(price) > 0
            if definition.get("saleStatus") == "SALE_STARTED" and paid and (unsold or 99) > 5:
                return event, definition
    pytest.fail("the demo seed has no paid ticket type on sale")


def test_walk_up_sale_pay_in_person_then_confirm(client, on_sale):
    event, definition = on_sale
    reservation = client.create_ticket_reservation(
        [{"ticketDefinitionId": definition["id"], "quantity": 2}]
    )
    assert reservation["status"] == "PENDING" and reservation["expirationDate"]
    assert client.get_ticket_reservation(reservation["id"])["id"] == reservation["id"]

    result = client.checkout(event["id"], reservation["id"], BUYER, pay_in_person=True)
    order = result["order"]
    assert order["status"] == "OFFLINE_PENDING"
    number = order["orderNumber"]

    (confirmed,) = client.confirm_orders(event["id"], [number])
    assert confirmed["status"] == "PAID"
    full = client.get_order(event["id"], number, fieldsets=("TICKETS", "DETAILS"))
    assert full["status"] == "PAID" and len(full["tickets"]) == 2

    listed = client.list_tickets(event["id"], order_numbers=[number])
    assert {t["ticketNumber"] for t in listed["tickets"]} == {
        t["ticketNumber"] for t in full["tickets"]
    }


def test_cancel_reservation_releases_tickets(client, on_sale):
    _, definition = on_sale
    reservation = client.create_ticket_reservation(
        [{"ticketDefinitionId": definition["id"], "quantity": 1}]
    )
    canceled = client.cancel_ticket_reservation(reservation["id"])
    assert canceled["status"] == "CANCELED_MANUALLY"
    with pytest.raises(WixNotFoundError):
        client.get_ticket_reservation("00000000-0000-0000-0000-000000000000")


def test_reservation_of_an_unknown_ticket_type(client):
    with pytest.raises(WixPermanentError) as info:
        client.create_ticket_reservation(
            [{"ticketDefinitionId": "00000000-0000-0000-0000-000000000000", "quantity": 1}]
        )
    assert info.value.status == 404
    assert info.value.code in ("TICKET_DEFINITION_NOT_FOUND", "EVENT_NOT_FOUND")


def test_reservation_expires_with_the_clock(client, server, on_sale):
    _, definition = on_sale
    reservation = client.create_ticket_reservation(
        [{"ticketDefinitionId": definition["id"], "quantity": 1}]
    )
    server.advance_clock(31 * 60)  # past any reservationDurationInMinutes (5–30)
    assert client.get_ticket_reservation(reservation["id"])["status"] == "EXPIRED"


def test_orders_pages_and_summary(client, on_sale, server):
    event, _ = on_sale
    page = client.list_orders(event["id"], limit=2)
    total = page["total"]
    assert total >= 1 and len(page["orders"]) == min(2, total)
    size = max(1, -(-total // 3))  # three pages or so
    server.clear_requests()
    orders = list(client.iter_orders(event["id"], page_size=size))
    assert len(orders) == total == len({o["orderNumber"] for o in orders})
    assert len(server.requests) == -(-total // size)
    assert all(r["query"]["limit"] == [str(size)] for r in server.requests)
    sales = client.get_orders_summary(event["id"])
    assert sales and all("totalOrders" in s or "total" in s for s in sales)
