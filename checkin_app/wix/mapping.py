"""Turn Wix's JSON objects into the domain's models (tolerant of missing or odd fields)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from checkin_app.domain.models import Event, OrderStatus, Ticket, TicketDefinition
from checkin_app.wix.checkins import check_in_time, is_canceled
from checkin_app.wix.replies import int_or_none


def _dict(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _str(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def money_from_wix(value: object) -> tuple[str | None, str | None]:
    """`(value, currency)` of a Money object (`value`, or the deprecated `amount`)."""
    money = _dict(value)
    amount = _opt_str(money.get("value")) or _opt_str(money.get("amount"))
    return amount, _opt_str(money.get("currency"))


def ticket_from_wix(obj: Mapping[str, Any], event_id: str) -> Ticket:
    """A List/Get Tickets object (with TICKET_DETAILS and GUEST_DETAILS) as a domain Ticket."""
    guest = _dict(obj.get("guestDetails"))
    price, currency = money_from_wix(obj.get("price"))
    return Ticket(
        ticket_number=_str(obj.get("ticketNumber")),
        event_id=event_id,
        order_number=_str(obj.get("orderNumber")),
        definition_id=_opt_str(obj.get("ticketDefinitionId")),
        ticket_name=_str(obj.get("name")),
        order_status=OrderStatus.parse(_opt_str(obj.get("orderStatus"))),
        archived=bool(obj.get("archived")),
        order_archived=bool(obj.get("orderArchived")),
        canceled=bool(obj.get("canceled")),
        guest_first_name=_str(guest.get("firstName")),
        guest_last_name=_str(guest.get("lastName")),
        guest_email=_str(guest.get("email")),
        buyer_name=_str(obj.get("orderFullName")) or _str(obj.get("guestFullName")),
        price=price,
        currency=currency,
        server_checked_in_at=check_in_time(dict(obj)),
    )


def event_from_wix(obj: Mapping[str, Any]) -> Event:
    """An Events V3 object as a domain Event."""
    when = _dict(obj.get("dateAndTimeSettings"))
    tickets = _dict(_dict(obj.get("registration")).get("tickets"))
    return Event(
        id=_str(obj.get("id")),
        title=_str(obj.get("title")),
        status=_str(obj.get("status"), "UPCOMING"),
        start_date=_opt_str(when.get("startDate")),
        end_date=_opt_str(when.get("endDate")),
        time_zone_id=_opt_str(when.get("timeZoneId")),
        currency=_opt_str(tickets.get("currency")),
        location_name=_opt_str(_dict(obj.get("location")).get("name")),
        slug=_opt_str(obj.get("slug")),
    )


def pricing_options_from_wix(obj: Mapping[str, Any]) -> list[tuple[str, str, str, str | None]]:
    """`(option id, name, price, currency)` of a ticket type priced by option (adult, child,
    ...; `pricingMethod.pricingOptions.optionDetails`), else an empty list."""
    pricing = _dict(obj.get("pricingMethod"))
    options = []
    for item in _dict(pricing.get("pricingOptions")).get("optionDetails") or []:
        detail = _dict(item)
        option_id = _opt_str(detail.get("optionId"))
        price, currency = money_from_wix(detail.get("price"))
        if option_id:
            options.append((option_id, _str(detail.get("name")), price or "0", currency))
    return options


def _is_free(pricing: Mapping[str, Any], price: str | None) -> bool:
    """Wix's read-only `free` when it is there; else a fixed price of zero. A donation
    (`guestPrice`) or a type priced by option (`pricingOptions`) is not free."""
    if isinstance(pricing.get("free"), bool):
        return bool(pricing["free"])
    if pricing.get("pricingOptions") or pricing.get("guestPrice"):
        return False
    return price in (None, "0", "0.00", "0.0")


def ticket_definition_from_wix(obj: Mapping[str, Any]) -> TicketDefinition:
    """A Ticket Definitions V3 object (ideally with SALES_DETAILS) as a domain model.

    A type priced by option shows its lowest option price (the panel offers each option)."""
    pricing = _dict(obj.get("pricingMethod"))
    price, currency = money_from_wix(pricing.get("fixedPrice") or pricing.get("guestPrice"))
    options = pricing_options_from_wix(obj)
    if price is None and options:
        _, _, price, currency = min(options, key=lambda o: _decimal_key(o[2]))
    sales = _dict(obj.get("salesDetails"))
    return TicketDefinition(
        id=_str(obj.get("id")),
        event_id=_str(obj.get("eventId")),
        name=_str(obj.get("name")),
        price=price or "0",
        currency=currency,
        free=_is_free(pricing, price),
        initial_limit=int_or_none(obj.get("initialLimit")),
        sold_count=int_or_none(sales.get("soldCount")) or 0,
        reserved_count=int_or_none(sales.get("reservedCount")) or 0,
        unsold_count=int_or_none(sales.get("unsoldCount")),
        sold_out=bool(sales.get("soldOut")),
        hidden=bool(obj.get("hidden")),
        sale_status=_opt_str(obj.get("saleStatus")),
    )


def _decimal_key(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("inf")


@dataclass(frozen=True, slots=True)
class GuestReading:
    """What one Event Guests row tells about check-ins (docs/wix-api.md §7).

    `numbers`: every ticket number the row names (`ticketNumber`, `tickets[].number`).
    `ticket_number`: set when the row is a ticket holder's row for exactly one ticket.
    `known`: the row alone says whether that ticket is checked in (`checked_in_at`, None for
    "not checked in"). Anything else — a buyer's row, several tickets, no details, no time or
    more than one live time — is left for a targeted ticket lookup: Wix documents
    `checkInDetails` as per-guest details, not as the ticket's history.
    """

    numbers: tuple[str, ...]
    ticket_number: str | None
    known: bool
    checked_in_at: str | None = None


def read_guest(guest: Mapping[str, Any]) -> GuestReading:
    """Read an Event Guests row (with GUEST_DETAILS) without assuming more than Wix says."""
    numbers: list[str] = []
    own = _opt_str(guest.get("ticketNumber"))
    if own:
        numbers.append(own)
    for entry in guest.get("tickets") or []:
        number = _opt_str(_dict(entry).get("number"))
        if number and number not in numbers:
            numbers.append(number)
    holder = guest.get("guestType") == "TICKET_HOLDER" and len(numbers) == 1
    ticket = numbers[0] if holder else None
    details = guest.get("guestDetails")
    checked_in = details.get("checkedIn") if isinstance(details, Mapping) else None
    if ticket is None or not isinstance(details, Mapping) or not isinstance(checked_in, bool):
        return GuestReading(tuple(numbers), ticket, known=False)
    live = {
        when
        for d in details.get("checkInDetails") or []
        if isinstance(d, Mapping)
        and d.get("checkedIn") is not False
        and (when := _opt_str(d.get("checkInDate")))
        and not is_canceled(when, d.get("checkInCanceledDate"))
    }
    if not checked_in:
        return GuestReading(tuple(numbers), ticket, known=not live)
    if len(live) != 1:
        return GuestReading(tuple(numbers), ticket, known=False)
    return GuestReading(tuple(numbers), ticket, known=True, checked_in_at=live.pop())
