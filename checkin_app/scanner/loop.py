"""The capture loop: read frames on one thread, decode only the latest on another (no Qt).

The reader puts every frame into a `LatestFrameSlot`, which holds one frame: a new frame
replaces one the decoder has not taken yet (counted as dropped). So however fast the camera
and however slow a decode, there is no backlog and at most three frames are alive (being
read, waiting, being decoded). Callbacks run on the loop's threads; the GUI wraps them in
queued signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import cv2

from checkin_app.scanner.codes import DecodedCode, Decoder
from checkin_app.scanner.debounce import Debouncer
from checkin_app.scanner.frames import Frame, FrameSource, SourceError

log = logging.getLogger(__name__)


class LatestFrameSlot:
    """A one-frame mailbox: `put` overwrites, `take` waits for a frame and empties the slot."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._frame: Frame | None = None
        self._closed = False
        self.dropped = 0

    def put(self, frame: Frame) -> None:
        with self._cond:
            if self._frame is not None:
                self.dropped += 1
            self._frame = frame
            self._cond.notify()

    def take(self, timeout: float | None = None) -> Frame | None:
        """The latest frame, waiting up to `timeout` s; None on timeout or after `close`."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._frame is not None or self._closed, timeout):
                return None
            frame, self._frame = self._frame, None
            return frame

    def close(self) -> None:
        """Wake any waiting `take`; later takes return None once the slot is empty."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def pending(self) -> int:
        with self._cond:
            return 0 if self._frame is None else 1


@dataclass(frozen=True, slots=True)
class LoopStats:
    """Counts since `start`: every frame read is decoded, dropped, or still pending."""

    frames_read: int
    frames_decoded: int
    frames_dropped: int
    frames_pending: int
    codes_found: int
    scans: int
    decode_errors: int
    last_decode_ms: float
    running: bool


FrameCallback = Callable[[Frame], None]
CodesCallback = Callable[[list[DecodedCode], Frame], None]
ErrorCallback = Callable[[Exception], None]


