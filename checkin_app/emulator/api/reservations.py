"""Ticket Reservations (`/events/v1/ticket-reservations`): hold stock, expire, cancel, delete."""

from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation
from typing import Any

from checkin_app.emulator import ticketing
from checkin_app.emulator.api.common import obj
from checkin_app.emulator.api.events import refresh_status
from checkin_app.emulator.api.ticket_definitions import get_definition, sale_status
from checkin_app.emulator.errors import app_error, invalid, not_found
from checkin_app.emulator.routing import Request, Router
from checkin_app.emulator.store import Store

# Statuses a reservation can be canceled from (docs/wix-api.md §4).
CANCELABLE = ("PENDING", "CONFIRMED")


def get_reservation(store: Store, reservation_id: str) -> dict[str, Any]:
    ticketing.expire_reservations(store)
    reservation = store.reservations.get(reservation_id)
    if reservation is None:
        raise not_found(
            "TICKET_RESERVATION_NOT_FOUND",
            f"Ticket reservation {reservation_id} not found",
            {"ticketReservationId": reservation_id},
        )
    return reservation


def _amount(value: Any, field: str) -> Decimal:
    try:
        amount = Decimal(value) if isinstance(value, str) else None
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or amount < 0:
        raise invalid(field, f'{field} must be a decimal amount as a string, e.g. "5.00"')
    return amount


