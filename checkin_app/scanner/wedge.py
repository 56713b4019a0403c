"""Tell a USB barcode scanner ("keyboard wedge") from a person typing, without Qt.

A wedge scanner types the whole code in a burst — a few milliseconds per character — and
ends it with Enter or Tab. People type 100+ ms per key. The detector holds back each key
briefly: if the next arrives within `max_gap` seconds it is part of a burst; a burst of at
least `min_length` characters ended by Enter/Tab is a code, and none of its keys reach the
focused widget. When the gap runs out, the held keys are handed back (`replay`) so the
caller types them into the widget: a person notices no difference (≤ `max_gap` delay).

The Qt side (an event filter) does, for each key press::

    result = detector.feed(event.text(), event.timestamp() / 1000)
    if result.replay: insert result.replay into the focused widget
    if result.code: emit the scan
    return result.swallow            # True: eat the key

and runs a timer every ~`max_gap` seconds that calls `detector.flush(now)` and replays
what it returns. Keys with no text (Shift, arrows) are passed through untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_GAP = 0.05  # s between keys of one burst; scanners: 1-20 ms, people: 80+ ms
DEFAULT_MIN_LENGTH = 4  # shortest code; shorter Enter-terminated bursts are typing
TERMINATORS = frozenset("\r\n\t")


@dataclass(frozen=True, slots=True)
class WedgeResult:
    """What to do with one key: eat it? a completed code? held keys to type after all?"""

    swallow: bool = False
    code: str | None = None
    replay: str = ""


class WedgeDetector:
    """Fed `(char, timestamp)` key events; returns completed codes and what to swallow."""

    def __init__(
        self,
        max_gap: float = DEFAULT_MAX_GAP,
        min_length: int = DEFAULT_MIN_LENGTH,
        max_length: int = 512,
    ) -> None:
        self.max_gap = max_gap
        self.min_length = min_length
        self.max_length = max_length
        self._held: list[str] = []
        self._last: float = 0.0

    @property
    def holding(self) -> bool:
        """True while keys are held back (the caller's timer should call `flush`)."""
        return bool(self._held)

    def feed(self, char: str, timestamp: float) -> WedgeResult:
        """Process one key press; `timestamp` in seconds (any monotonic origin)."""
        if not char:
            return WedgeResult()  # modifier or navigation key: not ours to judge
        replay = ""
        if self._held and timestamp - self._last > self.max_gap:
            replay = self._release()  # the burst ended without Enter: it was typing
        if char in TERMINATORS:
            if len(self._held) >= self.min_length:
                code = "".join(self._held)
                self._held.clear()
                return WedgeResult(swallow=True, code=code, replay=replay)
            # Enter after a short burst: the person's own Enter, after their keys.
            return WedgeResult(swallow=False, replay=replay + self._release())
        if len(char) != 1 or not char.isprintable():
            return WedgeResult(swallow=False, replay=replay + self._release())
        if len(self._held) >= self.max_length:
            replay += self._release()  # a stuck key or a paste, not a ticket
        self._held.append(char)
        self._last = timestamp
        return WedgeResult(swallow=True, replay=replay)

    def flush(self, now: float) -> str:
        """Keys held longer than `max_gap` with no follow-up: hand them back for typing."""
        if self._held and now - self._last > self.max_gap:
            return self._release()
        return ""

    def _release(self) -> str:
        text = "".join(self._held)
        self._held.clear()
        return text
