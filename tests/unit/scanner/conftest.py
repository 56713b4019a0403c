"""Fixtures for the scanner tests: the real photo corpus and a generated synthetic set."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin_app.scanner.corpus import CORPUS_SETS, CorpusImage, find_corpus, load_corpus
from checkin_app.scanner.synthetic import SyntheticFrame, synthetic_set


@pytest.fixture(scope="session")
def corpus_root() -> Path:
    root = find_corpus(Path(__file__))
    if root is None:
        pytest.fail(
            "QR corpus not found: expected resources/qr-corpus in the checkout "
            "(or set CHECKIN_QR_CORPUS)"
        )
    return root


@pytest.fixture(scope="session")
def corpus(corpus_root: Path) -> dict[str, list[CorpusImage]]:
    sets = {name: load_corpus(corpus_root, name) for name in CORPUS_SETS}
    assert [len(v) for v in sets.values()] == [20, 35, 42]
    return sets


@pytest.fixture(scope="session")
def synthetic() -> list[SyntheticFrame]:
    """4 frames of each distortion class, 640x480, seed 11 (the floors below were measured
    on exactly this set)."""
    return synthetic_set(4, seed=11)
