"""Compare SQLite encryption bindings on the station's own schema and queries; prints JSON.

Usage:
  python benchmarks/encryption_candidates.py [--tickets 100000] [--scans 2000]
      [--candidate NAME=DIR ...]

Each candidate is imported from DIR (a `pip install --target DIR <package>` folder, so the
bindings, which share module names, do not collide) or, without DIR, from the environment.
For each one: whether FTS5 and WAL work with a key set, the install size, loading the
tickets, a durable check-in (the service's statements: ticket and prior-admission look-ups,
a scan-log row and an outbox row in one `BEGIN IMMEDIATE` transaction, `synchronous=FULL`,
WAL), and search as you type (the FTS5 prefix query the app runs). The app's own figures
(service included) come from `benchmarks/checkin.py`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from checkin import EVENT_ID, make_tickets, percentile  # noqa: E402

from checkin_app.storage.schema import MIGRATIONS  # noqa: E402

KNOWN = {
    "sqlcipher3": "sqlcipher3",
    "sqlcipher3-binary": "sqlcipher3",
    "sqlcipher3-wheels": "sqlcipher3",
    "apsw-sqlite3mc": "apsw",
    "plain-sqlite3": "sqlite3",
}
TICKET_SQL = "SELECT * FROM tickets WHERE event_id = ? AND ticket_number = ?"
PRIOR_SQL = (
    "SELECT scan_id FROM checkins WHERE event_id = ? AND ticket_number = ? "
    "AND decision = 'ADMITTED' AND undone_by IS NULL LIMIT 1"
)
SEARCH_SQL = (
    "SELECT t.* FROM tickets_fts CROSS JOIN tickets t ON t.rowid = tickets_fts.rowid "
    "WHERE tickets_fts MATCH ? AND t.event_id = ? LIMIT 50"
)


class Db:
    """The little the benchmark needs, over a DB-API binding or apsw."""

    def __init__(self, module: Any, kind: str, path: Path, key: str | None) -> None:
        self.kind = kind
        if kind == "apsw":
            self.conn = module.Connection(str(path))
            if key:
                self.conn.execute(f"PRAGMA hexkey = '{key}'")
        else:
            self.conn = module.connect(str(path), isolation_level=None)
            if key:
                self.conn.execute(f"PRAGMA key = \"x'{key}'\"")

    def execute(self, sql: str, params: Iterable[object] = ()) -> list[tuple[object, ...]]:
        return list(self.conn.execute(sql, tuple(params)))

    def executemany(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        self.conn.executemany(sql, rows)

    def close(self) -> None:
        self.conn.close()


def split(script: str, complete: Callable[[str], bool]) -> list[str]:
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.strip().startswith("--")):
            continue
        buffer += line
        if complete(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return statements


def folder_size(module: Any) -> float:
    top = Path(module.__file__).resolve().parent
    total = sum(p.stat().st_size for p in top.rglob("*") if p.is_file())
    for sibling in top.parent.glob(f"{top.name}*.libs"):  # auditwheel's vendored libraries
        total += sum(p.stat().st_size for p in sibling.rglob("*") if p.is_file())
    return round(total / 1e6, 1)


def measure(name: str, directory: str | None, args: argparse.Namespace) -> dict[str, object]:
    if directory:
        sys.path.insert(0, directory)
    kind = "apsw" if KNOWN.get(name) == "apsw" else "dbapi"
    module_name = KNOWN.get(name, name)
    try:
        module = importlib.import_module(module_name)
        if module_name == "sqlcipher3":
            module = importlib.import_module("sqlcipher3.dbapi2")
    except ImportError as exc:
        return {"candidate": name, "error": f"cannot import: {exc}"}
    finally:
        if directory:
            sys.path.remove(directory)
    encrypted = name != "plain-sqlite3"
    key = secrets.token_hex(32) if encrypted else None
    work = Path(tempfile.mkdtemp(prefix="enc-cand-"))
    try:
        path = work / "station.sqlite3"
        db = Db(module, kind, path, key)
        wal = db.execute("PRAGMA journal_mode=WAL")[0][0]
        db.execute("PRAGMA synchronous=FULL")
        if kind == "apsw":
            complete = module.complete
            version = module.sqlite_lib_version()
            cipher = str(db.execute("PRAGMA cipher")[0][0]) if encrypted else "none"
        else:
            complete = module.complete_statement
            version = module.sqlite_version
            rows = db.execute("PRAGMA cipher_version") if encrypted else []
            cipher = f"SQLCipher {rows[0][0]}" if rows else "none"
        for script in MIGRATIONS:
            for statement in split(script, complete):
                db.execute(statement)
        rng = random.Random(1)
        tickets = make_tickets(args.tickets, rng)
        rows = [
            (t.event_id, t.ticket_number, t.order_number, t.ticket_name, "PAID",
             t.guest_first_name, t.guest_last_name, t.guest_email)
            for t in tickets
        ]  # fmt: skip
        start = time.perf_counter()
        for i in range(0, len(rows), 2000):
            db.execute("BEGIN IMMEDIATE")
            db.executemany(
                "INSERT INTO tickets (event_id, ticket_number, order_number, ticket_name, "
                "order_status, guest_first_name, guest_last_name, guest_email) "
                "VALUES (?,?,?,?,?,?,?,?)",
                rows[i : i + 2000],
            )
            db.execute("COMMIT")
        load_s = time.perf_counter() - start
        checkin_ms = []
        for t in rng.sample(tickets, args.scans):
            scan_id = str(uuid.uuid4())
            start = time.perf_counter()
            db.execute("BEGIN IMMEDIATE")
            db.execute(TICKET_SQL, (EVENT_ID, t.ticket_number))
            db.execute(PRIOR_SQL, (EVENT_ID, t.ticket_number))
            db.execute(
                "INSERT INTO checkins (scan_id, event_id, ticket_number, station, method, "
                "decision, device_time, monotonic_ns) VALUES (?,?,?,?,?,?,?,?)",
                (scan_id, EVENT_ID, t.ticket_number, "Bench", "camera", "ADMITTED", "t", 1),
            )
            db.execute(
                "INSERT INTO outbox (kind, event_id, ticket_number, scan_id, created_at) "
                "VALUES ('check_in', ?, ?, ?, 't')",
                (EVENT_ID, t.ticket_number, scan_id),
            )
            db.execute("COMMIT")
            checkin_ms.append((time.perf_counter() - start) * 1000)
        search_ms = []
        while len(search_ms) < args.searches:
            t = rng.choice(tickets)
            for text in (t.guest_last_name, t.guest_email.split("@")[0]):
                for end in range(1, min(len(text), 9) + 1):
                    query = '"' + text[:end].replace('"', "") + '"*'
                    start = time.perf_counter()
                    db.execute(SEARCH_SQL, (query, EVENT_ID))
                    search_ms.append((time.perf_counter() - start) * 1000)
        fts_ok = bool(db.execute("SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH 'a*'"))
        db.close()
        raw = path.read_bytes()
        return {
            "candidate": name,
            "sqlite": version,
            "cipher": cipher,
            "fts5": fts_ok,
            "wal": wal == "wal",
            "install_mb": folder_size(module),
            "plaintext_visible": b"Lovelace" in raw or b"SQLite format 3" in raw[:16],
            "load_s": round(load_s, 2),
            "checkin_ms": {
                "p50": round(percentile(checkin_ms, 50), 3),
                "p99": round(percentile(checkin_ms, 99), 3),
                "mean": round(statistics.mean(checkin_ms), 3),
            },
            "search_ms": {
                "p50": round(percentile(search_ms, 50), 3),
                "p99": round(percentile(search_ms, 99), 3),
            },
            "database_mb": round(path.stat().st_size / 1e6, 1),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--searches", type=int, default=1000)
    parser.add_argument(
        "--candidate", action="append", default=[], metavar="NAME[=DIR]",
        help=f"one of {', '.join(KNOWN)} (default: sqlcipher3 and plain-sqlite3 from here)",
    )  # fmt: skip
    args = parser.parse_args()
    candidates = args.candidate or ["plain-sqlite3", "sqlcipher3"]
    results = []
    for item in candidates:
        name, _, directory = item.partition("=")
        results.append(measure(name, directory or None, args))
        # The next candidate may provide the same module name from another folder.
        for mod in [m for m in sys.modules if m.split(".")[0] in ("sqlcipher3", "apsw")]:
            del sys.modules[mod]
    print(json.dumps({"benchmark": "encryption_candidates", "tickets": args.tickets,
                      "scans": args.scans, "results": results}, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
