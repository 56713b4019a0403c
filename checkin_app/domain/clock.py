"""Time helpers shared by every layer: ISO-8601 UTC text and a replaceable clock."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime


def utc_now_iso() -> str:
    """Now as ISO-8601 UTC with milliseconds and a `Z`, the way Wix writes times."""
    return to_iso(datetime.now(UTC))


def to_iso(moment: datetime) -> str:
    return (
        moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    )


def parse_iso(text: str | None) -> datetime | None:
    """Parse Wix's ISO-8601 times (with `Z` or an offset); None for missing or bad text."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def describe_age(seconds: float) -> str:
    """'12 s ago', '5 min ago', '3 h ago', '2 days ago'."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s ago"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h ago"
    return f"{seconds // 86400} days ago"


@dataclass
class Clock:
    """Wall and monotonic time; tests pass a subclass that they move by hand."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def now_iso(self) -> str:
        return to_iso(self.now())

    def monotonic_ns(self) -> int:
        return time.monotonic_ns()
