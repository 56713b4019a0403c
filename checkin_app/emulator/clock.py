"""The emulator's clock: real time plus an offset tests can advance."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


class Clock:
    """Wall time (UTC) and monotonic time, both shifted by `advance()`."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0

    def advance(self, seconds: float) -> None:
        """Move time forward (reservations expire, events start) without waiting."""
        with self._lock:
            self._offset += float(seconds)

    @property
    def offset(self) -> float:
        return self._offset

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self._offset)

    def monotonic(self) -> float:
        return time.monotonic() + self._offset

    def iso_now(self) -> str:
        return iso(self.now())


def iso(moment: datetime) -> str:
    """Wix's timestamp format: `2026-05-29T14:53:43.854Z` (always milliseconds, UTC)."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> datetime:
    """Parse an ISO-8601 timestamp; a naive one is taken as UTC. Raises ValueError."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def canonical_iso(text: str) -> str:
    """The same instant in Wix's format, so stored timestamps compare as strings."""
    return iso(parse_iso(text))
