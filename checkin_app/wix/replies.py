"""Read Wix's reply shapes defensively: a malformed reply is a `WixTransientError`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from checkin_app.wix.errors import WixTransientError


def unwrap(reply: Mapping[str, Any], key: str) -> dict[str, Any]:
    """The one object a reply wraps, e.g. `{"event": {...}}` → `{...}`."""
    value = reply.get(key)
    if not isinstance(value, dict):
        raise WixTransientError(f"Wix's reply has no {key!r} object", code="BAD_REPLY")
    return value


def items(reply: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    """`reply[key]` as a list of objects; a missing or null key is an empty list."""
    value = reply.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(i, dict) for i in value):
        raise WixTransientError(
            f"Wix sent a malformed reply: {key!r} is not a list of objects", code="BAD_REPLY"
        )
    return value


def int_or_none(value: object) -> int | None:
    """An int from a JSON number or a digit string (Wix sends int64 as strings)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
