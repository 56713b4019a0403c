"""Event setup for the organizer panel (docs/architecture.md, "The organizer's flow").

Qt-free. Each step is one method that builds Wix's request from a plain form (a dataclass,
`services/setup_forms.py`), makes the call, keeps the local cache in step and returns a
`StepResult` holding what Wix answered. A refusal becomes a `WixProblem` whose
`field_errors` name the form fields.

`EventSetupService` does the event itself (steps 1, 2 and 8); the optional steps are its
parts: `questions` (3), `policies` (4), `schedule` (5), `categories` (6), `staff` (7).
"""

from __future__ import annotations

from typing import Any

from checkin_app.services.setup_agenda import PolicySteps, ScheduleSteps
from checkin_app.services.setup_forms import (
    EVENT_FIELDS,
    EVENT_FIELDSETS,
    EVENT_LABELS,
    FEE_TYPES,
    QUESTION_TYPES,
    STAFF_PERMISSIONS,
    TICKET_FIELDS,
    TICKET_LABELS,
    EventForm,
    ScheduleItemForm,
    SetupCalls,
    SetupValidationError,
    StepResult,
    TicketTypeForm,
    event_body,
    money_text,
    ticket_definition_body,
)
from checkin_app.services.setup_people import CategorySteps, StaffSteps
from checkin_app.services.setup_questions import QuestionSteps
from checkin_app.services.wix_problems import wix_call
from checkin_app.storage.catalog import CatalogStore
from checkin_app.wix.client import WixClient

__all__ = [
    "FEE_TYPES",
    "QUESTION_TYPES",
    "STAFF_PERMISSIONS",
    "EventForm",
    "EventSetupService",
    "ScheduleItemForm",
    "SetupValidationError",
    "StepResult",
    "TicketTypeForm",
]


class EventSetupService:
    """The organizer's setup steps against Wix, keeping the station's cache in step."""

    def __init__(self, client: WixClient, catalog: CatalogStore) -> None:
        self.client = client
        self._calls = SetupCalls(client, catalog)
        self.questions = QuestionSteps(self._calls)
        self.policies = PolicySteps(self._calls)
        self.schedule = ScheduleSteps(self._calls)
        self.categories = CategorySteps(self._calls)
        self.staff = StaffSteps(self._calls)

    def refresh_ticket_types(self, event_id: str) -> list[dict[str, Any]]:
        """Download the event's ticket types into the cache; returns Wix's objects."""
        return self._calls.refresh_ticket_types(event_id)

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
        event = wix_call(
            "Creating the event",
            self.client.create_event,
            event_body(form),
            draft=True,
            fields=EVENT_FIELDSETS,
            rules=EVENT_FIELDS,
            labels=EVENT_LABELS,
        )
        self._calls.cache_event(event)
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
        event = wix_call(
            "Copying the event",
            self.client.clone_event,
            event_id,
            changes=changes,
            draft=True,
            fields=EVENT_FIELDSETS,
            rules=EVENT_FIELDS,
            labels=EVENT_LABELS,
        )
        self._calls.cache_event(event)
        if event.get("id"):
            self._calls.refresh_ticket_types(event["id"])
        return StepResult(
            "clone",
            f"Copied to “{event.get('title', '')}” ({event.get('status', 'DRAFT')}).",
            event,
            event.get("id"),
        )

    def load_event(self, event_id: str) -> StepResult:
        """Fetch an event (to continue its setup) into the cache, with its ticket types."""
        event = wix_call(
            "Reading the event",
            self.client.get_event,
            event_id,
            fields=(*EVENT_FIELDSETS, "AGENDA"),
        )
        self._calls.cache_event(event)
        self._calls.refresh_ticket_types(event_id)
        return StepResult("load", f"Loaded “{event.get('title', '')}”.", event, event_id)

    # step 2 ----------------------------------------------------------------------------
    def add_ticket_type(self, event_id: str, form: TicketTypeForm) -> StepResult:
        """Add a ticket type (name, price or free, fee, quantity, sale period)."""
        currency, tz = self._calls.event_context(event_id)
        created = wix_call(
            "Adding the ticket type",
            self.client.create_ticket_definition,
            ticket_definition_body(form, event_id, currency, tz),
            rules=TICKET_FIELDS,
            labels=TICKET_LABELS,
        )
        self._calls.refresh_ticket_types(event_id)
        limit = created.get("initialLimit")
        amount = "unlimited" if limit is None else f"{limit}"
        return StepResult(
            "ticket_type",
            f"Added ticket type “{created.get('name', form.name)}”: {money_text(created)}, "
            f"{amount} available.",
            created,
            created.get("id"),
        )

    def update_ticket_type(
        self, event_id: str, definition_id: str, form: TicketTypeForm
    ) -> StepResult:
        """Change a ticket type (reads its revision first: Wix requires the current one)."""
        currency, tz = self._calls.event_context(event_id)
        changes = ticket_definition_body(form, event_id, currency, tz)
        changes.pop("eventId")  # immutable
        current = wix_call(
            "Reading the ticket type", self.client.get_ticket_definition, definition_id
        )
        updated = wix_call(
            "Saving the ticket type",
            self.client.update_ticket_definition,
            definition_id,
            current.get("revision") or "0",
            changes,
            rules=TICKET_FIELDS,
            labels=TICKET_LABELS,
        )
        self._calls.refresh_ticket_types(event_id)
        return StepResult(
            "ticket_type",
            f"Saved ticket type “{updated.get('name', form.name)}”: {money_text(updated)}.",
            updated,
            definition_id,
        )

    def delete_ticket_type(self, event_id: str, definition_id: str) -> StepResult:
        client = self.client
        wix_call("Deleting the ticket type", client.delete_ticket_definition, definition_id)
        self._calls.refresh_ticket_types(event_id)
        return StepResult("ticket_type", "Deleted the ticket type.", {}, definition_id)

    # step 8 ----------------------------------------------------------------------------
    def publish(self, event_id: str) -> StepResult:
        """Publish the draft (irreversible): the event goes on sale."""
        event = wix_call(
            "Publishing the event",
            self.client.publish_event,
            event_id,
            fields=EVENT_FIELDSETS,
            rules=EVENT_FIELDS,
            labels=EVENT_LABELS,
        )
        self._calls.cache_event(event)
        return StepResult(
            "publish",
            f"Published “{event.get('title', '')}” ({event.get('status', '')}).",
            event,
            event_id,
        )
