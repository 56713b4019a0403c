"""The hub's server (aiohttp) measured: scan round trip over TLS on loopback (p50/p95),
fan-out of one admission to 20 long-polling stations, the hub's memory, install size.

    python benchmarks/hub_server.py [--scans 400] [--listeners 20]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin_app.emulator.server import EmulatorServer
from checkin_app.hublink.client import HubClient
from checkin_app.hublink.pairing import pair_with_hub
from tests.support.hub_env import HubProcess, hub_environment
from tests.support.sync_env import admissible, gala_id


def pct(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 2)


def site_size(*names: str) -> float:
    import importlib.util

    total = 0
    for name in names:
        spec = importlib.util.find_spec(name)
        if spec and spec.submodule_search_locations:
            for folder in spec.submodule_search_locations:
                total += sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file())
    return round(total / 1e6, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=400)
    parser.add_argument("--listeners", type=int, default=20)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hub-bench-"))
    with EmulatorServer(seed="demo") as server:
        env = hub_environment(tmp, server)
        hub = HubProcess(tmp / "hub", env).start()
        try:
            clients = []
            for i in range(args.listeners + 1):
                paired = pair_with_hub(hub.url, hub.code, f"Door {i}")
                clients.append(HubClient(hub.url, paired.cert_pem, paired.station_id,
                                         paired.token, scan_timeout_s=5.0))  # fmt: skip
            event = gala_id(server)
            numbers = admissible(server, event, 60)
            door = clients[0]
            times = []
            for i in range(args.scans):
                request = {"scan_id": str(uuid.uuid4()), "code": numbers[i % len(numbers)],
                           "event_id": event, "station": "Door 0", "method": "camera"}  # fmt: skip
                t0 = time.perf_counter()
                door.decide(request)
                times.append((time.perf_counter() - t0) * 1000)
            seq = int(door.ping()["seq"])
            arrived: list[float] = []
            lock = threading.Lock()

            def listen(client: HubClient) -> None:
                client.changes(seq, 20)
                with lock:
                    arrived.append(time.perf_counter())

            threads = [threading.Thread(target=listen, args=(c,)) for c in clients[1:]]
            for t in threads:
                t.start()
            time.sleep(1.0)
            fresh = admissible(server, event, 1)[0]
            sent = time.perf_counter()
            door.decide({"scan_id": str(uuid.uuid4()), "code": fresh, "event_id": event,
                         "station": "Door 0", "method": "camera"})  # fmt: skip
            for t in threads:
                t.join(30)
            fan = [(a - sent) * 1000 for a in arrived]
            assert hub.process is not None
            rss = psutil.Process(hub.process.pid).memory_info().rss / 1e6
            for c in clients:
                c.close()
        finally:
            hub.stop()
    print(json.dumps({
        "server": "aiohttp", "scans": args.scans, "scan_rtt_ms_p50": pct(times, 0.5),
        "scan_rtt_ms_p95": pct(times, 0.95), "listeners": args.listeners,
        "fanout_ms_p50": pct(fan, 0.5), "fanout_ms_max": round(max(fan), 1),
        "fanout_received": len(fan), "hub_rss_mb": round(rss, 1),
        "install_mb": {"aiohttp+deps": site_size("aiohttp", "multidict", "yarl", "frozenlist",
                                                 "aiosignal", "propcache", "aiohappyeyeballs"),
                       "zeroconf+ifaddr": site_size("zeroconf", "ifaddr")},
    }))  # fmt: skip


if __name__ == "__main__":
    main()
