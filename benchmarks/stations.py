"""Several door stations downloading one big event under Wix's per-site request limit.

N = 1, 2 and 5 station PROCESSES (each a `checkin-app sync` run again `--retry-delay`
seconds after every failed pass, as a door keeps trying) against the emulator with
`--limit` requests per minute for the site and one event of `--tickets` tickets. Reports per
station when its list was ready, its requests, the 429s it got and its passes; and for the
site the pages fetched more than once per station (goal: 0) and the goal time
(N × requests per full download ÷ limit minutes + 1 minute).

Then, in-process: the idle cost of a quiet station (routine passes every 15 s over
`--idle-minutes` simulated minutes, counted in the emulator's request log), and the swap's
database lock at `--swap-tickets` tickets (the longest write transaction while a staged list
is swapped in, and the door-scan latency measured meanwhile on another thread).

    python benchmarks/stations.py [--tickets 20000] [--limit 200] [--stations 1 2 5]
        [--idle-minutes 60] [--swap-tickets 100000] [--checkin-app COMMAND] [--skip-swap]

Prints one JSON object. `--checkin-app` runs another build (e.g. the code before a change).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import secrets
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin_app.bootstrap import open_station
from checkin_app.domain.clock import Clock
from checkin_app.domain.models import OrderStatus, Ticket
from checkin_app.emulator.server import EmulatorServer
from checkin_app.storage.downloads import DownloadStore
from checkin_app.sync.engine import SyncEngine
from checkin_app.wix import TokenBucket, WixClient

TICKETS = "/events/v1/tickets"


# -- N stations ---------------------------------------------------------------------------
def station_loop(
    command: list[str], env: dict[str, str], started: float, retry_delay: float,
    deadline: float, out: dict[str, Any],
) -> None:  # fmt: skip
    """One door: `sync` until a pass ends cleanly with the list complete."""
    out.update(passes=0, requests=0, rate_limited=0, waited_s=0.0, ready_s=None, errors=[])
    while time.monotonic() < deadline:
        result = subprocess.run(
            command, capture_output=True, text=True, env=env,
            timeout=max(10.0, deadline - time.monotonic()),
        )  # fmt: skip
        out["passes"] += 1
        try:
            report = json.loads(result.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            report = {}
        out["requests"] += int(report.get("requests", 0))
        out["rate_limited"] += int(report.get("rate_limited", 0))
        out["waited_s"] += float(report.get("waited_s", 0.0))
        if report.get("error"):
            out["errors"].append(str(report["error"])[:120])
        done = result.returncode == 0 and not report.get("downloads") and report.get("events")
        if done:
            out["ready_s"] = round(time.monotonic() - started, 1)
            return
        time.sleep(retry_delay)


def run_stations(args: argparse.Namespace, n: int, work: Path) -> dict[str, Any]:
    with EmulatorServer(seed=args.tickets, rate_limit_per_minute=args.limit) as server:
        env = dict(os.environ)
        env.update(
            CHECKIN_BASE_URL=server.url, CHECKIN_SITE_ID=server.site_id,
            CHECKIN_API_KEY=server.api_key,
        )  # fmt: skip
        results: list[dict[str, Any]] = [{} for _ in range(n)]
        started = time.monotonic()
        deadline = started + args.timeout_s
        threads = []
        for i in range(n):
            data_dir = work / f"n{n}-station{i + 1}"
            command = [*args.checkin_app, "sync", "--json", "--data-dir", str(data_dir)]
            threads.append(
                threading.Thread(
                    target=station_loop,
                    args=(command, env, started, args.retry_delay, deadline, results[i]),
                )
            )
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        log = server.requests
    pages = Counter(
        int(r["query"]["offset"][0])
        for r in log
        if r["path"] == TICKETS and r["status"] == 200 and "ticketNumber" not in r["query"]
        and r["query"].get("limit") == ["100"]
    )  # fmt: skip
    expected_pages = math.ceil(args.tickets / 100)
    for i, result in enumerate(results):
        result["station"] = i + 1
        held = work / f"n{n}-station{i + 1}"
        result["tickets_held"] = _tickets_held(held)
    return {
        "stations": n,
        "per_station": results,
        "site_requests": len(log),
        "site_429s": sum(1 for r in log if r["status"] == 429),
        "pages_fetched_more_than_once_per_station": sum(
            max(0, count - n) for count in pages.values()
        ),
        "pages_never_fetched": sum(1 for o in range(expected_pages) if pages[o * 100] == 0),
        "all_ready": all(r["ready_s"] is not None for r in results),
        "last_ready_s": max((r["ready_s"] or math.inf) for r in results),
    }


def _tickets_held(data_dir: Path) -> int | None:
    try:
        station = open_station(data_dir, create=False)
    except Exception:
        return None
    try:
        row = station.db.query_one("SELECT count(*) FROM tickets WHERE removed = 0")
        return int(row[0]) if row else 0
    finally:
        station.close()


# -- idle cost ----------------------------------------------------------------------------
class SteppedClock(Clock):
    def __init__(self) -> None:
        self._now = datetime.now(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)


def idle_cost(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    clock = SteppedClock()
    with EmulatorServer(seed=args.tickets) as server:
        station = open_station(work / "idle", clock=clock)
        unlimited = TokenBucket(rate_per_minute=1e9, burst=1_000_000, sleep=lambda _s: None)
        client = WixClient(server.site_id, server.api_key, base_url=server.url,
                           rate_limiter=unlimited)  # fmt: skip
        engine = SyncEngine(station.db, client, clock, owns_client=True)
        try:
            event_id = next(iter(server.state.events))
            first = engine.run_once(event_id)
            assert first.error is None, first.error
            since = server.requests[-1]["seq"]
            passes = int(args.idle_minutes * 60 / 15)
            for _ in range(passes):
                clock.advance(15)
                report = engine.run_once(event_id, routine=True)
                assert report.error is None and not report.full_downloads, report.error
            idle = server.app.log.entries(since)
        finally:
            engine.close()
            station.close()
    by_kind = Counter(_kind(r) for r in idle)
    return {
        "simulated_minutes": args.idle_minutes,
        "routine_passes": passes,
        "requests": len(idle),
        "requests_per_minute_per_event": round(len(idle) / args.idle_minutes, 2),
        "by_kind": dict(by_kind),
        "full_download_requests_for_comparison": first.requests,
    }


def _kind(request: dict[str, Any]) -> str:
    path, query = request["path"], request["query"]
    if path == TICKETS:
        return "count check" if query.get("limit") == ["1"] else "ticket pages"
    if path.endswith("/guests/query"):
        return "guests delta"
    if "ticket-definitions" in path:
        return "ticket types"
    return "event"


# -- swap lock ----------------------------------------------------------------------------
def swap_lock(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """Stage `--swap-tickets` tickets, swap them in while another thread scans; then the
    same again with the list already live (a verification with nothing changed)."""
    station = open_station(work / "swap")
    event_id = "11111111-2222-4333-8444-555555555555"
    from checkin_app.domain.models import Event

    station.checkin.catalog.upsert_event(Event(id=event_id, title="Swap", currency="USD"))
    tickets = [
        Ticket(f"SWAP-{i:06d}-T1", event_id, order_number=f"SWAP-{i:06d}",
               order_status=OrderStatus.PAID, guest_first_name=f"Guest{i}",
               guest_last_name="Swapper", guest_email=f"g{i}@example.com", price="10.00")
        for i in range(args.swap_tickets)
    ]  # fmt: skip
    store = DownloadStore(station.db)
    results = {}
    try:
        for label, generation in (("first_download", 1), ("verification_unchanged", 2)):
            store.begin(event_id, generation, "bench", station.clock.now_iso())
            for start in range(0, len(tickets), 100):
                store.stage_page(
                    event_id, tickets[start : start + 100], offset=start,
                    next_offset=start + 100, total=len(tickets), pace_per_minute=None,
                    now_iso=station.clock.now_iso(),
                )  # fmt: skip
            scans: list[float] = []
            stop = threading.Event()

            def door(scans: list[float] = scans, stop: threading.Event = stop) -> None:
                scanner = open_station(work / "swap")
                try:
                    i = 0
                    while not stop.is_set():
                        began = time.perf_counter()
                        scanner.checkin.scan(f"SWAP-{i % 1000:06d}-T1", event_id, "Bench door")
                        scans.append(time.perf_counter() - began)
                        i += 1
                        time.sleep(0.005)
                finally:
                    scanner.close()

            thread = threading.Thread(target=door)
            thread.start()
            time.sleep(0.2)
            written, _removed, timing = store.swap_in(event_id, generation, lambda conn: None)
            stop.set()
            thread.join()
            results[label] = {
                "rows_written": written,
                "chunks": timing.chunks,
                "longest_chunk_ms": round(timing.longest_chunk_s * 1000, 1),
                "final_transaction_ms": round(timing.final_s * 1000, 1),
                "swap_total_s": round(timing.total_s, 2),
                "door_scans_during_swap": len(scans),
                "door_scan_p50_ms": round(statistics.median(scans) * 1000, 2) if scans else None,
                "door_scan_max_ms": round(max(scans) * 1000, 1) if scans else None,
            }
    finally:
        station.close()
    return {"tickets": args.swap_tickets, **results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=20_000)
    parser.add_argument("--limit", type=int, default=200, help="site requests per minute")
    parser.add_argument("--stations", type=int, nargs="*", default=[1, 2, 5])
    parser.add_argument("--retry-delay", type=float, default=2.0)
    parser.add_argument("--timeout-s", type=float, default=900.0, help="per N")
    parser.add_argument("--idle-minutes", type=float, default=60.0)
    parser.add_argument("--swap-tickets", type=int, default=100_000)
    parser.add_argument("--skip-swap", action="store_true")
    parser.add_argument("--skip-idle", action="store_true")
    parser.add_argument(
        "--checkin-app", default=f"{shlex.quote(sys.executable)} -m checkin_app",
        help="the command line that runs checkin-app (default: this checkout), e.g. "
        "'env PYTHONPATH=/tmp/before python -m checkin_app' for an older build",
    )  # fmt: skip
    args = parser.parse_args()
    args.checkin_app = shlex.split(args.checkin_app)
    # Stations keep their guest list encrypted; the station processes read the key here.
    os.environ.setdefault("CHECKIN_DB_KEY", secrets.token_hex(32))
    work = Path(tempfile.mkdtemp(prefix="bench-stations-"))
    result: dict[str, Any] = {"tickets": args.tickets, "limit_per_minute": args.limit}
    try:
        runs = []
        for n in args.stations:
            runs.append(run_stations(args, n, work))
            print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
        single = next((r for r in runs if r["stations"] == 1), None)
        per_download = single["per_station"][0]["requests"] if single else None
        for run in runs:
            if per_download:
                run["goal_s"] = round(run["stations"] * per_download / args.limit * 60 + 60, 1)
                run["met_goal"] = run["all_ready"] and run["last_ready_s"] <= run["goal_s"]
        result["requests_per_full_download"] = per_download
        result["runs"] = runs
        if not args.skip_idle:
            result["idle"] = idle_cost(args, work)
        if not args.skip_swap:
            result["swap"] = swap_lock(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
