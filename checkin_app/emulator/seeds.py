"""Deterministic seed data: the `demo` site, or one event with N synthetic tickets."""

from __future__ import annotations

import gc
from datetime import timedelta
from typing import Any

from checkin_app.emulator import ticketing
from checkin_app.emulator.api.event_builder import create_events
from checkin_app.emulator.api.ticket_definitions import create_definition
from checkin_app.emulator.clock import iso
from checkin_app.emulator.names import EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, email_for
from checkin_app.emulator.store import Store


def apply(store: Store, seed: str | int | None) -> None:
    """Fill an empty store: "demo", an integer N (or its digits), or None/"empty"."""
    if seed is None or seed in ("", "none", "empty"):
        return
    if isinstance(seed, int) or (isinstance(seed, str) and seed.isdigit()):
        builder: Any = lambda: seed_synthetic(store, int(seed))  # noqa: E731
    elif seed == "demo":
        builder = lambda: seed_demo(store)  # noqa: E731
    else:
        raise ValueError(f"unknown seed {seed!r}: use 'demo', a number of tickets, or 'empty'")
    # Hundreds of thousands of small dicts: the cyclic GC would rescan them over and over.
    enabled = gc.isenabled()
    gc.disable()
    try:
        with store.lock:
            # One moment for the whole seed: a stamp per order would run the emulator's
            # stamps seconds ahead of its clock (ticketing.stamp).
            store.begin_request()
            try:
                builder()
            finally:
                store.end_request()
    finally:
        if enabled:
            gc.enable()


def _event(
    store: Store, title: str, start_in: timedelta, hours: int, **extra: Any
) -> dict[str, Any]:
    now = store.clock.now().replace(minute=0, second=0, microsecond=0)
    start = now + start_in
    raw = {
        "title": title,
        "shortDescription": extra.pop("short", ""),
        "location": {
            "type": "VENUE",
            "name": extra.pop("venue", "Grand Hall"),
            "address": {
                "country": "US",
                "subdivision": "US-NY",
                "city": "New York",
                "postalCode": "10001",
                "streetAddress": {"number": "429", "name": "11th Ave"},
            },
        },
        "dateAndTimeSettings": {
            "startDate": iso(start),
            "endDate": iso(start + timedelta(hours=hours)),
            "timeZoneId": "America/New_York",
        },
        "registration": {
            "initialType": "TICKETING",
            "tickets": {
                "currency": extra.pop("currency", "USD"),
                "ticketLimitPerOrder": 20,
                "reservationDurationInMinutes": 20,
            },
        },
        "agendaSettings": {"enabled": False},
    }
    return create_events(store, raw, draft=False)[0]


def _definition(
    store: Store, event: dict[str, Any], name: str, price: str, limit: int | None
) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "eventId": event["id"],
        "name": name,
        "feeType": "FEE_ADDED_AT_CHECKOUT",
        "pricingMethod": {"fixedPrice": {"value": price, "currency": "USD"}},
    }
    if limit is not None:
        raw["initialLimit"] = limit
    return create_definition(store, raw)


def _person(store: Store, used: dict[str, int]) -> dict[str, str]:
    rng = store.rng
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    domain = rng.choice(EMAIL_DOMAINS)
    base = email_for(first, last, domain)
    used[base] = used.get(base, 0) + 1
    email = base if used[base] == 1 else email_for(first, last, domain, used[base])
    return {"firstName": first, "lastName": last, "email": email}


