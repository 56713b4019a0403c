"""Categories (`/events/v1/categories`): create, bulk create, assign events, list an event's."""

from __future__ import annotations

import copy
from typing import Any

from checkin_app.emulator.api.common import get_event, obj, requested_fields, text
from checkin_app.emulator.errors import ApiError, invalid, not_found
from checkin_app.emulator.paging import run_query
from checkin_app.emulator.routing import Request, Router
from checkin_app.emulator.store import Store
from checkin_app.emulator.wql import compile_filter, sort_items

STATES = ("MANUAL", "AUTO", "RECURRING_EVENT", "HIDDEN")


def _get_category(store: Store, category_id: str) -> dict[str, Any]:
    category = store.categories.get(category_id)
    if category is None:
        raise not_found("CATEGORY_NOT_FOUND", f"Category {category_id} not found")
    return category


def _states(raw: Any) -> list[str]:
    states = raw or ["MANUAL"]
    if not isinstance(states, list) or any(s not in STATES for s in states):
        raise invalid("category.states", f"states must be of {list(STATES)}")
    return list(states)


def _new(store: Store, raw: Any) -> dict[str, Any]:
    spec = obj(raw, "category", needed=True)
    name = text(spec, "name", "category.name", max_len=30, min_len=1, needed=True)
    states = _states(spec.get("states"))
    category_id = store.new_id()
    category = {
        "id": category_id,
        "name": name,
        "createdDate": store.now(),
        "states": list(states),
    }
    store.categories[category_id] = category
    store.category_events[category_id] = []
    return category


def render_category(store: Store, category: dict[str, Any], counts: bool) -> dict[str, Any]:
    out = copy.deepcopy(category)
    if counts:
        ids = [i for i in store.category_events.get(category["id"], []) if i in store.events]
        drafts = sum(1 for i in ids if store.events[i]["status"] == "DRAFT")
        out["counts"] = {
            "assignedEventsCount": len(ids) - drafts,
            "assignedDraftEventsCount": drafts,
        }
    return out


def _create(req: Request) -> dict[str, Any]:
    return {
        "category": render_category(req.store, _new(req.store, req.json().get("category")), False)
    }


def _bulk_create(req: Request) -> dict[str, Any]:
    raw = req.json().get("categories")
    if not isinstance(raw, list) or not 1 <= len(raw) <= 10:
        raise invalid("categories", "1 to 10 categories are required", rule="OUT_OF_RANGE")
    results = []
    successes = failures = 0
    for index, spec in enumerate(raw):
        try:
            category = _new(req.store, spec)
        except ApiError as err:
            failures += 1
            results.append(
                {
                    "itemMetadata": {
                        "originalIndex": index,
                        "success": False,
                        "error": {
                            "code": err.code or "INVALID_ARGUMENT",
                            "description": err.message,
                            "data": {},
                        },
                    }
                }
            )
            continue
        successes += 1
        results.append(
            {
                "itemMetadata": {"id": category["id"], "originalIndex": index, "success": True},
                "item": render_category(req.store, category, False),
            }
        )
    return {
        "results": results,
        "bulkActionMetadata": {
            "totalSuccesses": successes,
            "totalFailures": failures,
            "undetailedFailures": 0,
        },
    }


def _update(req: Request) -> dict[str, Any]:
    category = _get_category(req.store, req.params["id"])
    spec = obj(req.json().get("category"), "category", needed=True)
    if "name" in spec:
        category["name"] = text(spec, "name", "category.name", max_len=30, min_len=1, needed=True)
    if "states" in spec:
        category["states"] = _states(spec["states"])
    return {"category": render_category(req.store, category, False)}


def _delete(req: Request) -> dict[str, Any]:
    category = _get_category(req.store, req.params["id"])
    del req.store.categories[category["id"]]
    req.store.category_events.pop(category["id"], None)
    return {}


def _event_ids(raw: Any, low: int, high: int) -> list[str]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not low <= len(raw) <= high:
        raise invalid("eventId", f"eventId must hold {low} to {high} ids", rule="OUT_OF_RANGE")
    return [str(e) for e in raw]


def _assign(req: Request) -> dict[str, Any]:
    category = _get_category(req.store, req.params["id"])
    assigned = req.store.category_events.setdefault(category["id"], [])
    for event_id in _event_ids(req.json().get("eventId"), 1, 100):
        get_event(req.store, event_id)
        if event_id not in assigned:
            assigned.append(event_id)
    return {}


def _unassign(req: Request) -> dict[str, Any]:
    category = _get_category(req.store, req.params["id"])
    ids = req.qlist("eventId") or req.json().get("eventId") or []
    assigned = req.store.category_events.setdefault(category["id"], [])
    for event_id in _event_ids(ids, 1, 100):
        if event_id in assigned:
            assigned.remove(event_id)
    return {}


def _bulk_assign(req: Request) -> dict[str, Any]:
    body = req.json()
    category_ids = body.get("categoryId")
    if not isinstance(category_ids, list) or not 1 <= len(category_ids) <= 10:
        raise invalid("categoryId", "1 to 10 category ids are required", rule="OUT_OF_RANGE")
    (event_id,) = _event_ids(body.get("eventId"), 1, 1)
    get_event(req.store, event_id)
    for category_id in category_ids:
        _get_category(req.store, str(category_id))
        assigned = req.store.category_events.setdefault(str(category_id), [])
        if event_id not in assigned:
            assigned.append(event_id)
    return {}


def _of_event(req: Request) -> dict[str, Any]:
    event = get_event(req.store, req.params["id"])
    found = [
        render_category(req.store, req.store.categories[c], False)
        for c, ids in req.store.category_events.items()
        if event["id"] in ids
        and c in req.store.categories
        and "HIDDEN" not in req.store.categories[c]["states"]
    ]
    return {"categories": found}


def _query(req: Request) -> dict[str, Any]:
    body = req.json()
    counts = "COUNTS" in requested_fields(req, body, "fieldset")
    store = req.store

    def rows(flt: Any, spec: list[tuple[str, bool]]) -> list[dict[str, Any]]:
        predicate = compile_filter(flt)
        return sort_items(
            [c for c in store.categories.values() if predicate(c)], spec or [("createdDate", False)]
        )

    page, metadata = run_query(body.get("query"), rows, default_limit=100, max_limit=1000)
    return {"categories": [render_category(store, c, counts) for c in page], "metaData": metadata}


def register(router: Router) -> None:
    base = "/events/v1/categories"
    router.add("POST", base, _create)
    router.add("POST", f"{base}/query", _query)
    router.add("POST", "/events/v1/bulk/categories/create", _bulk_create)
    router.add("POST", "/events/v1/bulk/categories/events", _bulk_assign)
    router.add("PATCH", f"{base}/{{id}}", _update)
    router.add("DELETE", f"{base}/{{id}}", _delete)
    router.add("GET", f"{base}/{{id}}", _of_event)
    router.add("POST", f"{base}/{{id}}/events", _assign)
    router.add("DELETE", f"{base}/{{id}}/events", _unassign)
