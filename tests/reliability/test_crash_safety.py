"""Kill a process doing check-ins at random moments; nothing it reported may be lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin_app.bootstrap import open_station
from tests.support.factories import make_ticket, seeded_station

KILLS = 55
TICKETS = 3000
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sigkill_during_check_ins_loses_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    station = seeded_station(data_dir, [make_ticket(f"CRSH-TEST-{i:05d}") for i in range(TICKETS)])
    station.close()
    rng = random.Random(20261128)
    reported: dict[str, tuple[str, str]] = {}
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for _ in range(KILLS):
        # Rescan an overlapping window so repeats (ALREADY_CHECKED_IN) are exercised too.
        first = rng.randrange(0, TICKETS - 100)
        command = [sys.executable, "-m", "tests.reliability.crash_worker", str(data_dir)]
        proc = subprocess.Popen(
            [*command, str(first), "100"], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.06))  # kill at a random point of the scan loop
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3:  # a line cut by the kill was never fully reported
                reported[parts[0]] = (parts[1], parts[2])

    station = open_station(data_dir)
    try:
        assert station.db.integrity_check() == "ok"
        rows = {
            r["scan_id"]: (r["ticket_number"], r["decision"])
            for r in station.db.query("SELECT scan_id, ticket_number, decision FROM checkins")
        }
        missing = [sid for sid in reported if sid not in rows]
        assert missing == [], f"{len(missing)} reported check-ins were lost"
        assert all(rows[sid] == value for sid, value in reported.items())
        admitted = sum(1 for _, d in reported.values() if d == "ADMITTED")
        assert admitted > 0 and len(reported) > admitted  # both admissions and repeats ran

        # Every admission has exactly one queued call, and no call lacks its admission.
        per_scan = station.db.query(
            """SELECT c.scan_id, count(o.id) AS calls FROM checkins c
               LEFT JOIN outbox o ON o.scan_id = c.scan_id AND o.kind = 'check_in'
               WHERE c.decision = 'ADMITTED' GROUP BY c.scan_id"""
        )
        assert per_scan and all(r["calls"] == 1 for r in per_scan)
        orphans = station.db.query_one(
            "SELECT count(*) FROM outbox o LEFT JOIN checkins c ON c.scan_id = o.scan_id "
            "WHERE c.scan_id IS NULL"
        )
        assert orphans[0] == 0
        # A ticket is admitted at most once, however many times it was scanned.
        doubles = station.db.query_one(
            "SELECT count(*) FROM (SELECT ticket_number FROM checkins WHERE decision='ADMITTED' "
            "GROUP BY ticket_number HAVING count(*) > 1)"
        )
        assert doubles[0] == 0
    finally:
        station.close()
