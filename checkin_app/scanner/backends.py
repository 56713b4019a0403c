"""The QR decoding backends behind one interface: zxing-cpp, pyzbar (zbar), OpenCV.

Each backend is a `Decoder`: `decode(image)` takes a BGR or grayscale uint8 array and
returns `DecodedCode`s; it never raises. Library errors (OpenCV raises UnicodeDecodeError
on some real photos) are counted in `counters` and logged once per kind. Whether a backend
can run here is a `BackendStatus`, so a missing zbar library is a message, not a crash.
A decoder instance is meant for one thread at a time; make one per thread.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable
from types import ModuleType

import cv2
import numpy as np

from checkin_app.scanner.codes import (
    BackendStatus,
    DecodedCode,
    DecoderCounters,
    bytes_to_text,
    quad,
    text_is_binary,
)

log = logging.getLogger(__name__)

BACKEND_NAMES: tuple[str, ...] = ("zxing", "pyzbar", "opencv", "opencv-aruco", "wechat")


def to_gray(image: np.ndarray) -> np.ndarray:
    """A contiguous single-channel view of a BGR, BGRA or grayscale image."""
    if image.ndim == 2:
        return np.ascontiguousarray(image)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)


class _Backend:
    """Shared guard: turn any exception from the library into a counted, logged failure."""

    name = "backend"

    def __init__(self) -> None:
        self.counters = DecoderCounters()
        self._logged: set[str] = set()

    def decode(self, image: np.ndarray) -> list[DecodedCode]:
        try:
            return self._decode(to_gray(image))
        except Exception as exc:  # a library bug must not stop the camera loop
            self.counters.record(self.name, exc)
            kind = type(exc).__name__
            if kind not in self._logged:  # once per kind: a bad frame may repeat 30x/s
                self._logged.add(kind)
                log.warning("%s decoder failed on a frame (%s); continuing", self.name, kind)
            return []

    def _decode(self, gray: np.ndarray) -> list[DecodedCode]:
        raise NotImplementedError


# --- zxing-cpp -------------------------------------------------------------------------


@functools.cache
def _zxing() -> ModuleType:
    return importlib.import_module("zxingcpp")


class ZxingDecoder(_Backend):
    """zxing-cpp: the fastest and most accurate backend measured here."""

    name = "zxing"

    def __init__(
        self,
        *,
        try_rotate: bool = True,
        try_invert: bool = True,
        try_downscale: bool = True,
        binarizer: str = "LocalAverage",
    ) -> None:
        super().__init__()
        zx = _zxing()
        self._options = {
            "formats": zx.BarcodeFormat.QRCode,
            "try_rotate": try_rotate,
            "try_invert": try_invert,
            "try_downscale": try_downscale,
            # Plain: the payload's own characters; the default HRI turns controls into <SOH>.
            "text_mode": zx.TextMode.Plain,
            "binarizer": getattr(zx.Binarizer, binarizer),
        }
        self._binary = zx.ContentType.Binary

    def _decode(self, gray: np.ndarray) -> list[DecodedCode]:
        out = []
        for barcode in _zxing().read_barcodes(gray, **self._options):
            raw = bytes(barcode.bytes)
            text, binary = barcode.text, text_is_binary(barcode.text)
            if barcode.content_type == self._binary:
                text, binary = bytes_to_text(raw)
            pos = barcode.position
            points = quad(
                [
                    (p.x, p.y)
                    for p in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
                ]
            )
            out.append(DecodedCode(text, self.name, raw, points, binary))
        return out


# --- pyzbar (zbar) ---------------------------------------------------------------------


@functools.cache
def _pyzbar() -> ModuleType:
    """Import pyzbar; it raises ImportError when the zbar shared library is missing."""
    return importlib.import_module("pyzbar.pyzbar")


def _pyzbar_status() -> BackendStatus:
    try:
        _pyzbar()
    except (ImportError, OSError) as exc:
        return BackendStatus(
            "pyzbar",
            False,
            f"needs the zbar library (Debian/Ubuntu: apt-get install libzbar0; "
            f"macOS: brew install zbar): {exc}",
        )
    return BackendStatus("pyzbar", True, "zbar")


class PyzbarDecoder(_Backend):
    """zbar through pyzbar: slower, but decodes a few photos zxing misses."""

    name = "pyzbar"

    def __init__(self) -> None:
        super().__init__()
        status = _pyzbar_status()
        if not status.available:
            raise BackendUnavailable(status)
        pyzbar = _pyzbar()
        self._symbols = [pyzbar.ZBarSymbol.QRCODE]

    def _decode(self, gray: np.ndarray) -> list[DecodedCode]:
        out = []
        for symbol in _pyzbar().decode(gray, symbols=self._symbols):
            raw = bytes(symbol.data)
            text, binary = bytes_to_text(raw)
            out.append(DecodedCode(text, self.name, raw, quad(list(symbol.polygon)), binary))
        return out


# --- OpenCV ----------------------------------------------------------------------------


class OpenCVDecoder(_Backend):
    """OpenCV's QRCodeDetector (or QRCodeDetectorAruco); bytes API, so no UnicodeDecodeError."""

    def __init__(self, aruco: bool = False) -> None:
        super().__init__()
        self.name = "opencv-aruco" if aruco else "opencv"
        self._detector = cv2.QRCodeDetectorAruco() if aruco else cv2.QRCodeDetector()

    def _decode(self, gray: np.ndarray) -> list[DecodedCode]:
        ok, payloads, points, _ = self._detector.detectAndDecodeBytesMulti(gray)
        if not ok or points is None:
            return []
        out = []
        for raw, corners in zip(payloads, points, strict=False):
            if not raw:  # detected but not decoded
                continue
            text, binary = bytes_to_text(bytes(raw))
            out.append(DecodedCode(text, self.name, bytes(raw), quad(corners), binary))
        return out


