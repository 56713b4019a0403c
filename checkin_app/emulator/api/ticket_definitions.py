"""Ticket Definitions V3 (`/events/v3/ticket-definitions`; alias `/events-ticket-definitions`)."""

from __future__ import annotations

import copy
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from checkin_app.emulator import ticketing
from checkin_app.emulator.api.common import (
    get_event,
    integer,
    obj,
    requested_fields,
    revision_check,
    text,
    timestamp,
)
from checkin_app.emulator.errors import ApiError, app_error, invalid, not_found, required
from checkin_app.emulator.paging import run_query
from checkin_app.emulator.routing import Request, Router
from checkin_app.emulator.store import Store
from checkin_app.emulator.wql import compile_filter, sort_items

FEE_TYPES = ("FEE_INCLUDED", "FEE_ADDED_AT_CHECKOUT", "NO_FEE")
MAX_PER_EVENT = 100


def _price(raw: Any, field: str, currency: str) -> dict[str, str]:
    price = obj(raw, field, needed=True)
    value = price.get("value")
    if not isinstance(value, str):
        # Live-tested Wix wording for `"value": 10` (docs/wix-api.md §1.4).
        raise ApiError(
            400,
            "Unexpected value for field value",
            violations=[
                {
                    "field": f"{field}.value",
                    "description": "Unexpected value for field value",
                    "violatedRule": "INVALID_ARGUMENT",
                    "ruleName": "INVALID_ARGUMENT",
                    "data": {},
                }
            ],
        )
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise invalid(f"{field}.value", f"{value!r} is not a decimal amount") from None
    if amount < 0 or not amount.is_finite():
        raise invalid(f"{field}.value", "price must not be negative", rule="OUT_OF_RANGE")
    cur = price.get("currency") or currency
    if not isinstance(cur, str) or not re.fullmatch(r"[A-Z]{3}", cur):
        raise invalid(f"{field}.currency", "currency must be a 3-letter code")
    return {"value": value, "currency": cur}


def _pricing(raw: Any, currency: str) -> dict[str, Any]:
    pricing = obj(raw, "ticketDefinition.pricingMethod", needed=True)
    out: dict[str, Any] = {}
    if "fixedPrice" in pricing:
        out["fixedPrice"] = _price(
            pricing["fixedPrice"], "ticketDefinition.pricingMethod.fixedPrice", currency
        )
        out["pricingType"] = "STANDARD"
        out["free"] = Decimal(out["fixedPrice"]["value"]) == 0
    elif "guestPrice" in pricing:
        out["guestPrice"] = _price(
            pricing["guestPrice"], "ticketDefinition.pricingMethod.guestPrice", currency
        )
        out["pricingType"] = "DONATION"
        out["free"] = False
    elif "pricingOptions" in pricing:
        options = obj(pricing["pricingOptions"], "ticketDefinition.pricingMethod.pricingOptions")
        details = options.get("optionDetails") or []
        if not isinstance(details, list) or not 1 <= len(details) <= 100:
            raise invalid(
                "ticketDefinition.pricingMethod.pricingOptions.optionDetails", "1 to 100 options"
            )
        out["pricingOptions"] = {"optionDetails": copy.deepcopy(details)}
        out["pricingType"] = "STANDARD"
        out["free"] = False
    else:
        raise required("ticketDefinition.pricingMethod")
    return out


def _sale_period(raw: Any) -> dict[str, Any] | None:
    if raw is None:
        return None
    period = obj(raw, "ticketDefinition.salePeriod")
    start = timestamp(period, "startDate", "ticketDefinition.salePeriod.startDate", needed=False)
    end = timestamp(period, "endDate", "ticketDefinition.salePeriod.endDate", needed=False)
    if start and end and end <= start:
        raise app_error(400, "INVALID_SALE_PERIOD", "salePeriod.endDate must be after startDate")
    if end:
        end = end[:17] + "00.000Z"  # Wix rounds the end down to the minute
    return {
        "startDate": start,
        "endDate": end,
        "displayNotOnSale": bool(period.get("displayNotOnSale", False)),
    }


def sale_status(store: Store, definition: dict[str, Any]) -> str:
    period = definition.get("salePeriod") or {}
    now = store.now()
    if period.get("startDate") and now < period["startDate"]:
        return "SALE_SCHEDULED"
    if period.get("endDate") and now >= period["endDate"]:
        return "SALE_ENDED"
    return "SALE_STARTED"


