"""Events V3 (`/events/v3/events`): create, get, query, update, publish, clone, cancel, delete."""

from __future__ import annotations

import copy
from datetime import timedelta
from decimal import Decimal
from typing import Any

from checkin_app.emulator import ticketing
from checkin_app.emulator.api.common import get_event, obj, requested_fields, text
from checkin_app.emulator.api.event_builder import (
    SLUG,
    create_events,
    formatted_dates,
    parse_location,
    parse_ticket_settings,
    set_urls,
    slugify,
    validate_dates,
)
from checkin_app.emulator.api.forms import default_form, render_form
from checkin_app.emulator.clock import iso, parse_iso
from checkin_app.emulator.errors import app_error, invalid
from checkin_app.emulator.paging import run_query
from checkin_app.emulator.routing import Request, Router
from checkin_app.emulator.store import Store
from checkin_app.emulator.wql import compile_filter, sort_items

# Event fields returned only when the matching `fields` value is requested.
CONDITIONAL_FIELDS: dict[str, str] = {
    "shortDescription": "DETAILS",
    "detailedDescription": "DETAILS",
    "mainImage": "DETAILS",
    "calendarUrls": "DETAILS",
    "description": "TEXTS",
    "registration": "REGISTRATION",
    "eventPageUrl": "URLS",
    "form": "FORM",
    "summaries": "DASHBOARD",
    "onlineConferencing": "ONLINE_CONFERENCING_SESSION",
    "seoSettings": "SEO_SETTINGS",
    "agendaSettings": "AGENDA",
    "categories": "CATEGORIES",
    "feed": "FEED",
}


# Rendering ------------------------------------------------------------------------------
def refresh_status(store: Store, event: dict[str, Any]) -> None:
    """UPCOMING → STARTED → ENDED as the (emulator's) clock passes start and end."""
    if event["status"] not in ("UPCOMING", "STARTED"):
        return
    settings = event["dateAndTimeSettings"]
    if settings.get("dateAndTimeTbd") or not settings.get("startDate"):
        return
    now = store.now()
    if settings.get("endDate") and now >= settings["endDate"]:
        event["status"] = "ENDED"
    elif now >= settings["startDate"]:
        event["status"] = "STARTED"


def _registration_status(event: dict[str, Any], sold_out: bool) -> str:
    status = event["status"]
    kind = event["registration"]["type"]
    if status == "CANCELED":
        return "CLOSED_MANUALLY"
    if status in ("ENDED", "DRAFT"):
        return "CLOSED_AUTOMATICALLY"
    if kind == "RSVP":
        return "OPEN_RSVP"
    if kind == "TICKETING":
        return "OPEN_TICKETS"
    return "OPEN_EXTERNAL" if kind == "EXTERNAL" else "UNKNOWN_REGISTRATION_STATUS"


def _ticket_summary(store: Store, event: dict[str, Any]) -> dict[str, Any]:
    definitions = [d for d in store.definitions.values() if d["eventId"] == event["id"]]
    currency = event["registration"]["tickets"].get("currency") or "USD"
    prices = [ticketing.definition_price(d)[0] for d in definitions]
    summary: dict[str, Any] = {}
    if prices:
        summary["lowestPrice"] = _money(min(prices), currency)
        summary["highestPrice"] = _money(max(prices), currency)
    summary["soldOut"] = bool(definitions) and all(
        ticketing.sales_details(store, d)["soldOut"] for d in definitions
    )
    return summary


def _money(amount: Decimal, currency: str) -> dict[str, str]:
    value = ticketing.fmt(amount)
    return {"value": value, "currency": currency, "formattedValue": f"{currency} {value}"}


def _summaries(store: Store, event: dict[str, Any]) -> dict[str, Any]:
    orders = [store.orders[n] for n in store.event_orders.get(event["id"], [])]
    confirmed = [o for o in orders if o["status"] in ticketing.CONFIRMED_STATUSES]
    currency = event["registration"]["tickets"].get("currency") or "USD"
    total = sum((o["grandTotal"] for o in confirmed), Decimal(0))
    summaries: dict[str, Any] = {
        "tickets": {
            "ticketsSold": sum(len(o["tickets"]) for o in confirmed),
            "revenue": _money(total, currency),
            "currencyLocked": bool(orders),
            "totalOrders": len(confirmed),
            "totalSales": _money(total, currency),
        }
    }
    if event.get("_cancellation"):
        summaries["cancellation"] = event["_cancellation"]
    return summaries


