"""Synthetic pictures of ticket QR codes: the demo camera, tests and benchmarks draw with these.

Everything is seeded (`numpy.random.Generator`), so a set made twice is the same set.
"""

from __future__ import annotations

import functools
import math
import string
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
import segno

from checkin_app.domain.payload import check_in_url

# The distortion classes of the synthetic set; `none` frames hold no code at all.
DISTORTIONS: tuple[str, ...] = (
    "upright",
    "rotation",
    "perspective",
    "blur",
    "noise",
    "low_contrast",
    "glare",
    "small",
    "multi",
    "none",
)


@dataclass(frozen=True, slots=True)
class SyntheticFrame:
    """One generated picture and the payloads a perfect decoder finds in it."""

    kind: str
    image: np.ndarray
    expected: tuple[str, ...]


@functools.lru_cache(maxsize=256)
def render_qr(payload: str | bytes, module_px: int = 6, border: int = 4) -> np.ndarray:
    """A clean grayscale QR code (0 = dark, 255 = light) with a quiet zone of `border` modules.

    Cached (segno's mask choice is pure Python, ~40 ms a code); the array is read-only.
    """
    code = segno.make_qr(payload, error="m", boost_error=False)
    modules = np.asarray(code.matrix, dtype=np.uint8)
    img: np.ndarray = np.where(modules > 0, 0, 255).astype(np.uint8)
    img = np.pad(img, border, constant_values=255)
    img = cv2.resize(img, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)
    img.setflags(write=False)
    return img


def sample_ticket_urls(count: int, rng: np.random.Generator) -> list[str]:
    """Plausible Wix check-in URLs (random ticket numbers, one random event id)."""
    alphabet = np.array(list(string.ascii_uppercase + string.digits))
    event_id = str(uuid.UUID(bytes=rng.bytes(16), version=4))
    urls = []
    for _ in range(count):
        groups = ["".join(rng.choice(alphabet, n)) for n in (4, 4, 2)]
        urls.append(check_in_url("-".join(groups), event_id))
    return urls


