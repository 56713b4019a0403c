"""The camera feed: frames to the preview, codes to the door, and silence once stopped."""

from __future__ import annotations

import threading
import time

import numpy as np
from PySide6.QtWidgets import QApplication

from checkin_app.scanner.frames import Frame
from checkin_app.scanner.synthetic import render_qr
from checkin_app.ui.camera_feed import CameraFeed, to_qimage
from tests.support.factories import url_for


class _SlowCamera:
    """Delivers one code; on request, its next read hangs until the test lets it return
    (a driver mid-read while the window stops the camera)."""

    name = "slow camera"

    def __init__(self, payload: str) -> None:
        code = render_qr(payload, module_px=6)
        self.image = np.full((480, 640), 200, dtype=np.uint8)
        self.image[40 : 40 + code.shape[0], 80 : 80 + code.shape[1]] = code
        self.hold_next = threading.Event()
        self.inside = threading.Event()
        self.release = threading.Event()
        self.count = 0

    def read(self) -> Frame | None:
        time.sleep(0.01)
        if self.hold_next.is_set():
            self.inside.set()
            self.release.wait(10)
        self.count += 1
        return Frame(self.image, time.monotonic(), self.count)

    def close(self) -> None:
        pass  # like a driver that cannot interrupt a read


def test_feed_delivers_then_goes_quiet_after_stop(qtbot) -> None:
    feed = CameraFeed(debounce_s=0.0)
    camera = _SlowCamera(url_for("ABCD-EFGH-IJ001"))
    frames: list[object] = []
    scans: list[list[str]] = []
    decoder_thread: list[int] = []
    feed.frame_ready.connect(frames.append)

    def on_scan(texts: list[str], _read_at: float) -> None:
        decoder_thread.append(threading.get_ident())
        scans.append(texts)

    feed.on_scan = on_scan
    feed.start_with(lambda: camera, "slow")
    qtbot.waitUntil(lambda: bool(frames) and bool(scans))
    assert scans[0] == [url_for("ABCD-EFGH-IJ001")]
    assert decoder_thread[0] != threading.get_ident()  # decided off the GUI thread

    loop = feed._loop
    camera.hold_next.set()
    qtbot.waitUntil(camera.inside.is_set)
    feed.stop()  # while a read is in progress
    seen_frames, seen_scans = len(frames), len(scans)
    camera.release.set()  # the read returns a frame with the code after all
    qtbot.waitUntil(lambda: not loop.running)
    QApplication.processEvents()  # deliver anything queued meanwhile
    assert len(scans) == seen_scans
    assert len(frames) == seen_frames
    feed.deleteLater()


def test_preview_is_shrunk_to_fit() -> None:
    image = np.zeros((720, 1280, 3), dtype=np.uint8)
    preview = to_qimage(image, 640, 640)
    assert (preview.width(), preview.height()) == (640, 360)
    small = to_qimage(np.zeros((120, 160), dtype=np.uint8), 640, 640)
    assert (small.width(), small.height()) == (160, 120)  # never enlarged
