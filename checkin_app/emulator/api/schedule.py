"""Schedule Items (`/events/v1/schedule`): edits go to a draft; publish makes them public."""

from __future__ import annotations

import copy
from typing import Any

from checkin_app.emulator.api.common import get_event, obj, text, timestamp
from checkin_app.emulator.errors import invalid, not_found, required
from checkin_app.emulator.paging import run_query
from checkin_app.emulator.routing import Request, Router
from checkin_app.emulator.store import Store
from checkin_app.emulator.wql import compile_filter, sort_items


def _item_fields(raw: dict[str, Any], current: dict[str, Any] | None = None) -> dict[str, Any]:
    out = dict(
        current
        or {"hidden": False, "description": "", "stageName": "", "tags": [], "status": "SCHEDULED"}
    )
    if current is None or "name" in raw:
        out["name"] = text(raw, "name", "item.name", max_len=120, min_len=1, needed=True)
    if current is None or "timeSlot" in raw:
        slot = obj(raw.get("timeSlot"), "item.timeSlot", needed=True)
        start = timestamp(slot, "start", "item.timeSlot.start")
        end = timestamp(slot, "end", "item.timeSlot.end")
        assert start is not None and end is not None
        if end < start:
            raise invalid("item.timeSlot.end", "end must not be before start")
        out["timeSlot"] = {
            "start": start,
            "end": end,
            "timeZoneId": slot.get("timeZoneId") or "UTC",
        }
    if "description" in raw:
        out["description"] = text(raw, "description", "item.description", max_len=10000) or ""
    if "stageName" in raw:
        out["stageName"] = text(raw, "stageName", "item.stageName", max_len=30) or ""
    if "tags" in raw:
        tags = raw["tags"] or []
        if (
            not isinstance(tags, list)
            or len(tags) > 5
            or any(not isinstance(t, str) or len(t) > 30 for t in tags)
        ):
            raise invalid("item.tags", "at most 5 tags of at most 30 characters")
        out["tags"] = list(tags)
    if "hidden" in raw:
        out["hidden"] = bool(raw["hidden"])
    if raw.get("status") in ("SCHEDULED", "CANCELED"):
        out["status"] = raw["status"]
    return out


def _event_id(req: Request, body: dict[str, Any] | None = None) -> str:
    event_id = (body or {}).get("eventId") or req.q("eventId")
    if not event_id:
        raise required("eventId")
    return get_event(req.store, str(event_id))["id"]


def _add(req: Request) -> dict[str, Any]:
    body = req.json()
    event_id = _event_id(req, body)
    now = req.store.now()
    item = _item_fields(obj(body.get("item"), "item", needed=True))
    item.update(
        {
            "id": req.store.new_id(),
            "eventId": event_id,
            "createdDate": now,
            "updatedDate": now,
            "draft": True,
        }
    )
    req.store.schedule_draft.setdefault(event_id, {})[item["id"]] = item
    return {"item": copy.deepcopy(item)}


def _draft_item(store: Store, event_id: str, item_id: str) -> dict[str, Any]:
    item = store.schedule_draft.get(event_id, {}).get(item_id)
    if item is None:
        raise not_found("SCHEDULE_ITEM_NOT_FOUND", f"Schedule item {item_id} not found")
    return item


def _update(req: Request) -> dict[str, Any]:
    body = req.json()
    event_id = _event_id(req, body)
    item = _draft_item(req.store, event_id, req.params["itemId"])
    item.update(_item_fields(obj(body.get("item"), "item", needed=True), item))
    item["updatedDate"] = req.store.now()
    item["draft"] = True
    return {"item": copy.deepcopy(item)}


def _delete_items(req: Request) -> dict[str, Any]:
    body = req.json()
    event_id = _event_id(req, body)
    ids = req.qlist("itemIds") or body.get("itemIds") or []
    draft = req.store.schedule_draft.get(event_id, {})
    for item_id in ids:
        draft.pop(item_id, None)
    return {}


def _discard(req: Request) -> dict[str, Any]:
    event_id = _event_id(req, req.json())
    published = req.store.schedule_published.get(event_id, {})
    req.store.schedule_draft[event_id] = {
        k: {**copy.deepcopy(v), "draft": True} for k, v in published.items()
    }
    return {}


