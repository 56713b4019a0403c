"""`open_source(spec)`: the one place that turns `--camera SPEC` into a frame source.

SPEC is a camera index (`0`), a video file, an image file or a folder of images, or
`demo` for the synthetic demo camera.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from checkin_app.scanner.camera import CameraSource, CameraState
from checkin_app.scanner.demo import DEMO_GARBAGE, DemoCamera
from checkin_app.scanner.files import IMAGE_EXTENSIONS, ImageFilesSource, VideoFileSource
from checkin_app.scanner.frames import Frame, FrameSource, SourceError

__all__ = [
    "CameraSource",
    "CameraState",
    "DemoCamera",
    "Frame",
    "FrameSource",
    "ImageFilesSource",
    "SourceError",
    "VideoFileSource",
    "open_source",
]

DEMO = "demo"


def open_source(
    spec: str,
    *,
    payloads: Sequence[str] = (),
    garbage: Sequence[str] = DEMO_GARBAGE,
    width: int = 1280,
    height: int = 720,
    fps: float = 30.0,
    loop: bool = True,
    realtime: bool = True,
    image_fps: float = 10.0,
    on_camera_state: Callable[[CameraState], None] | None = None,
) -> FrameSource:
    """Open the source SPEC names. Raises `SourceError` with a plain message when it cannot.

    - `demo`: `DemoCamera(payloads, garbage)` at `width`x`height`, `fps`;
    - an integer: camera by index, asking for `width`x`height` at `fps`; `on_camera_state`
      hears `open` / `reconnecting` / `closed` (from the reading thread);
    - a folder or image file: its images, `loop`ed, at `image_fps` when `realtime`;
    - any other file: a video, `loop`ed, at its own rate when `realtime`.
    """
    text = spec.strip()
    if text.lower() == DEMO:
        return DemoCamera(
            payloads,
            garbage=garbage,
            width=width,
            height=height,
            fps=min(fps, 30.0),
            realtime=realtime,
        )
    if text.isdigit():
        return CameraSource(
            int(text), width=width, height=height, fps=fps, on_state=on_camera_state
        )
    path = Path(text).expanduser()
    if path.is_dir() or (path.is_file() and path.suffix.lower() in IMAGE_EXTENSIONS):
        return ImageFilesSource(path, loop=loop, fps=image_fps if realtime else None)
    if path.is_file():
        return VideoFileSource(path, loop=loop, realtime=realtime)
    raise SourceError(
        f"No camera, file or folder called {spec!r}: give a camera number (0), "
        "a video or image file, a folder of images, or 'demo'."
    )
