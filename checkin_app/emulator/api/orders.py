"""Checkout and Orders (events v1): checkout, confirm, get, list, summary, archive, pay.

`orderPageUrl` of an INITIATED (card) order points at this emulator's
`/_emulator/orders/{orderNumber}/pay` page: opening it and pressing Pay stands in for the
guest paying on their phone (the order becomes PAID).
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from checkin_app.emulator import ticketing
from checkin_app.emulator.api.common import get_event, obj, text
from checkin_app.emulator.api.forms import validate_responses
from checkin_app.emulator.api.reservations import confirm_reservation, get_reservation
from checkin_app.emulator.api.tickets import render_ticket
from checkin_app.emulator.errors import app_error, invalid, not_found, required
from checkin_app.emulator.paging import legacy_page
from checkin_app.emulator.routing import Request, Router
from checkin_app.emulator.store import Store

FIELDSETS = ("TICKETS", "DETAILS", "FORM", "INVOICE")
_ALL = frozenset(FIELDSETS)
_TICKET_FIELDSETS = frozenset({"TICKET_DETAILS", "GUEST_DETAILS"})
# Confirm Order turns these into PAID; PAID/FREE stay as they are (docs/wix-api.md §5).
CONFIRMABLE = ("INITIATED", "PENDING", "OFFLINE_PENDING")


def get_order(store: Store, number: str, event_id: str | None = None) -> dict[str, Any]:
    order = store.orders.get(number)
    if order is None or (event_id and order["eventId"] != event_id):
        raise not_found("ORDER_NOT_FOUND", f"Order {number} not found", {"orderNumber": number})
    return order


def _invoice(order: dict[str, Any]) -> dict[str, Any]:
    currency = order["currency"]
    invoice: dict[str, Any] = {
        "items": [
            {**copy.deepcopy(item), "discount": None, "tax": None, "fees": []}
            for item in order["items"]
        ],
        "total": ticketing.money(order["grandTotal"], currency),
        "discount": None,
        "tax": copy.deepcopy(order.get("tax")),
        "subTotal": ticketing.money(order["subTotal"], currency),
        "grandTotal": ticketing.money(order["grandTotal"], currency),
        # The emulator charges no Wix service fee; revenue is the whole grand total.
        "fees": [],
        "revenue": ticketing.money(order["grandTotal"], currency),
    }
    return invoice


def render_order(
    store: Store, order: dict[str, Any], fieldsets: set[str] | frozenset[str]
) -> dict[str, Any]:
    """An order as Get/List Orders returns it for the requested fieldsets."""
    out: dict[str, Any] = {
        "orderNumber": order["orderNumber"],
        "eventId": order["eventId"],
        "contactId": order["contactId"],
        "anonymized": False,
        "fullyCheckedIn": ticketing.fully_checked_in(store, order),
    }
    if order.get("memberId"):
        out["memberId"] = order["memberId"]
    if "DETAILS" in fieldsets:
        out.update(
            {
                "reservationId": order["reservationId"],
                "snapshotId": "" if order["status"] == "FREE" else f"snap-{order['orderNumber']}",
                "created": order["created"],
                "updated": order["updated"],
                "firstName": order["firstName"],
                "lastName": order["lastName"],
                "email": order["email"],
                "fullName": f"{order['firstName']} {order['lastName']}",
                "confirmed": order["confirmed"],
                "status": order["status"],
                "method": order["method"],
                "ticketsQuantity": len(order["tickets"]),
                "totalPrice": ticketing.money(order["grandTotal"], order["currency"]),
                "ticketsPdf": f"https://www.example-site.com/_api/wix-events-web/v1/orders/{order['orderNumber']}/pdf",
                "archived": order["archived"],
                "channel": order.get("channel", "ONLINE"),
                "paymentDetails": {
                    "transaction": {
                        "transactionId": order.get("transactionId"),
                        "method": order["method"],
                    }
                },
            }
        )
    if "TICKETS" in fieldsets:
        out["tickets"] = [
            render_ticket(store, store.tickets[n], _TICKET_FIELDSETS) for n in order["tickets"]
        ]
    if "FORM" in fieldsets:
        out["checkoutForm"] = {"inputValues": copy.deepcopy(order["form"])}
    if "INVOICE" in fieldsets:
        out["invoice"] = _invoice(order)
    return out


def _buyer(raw: Any) -> dict[str, str]:
    buyer = obj(raw, "buyer", needed=True)
    first = text(buyer, "firstName", "buyer.firstName", max_len=50, min_len=1, needed=True)
    last = text(buyer, "lastName", "buyer.lastName", max_len=50, min_len=1, needed=True)
    email = text(buyer, "email", "buyer.email", max_len=255, min_len=5, needed=True)
    assert first is not None and last is not None and email is not None
    if "@" not in email:
        raise invalid("buyer.email", "buyer.email is not an email address", rule="FORMAT")
    return {"firstName": first, "lastName": last, "email": email}


def _unchecked_answers(raw: Any) -> list[dict[str, Any]]:
    """The guests' input values as sent, for a checkout with `ignoreFormValidation`."""
    answers = []
    for guest in raw if isinstance(raw, list) else []:
        form = guest.get("form") if isinstance(guest, dict) else None
        values = form.get("inputValues") if isinstance(form, dict) else None
        answers.append(
            {
                str(v["inputName"]): v
                for v in values or []
                if isinstance(v, dict) and isinstance(v.get("inputName"), str)
            }
        )
    return answers