def render_event(store: Store, event: dict[str, Any], fields: set[str]) -> dict[str, Any]:
    """The event as Events V3 returns it for the requested `fields`."""
    refresh_status(store, event)
    out: dict[str, Any] = {}
    for key, value in event.items():
        if key.startswith("_"):
            continue
        needed = CONDITIONAL_FIELDS.get(key)
        if needed is None or needed in fields:
            out[key] = copy.deepcopy(value)
    if "REGISTRATION" in fields:
        registration = out["registration"]
        if registration["type"] == "TICKETING":
            summary = _ticket_summary(store, event)
            registration["tickets"].update(summary)
            registration["status"] = _registration_status(event, summary["soldOut"])
        else:
            registration.pop("tickets", None)
            registration["status"] = _registration_status(event, False)
    if "FORM" in fields:
        out["form"] = render_form(store.forms.get(event["id"]) or default_form())
    if "DASHBOARD" in fields:
        out["summaries"] = _summaries(store, event)
    if "CATEGORIES" in fields:
        out["categories"] = {
            "categories": [
                {
                    "id": category["id"],
                    "name": category["name"],
                    "createdDate": category["createdDate"],
                    "hidden": "HIDDEN" in category["states"],
                }
                for c, ids in store.category_events.items()
                if event["id"] in ids and (category := store.categories.get(c)) is not None
            ][:10]
        }
    return out


# Handlers ---------------------------------------------------------------------------------
def _create(req: Request) -> dict[str, Any]:
    body = req.json()
    raw = obj(body.get("event"), "event", needed=True)
    events = create_events(req.store, raw, draft=bool(body.get("draft", False)))
    return {"event": render_event(req.store, events[0], requested_fields(req, body))}


def _get(req: Request) -> dict[str, Any]:
    event = get_event(req.store, req.params["eventId"])
    return {"event": render_event(req.store, event, requested_fields(req))}


def _get_by_slug(req: Request) -> dict[str, Any]:
    slug = req.params["slug"]
    for event in req.store.events.values():
        if event["slug"] == slug:
            return {"event": render_event(req.store, event, requested_fields(req))}
    raise app_error(404, "EVENT_NOT_FOUND", f"No event with slug {slug}")


def _filtered(
    store: Store, flt: Any, spec: list[tuple[str, bool]], drafts: bool
) -> list[dict[str, Any]]:
    predicate = compile_filter(flt)
    rows = []
    for event in store.events.values():
        refresh_status(store, event)
        if event["status"] == "DRAFT" and not drafts:
            continue
        if predicate(event):
            rows.append(event)
    return sort_items(rows, spec or [("createdDate", False)])


def _query(req: Request) -> dict[str, Any]:
    body = req.json()
    drafts = bool(body.get("includeDrafts", False))
    fields = requested_fields(req, body)
    # Query Events: offset paging only, limit ≤1000, default 0 → no events (§1.6). Wix's
    # request type (CommonQueryV2) has no `cursorPaging`. GUESS (docs/emulator.md): Wix may
    # ignore it (and return nothing, the limit then being 0); the emulator refuses it, so a
    # client that pages events by cursor fails in tests.
    query = body.get("query")
    if isinstance(query, dict) and query.get("cursorPaging") is not None:
        raise invalid(
            "query.cursorPaging",
            "Query Events pages by offset only: use paging.limit and paging.offset",
            rule="UNKNOWN_FIELD",
        )
    page, metadata = run_query(
        query,
        lambda flt, spec: _filtered(req.store, flt, spec, drafts),
        default_limit=0,
        max_limit=1000,
    )
    return {
        "events": [render_event(req.store, e, fields) for e in page],
        "pagingMetadata": metadata,
    }


def _count_by_status(req: Request) -> dict[str, Any]:
    body = req.json()
    rows = _filtered(req.store, body.get("filter"), [], bool(body.get("includeDrafts")))
    counts: dict[str, int] = {}
    for event in rows:
        counts[event["status"]] = counts.get(event["status"], 0) + 1
    facets = body.get("facet") or []
    if not facets:
        return {"facets": {}}
    return {"facets": {"status": {"counts": counts}}}


def _by_category(req: Request) -> dict[str, Any]:
    ids = req.store.category_events.get(req.params["categoryId"], [])
    events = [req.store.events[i] for i in ids if i in req.store.events]
    limit = min(int(req.q("paging.limit") or 100), 100)
    offset = int(req.q("paging.offset") or 0)
    page = events[offset : offset + limit]
    fields = requested_fields(req)
    return {
        "events": [render_event(req.store, e, fields) for e in page],
        "pagingMetadata": {
            "count": len(page),
            "offset": offset,
            "total": len(events),
            "tooManyToCount": False,
        },
    }


