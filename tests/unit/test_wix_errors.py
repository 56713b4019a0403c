"""Wix's error envelope → typed exceptions; Retry-After parsing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from checkin_app.wix.errors import (
    WixAuthError,
    WixError,
    WixNotFoundError,
    WixPermanentError,
    WixPermissionError,
    WixTransientError,
    build_http_error,
    parse_envelope,
    parse_retry_after,
)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, WixPermanentError),
        (401, WixAuthError),
        (403, WixPermissionError),
        (404, WixNotFoundError),
        (408, WixTransientError),
        (409, WixPermanentError),
        (428, WixPermanentError),  # a precondition of this request, not of the site
        (429, WixTransientError),
        (500, WixTransientError),
        (502, WixTransientError),
        (503, WixTransientError),
    ],
)
def test_status_picks_the_class(status, cls):
    error = build_http_error(status, None)
    assert type(error) is cls
    assert error.status == status
    assert isinstance(error, WixError)


def test_only_the_missing_events_app_makes_a_428_site_wide():
    def envelope(code: str) -> dict:
        return {
            "message": "precondition",
            "details": {"applicationError": {"code": code, "description": "why"}},
        }

    missing_app = build_http_error(428, envelope("WIX_EVENTS_APP_NOT_INSTALLED"))
    assert type(missing_app) is WixPermissionError
    one_item = build_http_error(428, envelope("CHECK_IN_NOT_ALLOWED"))
    assert type(one_item) is WixPermanentError
    assert one_item.code == "CHECK_IN_NOT_ALLOWED" and one_item.description == "why"


def test_not_found_is_permanent():
    assert issubclass(WixNotFoundError, WixPermanentError)


def test_application_error_is_parsed():
    body = {
        "message": "Event not found",
        "details": {
            "applicationError": {
                "code": "EVENT_NOT_FOUND",
                "description": "No event with that id",
                "data": {"eventId": "e1"},
            }
        },
    }
    error = build_http_error(404, body, method="GET", path="/events/v3/events/e1")
    assert error.code == "EVENT_NOT_FOUND"
    assert error.message == "Event not found"
    assert error.description == "No event with that id"
    assert error.data == {"eventId": "e1"}
    assert "EVENT_NOT_FOUND" in str(error) and "/events/v3/events/e1" in str(error)


def test_field_violations_become_field_description_pairs():
    body = {
        "message": "INVALID_ARGUMENT",
        "details": {
            "validationError": {
                "fieldViolations": [
                    {"field": "event.title", "description": "must not be empty"},
                    {"field": "event.location.type", "ruleName": "REQUIRED_FIELD"},
                    "garbage",
                ]
            }
        },
    }
    error = build_http_error(400, body)
    assert isinstance(error, WixPermanentError)
    assert error.code == "INVALID_ARGUMENT"
    assert error.field_violations == [
        ("event.title", "must not be empty"),
        ("event.location.type", "REQUIRED_FIELD"),
    ]
    assert error.violation_for("title") == "must not be empty"
    assert error.violation_for("event.title") == "must not be empty"
    assert error.violation_for("slug") is None
    assert "must not be empty" in str(error)


@pytest.mark.parametrize("body", [None, "text", [1, 2], {"details": "x"}, {"message": 5}])
def test_odd_envelopes_do_not_crash(body):
    _message, _code, _description, data, violations = parse_envelope(body)
    assert violations == [] and data == {}
    error = build_http_error(500, body)
    assert isinstance(error, WixTransientError)
    assert error.message  # a default text when Wix gave none


def test_default_codes_when_wix_sends_no_code():
    assert build_http_error(401, {}).code == "UNAUTHENTICATED"
    assert build_http_error(403, {}).code == "PERMISSION_DENIED"
    assert build_http_error(429, {}).code == "RESOURCE_EXHAUSTED"


def test_repr_is_short_and_typed():
    error = build_http_error(403, {"message": "no"})
    assert repr(error) == "WixPermissionError(status=403, code='PERMISSION_DENIED', 'no')"


NOW = datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("3", 3.0),
        (" 1.5 ", 1.5),
        ("-4", 0.0),
        ("99999999", 3600.0),
        ("Fri, 01 May 2026 12:00:30 GMT", 30.0),
        ("Fri, 01 May 2026 11:00:00 GMT", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
    ],
)
def test_retry_after(header, seconds):
    assert parse_retry_after(header, NOW) == seconds
