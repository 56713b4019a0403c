"""What an event's pull does each pass (checkin_app/sync/schedule.py): pure decisions."""

from __future__ import annotations

import pytest

from checkin_app.storage.pacing import EventSchedule
from checkin_app.sync.schedule import (
    COUNT_CHECK_S,
    DELTA_IDLE_S,
    EVENT_REFRESH_S,
    judge_count,
    plan_pull,
)

NOW = 10_000.0


def plan(schedule: EventSchedule | None = None, **options: object):
    values: dict[str, object] = {
        "routine": True, "busy": False, "full": None, "list_complete": True,
        "download_active": False, "watermark_lost": False,
    }  # fmt: skip
    values.update(options)
    return plan_pull(schedule or EventSchedule("e"), NOW, **values)  # type: ignore[arg-type]


def just_done(seconds_ago: float) -> EventSchedule:
    at = NOW - seconds_ago
    return EventSchedule("e", event_refreshed_at=at, delta_at=at, counted_at=at)


def test_a_first_pull_downloads_the_list_and_nothing_else_of_the_tickets() -> None:
    p = plan(list_complete=False)
    assert p.download == "first" and not p.delta and not p.count


def test_a_download_under_way_continues_whatever_else_is_due() -> None:
    assert plan(just_done(1), download_active=True).download == "continue"
    assert plan(just_done(1), download_active=True, full=True).download == "continue"
    assert plan(download_active=True, full=False).download is None


def test_full_downloads_only_when_needed() -> None:
    assert plan(just_done(1)).download is None  # a complete list: none
    assert plan(just_done(1), full=True).download == "verify"  # asked for
    assert plan(just_done(1), watermark_lost=True).download == "watermark"


@pytest.mark.parametrize(
    ("ago", "refresh", "delta", "count"),
    [
        (1.0, False, False, False),
        (DELTA_IDLE_S, False, True, False),
        (COUNT_CHECK_S, False, True, True),
        (EVENT_REFRESH_S, True, True, True),
    ],
)
def test_a_quiet_door_pulls_each_part_at_its_interval(ago, refresh, delta, count) -> None:
    p = plan(just_done(ago))
    assert (p.refresh_event, p.delta, p.count) == (refresh, delta, count)


def test_a_busy_door_pulls_changes_every_pass() -> None:
    assert plan(just_done(1), busy=True).delta


def test_a_pass_the_user_asked_for_does_everything_now() -> None:
    p = plan(just_done(1), routine=False)
    assert p.refresh_event and p.delta and p.count and p.download is None


def test_the_idle_cost_stays_under_four_requests_a_minute() -> None:
    per_minute = 60 / DELTA_IDLE_S + 60 / COUNT_CHECK_S + 2 * 60 / EVENT_REFRESH_S
    assert per_minute < 4


def test_fewer_tickets_on_wix_means_verify_now() -> None:
    assert judge_count(wix_total=99, cached=100, more_on_wix_before=0) == (True, 0)


def test_more_tickets_on_wix_twice_in_a_row_means_verify() -> None:
    assert judge_count(101, 100, 0) == (False, 1)  # the delta may not have brought it yet
    assert judge_count(101, 100, 1) == (True, 0)
    assert judge_count(100, 100, 1) == (False, 0)  # it did: all agree again
