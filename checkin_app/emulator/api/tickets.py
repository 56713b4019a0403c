"""Tickets (`/events/v1/tickets`): list, get, check in, delete check-in, archive.

Choices where Wix documents nothing (docs/wix-api.md §11, UNCONFIRMED):
- Check-in batches are all-or-nothing. A ticket number unknown for the event → 404
  `TICKET_NOT_FOUND` (data.ticketNumbers lists them); a ticket that is archived or whose
  order is canceled/declined/voided → 400 `TICKET_NOT_CHECKABLE`. Nothing changes then.
  Both codes are registered guesses (checkin_app/emulator/guesses.py).
- A repeated check-in succeeds (200); whether it keeps the first `checkIn.created` or
  overwrites it, and whether an undo removes `checkIn` or adds `checkInCanceledDate`, are
  switches (checkin_app/emulator/behaviour.py). Undoing a ticket that is not checked in is
  a 200 no-op. `checkIn` is left out of a ticket that is not checked in.
- Several `state` values: values of one group (ORDER_*, TICKET_*, CHECKED_IN/NON_CHECKED_IN,
  FREE/PAID) are OR-ed, groups are AND-ed; MEMBER is its own group.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from checkin_app.emulator import ticketing
from checkin_app.emulator.api.common import get_event, obj
from checkin_app.emulator.errors import invalid, required
from checkin_app.emulator.guesses import guessed_error
from checkin_app.emulator.paging import legacy_page
from checkin_app.emulator.routing import Request, Router
from checkin_app.emulator.store import Store

FIELDSETS = ("TICKET_DETAILS", "GUEST_DETAILS", "GUEST_FORM")
STATES = {
    "ORDER_ARCHIVED": "order",
    "ORDER_ACTIVE": "order",
    "TICKET_ARCHIVED": "ticket",
    "TICKET_ACTIVE": "ticket",
    "CHECKED_IN": "checkin",
    "NON_CHECKED_IN": "checkin",
    "FREE": "price",
    "PAID": "price",
    "MEMBER": "member",
}
MAX_LIMIT = 100
CHECK_IN_URL = "https://www.wixevents.com/check-in/{ticket},{event}"


def check_in_url(ticket: dict[str, Any]) -> str:
    return CHECK_IN_URL.format(ticket=ticket["ticketNumber"], event=ticket["eventId"])


def render_ticket(
    store: Store, ticket: dict[str, Any], fieldsets: set[str] | frozenset[str]
) -> dict[str, Any]:
    """A ticket as List/Get Tickets returns it; without a fieldset only memberId/anonymized."""
    order = store.orders[ticket["orderNumber"]]
    out: dict[str, Any] = {"anonymized": False}
    if order.get("memberId"):
        out["memberId"] = order["memberId"]
    if "TICKET_DETAILS" in fieldsets:
        url = check_in_url(ticket)
        pdf = f"https://www.example-site.com/_api/wix-events-web/v1/tickets/{ticket['ticketNumber']}/pdf"
        out.update(
            {
                "ticketNumber": ticket["ticketNumber"],
                "orderNumber": ticket["orderNumber"],
                "ticketDefinitionId": ticket["ticketDefinitionId"],
                "name": ticket["name"],
                "price": dict(ticket["price"]),
                "free": ticket["free"],
                "policy": ticket["policy"],
                "qrCode": url,
                "orderStatus": order["status"],
                "orderArchived": order["archived"],
                "archived": ticket["archived"],
                "orderFullName": f"{order['firstName']} {order['lastName']}",
                "ticketPdf": pdf,
                "ticketPdfUrl": pdf,
                "checkInUrl": url,
                "walletPassUrl": f"https://www.example-site.com/_api/wix-events-web/v1/tickets/{ticket['ticketNumber']}/pkpass",
                "channel": order.get("channel", "ONLINE"),
                "canceled": order["status"] in ticketing.CANCELED_STATUSES,
            }
        )
        check_in = ticketing.render_check_in(ticket)
        if check_in is not None:
            out["checkIn"] = check_in  # absent, not null, when never checked in (as Wix)
    if "GUEST_DETAILS" in fieldsets or "GUEST_FORM" in fieldsets:
        out["guestFullName"] = f"{ticket['firstName']} {ticket['lastName']}"
        details: dict[str, Any] = {
            "guestAssigned": ticket["guestAssigned"],
            "firstName": ticket["firstName"],
            "lastName": ticket["lastName"],
            "email": ticket["email"],
            "contactId": ticket["contactId"],
            "phone": None,
        }
        if "GUEST_FORM" in fieldsets:
            details["form"] = {"inputValues": [dict(v) for v in ticket["form"]]}
        out["guestDetails"] = details
    return out


def _state_test(states: list[str]) -> Any:
    groups: dict[str, set[str]] = {}
    for state in states:
        group = STATES.get(state)
        if group is None:
            raise invalid("state", f"Unknown state {state!r}")
        groups.setdefault(group, set()).add(state)

    def test(store: Store, ticket: dict[str, Any]) -> bool:
        if not groups:
            return True
        order = store.orders[ticket["orderNumber"]]
        facts = {
            "ORDER_ARCHIVED": order["archived"],
            "ORDER_ACTIVE": not order["archived"],
            "TICKET_ARCHIVED": ticket["archived"],
            "TICKET_ACTIVE": not ticket["archived"],
            "CHECKED_IN": ticket["checkIn"] is not None,
            "NON_CHECKED_IN": ticket["checkIn"] is None,
            "FREE": ticket["free"],
            "PAID": not ticket["free"],
            "MEMBER": bool(order.get("memberId")),
        }
        return all(any(facts[s] for s in group) for group in groups.values())

    return test


def _buyer_name(store: Store, ticket: dict[str, Any]) -> str:
    order = store.orders[ticket["orderNumber"]]
    return f"{order['firstName']} {order['lastName']}".lower()


_SORT_KEYS: dict[str, Callable[[Store, dict[str, Any]], Any]] = {
    "ticketnumber": lambda s, t: t["ticketNumber"],
    "ticket_number": lambda s, t: t["ticketNumber"],
    "orderstatus": lambda s, t: s.orders[t["orderNumber"]]["status"],
    "order_status": lambda s, t: s.orders[t["orderNumber"]]["status"],
    "price": lambda s, t: float(t["price"]["value"]),
    "orderfullname": lambda s, t: _buyer_name(s, t),
    "order_full_name": lambda s, t: _buyer_name(s, t),
    "guestfullname": lambda s, t: f"{t['firstName']} {t['lastName']}".lower(),
    "guest_full_name": lambda s, t: f"{t['firstName']} {t['lastName']}".lower(),
}


def _sorted(store: Store, rows: list[dict[str, Any]], sort: str | None) -> list[dict[str, Any]]:
    specs = [s for s in (sort or "ticketNumber:asc").split(",") if s.strip()]
    result = sorted(rows, key=lambda t: t["ticketNumber"])
    for spec in reversed(specs):
        field, _, direction = spec.strip().partition(":")
        name = field.strip().lower()
        key = _SORT_KEYS.get(name)
        if key is None:
            raise invalid("sort", f"Cannot sort by {field!r}")
        if name in ("ticketnumber", "ticket_number") and direction.strip().lower() != "desc":
            continue  # already in that order
        result.sort(key=functools.partial(key, store), reverse=direction.strip().lower() == "desc")
    return result


def _matching(store: Store, req: Request) -> list[dict[str, Any]]:
    event_ids = req.qlist("eventId")
    if len(event_ids) > 100:
        raise invalid("eventId", "At most 100 eventId values")
    numbers = set(req.qlist("ticketNumber"))
    orders = set(req.qlist("orderNumber"))
    if len(numbers) > 50 or len(orders) > 20:
        raise invalid("ticketNumber", "At most 50 ticketNumber and 20 orderNumber values")
    statuses = set(req.qlist("orderStatus"))
    definitions = set(req.qlist("ticketDefinitionId"))
    phrase = (req.q("searchPhrase") or "").strip().lower()
    if len(phrase) > 200:
        raise invalid("searchPhrase", "searchPhrase must be at most 200 characters")
    state_test = _state_test(req.qlist("state"))
    candidates: Iterable[dict[str, Any]]
    if event_ids:
        candidates = (store.tickets[n] for e in event_ids for n in store.event_tickets.get(e, []))
    else:
        candidates = store.tickets.values()
    rows = []
    for ticket in candidates:
        if numbers and ticket["ticketNumber"] not in numbers:
            continue
        if orders and ticket["orderNumber"] not in orders:
            continue
        order = store.orders[ticket["orderNumber"]]
        if statuses and order["status"] not in statuses:
            continue
        if definitions and ticket["ticketDefinitionId"] not in definitions:
            continue
        if phrase:
            haystack = (
                f"{order['firstName']} {order['lastName']} {ticket['firstName']} "
                f"{ticket['lastName']} {ticket['ticketNumber']}"
            ).lower()
            if phrase not in haystack:
                continue
        if not state_test(store, ticket):
            continue
        rows.append(ticket)
    return _sorted(store, rows, req.q("sort"))


def _facets(store: Store, rows: list[dict[str, Any]], names: list[str]) -> dict[str, Any]:
    facets: dict[str, Any] = {}
    for name in names:
        if name == "checkedIn":
            counts = {"true": sum(1 for t in rows if t["checkIn"]), "false": 0}
        elif name == "archived":
            counts = {"true": sum(1 for t in rows if t["archived"]), "false": 0}
        elif name == "free":
            counts = {"true": sum(1 for t in rows if t["free"]), "false": 0}
        else:
            continue
        counts["false"] = len(rows) - counts["true"]
        facets[name] = {"counts": counts}
    return facets


def _list(req: Request) -> dict[str, Any]:
    store = req.store
    fieldsets = set(req.qlist("fieldset"))
    unknown = fieldsets - set(FIELDSETS)
    if unknown:
        raise invalid("fieldset", f"Unknown fieldset {sorted(unknown)[0]!r}")
    key = (
        "tickets",
        tuple(
            sorted(
                (k, tuple(v))
                for k, v in req.query.items()
                if k not in ("offset", "limit", "fieldset")
            )
        ),
    )
    # Paging a big list re-filters nothing: the filtered, sorted rows are cached per state.
    rows = store.cached(key, lambda: _matching(store, req))
    page, offset, limit = legacy_page(rows, req.query, MAX_LIMIT)
    return {
        "total": len(rows),
        "offset": offset,
        "limit": limit,
        "tickets": [render_ticket(store, t, fieldsets) for t in page],
        "facets": _facets(store, rows, req.qlist("facet")),
    }


def find_ticket(store: Store, number: str, event_id: str | None) -> dict[str, Any]:
    ticket = store.tickets.get(number)
    if ticket is None or (event_id and ticket["eventId"] != event_id):
        raise guessed_error(
            "TICKET_NOT_FOUND", f"Ticket {number} not found", {"ticketNumbers": [number]}
        )
    return ticket


def _get(req: Request) -> dict[str, Any]:
    ticket = find_ticket(req.store, req.params["ticketNumber"], req.q("eventId"))
    return {"ticket": render_ticket(req.store, ticket, set(req.qlist("fieldset")))}


def _batch(store: Store, event_id: Any, numbers: Any, field: str) -> list[dict[str, Any]]:
    if not isinstance(event_id, str) or not event_id:
        raise required("eventId")
    get_event(store, event_id)
    if isinstance(numbers, str):
        numbers = [numbers]
    if not isinstance(numbers, list) or not 1 <= len(numbers) <= 100:
        raise invalid(field, f"{field} must hold 1 to 100 ticket numbers", rule="OUT_OF_RANGE")
    for number in numbers:
        if not isinstance(number, str) or not 1 <= len(number) <= 36:
            raise invalid(field, "each ticket number must be 1 to 36 characters")
    missing = [
        n for n in numbers if n not in store.tickets or store.tickets[n]["eventId"] != event_id
    ]
    if missing:
        raise guessed_error(
            "TICKET_NOT_FOUND",
            f"{len(missing)} ticket(s) not found for event {event_id}",
            {"ticketNumbers": missing, "eventId": event_id},
        )
    unique = list(dict.fromkeys(numbers))  # first occurrence of each, in order
    return [store.tickets[n] for n in unique]


_FULL = frozenset({"TICKET_DETAILS", "GUEST_DETAILS"})


def _check_in(req: Request) -> dict[str, Any]:
    store = req.store
    body = req.json()
    tickets = _batch(store, body.get("eventId"), body.get("ticketNumber"), "ticketNumber")
    refused = [
        t["ticketNumber"]
        for t in tickets
        if t["archived"] or store.orders[t["orderNumber"]]["status"] in ticketing.CANCELED_STATUSES
    ]
    if refused:
        raise guessed_error(
            "TICKET_NOT_CHECKABLE",
            "Archived tickets and tickets of canceled orders cannot be checked in",
            {"ticketNumbers": refused},
        )
    for ticket in tickets:
        ticketing.set_checked_in(store, ticket, True)  # a repeat: see behaviour.py
    return {"tickets": [render_ticket(store, t, _FULL) for t in tickets]}


def _delete_check_in(req: Request) -> dict[str, Any]:
    store = req.store
    body = req.json()
    event_id = req.q("eventId") or body.get("eventId")
    numbers = req.qlist("ticketNumber") or body.get("ticketNumber")
    tickets = _batch(store, event_id, numbers, "ticketNumber")
    for ticket in tickets:
        ticketing.set_checked_in(store, ticket, False)
    return {"tickets": [render_ticket(store, t, _FULL) for t in tickets]}


def _mask(body: dict[str, Any]) -> set[str]:
    fields = body.get("fields")
    if isinstance(fields, str):
        return {f.strip() for f in fields.split(",") if f.strip()}
    if isinstance(fields, dict):
        return set(fields.get("paths") or [])
    if isinstance(fields, list):
        return {str(f) for f in fields}
    return set()


def _apply_update(store: Store, ticket: dict[str, Any], body: dict[str, Any]) -> None:
    mask = _mask(body) or {k for k in ("archived", "guestDetails") if k in body}
    if "archived" in mask:
        ticket["archived"] = bool(body.get("archived"))
    if "guestDetails" in mask or "guestDetails.form" in mask:
        form = obj(obj(body.get("guestDetails"), "guestDetails").get("form"), "guestDetails.form")
        values = form.get("inputValues") or []
        if not isinstance(values, list):
            raise invalid("guestDetails.form.inputValues", "inputValues must be a list")
        ticket["form"] = [dict(v) for v in values if isinstance(v, dict)]
        for value in ticket["form"]:
            name, text_value = value.get("inputName"), value.get("value")
            if (
                name in ("firstName", "lastName", "email")
                and isinstance(text_value, str)
                and text_value
            ):
                ticket[name] = text_value
    store.touch()


def _update(req: Request) -> dict[str, Any]:
    body = req.json()
    ticket = find_ticket(req.store, req.params["ticketNumber"], body.get("eventId"))
    _apply_update(req.store, ticket, body)
    return {"ticket": render_ticket(req.store, ticket, _FULL)}


def _bulk_update(req: Request) -> dict[str, Any]:
    body = req.json()
    tickets = _batch(req.store, body.get("eventId"), body.get("ticketNumber"), "ticketNumber")
    for ticket in tickets:
        _apply_update(req.store, ticket, {**body, "fields": body.get("fields") or "archived"})
    return {"tickets": [render_ticket(req.store, t, _FULL) for t in tickets]}


def register(router: Router) -> None:
    base = "/events/v1/tickets"
    router.add("GET", base, _list)
    router.add("PATCH", base, _bulk_update)
    router.add("POST", f"{base}/check-in", _check_in)
    router.add("DELETE", f"{base}/check-in", _delete_check_in)
    router.add("GET", f"{base}/{{ticketNumber}}", _get)
    router.add("PATCH", f"{base}/{{ticketNumber}}", _update)
