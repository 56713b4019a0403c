"""Benchmark the sync engine against the emulator: first pull of 20,000 tickets, push of 5,000.

(Several stations under Wix's per-site limit, the idle cost and the swap: stations.py.)

Prints one JSON object. `requests` are what the engine sent; `min_requests` the fewest the
API allows (List Tickets pages of 100; Check In Ticket calls of 100). The client's rate
limiter is switched off to measure the engine and the emulator; `seconds_at_wix_limit` is
the time the same requests need under the client's 180-per-minute budget for one site
(Wix allows 200), which is what a real site would see.

`double_admissions` (section at the end of this file, issues 12 and 13.3): what the pre-read
of queued admissions costs, the window two stations syncing together cannot resolve, and how
fast a queue backed off through a fault storm drains once Wix answers again.

    python benchmarks/sync.py [--tickets 20000] [--push 5000] [--trials 30]
    python benchmarks/sync.py --double-admissions-only [--trials 30]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import secrets
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin_app.bootstrap import open_station
from checkin_app.domain.clock import Clock, parse_iso
from checkin_app.emulator.server import EmulatorServer
from checkin_app.sync.engine import SyncEngine, SyncReport
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
    parser.add_argument("--trials", type=int, default=30, help="two-station trials")
    parser.add_argument("--double-admissions-only", action="store_true")
    args = parser.parse_args()
    # Stations keep their guest list encrypted: without a keyring they need a key here.
    os.environ.setdefault("CHECKIN_DB_KEY", secrets.token_hex(32))
    if args.double_admissions_only:
        json.dump({"double_admissions": double_admissions(args.trials)}, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
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
        "double_admissions": double_admissions(args.trials),
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


# -- double admissions and the queue flush (issues 12 and 13.3) ---------------------------
WAITED_S = 10.0  # > PRE_READ_AFTER_S: these admissions waited in the queue


class ManualClock(Clock):
    """Wall time that moves only when told (how long admissions waited, backoff due times)."""

    def __init__(self) -> None:
        self._now = datetime.now(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)


def _unlimited_client(server: EmulatorServer) -> WixClient:
    bucket = TokenBucket(rate_per_minute=1e9, burst=1_000_000)
    return WixClient(server.site_id, server.api_key, base_url=server.url, rate_limiter=bucket)


class _Door:
    """One station on a hand-moved clock, with its engine (rate limiter off)."""

    def __init__(self, server: EmulatorServer, folder: Path, name: str) -> None:
        self.name = name
        self.clock = ManualClock()
        self.station = open_station(folder / name, clock=self.clock)
        client = _unlimited_client(server)
        self.engine = SyncEngine(self.station.db, client, self.clock, owns_client=True)

    def admit(self, event_id: str, numbers: list[str]) -> None:
        for number in numbers:
            assert self.station.checkin.scan(number, event_id, self.name).admitted

    def close(self) -> None:
        self.engine.close()
        self.station.close()


def _requests_since(server: EmulatorServer, seq: int) -> Counter[str]:
    kinds: Counter[str] = Counter()
    for entry in server.requests:
        if entry["seq"] <= seq:
            continue
        if entry["path"] == "/events/v1/tickets" and entry["query"].get("ticketNumber"):
            kinds["pre_read"] += 1
        elif entry["path"].endswith("/tickets/check-in"):
            kinds["check_in"] += 1
        else:
            kinds["other"] += 1
    return kinds


def _last_seq(server: EmulatorServer) -> int:
    return max((e["seq"] for e in server.requests), default=0)


def _pre_read_cost(server: EmulatorServer, door: _Door, event_id: str) -> list[dict[str, object]]:
    """Extra requests per synced admission: queued ones are read first, fresh ones are not."""
    rows = []
    # Sent at once first: the hand-moved clock only runs ahead from there.
    for size, waited in ((100, False), (1, True), (10, True), (50, True), (100, True),
                         (1000, True)):  # fmt: skip
        numbers = [n for n in _free(server, event_id, size + 50) if n not in _taken][:size]
        _taken.update(numbers)
        door.admit(event_id, numbers)
        if waited:
            door.clock.advance(WAITED_S)
        seq = _last_seq(server)
        report = door.engine.push()
        assert report.pushed == size and report.pending == 0, report
        kinds = _requests_since(server, seq)
        rows.append({
            "admissions": size, "waited": waited, "check_in_calls": kinds["check_in"],
            "pre_reads": kinds["pre_read"],
            "extra_requests_per_admission": round(kinds["pre_read"] / size, 3),
        })  # fmt: skip
    return rows


_taken: set[str] = set()


def _free(server: EmulatorServer, event_id: str, count: int) -> list[str]:
    state = server.state
    found = []
    for number in state.event_tickets[event_id]:
        ticket = state.tickets[number]
        order = state.orders[ticket["orderNumber"]]
        if (
            ticket["checkIn"] is None
            and order["status"] in ("PAID", "FREE")
            and (number not in _taken)
        ):
            found.append(number)
            if len(found) == count:
                break
    return found


def _arrivals(server: EmulatorServer, seq: int, marks: dict[str, str]) -> list[tuple[str, float]]:
    """(door, arrival) of each check-in call Wix handled since `seq`, in order."""
    out = []
    for entry in server.requests:
        if entry["seq"] <= seq or not entry["path"].endswith("/tickets/check-in"):
            continue
        door = next(
            (d for d, mark in marks.items() if mark in entry.get("ticketNumbers", [])), None
        )
        if door and entry["status"] == 200:
            out.append((door, parse_iso(entry["time"]).timestamp()))
    return out


def _together(server: EmulatorServer, folder: Path, event_id: str, trials: int,
              *, waited: bool) -> dict[str, object]:  # fmt: skip
    """Two doors admit the same tickets and sync released together (south a random 0–80 ms
    later): is the double admission found by the door whose call came second, and what
    window did that door report?"""
    rng = random.Random(12)
    north, south = (
        _Door(server, folder, f"north-{waited}"),
        _Door(server, folder, f"south-{waited}"),
    )
    rows = []
    try:
        for door in (north, south):
            door.engine.run_once(event_id)
        for _ in range(trials):
            numbers = _free(server, event_id, 7)
            _taken.update(numbers)
            both, marks = numbers[:5], {"north": numbers[5], "south": numbers[6]}
            north.admit(event_id, [*both, marks["north"]])
            south.admit(event_id, [*both, marks["south"]])
            if waited:
                north.clock.advance(WAITED_S)
                south.clock.advance(WAITED_S)
            seq = _last_seq(server)
            barrier, delay = threading.Barrier(2), rng.uniform(0.0, 0.08)
            reports: dict[str, SyncReport] = {}
            threads = [
                threading.Thread(target=_push_on, args=(north, "north", 0.0, barrier, reports)),
                threading.Thread(target=_push_on, args=(south, "south", delay, barrier, reports)),
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
            calls = _arrivals(server, seq, marks)
            first, first_at = calls[0]
            second, second_at = next((d, t) for d, t in calls if d != first)
            window = reports[second].conflict_window_s
            rows.append({"gap_s": second_at - first_at, "window_s": window,
                         "found": reports[second].conflicts_found == 5})  # fmt: skip
    finally:
        north.close()
        south.close()
    beyond = [r for r in rows if r["window_s"] is not None and r["gap_s"] > r["window_s"]]
    windows = sorted(r["window_s"] for r in rows if r["window_s"] is not None)
    found_gaps = [r["gap_s"] for r in rows if r["found"]]
    missed_gaps = [r["gap_s"] for r in rows if not r["found"]]
    return {
        "trials": trials,
        "found_by_second_door": sum(r["found"] for r in rows),
        "gap_beyond_window_and_found": f"{sum(r['found'] for r in beyond)}/{len(beyond)}",
        "window_s_median": round(windows[len(windows) // 2], 4) if windows else None,
        "window_s_max": round(windows[-1], 4) if windows else None,
        "smallest_gap_found_s": round(min(found_gaps), 4) if found_gaps else None,
        "largest_gap_missed_s": round(max(missed_gaps), 4) if missed_gaps else None,
    }


def _push_on(door: _Door, key: str, pause: float, barrier: threading.Barrier,
             reports: dict[str, SyncReport]) -> None:  # fmt: skip
    """Released with the other door (then `pause` later): one push, as `sync` makes."""
    barrier.wait()
    time.sleep(pause)
    reports[key] = door.engine.push(explicit=True)


def _flush_after_storm(server: EmulatorServer, folder: Path, event_id: str) -> dict[str, object]:
    """Issue 13.3's measurement: 60 admissions, 40 `sync` runs 1.5 s apart, 503s for the
    first ten. Each run is a fresh engine, as each `checkin-app sync` is."""
    door = _Door(server, folder, "storm")
    door.engine.run_once(event_id)
    numbers = _free(server, event_id, 60)
    _taken.update(numbers)
    door.admit(event_id, numbers)
    pending, requests = [], []
    try:
        for run in range(40):
            server.set_faults(error_rate=1.0 if run < 10 else 0.0)
            engine = SyncEngine(door.station.db, _unlimited_client(server), door.clock,
                                owns_client=True)  # fmt: skip
            try:
                report = engine.run_once(event_id, explicit=True)
            finally:
                engine.close()
            pending.append(report.pending)
            requests.append(report.requests)
            door.clock.advance(1.5)
    finally:
        server.set_faults()
        door.close()
    waits = [p for p in pending[10:] if p]
    runs = [f"{value}x{len(list(group))}" for value, group in itertools.groupby(pending)]
    return {
        "pending_after_runs": ", ".join(runs),  # e.g. "60x10, 0x30": 60 pending for 10 runs
        "clean_runs_until_empty": pending[10:].index(0) + 1 if 0 in pending[10:] else None,
        "still_pending_after_40_runs": pending[-1],
        "requests_first_clean_run": requests[10],
        "clean_runs_with_items_waiting": len(waits),
    }


def double_admissions(trials: int) -> dict[str, object]:
    """The figures for benchmarks/README.md, "Double admissions"."""
    _taken.clear()
    with tempfile.TemporaryDirectory() as tmp, EmulatorServer(seed=5_000) as server:
        folder = Path(tmp)
        event_id = next(iter(server.state.events))
        door = _Door(server, folder, "cost")
        try:
            door.engine.run_once(event_id)
            cost = _pre_read_cost(server, door, event_id)
        finally:
            door.close()
        result: dict[str, object] = {"pre_read_cost": cost}
        for repeat in ("keep", "overwrite"):
            server.set_behaviour(repeat_check_in=repeat)
            result[f"together_queued_{repeat}"] = _together(
                server, folder, event_id, trials, waited=True
            )
        server.set_behaviour(repeat_check_in="keep")
        result["together_sent_at_once_keep"] = _together(
            server, folder, event_id, trials, waited=False
        )
        result["flush_after_storm"] = _flush_after_storm(server, folder, event_id)
    return result


if __name__ == "__main__":
    main()