def render_definition(store: Store, definition: dict[str, Any], fields: set[str]) -> dict[str, Any]:
    out = copy.deepcopy(definition)
    out["saleStatus"] = sale_status(store, definition)
    details = ticketing.sales_details(store, definition)
    event = store.events.get(definition["eventId"]) or {}
    per_order = ((event.get("registration") or {}).get("tickets") or {}).get(
        "ticketLimitPerOrder", 50
    )
    limit = min(50, per_order)
    if details["unsoldCount"] is not None:
        limit = min(limit, details["unsoldCount"])
    out["limitPerCheckout"] = limit
    if "SALES_DETAILS" in fields:
        out["salesDetails"] = details
    if "EVENT_DETAILS" in fields and event:
        out["eventDetails"] = {
            "title": event["title"],
            "shortDescription": event.get("shortDescription", ""),
            "location": copy.deepcopy(event["location"]),
            "dateAndTimeSettings": copy.deepcopy(event["dateAndTimeSettings"]),
            "eventPageUrl": copy.deepcopy(event.get("eventPageUrl")),
            "status": event["status"],
        }
    if "SEATING_DETAILS" in fields:
        out["seatingDetails"] = {"places": []}
    return out


def create_definition(store: Store, raw: dict[str, Any]) -> dict[str, Any]:
    """Validate and store a ticket definition (shared by the API and the seeds)."""
    event_id = raw.get("eventId")
    if not event_id:
        raise required("ticketDefinition.eventId")
    event = get_event(store, event_id)
    if event["registration"]["initialType"] != "TICKETING":
        raise app_error(400, "INVALID_EVENT_TYPE", "Ticket definitions need a TICKETING event")
    name = text(raw, "name", "ticketDefinition.name", max_len=30, min_len=1, needed=True)
    if raw.get("feeType") not in FEE_TYPES:
        raise required("ticketDefinition.feeType")
    currency = event["registration"]["tickets"].get("currency") or "USD"
    pricing = _pricing(raw.get("pricingMethod"), currency)
    limit = integer(raw, "initialLimit", "ticketDefinition.initialLimit", low=1, high=1_000_000)
    if sum(1 for d in store.definitions.values() if d["eventId"] == event_id) >= MAX_PER_EVENT:
        raise app_error(
            400, "TICKET_DEFINITIONS_LIMIT_REACHED", "An event has at most 100 ticket definitions"
        )
    now = store.now()
    definition = {
        "id": store.new_id(),
        "revision": "1",
        "createdDate": now,
        "updatedDate": now,
        "eventId": event_id,
        "name": name,
        "description": text(raw, "description", "ticketDefinition.description", max_len=500) or "",
        "policyText": text(raw, "policyText", "ticketDefinition.policyText", max_len=1000) or "",
        "hidden": bool(raw.get("hidden", False)),
        "limited": limit is not None,
        "initialLimit": limit,
        "actualLimit": limit,
        "pricingMethod": pricing,
        "feeType": raw["feeType"],
        "salePeriod": _sale_period(raw.get("salePeriod")),
    }
    if definition["salePeriod"] is None:
        del definition["salePeriod"]
    store.definitions[definition["id"]] = definition
    return definition


def get_definition(store: Store, definition_id: str) -> dict[str, Any]:
    definition = store.definitions.get(definition_id)
    if definition is None:
        raise not_found(
            "TICKET_DEFINITION_NOT_FOUND",
            f"Ticket definition {definition_id} not found",
            {"ticketDefinitionId": definition_id},
        )
    return definition


def _create(req: Request) -> dict[str, Any]:
    body = req.json()
    raw = obj(body.get("ticketDefinition"), "ticketDefinition", needed=True)
    definition = create_definition(req.store, raw)
    return {
        "ticketDefinition": render_definition(req.store, definition, requested_fields(req, body))
    }


def _get(req: Request) -> dict[str, Any]:
    definition = get_definition(req.store, req.params["id"])
    return {"ticketDefinition": render_definition(req.store, definition, requested_fields(req))}