def _update(req: Request) -> dict[str, Any]:
    store = req.store
    event = get_event(store, req.params["eventId"])
    body = req.json()
    raw = obj(body.get("event"), "event", needed=True)
    refresh_status(store, event)
    changes: dict[str, Any] = {}
    if "title" in raw:
        changes["title"] = text(raw, "title", "event.title", max_len=120, min_len=1, needed=True)
    if "shortDescription" in raw:
        changes["shortDescription"] = text(
            raw, "shortDescription", "event.shortDescription", max_len=500
        )
    if "description" in raw:
        changes["description"] = copy.deepcopy(raw["description"])
    if "location" in raw:
        changes["location"] = parse_location(raw["location"])
    if "dateAndTimeSettings" in raw:
        # Replaced wholesale (docs/wix-api.md §2.1): startDate and endDate come together.
        dates = validate_dates(raw["dateAndTimeSettings"])
        if len(dates) != 1 or dates[0].get("recurrenceStatus") == "RECURRING":
            raise invalid("event.dateAndTimeSettings", "Recurring dates cannot be set on update")
        settings = dates[0]
        if not settings.get("dateAndTimeTbd"):
            settings["formatted"] = formatted_dates(settings)
        changes["dateAndTimeSettings"] = settings
    if "registration" in raw:
        registration = obj(raw["registration"], "event.registration")
        current = event["registration"]
        initial = registration.get("initialType")
        if initial is not None and initial != current["initialType"]:
            raise invalid(
                "event.registration.initialType",
                "initialType cannot be changed",
                rule="INVALID_EVENT_CONFIGURATION",
            )
        updated = copy.deepcopy(current)
        if "tickets" in registration and current["type"] == "TICKETING":
            updated["tickets"] = parse_ticket_settings(registration["tickets"], current["tickets"])
        for key in ("registrationPaused", "registrationDisabled", "allowedGuestTypes"):
            if key in registration:
                updated[key] = registration[key]
        if registration.get("type") in ("EXTERNAL", "NONE"):
            updated["type"] = registration["type"]
        changes["registration"] = updated
    if "agendaSettings" in raw:
        agenda = obj(raw["agendaSettings"], "event.agendaSettings")
        changes["agendaSettings"] = {
            **event.get("agendaSettings", {}),
            "enabled": bool(agenda.get("enabled")),
        }
    for key in ("mainImage", "guestListSettings", "eventDisplaySettings"):
        if key in raw:
            changes[key] = copy.deepcopy(raw[key])
    seo = raw.get("seoSettings")
    if isinstance(seo, dict) and seo.get("slug") and seo["slug"] != event["slug"]:
        slug = seo["slug"]
        if not isinstance(slug, str) or not SLUG.match(slug) or len(slug) > 100:
            raise app_error(400, "INVALID_SLUG_FORMAT", f"Invalid slug: {slug!r}")
        if any(e["slug"] == slug for e in store.events.values() if e["id"] != event["id"]):
            raise app_error(409, "SLUG_ALREADY_IN_USE", f"Slug {slug!r} is already in use")
        changes["slug"] = slug
    event.update(changes)
    if "slug" in changes:
        event["seoSettings"]["slug"] = event["slug"]
        set_urls(event)
    event["updatedDate"] = store.now()
    refresh_status(store, event)
    if event["status"] == "ENDED" and "dateAndTimeSettings" in changes:
        event["status"] = "UPCOMING"
        refresh_status(store, event)
    return {"event": render_event(store, event, requested_fields(req, body))}


def _publish(req: Request) -> dict[str, Any]:
    store = req.store
    event = get_event(store, req.params["eventId"])
    if event["status"] != "DRAFT":
        if event["status"] == "CANCELED":
            raise app_error(
                400, "INVALID_EVENT_STATUS_TRANSITION", "A canceled event cannot be published"
            )
        raise app_error(400, "EVENT_ALREADY_PUBLISHED", "The event is already published")
    now = store.now()
    event["status"] = "UPCOMING"
    event["publishedDate"] = now
    event["updatedDate"] = now
    refresh_status(store, event)
    return {"event": render_event(store, event, requested_fields(req, req.json()))}


