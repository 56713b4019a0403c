"""The demo camera: a synthetic live feed of ticket QR codes, so the app can be shown anywhere.

It draws a moving background and, in turn, holds each payload up as a card drifting and
tilting in front of the "camera" for `show_seconds`, then shows nothing for `gap_seconds`.
Payloads are the caller's (e.g. check-in URLs of cached tickets); a few garbage codes
(`DEMO_GARBAGE`: a web link, Wi-Fi credentials, a truncated check-in URL) are mixed in so
the "not a ticket" path shows too.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence

import numpy as np

from checkin_app.scanner.frames import Frame, SourceError
from checkin_app.scanner.synthetic import code_corners, paste_code, render_qr, scene

DEMO_GARBAGE: tuple[str, ...] = (
    "https://example.com/this-is-not-a-ticket",
    "WIFI:S:Door-Guest;T:WPA;P:not-a-ticket;;",
    "https://www.wixevents.com/check-in/",
)


class DemoCamera:
    """A `FrameSource` of generated frames with QR codes (see the module docstring).

    Every `garbage_every`-th code shown is garbage (0: never). `realtime=False` makes frames
    as fast as asked, with timestamps advancing by 1/fps (tests, benchmarks); `realtime=True`
    paces them at `fps` on `clock`.
    """

    def __init__(
        self,
        payloads: Sequence[str],
        *,
        garbage: Sequence[str] = DEMO_GARBAGE,
        garbage_every: int = 4,
        width: int = 1280,
        height: int = 720,
        fps: float = 24.0,
        show_seconds: float = 2.0,
        gap_seconds: float = 1.0,
        realtime: bool = True,
        seed: int = 1,
        max_frames: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], bool] | None = None,
    ) -> None:
        if not payloads and not garbage:
            raise SourceError("The demo camera needs at least one code to show.")
        if fps <= 0 or width < 160 or height < 120:
            raise SourceError("The demo camera needs fps > 0 and at least 160x120 pixels.")
        self.sequence = _interleave(list(payloads), list(garbage), garbage_every)
        self.width, self.height, self.fps = width, height, fps
        self.show_seconds, self.gap_seconds = show_seconds, gap_seconds
        self._realtime = realtime
        self._max_frames = max_frames
        self._clock = clock
        self._closed = threading.Event()
        self._sleep = sleep or self._closed.wait
        rng = np.random.default_rng(seed)
        # One big backdrop rendered once; each frame is a moving window onto it (cheap).
        self._backdrop = scene(int(width * 1.25), int(height * 1.25), rng, noise=2.0)
        self._codes: dict[str, np.ndarray] = {}
        self._rng = rng
        self._count = 0
        self._start = clock()

    @property
    def name(self) -> str:
        return "demo camera"

    def payload_at(self, seconds: float) -> str | None:
        """The payload on screen `seconds` after the start, or None in a gap."""
        period = self.show_seconds + self.gap_seconds
        turn, phase = divmod(max(seconds, 0.0), period)
        if phase >= self.show_seconds:
            return None
        return self.sequence[int(turn) % len(self.sequence)]

    def read(self) -> Frame | None:
        if self._closed.is_set():
            return None
        if self._max_frames is not None and self._count >= self._max_frames:
            return None
        if self._realtime:
            due = self._start + self._count / self.fps
            delay = due - self._clock()
            if delay > 1.0:  # clock jumped: re-anchor instead of stalling
                self._start = self._clock() - self._count / self.fps
            elif delay > 0 and self._sleep(delay):
                return None
            seconds = self._clock() - self._start
            timestamp = self._clock()
        else:
            seconds = self._count / self.fps
            timestamp = self._start + seconds
        image = self.render(seconds)
        frame = Frame(image, timestamp, self._count)
        self._count += 1
        return frame

    def render(self, seconds: float) -> np.ndarray:
        """The frame at `seconds` after the start."""
        bh, bw = self._backdrop.shape[:2]
        # The "camera" sways slowly over the backdrop.
        ox = int((bw - self.width) * (0.5 + 0.5 * math.sin(seconds * 0.4)))
        oy = int((bh - self.height) * (0.5 + 0.5 * math.sin(seconds * 0.31 + 1.0)))
        frame = self._backdrop[oy : oy + self.height, ox : ox + self.width].copy()
        payload = self.payload_at(seconds)
        if payload is None:
            return frame
        period = self.show_seconds + self.gap_seconds
        phase = (seconds % period) / max(self.show_seconds, 1e-6)  # 0 → 1 while shown
        short = min(self.width, self.height)
        size = short * (0.42 + 0.08 * math.sin(phase * math.pi))  # brought closer, then away
        cx = self.width * (0.5 + 0.12 * math.sin(seconds * 0.9))
        cy = self.height * (0.5 + 0.08 * math.sin(seconds * 1.3))
        angle = 8.0 * math.sin(seconds * 1.1)
        corners = code_corners((cx, cy), size, angle, 0.0, self._rng)
        tilt = 0.06 * size * math.sin(seconds * 0.7)  # top edge leans back and forth
        corners[0, 0] += tilt
        corners[1, 0] -= tilt
        paste_code(frame, self._code_image(payload), corners)
        return frame

    def close(self) -> None:
        self._closed.set()

    def _code_image(self, payload: str) -> np.ndarray:
        image = self._codes.get(payload)
        if image is None:
            image = render_qr(payload, module_px=8)
            self._codes[payload] = image
        return image


def _interleave(valid: list[str], garbage: list[str], every: int) -> list[str]:
    """Valid payloads with one garbage code after every `every - 1` of them."""
    if not valid:
        return garbage
    if not garbage or every <= 0:
        return valid
    out: list[str] = []
    g = 0
    for i, payload in enumerate(valid):
        out.append(payload)
        if (i + 1) % max(every - 1, 1) == 0:
            out.append(garbage[g % len(garbage)])
            g += 1
    if g == 0:
        out.append(garbage[0])
    return out
