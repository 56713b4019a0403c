"""Check-in and search speed on a 100,000-ticket guest list, plain and encrypted side by
side in the same run (taking turns operation by operation); prints JSON.

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
from collections.abc import Callable
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


class Column:
    """One station (plain or encrypted) and the times measured on it."""

    def __init__(self, work: Path, args: argparse.Namespace, encrypted: bool) -> None:
        self.name = "encrypted" if encrypted else "plain"
        self.encrypted = encrypted
        self.key = Secret(secrets.token_hex(32)) if encrypted else None
        self.folder = work / self.name
        self.times: dict[str, list[float]] = {"checkin": [], "repeat": [], "search": []}
        self.figures: dict[str, object] = {}
        self._use_key()
        self.station = open_station(self.folder / "station", encrypt=encrypted)
        self.station.checkin.catalog.upsert_event(Event(id=EVENT_ID, title="Benchmark Night"))

    def _use_key(self) -> None:
        if self.key is not None:
            os.environ["CHECKIN_DB_KEY"] = self.key.reveal()

    def load(self, tickets: list[Ticket]) -> None:
        start = time.perf_counter()
        self.station.checkin.tickets.upsert_many(tickets)
        self.figures["load_tickets_s"] = round(time.perf_counter() - start, 2)
        self.station.db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copytree(self.folder / "station", self.folder / "floor")  # before any scan
        start = time.perf_counter()
        self.station.db.check_health()
        self.figures["quick_check_s"] = round(time.perf_counter() - start, 2)

    def timed(self, what: str, action: Callable[[], object]) -> object:
        start = time.perf_counter()
        result = action()
        self.times[what].append((time.perf_counter() - start) * 1000)
        return result

    def scan(self, number: str, what: str) -> None:
        verdict = self.timed(
            what,
            lambda: self.station.checkin.scan(number, EVENT_ID, "Bench", InputMethod.CAMERA),
        )
        assert what != "checkin" or getattr(verdict, "admitted", False)

    def search(self, text: str) -> None:
        self.timed("search", lambda: self.station.search.search(text, EVENT_ID))

    def finish(self, scans: int) -> dict[str, object]:
        self.station.close()
        self._use_key()
        start = time.perf_counter()
        reopened = open_station(self.folder / "station", encrypt=self.encrypted)
        reopened.checkin.catalog.events()
        open_ms = (time.perf_counter() - start) * 1000
        reopened.close()
        db_file = self.folder / "station" / DB_FILENAME
        wal = db_file.with_name(db_file.name + "-wal")
        floor_ms = bare_floor(self.folder / "floor" / DB_FILENAME, scans, self.key)
        db_bytes = db_file.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
        shutil.rmtree(self.folder, ignore_errors=True)
        checkin_ms, search_ms = self.times["checkin"], self.times["search"]
        return {
            **self.figures,
            "checkin_ms": summary(checkin_ms),
            "repeat_scan_ms": summary(self.times["repeat"]),
            "bare_sqlite_floor_ms": summary(floor_ms),
            "service_over_floor_p50": ratio(checkin_ms, floor_ms, 50),
            "service_over_floor_p99": ratio(checkin_ms, floor_ms, 99),
            "search_ms": {**summary(search_ms), "queries": len(search_ms)},
            "open_station_ms": round(open_ms, 1),
            "database_mb": round(db_bytes / 1e6, 1),
        }


def run_columns(work: Path, args: argparse.Namespace, names: list[str]) -> dict[str, object]:
    """The columns take turns, operation by operation, so that whatever else the machine
    does at that moment weighs on each the same."""
    rng = random.Random(1)
    tickets = make_tickets(args.tickets, rng)
    columns = [Column(work, args, encrypted=name == "encrypted") for name in names]
    for column in columns:
        column.load(tickets)
    picks = rng.sample(tickets, args.scans)
    for ticket in picks:
        for column in columns:
            column.scan(ticket.ticket_number, "checkin")
    for ticket in picks[:500]:
        for column in columns:
            column.scan(ticket.ticket_number, "repeat")
    # Search as you type: every prefix of a name, an email and a ticket number.
    searched = 0
    while searched < args.searches:
        t = rng.choice(tickets)
        for text in (t.guest_last_name, t.guest_email, t.ticket_number):
            for end in range(1, min(len(text), 9) + 1):
                for column in columns:
                    column.search(text[:end])
                searched += 1
    return {column.name: column.finish(args.scans) for column in columns}


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
        names = [n for n in ("plain", "encrypted") if args.only in (None, n)]
        columns = run_columns(work, args, names)
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
