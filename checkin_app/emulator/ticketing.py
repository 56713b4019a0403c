"""Shared ticketing rules: stock per ticket definition, issuing orders, check-in, guest rows."""

from __future__ import annotations

import gc
from datetime import timedelta
from decimal import Decimal
from typing import Any

from checkin_app.emulator.clock import iso, parse_iso
from checkin_app.emulator.store import Store

# Orders whose tickets no longer hold stock and are not valid at the door.
CANCELED_STATUSES = frozenset({"CANCELED", "DECLINED", "VOIDED"})
# Orders counted in the sales summary (confirmed: paid, free or to be paid at the door).
CONFIRMED_STATUSES = frozenset(
    {"FREE", "PAID", "PENDING", "OFFLINE_PENDING", "AUTHORIZED", "PARTIALLY_PAID"}
)


def fmt(amount: Decimal) -> str:
    return f"{amount.quantize(Decimal('0.01'))}"


def money(amount: Decimal | str, currency: str) -> dict[str, str]:
    """Money as the v1 APIs write it: `amount` (deprecated) and `value` both set."""
    text = fmt(Decimal(amount))
    return {"amount": text, "currency": currency, "value": text}


def definition_price(definition: dict[str, Any]) -> tuple[Decimal, str]:
    pricing = definition.get("pricingMethod") or {}
    price = pricing.get("fixedPrice") or pricing.get("guestPrice") or {}
    return Decimal(price.get("value") or "0"), str(price.get("currency") or "USD")


def stamp(store: Store) -> str:
    """Now in ms, strictly later than the previous request's stamp, so `updatedDate $gt`
    deltas never tie across requests. Everything one request changes shares its stamp (a
    batch of 100 check-ins is one moment, as on a real server): counting a millisecond per
    change would run the stamps ahead of the server's clock (and its `Date` header)."""
    if store.request_stamp is not None:
        return iso(store.request_stamp)
    now = store.clock.now()
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)  # Wix stamps in ms
    last = store.last_stamp
    if last is not None and now <= last:
        now = last + timedelta(milliseconds=1)
    store.last_stamp = now
    if store.in_request:
        store.request_stamp = now
    return iso(now)


# Reservations and stock -------------------------------------------------------------------
def expire_reservations(store: Store) -> None:
    """PENDING reservations past `expirationDate` become EXPIRED and free their stock.

    A reservation stays PENDING after the checkout of an unpaid order (it becomes CONFIRMED
    on payment, docs/wix-api.md §4). Wix: "If payment isn't completed before the expiration
    time, the reservation automatically changes to EXPIRED status and tickets are released
    back to inventory": an INITIATED (online, unpaid) order made from it is cancelled then.
    GUESS (docs/emulator.md): Wix documents the cancelling only as "after 2 hours"; an
    OFFLINE_PENDING order (confirmed, to be paid at the venue) is kept.
    """
    now = store.now()
    for reservation in store.reservations.values():
        if reservation["status"] == "PENDING" and reservation["expirationDate"] <= now:
            reservation["status"] = "EXPIRED"
            reservation["updatedDate"] = now
            reservation["revision"] = str(int(reservation["revision"]) + 1)
            order = store.orders.get(reservation.get("_orderNumber") or "")
            if order is not None and order["status"] == "INITIATED":
                set_order_status(store, order, "CANCELED")


def reserved_count(store: Store, definition_id: str) -> int:
    """Tickets held by PENDING reservations that no order has taken over yet."""
    return sum(
        line["quantity"]
        for reservation in store.reservations.values()
        if reservation["status"] == "PENDING" and not reservation.get("_orderNumber")
        for line in reservation["tickets"]
        if line["ticketDefinitionId"] == definition_id
    )


def sales_details(store: Store, definition: dict[str, Any]) -> dict[str, Any]:
    expire_reservations(store)
    sold = store.sold.get(definition["id"], 0)
    reserved = reserved_count(store, definition["id"])
    limit = definition.get("initialLimit")
    unsold = None if limit is None else max(0, int(limit) - sold - reserved)
    return {
        "unsoldCount": unsold,
        "soldCount": sold,
        "reservedCount": reserved,
        "soldOut": unsold == 0,
    }


