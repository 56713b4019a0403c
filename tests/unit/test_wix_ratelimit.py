"""The shared token bucket, driven by a fake clock (no sleeping)."""

from __future__ import annotations

import threading

import pytest

from checkin_app.wix.ratelimit import RateLimitWaitTooLong, TokenBucket


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
