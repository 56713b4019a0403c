"""The Wix REST client: httpx, auth headers, paging, typed errors, a shared rate limit.

Qt-free and independent of storage/sync/services; it may use `checkin_app.domain`.
"""

from checkin_app.wix.checkins import TicketActionOutcome, TicketActionStatus
from checkin_app.wix.client import WixClient
from checkin_app.wix.errors import (
    WixAuthError,
    WixError,
    WixNotFoundError,
    WixPermanentError,
    WixPermissionError,
    WixTransientError,
)
from checkin_app.wix.http_core import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from checkin_app.wix.observability import ClientStats, OutcomeKind, RequestOutcome
from checkin_app.wix.ratelimit import TokenBucket
from checkin_app.wix.secret import Secret

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ClientStats",
    "OutcomeKind",
    "RequestOutcome",
    "Secret",
    "TicketActionOutcome",
    "TicketActionStatus",
    "TokenBucket",
    "WixAuthError",
    "WixClient",
    "WixError",
    "WixNotFoundError",
    "WixPermanentError",
    "WixPermissionError",
    "WixTransientError",
]
