"""Checks for the values that steer the emulator (control endpoints, `EmulatorServer`, the
`checkin-app emulator` options): a value out of range is refused with a `ValueError` that
says what is allowed, before anything changes, so one bad call never breaks later requests.

The bounds are generous for tests and demos and refuse only what makes no sense (a latency
of 10^300 ms overflowed `time.sleep`; a negative rate limit crashed every later request).
"""

from __future__ import annotations

import math
from typing import Any

MAX_LATENCY_MS = 120_000  # two minutes: beyond any client's timeout; `offline` never answers
MAX_RETRY_AFTER_S = 86_400  # a day
MAX_NEXT = 1_000_000  # "fail the next N requests"
MAX_PER_MINUTE = 1_000_000
MAX_ADVANCE_S = 10 * 365 * 86_400  # ten years at a time ...
MAX_CLOCK_OFFSET_S = 100 * 365 * 86_400  # ... and a century in all (datetime ends at 9999)
MAX_SEED_TICKETS = 500_000  # 100,000 take ~280 MB; a typo must not eat the machine
SEED_WORDS = ("demo", "empty", "none", "")


def whole_number(name: str, value: Any, low: int, high: int) -> int:
    """An integer in [low, high]: JSON numbers without a fraction, or digit strings."""
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number, not {json_word(value)}")
    number: float | int
    if isinstance(value, int | float):
        number = value
    elif isinstance(value, str):
        try:
            number = float(value.strip()) if value.strip() else math.nan
        except ValueError:
            raise ValueError(f"{name} must be a number, got {value[:40]!r}") from None
    else:
        raise ValueError(f"{name} must be a number, not {json_word(value)}")
    if isinstance(number, float):
        if not math.isfinite(number) or not number.is_integer():
            raise ValueError(f"{name} must be a whole number from {low} to {high}")
        number = int(number)
    if not low <= number <= high:
        shown = f"{number:,}" if abs(number) < 10**15 else f"{float(number):.3g}"
        raise ValueError(f"{name} must be from {low:,} to {high:,}, got {shown}")
    return number


def share(name: str, value: Any) -> float:
    """A share of requests, 0.0–1.0."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{name} must be a number from 0 to 1, not {json_word(value)}")
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{name} must be a number from 0 to 1, got {value!r:.40}") from None
    if not 0.0 <= number <= 1.0:  # NaN fails this too
        raise ValueError(f"{name} must be between 0 and 1")
    return number


def switch(name: str, value: Any) -> bool:
    """true/false (also 1/0 and "true"/"false"/"yes"/"no"/"on"/"off")."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _SWITCH_WORDS:
        return _SWITCH_WORDS[value.strip().lower()]
    raise ValueError(f"{name} must be true or false, not {json_word(value)}")


_SWITCH_WORDS = {"1": True, "true": True, "yes": True, "on": True,
                 "0": False, "false": False, "no": False, "off": False}  # fmt: skip


def rate_limit(value: Any) -> int | None:
    """Requests per minute per site; 0, null or absent turns the limit off (None)."""
    if value is None:
        return None
    number = whole_number("perMinute", value, 0, MAX_PER_MINUTE)
    return number or None


def clock_advance(value: Any, current_offset: float) -> float:
    """Seconds to move the clock forward: finite, not backwards, within the calendar."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"advanceSeconds must be a number, not {json_word(value)}")
    try:
        seconds = float(value)
    except ValueError:
        raise ValueError("advanceSeconds must be a number") from None
    if not math.isfinite(seconds):
        raise ValueError("advanceSeconds must be a finite number")
    if seconds < 0:
        raise ValueError("the clock only moves forward")
    if seconds > MAX_ADVANCE_S or current_offset + seconds > MAX_CLOCK_OFFSET_S:
        raise ValueError(
            f"advanceSeconds is too far: at most {MAX_ADVANCE_S:,} at a time and "
            f"{MAX_CLOCK_OFFSET_S:,} in all (POST /_emulator/reset starts the clock again)"
        )
    return seconds


def seed(value: Any) -> str | int | None:
    """'demo', 'empty', or a number of tickets up to MAX_SEED_TICKETS; None (null, absent)
    stays None: "the current seed again"."""
    if value is None:
        return None
    if isinstance(value, str) and value.strip().lower() in SEED_WORDS:
        return "demo" if value.strip().lower() == "demo" else "empty"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return whole_number("seed", value, 0, MAX_SEED_TICKETS)
    if isinstance(value, str) and value.strip().isdigit():
        return whole_number("seed", value, 0, MAX_SEED_TICKETS)
    raise ValueError(
        f"unknown seed {json_word(value)}: use 'demo', 'empty' or a number of tickets "
        f"from 0 to {MAX_SEED_TICKETS:,}"
    )


def log_position(value: str | None) -> int:
    """`?since=` of the request log: a sequence number, 0 or more."""
    if value is None or value == "":
        return 0
    return whole_number("since", value, 0, 2**62)


def json_word(value: Any) -> str:
    """How a JSON value is called in a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"{value[:40]!r}"
    return repr(value)[:40]
