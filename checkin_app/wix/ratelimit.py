"""The client's request rate for one site: an adaptive (AIMD) token bucket, and patience.

Wix limits requests per site (200 a minute today), and the stations of one venue share that
budget without seeing each other. So the bucket does not assume a budget: it starts at its
ceiling and learns from Wix's answers, the way TCP shares a link —

- a 429 is a **multiplicative decrease** (the rate is cut by `DECREASE`) and a pause of what
  Wix asks in `Retry-After`, or a minute when it says nothing (Wix's guidance);
- every success is an **additive increase**: the rate grows by `INCREASE_PER_MINUTE`
  requests/min for each minute of successful sending, up to the ceiling.

Stations that share a site converge on shares of whatever the budget is. `state()` and
`restore()` let the station keep what it learned between processes (`checkin-app sync` is a
new process each time).

`Patience` is how long one sync pass may wait for Wix's budget before it gives up and leaves
the rest to the next pass; the waits are interruptible (closing the app does not hang).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

DEFAULT_RATE_PER_MINUTE = 180.0  # the ceiling: never faster than this, whatever Wix allows
DEFAULT_BURST = 10  # worst case in any 60 s window at the ceiling: burst + rate = 190
MIN_RATE_PER_MINUTE = 6.0  # the floor after repeated 429s: one request every 10 s
DECREASE = 0.7  # multiplicative decrease on a 429
INCREASE_PER_MINUTE = 30.0  # additive increase: requests/min gained per minute of successes
DEFAULT_429_PAUSE_S = 60.0  # Wix: "wait a minute" when a 429 carries no Retry-After


class RateLimitWaitTooLong(Exception):
    """Sending now would mean waiting longer than the caller allows."""

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"the request budget frees up in {wait_s:.1f} s")
        self.wait_s = wait_s


@dataclass(frozen=True, slots=True)
class RateState:
    """What the bucket has learned: the current rate and how long it must still pause."""

    rate_per_minute: float
    paused_for_s: float


class TokenBucket:
    """Tokens refill at `rate / 60` per second up to `burst`; a request takes one.

    `rate_per_minute` is the ceiling; the current rate (`current_rate`) moves between
    `min_rate_per_minute` and it (see the module docstring). Callers reserve a slot under
    the lock and sleep outside it, so concurrent threads are spaced out fairly. `clock` and
    `sleep` are injectable so tests need no real time.
    """

    def __init__(
        self,
        rate_per_minute: float = DEFAULT_RATE_PER_MINUTE,
        burst: int = DEFAULT_BURST,
        *,
        min_rate_per_minute: float = MIN_RATE_PER_MINUTE,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate_per_minute <= 0:
            raise ValueError("rate_per_minute must be > 0")
        if burst < 1:
            raise ValueError("burst must be ≥ 1")
        self.rate_per_minute = float(rate_per_minute)
        self.min_rate_per_minute = min(float(min_rate_per_minute), self.rate_per_minute)
        self.burst = int(burst)
        self.sleep = sleep
        self._rate = self.rate_per_minute
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens = float(burst)
        self._updated = clock()
        self._paused_until = float("-inf")
        self.throttled = 0  # 429s seen

    @property
    def current_rate(self) -> float:
        """The rate this bucket sends at now (requests per minute)."""
        with self._lock:
            return self._rate

    def _refill(self, now: float) -> None:
        # No refill while paused: a pause must not end in a burst.
        start = max(self._updated, self._paused_until)
        elapsed = max(0.0, now - start)
        self._tokens = min(float(self.burst), self._tokens + elapsed * self._rate / 60.0)
        self._updated = max(now, self._updated)

    def _delay(self, now: float) -> float:
        paused = max(0.0, self._paused_until - now)
        deficit = max(0.0, 1.0 - self._tokens) / (self._rate / 60.0)
        return paused + deficit

    def wait_time(self) -> float:
        """Seconds until a request could be sent, without taking a token."""
        with self._lock:
            now = self._clock()
            self._refill(now)
            return self._delay(now)

    def acquire(self, max_wait: float | None = None) -> float:
        """Take one token, sleeping until it is there; return the seconds slept.

        Raises `RateLimitWaitTooLong` (taking nothing) when the wait would exceed `max_wait`.
        """
        with self._lock:
            now = self._clock()
            self._refill(now)
            delay = self._delay(now)
            if max_wait is not None and delay > max_wait:
                raise RateLimitWaitTooLong(delay)
            # The token may go negative: that is this caller's reservation of a future slot.
            self._tokens -= 1.0
        if delay > 0:
            self.sleep(delay)
        return delay

    def pause(self, seconds: float) -> None:
        """Send nothing for `seconds` (without changing the rate)."""
        if seconds <= 0:
            return
        with self._lock:
            now = self._clock()
            self._refill(now)
            self._paused_until = max(self._paused_until, now + seconds)
            # One request may go when the pause ends; the rest at the rate.
            self._tokens = min(self._tokens, 1.0)

    def on_throttled(self, retry_after: float | None) -> float:
        """Wix answered 429: slow down and pause; returns the pause in seconds.

        A 429 that arrives while already paused (another thread's request was in flight)
        does not cut the rate again: one congestion signal, one decrease.
        """
        pause_s = DEFAULT_429_PAUSE_S if retry_after is None else max(0.0, retry_after)
        with self._lock:
            now = self._clock()
            self.throttled += 1
            if now >= self._paused_until:
                self._rate = max(self.min_rate_per_minute, self._rate * DECREASE)
        self.pause(pause_s)
        return pause_s

    def on_success(self) -> None:
        """A request went through: grow the rate by INCREASE_PER_MINUTE per minute of them."""
        with self._lock:
            if self._rate < self.rate_per_minute:
                self._rate = min(
                    self.rate_per_minute, self._rate + INCREASE_PER_MINUTE / self._rate
                )

    def state(self) -> RateState:
        with self._lock:
            now = self._clock()
            return RateState(self._rate, max(0.0, self._paused_until - now))

    def restore(self, state: RateState) -> None:
        """Carry on from what an earlier process learned (clamped to this bucket's range)."""
        with self._lock:
            self._rate = min(
                self.rate_per_minute, max(self.min_rate_per_minute, state.rate_per_minute)
            )
            # Start without a burst: the budget may be nearly spent by the other stations.
            self._tokens = min(self._tokens, 1.0)
        if state.paused_for_s > 0:
            self.pause(state.paused_for_s)


class Patience:
    """How long one pass may wait for Wix's request budget, in total and at once.

    `wait(seconds)` sleeps (interruptibly) and returns True, or returns False at once when
    the wait does not fit the budget or `cancel()` was called. `on_wait` is told of each
    wait before it starts (the progress display says "waiting for Wix").
    """

    def __init__(
        self,
        budget_s: float,
        *,
        max_single_s: float,
        sleep: Callable[[float], None] | None = None,
        on_wait: Callable[[float], None] | None = None,
    ) -> None:
        self.budget_s = max(0.0, budget_s)
        self.max_single_s = max_single_s
        self.waited_s = 0.0
        self.on_wait = on_wait
        self._sleep = sleep
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def allows(self, seconds: float) -> bool:
        return (
            not self.cancelled
            and seconds <= self.max_single_s
            and self.waited_s + seconds <= self.budget_s
        )

    def wait(self, seconds: float) -> bool:
        seconds = max(0.0, seconds)
        if not self.allows(seconds):
            return False
        if self.on_wait is not None:
            self.on_wait(seconds)
        if self._sleep is not None:
            self._sleep(seconds)
        else:
            self._cancelled.wait(seconds)
        self.waited_s += seconds
        return not self.cancelled
