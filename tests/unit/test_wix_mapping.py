"""Wix JSON → domain models, timestamps and query encoding."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from checkin_app.domain.models import OrderStatus
from checkin_app.wix.checkins import check_in_time
from checkin_app.wix.http_core import encode_params, path_segment
from checkin_app.wix.mapping import (
    GuestReading,
    event_from_wix,
    read_guest,
    ticket_definition_from_wix,
    ticket_from_wix,
)
from checkin_app.wix.timestamps import format_wix_time, parse_wix_time

WIX_TICKET = {
    "ticketNumber": "FNVL-NIJT-WP021",
    "orderNumber": "FNVL-NIJT-WP",
    "ticketDefinitionId": "d86ffbbd",
    "name": "Early Bird",
    "price": {"amount": "12.34", "currency": "USD", "value": "12.34"},
    "free": False,
    "checkIn": {"created": "2020-05-29T14:53:43.854Z"},
    "orderStatus": "OFFLINE_PENDING",
    "orderArchived": False,
    "orderFullName": "John Doe",
    "guestDetails": {
        "guestAssigned": False,
        "firstName": "Jane",
        "lastName": "Roe",
        "email": "jane@example.com",
    },
    "archived": True,
    "canceled": False,
}


def test_ticket():
    t = ticket_from_wix(WIX_TICKET, "ev1")
    assert t.ticket_number == "FNVL-NIJT-WP021" and t.event_id == "ev1"
    assert t.order_status is OrderStatus.OFFLINE_PENDING
    assert t.archived and not t.canceled and not t.order_archived
    assert (t.guest_first_name, t.guest_last_name, t.guest_email) == (
        "Jane",
        "Roe",
        "jane@example.com",
    )
    assert t.buyer_name == "John Doe" and t.price == "12.34" and t.currency == "USD"
    assert t.server_checked_in_at == "2020-05-29T14:53:43.854Z"


def test_sparse_ticket_does_not_crash():
    t = ticket_from_wix(
        {
            "ticketNumber": "X1",
            "checkIn": None,
            "orderStatus": "WEIRD",
            "guestDetails": None,
            "price": "free?",
        },
        "ev1",
    )
    assert t.order_status is OrderStatus.NA_ORDER_STATUS
    assert t.server_checked_in_at is None and t.guest_name == "" and t.price is None


def test_event_and_definition():
    e = event_from_wix(
        {
            "id": "ev1",
            "title": "Gala",
            "status": "UPCOMING",
            "slug": "gala",
            "location": {"name": "Hall"},
            "dateAndTimeSettings": {
                "startDate": "2026-09-15T19:00:00.000Z",
                "endDate": "2026-09-15T22:00:00.000Z",
                "timeZoneId": "America/New_York",
            },
            "registration": {"tickets": {"currency": "USD"}},
        }
    )
    assert (e.id, e.title, e.location_name, e.currency, e.time_zone_id) == (
        "ev1",
        "Gala",
        "Hall",
        "USD",
        "America/New_York",
    )
    d = ticket_definition_from_wix(
        {
            "id": "td1",
            "eventId": "ev1",
            "name": "GA",
            "initialLimit": 100,
            "hidden": False,
            "pricingMethod": {"fixedPrice": {"value": "25.00", "currency": "USD"}},
            "saleStatus": "SALE_STARTED",
            "salesDetails": {
                "unsoldCount": 60,
                "soldCount": 38,
                "reservedCount": 2,
                "soldOut": False,
            },
        }
    )
    assert (d.price, d.free, d.sold_count, d.unsold_count, d.initial_limit) == (
        "25.00",
        False,
        38,
        60,
        100,
    )
    free = ticket_definition_from_wix({"pricingMethod": {"fixedPrice": {"value": "0"}}})
    assert free.free and free.initial_limit is None


def _holder(details: object, **extra: object) -> dict:
    return {"ticketNumber": "T1", "guestType": "TICKET_HOLDER", "guestDetails": details, **extra}


def test_a_ticket_holder_row_tells_its_ticket_state_when_it_is_unambiguous():
    at = "2026-06-01T19:00:00.000Z"
    live = read_guest(_holder({"checkedIn": True, "checkInDetails": [{"checkInDate": at}]}))
    assert live == GuestReading(("T1",), "T1", known=True, checked_in_at=at)
    out = read_guest(_holder({"checkedIn": False, "checkInDetails": []}))
    assert out == GuestReading(("T1",), "T1", known=True, checked_in_at=None)
    canceled = {"checkInDate": at, "checkInCanceledDate": "2026-06-01T19:01:00.000Z"}
    undone = read_guest(_holder({"checkedIn": False, "checkInDetails": [canceled]}))
    assert undone.known and undone.checked_in_at is None


def test_anything_wix_does_not_document_is_left_for_a_ticket_lookup():
    at, later = "2026-06-01T19:00:00.000Z", "2026-06-01T19:05:00.000Z"
    two = [{"checkedIn": True, "checkInDate": at}, {"checkedIn": True, "checkInDate": later}]
    unknown = [
        _holder({"checkedIn": True, "checkInDetails": two}),  # a history? per-guest only
        _holder({"checkedIn": True, "checkInDetails": []}),  # checked in, but when?
        _holder({"checkedIn": False, "checkInDetails": [{"checkInDate": at}]}),  # contradicts
        _holder(None),  # no GUEST_DETAILS
        _holder({"checkInDetails": []}),  # no checkedIn flag
        {"ticketNumber": "T1", "guestDetails": {"checkedIn": False}},  # no guestType
    ]
    for guest in unknown:
        reading = read_guest(guest)
        assert not reading.known and reading.numbers == ("T1",)
    buyer = read_guest(
        {
            "guestType": "BUYER",
            "orderNumber": "O1",
            "tickets": [{"number": "T1"}, {"number": "T2"}],
            "guestDetails": {"checkedIn": True, "checkInDetails": [{"checkInDate": at}]},
        }
    )
    assert buyer == GuestReading(("T1", "T2"), None, known=False)
    several = read_guest(
        _holder({"checkedIn": False}, tickets=[{"number": "T1"}, {"number": "T9"}])
    )
    assert several.numbers == ("T1", "T9") and not several.known
    assert read_guest({"guestType": "RSVP", "guestDetails": {"checkedIn": True}}).numbers == ()


def test_a_canceled_check_in_is_no_check_in():
    created = "2026-06-01T19:00:00.000Z"
    ticket = {"ticketNumber": "T1", "checkIn": {"created": created}}
    assert ticket_from_wix(ticket, "e").server_checked_in_at == created
    for canceled in (created, "2026-06-01T19:00:00.001Z", "not a date"):
        undone = {
            "ticketNumber": "T1",
            "checkIn": {"created": created, "checkInCanceledDate": canceled},
        }
        assert ticket_from_wix(undone, "e").server_checked_in_at is None
    # A cancel date older than the check-in belongs to an earlier check-in: this one stands.
    again = {"created": created, "checkInCanceledDate": "2026-06-01T18:00:00.000Z"}
    assert check_in_time({"checkIn": again}) == created
    assert check_in_time({"checkIn": None}) is None and check_in_time({}) is None


def test_timestamps_round_trip():
    when = datetime(2026, 5, 1, 10, 0, 0, 123456, tzinfo=UTC)
    assert format_wix_time(when) == "2026-05-01T10:00:00.123Z"
    cest = when.astimezone(timezone(timedelta(hours=2)))
    assert format_wix_time(cest) == "2026-05-01T10:00:00.123Z"
    assert parse_wix_time("2026-05-01T10:00:00.123Z") == datetime(
        2026, 5, 1, 10, 0, 0, 123000, tzinfo=UTC
    )
    assert parse_wix_time("garbage") is None and parse_wix_time(None) is None


def test_query_arrays_are_repeated_keys():
    assert encode_params(
        {
            "eventId": "e1",
            "fieldset": ["TICKET_DETAILS", "GUEST_DETAILS"],
            "limit": 100,
            "sort": None,
            "state": [],
            "includeDraft": True,
        }
    ) == [
        ("eventId", "e1"),
        ("fieldset", "TICKET_DETAILS"),
        ("fieldset", "GUEST_DETAILS"),
        ("limit", "100"),
        ("includeDraft", "true"),
    ]


def test_path_segments_are_encoded_and_never_empty():
    assert path_segment("A/B C") == "A%2FB%20C"
    with pytest.raises(ValueError):
        path_segment(" ")