# Orders and tickets -----------------------------------------------------------------------
def issue_order(
    store: Store,
    event: dict[str, Any],
    lines: list[tuple[dict[str, Any], int]],
    *,
    buyer: dict[str, str],
    status: str,
    method: str | None,
    guests: list[dict[str, Any]] | None = None,
    reservation_id: str | None = None,
    created: str | None = None,
    channel: str = "ONLINE",
    form: list[dict[str, Any]] | None = None,
    prices: list[Decimal] | None = None,
) -> dict[str, Any]:
    """Create an order with its tickets (`orderNumber` + 3-digit suffix) and guest rows.

    `guests` optionally names each ticket's holder (first/last/email), in ticket order;
    `prices` the unit price of each line when it is not the definition's fixed price (a
    pricing option, a donation).
    """
    created = created or stamp(store)
    number = store.new_order_number()
    currency = (event.get("registration", {}).get("tickets") or {}).get("currency") or "USD"
    contact_id = store.new_id()
    order: dict[str, Any] = {
        "orderNumber": number,
        "eventId": event["id"],
        "reservationId": reservation_id,
        "status": status,
        "method": method,
        "created": created,
        "updated": created,
        "firstName": buyer["firstName"],
        "lastName": buyer["lastName"],
        "email": buyer["email"],
        "contactId": contact_id,
        "memberId": None,
        "tickets": [],
        "archived": False,
        "channel": channel,
        "form": form or _form_values(buyer),
        "items": [],
    }
    subtotal = Decimal(0)
    index = 0
    for line_index, (definition, quantity) in enumerate(lines):
        price, currency = definition_price(definition)
        if prices is not None and line_index < len(prices):
            price = prices[line_index]
        unit = money(price, currency)
        subtotal += price * quantity
        order["items"].append(
            {
                "id": definition["id"],
                "quantity": quantity,
                "name": definition["name"],
                "price": dict(unit),
                "total": money(price * quantity, currency),
            }
        )
        for _ in range(quantity):
            index += 1
            holder = guests[index - 1] if guests and index - 1 < len(guests) else buyer
            ticket = {
                "ticketNumber": f"{number}{index:03d}",
                "orderNumber": number,
                "eventId": event["id"],
                "ticketDefinitionId": definition["id"],
                "name": definition["name"],
                "price": dict(unit),
                "free": price == 0,
                "policy": definition.get("policyText") or "",
                "checkIn": None,  # live check-in {"created"}; rendered by render_check_in
                "canceledCheckIn": None,  # undo under `cancel-date`: created + canceled date
                "archived": False,
                "guestAssigned": holder is not buyer,
                "firstName": holder["firstName"],
                "lastName": holder["lastName"],
                "email": holder["email"],
                "contactId": contact_id if holder is buyer else store.new_id(),
                "form": holder.get("inputValues") or _form_values(holder),
                "created": created,
                "updated": created,  # the guest row's updatedDate
            }
            store.tickets[ticket["ticketNumber"]] = ticket
            store.event_tickets.setdefault(event["id"], []).append(ticket["ticketNumber"])
            order["tickets"].append(ticket["ticketNumber"])
            if status not in CANCELED_STATUSES:
                store.sold[definition["id"]] = store.sold.get(definition["id"], 0) + 1
    order["subTotal"] = subtotal
    order["tax"], order["grandTotal"] = _tax(event, subtotal)
    order["currency"] = currency
    order["confirmed"] = status in CONFIRMED_STATUSES
    store.orders[number] = order
    store.event_orders.setdefault(event["id"], []).append(number)
    order["attendanceUpdated"] = created
    if event["id"] in store.guests_built:
        _add_order_guests(store, order)
    store.touch()
    return order


def _tax(event: dict[str, Any], subtotal: Decimal) -> tuple[dict[str, Any] | None, Decimal]:
    """The invoice tax line and grand total under the event's `taxSettings`."""
    settings = (event.get("registration", {}).get("tickets") or {}).get("taxSettings")
    if not settings or not settings.get("rate"):
        return None, subtotal
    rate = Decimal(str(settings["rate"]))
    if settings.get("type") == "ADDED_AT_CHECKOUT":
        amount = (subtotal * rate / 100).quantize(Decimal("0.01"))
        kind, grand = "ADDED_AT_CHECKOUT", subtotal + amount
    else:
        amount = (subtotal - subtotal / (1 + rate / 100)).quantize(Decimal("0.01"))
        kind, grand = "INCLUDED", subtotal
    tax = {
        "type": kind,
        "name": settings.get("name") or "Tax",
        "rate": str(rate),
        "taxable": fmt(subtotal),
        "amount": fmt(amount),
    }
    return tax, grand


