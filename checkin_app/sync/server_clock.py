"""What this station can prove about Wix's clock: an interval for (server − local) time.

Wix stamps `checkIn.created` itself, in milliseconds, and names no device. To tell whether a
stamp came from this station's call or from an earlier one, the station needs Wix's clock —
not a guess with a tolerance, but bounds that each reply *proves*:

- `Date` header (1 s resolution): the reply was written between the send and its arrival,
  at a server time in [Date, Date + 1 s) → offset in [Date − arrival, Date + 1 − send].
- Any stamp a reply carries existed before the reply arrived → offset ≥ stamp − arrival.
  The stamp of a check-in this call made is only a round trip old, so this lower bound is
  as tight as the return trip.
- A stamp made after a moment we know (the ticket was not checked in when a read sent at
  `read_sent` was answered) → offset ≤ stamp + 1 ms − read_sent.

Intersected, the interval narrows to about a round trip. Clocks drift: bounds widen with
age at NTP's largest slew rate (500 ppm), so fresh evidence keeps them tight. If the local
clock steps (NTP, a person), what was learned is dropped: the wall clock jumped against the
monotonic one. The width is what a double admission needs to be resolved in.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from datetime import datetime

log = logging.getLogger(__name__)

STAMP_RESOLUTION_S = 0.001  # Wix writes whole milliseconds (truncated)
CLOCK_STEP_S = 0.05  # the wall clock moved this much against the monotonic one: a step
MAX_DRIFT = 0.0005  # s/s: the fastest NTP slews a clock (and a free-running one drifts less)


class ServerClock:
    """Bounds `low ≤ server clock − local clock ≤ high`, each proven by a reply."""

    def __init__(
        self,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._wall = wall
        self._monotonic = monotonic
        # Bounds hold for every moment of one session (steps reset them): a session id lets
        # what was recorded earlier in it use what was learned since.
        self.session = uuid.uuid4().hex
        self._anchor = wall() - monotonic()
        self._aged_at = monotonic()
        self.low: float | None = None
        self.high: float | None = None

    @property
    def bound(self) -> tuple[float | None, float | None]:
        self._check_for_step()
        return self.low, self.high

    @property
    def width(self) -> float | None:
        low, high = self.bound
        return None if low is None or high is None else high - low

    # -- evidence -----------------------------------------------------------------------
    def observe(self, low: float | None, high: float | None) -> None:
        """Narrow the interval with proven bounds; evidence that contradicts what was known
        means the old bounds were wrong (a step): the new evidence replaces them."""
        self._check_for_step()
        new_low = low if self.low is None else (self.low if low is None else max(self.low, low))
        new_high = (
            high if self.high is None else (self.high if high is None else min(self.high, high))
        )
        if new_low is not None and new_high is not None and new_low > new_high:
            log.warning("Wix's clock moved against ours by %.3f s; relearning", new_low - new_high)
            new_low, new_high = low, high
            self.session = uuid.uuid4().hex
        self.low, self.high = new_low, new_high

    def date_header(self, bounds: tuple[float, float] | None) -> None:
        if bounds is not None:
            self.observe(bounds[0], bounds[1])

    def stamp_seen(self, stamp: datetime, reply_local: float) -> None:
        """A stamp in a reply that arrived at `reply_local` existed by then."""
        self.observe(stamp.timestamp() - reply_local, None)

    def stamp_made_after(self, stamp: datetime, known_local: float) -> None:
        """A stamp made after a server moment that followed the local time `known_local`."""
        self.observe(None, stamp.timestamp() + STAMP_RESOLUTION_S - known_local)

    # -- use ----------------------------------------------------------------------------
    def local_now(self) -> float:
        return self._wall()

    def earliest(self, local: float) -> float | None:
        """The earliest server time a local moment can be (None: nothing known yet)."""
        low, _ = self.bound
        return None if low is None else local + low

    def _check_for_step(self) -> None:
        now = self._monotonic()
        drift = (now - self._aged_at) * MAX_DRIFT
        self._aged_at = now
        if self.low is not None:
            self.low -= drift
        if self.high is not None:
            self.high += drift
        anchor = self._wall() - now
        if abs(anchor - self._anchor) > CLOCK_STEP_S:
            if self.low is not None or self.high is not None:
                log.warning("The laptop clock stepped by %.3f s; relearning Wix's clock",
                            anchor - self._anchor)  # fmt: skip
            self.low = self.high = None
            self.session = uuid.uuid4().hex
        self._anchor = anchor
