"""The capture loop: the decoder always gets the latest frame; no backlog, bounded memory."""

from __future__ import annotations

import threading
import weakref

import numpy as np
import pytest

from checkin_app.scanner.codes import DecodedCode
from checkin_app.scanner.debounce import Debouncer
from checkin_app.scanner.demo import DemoCamera
from checkin_app.scanner.frames import Frame, SourceError
from checkin_app.scanner.loop import CaptureLoop, LatestFrameSlot
from checkin_app.scanner.pipeline import default_decoder

WAIT = 10.0  # generous upper bound for thread hand-offs; never a measured time


class FastSource:
    """As many frames as asked, as fast as possible; counts frames still alive."""

    def __init__(self, count: int, size: tuple[int, int] = (48, 64)) -> None:
        self.count = count
        self.size = size
        self.read_count = 0
        self.exhausted = threading.Event()
        self.alive: weakref.WeakSet[Frame] = weakref.WeakSet()
        self.max_alive = 0
        self.closed = False

    @property
    def name(self) -> str:
        return "fast fake"

    def read(self) -> Frame | None:
        if self.closed or self.read_count >= self.count:
            self.exhausted.set()
            return None
        self.max_alive = max(self.max_alive, len(self.alive))
        frame = Frame(np.zeros(self.size, np.uint8), float(self.read_count), self.read_count)
        self.alive.add(frame)
        self.read_count += 1
        return frame

    def close(self) -> None:
        self.closed = True


class GatedDecoder:
    """Blocks inside `decode` until the test opens the gate; records what it decoded."""

    name = "gated"

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.decoded: list[int] = []

    def decode(self, image: np.ndarray) -> list[DecodedCode]:
        self.entered.set()
        assert self.gate.wait(WAIT)
        self.decoded.append(int(image[0, 0]))
        return []


class IndexedSource(FastSource):
    """Marks each image with its index; holds frame 1 back until the decoder is busy."""

    def __init__(self, count: int, decoder: GatedDecoder) -> None:
        super().__init__(count)
        self.decoder = decoder

    def read(self) -> Frame | None:
        if self.read_count == 1:
            assert self.decoder.entered.wait(WAIT)
        frame = super().read()
        if frame is not None:
            frame.image[0, 0] = frame.index % 256
        return frame


def test_a_slow_decoder_gets_the_latest_frame_and_the_rest_are_dropped():
    decoder = GatedDecoder()
    source = IndexedSource(200, decoder)
    loop = CaptureLoop(source, decoder).start()
    assert decoder.entered.wait(WAIT)  # the decoder is busy with frame 0...
    assert source.exhausted.wait(WAIT)  # ...while the camera delivers all the others
    decoder.gate.set()
    assert loop.wait(WAIT)
    stats = loop.stats()
    assert decoder.decoded == [0, 199]  # then straight to the newest frame
    assert stats.frames_read == 200
    assert stats.frames_decoded == 2
    assert stats.frames_dropped == 198
    assert stats.frames_decoded + stats.frames_dropped == stats.frames_read
    assert stats.frames_pending == 0 and not stats.running


def test_memory_stays_bounded_however_far_the_camera_runs_ahead():
    decoder = GatedDecoder()
    source = IndexedSource(2000, decoder)
    loop = CaptureLoop(source, decoder).start()
    assert decoder.entered.wait(WAIT)
    assert source.exhausted.wait(WAIT)
    # One frame being decoded, one waiting in the slot: that is all that is kept.
    assert source.max_alive <= 2
    assert loop.slot.pending == 1
    decoder.gate.set()
    assert loop.wait(WAIT)
    assert loop.stats().frames_dropped == 2000 - loop.stats().frames_decoded


def test_latest_frame_slot_keeps_one_frame():
    slot = LatestFrameSlot()
    frames = [Frame(np.zeros((2, 2), np.uint8), float(i), i) for i in range(5)]
    for frame in frames:
        slot.put(frame)
    assert slot.pending == 1 and slot.dropped == 4
    assert slot.take(0).index == 4
    assert slot.take(0) is None
    slot.close()
    assert slot.take(None) is None  # closed: no waiting


class ExplodingDecoder:
    name = "exploding"

    def __init__(self) -> None:
        self.calls = 0

    def decode(self, image: np.ndarray) -> list[DecodedCode]:
        self.calls += 1
        raise RuntimeError("library bug")


