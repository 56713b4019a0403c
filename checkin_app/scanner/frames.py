"""Frames and the one small interface every frame source implements (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np


@dataclass(frozen=True, eq=False, slots=True, weakref_slot=True)
class Frame:
    """One picture from a source: a BGR (or grayscale) uint8 array and when it was taken.

    Frames compare by identity (an image array has no useful equality).

    `timestamp` is `time.monotonic()` seconds when the frame was read (the source's own
    clock for synthetic and file sources); `index` counts frames from 0 per source.
    """

    image: np.ndarray
    timestamp: float
    index: int


class SourceError(Exception):
    """A source cannot deliver frames; the message is one plain line for the user."""


@runtime_checkable
class FrameSource(Protocol):
    """Anything that yields frames: a camera, a video, images, the demo camera."""

    @property
    def name(self) -> str:
        """A short human description, e.g. `camera 0` or `demo camera`."""
        ...

    def read(self) -> Frame | None:
        """Block until the next frame; None when the source has ended or was closed.

        May raise `SourceError` when the source fails for good.
        """
        ...

    def close(self) -> None:
        """Release the device or file; safe to call twice and from another thread."""
        ...