def _people(answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each guest form as a ticket holder: name and e-mail from its inputs, all its values."""
    people = []
    for given in answers:

        def text(name: str, given: dict[str, Any] = given) -> str:
            value = (given.get(name) or {}).get("value")
            return str(value) if isinstance(value, str) else ""

        people.append(
            {
                "firstName": text("firstName"),
                "lastName": text("lastName"),
                "email": text("email"),
                "inputValues": [copy.deepcopy(v) for v in given.values()],
            }
        )
    return people


def _checkout(req: Request) -> dict[str, Any]:
    store = req.store
    body = req.json()
    event = get_event(store, body.get("eventId")) if body.get("eventId") else None
    reservation_id = body.get("reservationId")
    if not reservation_id:
        raise required("reservationId")
    reservation = get_reservation(store, str(reservation_id))
    if event is None:
        event = get_event(store, reservation["tickets"][0]["eventId"])
    if reservation["tickets"][0]["eventId"] != event["id"]:
        raise invalid("reservationId", "The reservation is for another event")
    if reservation["status"] != "PENDING" or reservation.get("_orderNumber"):
        # GUESS (docs/emulator.md): Wix documents no code for checking out a reservation
        # that expired, was cancelled or already has its order.
        raise app_error(
            400,
            "RESERVATION_NOT_PENDING",
            f"The reservation is {reservation['status']}, not PENDING"
            if reservation["status"] != "PENDING"
            else "The reservation was already checked out",
            {"status": reservation["status"]},
        )
    buyer = _buyer(body.get("buyer"))
    options = obj(body.get("options"), "options")
    kept = [
        line for line in reservation["tickets"] if line["ticketDefinitionId"] in store.definitions
    ]
    lines = [(store.definitions[line["ticketDefinitionId"]], line["quantity"]) for line in kept]
    prices = [Decimal(line["price"]["value"]) for line in kept]
    total = sum((Decimal(line["subTotal"]["value"]) for line in reservation["tickets"]), Decimal(0))
    if total == 0:
        status, method = "FREE", None
    elif options.get("markAsPaid"):
        status, method = "PAID", "inPerson"
    elif options.get("payInPerson"):
        status, method = "OFFLINE_PENDING", "inPerson"
    else:
        status, method = "INITIATED", None
    count = sum(q for _, q in lines)
    separately = bool(event["registration"]["tickets"].get("guestsAssignedSeparately"))
    if options.get("ignoreFormValidation"):
        answers = _unchecked_answers(body.get("guests"))
    else:
        answers = validate_responses(store.forms.get(event["id"]), body.get("guests"), count,
                                     separately)  # fmt: skip
    people = _people(answers)
    order = ticketing.issue_order(
        store,
        event,
        lines,
        buyer=buyer,
        status=status,
        method=method,
        # One form per ticket names each ticket's holder; one form for the order is the
        # buyer's answers (the tickets stay the buyer's).
        guests=[p for p in people if p["firstName"]] if separately else None,
        reservation_id=reservation["id"],
        channel="ONLINE",
        form=people[0]["inputValues"] if people and not separately else None,
        prices=prices,
    )
    reservation["_orderNumber"] = order["orderNumber"]
    if status in ("PAID", "FREE"):
        confirm_reservation(store, reservation)
    response: dict[str, Any] = {
        "order": render_order(store, order, _ALL),
        "expires": reservation["expirationDate"],
        "reservations": [
            {
                "quantity": quantity,
                "ticket": {
                    "id": d["id"],
                    "name": d["name"],
                    "eventId": d["eventId"],
                    "price": ticketing.money(*ticketing.definition_price(d)),
                    "free": ticketing.definition_price(d)[0] == 0,
                    "policy": d.get("policyText", ""),
                },
            }
            for d, quantity in lines
        ],
    }
    if status == "INITIATED":
        response["orderPageUrl"] = f"{req.app.base_url}/_emulator/orders/{order['orderNumber']}/pay"
    return response


def pay_order(store: Store, number: str) -> dict[str, Any]:
    """Mark an unpaid order PAID (the guest paid by card); used by the control endpoint."""
    order = get_order(store, number)
    if order["status"] not in CONFIRMABLE:
        raise app_error(
            400,
            "ORDER_ACTION_NOT_AVAILABLE",
            f"An order in status {order['status']} cannot be paid",
            {"status": order["status"]},
        )
    if order["method"] is None:
        order["method"] = "creditCard"
        order["transactionId"] = store.new_id()
    _mark_paid(store, order)
    return render_order(store, order, _ALL)


def _mark_paid(store: Store, order: dict[str, Any]) -> None:
    """The order is paid: its reservation becomes CONFIRMED (docs/wix-api.md §4)."""
    ticketing.set_order_status(store, order, "PAID")
    reservation = store.reservations.get(order.get("reservationId") or "")
    if reservation is not None:
        confirm_reservation(store, reservation)


def _confirm(req: Request) -> dict[str, Any]:
    store = req.store
    event = get_event(store, req.params["eventId"])
    numbers = req.json().get("orderNumber")
    if isinstance(numbers, str):
        numbers = [numbers]
    if not isinstance(numbers, list) or not 1 <= len(numbers) <= 100:
        raise invalid(
            "orderNumber", "orderNumber must hold 1 to 100 order numbers", rule="OUT_OF_RANGE"
        )
    orders = [get_order(store, str(n), event["id"]) for n in numbers]
    for order in orders:
        if order["status"] not in (*CONFIRMABLE, "PAID", "FREE"):
            raise app_error(
                400,
                "ORDER_ACTION_NOT_AVAILABLE",
                f"Order {order['orderNumber']} is {order['status']} and cannot be confirmed",
                {"orderNumber": order["orderNumber"], "status": order["status"]},
            )
    for order in orders:
        if order["status"] in CONFIRMABLE:
            _mark_paid(store, order)
    return {"orders": [render_order(store, o, _ALL) for o in orders]}


def _get(req: Request) -> dict[str, Any]:
    order = get_order(req.store, req.params["orderNumber"], req.params["eventId"])
    fieldsets = set(req.qlist("fieldset"))
    return {
        "order": render_order(req.store, order, fieldsets),
        "calendarLinks": {
            "google": "https://calendar.google.com/calendar/render?action=TEMPLATE",
            "ics": f"https://www.example-site.com/_api/wix-events-web/v1/events/{order['eventId']}/ics",
        },
    }


_ORDER_TAGS = {
    "CONFIRMED": lambda s, o: o["confirmed"],
    "UNCONFIRMED": lambda s, o: not o["confirmed"],
    "MEMBER": lambda s, o: bool(o.get("memberId")),
    "ARCHIVED": lambda s, o: o["archived"],
    "NON_ARCHIVED": lambda s, o: not o["archived"],
    "FULLY_CHECKED_IN": lambda s, o: ticketing.fully_checked_in(s, o),
    "NOT_FULLY_CHECKED_IN": lambda s, o: not ticketing.fully_checked_in(s, o),
}


def _list(req: Request) -> dict[str, Any]:
    store = req.store
    event_ids = req.qlist("eventId")
    numbers = set(req.qlist("orderNumber"))
    statuses = set(req.qlist("status"))
    tags = req.qlist("tag")
    for tag in tags:
        if tag not in _ORDER_TAGS:
            raise invalid("tag", f"Unknown tag {tag!r}")
    phrase = (req.q("searchPhrase") or "").strip().lower()
    source = (
        [store.orders[n] for e in event_ids for n in store.event_orders.get(e, [])]
        if event_ids
        else list(store.orders.values())
    )
    rows = []
    for order in source:
        if numbers and order["orderNumber"] not in numbers:
            continue
        if statuses and order["status"] not in statuses:
            continue
        if any(not _ORDER_TAGS[t](store, order) for t in tags):
            continue
        haystack = (
            f"{order['firstName']} {order['lastName']} {order['email']} {order['orderNumber']}"
        )
        if phrase and phrase not in haystack.lower():
            continue
        rows.append(order)
    sort = (req.q("sort") or "created:asc").split(":")
    key = {"created": "created", "orderNumber": "orderNumber", "name": "lastName"}.get(
        sort[0], "created"
    )
    rows.sort(key=lambda o: (o[key], o["orderNumber"]), reverse=len(sort) > 1 and sort[1] == "desc")
    page, offset, limit = legacy_page(rows, req.query, 400)
    fieldsets = set(req.qlist("fieldset"))
    facets, order_facets = _order_facets(store, rows, req.qlist("facet"))
    return {
        "total": len(rows),
        "offset": offset,
        "limit": limit,
        "orders": [render_order(store, o, fieldsets) for o in page],
        "facets": facets,
        "orderFacets": {"facets": order_facets},
    }


_FACET_VALUES = {
    "status": lambda s, o: o["status"],
    "archived": lambda s, o: "true" if o["archived"] else "false",
    "fullyCheckedIn": lambda s, o: "true" if ticketing.fully_checked_in(s, o) else "false",
}


def _order_facets(
    store: Store, rows: list[dict[str, Any]], names: list[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """`facets` (order counts) and `orderFacets` (orders, tickets, checked-in tickets)."""
    facets: dict[str, Any] = {}
    order_facets: dict[str, Any] = {}
    for name in names:
        value_of = _FACET_VALUES.get(name)
        if value_of is None:
            continue
        counts: dict[str, int] = {}
        detailed: dict[str, dict[str, int]] = {}
        for order in rows:
            value = value_of(store, order)
            counts[value] = counts.get(value, 0) + 1
            entry = detailed.setdefault(value, {"count": 0, "tickets": 0, "ticketsCheckIn": 0})
            entry["count"] += 1
            entry["tickets"] += len(order["tickets"])
            entry["ticketsCheckIn"] += sum(
                1 for n in order["tickets"] if store.tickets[n]["checkIn"] is not None
            )
        facets[name] = {"counts": counts}
        order_facets[name] = {"counts": detailed}
    return facets, order_facets


def _summary(req: Request) -> dict[str, Any]:
    """Sales per currency over confirmed orders (PAID, FREE, OFFLINE_PENDING, ...).

    `total` is what buyers owe or paid; `revenue` counts money actually received (PAID),
    so cash still to collect at the door shows as total but not yet as revenue.
    """
    store = req.store
    event_ids = req.qlist("eventId")
    orders = (
        [store.orders[n] for e in event_ids for n in store.event_orders.get(e, [])]
        if event_ids
        else list(store.orders.values())
    )
    sales: dict[str, dict[str, Any]] = {}
    for order in orders:
        if order["status"] not in ticketing.CONFIRMED_STATUSES:
            continue
        entry = sales.setdefault(
            order["currency"],
            {"total": Decimal(0), "revenue": Decimal(0), "orders": 0, "tickets": 0},
        )
        entry["total"] += order["grandTotal"]
        if order["status"] in ("PAID", "PARTIALLY_PAID"):
            entry["revenue"] += order["grandTotal"]
        entry["orders"] += 1
        entry["tickets"] += len(order["tickets"])
    return {
        "sales": [
            {
                "total": ticketing.money(e["total"], currency),
                "totalOrders": e["orders"],
                "totalTickets": e["tickets"],
                "revenue": ticketing.money(e["revenue"], currency),
            }
            for currency, e in sorted(sales.items())
        ]
    }


def _archive(store: Store, order: dict[str, Any], body: dict[str, Any]) -> None:
    if "archived" in body:
        order["archived"] = bool(body["archived"])
        order["updated"] = store.now()
        store.touch()
    form = body.get("checkoutForm")
    if isinstance(form, dict) and isinstance(form.get("inputValues"), list):
        order["form"] = copy.deepcopy(form["inputValues"])


def _update(req: Request) -> dict[str, Any]:
    order = get_order(req.store, req.params["orderNumber"], req.params["eventId"])
    _archive(req.store, order, req.json())
    return {"order": render_order(req.store, order, _ALL)}


def _bulk_update(req: Request) -> dict[str, Any]:
    body = req.json()
    numbers = body.get("orderNumber")
    if not isinstance(numbers, list) or not 1 <= len(numbers) <= 100:
        raise invalid(
            "orderNumber", "orderNumber must hold 1 to 100 order numbers", rule="OUT_OF_RANGE"
        )
    orders = [get_order(req.store, str(n), req.params["eventId"]) for n in numbers]
    for order in orders:
        _archive(req.store, order, body)
    return {"orders": [render_order(req.store, o, _ALL) for o in orders]}


def register(router: Router) -> None:
    router.add("POST", "/events/v1/checkout", _checkout)
    router.add("GET", "/events/v1/orders", _list)
    router.add("GET", "/events/v1/orders/summary", _summary)
    router.add("POST", "/events/v1/events/{eventId}/orders/confirm", _confirm)
    router.add("PATCH", "/events/v1/events/{eventId}/orders", _bulk_update)
    router.add("GET", "/events/v1/events/{eventId}/orders/{orderNumber}", _get)
    router.add("PATCH", "/events/v1/events/{eventId}/orders/{orderNumber}", _update)
