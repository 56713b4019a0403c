"""The emulator's in-memory state: every Wix object it serves, behind one lock."""

from __future__ import annotations

import hashlib
import random
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from checkin_app.emulator.behaviour import Behaviour
from checkin_app.emulator.clock import Clock

# Crockford-like alphabet without look-alikes (0/O, 1/I), as in Wix order numbers.
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
# Version 4 / RFC 4122 variant bits of a GUID.
_UUID_CLEAR = ~((0xF << 76) | (0xC << 60)) & ((1 << 128) - 1)
_UUID_SET = (0x4 << 76) | (0x8 << 60)


class Store:
    """Collections of events, definitions, reservations, orders, tickets, guests and the rest.

    Handlers hold `lock` for their whole run, so each request sees and leaves a consistent
    state. Ids come from a seeded random generator: the same seed and the same sequence of
    calls give the same ids and ticket numbers.
    """

    def __init__(
        self,
        clock: Clock,
        *,
        site_id: str,
        random_seed: int = 20260915,
        behaviour: Behaviour | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.behaviour = behaviour or Behaviour()  # shared with the app: switches apply live
        self.site_id = site_id
        self.rng = random.Random(random_seed)
        self.events: dict[str, dict[str, Any]] = {}
        self.definitions: dict[str, dict[str, Any]] = {}
        self.reservations: dict[str, dict[str, Any]] = {}
        self.orders: dict[str, dict[str, Any]] = {}
        self.tickets: dict[str, dict[str, Any]] = {}
        self.event_tickets: dict[str, list[str]] = {}
        self.event_orders: dict[str, list[str]] = {}
        self.guests: dict[str, dict[str, Any]] = {}
        self.event_guests: dict[str, list[str]] = {}
        self.guest_by_ticket: dict[str, str] = {}
        self.guest_by_order: dict[str, str] = {}
        self.guests_built: set[str] = set()  # events whose guest rows exist (built lazily)
        self.sold: dict[str, int] = {}
        self.policies: dict[str, dict[str, Any]] = {}
        self.schedule_draft: dict[str, dict[str, dict[str, Any]]] = {}
        self.schedule_published: dict[str, dict[str, dict[str, Any]]] = {}
        self.categories: dict[str, dict[str, Any]] = {}
        self.category_events: dict[str, list[str]] = {}
        self.staff: dict[str, dict[str, Any]] = {}
        self.forms: dict[str, dict[str, Any]] = {}
        self.last_stamp: datetime | None = None  # see ticketing.stamp
        self.in_request = False  # a Wix request is being handled: its changes share one stamp
        self.request_stamp: datetime | None = None
        # Bumped on every change to tickets, orders or guests; list caches key on it.
        self.version = 0
        self._cache: dict[Any, tuple[int, Any]] = {}

    # ids -------------------------------------------------------------------------------
    def new_id(self) -> str:
        """A random (version 4) GUID from the seeded generator."""
        bits = self.rng.getrandbits(128)
        bits = (bits & _UUID_CLEAR) | _UUID_SET
        h = f"{bits:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def derived_id(self, key: str) -> str:
        """A GUID fixed by `key` (not drawn from the generator, so lazily built rows such
        as guests do not shift the ids of everything created after them)."""
        digest = hashlib.blake2b(key.encode(), digest_size=16, key=b"wix-emulator").digest()
        h = f"{(int.from_bytes(digest, 'big') & _UUID_CLEAR) | _UUID_SET:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def new_order_number(self) -> str:
        while True:
            bits = self.rng.getrandbits(50)
            chars = "".join(_ALPHABET[(bits >> (5 * i)) & 31] for i in range(10))
            number = f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"
            if number not in self.orders:
                return number

    def now(self) -> str:
        return self.clock.iso_now()

    def begin_request(self) -> None:
        """Called with `lock` held before a handler runs (see ticketing.stamp)."""
        self.in_request, self.request_stamp = True, None

    def end_request(self) -> None:
        self.in_request, self.request_stamp = False, None

    # caches ----------------------------------------------------------------------------
    def touch(self) -> None:
        """Invalidate list caches after a change to tickets, orders or guests."""
        self.version += 1

    def cached(self, key: Any, build: Callable[[], Any]) -> Any:
        """`build()` memoised until the next `touch()`; keeps paging a big list cheap."""
        hit = self._cache.get(key)
        if hit is not None and hit[0] == self.version:
            return hit[1]
        value = build()
        if len(self._cache) > 64:
            self._cache.clear()
        self._cache[key] = (self.version, value)
        return value
