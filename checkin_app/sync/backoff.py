"""When to try a failed Wix call again: jittered exponential backoff that honours Retry-After."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

BASE_DELAY_S = 2.0
MAX_DELAY_S = 300.0


@dataclass
class Backoff:
    """`delay(attempts, retry_after)`: base·2^(attempts−1), capped, with "equal jitter".

    Equal jitter (a random point in the upper half) spreads stations that failed together
    while keeping a floor; a server's `Retry-After` is a lower bound, never shortened.
    """

    base_s: float = BASE_DELAY_S
    max_s: float = MAX_DELAY_S
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        exponent = max(0, min(attempts - 1, 30))
        ceiling = min(self.max_s, self.base_s * (2**exponent))
        wait = ceiling / 2 + self.rng.uniform(0, ceiling / 2)
        if retry_after is not None and retry_after > wait:
            wait = retry_after
        return wait
