"""The log of requests the emulator served (method, path, query, status, time), for tests."""

from __future__ import annotations

import threading
from collections import deque
from typing import Any


class RequestLog:
    """A bounded, thread-safe list of request records; each has a running `seq` number."""

    def __init__(self, max_entries: int = 200_000) -> None:
        self._lock = threading.Lock()
        self._entries: deque[dict[str, Any]] = deque(maxlen=max_entries)
        self._seq = 0

    def add(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._seq += 1
            entry["seq"] = self._seq
            self._entries.append(entry)

    def entries(self, since: int = 0) -> list[dict[str, Any]]:
        """Copies of the records with `seq` > since, oldest first."""
        with self._lock:
            return [dict(e) for e in self._entries if e["seq"] > since]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
