"""What a decoder returns, the decoder interface, and turning raw QR bytes into text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

Point = tuple[float, float]

# Control characters other than tab/newline mark a payload as binary data, not text.
_CONTROL = {c for c in range(32) if c not in (9, 10, 13)} | {127}


@dataclass(frozen=True, slots=True)
class DecodedCode:
    """One code found in a frame.

    `text` is always a str (never raises on odd payloads); `raw` holds the bytes when the
    backend gives them; `points` is the code's quadrilateral in frame pixels (may be empty);
    `binary` is True when the payload is not text (a ticket is always text).
    """

    text: str
    backend: str
    raw: bytes | None = None
    points: tuple[Point, ...] = ()
    binary: bool = False

    def key(self) -> str:
        """What identifies 'the same code' for debouncing."""
        return self.text.strip()


@dataclass(frozen=True, slots=True)
class BackendStatus:
    """Whether a decoding backend can be used here, and if not, why (one plain line)."""

    name: str
    available: bool
    detail: str = ""


class Decoder(Protocol):
    """Finds QR codes in one image. Never raises: failures become an empty list."""

    name: str

    def decode(self, image: np.ndarray) -> list[DecodedCode]:
        """Decode a BGR or grayscale uint8 image."""
        ...


@dataclass(slots=True)
class DecoderCounters:
    """Failures a decoder swallowed so that the capture loop keeps going."""

    failures: int = 0
    last_error: str = ""
    by_backend: dict[str, int] = field(default_factory=dict)

    def record(self, backend: str, exc: BaseException) -> None:
        self.failures += 1
        self.by_backend[backend] = self.by_backend.get(backend, 0) + 1
        self.last_error = f"{backend}: {type(exc).__name__}: {exc}"[:300]


def bytes_to_text(raw: bytes) -> tuple[str, bool]:
    """Best-effort text for a QR payload: UTF-8, then Shift-JIS, then Latin-1.

    Returns `(text, binary)`; Latin-1 never fails, so there is always a text. `binary` is
    True when the bytes hold control characters, i.e. the code carries data, not text.
    """
    binary = any(b in _CONTROL for b in raw)
    for encoding in ("utf-8", "shift_jis"):
        try:
            return raw.decode(encoding), binary
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1"), binary


def text_is_binary(text: str) -> bool:
    """True when a decoded text holds control characters (binary data, not a ticket)."""
    return any(ord(c) in _CONTROL for c in text)


def quad(points: Sequence[Sequence[float]] | np.ndarray | None) -> tuple[Point, ...]:
    """Normalise a backend's corner points to a tuple of (x, y) floats."""
    if points is None:
        return ()
    arr = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    return tuple((float(x), float(y)) for x, y in arr)
