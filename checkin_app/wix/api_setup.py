"""Event setup extras: Policies V2, Schedule, Categories, Staff Members, Registration Form
(docs/wix-api.md §8)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from checkin_app.wix.http_core import WixHttp, path_segment
from checkin_app.wix.replies import items, unwrap

POLICIES = "/events/v2/policies"
SCHEDULE = "/events/v1/schedule"
CATEGORIES = "/events/v1/categories"
STAFF_MEMBERS = "/events/v1/staff-members"

FORM_CONTROL_TYPES = frozenset(
    {"phone", "address", "date", "additionalGuests", "dropdown", "checkbox", "text", "radioButton"}
)
STAFF_PERMISSIONS = frozenset(
    {"CHECK_IN_GUESTS", "SELL_TICKETS", "ADD_GUESTS", "READ_ANALYTICS", "READ_GUEST_FORM"}
)


def _form(event_id: str) -> str:
    return f"/events/v1/events/{path_segment(event_id)}/form"


class SetupApi(WixHttp):
    """Policies, schedule items, categories, staff members and the registration form."""

    # -- Policies V2 --------------------------------------------------------------------

    def create_policy(self, event_id: str, name: str, body: str) -> dict[str, Any]:
        """Add a policy (name 1–40, body 1–50000 chars, HTML allowed; ≤3 per event)."""
        policy = {"eventId": event_id, "name": name, "body": body}
        return unwrap(self._call("POST", POLICIES, body={"policy": policy}), "policy")

    def get_policy(self, policy_id: str) -> dict[str, Any]:
        """Return one policy."""
        return unwrap(self._call("GET", f"{POLICIES}/{path_segment(policy_id)}"), "policy")

    def update_policy(
        self, policy_id: str, revision: str | int, changes: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Patch a policy; `revision` must be the current one."""
        policy = {**changes, "id": policy_id, "revision": str(revision)}
        reply = self._call(
            "PATCH", f"{POLICIES}/{path_segment(policy_id)}", body={"policy": policy}
        )
        return unwrap(reply, "policy")

    def delete_policy(self, policy_id: str) -> None:
        """Delete a policy."""
        self._call("DELETE", f"{POLICIES}/{path_segment(policy_id)}")

    def list_policies(self, event_id: str, *, limit: int = 100) -> list[dict[str, Any]]:
        """The event's policies (an event has at most 3, so one page is all)."""
        query = {"filter": {"eventId": event_id}, "cursorPaging": {"limit": limit}}
        return items(self._call("POST", f"{POLICIES}/query", body={"query": query}), "policies")

    # -- Schedule -----------------------------------------------------------------------

    def add_schedule_item(self, event_id: str, item: Mapping[str, Any]) -> dict[str, Any]:
        """Add an item to the draft schedule (`name`, `timeSlot{start,end,timeZoneId}`, ...).

        Returns Wix's reply (`{"item": {...}}`); call `publish_schedule` to make it public.
        """
        return self._call(
            "POST", f"{SCHEDULE}/draft", body={"eventId": event_id, "item": dict(item)}
        )

    def publish_schedule(self, event_id: str) -> dict[str, Any]:
        """Publish the draft schedule."""
        return self._call("POST", f"{SCHEDULE}/publish", body={"eventId": event_id})

    def list_schedule_items(
        self, event_id: str, *, states: Sequence[str] = (), limit: int = 100
    ) -> dict[str, Any]:
        """List schedule items: `{"items", "pagingMetadata", "draftNotPublished", ...}`."""
        params = {"eventId": [event_id], "state": list(states), "paging.limit": limit}
        return self._call("GET", SCHEDULE, params=params)

    # -- Categories ---------------------------------------------------------------------

    def create_category(self, name: str, *, states: Sequence[str] = ("MANUAL",)) -> dict[str, Any]:
        """Create a category (name 1–30)."""
        category = {"name": name, "states": list(states)}
        return unwrap(self._call("POST", CATEGORIES, body={"category": category}), "category")

    def bulk_create_categories(
        self, categories: Sequence[Mapping[str, Any] | str]
    ) -> dict[str, Any]:
        """Create 1..10 categories; returns `{"results": [...], "bulkActionMetadata": {...}}`.

        Each entry is a name or a category object; a name gets `states: ["MANUAL"]`.
        """
        if not 1 <= len(categories) <= 10:
            raise ValueError("create 1..10 categories per call")
        payload = [
            {"name": c, "states": ["MANUAL"]} if isinstance(c, str) else dict(c) for c in categories
        ]
        return self._call("POST", "/events/v1/bulk/categories/create", body={"categories": payload})

    def assign_events_to_category(
        self, category_id: str, event_ids: Sequence[str]
    ) -> dict[str, Any]:
        """Put 1..100 events in a category."""
        ids = list(event_ids)
        if not 1 <= len(ids) <= 100:
            raise ValueError("assign 1..100 events per call")
        return self._call(
            "POST", f"{CATEGORIES}/{path_segment(category_id)}/events", body={"eventId": ids}
        )

    def list_event_categories(self, event_id: str) -> list[dict[str, Any]]:
        """The (non-hidden) categories an event is in."""
        reply = self._call("GET", f"{CATEGORIES}/{path_segment(event_id)}")
        return items(reply, "categories")

    # -- Staff members ------------------------------------------------------------------

    def create_staff_member(
        self,
        name: str,
        permissions: Sequence[str] = ("CHECK_IN_GUESTS",),
        *,
        event_ids: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """Add a Check-in by Wix staff member for all events or `event_ids` (≤50).

        Returns the staff member, whose `loginLink` opens the Check-in app.
        """
        unknown = set(permissions) - STAFF_PERMISSIONS
        if unknown:
            raise ValueError(f"unknown staff permission(s): {', '.join(sorted(unknown))}")
        member: dict[str, Any] = {"name": name, "permissions": list(permissions)}
        if event_ids is None:
            member["allEvents"] = {}
        else:
            member["specificEvents"] = {"events": list(event_ids)}
        return unwrap(
            self._call("POST", STAFF_MEMBERS, body={"staffMember": member}), "staffMember"
        )

    # -- Registration form --------------------------------------------------------------

    def get_form(self, event_id: str) -> dict[str, Any]:
        """The event's registration form (`controls`, `messages`)."""
        return unwrap(self._call("GET", _form(event_id)), "form")

    def add_form_control(
        self, event_id: str, control_type: str, control: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Add a question to the form, e.g. `("text", {"label": "Company", "mandatory": False})`.

        Returns `{"id": <new control id>, "form": {...}}`.
        """
        if control_type not in FORM_CONTROL_TYPES:
            raise ValueError(f"control type must be one of {', '.join(sorted(FORM_CONTROL_TYPES))}")
        return self._call("POST", f"{_form(event_id)}/control", body={control_type: dict(control)})
