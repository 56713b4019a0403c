"""One door of `benchmarks/venue.py`, as its own process: load the guest list, then scan
about one guest per second and note when other doors' admissions become visible here.

    python benchmarks/venue_door.py PLAN.json   (prints one JSON object)
"""

from __future__ import annotations

import json
import resource
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin_app.bootstrap import connect_station, open_station
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.download import tickets_stream


def main() -> None:
    plan = json.loads(Path(sys.argv[1]).read_text())
    name, mode = plan["name"], plan["mode"]
    started = plan["cold_start"]
    station = open_station(plan["data_dir"])
    engine = connect_station(station)
    seen: dict[str, float] = {}
    lock = threading.Lock()

    def note_visible(numbers: list[str] | None = None) -> None:
        """Tickets admitted elsewhere that this door's database now holds as checked in:
        among `numbers` (what the live feed just wrote; a look-up by key), else all (a
        table scan, for direct mode's pass every 15 s)."""
        now = time.time()
        where = "server_checked_in_at > ? AND (checked_in_station IS NULL OR " \
            "checked_in_station != ?)"  # fmt: skip
        if numbers is None:
            rows = station.db.query(
                f"SELECT ticket_number FROM tickets WHERE {where}",
                (plan["window_start_iso"], name),
            )
        else:
            marks = ",".join("?" * len(numbers))
            rows = station.db.query(
                f"SELECT ticket_number FROM tickets WHERE {where} AND event_id = ? "
                f"AND ticket_number IN ({marks})",
                (plan["window_start_iso"], name, plan["event_id"], *numbers),
            )
        with lock:
            for row in rows:
                seen.setdefault(row["ticket_number"], now)

    ready_at = None
    deadline = time.time() + plan["ready_timeout_s"]
    while time.time() < deadline:
        report = engine.run_once()
        if report.error is None and station.checkin.catalog.events():
            # Ready: the door knows its list is complete (a lone decision would no longer
            # say "still downloading") *and* holds every ticket. The flag is read first: it
            # is one row, where counting reads the whole list (this loop is the benchmark's,
            # not the door's, and should not cost the door CPU while it loads).
            stream = SyncStateStore(station.db).get(tickets_stream(plan["event_id"]))
            complete = stream.generation > 0
            if (
                complete
                and station.checkin.tickets.counts(plan["event_id"]).total >= plan["tickets"]
            ):
                ready_at = time.time()
                break
        time.sleep(2)
    result: dict[str, object] = {"name": name, "ready_s": None, "scans": []}
    if ready_at is None:
        print(json.dumps(result))
        return
    result["ready_s"] = round(ready_at - started, 2)
    result["cpu_s_to_ready"] = round(_cpu_s(), 1)
    stop = threading.Event()
    if mode == "hub":
        engine.on_change = note_visible
        engine.start_following()
    else:

        def direct_sync() -> None:
            while not stop.wait(15):
                engine.run_once()
                note_visible()

        threading.Thread(target=direct_sync, daemon=True).start()
    while time.time() < plan["scan_start"]:
        time.sleep(0.05)
    # A door ready after the common start begins then, at one guest a second (no burst).
    begin = max(plan["scan_start"], time.time())
    scans = []
    for index, number in enumerate(plan["tickets_to_scan"]):
        due = begin + index * plan["interval_s"] + plan["offsets"][index]
        time.sleep(max(0.0, due - time.time()))
        t0 = time.perf_counter()
        verdict = station.checkin.scan(number, plan["event_id"], name)
        if verdict.admitted and (mode == "direct" or verdict.decided_by == "station"):
            # What the door window does after an admission it queued: upload it soon.
            threading.Thread(target=engine.push, daemon=True).start()
        scans.append({
            "ticket": number, "verdict": verdict.kind.value, "decided_by": verdict.decided_by,
            "ms": round((time.perf_counter() - t0) * 1000, 2), "at": time.time(),
        })  # fmt: skip
    stop.wait(plan["tail_s"])
    if mode == "direct":
        engine.run_once()
    note_visible()
    stop.set()
    result["scans"] = scans
    with lock:
        result["visible"] = dict(seen)
    if hasattr(engine, "stop_following"):
        engine.stop_following()
    engine.close()
    station.close()
    result["cpu_s"] = round(_cpu_s(), 1)
    print(json.dumps(result))


def _cpu_s() -> float:
    """This door process's CPU time so far (user + system, all threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts).astimezone().isoformat()


if __name__ == "__main__":
    main()
