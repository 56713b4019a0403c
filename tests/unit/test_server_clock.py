"""Wix's clock from what replies prove, and the ownership rules built on it (no tolerance)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from checkin_app.sync.ownership import CallTiming, judge_reply
from checkin_app.sync.push_log import LostSend, OwnSends
from checkin_app.sync.server_clock import MAX_DRIFT, ServerClock

T0 = 1_800_000_000.0  # a local wall-clock moment (epoch s)
OFFSET = 12.345  # the server clock runs this far ahead of the laptop in these tests


class Clocks:
    """A wall clock and a monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.wall = T0
        self.mono = 100.0

    def tick(self, seconds: float) -> None:
        self.wall += seconds
        self.mono += seconds


def stamp(server_epoch: float) -> datetime:
    """A Wix stamp: whole milliseconds, truncated."""
    return datetime.fromtimestamp(int(server_epoch * 1000) / 1000, UTC)


def iso(server_epoch: float) -> str:
    return stamp(server_epoch).isoformat().replace("+00:00", "Z")


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def clock(clocks: Clocks) -> ServerClock:
    return ServerClock(wall=lambda: clocks.wall, monotonic=lambda: clocks.mono)


def test_the_date_header_alone_bounds_the_offset_to_a_second_and_a_round_trip(clock):
    sent, arrived = T0, T0 + 0.040
    date = int(sent + OFFSET + 0.020)  # the reply was written mid-trip; Date is truncated
    clock.date_header((date - arrived, date + 1 - sent))
    low, high = clock.bound
    assert low <= OFFSET <= high and 0.9 < high - low <= 1.04


def test_fresh_stamps_narrow_it_to_the_round_trip(clock):
    read_sent, sent, arrived = T0, T0 + 0.030, T0 + 0.050
    made = sent + OFFSET + 0.010  # our check-in, stamped on arrival at Wix
    clock.stamp_seen(stamp(made), arrived)  # it existed when the reply came back
    clock.stamp_made_after(stamp(made), read_sent)  # the ticket was free at the read
    low, high = clock.bound
    assert low <= OFFSET <= high
    assert high - low <= (arrived - read_sent) + 0.001


def test_evidence_that_contradicts_the_bound_replaces_it(clock, caplog):
    clock.observe(OFFSET - 0.01, OFFSET + 0.01)
    clock.observe(OFFSET + 5.0, OFFSET + 5.02)  # the server clock was reset by five seconds
    low, high = clock.bound
    assert low == pytest.approx(OFFSET + 5.0) and high == pytest.approx(OFFSET + 5.02)
    assert "relearning" in caplog.text


def test_a_step_of_the_laptop_clock_forgets_what_was_learned(clock, clocks):
    clock.observe(OFFSET - 0.01, OFFSET + 0.01)
    clocks.wall += 3.0  # NTP stepped the wall clock; the monotonic clock did not move
    assert clock.bound == (None, None) and clock.width is None


def test_bounds_widen_with_age_at_the_largest_drift(clock, clocks):
    clock.observe(OFFSET - 0.01, OFFSET + 0.01)
    clocks.tick(1000.0)
    low, high = clock.bound
    assert low == pytest.approx(OFFSET - 0.01 - 1000 * MAX_DRIFT)
    assert high == pytest.approx(OFFSET + 0.01 + 1000 * MAX_DRIFT)


def test_a_stamp_before_this_call_could_arrive_is_another_devices(clock):
    clock.observe(OFFSET - 0.005, OFFSET + 0.005)
    sent, replied = T0, T0 + 0.04
    none = OwnSends(frozenset(), ())
    timing = CallTiming(sent, replied)
    rival = iso(sent + OFFSET - 0.050)  # arrived 50 ms before this call left
    mine = iso(sent + OFFSET + 0.012)
    assert not judge_reply(rival, none, timing, clock).own
    verdict = judge_reply(mine, none, timing, clock)
    assert verdict.own and verdict.window_s == pytest.approx(0.04 + 0.010)
    # One just inside the proven bound cannot be told apart: taken as this station's own.
    assert judge_reply(iso(sent + OFFSET - 0.004), none, timing, clock).own


def test_nothing_known_about_the_clock_never_makes_a_conflict(clock):
    none = OwnSends(frozenset(), ())
    verdict = judge_reply(iso(T0 - 3600), none, CallTiming(T0, T0 + 0.05), clock)
    assert verdict.own and verdict.window_s is None


def test_own_earlier_sends_account_for_their_stamps(clock):
    clock.observe(OFFSET - 0.005, OFFSET + 0.005)
    earlier = T0 - 60
    own_reply = stamp(earlier + OFFSET + 0.01)
    lost = LostSend(earlier + 30, earlier + 30.2, OFFSET - 0.5, OFFSET + 0.5)  # reply lost
    sends = OwnSends(frozenset({own_reply}), (lost,))
    timing = CallTiming(T0, T0 + 0.05)
    assert judge_reply(iso(earlier + OFFSET + 0.01), sends, timing, clock).own
    landed = judge_reply(iso(earlier + 30 + OFFSET + 0.1), sends, timing, clock)
    assert landed.own  # the lost send landed: a resend is never a conflict
    assert landed.window_s == pytest.approx(0.2 + 1.0 + 0.001)  # the lost send's width
    # A stamp between those sends is nobody's of this station.
    assert not sends.explain(iso(earlier + 15 + OFFSET), clock)


def test_a_lost_send_with_no_known_clock_uses_what_is_known_now(clock):
    lost = LostSend(T0 - 10, T0 - 9.9, None, None)
    sends = OwnSends(frozenset(), (lost,))
    assert sends.explain(iso(T0 + OFFSET), clock)  # cannot be placed yet: not a conflict
    clock.observe(OFFSET - 0.005, OFFSET + 0.005)
    assert sends.explain(iso(T0 - 9.95 + OFFSET), clock)
    assert not sends.explain(iso(T0 + OFFSET), clock)
