"""The request rate a client learned from Wix's 429s (`TokenBucket`, AIMD), kept in the
station database so the next process — the next `checkin-app sync`, the app after a restart —
starts where this one stopped instead of at the ceiling."""

from __future__ import annotations

import contextlib
import time

from checkin_app.storage.database import Database, StorageError
from checkin_app.storage.pacing import LearnedRate, RateStore
from checkin_app.wix import WixClient
from checkin_app.wix.ratelimit import RateState

RATE_MEMORY_S = 1800.0  # a learned rate older than this is forgotten (start at the ceiling)


class LearnedRateKeeper:
    """Restores a client's learned rate from the database and saves it back."""

    def __init__(self, db: Database) -> None:
        self._rates = RateStore(db)

    def restore(self, client: WixClient) -> None:
        """Give `client` the rate learned lately for its site (nothing when it is stale)."""
        try:
            learned = self._rates.load(client.site_id)
        except StorageError:
            return
        if learned is None or time.time() - learned.updated_at > RATE_MEMORY_S:
            return
        client.rate_limiter.restore(
            RateState(learned.rate_per_minute, max(0.0, learned.paused_until - time.time()))
        )

    def save(self, client: WixClient) -> None:
        """Keep `client`'s current rate (a full disk only costs the memory of it)."""
        state = client.rate_limiter.state()
        now = time.time()
        with contextlib.suppress(StorageError):
            self._rates.save(
                client.site_id, LearnedRate(state.rate_per_minute, now + state.paused_for_s, now)
            )
