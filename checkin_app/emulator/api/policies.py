"""Policies V2 (`/events/v2/policies`, alias `/events-policies/v2`): at most 3 per event."""

from __future__ import annotations

import copy
from typing import Any

from checkin_app.emulator.api.common import get_event, obj, revision_check, text
from checkin_app.emulator.errors import app_error, not_found, required
from checkin_app.emulator.paging import run_query
from checkin_app.emulator.routing import Request, Router
from checkin_app.emulator.store import Store
from checkin_app.emulator.wql import compile_filter, sort_items

MAX_PER_EVENT = 3


def _get_policy(store: Store, policy_id: str) -> dict[str, Any]:
    policy = store.policies.get(policy_id)
    if policy is None:
        raise not_found("POLICY_NOT_FOUND", f"Policy {policy_id} not found")
    return policy


def _create(req: Request) -> dict[str, Any]:
    store = req.store
    raw = obj(req.json().get("policy"), "policy", needed=True)
    if not raw.get("eventId"):
        raise required("policy.eventId")
    event = get_event(store, raw["eventId"])
    name = text(raw, "name", "policy.name", max_len=40, min_len=1, needed=True)
    body = text(raw, "body", "policy.body", max_len=50000, min_len=1, needed=True)
    count = sum(1 for p in store.policies.values() if p["eventId"] == event["id"])
    if count >= MAX_PER_EVENT:
        raise app_error(400, "POLICIES_LIMIT_REACHED", "An event has at most 3 policies")
    now = store.now()
    policy = {
        "id": store.new_id(),
        "revision": "1",
        "createdDate": now,
        "updatedDate": now,
        "name": name,
        "body": body,
        "eventId": event["id"],
        "_order": count,
    }
    store.policies[policy["id"]] = policy
    return {"policy": _render(policy)}


def _render(policy: dict[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in policy.items() if not k.startswith("_")}


def _get(req: Request) -> dict[str, Any]:
    return {"policy": _render(_get_policy(req.store, req.params["id"]))}


def _update(req: Request) -> dict[str, Any]:
    policy = _get_policy(req.store, req.params["id"])
    raw = obj(req.json().get("policy"), "policy", needed=True)
    revision_check(policy, raw.get("revision"), "policy.revision")
    if "name" in raw:
        policy["name"] = text(raw, "name", "policy.name", max_len=40, min_len=1, needed=True)
    if "body" in raw:
        policy["body"] = text(raw, "body", "policy.body", max_len=50000, min_len=1, needed=True)
    policy["revision"] = str(int(policy["revision"]) + 1)
    policy["updatedDate"] = req.store.now()
    return {"policy": _render(policy)}


def _delete(req: Request) -> dict[str, Any]:
    policy = _get_policy(req.store, req.params["id"])
    del req.store.policies[policy["id"]]
    return {}


def _query(req: Request) -> dict[str, Any]:
    store = req.store

    def rows(flt: Any, spec: list[tuple[str, bool]]) -> list[dict[str, Any]]:
        predicate = compile_filter(flt)
        found = [p for p in store.policies.values() if predicate(p)]
        return sort_items(found, spec or [("eventId", False), ("_order", False)])

    page, metadata = run_query(
        req.json().get("query"),
        rows,
        default_limit=100,
        max_limit=100,
        cursor_max_limit=100,
        default_sort=(("eventId", False), ("_order", False)),
    )
    return {"policies": [_render(p) for p in page], "metadata": metadata}


def _reorder(req: Request) -> dict[str, Any]:
    body = req.json()
    store = req.store
    policy = _get_policy(store, str(body.get("policyId") or ""))
    siblings = sorted(
        (p for p in store.policies.values() if p["eventId"] == policy["eventId"]),
        key=lambda p: p["_order"],
    )
    siblings.remove(policy)
    anchor_id = body.get("beforePolicyId") or body.get("afterPolicyId")
    anchor = _get_policy(store, str(anchor_id or ""))
    if anchor not in siblings:
        raise app_error(
            400, "INVALID_REORDER_INSTRUCTION", "The anchor policy is not of the same event"
        )
    index = siblings.index(anchor) + (0 if body.get("beforePolicyId") else 1)
    siblings.insert(index, policy)
    for order, item in enumerate(siblings):
        item["_order"] = order
    return {"policies": [_render(p) for p in siblings]}


def register(router: Router) -> None:
    base = "/events/v2/policies"
    router.add("POST", base, _create)
    router.add("POST", f"{base}/query", _query)
    router.add("POST", f"{base}/reorder", _reorder)
    router.add("GET", f"{base}/{{id}}", _get)
    router.add("PATCH", f"{base}/{{id}}", _update)
    router.add("DELETE", f"{base}/{{id}}", _delete)