class WeChatDecoder(_Backend):
    """OpenCV contrib's WeChat QR decoder (only in opencv-contrib builds)."""

    name = "wechat"

    def __init__(self) -> None:
        super().__init__()
        status = _wechat_status()
        if not status.available:
            raise BackendUnavailable(status)
        # opencv-contrib's type stubs do not list the WeChat detector it ships.
        self._detector = cv2.wechat_qrcode_WeChatQRCode()  # type: ignore[attr-defined]

    def _decode(self, gray: np.ndarray) -> list[DecodedCode]:
        texts, points = self._detector.detectAndDecode(gray)
        return [
            DecodedCode(text, self.name, None, quad(corners), text_is_binary(text))
            for text, corners in zip(texts, points, strict=False)
            if text
        ]


def _wechat_status() -> BackendStatus:
    if hasattr(cv2, "wechat_qrcode_WeChatQRCode"):
        return BackendStatus("wechat", True, f"OpenCV {cv2.__version__} contrib")
    return BackendStatus(
        "wechat",
        False,
        f"not in this OpenCV build ({cv2.__version__}); it ships with opencv-contrib only",
    )


# --- registry --------------------------------------------------------------------------


class BackendUnavailable(Exception):
    """A backend cannot run on this machine; `status.detail` says why in plain words."""

    def __init__(self, status: BackendStatus) -> None:
        super().__init__(f"{status.name}: {status.detail}")
        self.status = status


def _zxing_status() -> BackendStatus:
    try:
        zx = _zxing()
    except ImportError as exc:
        return BackendStatus("zxing", False, f"zxing-cpp is not installed: {exc}")
    return BackendStatus("zxing", True, f"zxing-cpp {getattr(zx, '__version__', '')}".strip())


def _opencv_status(name: str) -> Callable[[], BackendStatus]:
    cls = "QRCodeDetectorAruco" if name == "opencv-aruco" else "QRCodeDetector"

    def status() -> BackendStatus:
        if hasattr(cv2, cls):
            return BackendStatus(name, True, f"OpenCV {cv2.__version__} {cls}")
        return BackendStatus(name, False, f"OpenCV {cv2.__version__} has no {cls}")

    return status


_STATUS: dict[str, Callable[[], BackendStatus]] = {
    "zxing": _zxing_status,
    "pyzbar": _pyzbar_status,
    "opencv": _opencv_status("opencv"),
    "opencv-aruco": _opencv_status("opencv-aruco"),
    "wechat": _wechat_status,
}

_FACTORIES: dict[str, Callable[[], _Backend]] = {
    "zxing": ZxingDecoder,
    "pyzbar": PyzbarDecoder,
    "opencv": OpenCVDecoder,
    "opencv-aruco": lambda: OpenCVDecoder(aruco=True),
    "wechat": WeChatDecoder,
}


def backend_status(name: str) -> BackendStatus:
    """Whether backend `name` can run here; unknown names are reported unavailable."""
    probe = _STATUS.get(name)
    if probe is None:
        return BackendStatus(name, False, f"unknown backend; known: {', '.join(BACKEND_NAMES)}")
    return probe()


def make_backend(name: str) -> _Backend:
    """A fresh decoder for one backend; raises `BackendUnavailable` when it cannot run."""
    status = backend_status(name)
    if not status.available:
        raise BackendUnavailable(status)
    return _FACTORIES[name]()
