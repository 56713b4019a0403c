"""The camera feed: frames to the preview, codes to the door, and silence once stopped."""

from __future__ import annotations

import threading
import time

import numpy as np

from checkin_app.scanner.frames import Frame
from checkin_app.scanner.synthetic import render_qr
from checkin_app.ui.camera_feed import CameraFeed, to_qimage
from tests.support.factories import url_for


class _StubbornCamera:
    """Keeps delivering the same code for a while after close(), like a driver mid-read."""

    name = "stubborn camera"

    def __init__(self, payload: str) -> None:
        code = render_qr(payload, module_px=6)
        self.image = np.full((480, 640), 200, dtype=np.uint8)
        self.image[40 : 40 + code.shape[0], 80 : 80 + code.shape[1]] = code
        self.closed_at: float | None = None
        self.count = 0

    def read(self) -> Frame | None:
        time.sleep(0.01)
        if self.closed_at is not None and time.monotonic() - self.closed_at > 0.5:
            return None
        self.count += 1
        return Frame(self.image, time.monotonic(), self.count)

    def close(self) -> None:
        if self.closed_at is None:
            self.closed_at = time.monotonic()


def test_feed_delivers_then_goes_quiet_after_stop(qtbot) -> None:
    feed = CameraFeed(debounce_s=0.0)
    camera = _StubbornCamera(url_for("ABCD-EFGH-IJ001"))
    frames: list[object] = []
    scans: list[list[str]] = []
    decoder_thread: list[int] = []
    feed.frame_ready.connect(frames.append)

    def on_scan(texts: list[str], _read_at: float) -> None:
        decoder_thread.append(threading.get_ident())
        scans.append(texts)

    feed.on_scan = on_scan
    feed.start_with(lambda: camera, "stubborn")
    qtbot.waitUntil(lambda: bool(frames) and bool(scans))
    assert scans[0] == [url_for("ABCD-EFGH-IJ001")]
    assert decoder_thread[0] != threading.get_ident()  # decided off the GUI thread

    feed.stop()
    seen_frames, seen_scans, read = len(frames), len(scans), camera.count
    # The camera goes on reading after close(); those frames must reach nobody.
    qtbot.waitUntil(lambda: camera.count >= read + 10)
    qtbot.waitUntil(lambda: camera.count >= read + 12)  # and queued signals had their turn
    assert len(scans) == seen_scans
    assert len(frames) == seen_frames
    feed.deleteLater()


def test_preview_is_shrunk_to_fit() -> None:
    image = np.zeros((720, 1280, 3), dtype=np.uint8)
    preview = to_qimage(image, 640, 640)
    assert (preview.width(), preview.height()) == (640, 360)
    small = to_qimage(np.zeros((120, 160), dtype=np.uint8), 640, 640)
    assert (small.width(), small.height()) == (160, 120)  # never enlarged
