"""Which event a station means when none was named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from checkin_app.domain.event_choice import EventChoiceError, EventList, choose_event, current_event
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


# -- choose_event: the one rule for the door, the CLI, the stats and the exports -------------
def test_the_event_asked_for_must_be_cached() -> None:
    cached = EventList([ev("a", None), ev("b", None)])
    assert choose_event(cached, NOW, wanted="b").id == "b"
    with pytest.raises(EventChoiceError, match="not in the local cache"):
        choose_event(cached, NOW, wanted="gone")


def test_no_events_cached_says_sync_first() -> None:
    with pytest.raises(EventChoiceError, match="No events are cached"):
        choose_event(EventList([]), NOW)


def test_a_code_naming_a_cached_event_picks_it() -> None:
    cached = EventList([ev("now", "2026-11-28T19:00:00Z"), ev("other", "2026-12-01T19:00:00Z")])
    assert choose_event(cached, NOW, named="other").id == "other"
    assert choose_event(cached, NOW, named="unknown").id == "now"  # not cached: by date


def test_a_bare_number_held_by_one_event_picks_that_event() -> None:
    cached = EventList([ev("now", "2026-11-28T19:00:00Z"), ev("other", "2026-12-01T19:00:00Z")])
    assert choose_event(cached, NOW, holders=lambda: {"other"}).id == "other"
    assert choose_event(cached, NOW, holders=lambda: {"now", "other"}).id == "now"
    assert choose_event(cached, NOW, holders=set).id == "now"


def test_the_holders_are_looked_up_only_when_needed() -> None:
    asked: list[bool] = []

    def holders() -> set[str]:
        asked.append(True)
        return set()

    choose_event(EventList([ev("only", None)]), NOW, holders=holders)
    choose_event(EventList([ev("a", None), ev("b", None)]), NOW, wanted="a", holders=holders)
    assert asked == []
