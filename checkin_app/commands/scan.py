"""`checkin-app scan PATH...`: decode QR codes from images, folders of images, or videos.

One line per file: the codes found and the decode time (`--json`: one JSON object per
line with `path`, `codes`, `ms`, and `frames` for a video; `error` for a file that could
not be read). Exit status: 0 when it ran — whether or not it found codes, and even if some
files were unreadable (each gets a one-line message on stderr) — 1 when no file at all
could be read, 2 for a backend that cannot run here.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checkin_app.cli import CommandError
from checkin_app.commands.terminal import field as terminal_field
from checkin_app.commands.terminal import json_text
from checkin_app.scanner.backends import BackendUnavailable
from checkin_app.scanner.codes import Decoder
from checkin_app.scanner.files import IMAGE_EXTENSIONS, VideoFileSource, list_images, read_image
from checkin_app.scanner.frames import SourceError
from checkin_app.scanner.pipeline import AUTO, DECODER_NAMES, make_decoder

_BACKEND_ALIASES = {"zbar": "pyzbar", "cv": "opencv", "aruco": "opencv-aruco"}


@dataclass
class FileResult:
    """What scanning one file gave."""

    path: str
    codes: list[str] = field(default_factory=list)
    ms: float = 0.0
    frames: int | None = None
    error: str | None = None

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"path": self.path, "codes": self.codes, "ms": round(self.ms, 2)}
        if self.frames is not None:
            out["frames"] = self.frames
        if self.error is not None:
            out["error"] = self.error
        return out

    def as_text(self) -> str:
        path = terminal_field(self.path)
        if self.error is not None:
            return f"{path}: error: {self.error}"
        where = f" in {self.frames} frames" if self.frames is not None else ""
        if not self.codes:
            return f"{path}: no code{where} ({self.ms:.1f} ms)"
        shown = " | ".join(_printable(c) for c in self.codes)
        return f"{path}: {len(self.codes)} code(s){where} ({self.ms:.1f} ms): {shown}"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "scan",
        help="decode QR codes from images or videos",
        description="Decode QR codes from image files, folders of images, or video files.",
        epilog="Exit status: 0 when it ran (found codes or not; unreadable files are "
        "reported on stderr), 1 when none of the files could be read, 2 for an "
        "unavailable backend.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="image, folder or video")
    parser.add_argument(
        "--backend",
        default=AUTO,
        metavar="NAME",
        help=f"decoder: {', '.join(DECODER_NAMES)} (default: {AUTO}, the tuned pipeline)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    name = _BACKEND_ALIASES.get(args.backend.lower(), args.backend.lower())
    if name not in DECODER_NAMES:
        raise CommandError(
            f"unknown backend {args.backend!r}; choose one of {', '.join(DECODER_NAMES)}", 2
        )
    try:
        decoder = make_decoder(name)
    except BackendUnavailable as exc:
        raise CommandError(
            f"backend {exc.status.name} is not available: {exc.status.detail}", 2
        ) from None
    read_any = False
    for result in _scan_all([Path(p) for p in args.paths], decoder):
        if result.error is None:
            read_any = True
        else:
            print(f"checkin-app: {terminal_field(result.path)}: {result.error}", file=sys.stderr)
        if args.json:
            print(json_text(result.as_json()), flush=True)
        elif result.error is None:
            print(result.as_text(), flush=True)
    return 0 if read_any else 1


def _scan_all(paths: list[Path], decoder: Decoder) -> list[FileResult]:
    results: list[FileResult] = []
    for path in paths:
        if path.is_dir():
            images = list_images(path)
            if not images:
                results.append(FileResult(str(path), error="folder holds no images"))
            results.extend(scan_image(p, decoder) for p in images)
        elif not path.exists():
            results.append(FileResult(str(path), error="no such file or folder"))
        elif path.suffix.lower() in IMAGE_EXTENSIONS:
            results.append(scan_image(path, decoder))
        else:
            results.append(scan_video(path, decoder))
    return results


def scan_image(path: Path, decoder: Decoder) -> FileResult:
    """Decode one image file."""
    image = read_image(path)
    if image is None:
        return FileResult(str(path), error="not a readable image")
    started = time.perf_counter()
    codes = decoder.decode(image)
    ms = (time.perf_counter() - started) * 1000.0
    return FileResult(str(path), _unique(c.text for c in codes), ms)


def scan_video(path: Path, decoder: Decoder) -> FileResult:
    """Decode every frame of a video; codes are listed once, in order of first sighting."""
    try:
        source = VideoFileSource(path)
    except SourceError as exc:
        return FileResult(str(path), error=_reason(exc, path))
    texts: list[str] = []
    ms = 0.0
    frames = 0
    try:
        while (frame := source.read()) is not None:
            frames += 1
            started = time.perf_counter()
            codes = decoder.decode(frame.image)
            ms += (time.perf_counter() - started) * 1000.0
            texts.extend(c.text for c in codes)
    except SourceError as exc:
        return FileResult(str(path), error=_reason(exc, path))
    finally:
        source.close()
    return FileResult(str(path), _unique(texts), ms, frames)


def _reason(exc: SourceError, path: Path) -> str:
    """The source's message without the path (the line already starts with it)."""
    text = str(exc)
    prefix = f"Cannot read {path}: "
    text = text[len(prefix) :] if text.startswith(prefix) else text
    return text.rstrip(".")


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(texts))


def _printable(text: str) -> str:
    """A code as one printable line: control characters shown as \\xNN."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
