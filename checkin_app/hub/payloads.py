"""Encoded replies the hub makes once and serves to many doors: JSON, gzip-compressed.

Twenty doors loading a 100,000-ticket list ask for the same snapshot pages, and doors that
wait at the same feed position get the same changes: one read and one encoding serves them
all (a page is ~1 MB of JSON, ~0.2 MB compressed — on a venue's Wi-Fi, that is the
difference between 20 doors loading in seconds or in minutes).
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from aiohttp import web

COMPRESS_FROM = 1024  # smaller replies go as they are (gzip would add more than it saves)


@dataclass(frozen=True, slots=True)
class Encoded:
    body: bytes
    gzipped: bool


def encode(value: object) -> Encoded:
    raw = json.dumps(value, separators=(",", ":")).encode()
    if len(raw) < COMPRESS_FROM:
        return Encoded(raw, False)
    return Encoded(gzip.compress(raw, compresslevel=1, mtime=0), True)


def reply(request: web.Request, encoded: Encoded) -> web.Response:
    """The encoded JSON, compressed when the client takes gzip (every door does)."""
    if not encoded.gzipped:
        return web.Response(body=encoded.body, content_type="application/json")
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        response = web.Response(body=encoded.body, content_type="application/json")
        response.headers["Content-Encoding"] = "gzip"
        return response
    return web.Response(body=gzip.decompress(encoded.body), content_type="application/json")


class ReplyCache:
    """Encoded replies by key, each kept `ttl_s` seconds, at most `size` of them (oldest out).
    Thread-safe; `get_or_make` runs `make` outside the lock."""

    def __init__(self, size: int, ttl_s: float, clock: Callable[[], float] = time.monotonic):
        self._size = size
        self._ttl_s = ttl_s
        self._clock = clock
        self._items: OrderedDict[Hashable, tuple[float, Encoded]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> Encoded | None:
        with self._lock:
            found = self._items.get(key)
            if found is None or self._clock() - found[0] > self._ttl_s:
                self.misses += 1
                return None
            self.hits += 1
            return found[1]

    def put(self, key: Hashable, value: Encoded) -> None:
        with self._lock:
            self._items[key] = (self._clock(), value)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
