"""A long night at the door, compressed: does the station stay flat and lose nothing?

    python benchmarks/soak.py [--minutes 20] [--scans 10000] [--tickets 9000]
                              [--out soak.json] [--samples soak-samples.json] [--plot soak.png]

Six hours of a door's night (a trickle before doors open, the rush, a steady evening,
re-entries late) replayed in `--minutes`: `--scans` scans with repeats and rejects
(garbage codes, another event's tickets, unknown and archived tickets, tickets another door
already admitted), typed by a "USB scanner" (key presses through the window's scanner
filter), while the synthetic camera runs through the capture and decode loop, the door
window is up (Qt offscreen) and syncs every few seconds. The Wix emulator (in this
process, Wix's 200 requests/minute limit on) goes offline four times and spends other
stretches answering 5xx, 429, slowly, or dropping connections.

The app runs in its own process, started the way `checkin-app` starts it (`run_gui`, the
connection from CHECKIN_* variables), so only the app is measured. It samples itself every
`--sample-s`: RSS, open descriptors, threads, database and WAL size, the upload queue, scans
and verdicts, sync passes and their errors, error log records, unhandled exceptions.
This process replays the faults, and at the end checks that every guest admitted at the
door is checked in on Wix (`checkin-app export`, against the emulator's state).

Prints one JSON object: start vs end after warm-up for each resource, each outage with the
queue's peak and how long it took to drain, the counts. `--plot` draws the series (Qt's
QPainter, offscreen: no extra dependency; benchmarks/soak_plot.py).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NIGHT_HOURS = 6.0
STATION = "Soak door"
# Arrivals per half hour of the night (relative): doors open at 0.5 h, the rush, a tail.
ARRIVALS = (1, 8, 16, 15, 11, 8, 6, 5, 4, 3, 2, 2)
# What goes wrong, in night hours: (label, start, end, emulator faults).
FAULTS: tuple[tuple[str, float, float, dict[str, Any]], ...] = (
    ("outage", 1.00, 1.15, {"offline": True}),
    ("5xx", 1.60, 1.80, {"error_rate": 0.3}),
    ("outage", 2.50, 2.80, {"offline": True}),
    ("429", 3.20, 3.40, {"rate_limit_rate": 0.3, "retry_after_s": 2}),
    ("slow", 3.80, 4.00, {"latency_ms": 600}),
    ("drops", 4.30, 4.50, {"drop_rate": 0.15}),
    ("outage", 5.00, 5.25, {"offline": True}),
    ("outage", 5.60, 5.70, {"offline": True}),
)
OTHER_DOOR_AT_H = 2.0  # another station admits some guests (Wix learns it first)
# Shares of the scans that are not a guest's first scan.
REPEATS, GARBAGE, WRONG_EVENT, UNKNOWN, ARCHIVED, OTHER_DOOR = 0.08, 0.02, 0.015, 0.015, 0.01, 0.01
WARM_UP_SHARE = 0.25  # of the traffic: caches fill, the WAL reaches its size, pools start
COMPARE_SHARE = 0.08  # start = median over this share right after warm-up; end = the last


# -- the plan ------------------------------------------------------------------------------
def night_times(count: int, rng: random.Random) -> list[float]:
    """`count` arrival times in night hours, following ARRIVALS."""
    slot = NIGHT_HOURS / len(ARRIVALS)
    slots = rng.choices(range(len(ARRIVALS)), weights=ARRIVALS, k=count)
    return sorted(s * slot + rng.random() * slot for s in slots)


def build_plan(numbers: list[str], event_id: str, scans: int, rng: random.Random) -> dict:
    """The scans of the night (night hours, code, kind) and the tickets Wix changes."""
    from checkin_app.domain.payload import check_in_url

    pool = list(numbers)
    rng.shuffle(pool)
    n = {k: int(scans * share) for k, share in (("repeat", REPEATS), ("garbage", GARBAGE),
         ("wrong_event", WRONG_EVENT), ("unknown", UNKNOWN), ("archived", ARCHIVED),
         ("other_door", OTHER_DOOR))}  # fmt: skip
    archived = pool[: n["archived"]]
    other_door = pool[n["archived"] : n["archived"] + n["other_door"]]
    rest = pool[len(archived) + len(other_door) :]
    first = rest[: scans - sum(n.values())]
    if len(first) < scans - sum(n.values()):
        raise SystemExit(f"--tickets too few for {scans} scans: need about {int(scans * 0.9)}")
    times = night_times(len(first), rng)
    plan: list[tuple[float, str, str]] = [
        (t, check_in_url(number, event_id), "first") for t, number in zip(times, first, strict=True)
    ]
    for _ in range(n["repeat"]):  # the same guest again: a double scan, or back from a smoke
        t, code, _kind = rng.choice(plan[: len(first)])
        later = t + rng.choice((rng.uniform(0.0005, 0.003), rng.uniform(0.2, 2.5)))
        plan.append((min(later, NIGHT_HOURS - 0.01), code, "repeat"))
    for t in night_times(n["garbage"], rng):
        plan.append((t, rng.choice(("hello", "WIFI:S:venue;;", "https://example.com/x",
                                    f"{rng.getrandbits(64):x}")), "garbage"))  # fmt: skip
    other_event = "0badc0de-0000-4000-8000-000000000000"
    for t in night_times(n["wrong_event"], rng):
        plan.append((t, check_in_url(rng.choice(rest), other_event), "wrong_event"))
    for t in night_times(n["unknown"], rng):
        plan.append((t, check_in_url(f"ZZZZ-{rng.randrange(10**4):04d}-Q0001", event_id),
                     "unknown"))  # fmt: skip
    for t, number in zip(night_times(len(archived), rng), archived, strict=True):
        plan.append((t, check_in_url(number, event_id), "archived"))
    for number in other_door:  # after the other door admitted them
        t = OTHER_DOOR_AT_H + rng.uniform(0.3, NIGHT_HOURS - OTHER_DOOR_AT_H - 0.1)
        plan.append((t, check_in_url(number, event_id), "other_door"))
    plan.sort(key=lambda item: item[0])
    return {"scans": plan, "archived": archived, "other_door": other_door}


# -- the app's process ----------------------------------------------------------------------
def run_child(plan_path: Path) -> int:
    """The station: the real window via `run_gui`, a scanner replaying the plan, a sampler."""
    from benchmarks.soak_station import SoakStation

    return SoakStation(json.loads(plan_path.read_text(encoding="utf-8"))).run()


# -- this process: Wix, the faults, the figures -----------------------------------------------
def read_lines(path: Path, offset: int) -> tuple[list[dict], int]:
    """New complete JSON lines of the child's samples file since `offset`."""
    if not path.exists():
        return [], offset
    with path.open("rb") as handle:
        handle.seek(offset)
        data = handle.read()
    end = data.rfind(b"\n") + 1
    lines = [json.loads(line) for line in data[:end].splitlines() if line.strip()]
    return lines, offset + end


