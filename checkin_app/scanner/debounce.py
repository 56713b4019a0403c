"""One scan per showing of a code: the camera sees a held ticket 10-30 times a second."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from checkin_app.scanner.codes import DecodedCode

DEFAULT_HOLD_SECONDS = 3.0


class Debouncer:
    """Passes a code the first time it is seen, then not again until it has been away.

    A code counts as new when it was last seen more than `hold_seconds` ago; every sighting
    restarts that wait, so a ticket held in front of the camera for a minute is one scan,
    and the same ticket shown again after a few seconds away is a new scan.
    `clock` is injectable for tests (default `time.monotonic`). Not thread-safe: call it
    from the thread that decodes.
    """

    def __init__(
        self,
        hold_seconds: float = DEFAULT_HOLD_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if hold_seconds < 0:
            raise ValueError("hold_seconds must be >= 0")
        self.hold_seconds = hold_seconds
        self._clock = clock
        self._last_seen: dict[str, float] = {}

    def accept(self, key: str, now: float | None = None) -> bool:
        """Record a sighting of `key`; True when it is a new scan."""
        now = self._clock() if now is None else now
        self._forget_older_than(now)
        last = self._last_seen.get(key)
        self._last_seen[key] = now
        return last is None or now - last > self.hold_seconds

    def filter(self, codes: Iterable[DecodedCode], now: float | None = None) -> list[DecodedCode]:
        """The codes among `codes` that are new scans (duplicates in one frame count once)."""
        now = self._clock() if now is None else now
        fresh: list[DecodedCode] = []
        seen_here: set[str] = set()
        for code in codes:
            key = code.key()
            if key in seen_here:
                continue
            seen_here.add(key)
            if self.accept(key, now):
                fresh.append(code)
        return fresh

    def reset(self) -> None:
        """Forget everything: the next sighting of any code is a new scan."""
        self._last_seen.clear()

    def _forget_older_than(self, now: float) -> None:
        # Keeps memory bounded on a long night: gone codes are dropped once they are stale.
        if len(self._last_seen) < 64:
            return
        limit = now - self.hold_seconds
        for key in [k for k, t in self._last_seen.items() if t < limit]:
            del self._last_seen[key]
