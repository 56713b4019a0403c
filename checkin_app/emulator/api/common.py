"""Helpers the API modules share: field validation, lookups, requested fieldsets."""

from __future__ import annotations

from typing import Any

from checkin_app.emulator.clock import canonical_iso
from checkin_app.emulator.errors import ApiError, invalid, not_found, required
from checkin_app.emulator.routing import Request
from checkin_app.emulator.store import Store


def requested_fields(
    req: Request, body: dict[str, Any] | None = None, name: str = "fields"
) -> set[str]:
    """Fieldsets named in the body (`"fields": [...]`) or the query (`fields=A&fields=B`)."""
    values: set[str] = set(req.qlist(name))
    if body is not None:
        raw = body.get(name)
        if isinstance(raw, list):
            values.update(str(v) for v in raw)
        elif isinstance(raw, str):
            values.update(v for v in raw.split(",") if v)
    return values


def text(
    obj: dict[str, Any],
    key: str,
    field: str,
    *,
    max_len: int,
    min_len: int = 0,
    needed: bool = False,
) -> str | None:
    """A string field with Wix's length rules; None when absent and not needed."""
    value = obj.get(key)
    if value is None:
        if needed:
            raise required(field)
        return None
    if not isinstance(value, str):
        raise ApiError(
            400, "Expected a string.", violations=[_violation(field, "Expected a string.")]
        )
    if needed and len(value.strip()) < max(min_len, 1):
        raise required(field)
    if len(value) > max_len:
        raise invalid(field, f"{field} must be at most {max_len} characters", rule="MAX_LENGTH")
    if len(value) < min_len:
        raise invalid(field, f"{field} must be at least {min_len} characters", rule="MIN_LENGTH")
    return value


def timestamp(obj: dict[str, Any], key: str, field: str, *, needed: bool = True) -> str | None:
    """An ISO-8601 timestamp string in Wix's canonical form; `{seconds, nanos}` is refused."""
    value = obj.get(key)
    if value is None:
        if needed:
            raise required(field)
        return None
    if not isinstance(value, str):
        # Live-tested Wix wording for a non-string date (docs/wix-api.md §1.4).
        raise ApiError(
            400, "Expected a string.", violations=[_violation(field, "Expected a string.")]
        )
    try:
        return canonical_iso(value)
    except ValueError:
        raise invalid(field, f"{field} is not an ISO-8601 date-time", rule="FORMAT") from None


def integer(
    obj: dict[str, Any], key: str, field: str, *, low: int, high: int | None = None
) -> int | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise invalid(field, f"{field} must be an integer")
    try:
        number = int(value)
    except ValueError:
        raise invalid(field, f"{field} must be an integer") from None
    if number < low or (high is not None and number > high):
        upper = f" and {high}" if high is not None else ""
        raise invalid(field, f"{field} must be between {low}{upper}", rule="OUT_OF_RANGE")
    return number


def obj(value: Any, field: str, *, needed: bool = False) -> dict[str, Any]:
    if value is None:
        if needed:
            raise required(field)
        return {}
    if not isinstance(value, dict):
        raise invalid(field, f"{field} must be an object")
    return value


def _violation(field: str, description: str) -> dict[str, Any]:
    return {
        "field": field,
        "description": description,
        "violatedRule": "INVALID_ARGUMENT",
        "ruleName": "INVALID_ARGUMENT",
        "data": {},
    }


def get_event(store: Store, event_id: Any) -> dict[str, Any]:
    if event_id is not None and not isinstance(event_id, str):
        raise invalid("eventId", "eventId must be a string (a GUID)")
    event = store.events.get(event_id or "")
    if event is None:
        raise not_found("EVENT_NOT_FOUND", f"Event {event_id} not found", {"eventId": event_id})
    return event


def revision_check(current: dict[str, Any], given: Any, field: str) -> None:
    """`revision` is required on update and must be the current one (409 when stale)."""
    if given is None or given == "":
        raise required(field)
    if str(given) != str(current["revision"]):
        # UNCONFIRMED in Wix's docs whether a stale revision gives 409; we choose 409.
        raise ApiError(
            409,
            "Revision mismatch: the object was changed since you read it",
            code="REVISION_MISMATCH",
            data={"currentRevision": str(current["revision"])},
        )
