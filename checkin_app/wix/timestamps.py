"""Wix's ISO-8601 timestamps in and out (`2026-05-01T10:00:00.000Z`)."""

from __future__ import annotations

from datetime import UTC, datetime


def parse_wix_time(value: object) -> datetime | None:
    """Parse a Wix timestamp into an aware UTC datetime; None when absent or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


def format_wix_time(value: datetime | str) -> str:
    """Format a datetime the way Wix filters expect (UTC, milliseconds, `Z`); pass str through."""
    if isinstance(value, str):
        return value
    when = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"
