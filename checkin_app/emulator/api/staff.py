"""Staff Members (`/events/v1/staff-members`): the Check-in by Wix app's logins."""

from __future__ import annotations

import copy
from typing import Any

from checkin_app.emulator.api.common import obj, requested_fields, revision_check, text
from checkin_app.emulator.errors import invalid, not_found, required
from checkin_app.emulator.paging import run_query
from checkin_app.emulator.routing import Request, Router
from checkin_app.emulator.store import Store
from checkin_app.emulator.wql import compile_filter, sort_items

PERMISSIONS = ("CHECK_IN_GUESTS", "SELL_TICKETS", "ADD_GUESTS", "READ_ANALYTICS", "READ_GUEST_FORM")
# Wix: "Staff member status. To change the status, call Update Staff Member."
STATUSES = ("PENDING", "HAS_ACCESS", "ACCESS_PAUSED")


def _get_member(store: Store, member_id: str) -> dict[str, Any]:
    member = store.staff.get(member_id)
    if member is None:
        raise not_found("STAFF_MEMBER_NOT_FOUND", f"Staff member {member_id} not found")
    return member


def _apply(member: dict[str, Any], raw: dict[str, Any], creating: bool) -> None:
    if creating or "name" in raw:
        member["name"] = text(raw, "name", "staffMember.name", max_len=120, min_len=1, needed=True)
    if creating or "permissions" in raw:
        permissions = raw.get("permissions") or []
        if (
            not isinstance(permissions, list)
            or len(permissions) > 4
            or any(p not in PERMISSIONS for p in permissions)
        ):
            raise invalid("staffMember.permissions", f"at most 4 of {list(PERMISSIONS)}")
        member["permissions"] = list(permissions)
    if "specificEvents" in raw:
        events = obj(raw["specificEvents"], "staffMember.specificEvents").get("events") or []
        if not isinstance(events, list) or len(events) > 50:
            raise invalid("staffMember.specificEvents.events", "at most 50 events")
        member["specificEvents"] = {"events": list(events)}
        member.pop("allEvents", None)
    elif "allEvents" in raw or creating:
        member["allEvents"] = {}
        member.pop("specificEvents", None)
    if not creating and raw.get("status") is not None:
        if raw["status"] not in STATUSES:
            # Wix's wording for an enum value it does not know (docs/wix-api.md §1.4).
            raise required("staffMember.status")
        member["status"] = raw["status"]


def _render(member: dict[str, Any], fieldsets: set[str]) -> dict[str, Any]:
    out = copy.deepcopy(member)
    if "LOGIN_LINK" not in fieldsets:
        out.pop("loginLink", None)
    return out


def _create(req: Request) -> dict[str, Any]:
    store = req.store
    raw = obj(req.json().get("staffMember"), "staffMember", needed=True)
    now = store.now()
    member: dict[str, Any] = {
        "id": store.new_id(),
        "revision": "1",
        "createdDate": now,
        "updatedDate": now,
        "status": "PENDING",
    }
    _apply(member, raw, creating=True)
    member["loginLink"] = f"https://www.wix.com/check-in/join/{member['id']}"
    store.staff[member["id"]] = member
    return {"staffMember": _render(member, {"LOGIN_LINK"})}


def _get(req: Request) -> dict[str, Any]:
    member = _get_member(req.store, req.params["id"])
    return {"staffMember": _render(member, requested_fields(req, None, "fieldsets"))}


def _update(req: Request) -> dict[str, Any]:
    member = _get_member(req.store, req.params["id"])
    body = req.json()
    raw = obj(body.get("staffMember"), "staffMember", needed=True)
    revision_check(member, raw.get("revision"), "staffMember.revision")
    _apply(member, raw, creating=False)
    member["revision"] = str(int(member["revision"]) + 1)
    member["updatedDate"] = req.store.now()
    return {"staffMember": _render(member, requested_fields(req, body, "fieldsets"))}


def _delete(req: Request) -> dict[str, Any]:
    member = _get_member(req.store, req.params["id"])
    del req.store.staff[member["id"]]
    return {}


def _query(req: Request) -> dict[str, Any]:
    body = req.json()
    fieldsets = requested_fields(req, body, "fieldsets")
    store = req.store

    def rows(flt: Any, spec: list[tuple[str, bool]]) -> list[dict[str, Any]]:
        predicate = compile_filter(flt)
        return sort_items(
            [m for m in store.staff.values() if predicate(m)], spec or [("createdDate", False)]
        )

    page, metadata = run_query(
        body.get("query"), rows, default_limit=50, max_limit=100, cursor_max_limit=100
    )
    return {"staffMembers": [_render(m, fieldsets) for m in page], "pagingMetadata": metadata}


def register(router: Router) -> None:
    base = "/events/v1/staff-members"
    router.add("POST", base, _create)
    router.add("POST", f"{base}/query", _query)
    router.add("GET", f"{base}/{{id}}", _get)
    router.add("PATCH", f"{base}/{{id}}", _update)
    router.add("DELETE", f"{base}/{{id}}", _delete)