class OneAtATimeSource(FastSource):
    """Waits for the decoder before each frame, so every frame is decoded."""

    def __init__(self, count: int, done: threading.Semaphore) -> None:
        super().__init__(count)
        self.done = done

    def read(self) -> Frame | None:
        if self.read_count and not self.done.acquire(timeout=WAIT):
            return None
        return super().read()


def test_a_decoder_that_raises_does_not_stop_the_loop(caplog):
    done = threading.Semaphore(0)
    source = OneAtATimeSource(5, done)
    decoder = ExplodingDecoder()
    loop = CaptureLoop(source, decoder, on_decoded=lambda codes, frame: done.release())
    loop.start()
    assert loop.wait(WAIT)
    stats = loop.stats()
    assert decoder.calls == 5 and stats.decode_errors == 5 and stats.frames_decoded == 5


class FailingSource(FastSource):
    def read(self) -> Frame | None:
        if self.read_count == 3:
            raise SourceError("Camera 0 was disconnected and did not come back.")
        return super().read()


def test_a_failing_source_is_reported_and_the_loop_ends():
    errors: list[Exception] = []
    finished = threading.Event()
    loop = CaptureLoop(
        FailingSource(10), default_decoder(), on_error=errors.append, on_finished=finished.set
    ).start()
    assert finished.wait(WAIT) and loop.wait(WAIT)
    assert [str(e) for e in errors] == ["Camera 0 was disconnected and did not come back."]
    assert loop.stats().frames_read == 3


def test_callbacks_that_raise_are_logged_and_the_loop_goes_on(caplog):
    def bad_preview(frame: Frame) -> None:
        raise ValueError("ui bug")

    loop = CaptureLoop(FastSource(20), default_decoder(), on_frame=bad_preview).start()
    assert loop.wait(WAIT)
    assert loop.stats().frames_read == 20
    assert any("callback" in r.message for r in caplog.records)


def test_stop_unblocks_and_closes_the_source_and_is_idempotent():
    source = FastSource(10**9)
    loop = CaptureLoop(source, default_decoder()).start()
    loop.start()  # no second pair of threads
    loop.stop()
    loop.stop()
    assert source.closed and not loop.running


def test_preview_is_throttled_to_the_display_rate():
    seen: list[int] = []
    # The fake's frames are stamped 1 s apart; previews at most every 2.5 s of frame time.
    loop = CaptureLoop(
        FastSource(10), default_decoder(), on_frame=lambda f: seen.append(f.index), preview_fps=0.4
    ).start()
    assert loop.wait(WAIT)
    assert seen == [0, 3, 6, 9]


def test_demo_camera_through_the_loop_gives_debounced_scans_of_its_payloads():
    payloads = [
        "https://www.wixevents.com/check-in/AAAA-1111-AA,2f7a3f0e-1d7b-4c55-9e3b-6a9b0c2d4e5f",
        "https://www.wixevents.com/check-in/BBBB-2222-BB,2f7a3f0e-1d7b-4c55-9e3b-6a9b0c2d4e5f",
    ]
    camera = DemoCamera(
        payloads,
        garbage=(),
        width=640,
        height=360,
        fps=10,
        show_seconds=1.0,
        gap_seconds=0.5,
        realtime=False,
        max_frames=30,
    )
    scans: list[str] = []

    def on_codes(codes: list[DecodedCode], frame: Frame) -> None:
        scans.extend(c.text for c in codes)

    done = threading.Semaphore(0)

    class Lockstep:
        """The demo camera, one frame per decode, so no frame is dropped."""

        name = "lockstep demo"

        def __init__(self) -> None:
            self.first = True

        def read(self) -> Frame | None:
            if not self.first and not done.acquire(timeout=WAIT):
                return None
            self.first = False
            return camera.read()

        def close(self) -> None:
            camera.close()

    loop = CaptureLoop(
        Lockstep(),
        default_decoder(),
        on_codes=on_codes,
        on_decoded=lambda codes, frame: done.release(),
        debouncer=Debouncer(hold_seconds=3.0),
    )
    loop.start()
    assert loop.wait(WAIT)
    # 3 s of frames: A (0-1 s), gap, B (1.5-2.5 s), gap, A again only 2 s after last seen.
    assert scans == payloads
    assert loop.stats().frames_decoded == 30


@pytest.mark.parametrize("count", [0, 1])
def test_short_sources_end_cleanly(count):
    finished = threading.Event()
    loop = CaptureLoop(FastSource(count), default_decoder(), on_finished=finished.set).start()
    assert loop.wait(WAIT) and finished.is_set()
    assert loop.stats().frames_read == count
