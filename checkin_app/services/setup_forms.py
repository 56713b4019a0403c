"""The organizer's setup forms and how each becomes a Wix request (Qt-free).

The plain forms (dataclasses) the setup panel fills in, Wix's field paths → form fields for
explaining a refusal, the conversions (wall time in the event's zone → Wix's UTC text,
prices as two-decimal strings) and `SetupCalls`, the one way the setup services call Wix.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin_app.domain.clock import to_iso
from checkin_app.services.wix_problems import WixProblem, wix_call
from checkin_app.storage.catalog import CatalogStore
from checkin_app.wix.client import WixClient
from checkin_app.wix.mapping import event_from_wix, ticket_definition_from_wix

log = logging.getLogger(__name__)

T = TypeVar("T")

FEE_TYPES = ("FEE_ADDED_AT_CHECKOUT", "FEE_INCLUDED")
STAFF_PERMISSIONS = ("CHECK_IN_GUESTS", "SELL_TICKETS", "ADD_GUESTS", "READ_ANALYTICS",
                     "READ_GUEST_FORM")  # fmt: skip
QUESTION_TYPES = ("text", "dropdown", "checkbox", "radioButton", "phone", "date", "address")
MAX_POLICIES = 3  # Wix allows three per event
EVENT_FIELDSETS = ("REGISTRATION", "DETAILS")

# Wix field path → the panel's form field, per form (wix_problems.map_field rules).
EVENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("location", "location"),
    ("recurringEvents", "dates"),
    ("startDate", "start"),
    ("endDate", "end"),
    ("timeZoneId", "time_zone"),
    ("currency", "currency"),
    ("ticketLimitPerOrder", "tickets_per_order"),
    ("reservationDurationInMinutes", "reservation_minutes"),
)
EVENT_LABELS = {
    "title": "Title", "location": "Venue", "start": "Starts", "end": "Ends",
    "time_zone": "Time zone", "currency": "Currency", "tickets_per_order": "Tickets per order",
    "reservation_minutes": "Reservation minutes", "dates": "Dates",
}  # fmt: skip
TICKET_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "name"),
    ("pricingMethod", "price"),
    ("feeType", "fee_type"),
    ("initialLimit", "quantity"),
    ("salePeriod.startDate", "sale_start"),
    ("salePeriod.endDate", "sale_end"),
    ("salePeriod", "sale_start"),
)
TICKET_LABELS = {
    "name": "Name", "price": "Price", "fee_type": "Fee", "quantity": "Quantity",
    "sale_start": "Sale starts", "sale_end": "Sale ends",
}  # fmt: skip
QUESTION_FIELDS = (("label", "label"), ("options", "options"))
POLICY_FIELDS = (("name", "name"), ("body", "body"))
SCHEDULE_FIELDS = (
    ("name", "name"),
    ("timeSlot.start", "start"),
    ("timeSlot.end", "end"),
    ("stageName", "stage"),
    ("timeSlot", "start"),
)
CATEGORY_FIELDS = (("name", "names"),)
STAFF_FIELDS = (("name", "name"), ("permissions", "permissions"))


# -- forms ------------------------------------------------------------------------------


@dataclass
class EventForm:
    """Step 1: a draft ticketed event. Naive times are wall-clock times in `time_zone_id`.

    `extra_dates` makes it recurring: every (start, end) there is another occurrence, as
    Wix models it in `dateAndTimeSettings.recurringEvents.individualEventDates`.
    """

    title: str
    start: datetime
    end: datetime
    time_zone_id: str = "UTC"
    online: bool = False
    venue_name: str = ""
    address: str = ""
    currency: str = "USD"
    tickets_per_order: int = 20
    reservation_minutes: int = 20
    short_description: str = ""
    extra_dates: list[tuple[datetime, datetime]] = field(default_factory=list)


@dataclass
class TicketTypeForm:
    """Step 2: one ticket type. `price` "0" (or `free`) is a free ticket; `quantity` None
    means unlimited; `sale_start`/`sale_end` are optional."""

    name: str
    price: str = "0"
    free: bool = False
    fee_type: str = "FEE_ADDED_AT_CHECKOUT"
    quantity: int | None = None
    sale_start: datetime | None = None
    sale_end: datetime | None = None
    description: str = ""


@dataclass
class ScheduleItemForm:
    """Step 5: one schedule item (times as for `EventForm`)."""

    name: str
    start: datetime
    end: datetime
    stage: str = ""
    description: str = ""


@dataclass(frozen=True)
class StepResult:
    """What one step did: a plain summary and the object Wix answered."""

    step: str
    summary: str
    wix: dict[str, Any]
    object_id: str | None = None


class SetupValidationError(WixProblem):
    """The form cannot even be sent (nothing was sent to Wix)."""


# -- conversions ------------------------------------------------------------------------


def zone(time_zone_id: str) -> ZoneInfo:
    try:
        return ZoneInfo(time_zone_id or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise SetupValidationError(
            f"Unknown time zone {time_zone_id!r}.", field_errors={"time_zone": "unknown time zone"}
        ) from None


def wix_time(moment: datetime, time_zone_id: str) -> str:
    """ISO-8601 UTC text for Wix; a naive `moment` is read as wall time in the zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(time_zone_id))
    return to_iso(moment.astimezone(UTC))