def _sell(
    store: Store,
    event: dict[str, Any],
    definitions: list[tuple[dict[str, Any], int]],
    tickets: int,
    used: dict[str, int],
    *,
    days_back: int = 30,
) -> list[dict[str, Any]]:
    """Orders of 1–4 tickets until `tickets` are sold; weights pick the ticket type."""
    rng = store.rng
    now = store.clock.now()
    population = [d for d, _ in definitions]
    weights = [w for _, w in definitions]
    orders = []
    sold = 0
    while sold < tickets:
        definition = rng.choices(population, weights)[0]
        quantity = min(rng.choice((1, 1, 2, 2, 2, 3, 4)), tickets - sold)
        buyer = _person(store, used)
        guests = [buyer] + [_person(store, used) for _ in range(quantity - 1)]
        status = "FREE" if ticketing.definition_price(definition)[0] == 0 else "PAID"
        created = iso(now - timedelta(minutes=rng.randint(60, days_back * 24 * 60)))
        method = None if status == "FREE" else rng.choice(("creditCard", "creditCard", "payPal"))
        orders.append(
            ticketing.issue_order(
                store,
                event,
                [(definition, quantity)],
                buyer=buyer,
                status=status,
                method=method,
                guests=guests,
                created=created,
            )
        )
        sold += quantity
    return orders


def seed_demo(store: Store) -> None:
    """A published ticketed "Summer Gala" with three ticket types and ~300 tickets (some
    checked in, one canceled order, one archived ticket, OFFLINE_PENDING and INITIATED
    orders), plus a second, smaller event."""
    rng = store.rng
    used: dict[str, int] = {}
    gala = _event(
        store,
        "Summer Gala",
        timedelta(hours=2),
        5,
        short="An evening of music, food and friends",
        venue="Grand Hall",
    )
    general = _definition(store, gala, "General Admission", "25.00", 400)
    vip = _definition(store, gala, "VIP", "80.00", 60)
    student = _definition(store, gala, "Student (free)", "0", 100)
    orders = _sell(store, gala, [(general, 70), (vip, 15), (student, 15)], 300, used)
    # A few door situations the app must handle.
    canceled, archived_order = orders[3], orders[5]
    ticketing.set_order_status(store, canceled, "CANCELED")
    store.tickets[archived_order["tickets"][0]]["archived"] = True
    ticketing.issue_order(
        store,
        gala,
        [(general, 2)],
        buyer=_person(store, used),
        status="OFFLINE_PENDING",
        method="inPerson",
    )
    ticketing.issue_order(
        store, gala, [(vip, 1)], buyer=_person(store, used), status="INITIATED", method=None
    )
    for order in orders[10:]:
        for number in order["tickets"]:
            if rng.random() < 0.2:
                ticket = store.tickets[number]
                ticketing.set_checked_in(store, ticket, True)
                # Guests who came in earlier this evening, not at seed time: a client
                # checking one in again must see an old check-in, whatever the clock skew.
                earlier = iso(store.clock.now() - timedelta(minutes=rng.randint(5, 90)))
                ticket["checkIn"] = {"created": earlier}
    now = store.now()
    policy_id = store.new_id()
    store.policies[policy_id] = {
        "id": policy_id,
        "revision": "1",
        "createdDate": now,
        "updatedDate": now,
        "name": "Refund policy",
        "body": "<p>Refunds up to 7 days before.</p>",
        "eventId": gala["id"],
        "_order": 0,
    }
    jazz = _event(
        store, "Autumn Jazz Night", timedelta(days=30), 3, short="Live jazz", venue="Blue Room"
    )
    standard = _definition(store, jazz, "Standard", "35.00", 150)
    table = _definition(store, jazz, "Table for two", "120.00", 20)
    _sell(store, jazz, [(standard, 85), (table, 15)], 40, used, days_back=10)
    store.touch()


def seed_synthetic(store: Store, count: int) -> None:
    """One published event with `count` tickets (orders of 1–4), for load tests."""
    used: dict[str, int] = {}
    event = _event(store, f"Load Test ({count} tickets)", timedelta(hours=2), 6)
    general = _definition(store, event, "General", "10.00", None)
    reduced = _definition(store, event, "Reduced", "5.00", None)
    _sell(store, event, [(general, 80), (reduced, 20)], count, used)
    store.touch()