def wix_call(api: httpx.Client, method: str, path: str, body: dict[str, Any]) -> None:
    """A call as another Wix client (the other door, the organizer), retried through the
    faults and the rate limit this soak injects."""
    for _attempt in range(20):
        try:
            if api.request(method, path, json=body).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1.0)
    raise RuntimeError(f"{method} {path} kept failing")


def admitted_here(data_dir: Path, event_id: str, env: dict[str, str]) -> set[str]:
    """Tickets this station admitted, from `checkin-app export` (its public CSV)."""
    out = data_dir.parent / "attendance.csv"
    done = subprocess.run(
        [sys.executable, "-m", "checkin_app", "export", "--event", event_id, "--csv", str(out),
         "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"checkin-app export failed: {done.stderr.strip()}")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return {row["ticket"] for row in csv.DictReader(handle)
                if row["status"] == "checked in" and row["station"] == STATION}  # fmt: skip


def summarize(series: list[dict], start: float, end: float, key: str, scale: float) -> dict:
    """Median over the window just after warm-up vs the last one; growth in percent."""
    window = COMPARE_SHARE * (end - start)
    warm = start + WARM_UP_SHARE * (end - start)
    first = [s[key] for s in series if warm <= s["t"] <= warm + window]
    last = [s[key] for s in series if end - window <= s["t"] <= end]
    values = [s[key] for s in series if start <= s["t"] <= end]
    if not first or not last:
        return {}
    a, b = statistics.median(first) / scale, statistics.median(last) / scale
    return {"start": round(a, 1), "end": round(b, 1), "max": round(max(values) / scale, 1),
            "growth_pct": round(100 * (b - a) / a, 1) if a else None}  # fmt: skip


def outages(series: list[dict], to_s: float) -> list[dict]:
    """Each fault window: the queue's peak, and how long after the window the queue was back
    to its level before it (scans keep coming: a few calls always wait a moment) and at 0."""
    found = []
    for label, h0, h1, _faults in FAULTS:
        s0, s1 = h0 * to_s, h1 * to_s
        before = [s["queue"] for s in series if s0 - 0.1 * to_s <= s["t"] < s0]
        normal = (statistics.median(before) if before else 0) + 5
        after = [s for s in series if s["t"] >= s1]
        back = next((s["t"] - s1 for s in after if s["queue"] <= normal), None)
        zero = next((s["t"] - s1 for s in after if s["queue"] == 0), None)
        # The queue keeps growing after the window until a pass finds Wix back (backoff).
        until = s1 + (back if back is not None else float("inf"))
        during = [s["queue"] for s in series if s0 <= s["t"] <= until]
        found.append({"label": label, "start_s": round(s0, 1), "end_s": round(s1, 1),
                      "queue_peak": max(during, default=0),
                      "back_to_normal_after_s": None if back is None else round(back, 1),
                      "empty_after_s": None if zero is None else round(zero, 1)})  # fmt: skip
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0, help="the night, compressed")
    parser.add_argument("--scans", type=int, default=10_000)
    parser.add_argument("--tickets", type=int, default=9_000)
    parser.add_argument("--sync-s", type=float, default=3.0, help="sync timer of the door")
    parser.add_argument("--sample-s", type=float, default=2.0)
    parser.add_argument("--drain-s", type=float, default=180.0, help="most to wait at the end")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--samples", type=Path, help="write the raw series here (JSON)")
    parser.add_argument("--plot", type=Path, help="draw the series into this PNG")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.exit(run_child(args.child))
    result = soak(args)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