def price_text(text: str) -> str:
    """A price as Wix wants it: a decimal string with two places ("25" → "25.00")."""
    cleaned = (text or "0").strip().replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise SetupValidationError(
            f"The price {text!r} is not a number.", field_errors={"price": "not a number"}
        ) from None
    if value < 0 or not value.is_finite():
        raise SetupValidationError(
            "A price cannot be negative.", field_errors={"price": "cannot be negative"}
        )
    return f"{value.quantize(Decimal('0.01'))}"


def event_body(form: EventForm) -> dict[str, Any]:
    """The Create Event body (docs/wix-api.md §2.2) for a ticketed draft."""
    tz = form.time_zone_id or "UTC"
    zone(tz)
    when: dict[str, Any] = {
        "startDate": wix_time(form.start, tz),
        "endDate": wix_time(form.end, tz),
        "timeZoneId": tz,
    }
    if form.extra_dates:
        when["recurringEvents"] = {
            "individualEventDates": [
                {"startDate": wix_time(s, tz), "endDate": wix_time(e, tz), "timeZoneId": tz}
                for s, e in [(form.start, form.end), *form.extra_dates]
            ]
        }
    location: dict[str, Any] = {"type": "ONLINE" if form.online else "VENUE"}
    if form.venue_name.strip():
        location["name"] = form.venue_name.strip()
    elif form.online:
        location["name"] = "Online"
    if form.address.strip() and not form.online:
        location["address"] = {"addressLine": form.address.strip()}
    event: dict[str, Any] = {
        "title": form.title.strip(),
        "location": location,
        "dateAndTimeSettings": when,
        "registration": {
            "initialType": "TICKETING",
            "tickets": {
                "currency": form.currency.strip().upper(),
                "ticketLimitPerOrder": form.tickets_per_order,
                "reservationDurationInMinutes": form.reservation_minutes,
            },
        },
    }
    if form.short_description.strip():
        event["shortDescription"] = form.short_description.strip()
    return event


def ticket_definition_body(form: TicketTypeForm, event_id: str, currency: str,
                           time_zone_id: str) -> dict[str, Any]:  # fmt: skip
    """The Create Ticket Definition body (docs/wix-api.md §3) for one ticket type."""
    price = "0.00" if form.free else price_text(form.price)
    body: dict[str, Any] = {
        "eventId": event_id,
        "name": form.name.strip(),
        "pricingMethod": {"fixedPrice": {"value": price, "currency": currency}},
        "feeType": form.fee_type,
    }
    if form.description.strip():
        body["description"] = form.description.strip()
    if form.quantity is not None:
        body["initialLimit"] = form.quantity
    if form.sale_start or form.sale_end:
        period: dict[str, Any] = {"displayNotOnSale": True}
        if form.sale_start:
            period["startDate"] = wix_time(form.sale_start, time_zone_id)
        if form.sale_end:
            period["endDate"] = wix_time(form.sale_end, time_zone_id)
        body["salePeriod"] = period
    return body


def money_text(definition: dict[str, Any]) -> str:
    price = (definition.get("pricingMethod") or {}).get("fixedPrice") or {}
    value = price.get("value") or "0"
    try:
        if Decimal(value) == 0:
            return "free"
    except InvalidOperation:
        pass
    return f"{value} {price.get('currency') or ''}".strip()


class SetupCalls:
    """The Wix client and the station's cache, shared by the setup services."""

    def __init__(self, client: WixClient, catalog: CatalogStore) -> None:
        self.client = client
        self.catalog = catalog

    def cache_event(self, event: dict[str, Any]) -> None:
        if event.get("id"):
            self.catalog.upsert_event(event_from_wix(event), event)

    def event_context(self, event_id: str) -> tuple[str, str]:
        """(currency, time zone) of an event: from the cache, else from Wix."""
        raw = self.catalog.event_json(event_id)
        if raw is None:
            raw = wix_call(
                "Reading the event", self.client.get_event, event_id, fields=EVENT_FIELDSETS
            )
            self.cache_event(raw)
        tickets = (raw.get("registration") or {}).get("tickets") or {}
        when = raw.get("dateAndTimeSettings") or {}
        return tickets.get("currency") or "USD", when.get("timeZoneId") or "UTC"

    def refresh_ticket_types(self, event_id: str) -> list[dict[str, Any]]:
        """Download the event's ticket types into the cache; returns Wix's objects."""
        raws = wix_call(
            "Reading the ticket types",
            lambda: list(self.client.iter_ticket_definitions(event_id)),
        )
        self.catalog.replace_definitions(
            event_id, [(ticket_definition_from_wix(r), r) for r in raws]
        )
        return raws