def _lines(raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not 1 <= len(raw) <= 50:
        raise invalid(
            "ticketReservation.tickets",
            "1 to 50 ticket line items are required",
            rule="MIN_SIZE" if not raw else "MAX_SIZE",
        )
    lines = []
    for index, item in enumerate(raw):
        field = f"ticketReservation.tickets[{index}]"
        line = obj(item, field, needed=True)
        definition_id = line.get("ticketDefinitionId")
        if not isinstance(definition_id, str) or not definition_id:
            raise invalid(
                f"{field}.ticketDefinitionId",
                "ticketDefinitionId is required",
                rule="REQUIRED_FIELD",
            )
        quantity = line.get("quantity")
        if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= 50:
            raise invalid(
                f"{field}.quantity", "quantity must be between 1 and 50", rule="OUT_OF_RANGE"
            )
        info = obj(line.get("ticketInfo"), f"{field}.ticketInfo")
        for key in ("guestPrice", "priceOverride"):
            if info.get(key) is not None:
                _amount(info[key], f"{field}.ticketInfo.{key}")
        lines.append(line)
    return lines


def create_reservation(store: Store, raw: dict[str, Any]) -> dict[str, Any]:
    """Hold tickets for a walk-up sale; fails as Wix does when stock or limits say no."""
    ticketing.expire_reservations(store)
    lines = _lines(raw.get("tickets"))
    settings = obj(raw.get("additionalReservationSettings"), "additionalReservationSettings")
    definitions = [get_definition(store, line["ticketDefinitionId"]) for line in lines]
    event_ids = {d["eventId"] for d in definitions}
    if len(event_ids) != 1:
        raise invalid(
            "ticketReservation.tickets", "All tickets of a reservation must be for one event"
        )
    event = store.events.get(event_ids.pop())
    if event is None:
        raise not_found("EVENT_NOT_FOUND", "The ticket definition's event was not found")
    refresh_status(store, event)
    if event["status"] not in ("UPCOMING", "STARTED"):
        # UNCONFIRMED: Wix's code for a closed registration; we choose REGISTRATION_CLOSED.
        raise app_error(
            400,
            "REGISTRATION_CLOSED",
            f"Registration is closed for an event in status {event['status']}",
            {"eventId": event["id"]},
        )
    per_order = event["registration"]["tickets"].get("ticketLimitPerOrder", 20)
    requested: dict[str, int] = {}
    for line, definition in zip(lines, definitions, strict=True):
        requested[definition["id"]] = requested.get(definition["id"], 0) + line["quantity"]
        if definition.get("hidden") and not settings.get("enableHiddenTicketReservation"):
            raise app_error(
                400,
                "TICKET_DEFINITION_HIDDEN",
                "Hidden tickets need enableHiddenTicketReservation",
                {"ticketDefinitionId": definition["id"]},
            )
        if sale_status(store, definition) != "SALE_STARTED":
            raise app_error(
                400,
                "TICKET_SALE_CLOSED",
                f"{definition['name']} is not on sale",
                {"ticketDefinitionId": definition["id"]},
            )
        info = line.get("ticketInfo") or {}
        options = (definition["pricingMethod"].get("pricingOptions") or {}).get("optionDetails", [])
        if info.get("pricingOptionId"):
            if not any(o.get("optionId") == info["pricingOptionId"] for o in options):
                raise not_found("UNSUPPORTED_PRICING_OPTION", "Unknown pricing option")
        elif options:
            # GUESS (docs/emulator.md): a type priced by option needs the option chosen.
            raise invalid(
                "ticketReservation.tickets.ticketInfo.pricingOptionId",
                f"{definition['name']} is priced by option: pricingOptionId is required",
                rule="REQUIRED_FIELD",
            )
    if sum(requested.values()) > per_order and not settings.get("disableTicketLimitValidation"):
        raise invalid(
            "ticketReservation.tickets",
            f"At most {per_order} tickets per order (ticketLimitPerOrder)",
            rule="TICKET_LIMIT_PER_ORDER",
        )
    for definition_id, quantity in requested.items():
        definition = store.definitions[definition_id]
        unsold = ticketing.sales_details(store, definition)["unsoldCount"]
        if unsold is not None and quantity > unsold:
            # UNCONFIRMED codes: Wix documents no error names for a sold-out reservation.
            code = "TICKET_SOLD_OUT" if unsold == 0 else "NOT_ENOUGH_TICKETS_LEFT"
            raise app_error(
                400,
                code,
                f"{definition['name']}: {unsold} left, {quantity} requested",
                {"ticketDefinitionId": definition_id, "requested": quantity, "available": unsold},
            )
    now = store.now()
    minutes = event["registration"]["tickets"].get("reservationDurationInMinutes", 20)
    reservation_id = store.new_id()
    reservation = {
        "id": reservation_id,
        "revision": "1",
        "createdDate": now,
        "updatedDate": now,
        "expirationDate": ticketing.add_minutes(now, minutes),
        "status": "PENDING",
        "tickets": [
            _line_item(store, event, line, d) for line, d in zip(lines, definitions, strict=True)
        ],
        "additionalReservationSettings": {
            "disableTicketLimitValidation": bool(
                settings.get("disableTicketLimitValidation", False)
            ),
            "enableHiddenTicketReservation": bool(
                settings.get("enableHiddenTicketReservation", False)
            ),
        },
        "extendedFields": copy.deepcopy(raw.get("extendedFields") or {"namespaces": {}}),
        "tags": copy.deepcopy(raw.get("tags") or {}),
    }
    store.reservations[reservation_id] = reservation
    return reservation


def _line_item(
    store: Store, event: dict[str, Any], line: dict[str, Any], definition: dict[str, Any]
) -> dict[str, Any]:
    price, currency = ticketing.definition_price(definition)
    info = copy.deepcopy(line.get("ticketInfo") or {})
    for option in (definition["pricingMethod"].get("pricingOptions") or {}).get(
        "optionDetails", []
    ):
        if option.get("optionId") == info.get("pricingOptionId"):
            price = Decimal(str((option.get("price") or {}).get("value") or "0"))
            currency = str((option.get("price") or {}).get("currency") or currency)
            info["pricingOptionName"] = option.get("name")
    if info.get("priceOverride") is not None:
        price = Decimal(info["priceOverride"])
    elif info.get("guestPrice") is not None:
        price = Decimal(info["guestPrice"])
    value = ticketing.fmt(price)
    return {
        "ticketLineItemId": store.new_id(),
        "eventId": event["id"],
        "ticketDefinitionId": definition["id"],
        "quantity": line["quantity"],
        "ticketInfo": info,
        "ticketName": definition["name"],
        "policy": definition.get("policyText", ""),
        "price": {"value": value, "currency": currency},
        "subTotal": {"value": ticketing.fmt(price * line["quantity"]), "currency": currency},
        "removedQuantity": 0,
    }


def confirm_reservation(store: Store, reservation: dict[str, Any]) -> None:
    """Payment completed: PENDING → CONFIRMED (no expiry). Wix: "Payment completion changes
    the status to CONFIRMED"; an unpaid order's reservation stays PENDING until then."""
    if reservation["status"] == "PENDING":
        reservation["status"] = "CONFIRMED"
        reservation["updatedDate"] = store.now()
        reservation["revision"] = str(int(reservation["revision"]) + 1)


def cancel_reservation(store: Store, reservation: dict[str, Any]) -> None:
    if reservation["status"] not in CANCELABLE:
        raise app_error(
            400,
            "TICKET_RESERVATION_NOT_CANCELABLE",
            f"A reservation in status {reservation['status']} cannot be canceled",
            {"status": reservation["status"]},
        )
    if reservation.get("_orderNumber"):
        # A checked-out reservation: an unpaid order made from it goes back to stock too.
        for order in store.orders.values():
            if order["reservationId"] == reservation["id"] and order["status"] in (
                "INITIATED",
                "PENDING",
                "OFFLINE_PENDING",
            ):
                ticketing.set_order_status(store, order, "CANCELED")
    reservation["status"] = "CANCELED_MANUALLY"
    reservation["updatedDate"] = store.now()
    reservation["revision"] = str(int(reservation["revision"]) + 1)


def _create(req: Request) -> dict[str, Any]:
    raw = obj(req.json().get("ticketReservation"), "ticketReservation", needed=True)
    reservation = create_reservation(req.store, raw)
    return {"ticketReservation": copy.deepcopy(reservation)}


def _get(req: Request) -> dict[str, Any]:
    return {"ticketReservation": copy.deepcopy(get_reservation(req.store, req.params["id"]))}


def _cancel(req: Request) -> dict[str, Any]:
    reservation = get_reservation(req.store, req.params["id"])
    cancel_reservation(req.store, reservation)
    return {"ticketReservation": copy.deepcopy(reservation)}


def _delete(req: Request) -> dict[str, Any]:
    reservation = get_reservation(req.store, req.params["id"])
    if reservation["status"] in CANCELABLE:
        cancel_reservation(req.store, reservation)
    del req.store.reservations[reservation["id"]]
    return {"ticketReservation": copy.deepcopy(reservation)}


def register(router: Router) -> None:
    base = "/events/v1/ticket-reservations"
    router.add("POST", base, _create)
    router.add("GET", f"{base}/{{id}}", _get)
    router.add("POST", f"{base}/{{id}}/cancel", _cancel)
    router.add("DELETE", f"{base}/{{id}}", _delete)
