"""What the client saw of each request, for the sync engine's online/offline/degraded light."""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass, replace


class OutcomeKind(enum.StrEnum):
    """How one request ended."""

    OK = "ok"
    TRANSIENT = "transient"  # no reply, timeout, 408/429/5xx, or not Wix's JSON
    AUTH = "auth"  # 401
    PERMISSION = "permission"  # 403/428
    PERMANENT = "permanent"  # other 4xx


@dataclass(frozen=True, slots=True)
class RequestOutcome:
    """One finished request. `reached_wix` is True when Wix itself answered (any status)."""

    method: str
    path: str  # the path only: no query string, no host
    kind: OutcomeKind
    status: int | None
    duration_s: float
    at: float  # wall-clock time (time.time()) when the reply or failure came
    reached_wix: bool
    error: str | None = None  # redacted error text
    code: str | None = None
    retry_after: float | None = None
    server_offset_s: float | None = None  # server clock − local clock, from `Date`
    # What `Date` proves about that offset: (low, high), the round trip and 1 s resolution.
    server_offset_bounds: tuple[float, float] | None = None

    @property
    def ok(self) -> bool:
        return self.kind is OutcomeKind.OK


@dataclass(frozen=True, slots=True)
class ClientStats:
    """Running counts since the client was made; a snapshot, safe to hand to another thread."""

    successes: int = 0
    failures: int = 0
    consecutive_failures: int = 0
    last_outcome: RequestOutcome | None = None
    last_error: str | None = None
    last_success_at: float | None = None
    last_failure_at: float | None = None


class StatsRecorder:
    """Thread-safe accumulator behind `WixClient.stats`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stats = ClientStats()

    def record(self, outcome: RequestOutcome) -> ClientStats:
        with self._lock:
            s = self._stats
            if outcome.ok:
                s = replace(
                    s,
                    successes=s.successes + 1,
                    consecutive_failures=0,
                    last_outcome=outcome,
                    last_success_at=outcome.at,
                )
            else:
                s = replace(
                    s,
                    failures=s.failures + 1,
                    consecutive_failures=s.consecutive_failures + 1,
                    last_outcome=outcome,
                    last_error=outcome.error,
                    last_failure_at=outcome.at,
                )
            self._stats = s
            return s

    def snapshot(self) -> ClientStats:
        with self._lock:
            return self._stats