def _form_values(person: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {"inputName": "firstName", "value": person["firstName"]},
        {"inputName": "lastName", "value": person["lastName"]},
        {"inputName": "email", "value": person["email"]},
    ]


def ensure_guests(store: Store, event_id: str | None = None) -> None:
    """Build the Event Guests rows of an event (or all) on first use.

    Rows are made lazily from ticket and order state, so seeding many tickets stays fast;
    once built they are kept up to date by check-in, undo and order status changes.
    """
    event_ids = [event_id] if event_id else list(store.event_orders)
    todo = [eid for eid in event_ids if eid not in store.guests_built]
    if not todo:
        return
    # Many small dicts at once: keep the cyclic GC from rescanning them (as the seeds do).
    enabled = gc.isenabled()
    gc.disable()
    try:
        for eid in todo:
            store.guests_built.add(eid)
            for number in store.event_orders.get(eid, []):
                _add_order_guests(store, store.orders[number])
    finally:
        if enabled:
            gc.enable()
    store.touch()


def _add_order_guests(store: Store, order: dict[str, Any]) -> None:
    """One TICKET_HOLDER row per ticket (unless the `guest_rows` switch says buyers only),
    and one BUYER row per order."""
    if store.behaviour.ticket_holder_rows:
        for number in order["tickets"]:
            _add_guest(store, order, store.tickets[number])
    _add_guest(store, order, None)


def _add_guest(store: Store, order: dict[str, Any], ticket: dict[str, Any] | None) -> None:
    key = ticket["ticketNumber"] if ticket is not None else order["orderNumber"]
    guest_id = store.derived_id(f"guest:{order['eventId']}:{key}")
    person = ticket or order
    row: dict[str, Any] = {
        "id": guest_id,
        "eventId": order["eventId"],
        "orderNumber": order["orderNumber"],
        "contactId": person["contactId"],
        "guestDetails": {
            "email": person["email"],
            "firstName": person["firstName"],
            "lastName": person["lastName"],
            "formResponse": {"inputValues": person["form"]},  # shared; replaced, never mutated
            "checkedIn": False,
            "checkInDetails": [],
        },
        "attendanceStatus": "ATTENDING",
        "createdDate": order["created"],
        "updatedDate": order["updated"],
        "attendanceStatusUpdatedDate": order["attendanceUpdated"],
        "totalGuests": 1,
        "revision": "1",
        "additionalDetails": {
            "createdDate": order["created"],
            "updatedDate": order["updated"],
            "orderStatus": order["status"],
        },
    }
    if ticket is not None:
        row["ticketNumber"] = ticket["ticketNumber"]
        row["tickets"] = [
            {
                "number": ticket["ticketNumber"],
                "definitionId": ticket["ticketDefinitionId"],
                "name": ticket["name"],
            }
        ]
        row["guestType"] = "TICKET_HOLDER"
        row["updatedDate"] = row["additionalDetails"]["updatedDate"] = ticket["updated"]
        _sync_check_in(row, ticket)
        store.guest_by_ticket[ticket["ticketNumber"]] = guest_id
    else:
        row["tickets"] = [
            {
                "number": n,
                "definitionId": store.tickets[n]["ticketDefinitionId"],
                "name": store.tickets[n]["name"],
            }
            for n in order["tickets"][:50]
        ]
        row["guestType"] = "BUYER"
        row["totalGuests"] = len(order["tickets"])
        row["guestDetails"]["checkedIn"] = fully_checked_in(store, order)
        store.guest_by_order[order["orderNumber"]] = guest_id
    if order["status"] in CANCELED_STATUSES:
        row["attendanceStatus"] = "NOT_ATTENDING"
    store.guests[guest_id] = row
    store.event_guests.setdefault(order["eventId"], []).append(guest_id)


def _sync_check_in(row: dict[str, Any], ticket: dict[str, Any]) -> None:
    """The guest's per-guest check-in details (docs/wix-api.md §7), from its ticket.

    One entry for the ticket's check-in (with its cancel date after an undo under
    `cancel-date`); no history of repeated scans — Wix documents none. `fullName` is left
    out: Wix sets it only for RSVP guests.
    """
    details = row["guestDetails"]
    live, canceled = ticket["checkIn"], ticket.get("canceledCheckIn")
    details["checkedIn"] = live is not None
    if live is not None:
        details["checkInDetails"] = [{"checkedIn": True, "checkInDate": live["created"]}]
    elif canceled is not None:
        details["checkInDetails"] = [
            {
                "checkedIn": False,
                "checkInDate": canceled["created"],
                "checkInCanceledDate": canceled["checkInCanceledDate"],
            }
        ]
    else:
        details["checkInDetails"] = []


