"""Door mode (Qt-free): with a supervisor PIN set, volunteers see only the door view.

`DoorLock` holds the locked/unlocked state and locks itself again:
- after `idle_s` seconds without a supervisor action (`note_activity`), and
- when the computer wakes from sleep: `check()` is called every second or so; a gap far longer
  than that on a clock that keeps counting during sleep means the process was suspended.

The clocks are injected, so the rules are tested without waiting or sleeping a laptop.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from checkin_app.ui.pin import verify_pin

Clock = Callable[[], float]
Listener = Callable[[bool], None]

DEFAULT_IDLE_S = 5 * 60.0
# A check that comes this much later than the one before means the computer slept (or was
# frozen); the door must not come back unlocked. Checks run every second, so this is never a
# busy GUI thread.
SLEEP_GAP_S = 30.0


def awake_and_asleep_clock() -> float:
    """Seconds on a clock that keeps counting while the computer sleeps and that wall-clock
    changes do not move: CLOCK_BOOTTIME on Linux, else the wall clock (on macOS and Windows
    `time.time()` also runs on through sleep)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            return time.clock_gettime(boottime)
        except OSError:
            pass
    return time.time()


@dataclass(frozen=True, slots=True)
class LockStatus:
    """What the status line says about door mode."""

    has_pin: bool
    supervisor: bool
    seconds_left: float | None  # until it locks itself; None when it will not

    @property
    def counting(self) -> bool:
        return self.seconds_left is not None


class DoorLock:
    """Locked (door mode) or unlocked (supervisor). Listeners hear `True` when unlocked."""

    def __init__(
        self,
        pin_hash: str = "",
        *,
        idle_s: float = DEFAULT_IDLE_S,
        monotonic: Clock = time.monotonic,
        sleep_clock: Clock = awake_and_asleep_clock,
    ) -> None:
        self._pin_hash = pin_hash
        self._idle_s = idle_s
        self._monotonic = monotonic
        self._sleep_clock = sleep_clock
        self._listeners: list[weakref.WeakMethod[Listener] | Listener] = []
        # With a PIN set the station starts in door mode: a volunteer may be the one who
        # opens the laptop.
        self._unlocked = not pin_hash
        self._last_activity = monotonic()
        self._last_check = sleep_clock()
        self.last_lock_reason = ""  # "idle", "sleep" or "manual": why it locked last

    # -- state ----------------------------------------------------------------------------
    @property
    def has_pin(self) -> bool:
        return bool(self._pin_hash)

    @property
    def supervisor(self) -> bool:
        return self._unlocked

    @property
    def idle_s(self) -> float:
        return self._idle_s

    def on_change(self, listener: Listener) -> None:
        """Call `listener(unlocked)` on each change. A bound method is held weakly: its owner
        (the presenter) holds this lock, and a cycle would outlive the window."""
        if hasattr(listener, "__self__"):
            self._listeners.append(weakref.WeakMethod(listener))
        else:
            self._listeners.append(listener)

    def set_pin_hash(self, pin_hash: str) -> None:
        self._pin_hash = pin_hash
        if not pin_hash:
            self._set(True)

    def set_idle(self, seconds: float) -> None:
        """Lock after this many seconds without a supervisor action (0: never by itself)."""
        self._idle_s = max(0.0, seconds)
        self.note_activity()

    def unlock(self, pin: str) -> bool:
        """True (and unlocked, with a fresh idle countdown) when the PIN is right."""
        if not self._pin_hash or verify_pin(pin, self._pin_hash):
            self.note_activity()
            self._set(True)
            return True
        return False

    def lock(self, reason: str = "manual") -> bool:
        """Back to door mode; False when no PIN is set (nothing would unlock it again)."""
        if not self._pin_hash:
            return False
        if self._unlocked:
            self.last_lock_reason = reason
        self._set(False)
        return True

    # -- locking by itself ------------------------------------------------------------------
    def note_activity(self) -> None:
        """A supervisor did something: the idle countdown starts again."""
        self._last_activity = self._monotonic()

    def seconds_left(self) -> float | None:
        """Until it locks itself; None when it will not (locked, no PIN, or never)."""
        if not self._unlocked or not self._pin_hash or self._idle_s <= 0:
            return None
        return max(0.0, self._idle_s - (self._monotonic() - self._last_activity))

    def status(self) -> LockStatus:
        return LockStatus(self.has_pin, self._unlocked, self.seconds_left())

    def check(self) -> str:
        """Call every second or so: locks when idle too long or after a sleep. Returns why it
        locked now ("idle" or "sleep"), else ""."""
        now = self._sleep_clock()
        slept = now - self._last_check > SLEEP_GAP_S
        self._last_check = now
        if not self._unlocked or not self._pin_hash:
            return ""
        if slept:
            self.lock("sleep")
            return "sleep"
        left = self.seconds_left()
        if left is not None and left <= 0:
            self.lock("idle")
            return "idle"
        return ""

    def _set(self, unlocked: bool) -> None:
        if unlocked != self._unlocked:
            self._unlocked = unlocked
            for entry in list(self._listeners):
                listener = entry() if isinstance(entry, weakref.WeakMethod) else entry
                if listener is not None:
                    listener(unlocked)
