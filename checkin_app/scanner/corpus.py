"""The QR photo corpus (`resources/qr-corpus/SET/N.png` + `N.txt`) for tests and benchmarks."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CORPUS_ENV = "CHECKIN_QR_CORPUS"
CORPUS_SETS: tuple[str, ...] = ("qrcode-1", "qrcode-2", "qrcode-3")
# Where the checkout keeps it, relative to the project's top folder.
CORPUS_IN_PROJECT = Path("resources") / "qr-corpus"


@dataclass(frozen=True, slots=True)
class CorpusImage:
    """One photo and the text a decoder must find in it."""

    set_name: str
    path: Path
    expected: str


def find_corpus(start: Path | None = None) -> Path | None:
    """The corpus folder: `$CHECKIN_QR_CORPUS`, else `resources/qr-corpus` in the checkout
    that holds `start` (the nearest ancestor that has one); None when there is none."""
    env = os.environ.get(CORPUS_ENV)
    if env:
        path = Path(env)
        return path if path.is_dir() else None
    here = (start or Path(__file__)).resolve()
    for parent in here.parents:
        candidate = parent / CORPUS_IN_PROJECT
        if candidate.is_dir():
            return candidate
    return None


def load_corpus(root: Path, set_name: str) -> list[CorpusImage]:
    """The images of one set with their expected text, in numeric order."""
    folder = root / set_name
    images = []
    for png in sorted(folder.glob("*.png"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0):
        txt = png.with_suffix(".txt")
        if txt.is_file():
            images.append(CorpusImage(set_name, png, txt.read_bytes().decode("utf-8")))
    return images
