"""The venue benchmark (issue 14): one hub and N door processes against the emulator with
Wix's per-site limit switched on (200/min), each door scanning about one guest a second,
some tickets presented at two doors. Compared with direct mode (every door its own Wix
client). Prints one JSON object per configuration.

    python benchmarks/venue.py --mode hub --doors 5 --tickets 20000 [--scan-s 60]
    python benchmarks/venue.py --mode direct --doors 2 --tickets 20000

Reported: Wix requests in the busiest 60 s; cold start until every door can decide;
admission → visible at the other doors (p50/p95, seconds); double admissions allowed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin_app.emulator.server import EmulatorServer
from tests.support.hub_env import HubProcess, hub_environment, pair_door
from tests.support.sync_env import admissible

DOOR = Path(__file__).with_name("venue_door.py")


def busiest_minute(server: EmulatorServer) -> int:
    times = sorted(
        datetime.fromisoformat(r["time"].replace("Z", "+00:00")).timestamp()
        for r in server.requests
    )
    best, start = 0, 0
    for end, when in enumerate(times):
        while when - times[start] >= 60.0:
            start += 1
        best = max(best, end - start + 1)
    return best


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 3)


def run(
    mode: str, doors: int, tickets: int, scan_s: float, double_share: float,
    scan_after: float | None = None,
) -> dict:  # fmt: skip
    tmp = Path(tempfile.mkdtemp(prefix="venue-"))
    with EmulatorServer(seed=tickets, rate_limit_per_minute=200) as server:
        event_id = next(iter(server.state.events))
        env = hub_environment(tmp, server)
        pool = admissible(server, event_id, int(doors * scan_s * 1.2) + 10)
        cold = time.time()
        hub = None
        if mode == "hub":
            hub = HubProcess(tmp / "hub", env).start(timeout=120)
        names = [f"Door {i + 1}" for i in range(doors)]
        for name in names:
            folder = tmp / name.replace(" ", "")
            if hub is not None:
                pair_door(env, hub, folder, name)
        per_door = int(scan_s)
        plans, processes = [], []
        random.seed(7)
        lists = [pool[i * per_door : (i + 1) * per_door] for i in range(doors)]
        for i in range(doors):  # some tickets are also presented at the next door
            if doors > 1:
                for j in range(0, per_door, max(1, int(1 / double_share))):
                    if j + 2 < per_door:
                        lists[(i + 1) % doors][j + 2] = lists[i][j]
        for i, name in enumerate(names):
            plan = {
                "name": name,
                "mode": mode,
                "data_dir": str(tmp / name.replace(" ", "")),
                "event_id": event_id,
                "tickets": tickets,
                "cold_start": cold,
                "ready_timeout_s": 900,
                "scan_start": 0.0,
                "interval_s": 1.0,
                "offsets": [random.uniform(0, 0.5) for _ in lists[i]],
                "tickets_to_scan": lists[i],
                "tail_s": 20 if mode == "hub" else 35,
                "window_start_iso": "",
            }
            plans.append(plan)
        # Doors start loading together (cold start measured per door); all start scanning at
        # one moment after the slowest load is expected to finish (a door ready later starts
        # then, at the same pace).
        scan_at = cold + (scan_after if scan_after is not None else
                          (420 if tickets > 50_000 else 150)) + 5  # fmt: skip
        window = datetime.fromtimestamp(scan_at - 1, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        for i, plan in enumerate(plans):
            plan["scan_start"] = scan_at
            plan["window_start_iso"] = window
            path = tmp / f"plan{i}.json"
            path.write_text(json.dumps(plan))
            door_env = {k: v for k, v in env.items()}
            if mode == "hub":
                door_env.pop("CHECKIN_API_KEY", None)
                door_env.pop("CHECKIN_SITE_ID", None)
            processes.append(subprocess.Popen(
                [sys.executable, str(DOOR), str(path)], env=door_env, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, text=True,
            ))  # fmt: skip
        results = []
        hub_cpu = _HubCpu(hub)
        for process in processes:
            out, _ = process.communicate(timeout=3600)
            results.append(json.loads(out.strip().splitlines()[-1]))
        if hub is not None:
            time.sleep(12)  # the last pushes
            hub_cpu.stop()
            hub.stop()
        admitted: dict[str, list[tuple[str, float, str]]] = {}
        for r in results:
            for s in r["scans"]:
                if s["verdict"] == "ADMITTED":
                    admitted.setdefault(s["ticket"], []).append((r["name"], s["at"], ""))
        doubles = sum(1 for v in admitted.values() if len(v) > 1)
        latencies = []
        for r in results:
            visible = r.get("visible", {})
            for number, doors_in in admitted.items():
                first_door, first_at, _ = doors_in[0]
                if first_door != r["name"] and number in visible:
                    latencies.append(max(0.0, visible[number] - first_at))
        scan_ms = [s["ms"] for r in results for s in r["scans"]]
        wix_checkins = sum(
            (1 if t["checkIn"] else 0) + len(t.get("repeatCheckIns") or [])
            for t in server.state.tickets.values()
        )
        return {
            "mode": mode, "doors": doors, "tickets": tickets, "scan_s": scan_s,
            "wix_requests_busiest_60s": busiest_minute(server),
            "wix_requests_total": len(server.requests),
            "wix_429": sum(1 for r in server.requests if r["status"] == 429),
            "ready_s_max": max((r["ready_s"] or float("inf")) for r in results),
            "ready_s": [r["ready_s"] for r in results],
            "visibility_p50_s": percentile(latencies, 0.5),
            "visibility_p95_s": percentile(latencies, 0.95),
            "visibility_samples": len(latencies),
            "scans": len(scan_ms), "scan_ms_p50": percentile(scan_ms, 0.5),
            "scan_ms_p95": percentile(scan_ms, 0.95),
            "decided_by_station": sum(1 for r in results for s in r["scans"]
                                      if s["decided_by"] == "station"),
            "double_admissions": doubles,
            "presented_at_two_doors": sum(
                1 for n in {s["ticket"] for r in results for s in r["scans"]}
                if sum(1 for r in results for s in r["scans"] if s["ticket"] == n) > 1
            ),
            "admitted": len(admitted), "wix_check_ins_received": wix_checkins,
            # Where the 2 cores went (CPU seconds): the hub's process, each door process
            # (to ready, and in all), and this process (the emulator: Wix's side).
            "cpu_s": {
                "hub": hub_cpu.total(), "hub_to_last_ready": hub_cpu.at_ready(results, cold),
                "doors_to_ready": [r.get("cpu_s_to_ready") for r in results],
                "doors": [r.get("cpu_s") for r in results],
                "emulator_and_benchmark": round(_own_cpu_s(), 1),
                "wall_s": round(time.time() - cold, 1),
            },
        }  # fmt: skip


class _HubCpu:
    """Samples the hub process's CPU time every 5 s (psutil), so the share it used until the
    last door was ready can be told from the scanning part."""

    def __init__(self, hub: HubProcess | None) -> None:
        self.samples: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._process = None
        if hub is not None and hub.process is not None:
            self._process = psutil.Process(hub.process.pid)
            threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while True:
            try:
                times = self._process.cpu_times()  # type: ignore[union-attr]
            except psutil.Error:
                return
            self.samples.append((time.time(), times.user + times.system))
            if self._stop.wait(5):
                return

    def stop(self) -> None:
        if self._process is not None:
            with contextlib.suppress(psutil.Error):
                times = self._process.cpu_times()
                self.samples.append((time.time(), times.user + times.system))
        self._stop.set()

    def total(self) -> float | None:
        return round(self.samples[-1][1], 1) if self.samples else None

    def at_ready(self, results: list[dict], cold: float) -> float | None:
        ready = [r["ready_s"] for r in results if r.get("ready_s") is not None]
        if not ready or not self.samples:
            return None
        until = cold + max(ready)
        before = [cpu for at, cpu in self.samples if at <= until]
        return round(before[-1], 1) if before else None


def _own_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=["hub", "direct"], default="hub")
    parser.add_argument("--doors", type=int, default=5)
    parser.add_argument("--tickets", type=int, default=20_000)
    parser.add_argument("--scan-s", type=float, default=60.0)
    parser.add_argument("--double-share", type=float, default=0.1)
    parser.add_argument(
        "--scan-after", type=float, default=None,
        help="seconds from the cold start until every door starts scanning "
        "(default 420 above 50,000 tickets, else 150: after the slowest door is ready)",
    )  # fmt: skip
    args = parser.parse_args()
    print(json.dumps(run(args.mode, args.doors, args.tickets, args.scan_s, args.double_share,
                         args.scan_after)))  # fmt: skip


if __name__ == "__main__":
    main()
