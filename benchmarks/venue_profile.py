"""Where a paired door's cold start goes: the hub serving a 100,000-ticket snapshot and the
door loading it into its encrypted SQLite (with the search index), measured apart.

    python benchmarks/venue_profile.py [--tickets 100000] [--doors 1] [--profile FILE]

The hub's list is downloaded from the emulator without Wix's rate limit (this measures the
venue side only), then a real `checkin-app hub` process serves it and `--doors` in-process
doors (threads) take their snapshot at once. Prints one JSON object: the hub's CPU seconds
while serving, each door's wall time and its own CPU split (`--profile` writes the first
door's cProfile stats).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin_app.emulator.server import EmulatorServer
from tests.support.hub_env import HubProcess, hub_environment, pair_door


def process_cpu_s(pid: int) -> float:
    """utime + stime of a process (its threads included), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def prepare_hub(folder: Path, server: EmulatorServer) -> float:
    """The hub's own download, without the site limit; returns its seconds."""
    from checkin_app.bootstrap import open_station
    from checkin_app.services.hub_venue import VenueHub
    from tests.support.sync_env import make_engine

    started = time.monotonic()
    station = open_station(folder, hub_link=False)
    VenueHub(station.stores, station.clock).start()
    engine = make_engine(station, server)
    try:
        for _ in range(20):
            report = engine.run_once(full=None)
            if report.error is None and not engine.download_progress():
                break
    finally:
        engine.close()
        station.close()
    return time.monotonic() - started


def load_door(folder: Path, out: dict[str, object], profile: str | None) -> None:
    from checkin_app.bootstrap import connect_station, open_station

    station = open_station(folder)
    engine = connect_station(station)
    profiler = cProfile.Profile() if profile else None
    cpu0 = time.thread_time()
    started = time.monotonic()
    if profiler:
        profiler.enable()
    report = engine.run_once()
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)  # type: ignore[arg-type]
    out.update(
        wall_s=round(time.monotonic() - started, 2),
        thread_cpu_s=round(time.thread_time() - cpu0, 2),
        tickets=report.pulled_tickets, error=report.error,
    )  # fmt: skip
    engine.close()
    station.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--doors", type=int, default=1)
    parser.add_argument("--profile", help="write the first door's cProfile stats here")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="venue-profile-"))
    result: dict[str, object] = {"tickets": args.tickets, "doors": args.doors}
    with EmulatorServer(seed=args.tickets) as server:
        env = hub_environment(tmp, server)
        os.environ.update({k: env[k] for k in ("PYTHON_KEYRING_BACKEND",
                                                "CHECKIN_TEST_KEYRING_FILE")})  # fmt: skip
        import keyring

        from tests.support.file_keyring import FileKeyring

        keyring.set_keyring(FileKeyring())
        result["hub_download_s"] = round(prepare_hub(tmp / "hub", server), 1)
        hub = HubProcess(tmp / "hub", env).start(timeout=300)
        try:
            assert hub.process is not None
            folders = [tmp / f"door{i}" for i in range(args.doors)]
            for i, folder in enumerate(folders):
                pair_door(env, hub, folder, f"Door {i + 1}")
            time.sleep(2)
            hub_cpu0 = process_cpu_s(hub.process.pid)
            outs: list[dict[str, object]] = [{} for _ in folders]
            threads = [
                threading.Thread(target=load_door, args=(f, o, args.profile if i == 0 else None))
                for i, (f, o) in enumerate(zip(folders, outs, strict=True))
            ]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(3600)
            result["all_loaded_s"] = round(time.monotonic() - started, 2)
            result["hub_cpu_s"] = round(process_cpu_s(hub.process.pid) - hub_cpu0, 2)
            result["hub_rss_peak_mb"] = round(rss_mb(hub.process.pid), 1)
            result["doors_detail"] = outs
            usage = resource.getrusage(resource.RUSAGE_SELF)
            result["door_process_cpu_s"] = round(usage.ru_utime + usage.ru_stime, 2)
        finally:
            hub.stop()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