def render_check_in(ticket: dict[str, Any]) -> dict[str, Any] | None:
    """The ticket's `checkIn` as Wix returns it; None means the field is left out."""
    if ticket["checkIn"] is not None:
        return dict(ticket["checkIn"])
    canceled = ticket.get("canceledCheckIn")
    return dict(canceled) if canceled is not None else None


def _bump_guest(store: Store, guest_id: str | None, when: str) -> dict[str, Any] | None:
    if guest_id is None:
        return None
    row = store.guests.get(guest_id)
    if row is None:
        return None
    row["updatedDate"] = when
    row["additionalDetails"]["updatedDate"] = when
    row["revision"] = str(int(row["revision"]) + 1)
    return row


def set_order_status(store: Store, order: dict[str, Any], status: str) -> None:
    """Change an order's status; canceling returns its tickets to stock."""
    old = order["status"]
    if old == status:
        return
    when = stamp(store)
    if (old in CANCELED_STATUSES) != (status in CANCELED_STATUSES):
        delta = -1 if status in CANCELED_STATUSES else 1
        for number in order["tickets"]:
            definition_id = store.tickets[number]["ticketDefinitionId"]
            store.sold[definition_id] = max(0, store.sold.get(definition_id, 0) + delta)
        order["attendanceUpdated"] = when
    order["status"] = status
    order["updated"] = when
    order["confirmed"] = status in CONFIRMED_STATUSES
    for number in order["tickets"]:
        store.tickets[number]["updated"] = when
    attendance = "NOT_ATTENDING" if status in CANCELED_STATUSES else "ATTENDING"
    guest_ids = [store.guest_by_ticket.get(n) for n in order["tickets"]]
    guest_ids.append(store.guest_by_order.get(order["orderNumber"]))
    for guest_id in guest_ids:
        row = _bump_guest(store, guest_id, when)
        if row is not None:
            row["additionalDetails"]["orderStatus"] = status
            if row["attendanceStatus"] != attendance:
                row["attendanceStatus"] = attendance
                row["attendanceStatusUpdatedDate"] = when
    store.touch()


def set_checked_in(store: Store, ticket: dict[str, Any], checked_in: bool) -> bool:
    """Check a ticket in or out; returns False when nothing changed.

    What a repeat and an undo do is the store's `behaviour` (UNCONFIRMED in
    docs/wix-api.md §11; see checkin_app/emulator/behaviour.py): a repeat keeps the first
    `checkIn.created` (nothing moves) or overwrites it; an undo removes `checkIn` or keeps
    `created` and adds `checkInCanceledDate`. Undoing a ticket not checked in does nothing.
    """
    live = ticket["checkIn"] is not None
    if live == checked_in and not (checked_in and store.behaviour.overwrites_repeats):
        return False
    when = stamp(store)
    if checked_in:
        ticket["checkIn"] = {"created": when}
        ticket["canceledCheckIn"] = None
    else:
        created = ticket["checkIn"]["created"]
        ticket["checkIn"] = None
        ticket["canceledCheckIn"] = (
            {"created": created, "checkInCanceledDate": when}
            if store.behaviour.undo_keeps_date
            else None
        )
    ticket["updated"] = when
    row = _bump_guest(store, store.guest_by_ticket.get(ticket["ticketNumber"]), when)
    if row is not None:
        _sync_check_in(row, ticket)
    order = store.orders[ticket["orderNumber"]]
    order["updated"] = when
    buyer = _bump_guest(store, store.guest_by_order.get(order["orderNumber"]), when)
    if buyer is not None:
        buyer["guestDetails"]["checkedIn"] = fully_checked_in(store, order)
    store.touch()
    return True


def fully_checked_in(store: Store, order: dict[str, Any]) -> bool:
    return bool(order["tickets"]) and all(
        store.tickets[n]["checkIn"] is not None for n in order["tickets"]
    )


def add_minutes(timestamp: str, minutes: float) -> str:
    return iso(parse_iso(timestamp) + timedelta(minutes=minutes))
