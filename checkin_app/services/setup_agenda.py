"""Setup steps 4 and 5: the event's policies and its schedule (docs/wix-api.md §8.2, §8.3).

Qt-free. Policies: add, change (Wix wants the current `revision`), delete, and move up or
down (Reorder Policies). Schedule items: add, change and delete in Wix's draft schedule,
then publish it, so what the organizer sees is what guests see.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from checkin_app.domain.clock import parse_iso
from checkin_app.services.setup_forms import (
    POLICY_FIELDS,
    SCHEDULE_FIELDS,
    ScheduleItemForm,
    SetupCalls,
    SetupValidationError,
    StepResult,
    wix_time,
    zone,
)
from checkin_app.services.wix_problems import wix_call

POLICY_LABELS = {"name": "Name", "body": "Text"}
SCHEDULE_LABELS = {"name": "Name", "start": "Starts", "end": "Ends", "stage": "Stage"}


@dataclass(frozen=True, slots=True)
class Policy:
    id: str
    name: str
    body: str
    revision: str
    event_id: str

    @classmethod
    def from_wix(cls, raw: Mapping[str, Any]) -> Policy:
        return cls(
            str(raw.get("id") or ""), str(raw.get("name") or ""), str(raw.get("body") or ""),
            str(raw.get("revision") or "0"), str(raw.get("eventId") or ""),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    """A schedule item with its times as wall-clock times in the event's zone."""

    id: str
    name: str
    start: datetime | None
    end: datetime | None
    stage: str
    description: str


class PolicySteps:
    """The event's policies (Wix allows three per event)."""

    def __init__(self, calls: SetupCalls) -> None:
        self._calls = calls

    def list(self, event_id: str) -> list[Policy]:
        """The event's policies in the order guests see them."""
        raws = wix_call("Reading the policies", self._calls.client.list_policies, event_id)
        return [Policy.from_wix(r) for r in raws]

    def add(self, event_id: str, name: str, body: str) -> StepResult:
        """Add a policy."""
        policy = wix_call(
            "Adding the policy", self._calls.client.create_policy, event_id, name.strip(),
            body.strip(), rules=POLICY_FIELDS, labels=POLICY_LABELS,
        )  # fmt: skip
        return StepResult(
            "policy", f"Added the policy “{policy.get('name', name)}”.", policy, policy.get("id")
        )

    def update(self, policy: Policy, name: str, body: str) -> StepResult:
        """Change a policy's name and text (Wix refuses a stale revision: read it first)."""
        client = self._calls.client
        current = wix_call("Reading the policy", client.get_policy, policy.id)
        # Wix's Update Policy type names eventId, name and body as required: send them all.
        changes = {"eventId": policy.event_id, "name": name.strip(), "body": body.strip()}
        updated = wix_call(
            "Saving the policy", client.update_policy, policy.id,
            current.get("revision") or policy.revision, changes,
            rules=POLICY_FIELDS, labels=POLICY_LABELS,
        )  # fmt: skip
        return StepResult("policy", f"Saved the policy “{updated.get('name', name)}”.", updated,
                          policy.id)  # fmt: skip

    def delete(self, policy: Policy) -> StepResult:
        wix_call("Deleting the policy", self._calls.client.delete_policy, policy.id)
        return StepResult("policy", f"Deleted the policy “{policy.name}”.", {}, policy.id)

    def move(self, event_id: str, policy: Policy, steps: int) -> StepResult:
        """Move a policy up (`steps` < 0) or down the list guests see (Reorder Policies)."""
        order = [p.id for p in self.list(event_id)]
        if policy.id not in order:
            raise SetupValidationError("That policy is no longer on the event.")
        here = order.index(policy.id)
        there = min(max(here + steps, 0), len(order) - 1)
        if there == here:
            return StepResult("policy", f"“{policy.name}” is already there.", {}, policy.id)
        anchor = order[there]
        before, after = (anchor, None) if there < here else (None, anchor)
        policies = wix_call(
            "Moving the policy", self._calls.client.reorder_policy, event_id, policy.id,
            before_policy_id=before, after_policy_id=after,
        )  # fmt: skip
        return StepResult("policy", f"Moved “{policy.name}”.", {"policies": policies}, policy.id)


