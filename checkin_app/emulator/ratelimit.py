"""Wix's 200 requests per minute per site, as a sliding window (off unless switched on)."""

from __future__ import annotations

import math
import threading
from collections import deque

from checkin_app.emulator.clock import Clock


class RateLimiter:
    """Sliding 60-second window per site id; `per_minute` None or 0 disables it.

    `window_s` shortens the window for fast tests (`per_minute` requests per `window_s`
    seconds): the same dynamics as Wix's minute, ten times faster at 6 s.
    """

    def __init__(self, clock: Clock, per_minute: int | None = None) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, deque[float]] = {}
        self.per_minute = per_minute
        self.window_s = 60.0

    def set_limit(self, per_minute: int | None, window_s: float | None = None) -> None:
        with self._lock:
            self.per_minute = per_minute or None
            if window_s is not None:
                if not 0 < window_s <= 3600:
                    raise ValueError("window_s must be between 0 and 3600 seconds")
                self.window_s = float(window_s)
            self._windows.clear()

    def check(self, site_id: str) -> int | None:
        """None when the request may go on; otherwise the seconds to put in Retry-After."""
        with self._lock:
            if not self.per_minute:
                return None
            now = self._clock.monotonic()
            window = self._windows.setdefault(site_id, deque())
            while window and window[0] <= now - self.window_s:
                window.popleft()
            if len(window) >= self.per_minute:
                return max(1, math.ceil(window[0] + self.window_s - now))
            window.append(now)
            return None
