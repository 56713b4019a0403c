"""Which event a station means when none was named."""

from __future__ import annotations

from datetime import UTC, datetime

from checkin_app.domain.event_choice import current_event
from checkin_app.domain.models import Event

NOW = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)


def ev(eid: str, start: str | None, end: str | None = None, status: str = "UPCOMING") -> Event:
    return Event(id=eid, title=eid, status=status, start_date=start, end_date=end)


def test_the_running_event_wins_over_the_next_one() -> None:
    events = [
        ev("next", "2026-11-29T19:00:00Z"),
        ev("now", "2026-11-28T19:00:00Z", "2026-11-28T23:00:00Z", "STARTED"),
        ev("done", "2026-11-20T19:00:00Z", "2026-11-20T23:00:00Z", "ENDED"),
    ]
    assert current_event(events, NOW).id == "now"


def test_otherwise_the_next_to_start() -> None:
    events = [ev("later", "2026-12-24T19:00:00Z"), ev("soon", "2026-11-29T19:00:00Z")]
    assert current_event(events, NOW).id == "soon"


def test_drafts_and_canceled_events_only_as_a_last_resort() -> None:
    events = [
        ev("draft", "2026-11-28T21:00:00Z", status="DRAFT"),
        ev("canceled", "2026-11-28T19:30:00Z", status="CANCELED"),
        ev("real", "2026-12-05T19:00:00Z"),
    ]
    assert current_event(events, NOW).id == "real"
    only_past = [
        ev("old", "2026-10-01T19:00:00Z", "2026-10-01T23:00:00Z", "ENDED"),
        ev("recent", "2026-11-20T19:00:00Z", "2026-11-20T23:00:00Z", "ENDED"),
    ]
    assert current_event(only_past, NOW).id == "recent"


def test_no_events_and_no_dates() -> None:
    assert current_event([], NOW) is None
    assert current_event([ev("a", None), ev("b", None)], NOW).id == "a"