class ScheduleSteps:
    """The event's schedule: Wix keeps a draft; every change here is published at once."""

    def __init__(self, calls: SetupCalls) -> None:
        self._calls = calls

    def enable(self, event_id: str) -> StepResult:
        event = wix_call(
            "Turning on the schedule", self._calls.client.enable_agenda, event_id, True
        )
        enabled = bool((event.get("agendaSettings") or {}).get("enabled"))
        summary = "Schedule turned on." if enabled else "Wix did not turn the schedule on."
        return StepResult("schedule", summary, event, event_id)

    def list(self, event_id: str) -> list[ScheduleEntry]:
        """The items of the (draft) schedule in time order, times in the event's zone."""
        _, tz = self._calls.event_context(event_id)
        reply = wix_call(
            "Reading the schedule", self._calls.client.list_schedule_items, event_id,
            states=("DRAFT",),
        )  # fmt: skip
        entries = []
        for raw in reply.get("items") or []:
            slot = raw.get("timeSlot") or {}
            entries.append(
                ScheduleEntry(
                    str(raw.get("id") or ""), str(raw.get("name") or ""),
                    _wall(slot.get("start"), tz), _wall(slot.get("end"), tz),
                    str(raw.get("stageName") or ""), str(raw.get("description") or ""),
                )
            )  # fmt: skip
        return entries

    def add(self, event_id: str, form: ScheduleItemForm, *, publish: bool = True) -> StepResult:
        """Add an item to the draft schedule and (by default) publish the schedule."""
        item = self._item(event_id, form)
        reply = wix_call(
            "Adding the schedule item", self._calls.client.add_schedule_item, event_id, item,
            rules=SCHEDULE_FIELDS, labels=SCHEDULE_LABELS,
        )  # fmt: skip
        if publish:
            self._publish(event_id)
        made = reply.get("item")
        added = made if isinstance(made, dict) else reply
        return StepResult("schedule_item", f"Added “{form.name.strip()}” to the schedule.",
                          reply, added.get("id"))  # fmt: skip

    def update(self, event_id: str, item_id: str, form: ScheduleItemForm) -> StepResult:
        """Change an item (a full update of the draft item), then publish."""
        item = self._item(event_id, form)
        updated = wix_call(
            "Saving the schedule item", self._calls.client.update_schedule_item, event_id,
            item_id, item, rules=SCHEDULE_FIELDS, labels=SCHEDULE_LABELS,
        )  # fmt: skip
        self._publish(event_id)
        return StepResult("schedule_item", f"Saved “{form.name.strip()}”.", updated, item_id)

    def delete(self, event_id: str, entry: ScheduleEntry) -> StepResult:
        """Delete an item from the draft schedule, then publish."""
        wix_call(
            "Deleting the schedule item", self._calls.client.delete_schedule_items, event_id,
            [entry.id],
        )  # fmt: skip
        self._publish(event_id)
        return StepResult("schedule_item", f"Deleted “{entry.name}” from the schedule.", {},
                          entry.id)  # fmt: skip

    def _publish(self, event_id: str) -> None:
        wix_call("Publishing the schedule", self._calls.client.publish_schedule, event_id)

    def _item(self, event_id: str, form: ScheduleItemForm) -> dict[str, Any]:
        _, tz = self._calls.event_context(event_id)
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
            "stageName": form.stage.strip(),
        }
        if form.description.strip():
            item["description"] = form.description.strip()
        return item


def _wall(text: object, time_zone_id: str) -> datetime | None:
    moment = parse_iso(text if isinstance(text, str) else None)
    if moment is None:
        return None
    return moment.astimezone(zone(time_zone_id)).replace(tzinfo=None)