def scene(width: int, height: int, rng: np.random.Generator, noise: float = 3.0) -> np.ndarray:
    """A code-free BGR scene: a lit gradient, shapes, some text and sensor noise."""
    img: np.ndarray = np.empty((height, width, 3), np.uint8)
    ramp = np.linspace(70, 190, width, dtype=np.float32)
    img[:] = ramp.astype(np.uint8)[None, :, None]
    for _ in range(24):
        color = tuple(int(c) for c in rng.integers(30, 230, 3))
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        if rng.random() < 0.5:
            w, h = (int(v) for v in rng.integers(width // 20, width // 4, 2))
            cv2.rectangle(img, (x, y), (x + w, y + h), color, -1)
        else:
            cv2.circle(img, (x, y), int(rng.integers(width // 60, width // 10)), color, -1)
    for _ in range(4):
        org = (int(rng.integers(0, width * 3 // 4)), int(rng.integers(20, height)))
        cv2.putText(img, "Doors open 19:00", org, cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 20), 2)
    img = cv2.GaussianBlur(img, (5, 5), 0)
    return add_noise(img, rng, noise)


def add_noise(img: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    """Gaussian sensor noise of `sigma` grey levels."""
    if sigma <= 0:
        return img
    # One noise plane for all channels: a third of the cost, the same for a grey decoder.
    noise: np.ndarray = rng.standard_normal(img.shape[:2], dtype=np.float32)
    noise *= sigma
    if img.ndim == 3:
        noise = cv2.merge([noise] * img.shape[2])
    return cv2.add(img, noise, dtype=cv2.CV_8U)


def code_corners(
    center: tuple[float, float],
    size: float,
    angle_deg: float,
    skew: float,
    rng: np.random.Generator,
) -> np.ndarray:
    """Four corners (TL, TR, BR, BL) of a code of `size` px turned by `angle_deg`.

    `skew` moves each corner randomly by up to that fraction of the size (perspective).
    """
    half = size / 2.0
    square = np.array([[-half, -half], [half, -half], [half, half], [-half, half]], np.float32)
    if skew > 0:
        square += rng.uniform(-skew * size, skew * size, square.shape).astype(np.float32)
    a = math.radians(angle_deg)
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], np.float32)
    return square @ rot.T + np.array(center, np.float32)


def paste_code(
    canvas: np.ndarray,
    code: np.ndarray,
    corners: np.ndarray,
    dark: int = 20,
    light: int = 235,
) -> None:
    """Draw a grayscale code onto a BGR canvas in place, its quad at `corners`.

    `dark`/`light` are the ink and paper grey levels (low contrast: close together).
    """
    h, w = code.shape
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    x0, y0 = np.floor(corners.min(axis=0)).astype(int)
    x1, y1 = np.ceil(corners.max(axis=0)).astype(int)
    x0, y0 = max(x0, 0), max(y0, 0)
    x1, y1 = min(x1, canvas.shape[1]), min(y1, canvas.shape[0])
    if x1 <= x0 or y1 <= y0:
        return
    # Warp only into the bounding box: the whole canvas would cost ~10x more per frame.
    shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
    local = shift @ matrix
    size = (x1 - x0, y1 - y0)
    shade = cv2.convertScaleAbs(code, alpha=(light - dark) / 255.0, beta=dark)
    warped = cv2.warpPerspective(shade, local, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones(code.shape, np.float32), local, size, flags=cv2.INTER_LINEAR)
    roi = canvas[y0:y1, x0:x1]
    ink = cv2.cvtColor(warped, cv2.COLOR_GRAY2BGR) if roi.ndim == 3 else warped
    canvas[y0:y1, x0:x1] = cv2.blendLinear(roi, ink, 1.0 - mask, mask)


def add_glare(img: np.ndarray, center: tuple[float, float], radius: float) -> np.ndarray:
    """A bright elliptical highlight (a lamp reflected on a phone screen)."""
    h, w = img.shape[:2]
    # Only the box where the highlight is visible (3 radii) is computed.
    x0, x1 = max(int(center[0] - 3 * radius), 0), min(int(center[0] + 3 * radius) + 1, w)
    y0, y1 = max(int(center[1] - 2 * radius), 0), min(int(center[1] + 2 * radius) + 1, h)
    if x1 <= x0 or y1 <= y0:
        return img
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    d2 = ((xx - center[0]) ** 2 + ((yy - center[1]) * 1.6) ** 2) / (radius**2)
    glow = np.exp(-d2) * 270.0
    out = img.copy()
    patch = out[y0:y1, x0:x1]
    out[y0:y1, x0:x1] = cv2.add(
        patch, cv2.merge([glow] * patch.shape[2]) if patch.ndim == 3 else glow, dtype=cv2.CV_8U
    )
    return out


def motion_blur(img: np.ndarray, length: int, angle_deg: float) -> np.ndarray:
    """Blur along a line, as when the ticket moves while the shutter is open."""
    kernel: np.ndarray = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1.0
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle_deg, 1.0)
    kernel = cv2.warpAffine(kernel, rot, (length, length))
    kernel = (kernel / max(float(kernel.sum()), 1e-6)).astype(np.float32)
    return cv2.filter2D(img, -1, kernel)


def synthetic_frame(
    kind: str,
    rng: np.random.Generator,
    width: int = 640,
    height: int = 480,
    payloads: Sequence[str] | None = None,
) -> SyntheticFrame:
    """One frame of distortion class `kind` (see `DISTORTIONS`)."""
    if kind not in DISTORTIONS:
        raise ValueError(f"unknown distortion {kind!r}")
    payloads = list(payloads) if payloads else sample_ticket_urls(4, rng)
    img = scene(width, height, rng, noise=2.0)
    short = min(width, height)
    cx, cy = width / 2 + rng.uniform(-0.1, 0.1) * width, height / 2
    cy += rng.uniform(-0.08, 0.08) * height
    size = short * rng.uniform(0.45, 0.6)
    angle, skew, dark, light = rng.uniform(-8, 8), 0.0, 20, 235
    if kind == "none":
        return SyntheticFrame(kind, add_noise(img, rng, 2.0), ())
    if kind == "multi":
        count = int(rng.integers(2, 4))
        chosen = [payloads[i % len(payloads)] for i in range(count)]
        size = short * 0.38
        step = width / count
        for i, text in enumerate(chosen):
            center = (step * (i + 0.5), height / 2 + rng.uniform(-0.15, 0.15) * height)
            corners = code_corners(center, min(size, step * 0.85), rng.uniform(-10, 10), 0, rng)
            paste_code(img, render_qr(text), corners)
        return SyntheticFrame(kind, img, tuple(chosen))
    text = payloads[int(rng.integers(0, len(payloads)))]
    if kind == "rotation":
        angle = rng.uniform(0, 360)
    elif kind == "perspective":
        skew = rng.uniform(0.18, 0.28)
    elif kind == "small":
        size = rng.uniform(48, 72) * short / 480
    elif kind == "low_contrast":
        dark = int(rng.integers(95, 115))
        light = dark + int(rng.integers(12, 24))
    paste_code(img, render_qr(text), code_corners((cx, cy), size, angle, skew, rng), dark, light)
    if kind == "blur":
        if rng.random() < 0.5:
            sigma = rng.uniform(2.5, 4.0) * short / 480
            img = cv2.GaussianBlur(img, (0, 0), sigma)
        else:
            img = motion_blur(img, int(rng.integers(10, 17) * short / 480), rng.uniform(0, 180))
    elif kind == "noise":
        img = add_noise(img, rng, rng.uniform(35, 60))
    elif kind == "glare":
        offset = rng.uniform(-0.25, 0.25, 2) * size
        img = add_glare(img, (cx + offset[0], cy + offset[1]), size * rng.uniform(0.3, 0.45))
    return SyntheticFrame(kind, img, (text,))


def synthetic_set(
    per_class: int,
    seed: int = 7,
    width: int = 640,
    height: int = 480,
    kinds: Sequence[str] = DISTORTIONS,
) -> list[SyntheticFrame]:
    """`per_class` frames of each distortion class, reproducible from `seed`."""
    rng = np.random.default_rng(seed)
    payloads = sample_ticket_urls(8, rng)
    return [
        synthetic_frame(kind, rng, width, height, payloads)
        for kind in kinds
        for _ in range(per_class)
    ]
