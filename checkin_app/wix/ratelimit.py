"""A thread-safe token bucket that keeps one site under Wix's 200 requests per minute."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

DEFAULT_RATE_PER_MINUTE = 180.0  # Wix allows 200/min per site; leave room for other tools
DEFAULT_BURST = 10  # worst case in any 60 s window: burst + rate = 190 < 200


class RateLimitWaitTooLong(Exception):
    """Sending now would mean waiting longer than the caller allows."""

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"the request budget frees up in {wait_s:.1f} s")
        self.wait_s = wait_s


class TokenBucket:
    """Tokens refill at `rate_per_minute / 60` per second up to `burst`; a request takes one.

    Callers reserve a slot under the lock and sleep outside it, so concurrent threads are
    spaced out fairly. `clock` and `sleep` are injectable so tests need no real time.
    """

    def __init__(
        self,
        rate_per_minute: float = DEFAULT_RATE_PER_MINUTE,
        burst: int = DEFAULT_BURST,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate_per_minute <= 0:
            raise ValueError("rate_per_minute must be > 0")
        if burst < 1:
            raise ValueError("burst must be ≥ 1")
        self.rate_per_minute = float(rate_per_minute)
        self.burst = int(burst)
        self._rate_per_s = self.rate_per_minute / 60.0
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tokens = float(burst)
        self._updated = clock()
        self._paused_until = float("-inf")

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(float(self.burst), self._tokens + elapsed * self._rate_per_s)
        self._updated = now

    def _delay(self, now: float) -> float:
        deficit = max(0.0, 1.0 - self._tokens) / self._rate_per_s
        return max(deficit, self._paused_until - now, 0.0)

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
            self._sleep(delay)
        return delay

    def pause(self, seconds: float) -> None:
        """Send nothing for `seconds` (Wix answered 429 with `Retry-After`)."""
        if seconds <= 0:
            return
        with self._lock:
            now = self._clock()
            self._refill(now)
            self._paused_until = max(self._paused_until, now + seconds)
            self._tokens = min(self._tokens, 0.0)
