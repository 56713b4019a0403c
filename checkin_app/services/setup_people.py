"""Setup steps 6 and 7: categories and the Check-in by Wix staff (docs/wix-api.md §8.1, §8.4).

Qt-free. Staff members can be added, given other permissions, paused (their login link
stops giving access until resumed) and removed; Wix wants the current `revision` for each
change, so it is read first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from checkin_app.services.setup_forms import (
    CATEGORY_FIELDS,
    STAFF_FIELDS,
    STAFF_PERMISSIONS,
    SetupCalls,
    SetupValidationError,
    StepResult,
)
from checkin_app.services.wix_problems import wix_call

STAFF_LABELS = {"name": "Name", "permissions": "Permissions"}


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: str
    name: str
    permissions: tuple[str, ...]
    status: str  # PENDING (never logged in) | HAS_ACCESS | ACCESS_PAUSED
    event_ids: tuple[str, ...] | None  # None = all events
    login_link: str
    revision: str

    @property
    def paused(self) -> bool:
        return self.status == "ACCESS_PAUSED"

    @classmethod
    def from_wix(cls, raw: Mapping[str, Any]) -> StaffMember:
        specific = raw.get("specificEvents")
        events = None
        if isinstance(specific, Mapping):
            events = tuple(str(e) for e in specific.get("events") or [])
        return cls(
            id=str(raw.get("id") or ""),
            name=str(raw.get("name") or ""),
            permissions=tuple(str(p) for p in raw.get("permissions") or []),
            status=str(raw.get("status") or "PENDING"),
            event_ids=events,
            login_link=str(raw.get("loginLink") or ""),
            revision=str(raw.get("revision") or "0"),
        )


def _check_permissions(permissions: Sequence[str]) -> list[str]:
    if not permissions or any(p not in STAFF_PERMISSIONS for p in permissions):
        raise SetupValidationError(
            "Choose at least one permission.", field_errors={"permissions": "choose one"}
        )
    if len(permissions) > 4:  # Wix's limit
        raise SetupValidationError(
            "Wix allows at most four permissions per staff member.",
            field_errors={"permissions": "choose at most four"},
        )
    return list(permissions)


class CategorySteps:
    """Categories the event can be listed under."""

    def __init__(self, calls: SetupCalls) -> None:
        self._calls = calls

    def create(self, names: Sequence[str]) -> StepResult:
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
        client, labels = self._calls.client, {"names": "Category"}
        if len(clean) == 1:
            category = wix_call(
                "Creating the category", client.create_category, clean[0],
                rules=CATEGORY_FIELDS, labels=labels,
            )  # fmt: skip
            return StepResult(
                "category",
                f"Created the category “{category.get('name', clean[0])}”.",
                {"categories": [category]},
                category.get("id"),
            )
        reply = wix_call(
            "Creating the categories", client.bulk_create_categories, clean,
            rules=CATEGORY_FIELDS, labels=labels,
        )  # fmt: skip
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

    def assign(self, event_id: str, category_id: str) -> StepResult:
        reply = wix_call(
            "Putting the event in the category",
            self._calls.client.assign_events_to_category,
            category_id,
            [event_id],
        )
        return StepResult("category", "The event is in the category.", reply, category_id)


class StaffSteps:
    """Check-in by Wix staff members: who may check guests in, sell, see figures."""

    def __init__(self, calls: SetupCalls) -> None:
        self._calls = calls

    def list(self, event_id: str | None = None) -> list[StaffMember]:
        """Staff members (those of every event, and those of `event_id` when given)."""
        raws = wix_call("Reading the staff members", self._calls.client.query_staff_members)
        members = [StaffMember.from_wix(r) for r in raws]
        if event_id:
            members = [m for m in members if m.event_ids is None or event_id in m.event_ids]
        return members

    def add(
        self, name: str, permissions: Sequence[str], *, event_ids: Sequence[str] | None = None
    ) -> StepResult:
        """Add a Check-in by Wix staff member (for all events, or only `event_ids`)."""
        chosen = _check_permissions(permissions)
        member = wix_call(
            "Adding the staff member", self._calls.client.create_staff_member, name.strip(),
            chosen, event_ids=event_ids, rules=STAFF_FIELDS, labels=STAFF_LABELS,
        )  # fmt: skip
        link = " Their login link is ready." if member.get("loginLink") else ""
        granted = ", ".join(member.get("permissions") or chosen)
        return StepResult(
            "staff",
            f"Added {member.get('name', name)} ({granted}).{link}",
            member,
            member.get("id"),
        )

    def update_permissions(self, member: StaffMember, permissions: Sequence[str]) -> StepResult:
        """Give a staff member other permissions."""
        chosen = _check_permissions(permissions)
        updated = self._patch("Saving the permissions", member, {"permissions": chosen})
        granted = ", ".join(updated.get("permissions") or chosen)
        return StepResult("staff", f"{member.name} may now: {granted}.", updated, member.id)

    def set_paused(self, member: StaffMember, paused: bool) -> StepResult:
        """Pause a staff member's access to the Check-in app, or give it back."""
        status = "ACCESS_PAUSED" if paused else "HAS_ACCESS"
        action = "Pausing the access" if paused else "Resuming the access"
        updated = self._patch(action, member, {"status": status})
        summary = (
            f"Paused {member.name}'s access." if paused else f"{member.name} has access again."
        )
        return StepResult("staff", summary, updated, member.id)

    def delete(self, member: StaffMember) -> StepResult:
        wix_call("Removing the staff member", self._calls.client.delete_staff_member, member.id)
        return StepResult("staff", f"Removed {member.name}.", {}, member.id)

    def _patch(self, action: str, member: StaffMember, changes: dict[str, Any]) -> dict[str, Any]:
        client = self._calls.client
        current = wix_call("Reading the staff member", client.get_staff_member, member.id)
        return wix_call(
            action, client.update_staff_member, member.id,
            current.get("revision") or member.revision, changes,
            rules=STAFF_FIELDS, labels=STAFF_LABELS,
        )  # fmt: skip
