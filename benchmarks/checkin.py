"""Check-in and search speed on a 100,000-ticket guest list, plain and encrypted side by
side in the same run; prints JSON.

Usage: python benchmarks/checkin.py [--tickets N] [--scans N] [--searches N]
                                    [--only plain|encrypted]

Each column is a full station: `plain` is the SQLite file demo mode keeps, `encrypted` the
SQLCipher file every real station keeps (AES-256 pages with HMAC, raw 256-bit key). The
floor is a bare transaction doing the same writes (one scan-log row and one outbox row,
`synchronous=FULL`, WAL) on a copy of the same database, so the service's overhead shows as
a ratio rather than as an absolute that depends on the disk.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin_app.bootstrap import open_station
from checkin_app.domain.models import Event, InputMethod, OrderStatus, Ticket
from checkin_app.domain.secret import Secret
from checkin_app.storage.database import DB_FILENAME, connect_file

EVENT_ID = "5ca1ab1e-0000-4000-8000-000000000001"
FIRST = [
    "Ada",
    "Grace",
    "Alan",
    "Marie",
    "Nikola",
    "Rosalind",
    "Tim",
    "Linus",
    "Zoë",
    "Hedy",
    "Katherine",
    "Dorothy",
    "John",
    "Barbara",
    "Edsger",
    "Donald",
    "Margaret",
    "Ken",
]
LAST = ["Lovelace", "Hopper", "Turing", "Curie", "Tesla", "Franklin", "Berners-Lee", "Torvalds",
        "Müller", "Lamarr", "Johnson", "Vaughan", "McCarthy", "Liskov", "Dijkstra", "Knuth",
        "Hamilton", "Thompson", "Ritchie", "Kernighan"]  # fmt: skip


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50": round(percentile(values, 50), 3),
        "p99": round(percentile(values, 99), 3),
        "mean": round(statistics.mean(values), 3),
    }


def ratio(service: list[float], floor: list[float], pct: float) -> float:
    return round(percentile(service, pct) / percentile(floor, pct), 2)


def make_tickets(count: int, rng: random.Random) -> list[Ticket]:
    tickets = []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        order = f"ORD{i // 2:06d}"
        tickets.append(
            Ticket(
                ticket_number=f"{order}-{i % 2:03d}", event_id=EVENT_ID, order_number=order,
                ticket_name=rng.choice(["General", "VIP", "Student"]),
                order_status=OrderStatus.PAID, guest_first_name=first, guest_last_name=f"{last}{i}",
                guest_email=f"{first.lower()}.{i}@example.com", price="25.00", currency="USD",
            )
        )  # fmt: skip
    return tickets


def bare_floor(db_path: Path, scans: int, key: Secret | None) -> list[float]:
    conn = connect_file(db_path, key)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    times = []
    for i in range(scans):
        scan_id = str(uuid.uuid4())
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO checkins (scan_id, event_id, ticket_number, station, method, decision,"
            " device_time, monotonic_ns) VALUES (?,?,?,?,?,?,?,?)",
            (scan_id, EVENT_ID, f"FLOOR-{i}", "Bench", "camera", "ADMITTED", "t", i),
        )
        conn.execute(
            "INSERT INTO outbox (kind, event_id, ticket_number, scan_id, created_at) "
            "VALUES ('check_in', ?, ?, ?, 't')",
            (EVENT_ID, f"FLOOR-{i}", scan_id),
        )
        conn.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return times


def run_station(work: Path, args: argparse.Namespace, encrypted: bool) -> dict[str, object]:
    """One column: load, scan, repeat, search, floor; the same random choices each time."""
    rng = random.Random(1)
    key = Secret(secrets.token_hex(32)) if encrypted else None
    if key is not None:
        os.environ["CHECKIN_DB_KEY"] = key.reveal()
    folder = work / ("encrypted" if encrypted else "plain")
    station = open_station(folder / "station", encrypt=encrypted)
    station.checkin.catalog.upsert_event(Event(id=EVENT_ID, title="Benchmark Night"))
    tickets = make_tickets(args.tickets, rng)
    start = time.perf_counter()
    station.checkin.tickets.upsert_many(tickets)
    load_s = time.perf_counter() - start
    station.db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(folder / "station", folder / "floor")  # same database, before any scan

    start = time.perf_counter()
    station.db.check_health()
    health_s = time.perf_counter() - start
    picks = rng.sample(tickets, args.scans)
    checkin_ms = []
    for ticket in picks:
        start = time.perf_counter()
        verdict = station.checkin.scan(ticket.ticket_number, EVENT_ID, "Bench", InputMethod.CAMERA)
        checkin_ms.append((time.perf_counter() - start) * 1000)
        assert verdict.admitted
    repeat_ms = []
    for ticket in picks[:500]:
        start = time.perf_counter()
        station.checkin.scan(ticket.ticket_number, EVENT_ID, "Bench", InputMethod.CAMERA)
        repeat_ms.append((time.perf_counter() - start) * 1000)

    # Search as you type: every prefix of a name, an email and a ticket number.
    search_ms = []
    while len(search_ms) < args.searches:
        t = rng.choice(tickets)
        for text in (t.guest_last_name, t.guest_email, t.ticket_number):
            for end in range(1, min(len(text), 9) + 1):
                start = time.perf_counter()
                station.search.search(text[:end], EVENT_ID)
                search_ms.append((time.perf_counter() - start) * 1000)
    station.close()
    start = time.perf_counter()
    reopened = open_station(folder / "station", encrypt=encrypted)
    reopened.checkin.catalog.events()
    open_ms = (time.perf_counter() - start) * 1000
    reopened.close()
    db_file = folder / "station" / DB_FILENAME
    wal = db_file.with_name(db_file.name + "-wal")
    floor_ms = bare_floor(folder / "floor" / DB_FILENAME, args.scans, key)
    db_bytes = db_file.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "load_tickets_s": round(load_s, 2),
        "checkin_ms": summary(checkin_ms),
        "repeat_scan_ms": summary(repeat_ms),
        "bare_sqlite_floor_ms": summary(floor_ms),
        "service_over_floor_p50": ratio(checkin_ms, floor_ms, 50),
        "service_over_floor_p99": ratio(checkin_ms, floor_ms, 99),
        "search_ms": {**summary(search_ms), "queries": len(search_ms)},
        "open_station_ms": round(open_ms, 1),
        "quick_check_s": round(health_s, 2),
        "database_mb": round(db_bytes / 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--searches", type=int, default=400)
    parser.add_argument("--only", choices=("plain", "encrypted"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="checkin-bench-"))
    # The station's files and key live in the scratch folder, never the user's.
    os.environ["CHECKIN_CONFIG_DIR"] = str(work / "config")
    try:
        columns = {}
        for name in ("plain", "encrypted"):
            if args.only in (None, name):
                columns[name] = run_station(work, args, encrypted=name == "encrypted")
        result = {
            "benchmark": "checkin",
            "tickets": args.tickets,
            "scans": args.scans,
            "synchronous": "FULL",
            **columns,
        }
        if len(columns) == 2:
            result["encrypted_over_plain"] = {
                what: round(columns["encrypted"][what]["p99"] / columns["plain"][what]["p99"], 2)
                for what in ("checkin_ms", "search_ms")
            }
        print(json.dumps(result, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
