"""Benchmark the sync engine against the emulator: first pull of 20,000 tickets, push of 5,000.

(Several stations under Wix's per-site limit, the idle cost and the swap: stations.py.)

Prints one JSON object. `requests` are what the engine sent; `min_requests` the fewest the
API allows (List Tickets pages of 100; Check In Ticket calls of 100). The client's rate
limiter is switched off to measure the engine and the emulator; `seconds_at_wix_limit` is
the time the same requests need under the client's 180-per-minute budget for one site
(Wix allows 200), which is what a real site would see.

    python benchmarks/sync.py [--tickets 20000] [--push 5000]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin_app.bootstrap import open_station
from checkin_app.emulator.server import EmulatorServer
from checkin_app.sync.engine import SyncEngine
from checkin_app.wix import TokenBucket, WixClient
from checkin_app.wix.ratelimit import DEFAULT_BURST, DEFAULT_RATE_PER_MINUTE


def at_wix_limit(requests: int, measured_s: float) -> float:
    """Seconds `requests` take when at most `burst` go at once and the rest at the rate."""
    paced = max(0, requests - DEFAULT_BURST) * 60.0 / DEFAULT_RATE_PER_MINUTE
    return round(max(measured_s, paced), 2)


def phase(seconds: float, requests: int, minimum: int, **extra: object) -> dict[str, object]:
    return {
        "seconds": round(seconds, 3),
        "requests": requests,
        "min_requests": minimum,
        "seconds_at_wix_limit": at_wix_limit(requests, seconds),
        **extra,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=20_000)
    parser.add_argument("--push", type=int, default=5_000)
    args = parser.parse_args()
    process = psutil.Process()
    with tempfile.TemporaryDirectory() as tmp, EmulatorServer(seed=args.tickets) as server:
        station = open_station(Path(tmp) / "station")
        unlimited = TokenBucket(rate_per_minute=1e9, burst=1_000_000)
        client = WixClient(server.site_id, server.api_key, base_url=server.url,
                           rate_limiter=unlimited)  # fmt: skip
        engine = SyncEngine(station.db, client, owns_client=True)
        try:
            rss_before = process.memory_info().rss
            started = time.perf_counter()
            pull = engine.run_once()
            pull_s = time.perf_counter() - started
            rss_after = process.memory_info().rss
            assert pull.error is None, pull.error
            event_id = pull.events[0]
            pages = math.ceil(args.tickets / 100)

            tickets = station.checkin.tickets.all_for_event(event_id)
            to_admit = [t.ticket_number for t in tickets if t.server_checked_in_at is None]
            to_admit = to_admit[: args.push]
            started = time.perf_counter()
            for number in to_admit:
                station.checkin.scan(number, event_id, "Bench door")
            scan_s = time.perf_counter() - started

            started = time.perf_counter()
            push = engine.push()
            push_s = time.perf_counter() - started
            assert push.error is None and push.pending == 0, push.error

            started = time.perf_counter()
            delta = engine.pull(event_id)
            delta_s = time.perf_counter() - started

            started = time.perf_counter()
            again = engine.pull(event_id, full=True)  # a verification download (`sync --full`)
            again_s = time.perf_counter() - started
        finally:
            engine.close()
            station.close()
    result = {
        "tickets": args.tickets,
        "initial_pull": phase(
            pull_s,
            pull.requests,
            pages + 1,
            pulled_tickets=pull.pulled_tickets,
            rss_growth_mb=round((rss_after - rss_before) / 2**20, 1),
        ),
        "queue_check_ins": {"count": len(to_admit), "seconds": round(scan_s, 3)},
        "push": phase(push_s, push.requests, math.ceil(len(to_admit) / 100), pushed=push.pushed),
        "guests_delta_after_push": {
            "seconds": round(delta_s, 3),
            "requests": delta.requests,
            "guests_changed": delta.guests_changed,
        },
        "verification_full_pull": phase(again_s, again.requests, pages + 1),
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
