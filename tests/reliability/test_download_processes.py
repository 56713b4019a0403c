"""Full downloads by real `checkin-app sync` processes: stations sharing Wix's per-site
budget both finish, and a download killed with SIGKILL resumes without fetching a page it
already had (issue 11)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from checkin_app.bootstrap import open_station
from checkin_app.emulator.server import EmulatorServer
from checkin_app.storage.database import DB_FILENAME, StorageError
from checkin_app.storage.marker import StationMarker

TICKETS = "/events/v1/tickets"


def sync_command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "checkin_app", "sync", "--json", "--data-dir", str(data_dir)]


def station_env(server: EmulatorServer) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        CHECKIN_BASE_URL=server.url, CHECKIN_SITE_ID=server.site_id,
        CHECKIN_API_KEY=server.api_key,
    )  # fmt: skip
    return env


def page_fetches(server: EmulatorServer) -> Counter[int]:
    """How often each full-list page offset was answered 200."""
    return Counter(
        int(r["query"]["offset"][0])
        for r in server.requests
        if r["path"] == TICKETS and r["status"] == 200 and "ticketNumber" not in r["query"]
        and r["query"].get("limit") == ["100"]
    )  # fmt: skip


def read_db(data_dir: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows of `sql` in the station database (encrypted: opened as the app opens it), or []
    while the station process has not created it yet (its marker names the database once it
    is made and migrated: opened earlier, a file still 0 bytes looks emptied)."""
    made = StationMarker.load(data_dir).database_created_at
    if not made or not (data_dir / DB_FILENAME).exists():
        return []
    try:
        station = open_station(data_dir, create=False)
    except StorageError:
        return []
    try:
        return [tuple(row) for row in station.db.query(sql)]
    except StorageError:
        return []  # not migrated yet
    finally:
        station.close()


def keep_syncing(server: EmulatorServer, data_dir: Path, runs: list[dict[str, Any]]) -> None:
    """What a door does: run `sync` again shortly after every failed pass (bounded)."""
    for _ in range(15):
        result = subprocess.run(
            sync_command(data_dir), capture_output=True, text=True, timeout=120,
            env=station_env(server),
        )  # fmt: skip
        report = json.loads(result.stdout) if result.stdout.strip() else {}
        runs.append({"code": result.returncode, **report})
        if result.returncode == 0:
            return
        time.sleep(0.5)


@pytest.mark.slow
def test_two_stations_sharing_the_site_budget_both_get_the_list(tmp_path: Path) -> None:
    with EmulatorServer(seed=400) as server:
        # Wix's sliding window, ten times faster: 6 requests per 2 s for the whole site,
        # while each station alone would send 3 a second.
        server.set_rate_limit(6, window_s=2.0)
        runs: dict[str, list[dict[str, Any]]] = {"north": [], "south": []}
        threads = [
            threading.Thread(target=keep_syncing, args=(server, tmp_path / name, runs[name]))
            for name in runs
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=180)
        fetched = page_fetches(server)
        throttled = sum(1 for r in server.requests if r["status"] == 429)

    for name, passes in runs.items():
        assert passes and passes[-1]["code"] == 0, (name, passes)
        assert passes[-1]["downloads"] == []
        held = read_db(tmp_path / name, "SELECT count(*) FROM tickets WHERE removed = 0")
        assert held == [(400,)], name
    assert throttled > 0  # they did contend for the budget
    assert sum(r.get("rate_limited", 0) for p in runs.values() for r in p) == throttled
    # Every page was fetched once per station: none twice within one download.
    assert dict(fetched) == {offset: 2 for offset in range(0, 400, 100)}


@pytest.mark.slow
def test_a_download_killed_halfway_resumes_without_fetching_a_page_again(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "station"
    with EmulatorServer(seed=2000) as server:  # 20 pages
        server.set_faults(latency_ms=120)
        proc = subprocess.Popen(
            sync_command(data_dir), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=station_env(server),
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and proc.poll() is None:
                rows = read_db(data_dir, "SELECT pages FROM ticket_downloads")
                if rows and rows[0][0] >= 6:
                    break
                time.sleep(0.05)
            assert proc.poll() is None, "the download ended before it could be killed"
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        [(kept_offset, kept_pages)] = read_db(
            data_dir, "SELECT next_offset, pages FROM ticket_downloads"
        )
        assert 6 <= kept_pages < 20 and kept_offset == 100 * kept_pages
        before = page_fetches(server)
        server.set_faults()

        again = subprocess.run(
            sync_command(data_dir), capture_output=True, text=True, timeout=120,
            env=station_env(server),
        )  # fmt: skip
        after = page_fetches(server)

    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert report["download_pages"] == 20 - kept_pages
    resumed = after - before
    assert min(resumed) == kept_offset  # nothing before the kept offset was fetched again
    assert all(after[offset] == 1 for offset in range(0, kept_offset, 100))
    assert sorted(after) == list(range(0, 2000, 100))
    assert read_db(data_dir, "SELECT count(*) FROM tickets") == [(2000,)]
    assert read_db(data_dir, "SELECT count(*) FROM ticket_downloads") == [(0,)]
