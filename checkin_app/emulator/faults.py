"""Injected faults: latency, 5xx, 429 with Retry-After, dropped connections, lost replies,
offline.

`drop` closes the connection before the request is handled (Wix never saw it);
`drop_reply` handles the request, then closes the connection without the reply (Wix did the
work, the client cannot know) — the case behind every "was my call processed?" question.
"""

from __future__ import annotations

import random
import threading
from dataclasses import asdict, dataclass, fields
from typing import Any

from checkin_app.emulator import control_values


@dataclass
class FaultSettings:
    """What the server does wrong, on purpose. Rates are shares of requests (0.0–1.0)."""

    latency_ms: int = 0  # before the request is handled
    # After it was handled: Wix acted at once, the answer comes late (a client that gives up
    # first cannot know the call went through).
    reply_latency_ms: int = 0
    error_rate: float = 0.0
    error_status: int = 503
    rate_limit_rate: float = 0.0
    retry_after_s: int = 1
    omit_retry_after: bool = False  # a 429 without Retry-After (Wix then says: wait a minute)
    drop_rate: float = 0.0
    drop_reply_rate: float = 0.0
    offline: bool = False
    # "The next N requests" variants, for tests that need a fault exactly once.
    error_next: int = 0
    rate_limit_next: int = 0
    drop_next: int = 0
    drop_reply_next: int = 0
    # When set, faults hit only requests whose path ends with this (e.g. "/tickets/check-in"):
    # a lost reply for the check-in call, not for the read before it.
    only_path: str = ""

    def to_json(self) -> dict[str, Any]:
        return {_camel(k): v for k, v in asdict(self).items()}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


FIELD_NAMES = {f.name for f in fields(FaultSettings)}
_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(FaultSettings)}
CAMEL_NAMES = {_camel(name): name for name in FIELD_NAMES}


class FaultInjector:
    """Decides, per request, which fault (if any) to apply. Thread-safe; seeded."""

    def __init__(self, seed: int = 7) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self.settings = FaultSettings()

    def update(self, **changes: Any) -> FaultSettings:
        """Change some settings (snake_case or camelCase names); ValueError on bad ones."""
        with self._lock:
            current = asdict(self.settings)
            for key, value in changes.items():
                name = CAMEL_NAMES.get(key, key)
                if name not in FIELD_NAMES:
                    raise ValueError(f"unknown fault setting: {key}")
                current[name] = _coerce(name, value)
            self.settings = FaultSettings(**current)
            return self.settings

    def reset(self) -> None:
        with self._lock:
            self.settings = FaultSettings()

    def decide(self, path: str = "") -> tuple[str | None, int]:
        """(fault, latency_ms) for one request; fault is offline|drop|drop_reply|error|
        rate_limit|None."""
        with self._lock:
            s = self.settings
            latency = s.latency_ms
            if s.only_path and not path.endswith(s.only_path):
                return None, latency
            if s.offline:
                return "offline", 0
            if s.drop_next > 0:
                s.drop_next -= 1
                return "drop", latency
            if s.drop_reply_next > 0:
                s.drop_reply_next -= 1
                return "drop_reply", latency
            if s.error_next > 0:
                s.error_next -= 1
                return "error", latency
            if s.rate_limit_next > 0:
                s.rate_limit_next -= 1
                return "rate_limit", latency
            if s.drop_rate and self._rng.random() < s.drop_rate:
                return "drop", latency
            if s.drop_reply_rate and self._rng.random() < s.drop_reply_rate:
                return "drop_reply", latency
            if s.error_rate and self._rng.random() < s.error_rate:
                return "error", latency
            if s.rate_limit_rate and self._rng.random() < s.rate_limit_rate:
                return "rate_limit", latency
            return None, latency


_BOUNDS = {
    "latency_ms": (0, control_values.MAX_LATENCY_MS),
    "reply_latency_ms": (0, control_values.MAX_LATENCY_MS),
    "retry_after_s": (0, control_values.MAX_RETRY_AFTER_S),
    "error_status": (500, 599),
}


def _coerce(name: str, value: Any) -> Any:
    """A checked value for one setting, by the kind of its default (`control_values` says
    what is allowed and why): switches, shares of requests, bounded whole numbers, text."""
    label = _camel(name)
    default = _DEFAULTS[name]
    if isinstance(default, bool):
        return control_values.switch(label, value)
    if isinstance(default, float):
        return control_values.share(label, value)
    if isinstance(default, int):
        low, high = _BOUNDS.get(name, (0, control_values.MAX_NEXT))  # *_next and other counts
        return control_values.whole_number(label, value, low, high)
    if value is None:
        return default
    if isinstance(value, str) and len(value) <= 200:
        return value
    raise ValueError(f"{label} must be a short text, not {control_values.json_word(value)}")
