"""Typed errors for Wix calls, parsed from Wix's error envelope.

The sync engine decides what to do from the class alone: `WixTransientError` → wait and
retry; `WixAuthError` / `WixPermissionError` → stop and ask a person to fix the key (or the
site: the Wix Events app is not installed); `WixPermanentError` → this request will never
succeed, show it and move on. A 428 is Wix's "preconditions must be met" for *that request*
(a required field missing, say): permanent for the request, except the site-wide code
`WIX_EVENTS_APP_NOT_INSTALLED` (docs/wix-api.md §1.4).
Error text never contains the API key: the transport redacts every string it puts here.
"""

from __future__ import annotations

import email.utils
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

# Wix's canonical codes for statuses whose reply carries no `applicationError`.
_DEFAULT_CODES: dict[int, str] = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    408: "DEADLINE_EXCEEDED",
    409: "ALREADY_EXISTS",
    428: "FAILED_PRECONDITION",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}

APP_NOT_INSTALLED = "WIX_EVENTS_APP_NOT_INSTALLED"  # the one site-level 428 (§1.2)
MAX_RETRY_AFTER_S = 3600.0  # a larger hint is a broken header, not a plan


class WixError(Exception):
    """A Wix call that did not succeed.

    Attributes: `status` (HTTP status, None when no reply came), `code` (Wix's application
    error code or a canonical one), `message` (Wix's short text), `description`,
    `field_violations` (list of `(field, description)`), `data` (applicationError.data),
    `retry_after` (seconds, when the server or the local limiter said so), `method`/`path`
    of the request, `request_id` (Wix's `x-wix-request-id`, for support).
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        description: str | None = None,
        field_violations: list[tuple[str, str]] | None = None,
        data: Mapping[str, Any] | None = None,
        retry_after: float | None = None,
        method: str | None = None,
        path: str | None = None,
        request_id: str | None = None,
    ) -> None:
        self.message = message
        self.status = status
        self.code = code
        self.description = description
        self.field_violations = list(field_violations or [])
        self.data = dict(data or {})
        self.retry_after = retry_after
        self.method = method
        self.path = path
        self.request_id = request_id
        super().__init__(self._text())

    def _text(self) -> str:
        head = " ".join(str(p) for p in (self.status, self.code) if p is not None)
        text = f"{head}: {self.message}" if head else self.message
        if self.description and self.description != self.message:
            text += f" — {self.description}"
        if self.field_violations:
            text += " (" + "; ".join(f"{f}: {d}" for f, d in self.field_violations) + ")"
        if self.method and self.path:
            text += f" [{self.method} {self.path}]"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, {self.message!r})"
        )

    def violation_for(self, field: str) -> str | None:
        """Return Wix's description of what is wrong with `field`, if it named it."""
        for name, description in self.field_violations:
            if name == field or name.endswith("." + field):
                return description
        return None


class WixTransientError(WixError):
    """Try again later: no reply, a timeout, 408/429/5xx, or a reply that is not Wix's JSON."""


class WixAuthError(WixError):
    """401: the API key is missing, wrong or revoked."""


class WixPermissionError(WixError):
    """403 (the key lacks a permission or the site id is wrong) or 428
    `WIX_EVENTS_APP_NOT_INSTALLED` (the Wix Events app is not installed on the site)."""


class WixPermanentError(WixError):
    """Any other 4xx: this exact request will never succeed (bad input, not found, conflict,
    a failed precondition of this request)."""


class WixNotFoundError(WixPermanentError):
    """404: the event, ticket, order or other object does not exist."""


def error_class_for(status: int, code: str | None = None) -> type[WixError]:
    """Return the exception class for an HTTP error status (and Wix's application code)."""
    if status == 401:
        return WixAuthError
    if status == 403 or (status == 428 and code == APP_NOT_INSTALLED):
        return WixPermissionError
    if status in (408, 429) or status >= 500:
        return WixTransientError
    if status == 404:
        return WixNotFoundError
    if 400 <= status < 500:
        return WixPermanentError
    # 1xx/3xx are never a Wix answer to these calls: a proxy or portal got in the way.
    return WixTransientError


def parse_envelope(
    body: object,
) -> tuple[str | None, str | None, str | None, dict[str, Any], list[tuple[str, str]]]:
    """Return `(message, code, description, data, field_violations)` from an error body.

    Tolerates any shape: a missing or odd envelope yields Nones and empty collections.
    """
    if not isinstance(body, Mapping):
        return None, None, None, {}, []
    message = _str_or_none(body.get("message"))
    details = body.get("details")
    details = details if isinstance(details, Mapping) else {}
    app = details.get("applicationError")
    code = description = None
    data: dict[str, Any] = {}
    if isinstance(app, Mapping):
        code = _str_or_none(app.get("code"))
        description = _str_or_none(app.get("description"))
        raw_data = app.get("data")
        data = dict(raw_data) if isinstance(raw_data, Mapping) else {}
    violations: list[tuple[str, str]] = []
    validation = details.get("validationError")
    if isinstance(validation, Mapping):
        for item in validation.get("fieldViolations") or []:
            if not isinstance(item, Mapping):
                continue
            field = _str_or_none(item.get("field")) or ""
            text = (
                _str_or_none(item.get("description"))
                or _str_or_none(item.get("ruleName"))
                or _str_or_none(item.get("violatedRule"))
                or "invalid value"
            )
            violations.append((field, text))
    # Older Wix replies put the code at the top level.
    if code is None:
        code = _str_or_none(body.get("errorCode")) or _str_or_none(body.get("code"))
    return message, code, description, data, violations


def build_http_error(
    status: int,
    body: object,
    *,
    retry_after: float | None = None,
    method: str | None = None,
    path: str | None = None,
    request_id: str | None = None,
) -> WixError:
    """Build the typed exception for an HTTP error reply whose body was parsed as `body`."""
    message, code, description, data, violations = parse_envelope(body)
    if code is None:
        if violations:
            code = "INVALID_ARGUMENT"
        else:
            code = _DEFAULT_CODES.get(status, "UNAVAILABLE" if status >= 500 else None)
    cls = error_class_for(status, code)
    return cls(
        message or description or _default_message(status),
        status=status,
        code=code,
        description=description,
        field_violations=violations,
        data=data,
        retry_after=retry_after,
        method=method,
        path=path,
        request_id=request_id,
    )


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Parse a `Retry-After` header (delay seconds or an HTTP date) into seconds ≥ 0."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


def _default_message(status: int) -> str:
    if status == 401:
        return "Wix did not accept the API key"
    if status == 403:
        return "the API key is not allowed to do this"
    if status == 404:
        return "not found"
    if status == 429:
        return "too many requests to Wix"
    if status >= 500:
        return "Wix had a problem, try again later"
    return f"HTTP {status}"


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