def _clone(req: Request) -> dict[str, Any]:
    store = req.store
    source = get_event(store, req.params["eventId"])
    body = req.json()
    overrides = obj(body.get("event"), "event")
    clone = copy.deepcopy(source)
    now = store.now()
    new_id = store.new_id()
    titles = {e["title"] for e in store.events.values()}
    title = overrides.get("title") or source["title"]
    if title in titles:
        # Wix appends " (1)" to a duplicate title (and counts up if that is taken too).
        n = 1
        while f"{title} ({n})" in titles:
            n += 1
        title = f"{title} ({n})"
    settings = clone["dateAndTimeSettings"]
    if not settings.get("dateAndTimeTbd"):
        for key in ("startDate", "endDate"):
            settings[key] = iso(parse_iso(settings[key]) + timedelta(days=14))
        settings["formatted"] = formatted_dates(settings)
    settings["recurrenceStatus"] = "ONE_TIME"
    settings.pop("recurringEvents", None)
    draft = body.get("draft", True) is not False
    clone.update(
        {
            "id": new_id,
            "title": title,
            "createdDate": now,
            "updatedDate": now,
            "status": "DRAFT" if draft else "UPCOMING",
            "slug": slugify(store, title),
        }
    )
    clone.pop("publishedDate", None)
    clone.pop("_cancellation", None)
    if not draft:
        clone["publishedDate"] = now
    for key in ("shortDescription", "description", "mainImage", "agendaSettings"):
        if key in overrides:
            clone[key] = copy.deepcopy(overrides[key])
    if "location" in overrides:
        clone["location"] = parse_location(overrides["location"])
    if "dateAndTimeSettings" in overrides:
        dates = validate_dates(overrides["dateAndTimeSettings"])[0]
        if not dates.get("dateAndTimeTbd"):
            dates["formatted"] = formatted_dates(dates)
        clone["dateAndTimeSettings"] = dates
    clone["seoSettings"]["slug"] = clone["slug"]
    set_urls(clone)
    store.events[new_id] = clone
    store.forms[new_id] = copy.deepcopy(store.forms.get(source["id"]) or default_form())
    # Ticket configuration is copied too: the definitions, with fresh ids and no sales.
    for definition in [d for d in store.definitions.values() if d["eventId"] == source["id"]]:
        copied = copy.deepcopy(definition)
        copied.update(
            {
                "id": store.new_id(),
                "eventId": new_id,
                "revision": "1",
                "createdDate": now,
                "updatedDate": now,
            }
        )
        store.definitions[copied["id"]] = copied
    return {"event": render_event(store, clone, requested_fields(req, body))}


def cancel_event(store: Store, event: dict[str, Any]) -> None:
    refresh_status(store, event)
    if event["status"] not in ("UPCOMING", "STARTED"):
        raise app_error(
            400,
            "INVALID_EVENT_STATUS_TRANSITION",
            f"An event in status {event['status']} cannot be canceled",
        )
    now = store.now()
    event["status"] = "CANCELED"
    event["updatedDate"] = now
    event["_cancellation"] = {"canceledDate": now, "actorType": "APP"}


def _cancel(req: Request) -> dict[str, Any]:
    event = get_event(req.store, req.params["eventId"])
    cancel_event(req.store, event)
    return {"event": render_event(req.store, event, requested_fields(req, req.json()))}


def delete_event(store: Store, event_id: str) -> None:
    store.events.pop(event_id, None)
    store.forms.pop(event_id, None)
    for definition_id in [d["id"] for d in store.definitions.values() if d["eventId"] == event_id]:
        del store.definitions[definition_id]
    for ids in store.category_events.values():
        if event_id in ids:
            ids.remove(event_id)
    store.touch()


def _delete(req: Request) -> dict[str, Any]:
    event = get_event(req.store, req.params["eventId"])
    delete_event(req.store, event["id"])
    return {"eventId": event["id"]}


def _by_filter(req: Request, action: str) -> dict[str, Any]:
    body = req.json()
    wrapper = obj(body.get("filter"), "filter")
    rows = _filtered(req.store, wrapper.get("filter", wrapper), [], True)
    for event in rows:
        if action == "cancel":
            if event["status"] in ("UPCOMING", "STARTED"):
                cancel_event(req.store, event)
        else:
            delete_event(req.store, event["id"])
    return {}


def register(router: Router) -> None:
    base = "/events/v3/events"
    router.add("POST", base, _create)
    router.add("POST", f"{base}/query", _query)
    router.add("POST", f"{base}/count-by-status", _count_by_status)
    router.add("GET", f"{base}/slug/{{slug}}", _get_by_slug)
    router.add("GET", f"{base}/category/{{categoryId}}", _by_category)
    router.add("GET", f"{base}/{{eventId}}", _get)
    router.add("PATCH", f"{base}/{{eventId}}", _update)
    router.add("DELETE", f"{base}/{{eventId}}", _delete)
    router.add("POST", f"{base}/{{eventId}}/publish", _publish)
    router.add("POST", f"{base}/{{eventId}}/clone", _clone)
    router.add("POST", f"{base}/{{eventId}}/cancel", _cancel)
    router.add("POST", "/events/v3/bulk/events/cancel-by-filter", lambda r: _by_filter(r, "cancel"))
    router.add("POST", "/events/v3/bulk/events/delete-by-filter", lambda r: _by_filter(r, "delete"))
