"""The camera for the door window: the scanner's CaptureLoop wrapped in queued Qt signals.

Capture and decoding run on the loop's own threads (latest frame wins). Preview frames are
shrunk and turned into `QImage`s there, and reach the GUI at display rate; if the GUI is
still busy with the previous frame the new one is dropped, never queued. No camera, a camera
unplugged, or a source that fails: a message, and the feed tries again by itself.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

import cv2
import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from checkin_app.scanner.codes import DecodedCode, Decoder
from checkin_app.scanner.debounce import Debouncer
from checkin_app.scanner.frames import Frame, FrameSource, SourceError
from checkin_app.scanner.loop import CaptureLoop
from checkin_app.scanner.pipeline import default_decoder
from checkin_app.scanner.sources import open_source
from checkin_app.ui.i18n import tr
from checkin_app.ui.message_text import message_text

log = logging.getLogger(__name__)

PREVIEW_FPS = 25.0
PREVIEW_MAX_WIDTH = 960
RETRY_MS = 3000
Polygon = tuple[tuple[float, float], ...]
SourceFactory = Callable[[], FrameSource]


def to_qimage(
    image: np.ndarray, max_width: int = PREVIEW_MAX_WIDTH, max_height: int = PREVIEW_MAX_WIDTH
) -> QImage:
    """A copy of a BGR or grey frame shrunk to fit max_width x max_height, as a QImage (safe
    to hand between threads)."""
    height, width = image.shape[:2]
    scale = min(max_width / width, max_height / height, 1.0)
    if scale < 1.0:
        size = (max(1, int(width * scale)), max(1, int(height * scale)))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        height, width = image.shape[:2]
    image = np.ascontiguousarray(image)
    if image.ndim == 2:
        fmt = QImage.Format.Format_Grayscale8
        stride = image.strides[0]
    else:
        fmt = QImage.Format.Format_BGR888
        stride = image.strides[0]
    # .copy(): the QImage must own its pixels; the array goes away with the frame.
    return QImage(image.data, width, height, stride, fmt).copy()


def _normalised(code: DecodedCode, frame: Frame) -> Polygon:
    height, width = frame.image.shape[:2]
    return tuple((x / width, y / height) for x, y in code.points)


class _Gate:
    """Lets the loop's threads reach the feed until it is closed. `close` waits for a call in
    progress, so once the feed stops nothing touches it (it may be deleted right after)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open = True

    def run(self, fn: Callable[..., None], *args: object) -> None:
        with self._lock:
            if self._open:
                fn(*args)

    def close(self) -> None:
        with self._lock:
            self._open = False


