"""QR codes for sold tickets and for Wix's payment page (Qt-free; segno draws them)."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import segno

from checkin_app.services.errors import ServiceError


def qr_png(text: str, *, scale: int = 10, border: int = 4) -> bytes:
    """A QR code of `text` as PNG bytes (error correction M: survives a scuffed screen)."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=border)
    return buffer.getvalue()


def save_qr_png(text: str, path: str | Path, *, scale: int = 12) -> Path:
    """Write the QR code of `text` to `path` atomically; `ServiceError` in plain words."""
    target = Path(path)
    data = qr_png(text, scale=scale)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".qr-", suffix=".png", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise ServiceError(f"Cannot save {target}: {exc.strerror or exc}.") from None
    return target
