"""Wix failures in plain words for organizer screens, and which form field each one is about.

Qt-free. The setup and sales services raise `WixProblem`s built here, so a panel shows
"Title: must not be empty" next to the title box instead of an HTTP status.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from checkin_app.services.errors import ServiceError
from checkin_app.wix.errors import (
    WixAuthError,
    WixError,
    WixNotFoundError,
    WixPermissionError,
    WixTransientError,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

# Transport failures: nothing came back from Wix, so the station is (probably) offline.
_OFFLINE_CODES = frozenset({"NETWORK", "TIMEOUT", "NOT_WIX_REPLY"})

# Wix's own error texts that mislead (docs/wix-api.md §1.4), rewritten for a person.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"get(\w+) is not supported", re.I), "is missing"),
    (re.compile(r"value is required", re.I), "is missing or not one of the allowed values"),
    (re.compile(r"expected a string", re.I), "must be written as text"),
    (re.compile(r"unexpected value for field", re.I), "has a value Wix does not accept"),
)


class WixProblem(ServiceError):
    """A Wix call that failed, explained for the person at the screen.

    `field_errors` maps the caller's form field names ("" = the form as a whole) to plain
    text; `offline` is True when Wix could not be reached at all (keep what was typed and
    try again later); `wix_error` is the original error, for the "what Wix answered" view.
    """

    def __init__(
        self,
        message: str,
        *,
        field_errors: dict[str, str] | None = None,
        offline: bool = False,
        wix_error: WixError | None = None,
    ) -> None:
        super().__init__(message)
        self.field_errors = dict(field_errors or {})
        self.offline = offline
        self.wix_error = wix_error

    @property
    def code(self) -> str | None:
        return self.wix_error.code if self.wix_error else None


def is_offline(error: WixError) -> bool:
    """True when no answer came from Wix (network down, timeout, captive portal)."""
    return isinstance(error, WixTransientError) and (
        error.status is None or error.code in _OFFLINE_CODES
    )


def plain_description(text: str, wix_field: str = "") -> str:
    """Wix's description of one field problem, without the field's path in front and with
    its known misleading texts rewritten ("event.title must be…" → "must be…")."""
    for pattern, replacement in _REWRITES:
        if pattern.search(text):
            return replacement
    text = text.strip().rstrip(".")
    for prefix in (wix_field, wix_field.rsplit(".", 1)[-1]):
        if prefix and text.startswith(prefix + " "):
            return text[len(prefix) + 1 :]
    return text


def map_field(wix_field: str, rules: Sequence[tuple[str, str]]) -> str:
    """The form field a Wix field path (`event.dateAndTimeSettings.startDate`) belongs to.

    `rules` are `(path fragment, form field)` pairs tried in order; a fragment matches when
    the path ends with it or contains it as whole dotted segments. "" = the whole form.
    """
    path = wix_field.strip()
    for fragment, form_field in rules:
        if path == fragment or path.endswith("." + fragment) or f".{fragment}." in f".{path}.":
            return form_field
    return ""


def explain(
    error: WixError,
    *,
    action: str,
    rules: Sequence[tuple[str, str]] = (),
    labels: dict[str, str] | None = None,
) -> WixProblem:
    """Turn a Wix error from `action` ("Creating the event") into a `WixProblem`."""
    labels = labels or {}
    if is_offline(error):
        return WixProblem(
            f"{action} needs the network, and Wix cannot be reached right now. "
            "Nothing was lost: try again when the connection is back.",
            offline=True,
            wix_error=error,
        )
    if isinstance(error, WixTransientError):
        return WixProblem(
            f"{action} failed: Wix is busy or had a problem ({error.message}). Try again.",
            wix_error=error,
        )
    if isinstance(error, WixAuthError):
        return WixProblem(
            "Wix did not accept the API key. Check the key in Settings.", wix_error=error
        )
    if isinstance(error, WixPermissionError):
        return WixProblem(
            f"{action} is not allowed with this API key ({error.message}). Give the key the "
            "Wix Events permissions it needs.",
            wix_error=error,
        )
    field_errors: dict[str, str] = {}
    for wix_field, description in error.field_violations:
        form_field = map_field(wix_field, rules)
        text = plain_description(description, wix_field)
        if form_field == "" and wix_field:
            text = f"{wix_field}: {text}"
        field_errors[form_field] = (
            f"{field_errors[form_field]}; {text}" if form_field in field_errors else text
        )
    if field_errors:
        parts = [f"{labels.get(f, f) or 'Form'}: {t}" if f else t for f, t in field_errors.items()]
        message = f"{action} was refused by Wix. " + " ".join(p + "." for p in parts)
    elif isinstance(error, WixNotFoundError):
        message = f"{action} failed: Wix does not know it ({error.description or error.message})."
    else:
        reason = error.description or error.message
        message = f"{action} was refused by Wix: {reason}" + (
            f" ({error.code})" if error.code else ""
        )
    return WixProblem(message, field_errors=field_errors, wix_error=error)


def wix_call(
    action: str,
    fn: Callable[..., T],
    *args: Any,
    rules: Sequence[tuple[str, str]] = (),
    labels: dict[str, str] | None = None,
    **kwargs: Any,
) -> T:
    """Run one Wix call for `action` ("Creating the event"); a failure becomes a
    `WixProblem` explained for it (its fields mapped by `rules`, named by `labels`)."""
    try:
        return fn(*args, **kwargs)
    except WixError as exc:
        log.info("%s failed: %s", action, exc.code)
        raise explain(exc, action=action, rules=rules, labels=labels) from None
