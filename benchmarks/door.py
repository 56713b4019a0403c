"""Door window benchmark: frame-to-card latency, start-up time, memory; prints JSON.

    python benchmarks/door.py [--tickets 100000] [--scans 200] [--startups 3] [--out FILE]

- `frame_to_card_ms`: from a camera frame being read to the result card being painted with
  its verdict (decode + check-in decision and commit + queued signals + paint), p50/p95/max
  over `--scans` frames, each with a different ticket's code, 1280x720, a station holding
  `--tickets` cached tickets; the real decoder, the real window (offscreen platform);
- `startup_s`: from starting `python` to a usable door window (events loaded, recent scans
  listed, first paint), median of `--startups` fresh processes on that station;
- `rss_mb`: resident memory of a fresh process with the window open on that station and
  the camera loop running the demo camera at 1280x720 for `--run-seconds`; `rss_peak_mb`
  its highest sample.
Each part runs in its own process so that one does not inflate the next.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EVENT_ID = "11111111-2222-4333-8444-555555555555"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


# -- the station ---------------------------------------------------------------------------
def prepare_station(data_dir: Path, count: int) -> None:
    from checkin_app.bootstrap import open_station
    from checkin_app.domain.models import Event, Ticket

    station = open_station(data_dir)
    station.checkin.catalog.upsert_event(
        Event(id=EVENT_ID, title="Benchmark Gala", status="UPCOMING", currency="USD")
    )
    first = ["Ada", "Grace", "Alan", "Katherine", "Edsger", "Barbara", "Donald", "Frances"]
    last = ["Lovelace", "Hopper", "Turing", "Johnson", "Dijkstra", "Liskov", "Knuth", "Allen"]
    batch: list[Ticket] = []
    for i in range(count):
        batch.append(
            Ticket(
                ticket_number=f"BNCH-{i:06d}",
                event_id=EVENT_ID,
                order_number=f"ORD{i // 2:06d}",
                ticket_name="General Admission",
                guest_first_name=first[i % len(first)],
                guest_last_name=f"{last[(i // 8) % len(last)]}{i}",
                guest_email=f"guest{i}@example.com",
                price="25.00",
                currency="USD",
            )
        )
        if len(batch) == 5000:
            station.checkin.tickets.upsert_many(batch)
            batch = []
    if batch:
        station.checkin.tickets.upsert_many(batch)
    station.settings.event_id = EVENT_ID
    station.settings.save(data_dir)
    station.close()


def _window(data_dir: Path, camera_specs: list[str], payloads: list[str] | None = None):
    from checkin_app.bootstrap import open_station
    from checkin_app.ui.app import application
    from checkin_app.ui.context import UiContext, UiEvents
    from checkin_app.ui.main_window import CameraPlan, DoorWindow
    from checkin_app.ui.workers import TaskRunner

    app = application()
    station = open_station(data_dir)
    context = UiContext(station=station, events=UiEvents(), runner=TaskRunner(2))
    plan = CameraPlan(camera_specs, (lambda: payloads) if payloads else None)
    window = DoorWindow(context, camera=plan)
    window.sounds.set_muted(True)  # no audio device here; keeps the numbers about the door
    window.show()
    return app, station, window


def _spin_until(app, predicate, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if predicate():
            return True
        time.sleep(0.001)
    return False


# -- children ----------------------------------------------------------------------------------
def child_startup(data_dir: Path, started: float) -> dict[str, float]:
    app, station, window = _window(data_dir, ["none"])
    ok = _spin_until(
        app,
        lambda: (
            bool(window.context.event_id)
            and window.recent_model.rowCount() >= 0
            and window.status_line.snapshot is not None
        ),
    )
    painted = []
    window.card.painted.connect(painted.append)
    window.card.show_message("Ready", "", "ok")  # force one full paint of the card
    _spin_until(app, lambda: bool(painted))
    result = {"startup_s": time.time() - started, "ok": ok}
    window.close_quietly()
    station.close()
    return result


class _StillCamera:
    """Hands out prepared frames one at a time (the benchmark's camera)."""

    def __init__(self) -> None:
        import queue

        self.frames: queue.Queue = queue.Queue()
        self.count = 0

    name = "benchmark camera"

    def read(self):
        from checkin_app.scanner.frames import Frame

        image = self.frames.get()
        if image is None:
            return None
        self.count += 1
        return Frame(image, time.monotonic(), self.count)

    def close(self) -> None:
        self.frames.put(None)


def child_latency(data_dir: Path, scans: int) -> dict[str, object]:
    import numpy as np

    from checkin_app.domain.payload import check_in_url
    from checkin_app.scanner.synthetic import code_corners, paste_code, render_qr, scene

    app, station, window = _window(data_dir, [])
    _spin_until(app, lambda: bool(window.context.event_id))
    camera = _StillCamera()
    window.camera_feed.start_with(lambda: camera, "benchmark")
    _spin_until(app, lambda: window.camera_feed.running)
    rng = np.random.default_rng(5)
    backdrop = scene(1280, 720, rng)
    frames = []
    for i in range(scans):
        code = render_qr(check_in_url(f"BNCH-{i * 37 % 100000:06d}", EVENT_ID), module_px=5)
        frame = backdrop.copy()
        corners = code_corners((640 + (i % 5) * 20, 360), 300, (i * 7) % 30, 0.0, rng)
        paste_code(frame, code, corners)
        frames.append(frame)
    window.latencies.clear()
    for i, frame in enumerate(frames):
        camera.frames.put(frame)
        if not _spin_until(app, lambda i=i: len(window.latencies) > i, timeout=10):
            break
        camera.frames.put(backdrop)  # the code leaves the frame
    latencies_ms = [v * 1000 for v in window.latencies]
    admitted = station.checkin.log.admitted_count(EVENT_ID)  # every frame was a new guest
    window.close_quietly()
    station.close()
    return {
        "n": len(latencies_ms),
        "admitted": admitted,
        "p50": round(statistics.median(latencies_ms), 2) if latencies_ms else None,
        "p95": round(_percentile(latencies_ms, 0.95), 2) if latencies_ms else None,
        "max": round(max(latencies_ms), 2) if latencies_ms else None,
    }


def child_memory(data_dir: Path, seconds: float) -> dict[str, object]:
    import psutil

    from checkin_app.bootstrap import open_station
    from checkin_app.ui.demo import demo_payloads

    helper = open_station(data_dir)
    payloads = demo_payloads(helper, EVENT_ID)
    helper.close()
    app, station, window = _window(data_dir, ["demo"], payloads)
    process = psutil.Process()
    _spin_until(app, lambda: window.camera_feed.running)
    samples = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        _spin_until(app, lambda: False, timeout=0.25)
        samples.append(process.memory_info().rss)
    stats = window.camera_feed.stats()
    result = {
        "rss_mb": round(samples[-1] / 2**20, 1),
        "rss_peak_mb": round(max(samples) / 2**20, 1),
        "frames_read": getattr(stats, "frames_read", None),
        "frames_decoded": getattr(stats, "frames_decoded", None),
        "frames_shown": window.camera_view.frames_shown,
        "scans": station.checkin.log.count(),
    }
    window.close_quietly()
    station.close()
    return result


def _run_child(*args: str) -> dict:
    started = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args, "--started", repr(started)],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--startups", type=int, default=3)
    parser.add_argument("--run-seconds", type=float, default=10.0)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        if args.child == "startup":
            result = child_startup(args.data_dir, args.started)
        elif args.child == "latency":
            result = child_latency(args.data_dir, args.scans)
        else:
            result = child_memory(args.data_dir, args.run_seconds)
        print(json.dumps(result))
        sys.stdout.flush()
        os._exit(0)  # skip interpreter teardown: the figures are printed

    with tempfile.TemporaryDirectory(prefix="door-bench-") as tmp:
        data_dir = Path(tmp) / "station"
        t0 = time.perf_counter()
        prepare_station(data_dir, args.tickets)
        prepare_s = time.perf_counter() - t0
        common = ["--data-dir", str(data_dir)]
        startups = [_run_child("startup", *common)["startup_s"] for _ in range(args.startups)]
        latency = _run_child("latency", *common, "--scans", str(args.scans))
        memory = _run_child("memory", *common, "--run-seconds", str(args.run_seconds))
    report = {
        "tickets": args.tickets,
        "frame": "1280x720",
        "frame_to_card_ms": latency,
        "startup_s": {
            "median": round(statistics.median(startups), 3),
            "all": [round(s, 3) for s in startups],
        },
        "memory": memory,
        "prepare_station_s": round(prepare_s, 1),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
    }
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
