"""Frame sources from files: a video, image files, or a folder of images (once or looped)."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import cv2
import numpy as np

from checkin_app.scanner.camera import _quiet_opencv
from checkin_app.scanner.frames import Frame, SourceError

log = logging.getLogger(__name__)

IMAGE_EXTENSIONS = frozenset(
    {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm", ".ppm", ".pbm"}
)
VIDEO_EXTENSIONS = frozenset(
    {".mp4", ".avi", ".mov", ".mkv", ".webm", ".m4v", ".mpg", ".mpeg", ".wmv", ".mjpeg"}
)


def read_image(path: Path) -> np.ndarray | None:
    """A BGR image from `path`, or None when it is missing or not a readable image.

    Reads the bytes with numpy and decodes in memory, so non-ASCII paths work on Windows.
    """
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except (OSError, ValueError):
        return None
    if data.size == 0:
        return None
    with _quiet_opencv():
        image = cv2.imdecode(data, cv2.IMREAD_COLOR)
    return image


def _natural_key(path: Path) -> list[object]:
    """Sort `2.png` before `10.png`."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", path.name)]


def list_images(folder: Path) -> list[Path]:
    """The image files directly in `folder`, in natural order."""
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_EXTENSIONS),
        key=_natural_key,
    )


class _Paced:
    """Shared pacing: hand out frames at `fps` (None: as fast as they can be read)."""

    def __init__(
        self, fps: float | None, clock: Callable[[], float], sleep: Callable[[float], bool] | None
    ) -> None:
        self._closed = threading.Event()
        self._interval = 1.0 / fps if fps else 0.0
        self._clock = clock
        self._sleep = sleep or self._closed.wait
        self._next_due: float | None = None
        self._count = 0

    def _wait_turn(self) -> bool:
        """Sleep until the next frame is due; False when closed meanwhile."""
        if self._closed.is_set():
            return False
        if not self._interval:
            return True
        now = self._clock()
        if self._next_due is None or now - self._next_due > 1.0:
            self._next_due = now  # first frame, or we fell far behind: do not burst to catch up
        delay = self._next_due - now
        self._next_due += self._interval
        if delay > 0 and self._sleep(delay):
            return False
        return not self._closed.is_set()

    def _frame(self, image: np.ndarray) -> Frame:
        frame = Frame(image, self._clock(), self._count)
        self._count += 1
        return frame


class VideoFileSource(_Paced):
    """Frames of a video file; `realtime=True` plays at the file's own rate (for the GUI)."""

    def __init__(
        self,
        path: str | Path,
        *,
        loop: bool = False,
        realtime: bool = False,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], bool] | None = None,
    ) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise SourceError(f"No such video file: {self.path}")
        with _quiet_opencv():
            capture = cv2.VideoCapture(str(self.path))
        if not capture.isOpened():
            capture.release()
            raise SourceError(f"Cannot read {self.path}: not a video this app can decode.")
        file_fps = capture.get(cv2.CAP_PROP_FPS)
        self.fps = file_fps if 1 <= file_fps <= 240 else 30.0
        super().__init__(self.fps if realtime else None, clock, sleep)
        self._capture: cv2.VideoCapture | None = capture
        self._loop = loop
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return f"video {self.path.name}"

    def read(self) -> Frame | None:
        if not self._wait_turn():
            return None
        with self._lock:
            capture = self._capture
            if capture is None:
                return None
            ok, image = capture.read()
            if (not ok or image is None) and self._loop and self._count > 0:
                capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
                ok, image = capture.read()
        if not ok or image is None:
            if self._count == 0:
                raise SourceError(f"Cannot read {self.path}: the video has no readable frames.")
            return None
        return self._frame(image)

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            capture, self._capture = self._capture, None
        if capture is not None:
            capture.release()


class ImageFilesSource(_Paced):
    """Frames from image files (or every image in a folder), in order, once or looped.

    Unreadable files are skipped with a warning; a whole pass with no readable image raises
    `SourceError`. `fps` paces the frames (a still image shown as a live camera).
    """

    def __init__(
        self,
        paths: str | Path | Sequence[str | Path],
        *,
        loop: bool = False,
        fps: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], bool] | None = None,
    ) -> None:
        super().__init__(fps, clock, sleep)
        items = [Path(paths)] if isinstance(paths, str | Path) else [Path(p) for p in paths]
        files: list[Path] = []
        for item in items:
            if item.is_dir():
                files.extend(list_images(item))
            elif item.is_file():
                files.append(item)
            else:
                raise SourceError(f"No such file or folder: {item}")
        if not files:
            raise SourceError(f"No images found in {', '.join(str(i) for i in items)}")
        self.files = files
        self._label = items[0].name if len(items) == 1 else f"{len(files)} images"
        self._loop = loop
        self._position = 0
        self._cache: dict[int, np.ndarray] = {}
        self._warned: set[int] = set()
        # A looped single still is decoded from disk once, not at every frame.
        self._cache_limit = 1 if len(files) == 1 else 0

    @property
    def name(self) -> str:
        return f"images {self._label}"

    def read(self) -> Frame | None:
        misses = 0
        while self._wait_turn():
            if self._position >= len(self.files):
                if not self._loop:
                    return None
                self._position = 0
            index = self._position
            self._position += 1
            image = self._cache.get(index)
            if image is None:
                image = read_image(self.files[index])
                if image is not None and len(self._cache) < self._cache_limit:
                    self._cache[index] = image
            if image is not None:
                return self._frame(image)
            if index not in self._warned:  # once per file, not once per loop
                self._warned.add(index)
                log.warning("skipping unreadable image %s", self.files[index].name)
            misses += 1
            if misses >= len(self.files):
                raise SourceError("None of the images could be read.")
        return None

    def close(self) -> None:
        self._closed.set()
