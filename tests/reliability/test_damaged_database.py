"""Issue 15.5: a damaged database loses no unsent check-in that can be read: stop
deciding, salvage the scan log and the outbox into a new database, keep the damaged file,
say exactly what was kept and lost; an emptied or vanished database is never silently
replaced by an empty one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checkin_app.bootstrap import open_station
from checkin_app.domain.models import InputMethod
from checkin_app.storage.database import DB_FILENAME, connect_file
from checkin_app.storage.marker import StationMarker
from checkin_app.wix.secret import Secret
from tests.support.factories import EVENT_ID, make_event, make_ticket

SCANS = 120
PAGE = 4096


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checkin_app", *args, "--data-dir", str(data)],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def station_with_queue(data: Path) -> list[str]:
    """A station with 600 tickets and SCANS admissions still queued (Wix unreachable)."""
    station = open_station(data)
    station.checkin.catalog.upsert_event(make_event())
    numbers = [f"DMG{i:05d}-T001" for i in range(600)]
    station.checkin.tickets.upsert_many(
        [make_ticket(n, guest_first_name=f"Guest{i}") for i, n in enumerate(numbers)]
    )
    for number in numbers[:SCANS]:
        assert station.checkin.scan(number, EVENT_ID, "Door 1", InputMethod.CAMERA).admitted
    station.db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    station.close()
    return numbers


def key() -> Secret:
    return Secret(os.environ["CHECKIN_DB_KEY"])


def scan_log_fails(path: Path) -> bool:
    conn = connect_file(path, key())
    try:
        conn.execute("SELECT count(*), max(device_time) FROM checkins").fetchone()
        rows = conn.execute("SELECT * FROM checkins").fetchall()
        return len(rows) != SCANS
    except Exception:
        return True
    finally:
        conn.close()


def overwrite_a_scan_log_page(data: Path, tmp_path: Path) -> int:
    """Overwrite one page that holds scan-log rows (found by trying pages from the end,
    where the scans were written last, on a copy). Returns the page number."""
    db = data / DB_FILENAME
    pages = db.stat().st_size // PAGE
    trial = tmp_path / "trial.sqlite3"
    for page in range(pages - 1, 1, -1):
        shutil.copyfile(db, trial)
        with trial.open("r+b") as handle:
            handle.seek(page * PAGE)
            handle.write(os.urandom(PAGE))
        if scan_log_fails(trial):
            shutil.copyfile(trial, db)
            return page
    raise AssertionError("no page of the scan log found")


@pytest.mark.parametrize("command", ["status", "sync"])
def test_damaged_page_stops_decisions_and_salvages_the_queue(tmp_path: Path, command) -> None:
    data = tmp_path / "door"
    numbers = station_with_queue(data)
    overwrite_a_scan_log_page(data, tmp_path)

    # `status` and `sync` read every page first: they find the damage, decide and send
    # nothing, and salvage now.
    done = cli(command, data=data)
    assert done.returncode == 1
    assert "damaged" in done.stderr and "Kept:" in done.stderr and "Lost:" in done.stderr
    kept_line = next(line for line in done.stderr.splitlines() if "Kept:" in line)
    assert "Wix calls in the queue" in kept_line and "not yet sent" in kept_line
    aside = [p for p in data.iterdir() if ".damaged-" in p.name and not p.name.endswith("-wal")]
    assert len(aside) == 1  # the damaged file is kept

    station = open_station(data)
    try:
        kept_scans = station.db.query_one("SELECT count(*) FROM checkins")[0]
        kept_queue = station.db.query_one("SELECT count(*) FROM outbox WHERE state = 'pending'")[0]
        assert 0 < kept_scans < SCANS  # one page of the log was lost, the rest kept
        assert kept_queue == SCANS  # the outbox pages were intact: every unsent call kept
        # The lost count in the report is exact: the scan log is append-only.
        lost_line = next(line for line in done.stderr.splitlines() if "Lost:" in line)
        assert f"{SCANS - kept_scans} scans in the log" in lost_line
        # No guest list until the next sync: the door cannot turn a valid guest away.
        assert station.checkin.catalog.events() == []
        with pytest.raises(Exception, match="sync"):
            station.checkin.scan(numbers[SCANS], EVENT_ID, "Door 1", InputMethod.CAMERA)
    finally:
        station.close()
    assert not StationMarker.load(data).damaged_since


def test_damage_seen_by_one_scan_stops_the_next(tmp_path: Path) -> None:
    data = tmp_path / "door"
    numbers = station_with_queue(data)
    overwrite_a_scan_log_page(data, tmp_path)
    station = open_station(data)
    try:
        with pytest.raises(Exception, match="damaged"):
            station.db.check_health()
        # Even a ticket whose pages are intact is no longer decided in this process.
        with pytest.raises(Exception, match="damaged"):
            station.checkin.scan(numbers[-1], EVENT_ID, "Door 1", InputMethod.CAMERA)
    finally:
        station.close()
    assert StationMarker.load(data).damaged_since  # noted outside the file
    again = open_station(data)  # the next start salvages
    try:
        assert again.repair is not None and again.repair.result.get("outbox").kept == SCANS
    finally:
        again.close()


def test_emptied_database_is_not_silently_replaced(tmp_path: Path) -> None:
    data = tmp_path / "door"
    numbers = station_with_queue(data)
    (data / DB_FILENAME).write_bytes(b"")
    for side in ("-wal", "-shm"):
        Path(str(data / DB_FILENAME) + side).unlink(missing_ok=True)
    done = cli("check-in", numbers[0], "--event", EVENT_ID, data=data)
    assert done.returncode == 1 and "ADMITTED" not in done.stdout
    assert "emptied" in done.stderr and "0 bytes" in done.stderr
    assert "lost" in done.stderr
    assert any(p.stat().st_size == 0 for p in data.iterdir() if ".damaged-" in p.name)


def test_vanished_database_stops_with_a_message(tmp_path: Path) -> None:
    data = tmp_path / "door"
    numbers = station_with_queue(data)
    (data / DB_FILENAME).unlink()
    done = cli("check-in", numbers[0], "--event", EVENT_ID, data=data)
    assert done.returncode == 1 and "is gone" in done.stderr and "repair" in done.stderr
    assert not (data / DB_FILENAME).exists()  # nothing made silently
    done = cli("repair", data=data)
    assert done.returncode == 0 and (data / DB_FILENAME).exists()


def test_repair_leaves_a_healthy_database_alone(tmp_path: Path) -> None:
    data = tmp_path / "door"
    station_with_queue(data)
    before = (data / DB_FILENAME).read_bytes()
    done = cli("repair", data=data)
    assert done.returncode == 0 and "healthy" in done.stdout
    assert (data / DB_FILENAME).read_bytes() == before
