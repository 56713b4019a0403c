"""Event setup extras: Policies V2, Schedule, Categories, Staff Members, Registration Form
(docs/wix-api.md §8)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from checkin_app.wix.http_core import Params, WixHttp, path_segment
from checkin_app.wix.replies import items, unwrap

POLICIES = "/events/v2/policies"
SCHEDULE = "/events/v1/schedule"
CATEGORIES = "/events/v1/categories"
STAFF_MEMBERS = "/events/v1/staff-members"

FORM_CONTROL_TYPES = frozenset(
    {"phone", "address", "date", "additionalGuests", "dropdown", "checkbox", "text", "radioButton"}
)
# Update Control also takes the system controls (their labels only).
FORM_UPDATE_TYPES = FORM_CONTROL_TYPES | {"name", "email"}
STAFF_STATUSES = frozenset({"PENDING", "HAS_ACCESS", "ACCESS_PAUSED"})
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
        """The event's policies in their order (at most 3, so one page is all)."""
        query = {"filter": {"eventId": event_id}, "cursorPaging": {"limit": limit}}
        return items(self._call("POST", f"{POLICIES}/query", body={"query": query}), "policies")

    def reorder_policy(
        self,
        event_id: str,
        policy_id: str,
        *,
        before_policy_id: str | None = None,
        after_policy_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Move a policy before or after another of the same event; returns them in order."""
        if (before_policy_id is None) == (after_policy_id is None):
            raise ValueError("give exactly one of before_policy_id and after_policy_id")
        body: dict[str, Any] = {"eventId": event_id, "policyId": policy_id}
        if before_policy_id is not None:
            body["beforePolicyId"] = before_policy_id
        else:
            body["afterPolicyId"] = after_policy_id
        return items(self._call("POST", f"{POLICIES}/reorder", body=body), "policies")

    # -- Schedule -----------------------------------------------------------------------

    def add_schedule_item(self, event_id: str, item: Mapping[str, Any]) -> dict[str, Any]:
        """Add an item to the draft schedule (`name`, `timeSlot{start,end,timeZoneId}`, ...).

        Returns Wix's reply (`{"item": {...}}`); call `publish_schedule` to make it public.
        """
        return self._call(
            "POST", f"{SCHEDULE}/draft", body={"eventId": event_id, "item": dict(item)}
        )

    def update_schedule_item(
        self, event_id: str, item_id: str, item: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Replace a draft schedule item (no field mask: a full update); returns the item."""
        body = {"eventId": event_id, "itemId": item_id, "item": dict(item)}
        reply = self._call("PATCH", f"{SCHEDULE}/draft/{path_segment(item_id)}", body=body)
        return unwrap(reply, "item")

    def delete_schedule_items(self, event_id: str, item_ids: Sequence[str]) -> None:
        """Delete 1..100 items from the draft schedule (publish to make it public)."""
        ids = list(item_ids)
        if not 1 <= len(ids) <= 100:
            raise ValueError("delete 1..100 schedule items per call")
        params = {"eventId": event_id, "itemIds": ids}
        self._call("DELETE", f"{SCHEDULE}/draft/items", params=params)

    def publish_schedule(self, event_id: str) -> dict[str, Any]:
        """Publish the draft schedule."""
        return self._call("POST", f"{SCHEDULE}/publish", body={"eventId": event_id})

    def list_schedule_items(
        self, event_id: str, *, states: Sequence[str] = (), limit: int = 100
    ) -> dict[str, Any]:
        """List schedule items: `{"items", "pagingMetadata", "draftNotPublished", ...}`."""
        params: Params = {"eventId": [event_id], "state": list(states), "paging.limit": limit}
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

    def get_staff_member(self, member_id: str) -> dict[str, Any]:
        """One staff member, with the login link."""
        path = f"{STAFF_MEMBERS}/{path_segment(member_id)}"
        return unwrap(self._call("GET", path, params={"fieldsets": ["LOGIN_LINK"]}), "staffMember")

    def query_staff_members(
        self, *, filter: Mapping[str, Any] | None = None, limit: int = 100
    ) -> list[dict[str, Any]]:
        """Staff members (with their login links), newest last; one page of up to 100."""
        query: dict[str, Any] = {"cursorPaging": {"limit": limit}}
        if filter:
            query["filter"] = dict(filter)
        body = {"query": query, "fieldsets": ["LOGIN_LINK"]}
        return items(self._call("POST", f"{STAFF_MEMBERS}/query", body=body), "staffMembers")

    def update_staff_member(
        self, member_id: str, revision: str | int, changes: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Patch a staff member (`permissions`, `status`, `name`, events); `revision` must be
        the current one. `status` ACCESS_PAUSED pauses their access to the Check-in app."""
        status = changes.get("status")
        if status is not None and status not in STAFF_STATUSES:
            raise ValueError(f"status must be one of {', '.join(sorted(STAFF_STATUSES))}")
        unknown = set(changes.get("permissions") or ()) - STAFF_PERMISSIONS
        if unknown:
            raise ValueError(f"unknown staff permission(s): {', '.join(sorted(unknown))}")
        member = {**changes, "id": member_id, "revision": str(revision)}
        reply = self._call(
            "PATCH", f"{STAFF_MEMBERS}/{path_segment(member_id)}", body={"staffMember": member}
        )
        return unwrap(reply, "staffMember")

    def delete_staff_member(self, member_id: str) -> None:
        """Remove a staff member (their login link stops working)."""
        self._call("DELETE", f"{STAFF_MEMBERS}/{path_segment(member_id)}")

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

    def update_form_control(
        self,
        event_id: str,
        control_id: str,
        control_type: str,
        control: Mapping[str, Any],
        *,
        order_index: int | None = None,
    ) -> dict[str, Any]:
        """Replace a question of the form (same type; a system control's labels only), and
        move it to `order_index` when given. Returns the form."""
        if control_type not in FORM_UPDATE_TYPES:
            raise ValueError(f"control type must be one of {', '.join(sorted(FORM_UPDATE_TYPES))}")
        body: dict[str, Any] = {control_type: dict(control)}
        if order_index is not None:
            body["orderIndex"] = order_index
        path = f"{_form(event_id)}/controls/{path_segment(control_id)}"
        return unwrap(self._call("PUT", path, body=body), "form")

    def delete_form_control(self, event_id: str, control_id: str) -> dict[str, Any]:
        """Remove a question from the form (system controls cannot be removed); the form."""
        path = f"{_form(event_id)}/controls/{path_segment(control_id)}"
        form = self._call("DELETE", path).get("form")
        return form if isinstance(form, dict) else {}
