"""Decoding benchmark: every QR backend and the default pipeline, side by side; prints JSON.

    python benchmarks/decode.py [--per-class 20] [--samples 40] [--out results.json]

- `corpus`: images decoded (text equal to N.txt) per set of resources/qr-corpus, per decoder;
- `synthetic`: share of generated 640x480 frames decoded exactly (all codes, nothing else;
  for `none`, no code) per distortion class, per decoder;
- `timing_ms`: per-frame decode time p50/p95 (wall clock, and `cpu_` = process CPU time)
  at 640x480 and 1280x720, with a ticket code in the frame and without one, per decoder
  (BGR frame in, grayscale conversion included; 8 different frames per cell, cycled);
- `auto_stages`: which step of the default pipeline decoded the corpus and synthetic frames.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin_app.scanner.corpus import CORPUS_SETS, find_corpus, load_corpus
from checkin_app.scanner.files import read_image
from checkin_app.scanner.pipeline import (
    DECODER_NAMES,
    AutoDecoder,
    available_backends,
    make_decoder,
)
from checkin_app.scanner.synthetic import (
    DISTORTIONS,
    code_corners,
    paste_code,
    render_qr,
    sample_ticket_urls,
    scene,
    synthetic_set,
)

SIZES = {"640x480": (640, 480), "1280x720": (1280, 720)}


def corpus_counts(decoder, corpus) -> dict[str, int]:
    out = {}
    for set_name, images in corpus.items():
        out[set_name] = sum(
            image.expected in [c.text for c in decoder.decode(read_image(image.path))]
            for image in images
        )
    out["total"] = sum(out.values())
    return out


def synthetic_rates(decoder, frames) -> dict[str, float]:
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for frame in frames:
        totals[frame.kind] += 1
        hits[frame.kind] += {c.text for c in decoder.decode(frame.image)} == set(frame.expected)
    rates = {kind: round(hits[kind] / totals[kind], 3) for kind in DISTORTIONS if totals[kind]}
    rates["all"] = round(sum(hits.values()) / max(sum(totals.values()), 1), 3)
    return rates


def timing_frames(size: tuple[int, int], with_code: bool, count: int) -> list[np.ndarray]:
    """Code-free scenes, or the same with a ticket-sized code (about 40% of the height)."""
    rng = np.random.default_rng(1234 + size[0] + with_code)
    urls = sample_ticket_urls(count, rng)
    frames = []
    for i in range(count):
        frame = scene(size[0], size[1], rng, noise=3.0)
        if with_code:
            side = size[1] * rng.uniform(0.35, 0.5)
            center = (size[0] * rng.uniform(0.35, 0.65), size[1] * rng.uniform(0.4, 0.6))
            corners = code_corners(center, side, rng.uniform(-15, 15), 0.05, rng)
            paste_code(frame, render_qr(urls[i]), corners)
        frames.append(frame)
    return frames


def percentiles(samples: list[float], prefix: str = "") -> dict[str, float]:
    arr = np.asarray(samples) * 1000.0
    return {
        f"{prefix}p50": round(float(np.percentile(arr, 50)), 3),
        f"{prefix}p95": round(float(np.percentile(arr, 95)), 3),
    }


def time_decoder(decoder, frames: list[np.ndarray], samples: int) -> dict[str, float]:
    """Wall-clock p50/p95, and the same in process CPU time (`cpu_`): on a shared machine
    the CPU time is what the decode itself costs; the wall time adds waiting for a core."""
    decoder.decode(frames[0])  # warm-up: first-call allocations are not per-frame cost
    wall, cpu = [], []
    for i in range(samples):
        frame = frames[i % len(frames)]
        started, started_cpu = time.perf_counter(), time.process_time()
        decoder.decode(frame)
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return {**percentiles(wall), **percentiles(cpu, "cpu_")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=20, help="synthetic frames per class")
    parser.add_argument("--samples", type=int, default=60, help="timed decodes per cell")
    parser.add_argument(
        "--slow-samples",
        type=int,
        default=15,
        help="timed decodes per cell for the slow backends (pyzbar, opencv)",
    )
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args(argv)

    root = find_corpus(Path(__file__))
    if root is None:
        print("QR corpus not found (resources/qr-corpus or $CHECKIN_QR_CORPUS)", file=sys.stderr)
        return 1
    corpus = {name: load_corpus(root, name) for name in CORPUS_SETS}
    frames = synthetic_set(args.per_class, seed=2024)
    usable = [s.name for s in available_backends() if s.available]
    load_before = os.getloadavg()

    result: dict[str, object] = {
        "machine": {
            "python": platform.python_version(),
            "opencv": cv2.__version__,
            "cpus": os.cpu_count(),
            "loadavg_at_start": [round(x, 2) for x in load_before],
        },
        "backends": {
            s.name: {"available": s.available, "detail": s.detail} for s in available_backends()
        },
        "corpus": {},
        "synthetic": {"size": "640x480", "per_class": args.per_class},
        "timing_ms": {},
    }
    auto_stages: Counter[str] = Counter()
    for name in [n for n in DECODER_NAMES if n in usable]:
        decoder = make_decoder(name)
        result["corpus"][name] = corpus_counts(decoder, corpus)
        result["synthetic"][name] = synthetic_rates(decoder, frames)
        if isinstance(decoder, AutoDecoder):
            auto_stages.update(decoder.stages)
        slow = name not in ("auto", "zxing")
        cells = {}
        for label, size in SIZES.items():
            for with_code in (False, True):
                key = f"{label} {'code' if with_code else 'no code'}"
                cells[key] = time_decoder(
                    make_decoder(name),
                    timing_frames(size, with_code, 8),
                    args.slow_samples if slow else args.samples,
                )
        result["timing_ms"][name] = cells
        print(f"{name}: done", file=sys.stderr)
    result["auto_stages"] = dict(auto_stages.most_common())
    result["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
