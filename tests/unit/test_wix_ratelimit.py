"""The shared token bucket, driven by a fake clock (no sleeping)."""

from __future__ import annotations

import threading
import time

import pytest

from checkin_app.wix.ratelimit import (
    DECREASE,
    DEFAULT_429_PAUSE_S,
    INCREASE_PER_MINUTE,
    MIN_RATE_PER_MINUTE,
    Patience,
    RateLimitWaitTooLong,
    RateState,
    TokenBucket,
)


class FakeTime:
    """A clock whose `sleep` advances it instantly."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)
            self.now += seconds


def bucket(rate=180.0, burst=10):
    t = FakeTime()
    return TokenBucket(rate, burst, clock=t.clock, sleep=t.sleep), t


def test_burst_then_spaced_at_rate():
    b, t = bucket(rate=60.0, burst=3)  # one token per second
    waits = [b.acquire() for _ in range(6)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert waits[3:] == pytest.approx([1.0, 1.0, 1.0])
    assert t.now == pytest.approx(1003.0)


def test_never_more_than_200_in_any_minute_by_default():
    b, t = bucket()
    sent_at = []
    for _ in range(1000):
        b.acquire()
        sent_at.append(t.now)
    # the densest 60-second window
    j = 0
    densest = 0
    for i, start in enumerate(sent_at):
        while sent_at[j] < start - 60.0 + 1e-9:
            j += 1
        densest = max(densest, i - j + 1)
    assert densest <= 190 < 200


def test_refills_while_idle_up_to_burst():
    b, t = bucket(rate=60.0, burst=2)
    b.acquire()
    b.acquire()
    t.now += 100.0
    assert b.wait_time() == 0.0
    b.acquire()
    b.acquire()
    assert b.wait_time() == pytest.approx(1.0)


def test_max_wait_fails_fast_without_taking_a_token():
    b, _ = bucket(rate=60.0, burst=1)
    b.acquire()
    with pytest.raises(RateLimitWaitTooLong) as info:
        b.acquire(max_wait=0.5)
    assert info.value.wait_s == pytest.approx(1.0)
    assert b.acquire(max_wait=1.0) == pytest.approx(1.0)


def test_pause_after_429_holds_everyone():
    b, _ = bucket(rate=600.0, burst=10)
    b.pause(5.0)
    assert b.wait_time() == pytest.approx(5.0)
    assert b.acquire() == pytest.approx(5.0)
    b.pause(0)  # ignored
    # No burst after a pause: the next request waits its turn at the rate (600/min).
    assert b.wait_time() == pytest.approx(0.1)


def test_threads_share_one_budget():
    slept: list[float] = []
    lock = threading.Lock()

    def record(seconds: float) -> None:  # the clock stands still: each wait is a reservation
        with lock:
            slept.append(seconds)

    b = TokenBucket(60.0, 5, clock=lambda: 0.0, sleep=record)
    threads = [threading.Thread(target=b.acquire) for _ in range(20)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    # 5 go at once; the other 15 get distinct slots one second apart
    assert sorted(slept) == pytest.approx([float(i) for i in range(1, 16)])


@pytest.mark.parametrize(("rate", "burst"), [(0, 1), (-1, 1), (10, 0)])
def test_rejects_nonsense(rate, burst):
    with pytest.raises(ValueError):
        TokenBucket(rate, burst)


# -- adaptive rate (AIMD) and patience -----------------------------------------------------


def test_a_429_cuts_the_rate_and_pauses_as_wix_asks():
    b, _ = bucket(rate=180.0, burst=10)
    assert b.on_throttled(7.0) == 7.0
    assert b.current_rate == pytest.approx(180.0 * DECREASE)
    assert b.wait_time() == pytest.approx(7.0)


def test_a_429_without_retry_after_pauses_a_minute():
    b, _ = bucket(rate=180.0, burst=10)
    assert b.on_throttled(None) == DEFAULT_429_PAUSE_S == 60.0
    assert b.wait_time() == pytest.approx(60.0)


def test_429s_that_arrive_during_the_pause_cut_the_rate_once():
    b, t = bucket(rate=180.0, burst=10)
    b.on_throttled(5.0)
    b.on_throttled(5.0)  # another thread's request that was already in flight
    assert b.current_rate == pytest.approx(180.0 * DECREASE)
    t.now += 5.0
    b.on_throttled(5.0)  # a new congestion signal after the pause
    assert b.current_rate == pytest.approx(180.0 * DECREASE**2)


def test_the_rate_never_drops_below_the_floor():
    b, t = bucket(rate=180.0, burst=10)
    for _ in range(50):
        b.on_throttled(1.0)
        t.now += 1.0
    assert b.current_rate == pytest.approx(MIN_RATE_PER_MINUTE)


def test_successes_grow_the_rate_additively_back_to_the_ceiling():
    b, t = bucket(rate=180.0, burst=10)
    b.on_throttled(1.0)
    t.now += 1.0
    start = b.current_rate
    sent = 0
    while b.current_rate < 180.0 and sent < 10_000:
        b.acquire()
        b.on_success()
        sent += 1
    # About INCREASE_PER_MINUTE per minute of sending: 54/min to regain takes ~2 minutes.
    minutes = (t.now - 1001.0) / 60.0
    assert b.current_rate == 180.0
    expected = (180.0 - start) / INCREASE_PER_MINUTE
    assert expected * 0.7 < minutes < expected * 1.3


def test_two_buckets_sharing_a_budget_converge_on_it():
    """Two stations (one clock), a server allowing 100 requests in any 60 s: after a few
    minutes their rates add up to about the budget and 429s become rare."""
    t = FakeTime()
    stations = [TokenBucket(180.0, 10, clock=t.clock, sleep=lambda s: None) for _ in range(2)]
    window: list[float] = []
    throttled = [0, 0]
    late = 0
    for _ in range(20_000):
        now = t.now
        for i, b in enumerate(stations):
            if b.wait_time() > 0:
                continue
            b.acquire()
            window[:] = [w for w in window if w > now - 60.0]
            if len(window) >= 100:
                retry = window[0] + 60.0 - now
                b.on_throttled(max(1.0, retry))
                throttled[i] += 1
                if now > 1000.0 + 600:
                    late += 1
            else:
                window.append(now)
                b.on_success()
        t.now += 0.05
        if t.now > 1000.0 + 900:
            break
    total = sum(b.current_rate for b in stations)
    assert throttled[0] > 0 and throttled[1] > 0
    assert 30.0 < total < 250.0  # near the 100/min budget, not the 360 they started at
    assert late < sum(throttled)  # 429s thin out once they converged


def test_restore_carries_on_from_a_learned_rate_and_pause():
    b, _ = bucket(rate=180.0, burst=10)
    b.restore(RateState(rate_per_minute=42.0, paused_for_s=12.0))
    assert b.current_rate == pytest.approx(42.0)
    assert b.wait_time() == pytest.approx(12.0)
    b.restore(RateState(rate_per_minute=10_000.0, paused_for_s=0.0))
    assert b.current_rate == 180.0  # never above the ceiling


def test_patience_waits_within_its_budget_and_stops_when_cancelled():
    t = FakeTime()
    heard: list[float] = []
    patience = Patience(100.0, max_single_s=60.0, sleep=t.sleep, on_wait=heard.append)
    assert patience.wait(60.0) and patience.wait(30.0)
    assert not patience.wait(61.0)  # one wait longer than allowed
    assert not patience.wait(20.0)  # the budget would be exceeded
    assert patience.waited_s == 90.0 and heard == [60.0, 30.0]
    patience.cancel()
    assert not patience.wait(1.0)


def test_a_cancelled_patience_ends_a_real_wait_at_once():
    patience = Patience(600.0, max_single_s=600.0)
    threading.Timer(0.1, patience.cancel).start()
    started = time.monotonic()
    assert patience.wait(300.0) is False
    assert time.monotonic() - started < 30.0
