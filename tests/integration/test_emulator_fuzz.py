"""Garbage in, Wix-style 4xx out: random JSON bodies and query strings never give a 500."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin_app.emulator.app import EmulatorApp

APP = EmulatorApp(seed="demo")
EVENT_ID = next(iter(APP.store.events))
DEFINITION_ID = next(iter(APP.store.definitions))
TICKET = next(iter(APP.store.tickets))
ORDER = APP.store.tickets[TICKET]["orderNumber"]
HEADERS = {"authorization": APP.api_key, "wix-site-id": APP.site_id}

ROUTES = [
    ("POST", "/events/v3/events"),
    ("POST", "/events/v3/events/query"),
    ("PATCH", f"/events/v3/events/{EVENT_ID}"),
    ("POST", f"/events/v3/events/{EVENT_ID}/clone"),
    ("POST", "/events/v3/ticket-definitions"),
    ("POST", "/events/v3/ticket-definitions/query"),
    ("PATCH", f"/events/v3/ticket-definitions/{DEFINITION_ID}"),
    ("POST", "/events/v1/ticket-reservations"),
    ("POST", "/events/v1/checkout"),
    ("POST", f"/events/v1/events/{EVENT_ID}/orders/confirm"),
    ("PATCH", f"/events/v1/events/{EVENT_ID}/orders/{ORDER}"),
    ("POST", "/events/v1/tickets/check-in"),
    ("PATCH", f"/events/v1/tickets/{TICKET}"),
    ("PATCH", "/events/v1/tickets"),
    ("POST", "/events/v2/guests/query"),
    ("POST", "/events/v2/policies"),
    ("POST", "/events/v1/schedule/draft"),
    ("POST", "/events/v1/categories"),
    ("POST", "/events/v1/bulk/categories/create"),
    ("POST", "/events/v1/staff-members"),
    ("POST", f"/events/v1/events/{EVENT_ID}/form/control"),
]
GETS = [
    "/events/v1/tickets",
    "/events/v1/orders",
    "/events/v1/orders/summary",
    "/events/v1/schedule",
    f"/events/v3/events/{EVENT_ID}",
    f"/events/v1/tickets/{TICKET}",
]
KEYS = st.sampled_from(
    [
        "event",
        "eventId",
        "query",
        "filter",
        "paging",
        "cursorPaging",
        "limit",
        "offset",
        "cursor",
        "sort",
        "fieldName",
        "order",
        "title",
        "location",
        "type",
        "dateAndTimeSettings",
        "startDate",
        "endDate",
        "timeZoneId",
        "registration",
        "initialType",
        "tickets",
        "ticketDefinition",
        "ticketDefinitionId",
        "quantity",
        "pricingMethod",
        "fixedPrice",
        "value",
        "feeType",
        "revision",
        "ticketReservation",
        "reservationId",
        "buyer",
        "options",
        "ticketNumber",
        "orderNumber",
        "fields",
        "archived",
        "$in",
        "$gt",
        "$and",
        "policy",
        "item",
        "category",
        "categories",
        "staffMember",
        "text",
        "label",
    ]
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from([EVENT_ID, DEFINITION_ID, TICKET, ORDER, "TICKETING", "2099-01-01T00:00:00Z"])
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=20,
)


def _check(method: str, target: str, body: bytes) -> None:
    response = APP.handle(method, target, dict(HEADERS), body)
    assert response is not None
    assert response.status != 500, (method, target, body, response.body)
    if response.status >= 400:
        body_value = response.body
        payload = json.loads(body_value) if isinstance(body_value, bytes) else body_value
        assert set(payload) == {"message", "details"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(route=st.sampled_from(ROUTES), body=JSON)
def test_random_json_bodies_never_crash(route, body):
    method, path = route
    _check(method, path, json.dumps(body).encode())


@settings(max_examples=150, deadline=None)
@given(
    path=st.sampled_from(GETS),
    params=st.lists(
        st.tuples(
            st.sampled_from(
                ["limit", "offset", "eventId", "fieldset", "state", "sort", "searchPhrase", "facet"]
            ),
            st.text(max_size=12),
        ),
        max_size=6,
    ),
)
def test_random_query_strings_never_crash(path, params):
    _check("GET", f"{path}?{urlencode(params)}", b"")


VALID = {
    ("POST", "/events/v3/events"): {
        "event": {
            "title": "Fuzz",
            "location": {"type": "VENUE", "name": "Hall"},
            "dateAndTimeSettings": {
                "startDate": "2099-01-01T10:00:00Z",
                "endDate": "2099-01-01T12:00:00Z",
                "timeZoneId": "UTC",
            },
            "registration": {"initialType": "TICKETING", "tickets": {"currency": "USD"}},
        },
        "draft": True,
    },
    ("POST", "/events/v3/ticket-definitions"): {
        "ticketDefinition": {
            "eventId": EVENT_ID,
            "name": "Fuzz",
            "feeType": "NO_FEE",
            "initialLimit": 5,
            "pricingMethod": {"fixedPrice": {"value": "1.00", "currency": "USD"}},
            "salePeriod": {"startDate": "2020-01-01T00:00:00Z", "endDate": "2099-01-01T00:00:00Z"},
        }
    },
    ("POST", "/events/v1/ticket-reservations"): {
        "ticketReservation": {
            "tickets": [
                {
                    "ticketDefinitionId": DEFINITION_ID,
                    "quantity": 1,
                    "ticketInfo": {"guestPrice": "2"},
                }
            ]
        }
    },
    ("POST", "/events/v1/checkout"): {
        "eventId": EVENT_ID,
        "reservationId": "x",
        "buyer": {"firstName": "A", "lastName": "B", "email": "a@example.com"},
        "guests": [{"form": {"inputValues": [{"inputName": "firstName", "value": "A"}]}}],
        "options": {"payInPerson": True},
    },
    ("POST", "/events/v2/guests/query"): {
        "query": {
            "filter": {"eventId": EVENT_ID, "updatedDate": {"$gt": "2020-01-01T00:00:00Z"}},
            "sort": [{"fieldName": "updatedDate", "order": "ASC"}],
            "cursorPaging": {"limit": 5},
        },
        "fields": ["GUEST_DETAILS"],
    },
    ("POST", "/events/v1/schedule/draft"): {
        "eventId": EVENT_ID,
        "item": {
            "name": "X",
            "timeSlot": {"start": "2099-01-01T10:00:00Z", "end": "2099-01-01T11:00:00Z"},
        },
    },
    ("PATCH", f"/events/v3/events/{EVENT_ID}"): {
        "event": {
            "title": "Y",
            "registration": {
                "tickets": {
                    "ticketLimitPerOrder": 5,
                    "taxSettings": {"type": "ADDED_AT_CHECKOUT", "rate": "10"},
                }
            },
            "seoSettings": {"slug": "fuzz-slug"},
        }
    },
}


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


def _replace(value: object, path: tuple, new: object) -> object:
    if not path:
        return new
    copy = json.loads(json.dumps(value))
    node = copy
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = new
    return copy


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_almost_valid_bodies_never_crash(data):
    route = data.draw(st.sampled_from(sorted(VALID)))
    template = VALID[route]
    path = data.draw(st.sampled_from(_paths(template)))
    body = _replace(template, path, data.draw(JSON))
    _check(*route, json.dumps(body).encode())
