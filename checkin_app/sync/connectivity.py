"""How the link to Wix is doing (online / degraded / offline), judged from request outcomes.

Qt-free. Fed by the Wix client's `on_request` hook; read from any thread.
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable

from checkin_app.wix.observability import OutcomeKind, RequestOutcome

OFFLINE_AFTER_FAILURES = 2  # consecutive requests with no reply at all
SLOW_REQUEST_S = 5.0  # a reply slower than this counts as trouble
DEGRADED_HOLD_S = 60.0  # trouble keeps the light amber this long after the last of it


class Connectivity(enum.StrEnum):
    """The sync light."""

    UNKNOWN = "unknown"  # nothing sent yet
    ONLINE = "online"
    DEGRADED = "degraded"  # Wix answers, but with 5xx/429/slow replies, or the queue is paused
    OFFLINE = "offline"  # Wix cannot be reached


class ConnectivityMonitor:
    """Turns a stream of `RequestOutcome`s into a `Connectivity` state."""

    def __init__(
        self,
        *,
        offline_after: int = OFFLINE_AFTER_FAILURES,
        slow_s: float = SLOW_REQUEST_S,
        hold_s: float = DEGRADED_HOLD_S,
        time_fn: Callable[[], float] = time.monotonic,
    ) -> None:
        self._offline_after = offline_after
        self._slow_s = slow_s
        self._hold_s = hold_s
        self._time = time_fn
        self._lock = threading.Lock()
        self._state = Connectivity.UNKNOWN
        self._unreached = 0
        self._trouble_at: float | None = None
        self.requests = 0  # every request seen, for reports and benchmarks
        self.successes = 0  # requests Wix answered with success
        self.last_ok = False  # the latest request was a success: Wix answers (again)

    @property
    def state(self) -> Connectivity:
        with self._lock:
            if (
                self._state is Connectivity.DEGRADED
                and self._unreached == 0
                and self._trouble_at is not None
                and self._time() - self._trouble_at >= self._hold_s
            ):
                self._state = Connectivity.ONLINE
            return self._state

    @property
    def unreached(self) -> int:
        """Consecutive requests that got no reply."""
        with self._lock:
            return self._unreached

    def record(self, outcome: RequestOutcome) -> None:
        """Account for one finished request."""
        with self._lock:
            self.requests += 1
            self.last_ok = outcome.ok
            self.successes += int(outcome.ok)
            now = self._time()
            if not outcome.reached_wix:
                self._unreached += 1
                self._trouble_at = now
                # Never reached Wix yet (or not since going offline): offline at once;
                # after a good reply, one lost request is only a wobble.
                never = self._state in (Connectivity.UNKNOWN, Connectivity.OFFLINE)
                self._state = (
                    Connectivity.OFFLINE
                    if never or self._unreached >= self._offline_after
                    else Connectivity.DEGRADED
                )
                return
            self._unreached = 0
            trouble = outcome.kind in (OutcomeKind.TRANSIENT, OutcomeKind.AUTH,
                                       OutcomeKind.PERMISSION)  # fmt: skip
            if trouble or outcome.duration_s > self._slow_s:
                self._trouble_at = now
                self._state = Connectivity.DEGRADED
            elif self._trouble_at is not None and now - self._trouble_at < self._hold_s:
                self._state = Connectivity.DEGRADED
            else:
                self._state = Connectivity.ONLINE

    def reset(self) -> None:
        """Forget the history (new credentials or a new client)."""
        with self._lock:
            self._state = Connectivity.UNKNOWN
            self._unreached = 0
            self._trouble_at = None
