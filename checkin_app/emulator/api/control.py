"""Control endpoints under `/_emulator/` (a path Wix never uses).

Faults, behaviour switches, clock, request log, reset, state dumps and the stand-in card
payment page. Every value is checked (`control_values`) before anything changes; a bad one
is a 400 in Wix's error format. No auth from this machine; from another one the HTTP layer
asks for the API key first (`http_handler.control_allowed`).
"""

from __future__ import annotations

import copy
import html
from typing import Any

from checkin_app.emulator import control_values, ticketing
from checkin_app.emulator.api.events import CONDITIONAL_FIELDS, render_event
from checkin_app.emulator.api.guests import render_guest
from checkin_app.emulator.api.orders import FIELDSETS as ORDER_FIELDSETS
from checkin_app.emulator.api.orders import get_order, pay_order, render_order
from checkin_app.emulator.api.ticket_definitions import render_definition
from checkin_app.emulator.api.tickets import render_ticket
from checkin_app.emulator.errors import invalid, not_found
from checkin_app.emulator.routing import Request, Response, Router

_ALL_EVENT_FIELDS = set(CONDITIONAL_FIELDS.values())
_TICKET_FIELDSETS = frozenset({"TICKET_DETAILS", "GUEST_DETAILS", "GUEST_FORM"})


def _info(req: Request) -> dict[str, Any]:
    app, store = req.app, req.store
    return {
        "url": app.base_url,
        "siteId": app.site_id,
        "apiKey": app.api_key,  # a local fake key, only valid against this server
        "seed": app.seed,
        "now": app.clock.iso_now(),
        "counts": {
            "events": len(store.events),
            "ticketDefinitions": len(store.definitions),
            "tickets": len(store.tickets),
            "orders": len(store.orders),
            "guests": len(store.guests),
            "reservations": len(store.reservations),
        },
        "faults": app.faults.settings.to_json(),
        "behaviour": app.behaviour.to_json(),
        "rateLimitPerMinute": app.ratelimit.per_minute,
    }


def _faults(req: Request) -> dict[str, Any]:
    if req.method == "DELETE":
        req.app.faults.reset()
    elif req.method == "POST":
        try:
            req.app.faults.update(**req.json())
        except (TypeError, ValueError) as exc:
            raise invalid("faults", str(exc)) from None
    return req.app.faults.settings.to_json()


def _behaviour(req: Request) -> dict[str, Any]:
    """What Wix does where it documents nothing: `repeatCheckIn`, `undoCheckIn`."""
    if req.method == "POST":
        body = req.json()
        if not isinstance(body, dict):
            raise invalid("behaviour", "send a JSON object")
        try:
            req.app.behaviour.update(**body)
        except (TypeError, ValueError) as exc:
            raise invalid("behaviour", str(exc)) from None
    return req.app.behaviour.to_json()


def _clock(req: Request) -> dict[str, Any]:
    if req.method == "POST":
        body = req.json()
        try:
            seconds = control_values.clock_advance(
                body.get("advanceSeconds", 0), req.app.clock.offset
            )
        except ValueError as exc:
            raise invalid("advanceSeconds", str(exc)) from None
        req.app.clock.advance(seconds)
    return {"now": req.app.clock.iso_now(), "offsetSeconds": req.app.clock.offset}


def _requests(req: Request) -> dict[str, Any]:
    if req.method == "DELETE":
        req.app.log.clear()
        return {"requests": []}
    try:
        since = control_values.log_position(req.q("since"))
    except ValueError as exc:
        raise invalid("since", str(exc)) from None
    return {"requests": req.app.log.entries(since)}


def _reset(req: Request) -> dict[str, Any]:
    try:
        seed = control_values.seed(req.json().get("seed"))
    except ValueError as exc:
        raise invalid("seed", str(exc)) from None
    req.app.reset(seed)
    return _info_after_reset(req)


def _info_after_reset(req: Request) -> dict[str, Any]:
    store = req.app.store
    with store.lock:
        return {"seed": req.app.seed, "events": len(store.events), "tickets": len(store.tickets)}


