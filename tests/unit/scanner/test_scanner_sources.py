"""Frame sources: a camera (none here, and a fake at the VideoCapture edge), files, demo."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from checkin_app.domain.payload import check_in_url, parse_payload
from checkin_app.scanner.camera import CameraSource, CameraState, CameraUnavailable
from checkin_app.scanner.demo import DEMO_GARBAGE, DemoCamera
from checkin_app.scanner.files import ImageFilesSource, VideoFileSource
from checkin_app.scanner.frames import FrameSource, SourceError
from checkin_app.scanner.pipeline import make_decoder
from checkin_app.scanner.sources import open_source
from checkin_app.scanner.synthetic import code_corners, paste_code, render_qr, scene

EVENT = "2f7a3f0e-1d7b-4c55-9e3b-6a9b0c2d4e5f"
URLS = [check_in_url(n, EVENT) for n in ("AAAA-1111-AA", "BBBB-2222-BB", "CCCC-3333-CC")]

# --- camera ----------------------------------------------------------------------------------


def test_no_camera_here_is_a_clear_error_not_a_crash():
    # Real OpenCV, real (absent) device: this machine has no camera at any index.
    with pytest.raises(CameraUnavailable, match="No camera found at index 7"):
        CameraSource(7)
    with pytest.raises(SourceError, match="No camera found at index 9"):
        open_source("9")


class FakeDevice:
    """A USB camera that can be unplugged and plugged back (the VideoCapture edge)."""

    def __init__(self) -> None:
        self.plugged = True
        self.frames = 0
        self.opened = 0
        self.settings: dict[int, float] = {}


class FakeCapture:
    def __init__(self, device: FakeDevice) -> None:
        self.device = device
        self.open = device.plugged
        device.opened += 1

    def isOpened(self) -> bool:
        return self.open

    def read(self):
        if not (self.open and self.device.plugged):
            return False, None
        self.device.frames += 1
        return True, np.full((72, 128, 3), self.device.frames % 256, np.uint8)

    def set(self, prop: int, value: float) -> bool:
        self.device.settings[prop] = value
        return True

    def get(self, prop: int) -> float:
        return self.device.settings.get(prop, 0.0)

    def release(self) -> None:
        self.open = False


def test_camera_asks_for_the_requested_size_and_rate():
    device = FakeDevice()
    camera = CameraSource(
        0, width=1920, height=1080, fps=15, capture_factory=lambda i, api: FakeCapture(device)
    )
    assert device.settings[cv2.CAP_PROP_FRAME_WIDTH] == 1920
    assert device.settings[cv2.CAP_PROP_FRAME_HEIGHT] == 1080
    assert device.settings[cv2.CAP_PROP_FPS] == 15
    frames = [camera.read() for _ in range(3)]
    assert [f.index for f in frames] == [0, 1, 2]
    assert camera.actual_size == (128, 72)
    camera.close()
    assert camera.read() is None and camera.state is CameraState.CLOSED


def test_camera_reconnects_with_backoff_when_unplugged_and_plugged_back():
    device = FakeDevice()
    waits: list[float] = []
    states: list[CameraState] = []

    def sleep(seconds: float) -> bool:
        waits.append(seconds)
        if len(waits) == 4:
            device.plugged = True  # plugged back in during the 4th wait
        return False  # not closed

    camera = CameraSource(
        0, capture_factory=lambda i, api: FakeCapture(device), sleep=sleep, on_state=states.append
    )
    assert camera.read() is not None
    device.plugged = False  # pulled out
    frame = camera.read()  # blocks through the reconnect, then delivers again
    assert frame is not None and frame.index == 1
    assert waits == [0.5, 1.0, 2.0, 4.0]  # doubling pauses between attempts
    assert states == [CameraState.OPEN, CameraState.RECONNECTING, CameraState.OPEN]
    assert camera.reconnects == 1 and camera.state is CameraState.OPEN
    assert camera.read().index == 2


def test_backoff_is_capped_and_a_camera_that_never_returns_is_an_error():
    device = FakeDevice()
    waits: list[float] = []
    camera = CameraSource(
        0,
        capture_factory=lambda i, api: FakeCapture(device),
        sleep=lambda s: waits.append(s) or False,
        backoff_max=3.0,
        max_reconnect_attempts=5,
    )
    camera.read()
    device.plugged = False
    with pytest.raises(CameraUnavailable, match="did not come back"):
        camera.read()
    assert waits == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_closing_during_a_reconnect_ends_the_read():
    device = FakeDevice()
    camera = None

    def sleep(seconds: float) -> bool:
        camera.close()  # the user closes the door window while the camera is away
        return True

    camera = CameraSource(0, capture_factory=lambda i, api: FakeCapture(device), sleep=sleep)
    camera.read()
    device.plugged = False
    assert camera.read() is None
    assert camera.state is CameraState.CLOSED


def test_a_camera_that_opens_but_gives_no_picture_is_unavailable():
    class Dead(FakeCapture):
        def read(self):
            return False, None

    with pytest.raises(CameraUnavailable):
        CameraSource(0, capture_factory=lambda i, api: Dead(FakeDevice()))


# --- files -----------------------------------------------------------------------------------


def _ticket_image(url: str, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    frame = scene(640, 480, rng)
    paste_code(frame, render_qr(url), code_corners((320, 240), 260, 0, 0, rng))
    return frame


def _write_video(path, frames, fps=10.0) -> None:
    h, w = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (w, h))
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()


def test_video_file_once_and_looped(tmp_path):
    path = tmp_path / "door.avi"
    frames = [_ticket_image(URLS[0])] * 3 + [scene(640, 480, np.random.default_rng(1))] * 2
    _write_video(path, frames)
    once = VideoFileSource(path)
    got = []
    while (frame := once.read()) is not None:
        got.append(frame)
    assert len(got) == 5 and once.fps == pytest.approx(10.0)
    decoder = make_decoder("auto")
    assert [c.text for c in decoder.decode(got[0].image)] == [URLS[0]]
    looped = VideoFileSource(path, loop=True)
    assert sum(looped.read() is not None for _ in range(12)) == 12
    looped.close()
    assert looped.read() is None


def test_video_file_errors_are_plain(tmp_path):
    with pytest.raises(SourceError, match="No such video file"):
        VideoFileSource(tmp_path / "missing.mp4")
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"not a video at all" * 10)
    with pytest.raises(SourceError, match=r"junk\.mp4"):
        source = VideoFileSource(junk)
        source.read()


def test_image_folder_in_natural_order_skipping_unreadable_files(tmp_path, caplog):
    for i, url in enumerate(URLS):
        cv2.imwrite(str(tmp_path / f"{[2, 10, 1][i]}.png"), _ticket_image(url, i))
    (tmp_path / "5.png").write_bytes(b"broken")
    (tmp_path / "notes.txt").write_text("not an image")
    source = ImageFilesSource(tmp_path)
    assert [p.name for p in source.files] == ["1.png", "2.png", "5.png", "10.png"]
    decoder = make_decoder("auto")
    texts = []
    while (frame := source.read()) is not None:
        texts.extend(c.text for c in decoder.decode(frame.image))
    assert texts == [URLS[2], URLS[0], URLS[1]]
    assert "5.png" in caplog.text


def test_looped_still_image_paced_like_a_camera(tmp_path):
    path = tmp_path / "ticket.jpg"
    cv2.imwrite(str(path), _ticket_image(URLS[1]))
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> bool:
        waits.append(round(seconds, 6))
        now[0] += seconds
        return False

    source = ImageFilesSource(path, loop=True, fps=5, clock=lambda: now[0], sleep=sleep)
    frames = [source.read() for _ in range(4)]
    assert [f.timestamp for f in frames] == pytest.approx([100.0, 100.2, 100.4, 100.6])
    assert waits == [0.2, 0.2, 0.2]


def test_folder_of_only_broken_images_is_an_error(tmp_path):
    (tmp_path / "a.png").write_bytes(b"x")
    with pytest.raises(SourceError, match="None of the images"):
        ImageFilesSource(tmp_path, loop=True).read()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SourceError, match="No images"):
        ImageFilesSource(empty)
    with pytest.raises(SourceError, match="No such file"):
        ImageFilesSource(tmp_path / "gone.png")


# --- demo camera -----------------------------------------------------------------------------


def test_demo_camera_shows_each_payload_then_a_gap_and_every_valid_one_decodes():
    camera = DemoCamera(
        URLS, width=960, height=540, fps=8, show_seconds=1.0, gap_seconds=0.5, realtime=False
    )
    assert isinstance(camera, FrameSource)
    decoder = make_decoder("auto")
    seen: dict[str | None, int] = {}
    empty_frames = 0
    n_frames = int(len(camera.sequence) * 1.5 * 8)
    for _ in range(n_frames):
        frame = camera.read()
        shown = camera.payload_at(frame.index / 8)
        texts = [c.text for c in decoder.decode(frame.image)]
        if shown is None:
            assert texts == []
            empty_frames += 1
        else:
            assert texts in ([shown], [])
            seen[shown] = seen.get(shown, 0) + len(texts)
    assert empty_frames > 0
    for url in URLS:
        assert seen[url] >= 6  # of 8 frames shown: decodable while it drifts and tilts
        assert parse_payload(url) is not None
    garbage = [p for p in camera.sequence if p not in URLS]
    assert garbage and all(parse_payload(g) is None for g in garbage)
    assert all(seen[g] >= 6 for g in garbage)


def test_demo_camera_paces_itself_in_real_time_on_its_clock():
    now = [0.0]

    def sleep(seconds: float) -> bool:
        now[0] += seconds
        return False

    camera = DemoCamera(URLS, width=320, height=240, fps=10, clock=lambda: now[0], sleep=sleep)
    stamps = [camera.read().timestamp for _ in range(5)]
    assert stamps == pytest.approx([0.0, 0.1, 0.2, 0.3, 0.4])
    camera.close()
    assert camera.read() is None


def test_demo_camera_with_only_garbage_and_bad_settings():
    assert DemoCamera([], realtime=False).sequence == list(DEMO_GARBAGE)
    with pytest.raises(SourceError):
        DemoCamera([], garbage=[])
    with pytest.raises(SourceError):
        DemoCamera(URLS, fps=0)


# --- open_source -----------------------------------------------------------------------------


def test_open_source_picks_the_right_source(tmp_path):
    image = tmp_path / "t.png"
    cv2.imwrite(str(image), _ticket_image(URLS[0]))
    video = tmp_path / "v.avi"
    _write_video(video, [_ticket_image(URLS[0])] * 2)
    demo = open_source("demo", payloads=URLS, realtime=False)
    assert isinstance(demo, DemoCamera) and URLS[0] in demo.sequence
    assert isinstance(open_source(" DEMO "), DemoCamera)
    assert isinstance(open_source(str(image)), ImageFilesSource)
    assert isinstance(open_source(str(tmp_path)), ImageFilesSource)
    assert isinstance(open_source(str(video), realtime=False), VideoFileSource)
    with pytest.raises(SourceError, match="give a camera number"):
        open_source(str(tmp_path / "nothing-here"))


def test_close_during_a_blocked_read_leaves_the_release_to_the_reader():
    import threading

    device = FakeDevice()
    entered, unblock = threading.Event(), threading.Event()
    captures: list[FakeCapture] = []

    class Blocking(FakeCapture):
        def read(self):
            if device.frames >= 1:  # the first frame opens the camera; then block
                entered.set()
                assert unblock.wait(10)
            return super().read()

    def factory(index, api):
        captures.append(Blocking(device))
        return captures[-1]

    camera = CameraSource(0, capture_factory=factory)
    assert camera.read() is not None
    results: list[object] = []
    reader = threading.Thread(target=lambda: results.append(camera.read()))
    reader.start()
    assert entered.wait(10)
    camera.close()  # the door window closes while the driver is inside read()
    assert captures[0].open, "released under a blocked read"
    unblock.set()
    reader.join(10)
    assert results == [None] and not captures[0].open