def _update(req: Request) -> dict[str, Any]:
    store = req.store
    definition = get_definition(store, req.params["id"])
    body = req.json()
    raw = obj(body.get("ticketDefinition"), "ticketDefinition", needed=True)
    revision_check(definition, raw.get("revision"), "ticketDefinition.revision")
    changes: dict[str, Any] = {}
    if "name" in raw:
        changes["name"] = text(
            raw, "name", "ticketDefinition.name", max_len=30, min_len=1, needed=True
        )
    if "description" in raw:
        changes["description"] = (
            text(raw, "description", "ticketDefinition.description", max_len=500) or ""
        )
    if "policyText" in raw:
        changes["policyText"] = (
            text(raw, "policyText", "ticketDefinition.policyText", max_len=1000) or ""
        )
    if "hidden" in raw:
        changes["hidden"] = bool(raw["hidden"])
    if "feeType" in raw:
        if raw["feeType"] not in FEE_TYPES:
            raise required("ticketDefinition.feeType")
        changes["feeType"] = raw["feeType"]
    if "pricingMethod" in raw:
        event = get_event(store, definition["eventId"])
        changes["pricingMethod"] = _pricing(
            raw["pricingMethod"], event["registration"]["tickets"].get("currency") or "USD"
        )
    if "initialLimit" in raw:
        limit = integer(raw, "initialLimit", "ticketDefinition.initialLimit", low=1, high=1_000_000)
        taken = store.sold.get(definition["id"], 0)
        if limit is not None and limit < taken:
            raise invalid(
                "ticketDefinition.initialLimit",
                f"{taken} tickets are already sold",
                rule="OUT_OF_RANGE",
            )
        changes.update({"initialLimit": limit, "actualLimit": limit, "limited": limit is not None})
    if "salePeriod" in raw:
        changes["salePeriod"] = _sale_period(raw["salePeriod"])
    definition.update(changes)
    if definition.get("salePeriod") is None:
        definition.pop("salePeriod", None)
    definition["revision"] = str(int(definition["revision"]) + 1)
    definition["updatedDate"] = store.now()
    return {"ticketDefinition": render_definition(store, definition, requested_fields(req, body))}


def _delete(req: Request) -> dict[str, Any]:
    definition = get_definition(req.store, req.params["id"])
    del req.store.definitions[definition["id"]]
    return {}


def _rows(
    store: Store, flt: Any, spec: list[tuple[str, bool]], hidden: bool
) -> list[dict[str, Any]]:
    ticketing.expire_reservations(store)
    predicate = compile_filter(flt)
    rows = []
    for definition in store.definitions.values():
        if definition.get("hidden") and not hidden:
            continue
        candidate = definition
        if "saleStatus" in str(flt):
            candidate = {**definition, "saleStatus": sale_status(store, definition)}
        if predicate(candidate):
            rows.append(definition)
    return sort_items(rows, spec or [("createdDate", False)])


def _query(req: Request, hidden: bool = True) -> dict[str, Any]:
    body = req.json()
    fields = requested_fields(req, body)
    page, metadata = run_query(
        body.get("query"),
        lambda flt, spec: _rows(req.store, flt, spec, hidden),
        default_limit=100,
        max_limit=100,
        cursor_max_limit=100,
    )
    # Note the response key `metadata` (not `pagingMetadata`) — docs/wix-api.md §3.
    return {
        "ticketDefinitions": [render_definition(req.store, d, fields) for d in page],
        "metadata": metadata,
    }


def _count(req: Request) -> dict[str, Any]:
    body = req.json()
    rows = _rows(req.store, body.get("filter"), [], True)
    counts: dict[str, int] = {}
    for definition in rows:
        status = sale_status(req.store, definition)
        counts[status] = counts.get(status, 0) + 1
    return {"metadata": {"count": len(rows)}, "facets": {"saleStatus": {"counts": counts}}}


def _change_currency(req: Request) -> dict[str, Any]:
    body = req.json()
    event = get_event(req.store, body.get("eventId"))
    currency = body.get("currency")
    if not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency):
        raise required("currency")
    if req.store.event_orders.get(event["id"]):
        raise app_error(400, "CURRENCY_LOCKED", "The currency cannot change after the first sale")
    event["registration"]["tickets"]["currency"] = currency
    for definition in req.store.definitions.values():
        if definition["eventId"] == event["id"]:
            for key in ("fixedPrice", "guestPrice"):
                if key in definition["pricingMethod"]:
                    definition["pricingMethod"][key]["currency"] = currency
    return {}


def register(router: Router) -> None:
    base = "/events/v3/ticket-definitions"
    router.add("POST", base, _create)
    router.add("POST", f"{base}/query", _query)
    router.add("POST", f"{base}/available/query", lambda r: _query(r, hidden=False))
    router.add("POST", f"{base}/count", _count)
    router.add("POST", f"{base}/currency", _change_currency)
    router.add("GET", f"{base}/{{id}}", _get)
    router.add("PATCH", f"{base}/{{id}}", _update)
    router.add("DELETE", f"{base}/{{id}}", _delete)