def _publish(req: Request) -> dict[str, Any]:
    event_id = _event_id(req, req.json())
    draft = req.store.schedule_draft.get(event_id, {})
    req.store.schedule_published[event_id] = {
        k: {**copy.deepcopy(v), "draft": False} for k, v in draft.items()
    }
    return {}


def _items(store: Store, event_ids: list[str], states: list[str]) -> list[dict[str, Any]]:
    states = states or ["PUBLISHED", "VISIBLE"]
    events = event_ids or list(set(store.schedule_draft) | set(store.schedule_published))
    rows: list[dict[str, Any]] = []
    for event_id in events:
        source = store.schedule_draft if "DRAFT" in states else store.schedule_published
        for item in source.get(event_id, {}).values():
            if "VISIBLE" in states and "HIDDEN" not in states and item["hidden"]:
                continue
            if "HIDDEN" in states and "VISIBLE" not in states and not item["hidden"]:
                continue
            rows.append(item)
    return sorted(rows, key=lambda i: (i["timeSlot"]["start"], i["id"]))


def _draft_not_published(store: Store, event_ids: list[str]) -> bool:
    def strip(items: dict[str, Any]) -> dict[str, Any]:
        return {
            k: {f: v for f, v in i.items() if f not in ("draft", "updatedDate")}
            for k, i in items.items()
        }

    return any(
        strip(store.schedule_draft.get(e, {})) != strip(store.schedule_published.get(e, {}))
        for e in event_ids
    )


def _list(req: Request) -> dict[str, Any]:
    event_ids = req.qlist("eventId")
    rows = _items(req.store, event_ids, req.qlist("state"))
    if req.qlist("itemId"):
        rows = [r for r in rows if r["id"] in set(req.qlist("itemId"))]
    if req.q("startingFrom"):
        rows = [r for r in rows if r["timeSlot"]["start"] >= str(req.q("startingFrom"))]
    limit = min(int(req.q("paging.limit") or 100), 1000)
    offset = int(req.q("paging.offset") or 0)
    page = rows[offset : offset + limit]
    return {
        "items": [copy.deepcopy(i) for i in page],
        "pagingMetadata": {
            "count": len(page),
            "offset": offset,
            "total": len(rows),
            "tooManyToCount": False,
        },
        "facets": {},
        "draftNotPublished": _draft_not_published(req.store, event_ids),
    }


def _query(req: Request) -> dict[str, Any]:
    store = req.store

    def rows(flt: Any, spec: list[tuple[str, bool]]) -> list[dict[str, Any]]:
        predicate = compile_filter(flt)
        found = [
            i for items in store.schedule_published.values() for i in items.values() if predicate(i)
        ]
        return sort_items(found, spec or [("timeSlot.start", False)])

    page, metadata = run_query(
        req.json().get("query"),
        rows,
        default_limit=100,
        max_limit=1000,
        default_sort=(("timeSlot.start", False),),
    )
    return {"items": [copy.deepcopy(i) for i in page], "pagingMetadata": metadata}


def _get(req: Request) -> dict[str, Any]:
    event_id = _event_id(req)
    item_id = req.params["itemId"]
    include_draft = (req.q("includeDraft") or "").lower() == "true"
    item = None
    if include_draft:
        item = req.store.schedule_draft.get(event_id, {}).get(item_id)
    item = item or req.store.schedule_published.get(event_id, {}).get(item_id)
    if item is None:
        raise not_found("SCHEDULE_ITEM_NOT_FOUND", f"Schedule item {item_id} not found")
    return {"item": copy.deepcopy(item)}


def register(router: Router) -> None:
    base = "/events/v1/schedule"
    router.add("GET", base, _list)
    router.add("POST", f"{base}/query", _query)
    router.add("POST", f"{base}/draft", _add)
    router.add("DELETE", f"{base}/draft", _discard)
    router.add("DELETE", f"{base}/draft/items", _delete_items)
    router.add("PATCH", f"{base}/draft/{{itemId}}", _update)
    router.add("POST", f"{base}/publish", _publish)
    router.add("GET", f"{base}/{{itemId}}", _get)
