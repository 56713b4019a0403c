"""Event Guests (`/events/v2/guests/query`, alias `/events-guests/v2`): the check-in delta view.

One TICKET_HOLDER row per ticket and one BUYER row per order; a row's `updatedDate`
moves on check-in, undo and order status changes, so `updatedDate $gt` polls see them.
"""

from __future__ import annotations

import json
from typing import Any

from checkin_app.emulator import ticketing
from checkin_app.emulator.api.common import requested_fields
from checkin_app.emulator.paging import run_query
from checkin_app.emulator.routing import Request, Router
from checkin_app.emulator.store import Store
from checkin_app.emulator.wql import compile_filter, sort_items


def render_guest(row: dict[str, Any], fields: set[str]) -> dict[str, Any]:
    # A shallow copy is enough: replies are serialised under the store lock (app._dispatch).
    out = dict(row)
    if "GUEST_DETAILS" not in fields:
        out.pop("guestDetails", None)
    if "GUEST_TOTAL" not in fields:
        out.pop("totalGuests", None)
    return out


def _rows(store: Store, flt: Any, spec: list[tuple[str, bool]]) -> list[dict[str, Any]]:
    event_id = flt.get("eventId") if isinstance(flt, dict) else None
    ticketing.ensure_guests(store, event_id if isinstance(event_id, str) else None)

    def build() -> list[dict[str, Any]]:
        predicate = compile_filter(flt)
        if isinstance(event_id, str):
            candidates = [store.guests[g] for g in store.event_guests.get(event_id, [])]
        else:
            candidates = list(store.guests.values())
        rows = [row for row in candidates if predicate(row)]
        return sort_items(rows, spec or [("createdDate", False)])

    key = ("guests", json.dumps(flt, sort_keys=True, default=str), tuple(spec))
    return store.cached(key, build)


def _query(req: Request) -> dict[str, Any]:
    body = req.json()
    fields = requested_fields(req, body)
    page, metadata = run_query(
        body.get("query"),
        lambda flt, spec: _rows(req.store, flt, spec),
        default_limit=100,
        max_limit=1000,
        cursor_max_limit=1000,
    )
    return {"guests": [render_guest(row, fields) for row in page], "pagingMetadata": metadata}


def register(router: Router) -> None:
    router.add("POST", "/events/v2/guests/query", _query)
