"""Event setup for the organizer panel (docs/architecture.md, "The organizer's flow").

Qt-free. Each step is one method that builds Wix's request from a plain form (a dataclass),
makes the call, keeps the local cache in step and returns a `StepResult` holding what Wix
answered. A refusal becomes a `WixProblem` whose `field_errors` name the form fields.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin_app.domain.clock import to_iso
from checkin_app.services.wix_problems import WixProblem, explain
from checkin_app.storage.catalog import CatalogStore
from checkin_app.wix.client import WixClient
from checkin_app.wix.errors import WixError
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


def _money_text(definition: dict[str, Any]) -> str:
    price = (definition.get("pricingMethod") or {}).get("fixedPrice") or {}
    value = price.get("value") or "0"
    try:
        if Decimal(value) == 0:
            return "free"
    except InvalidOperation:
        pass
    return f"{value} {price.get('currency') or ''}".strip()


# -- the service ------------------------------------------------------------------------


class EventSetupService:
    """The organizer's setup steps against Wix, keeping the station's cache in step."""

    def __init__(self, client: WixClient, catalog: CatalogStore) -> None:
        self._client = client
        self._catalog = catalog

    # helpers ---------------------------------------------------------------------------
    def _call(
        self,
        action: str,
        fn: Callable[..., T],
        *args: Any,
        rules: Sequence[tuple[str, str]] = (),
        labels: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> T:
        """Run one Wix call; a failure becomes a `WixProblem` explained for `action`."""
        try:
            return fn(*args, **kwargs)
        except WixError as exc:
            log.info("%s failed: %s", action, exc.code)
            raise explain(exc, action=action, rules=rules, labels=labels) from None

    def _cache_event(self, event: dict[str, Any]) -> None:
        if event.get("id"):
            self._catalog.upsert_event(event_from_wix(event), event)

    def _event_context(self, event_id: str) -> tuple[str, str]:
        """(currency, time zone) of an event: from the cache, else from Wix."""
        raw = self._catalog.event_json(event_id)
        if raw is None:
            raw = self._call(
                "Reading the event", self._client.get_event, event_id, fields=EVENT_FIELDSETS
            )
            self._cache_event(raw)
        tickets = (raw.get("registration") or {}).get("tickets") or {}
        when = raw.get("dateAndTimeSettings") or {}
        return tickets.get("currency") or "USD", when.get("timeZoneId") or "UTC"

    def refresh_ticket_types(self, event_id: str) -> list[dict[str, Any]]:
        """Download the event's ticket types into the cache; returns Wix's objects."""
        raws = self._call(
            "Reading the ticket types",
            lambda: list(self._client.iter_ticket_definitions(event_id)),
        )
        self._catalog.replace_definitions(
            event_id, [(ticket_definition_from_wix(r), r) for r in raws]
        )
        return raws

    # step 1 ----------------------------------------------------------------------------
    def create_event(self, form: EventForm) -> StepResult:
        """Create a draft ticketed event (one-time, or recurring with `extra_dates`)."""
        errors: dict[str, str] = {}
        if not form.end > form.start:
            errors["end"] = "must be after the start"
        for index, (start, end) in enumerate(form.extra_dates, start=2):
            if not end > start:
                errors["dates"] = f"date {index} ends before it starts"
        if errors:
            raise SetupValidationError(
                "Please fix the dates: " + "; ".join(errors.values()) + ".", field_errors=errors
            )
        event = self._call(
            "Creating the event",
            self._client.create_event,
            event_body(form),
            draft=True,
            fields=EVENT_FIELDSETS,
            rules=EVENT_FIELDS,
            labels=EVENT_LABELS,
        )
        self._cache_event(event)
        kind = f"recurring ({len(form.extra_dates) + 1} dates)" if form.extra_dates else "draft"
        title = event.get("title", form.title)
        return StepResult(
            "event",
            f"Created {kind} event “{title}” ({event.get('status', 'DRAFT')}).",
            event,
            event.get("id"),
        )

    def clone_event(self, event_id: str, title: str | None = None) -> StepResult:
        """Copy an existing event (form, tickets, settings) as a new draft."""
        changes = {"title": title.strip()} if title and title.strip() else None
        event = self._call(
            "Copying the event",
            self._client.clone_event,
            event_id,
            changes=changes,
            draft=True,
            fields=EVENT_FIELDSETS,
            rules=EVENT_FIELDS,
            labels=EVENT_LABELS,
        )
        self._cache_event(event)
        if event.get("id"):
            self.refresh_ticket_types(event["id"])
        return StepResult(
            "clone",
            f"Copied to “{event.get('title', '')}” ({event.get('status', 'DRAFT')}).",
            event,
            event.get("id"),
        )

    def load_event(self, event_id: str) -> StepResult:
        """Fetch an event (to continue its setup) into the cache, with its ticket types."""
        event = self._call(
            "Reading the event",
            self._client.get_event,
            event_id,
            fields=(*EVENT_FIELDSETS, "AGENDA"),
        )
        self._cache_event(event)
        self.refresh_ticket_types(event_id)
        return StepResult("load", f"Loaded “{event.get('title', '')}”.", event, event_id)

    # step 2 ----------------------------------------------------------------------------
    def add_ticket_type(self, event_id: str, form: TicketTypeForm) -> StepResult:
        """Add a ticket type (name, price or free, fee, quantity, sale period)."""
        currency, tz = self._event_context(event_id)
        created = self._call(
            "Adding the ticket type",
            self._client.create_ticket_definition,
            ticket_definition_body(form, event_id, currency, tz),
            rules=TICKET_FIELDS,
            labels=TICKET_LABELS,
        )
        self.refresh_ticket_types(event_id)
        limit = created.get("initialLimit")
        amount = "unlimited" if limit is None else f"{limit}"
        return StepResult(
            "ticket_type",
            f"Added ticket type “{created.get('name', form.name)}”: {_money_text(created)}, "
            f"{amount} available.",
            created,
            created.get("id"),
        )

    def update_ticket_type(
        self, event_id: str, definition_id: str, form: TicketTypeForm
    ) -> StepResult:
        """Change a ticket type (reads its revision first: Wix requires the current one)."""
        currency, tz = self._event_context(event_id)
        changes = ticket_definition_body(form, event_id, currency, tz)
        changes.pop("eventId")  # immutable
        current = self._call(
            "Reading the ticket type", self._client.get_ticket_definition, definition_id
        )
        updated = self._call(
            "Saving the ticket type",
            self._client.update_ticket_definition,
            definition_id,
            current.get("revision") or "0",
            changes,
            rules=TICKET_FIELDS,
            labels=TICKET_LABELS,
        )
        self.refresh_ticket_types(event_id)
        return StepResult(
            "ticket_type",
            f"Saved ticket type “{updated.get('name', form.name)}”: {_money_text(updated)}.",
            updated,
            definition_id,
        )

    def delete_ticket_type(self, event_id: str, definition_id: str) -> StepResult:
        self._call("Deleting the ticket type", self._client.delete_ticket_definition, definition_id)
        self.refresh_ticket_types(event_id)
        return StepResult("ticket_type", "Deleted the ticket type.", {}, definition_id)

    # step 3 ----------------------------------------------------------------------------
    def add_question(
        self,
        event_id: str,
        label: str,
        *,
        kind: str = "text",
        mandatory: bool = False,
        options: Sequence[str] = (),
    ) -> StepResult:
        """Add a question to the checkout form."""
        if not label.strip():
            raise SetupValidationError(
                "Type the question first.", field_errors={"label": "must not be empty"}
            )
        if kind not in QUESTION_TYPES:
            raise SetupValidationError(
                f"Unknown question type {kind!r}.", field_errors={"kind": "unknown type"}
            )
        control: dict[str, Any] = {"label": label.strip(), "mandatory": mandatory}
        clean_options = [o.strip() for o in options if o.strip()]
        if clean_options:
            control["options"] = clean_options
        reply = self._call(
            "Adding the question",
            self._client.add_form_control,
            event_id,
            kind,
            control,
            rules=QUESTION_FIELDS,
            labels={"label": "Question", "options": "Choices"},
        )
        count = len((reply.get("form") or {}).get("controls") or [])
        return StepResult(
            "question",
            f"Added the question “{label.strip()}” ({count} questions on the form).",
            reply,
            reply.get("id"),
        )

    # step 4 ----------------------------------------------------------------------------
    def add_policy(self, event_id: str, name: str, body: str) -> StepResult:
        """Add a policy (Wix allows three per event)."""
        policy = self._call(
            "Adding the policy",
            self._client.create_policy,
            event_id,
            name.strip(),
            body.strip(),
            rules=POLICY_FIELDS,
            labels={"name": "Name", "body": "Text"},
        )
        return StepResult(
            "policy", f"Added the policy “{policy.get('name', name)}”.", policy, policy.get("id")
        )

    def policies(self, event_id: str) -> list[dict[str, Any]]:
        return self._call("Reading the policies", self._client.list_policies, event_id)

    # step 5 ----------------------------------------------------------------------------
    def enable_schedule(self, event_id: str) -> StepResult:
        event = self._call("Turning on the schedule", self._client.enable_agenda, event_id, True)
        enabled = bool((event.get("agendaSettings") or {}).get("enabled"))
        summary = "Schedule turned on." if enabled else "Wix did not turn the schedule on."
        return StepResult("schedule", summary, event, event_id)

    def add_schedule_item(
        self, event_id: str, form: ScheduleItemForm, *, publish: bool = True
    ) -> StepResult:
        """Add an item to the draft schedule and (by default) publish the schedule."""
        _, tz = self._event_context(event_id)
        if not form.end > form.start:
            raise SetupValidationError(
                "The item must end after it starts.", field_errors={"end": "must be after start"}
            )
        item: dict[str, Any] = {
            "name": form.name.strip(),
            "timeSlot": {
                "start": wix_time(form.start, tz),
                "end": wix_time(form.end, tz),
                "timeZoneId": tz,
            },
        }
        if form.stage.strip():
            item["stageName"] = form.stage.strip()
        if form.description.strip():
            item["description"] = form.description.strip()
        reply = self._call(
            "Adding the schedule item",
            self._client.add_schedule_item,
            event_id,
            item,
            rules=SCHEDULE_FIELDS,
            labels={"name": "Name", "start": "Starts", "end": "Ends", "stage": "Stage"},
        )
        if publish:
            self._call("Publishing the schedule", self._client.publish_schedule, event_id)
        added = reply.get("item") if isinstance(reply.get("item"), dict) else reply
        return StepResult(
            "schedule_item",
            f"Added “{form.name.strip()}” to the schedule.",
            reply,
            added.get("id"),
        )

    # step 6 ----------------------------------------------------------------------------
    def create_categories(self, names: Sequence[str]) -> StepResult:
        """Create one category, or several at once (Bulk Create, up to 10)."""
        clean = [n.strip() for n in names if n.strip()]
        if not clean:
            raise SetupValidationError(
                "Type at least one category name.", field_errors={"names": "must not be empty"}
            )
        if len(clean) > 10:
            raise SetupValidationError(
                "Wix creates at most 10 categories at once.", field_errors={"names": "too many"}
            )
        labels = {"names": "Category"}
        if len(clean) == 1:
            category = self._call(
                "Creating the category",
                self._client.create_category,
                clean[0],
                rules=CATEGORY_FIELDS,
                labels=labels,
            )
            return StepResult(
                "category",
                f"Created the category “{category.get('name', clean[0])}”.",
                {"categories": [category]},
                category.get("id"),
            )
        reply = self._call(
            "Creating the categories",
            self._client.bulk_create_categories,
            clean,
            rules=CATEGORY_FIELDS,
            labels=labels,
        )
        results = reply.get("results") or []
        created = [r["item"] for r in results if isinstance(r.get("item"), dict)]
        failed = []
        for r in results:
            meta = r.get("itemMetadata") or {}
            if meta.get("success", True):
                continue
            index = meta.get("originalIndex", 0)
            name = clean[index] if isinstance(index, int) and index < len(clean) else "?"
            failed.append(f"“{name}”: {(meta.get('error') or {}).get('description', 'refused')}")
        summary = f"Created {len(created)} categories."
        if failed:
            summary += " Wix refused " + "; ".join(failed) + "."
        first = created[0].get("id") if created else None
        return StepResult("category", summary, {**reply, "categories": created}, first)

    def assign_category(self, event_id: str, category_id: str) -> StepResult:
        reply = self._call(
            "Putting the event in the category",
            self._client.assign_events_to_category,
            category_id,
            [event_id],
        )
        return StepResult("category", "The event is in the category.", reply, category_id)

    # step 7 ----------------------------------------------------------------------------
    def add_staff_member(
        self, name: str, permissions: Sequence[str], *, event_ids: Sequence[str] | None = None
    ) -> StepResult:
        """Add a Check-in by Wix staff member (for all events, or only `event_ids`)."""
        if not permissions or any(p not in STAFF_PERMISSIONS for p in permissions):
            raise SetupValidationError(
                "Choose at least one permission.", field_errors={"permissions": "choose one"}
            )
        member = self._call(
            "Adding the staff member",
            self._client.create_staff_member,
            name.strip(),
            list(permissions),
            event_ids=event_ids,
            rules=STAFF_FIELDS,
            labels={"name": "Name", "permissions": "Permissions"},
        )
        link = " Their login link is ready." if member.get("loginLink") else ""
        granted = ", ".join(member.get("permissions") or permissions)
        return StepResult(
            "staff",
            f"Added {member.get('name', name)} ({granted}).{link}",
            member,
            member.get("id"),
        )

    # step 8 ----------------------------------------------------------------------------
    def publish(self, event_id: str) -> StepResult:
        """Publish the draft (irreversible): the event goes on sale."""
        event = self._call(
            "Publishing the event",
            self._client.publish_event,
            event_id,
            fields=EVENT_FIELDSETS,
            rules=EVENT_FIELDS,
            labels=EVENT_LABELS,
        )
        self._cache_event(event)
        return StepResult(
            "publish",
            f"Published “{event.get('title', '')}” ({event.get('status', '')}).",
            event,
            event_id,
        )
