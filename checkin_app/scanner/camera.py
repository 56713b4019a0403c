"""A camera by index through OpenCV's VideoCapture, reconnecting when it is unplugged.

Opening fails with a plain message when no camera is there. Once a camera has worked, a
failed read (unplugged, driver hiccup) does not end the source: `read` releases it and
reopens with growing pauses (0.5 s doubling to 5 s) until the camera is back or the source
is closed; `state` and the `on_state` callback tell the UI meanwhile.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Protocol

import cv2
import numpy as np

from checkin_app.scanner.frames import Frame, SourceError

log = logging.getLogger(__name__)


class CameraState(enum.StrEnum):
    OPEN = "open"
    RECONNECTING = "reconnecting"
    CLOSED = "closed"


class CameraUnavailable(SourceError):
    """No working camera at that index."""


class Capture(Protocol):
    """The slice of `cv2.VideoCapture` the camera uses (a test fake replaces it)."""

    def isOpened(self) -> bool: ...  # OpenCV's name
    def read(self) -> tuple[bool, np.ndarray | None]: ...
    def set(self, prop: int, value: float) -> bool: ...
    def get(self, prop: int) -> float: ...
    def release(self) -> None: ...


CaptureFactory = Callable[[int, int], Capture]


@contextlib.contextmanager
def _quiet_opencv() -> Iterator[None]:
    """Silence OpenCV's own stderr warnings while probing; we report in plain words."""
    logging_mod = getattr(getattr(cv2, "utils", None), "logging", None)
    if logging_mod is None:
        yield
        return
    previous = logging_mod.getLogLevel()
    logging_mod.setLogLevel(logging_mod.LOG_LEVEL_ERROR)
    try:
        yield
    finally:
        logging_mod.setLogLevel(previous)


def _open_capture(index: int, api: int) -> Capture:
    with _quiet_opencv():
        return cv2.VideoCapture(index, api)


class CameraSource:
    """Frames from camera `index`, at the requested size and rate when the camera allows.

    Raises `CameraUnavailable` from the constructor when the camera cannot be opened or
    gives no first frame. `capture_factory(index, api)` replaces `cv2.VideoCapture` in
    tests; `sleep(seconds) -> bool` (True = closed meanwhile) replaces the backoff wait.
    """

    def __init__(
        self,
        index: int = 0,
        *,
        width: int | None = 1280,
        height: int | None = 720,
        fps: float | None = 30,
        api: int = cv2.CAP_ANY,
        capture_factory: CaptureFactory = _open_capture,
        on_state: Callable[[CameraState], None] | None = None,
        backoff_initial: float = 0.5,
        backoff_max: float = 5.0,
        max_reconnect_attempts: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], bool] | None = None,
    ) -> None:
        self.index = index
        self._settings = (width, height, fps)
        self._api = api
        self._factory = capture_factory
        self._on_state = on_state
        self._backoff_initial = backoff_initial
        self._backoff_max = backoff_max
        self._max_attempts = max_reconnect_attempts
        self._clock = clock
        self._closed = threading.Event()
        self._sleep = sleep or self._closed.wait
        self._lock = threading.Lock()
        self._reading = False
        self._count = 0
        self.reconnects = 0
        self.state = CameraState.CLOSED
        self._size: tuple[int, int] | None = None
        opened = self._try_open()
        if opened is None:
            raise CameraUnavailable(
                f"No camera found at index {index}: check that it is plugged in and not "
                "used by another program, or choose another camera."
            )
        self._capture: Capture | None
        self._first: np.ndarray | None
        self._capture, self._first = opened
        self._set_state(CameraState.OPEN)

    @property
    def name(self) -> str:
        return f"camera {self.index}"

    @property
    def actual_size(self) -> tuple[int, int] | None:
        """The (width, height) the camera delivers, once it has delivered a frame."""
        return self._size

    def read(self) -> Frame | None:
        """The next frame; blocks through a reconnect; None once closed.

        Raises `CameraUnavailable` when `max_reconnect_attempts` reconnects all failed.
        """
        while not self._closed.is_set():
            if self._first is not None:  # the frame that proved the camera works
                image, self._first = self._first, None
                return self._frame(image)
            with self._lock:
                capture = self._capture
                self._reading = capture is not None
            if capture is not None:
                try:
                    ok, captured = capture.read()
                finally:
                    with self._lock:
                        self._reading = False
                if self._closed.is_set():
                    self._release()  # close() left the release to us: we were reading
                    break
                if ok and captured is not None:
                    return self._frame(captured)
                log.warning("camera %d stopped delivering frames; reconnecting", self.index)
                self._release()
            self._reconnect()
        return None

    def close(self) -> None:
        """Stop; safe from any thread. A read in progress releases the device itself when
        it returns: releasing a V4L2/MSMF capture under a blocked read can crash."""
        with self._lock:
            self._closed.set()
            reading = self._reading
        if not reading:
            self._release()
        self._set_state(CameraState.CLOSED)

    # --- internals -------------------------------------------------------------------

    def _try_open(self) -> tuple[Capture, np.ndarray] | None:
        """Open and configure the camera and read a first frame; None when that fails."""
        try:
            capture = self._factory(self.index, self._api)
        except Exception as exc:  # backends raise on odd devices; treat as "not there"
            log.info("opening camera %d raised %s", self.index, exc)
            return None
        if not capture.isOpened():
            capture.release()
            return None
        width, height, fps = self._settings
        # Requests, not guarantees: drivers pick the nearest mode they support.
        if width:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        if height:
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        if fps:
            capture.set(cv2.CAP_PROP_FPS, fps)
        with contextlib.suppress(Exception):
            capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # a driver queue would add latency
        ok, image = capture.read()
        if not ok or image is None:
            capture.release()
            return None
        return capture, image

    def _reconnect(self) -> None:
        self._set_state(CameraState.RECONNECTING)
        delay = self._backoff_initial
        attempts = 0
        while not self._closed.is_set():
            if self._sleep(delay):
                return  # closed while waiting
            attempts += 1
            opened = self._try_open()
            if opened is not None:
                with self._lock:
                    if self._closed.is_set():
                        opened[0].release()
                        return
                    self._capture, self._first = opened
                self.reconnects += 1
                log.info("camera %d is back after %d attempt(s)", self.index, attempts)
                self._set_state(CameraState.OPEN)
                return
            if self._max_attempts is not None and attempts >= self._max_attempts:
                self._set_state(CameraState.CLOSED)
                raise CameraUnavailable(
                    f"Camera {self.index} was disconnected and did not come back."
                )
            delay = min(delay * 2, self._backoff_max)

    def _release(self) -> None:
        with self._lock:
            capture, self._capture = self._capture, None
        if capture is not None:
            with contextlib.suppress(Exception):
                capture.release()

    def _frame(self, image: np.ndarray) -> Frame:
        self._size = (image.shape[1], image.shape[0])
        frame = Frame(image, self._clock(), self._count)
        self._count += 1
        return frame

    def _set_state(self, state: CameraState) -> None:
        if state is self.state:
            return
        self.state = state
        if self._on_state is not None:
            try:
                self._on_state(state)
            except Exception:
                log.exception("camera state callback failed")