class CameraFeed(QObject):
    """Start with `start(spec)`; emits frames, outlines, new scans and its state in words."""

    frame_ready = Signal(QImage)
    codes_seen = Signal(list)  # [Polygon] of every code in the latest decoded frame
    codes_scanned = Signal(list, float)  # [text] new scans, perf_counter when the frame was read
    state_changed = Signal(str, bool)  # message for the preview (empty when fine), working?
    _invoke = Signal(object, object)  # (fn, args) to run on the GUI thread
    _frame_signal = Signal(QImage)  # from the reader thread

    def __init__(
        self,
        decoder_factory: Callable[[], Decoder] = default_decoder,
        debounce_s: float = 3.0,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Called on the decoder thread with (texts, read_at) for each new scan, before the
        # `codes_scanned` signal: the door hands codes straight to its check-in worker, so
        # a busy GUI thread never delays a decision.
        self.on_scan: Callable[[list[str], float], None] | None = None
        self.preview_size: tuple[int, int] = (PREVIEW_MAX_WIDTH, PREVIEW_MAX_WIDTH)
        self._decoder_factory = decoder_factory
        self._decoder: Decoder | None = None
        self._debounce_s = debounce_s
        self._loop: CaptureLoop | None = None
        self._factory: SourceFactory | None = None
        self._preview_busy = threading.Event()
        self._gate = _Gate()
        self._had_codes = False  # decoder thread only
        self._generation = 0
        self._opening = False
        self.spec = ""
        self.message = ""
        self.frames_received = 0
        self._retry = QTimer(self, singleShot=True, interval=retry_ms)
        self._retry.timeout.connect(self._open)
        self._invoke.connect(self._run_posted)
        self._frame_signal.connect(self._deliver_frame)

    # -- control ----------------------------------------------------------------------------
    def start(
        self,
        spec: str,
        payloads: Sequence[str] = (),
        size: tuple[int, int] = (1280, 720),
    ) -> None:
        """Open SPEC (camera index, video, folder of images, `demo`) and run the loop."""
        width, height = size
        self.start_with(
            lambda: open_source(
                spec,
                payloads=payloads,
                width=width,
                height=height,
                on_camera_state=self.report_camera_state,
            ),
            spec,
        )

    def start_with(self, factory: SourceFactory, spec: str = "") -> None:
        """Run the loop on whatever source `factory()` opens (tests pass fake sources)."""
        self.stop()
        self.spec = spec
        self._factory = factory
        self._open()

    def stop(self) -> None:
        self._gate.close()
        self._gate = _Gate()
        self._generation += 1
        self._opening = False  # an open still in flight belongs to the closed gate
        self._retry.stop()
        self._factory = None
        loop, self._loop = self._loop, None
        if loop is not None:
            # Joining can take a moment (a camera read in progress): do it off the GUI thread.
            threading.Thread(target=loop.stop, name="camera-stop", daemon=True).start()

    @property
    def running(self) -> bool:
        return self._loop is not None

    def stats(self) -> object | None:
        return self._loop.stats() if self._loop is not None else None

    # -- opening (off the GUI thread: a camera can take a second to answer) ---------------------
    def _open(self) -> None:
        if self._factory is None or self._opening:
            return
        self._opening = True
        generation = self._generation
        factory = self._factory
        gate = self._gate

        def work() -> None:
            try:
                source = factory()
            except SourceError as exc:
                gate.run(self._post, self._on_open_failed, generation, str(exc))
                return
            except Exception as exc:  # an odd device or file: same message path
                log.exception("Opening the frame source failed")
                gate.run(self._post, self._on_open_failed, generation, str(exc))
                return
            delivered: list[bool] = []

            def deliver() -> None:
                delivered.append(True)
                self._post(self._on_opened, generation, source)

            gate.run(deliver)
            if not delivered:  # stopped meanwhile: nobody will use it
                source.close()

        threading.Thread(target=work, name="camera-open", daemon=True).start()

    def _post(self, fn: Callable[..., None], *args: object) -> None:
        self._invoke.emit(fn, args)

    @Slot(object, object)
    def _run_posted(self, fn: Callable[..., None], args: tuple) -> None:
        fn(*args)

    def _on_open_failed(self, generation: int, message: str) -> None:
        self._opening = False
        if generation != self._generation:
            return
        self._set_state(
            tr(
                "Camera",
                "{problem}\nThe barcode scanner and the guest search still work. "
                "Trying the camera again…",
            ).format(problem=message_text(message)),
            False,
        )
        self._retry.start()

    def _on_opened(self, generation: int, source: FrameSource) -> None:
        self._opening = False
        if generation != self._generation:
            threading.Thread(target=source.close, daemon=True).start()
            return
        if self._decoder is None:
            self._decoder = self._decoder_factory()
        gate = self._gate
        loop = CaptureLoop(
            source,
            self._decoder,
            on_frame=lambda frame: gate.run(self._on_frame, frame),
            on_decoded=lambda codes, frame: gate.run(self._on_decoded, codes, frame),
            on_codes=lambda codes, frame: gate.run(self._on_codes, codes, frame),
            on_error=lambda exc: gate.run(self._post, self._on_loop_error, generation, str(exc)),
            on_finished=lambda: gate.run(self._post, self._on_loop_finished, generation),
            debouncer=Debouncer(self._debounce_s),
            preview_fps=PREVIEW_FPS,
        )
        self._loop = loop
        self._set_state("", True)
        loop.start()

    def _on_loop_error(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._loop = None
        self._set_state(
            tr("Camera", "Camera lost: {problem}\nTrying again…").format(
                problem=message_text(message)
            ),
            False,
        )
        self._retry.start()

    def _on_loop_finished(self, generation: int) -> None:
        if generation != self._generation or self._loop is None:
            return
        if not self._loop.running:
            self._loop = None
            self._set_state(tr("Camera", "The video has ended."), False)

    def report_camera_state(self, state: object) -> None:
        """`on_camera_state` for `open_source`: called on the reading thread."""
        self._gate.run(self._post, self._on_camera_state, self._generation, str(state))

    def _on_camera_state(self, generation: int, state: str) -> None:
        # An unplugged camera reconnects by itself (the scanner's CameraSource); say so.
        if generation != self._generation or self._loop is None:
            return
        if state == "reconnecting":
            self._set_state(tr("Camera", "The camera was disconnected. Reconnecting…"), False)
        elif state == "open":
            self._set_state("", True)

    def _set_state(self, message: str, working: bool) -> None:
        self.message = message
        self.state_changed.emit(message, working)

    # -- loop callbacks (on the loop's threads) --------------------------------------------------
    def _on_frame(self, frame: Frame) -> None:
        if self._preview_busy.is_set():
            return  # the GUI has not painted the last one: drop this one
        self._preview_busy.set()
        self.frames_received += 1
        width, height = self.preview_size  # the view's size: no scaling on the GUI thread
        # Converted under the gate: a frame costs ~2 ms, and stop() waits at most that long.
        self._frame_signal.emit(to_qimage(frame.image, width, height))

    @Slot(QImage)
    def _deliver_frame(self, image: QImage) -> None:
        self._preview_busy.clear()
        self.frame_ready.emit(image)

    def _on_decoded(self, codes: list[DecodedCode], frame: Frame) -> None:
        # Sent when codes are seen, and once when they are gone (so outlines go at once).
        if codes or self._had_codes:
            self.codes_seen.emit([_normalised(c, frame) for c in codes if c.points])
        self._had_codes = bool(codes)

    def _on_codes(self, codes: list[DecodedCode], frame: Frame) -> None:
        # The frame was read at frame.timestamp (monotonic); express it on perf_counter's
        # clock so the door can measure frame-to-card time.
        read_at = time.perf_counter() - max(0.0, time.monotonic() - frame.timestamp)
        texts = [c.text for c in codes if not c.binary and c.text.strip()]
        if texts:
            handler = self.on_scan
            if handler is not None:
                handler(texts, read_at)
            self.codes_scanned.emit(texts, read_at)
