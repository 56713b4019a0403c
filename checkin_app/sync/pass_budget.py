"""One pass's patience with Wix's request budget: it waits out 429s (what `Retry-After`
asks, a minute without one) within `max_wait_s` in all, tells the progress listener while it
waits, and keeps the request rate the client learned once the pass ends."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator

from checkin_app.sync.learned_rate import LearnedRateKeeper
from checkin_app.sync.progress_relay import ProgressListener, ProgressRelay
from checkin_app.sync.report import SyncReport
from checkin_app.wix import WixClient
from checkin_app.wix.ratelimit import Patience

log = logging.getLogger(__name__)

MAX_PASS_WAIT_S = 600.0  # a pass waits at most this long in all for Wix's request budget
MAX_SINGLE_WAIT_S = 300.0  # a longer Retry-After ends the pass (the queue holds that long)


class PassBudget:
    """Runs passes within Wix's budget (see the module docstring)."""

    def __init__(
        self,
        rates: LearnedRateKeeper,
        relay: ProgressRelay,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._rates = rates
        self._relay = relay
        self._sleep = sleep

    @contextlib.contextmanager
    def running(
        self,
        client: WixClient,
        report: SyncReport,
        on_progress: ProgressListener | None,
        max_wait_s: float,
    ) -> Iterator[Patience]:
        """Within it, `client` waits out 429s; after it, `report` has the 429s and the wait."""

        def on_wait(seconds: float) -> None:
            self._rates.save(client)
            log.info("Wix asked to slow down: waiting %.0f s", seconds)
            self._relay.on_wait(seconds)

        patience = Patience(
            max_wait_s, max_single_s=MAX_SINGLE_WAIT_S, sleep=self._sleep, on_wait=on_wait
        )
        self._relay.start(on_progress)
        throttled_before = client.rate_limiter.throttled
        try:
            with client.patience(patience):
                yield patience
        finally:
            report.rate_limited = client.rate_limiter.throttled - throttled_before
            report.waited_s = patience.waited_s
            self._relay.stop()
            self._rates.save(client)