def soak(args: argparse.Namespace) -> dict[str, Any]:
    from checkin_app.emulator.server import EmulatorServer

    rng = random.Random(args.seed)
    duration_s = args.minutes * 60.0
    to_s = duration_s / NIGHT_HOURS
    with tempfile.TemporaryDirectory(prefix="checkin-soak-") as tmp, EmulatorServer(
        seed=args.tickets, rate_limit_per_minute=200
    ) as wix:  # fmt: skip
        event_id = next(iter(wix.state.events))
        numbers = list(wix.state.event_tickets[event_id])
        plan = build_plan(numbers, event_id, args.scans, rng)
        api = httpx.Client(base_url=wix.url, headers=wix.headers, timeout=30)
        wix_call(api, "PATCH", "/events/v1/tickets", {"eventId": event_id, "archived": True,
                 "ticketNumber": plan["archived"]})  # fmt: skip
        data_dir, samples_path = Path(tmp) / "station", Path(tmp) / "samples.jsonl"
        plan_path = Path(tmp) / "plan.json"
        plan_path.write_text(json.dumps({
            "scans": [(round(t * to_s, 3), code) for t, code, _ in plan["scans"]],
            "data_dir": str(data_dir), "samples": str(samples_path), "station": STATION,
            "sync_s": args.sync_s, "sample_s": args.sample_s, "event_id": event_id,
        }), encoding="utf-8")  # fmt: skip
        # The station's database key, as CI passes it (no keyring on a measuring machine).
        db_key = os.environ.get("CHECKIN_DB_KEY") or secrets.token_hex(32)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHECKIN_BASE_URL=wix.url,
                   CHECKIN_SITE_ID=wix.site_id, CHECKIN_API_KEY=wix.api_key,
                   CHECKIN_DB_KEY=db_key, PYTHONPATH=str(ROOT))  # fmt: skip
        stderr_path = Path(tmp) / "station-stderr.txt"
        with stderr_path.open("w", encoding="utf-8") as stderr_file:  # a pipe could fill up
            command = [sys.executable, __file__, "--child", str(plan_path)]
            child = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=stderr_file
            )
        series: list[dict] = []
        offset, t0, other_done, final = 0, None, False, None
        applied: int | None = None
        drained_at, deadline = None, time.monotonic() + duration_s + args.drain_s + 300
        try:
            while child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.25)
                lines, offset = read_lines(samples_path, offset)
                for line in lines:
                    if "ready" in line:
                        t0 = line["ready"]
                    elif "final" in line:
                        final = line["final"]
                    else:
                        series.append(line)
                if t0 is None:
                    continue
                now = time.time() - t0
                window = next((i for i, (_l, a, b, _f) in enumerate(FAULTS)
                               if a * to_s <= now < b * to_s), None)  # fmt: skip
                if window != applied:
                    wix.set_faults(**(FAULTS[window][3] if window is not None else {}))
                    applied = window
                if not other_done and now >= OTHER_DOOR_AT_H * to_s:
                    wix_call(
                        api,
                        "POST",
                        "/events/v1/tickets/check-in",
                        {"eventId": event_id, "ticketNumber": plan["other_door"]},
                    )
                    other_done = True
                if now > duration_s and series and series[-1]["t"] > duration_s:
                    if series[-1]["queue"] == 0 and series[-1]["sent"] >= len(plan["scans"]):
                        drained_at = drained_at or now
                        if now - drained_at > 2 * args.sample_s:  # one more sample, then stop
                            child.send_signal(signal.SIGTERM)
                            break
                    elif now > duration_s + args.drain_s:
                        child.send_signal(signal.SIGTERM)
                        break
            try:
                child.wait(timeout=90)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            err = stderr_path.read_text(encoding="utf-8", errors="replace")
            lines, offset = read_lines(samples_path, offset)
            series += [line for line in lines if "t" in line]
            final = next((line["final"] for line in lines if "final" in line), final)
            admitted = admitted_here(data_dir, event_id, env)
            on_wix = {n for n, t in wix.state.tickets.items() if t["checkIn"]}
        finally:
            api.close()
            if child.poll() is None:
                child.kill()
                child.wait()
    end = duration_s
    kinds = Counter(kind for _t, _c, kind in plan["scans"])
    result: dict[str, Any] = {
        "benchmark": "soak",
        "night_hours": NIGHT_HOURS,
        "minutes": args.minutes,
        "scans_planned": dict(kinds),
        "child_exit": child.returncode,
        "samples": len(series),
        "warm_up_s": round(WARM_UP_SHARE * end, 1),
        "rss_mb": summarize(series, 0, end, "rss", 2**20),
        "fds": summarize(series, 0, end, "fds", 1),
        "threads": summarize(series, 0, end, "threads", 1),
        "wal_kb": summarize(series, 0, end, "wal", 1024),
        "db_mb": summarize(series, 0, end, "db", 2**20),
        "outages": outages(series, to_s),
        "queue_end": series[-1]["queue"] if series else None,
        "final": final,
        "nothing_lost": {
            "admitted_here": len(admitted),
            "checked_in_on_wix": len(on_wix),
            "missing_on_wix": sorted(admitted - on_wix)[:20],
        },
        "stderr_tail": err.strip().splitlines()[-5:] if err else [],
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load": [round(x, 2) for x in os.getloadavg()],
        },
    }
    if args.samples:
        args.samples.write_text(json.dumps({"faults": [(label, a * to_s, b * to_s)
                                for label, a, b, _ in FAULTS], "series": series}),
                                encoding="utf-8")  # fmt: skip
    if args.plot:
        from benchmarks.soak_plot import draw

        draw(series, [(label, a * to_s, b * to_s) for label, a, b, _ in FAULTS], args.plot)
    return result


if __name__ == "__main__":
    main()
