"""The default decoding pipeline ("auto") and the registry of decoders the app and CLI use.

Cheap steps first, effort only where a code is likely (figures: benchmarks/README.md):

1. grayscale, and downscale frames wider than 960 px by an integer factor (1280 → 640);
2. zxing-cpp on that copy — decodes nearly every real code, in ~0.5 ms at 640x360;
3. nothing found: look for QR finder patterns on the same copy (`hints`, < 1 ms). No
   finder patterns — the common case in a live loop — ends here;
4. finder patterns but no decode: crop the region they point at from the full-size frame
   and try, stopping at the first success: zxing at full size (small codes), binarised by
   the local mean (glare, low contrast), sharpened (blur), upscaled 2x (tiny codes), then
   zbar at half size (a photo only zbar reads). Crops over 700x700 px are halved first,
   so the worst case stays bounded (~10-20 ms). When slow passes keep failing
   (something code-like that is no code), the next hinted frames skip them: 1, then 2,
   then 3 frames between tries, until a code is read or the hint goes away.

So a frame without a code costs a grayscale conversion, a resize, one zxing call and the
hint; a frame with a hard code costs more, which the capture loop absorbs by dropping frames.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable

import cv2
import numpy as np

from checkin_app.scanner.backends import (
    BACKEND_NAMES,
    BackendUnavailable,
    ZxingDecoder,
    backend_status,
    make_backend,
    to_gray,
)
from checkin_app.scanner.codes import BackendStatus, DecodedCode, Decoder, DecoderCounters
from checkin_app.scanner.hints import (
    best_candidates,
    code_region,
    finder_candidates,
    likely_code,
)

log = logging.getLogger(__name__)

AUTO = "auto"
DECODER_NAMES: tuple[str, ...] = (AUTO, *BACKEND_NAMES)

FAST_MAX_WIDTH = 960  # wider frames get the fast pass on a copy downscaled by an integer factor
MIN_CANDIDATES = 2  # finder-pattern hits needed to spend effort (code-free scenes give 0-1)
MAX_ROI_PIXELS = 700 * 700  # bigger crops are halved before the slow steps (zbar: ~40 ns/px)
UPSCALE_MAX_SIDE = 320  # only crops smaller than this are upscaled (small codes)
MAX_BACKOFF_FRAMES = 3  # after failed slow passes, let up to this many hinted frames go
BINARISE_BLOCK = 25  # px; tried 15-101 and module-relative sizes: 25 rescued the most

Step = Callable[[np.ndarray], list[DecodedCode]]


class AutoDecoder:
    """The default pipeline (see the module docstring). Never raises; one thread at a time.

    `stages` counts which step decoded each frame (`fast`, `roi-zxing`, ..., `no-hint`,
    `backoff`, `missed`): the benchmark and the door's diagnostics read it.
    `live=True` turns on the back-off for a live feed (frames depend on the ones before);
    leave it off for still images, where every image deserves the full effort.
    """

    name = AUTO

    def __init__(self, *, use_pyzbar: bool = True, live: bool = False) -> None:
        self.live = live
        self._fast = ZxingDecoder(try_rotate=False, try_invert=False)
        self._thorough = ZxingDecoder()
        self._zbar = None
        if use_pyzbar:
            try:
                self._zbar = make_backend("pyzbar")
            except BackendUnavailable as exc:
                log.info("auto decoder runs without zbar: %s", exc.status.detail)
        self.stages: Counter[str] = Counter()
        self.counters = DecoderCounters()
        self._misses = 0  # slow passes in a row that found nothing
        self._skipped = 0  # hinted frames let go since the last slow pass

    @property
    def backends(self) -> tuple[str, ...]:
        """The backends this pipeline uses here."""
        return ("zxing", "pyzbar") if self._zbar is not None else ("zxing",)

    def decode(self, image: np.ndarray) -> list[DecodedCode]:
        try:
            return self._decode(image)
        except Exception as exc:  # the guard of last resort: the camera loop must go on
            self.counters.record(self.name, exc)
            log.warning("auto decoder failed on a frame (%s); continuing", type(exc).__name__)
            return []

    def _decode(self, image: np.ndarray) -> list[DecodedCode]:
        gray = to_gray(image)
        height, width = gray.shape
        factor = -(-width // FAST_MAX_WIDTH)  # ceil: 1280 → 2, 1920 → 2, 640 → 1
        small = gray
        if factor > 1:
            small = cv2.resize(
                gray, (width // factor, height // factor), interpolation=cv2.INTER_AREA
            )
        codes = self._fast.decode(small)
        if codes:
            self._misses = 0
            self.stages["fast"] += 1
            return _mapped(codes, float(factor), 0, 0)
        candidates = finder_candidates(small, MIN_CANDIDATES)
        if len(candidates) < MIN_CANDIDATES or not likely_code(candidates):
            self._misses = 0
            self.stages["no-hint"] += 1
            return []
        box = code_region(best_candidates(candidates)[:, :3] * np.float32(factor), gray.shape)
        if box is None:
            self.stages["no-hint"] += 1
            return []
        if self.live and self._skipped < min(self._misses, MAX_BACKOFF_FRAMES):
            # Something code-like that the slow pass could not read last time (a poster,
            # a tiled floor): in a live feed, retry only every few frames, not on each.
            self._skipped += 1
            self.stages["backoff"] += 1
            return []
        self._skipped = 0
        x0, y0, x1, y1 = box
        roi = gray[y0:y1, x0:x1]
        for label, scale, step in self._steps(roi):
            codes = step(roi if scale == 1.0 else _resized(roi, scale))
            if codes:
                self._misses = 0
                self.stages[label] += 1
                return _mapped(codes, 1.0 / scale, x0, y0)
        self._misses += 1
        self.stages["missed"] += 1
        return []

    def _steps(self, roi: np.ndarray) -> list[tuple[str, float, Step]]:
        """The slow steps for one crop, ordered by codes rescued per millisecond (measured
        with `benchmarks/decode.py` on the synthetic set and the corpus)."""
        big = roi.shape[0] * roi.shape[1] > MAX_ROI_PIXELS
        base = 0.5 if big else 1.0
        thorough = self._thorough.decode
        steps: list[tuple[str, float, Step]] = [
            ("roi-zxing", base, thorough),
            ("roi-binarised", base, lambda img: thorough(_binarised(img))),
            ("roi-sharpened", base, lambda img: thorough(_sharpened(img))),
        ]
        if max(roi.shape) < UPSCALE_MAX_SIDE:
            steps.append(("roi-upscaled", 2.0, thorough))
        if self._zbar is not None:
            # zbar at half size read corpus photos nothing else did; at full size it read
            # nothing more in any measured set, at 4x the cost.
            steps.append(("roi-zbar-half", base / 2, self._zbar.decode))
        return steps


def _resized(gray: np.ndarray, scale: float) -> np.ndarray:
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=interpolation)


def _binarised(gray: np.ndarray) -> np.ndarray:
    """Black and white by the local mean: evens out glare and lifts low contrast."""
    return cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, BINARISE_BLOCK, 2
    )


def _sharpened(gray: np.ndarray) -> np.ndarray:
    """Unsharp mask: restores module edges softened by focus or motion blur."""
    soft = cv2.GaussianBlur(gray, (0, 0), 2.0)
    return cv2.addWeighted(gray, 2.0, soft, -1.0, 0)


def _mapped(codes: list[DecodedCode], scale: float, dx: int, dy: int) -> list[DecodedCode]:
    """Codes with their points moved from a scaled crop back to frame pixels."""
    if scale == 1.0 and dx == 0 and dy == 0:
        return codes
    out = []
    for code in codes:
        points = tuple((x * scale + dx, y * scale + dy) for x, y in code.points)
        out.append(DecodedCode(code.text, code.backend, code.raw, points, code.binary))
    return out


# --- registry --------------------------------------------------------------------------


def available_backends() -> list[BackendStatus]:
    """Every decoder name with whether it runs here and why not (for the UI and `doctor`)."""
    statuses = [backend_status(name) for name in BACKEND_NAMES]
    zxing_ok = statuses[0].available
    auto = BackendStatus(
        AUTO,
        zxing_ok,
        "zxing + finder-pattern hint + fallbacks" if zxing_ok else "needs zxing-cpp",
    )
    return [auto, *statuses]


def make_decoder(name: str = AUTO, *, live: bool = False) -> Decoder:
    """A fresh decoder by name (`auto`, `zxing`, `pyzbar`, `opencv`, `opencv-aruco`, `wechat`).

    `live` applies to `auto` (see `AutoDecoder`). Raises `BackendUnavailable` (with a
    plain-words reason) when the backend cannot run here.
    """
    if name == AUTO:
        return AutoDecoder(live=live)
    return make_backend(name)


def default_decoder(live: bool = True) -> Decoder:
    """The decoder the door uses: the `auto` pipeline, tuned for a live camera by default."""
    return AutoDecoder(live=live)