def _rate_limit(req: Request) -> dict[str, Any]:
    if req.method == "POST":
        try:
            limit = control_values.rate_limit(req.json().get("perMinute"))
        except ValueError as exc:
            raise invalid("perMinute", str(exc)) from None
        req.app.ratelimit.set_limit(limit)
    return {"perMinute": req.app.ratelimit.per_minute}


def _state(req: Request) -> dict[str, Any]:
    store = req.store
    event_id = req.q("eventId")
    kind = req.params["collection"]

    def keep(item: dict[str, Any]) -> bool:
        return event_id is None or item.get("eventId") == event_id

    if kind == "events":
        items = [
            render_event(store, e, _ALL_EVENT_FIELDS)
            for e in store.events.values()
            if event_id is None or e["id"] == event_id
        ]
    elif kind == "ticket-definitions":
        items = [
            render_definition(store, d, {"SALES_DETAILS"})
            for d in store.definitions.values()
            if keep(d)
        ]
    elif kind == "tickets":
        numbers = store.event_tickets.get(event_id, []) if event_id else list(store.tickets)
        items = [
            {
                **render_ticket(store, store.tickets[n], _TICKET_FIELDSETS),
                "eventId": store.tickets[n]["eventId"],
            }
            for n in numbers
        ]
    elif kind == "orders":
        numbers = store.event_orders.get(event_id, []) if event_id else list(store.orders)
        items = [render_order(store, store.orders[n], set(ORDER_FIELDSETS)) for n in numbers]
    elif kind == "reservations":
        items = [
            copy.deepcopy(r)
            for r in store.reservations.values()
            if event_id is None or r["tickets"][0]["eventId"] == event_id
        ]
    elif kind == "guests":
        ticketing.ensure_guests(store, event_id)
        items = [
            render_guest(g, {"GUEST_DETAILS", "GUEST_TOTAL"})
            for g in store.guests.values()
            if keep(g)
        ]
    elif kind == "policies":
        items = [
            {k: v for k, v in p.items() if not k.startswith("_")}
            for p in store.policies.values()
            if keep(p)
        ]
    elif kind == "categories":
        items = [
            {**copy.deepcopy(c), "eventIds": list(store.category_events.get(c["id"], []))}
            for c in store.categories.values()
        ]
    elif kind == "staff-members":
        items = [copy.deepcopy(m) for m in store.staff.values()]
    else:
        raise not_found("NOT_FOUND", f"Unknown state collection {kind!r}")
    return {kind: items, "total": len(items)}


_PAY_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Pay order {number}</title>
<meta name="viewport" content="width=device-width"></head>
<body style="font-family:sans-serif;max-width:30em;margin:2em auto">
<h1>Order {number}</h1><p>Status: <b>{status}</b> — total {total}</p>
<form method="post"><button type="submit" style="font-size:1.5em">Pay now</button></form>
<p><small>Wix emulator: this page stands in for the card payment on the guest's phone.</small></p>
</body></html>"""


def _pay(req: Request) -> Response | dict[str, Any]:
    number = req.params["orderNumber"]
    if req.method == "POST":
        return {"order": pay_order(req.store, number)}
    order = get_order(req.store, number)
    total = f"{order['grandTotal']:.2f} {order['currency']}"
    page = _PAY_PAGE.format(
        number=html.escape(number), status=html.escape(order["status"]), total=html.escape(total)
    )
    return Response(200, page.encode(), content_type="text/html; charset=utf-8")


def register(router: Router) -> None:
    base = "/_emulator"
    router.add("GET", base, _info)
    for method in ("GET", "POST", "DELETE"):
        router.add(method, f"{base}/faults", _faults)
    for method in ("GET", "POST"):
        router.add(method, f"{base}/behaviour", _behaviour)
        router.add(method, f"{base}/clock", _clock)
        router.add(method, f"{base}/rate-limit", _rate_limit)
        router.add(method, f"{base}/orders/{{orderNumber}}/pay", _pay)
    for method in ("GET", "DELETE"):
        router.add(method, f"{base}/requests", _requests)
    router.add("POST", f"{base}/reset", _reset)
    router.add("GET", f"{base}/state/{{collection}}", _state)
