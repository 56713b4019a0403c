"""After a transient failure the whole queue waits — not only the items that failed — until
the backoff (or a 429's `Retry-After`) is over. A person's explicit sync, or Wix answering
again, ends a backoff hold early; only Wix's own `Retry-After` still holds then."""

from __future__ import annotations

from collections.abc import Callable

from checkin_app.sync.push import holds_queue
from checkin_app.wix import WixError


class QueueHold:
    """Until when the queue waits, and which error made it wait (times from `now`)."""

    def __init__(self, now: Callable[[], float]) -> None:
        self._now = now
        self._hold: tuple[float, WixError] | None = None

    @property
    def active(self) -> bool:
        return self._hold is not None

    @property
    def by_retry_after(self) -> bool:
        """Wix itself asked for the rest (a 429): nothing ends it early."""
        return self._hold is not None and holds_queue(self._hold[1])

    def remaining_s(self) -> float | None:
        """Seconds still to wait (None: send any time)."""
        if self._hold is None:
            return None
        remaining = self._hold[0] - self._now()
        return remaining if remaining > 0 else None

    def current(self) -> tuple[WixError, float] | None:
        """(error, seconds left) while the hold lasts; a hold that is over is dropped."""
        remaining = self.remaining_s()
        if self._hold is None or remaining is None:
            self._hold = None
            return None
        return self._hold[1], remaining

    def hold(self, error: WixError, seconds: float | None) -> None:
        self._hold = (self._now() + (seconds or 0.0), error)

    def release(self) -> None:
        """End a backoff hold (a person asked to sync); a 429's hold stays."""
        if not self.by_retry_after:
            self._hold = None

    def clear(self) -> bool:
        """End any hold; returns whether there was one."""
        held, self._hold = self._hold is not None, None
        return held