class CaptureLoop:
    """Reads `source` and decodes the latest frame with `decoder`, on two daemon threads.

    - `on_frame(frame)`: every frame read, for the preview (at most `preview_fps` per s of
      frame timestamps);
    - `on_decoded(codes, frame)`: after every decode, with all codes found (may be empty),
      for drawing outlines;
    - `on_codes(codes, frame)`: new scans only — codes that pass `debouncer`, when given —
      and only when there is at least one;
    - `on_error(exc)`: the source failed for good (a `SourceError`); the loop then stops;
    - `on_finished()`: the source ended (end of a video, or the loop was stopped).

    `start()` and `stop()` are idempotent; `stop()` closes the source unless
    `close_source=False`. A loop runs once: make a new one to restart. Callbacks must be
    quick; an exception in one is logged, not fatal.
    """

    def __init__(
        self,
        source: FrameSource,
        decoder: Decoder,
        *,
        on_frame: FrameCallback | None = None,
        on_codes: CodesCallback | None = None,
        on_decoded: CodesCallback | None = None,
        on_error: ErrorCallback | None = None,
        on_finished: Callable[[], None] | None = None,
        debouncer: Debouncer | None = None,
        preview_fps: float | None = None,
    ) -> None:
        self.source = source
        self.decoder = decoder
        self.debouncer = debouncer
        self._on_frame = on_frame
        self._on_codes = on_codes
        self._on_decoded = on_decoded
        self._on_error = on_error
        self._on_finished = on_finished
        self._preview_interval = 1.0 / preview_fps if preview_fps else 0.0
        self._last_preview = -1e9
        self._slot = LatestFrameSlot()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._frames_read = 0
        self._frames_decoded = 0
        self._codes_found = 0
        self._scans = 0
        self._decode_errors = 0
        self._last_decode_ms = 0.0
        self._reader_done = threading.Event()
        self._finished_once = threading.Event()

    # --- control ---------------------------------------------------------------------

    def start(self) -> CaptureLoop:
        """Start both threads (no-op when running); returns self for chaining."""
        with self._lock:
            if self._threads:
                return self
            # The live loop already runs reader and decoder threads on a 2-core laptop beside
            # the GUI; OpenCV's own worker pool on top only adds contention (p95 of a
            # 1280x720 frame without a code: 2.0-2.7 ms with its pool, 1.6 ms without).
            cv2.setNumThreads(1)
            self._threads = [
                threading.Thread(target=self._read_loop, name="scanner-reader", daemon=True),
                threading.Thread(target=self._decode_loop, name="scanner-decoder", daemon=True),
            ]
            for thread in self._threads:
                thread.start()
        return self

    def stop(self, timeout: float = 5.0, close_source: bool = True) -> None:
        """Stop reading and decoding, wait up to `timeout` s for the threads to end."""
        self._stop.set()
        if close_source:
            self.source.close()  # unblocks a reader waiting on a camera or a reconnect
        self._slot.close()
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the source has ended and the last frame is decoded; True if so."""
        if not self._finished_once.wait(timeout):
            return False
        for thread in self._threads:
            thread.join(timeout)
        return True

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def stats(self) -> LoopStats:
        with self._lock:
            return LoopStats(
                frames_read=self._frames_read,
                frames_decoded=self._frames_decoded,
                frames_dropped=self._slot.dropped,
                frames_pending=self._slot.pending,
                codes_found=self._codes_found,
                scans=self._scans,
                decode_errors=self._decode_errors,
                last_decode_ms=self._last_decode_ms,
                running=self.running,
            )

    @property
    def slot(self) -> LatestFrameSlot:
        """The one-frame mailbox between the threads (tests look at its counters)."""
        return self._slot

    # --- threads ---------------------------------------------------------------------

    def _read_loop(self) -> None:
        try:
            while not self._stop.is_set():
                frame = self.source.read()
                if frame is None:
                    break
                with self._lock:
                    self._frames_read += 1
                self._slot.put(frame)
                self._preview(frame)
        except SourceError as exc:
            log.warning("frame source %s failed: %s", self.source.name, exc)
            self._call(self._on_error, exc)
        except Exception as exc:  # an unexpected source bug: report it like a failure
            log.exception("frame source %s crashed", self.source.name)
            self._call(self._on_error, SourceError(f"{self.source.name}: {exc}"))
        finally:
            self._reader_done.set()
            self._slot.close()

    def _decode_loop(self) -> None:
        try:
            while True:
                frame = self._slot.take(timeout=0.5)
                if frame is None:
                    if self._reader_done.is_set() and self._slot.pending == 0:
                        break
                    if self._stop.is_set():
                        break
                    continue
                if self._stop.is_set():
                    break
                self._decode(frame)
        finally:
            self._finished_once.set()
            self._call(self._on_finished)

    def _decode(self, frame: Frame) -> None:
        started = time.perf_counter()
        try:
            codes = self.decoder.decode(frame.image)
        except Exception as exc:  # decoders do not raise; if one does, the loop goes on
            codes = []
            with self._lock:
                self._decode_errors += 1
            log.warning("decoder %s raised %s; frame skipped", self.decoder.name, exc)
        # Debounce on the frame's capture time: the moment the code was actually seen.
        fresh = codes
        if self.debouncer is not None:
            fresh = self.debouncer.filter(codes, now=frame.timestamp)
        with self._lock:
            self._frames_decoded += 1
            self._codes_found += len(codes)
            self._scans += len(fresh)
            self._last_decode_ms = (time.perf_counter() - started) * 1000.0
        self._call(self._on_decoded, codes, frame)
        if fresh:
            self._call(self._on_codes, fresh, frame)

    def _preview(self, frame: Frame) -> None:
        if self._on_frame is None:
            return
        now = frame.timestamp  # capture time: deterministic for file and synthetic sources
        if self._preview_interval and 0 <= now - self._last_preview < self._preview_interval:
            return
        self._last_preview = now
        self._call(self._on_frame, frame)

    @staticmethod
    def _call(callback: Callable[..., None] | None, *args: object) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:  # a UI bug in a callback must not kill the camera
            # The name, not repr(): the repr of a bound method of a deleted Qt object raises.
            name = getattr(callback, "__qualname__", type(callback).__name__)
            log.exception("scanner callback %s failed", name)
