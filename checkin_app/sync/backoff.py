"""When to try a failed Wix call again: jittered exponential backoff that honours Retry-After."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

BASE_DELAY_S = 2.0
MAX_DELAY_S = 300.0  # Wix answered 5xx/429: give it room
MAX_UNREACHED_DELAY_S = 30.0  # no reply at all: probing costs Wix nothing, and the door
# wants its queue out soon after the Wi-Fi comes back


@dataclass
class Backoff:
    """`delay(attempts, retry_after)`: base·2^(attempts−1), capped, with "equal jitter".

    Equal jitter (a random point in the upper half) spreads stations that failed together
    while keeping a floor; a server's `Retry-After` is a lower bound, never shortened.
    """

    base_s: float = BASE_DELAY_S
    max_s: float = MAX_DELAY_S
    unreached_max_s: float = MAX_UNREACHED_DELAY_S
    rng: random.Random = field(default_factory=random.Random)

    def delay(
        self, attempts: int, retry_after: float | None = None, *, reached: bool = True
    ) -> float:
        """Seconds to wait after the `attempts`-th failure (`reached`: Wix answered)."""
        exponent = max(0, min(attempts - 1, 30))
        cap = self.max_s if reached else min(self.max_s, self.unreached_max_s)
        ceiling = min(cap, self.base_s * (2.0**exponent))
        wait = ceiling / 2 + self.rng.uniform(0, ceiling / 2)
        if retry_after is not None and retry_after > wait:
            wait = retry_after
        return wait
