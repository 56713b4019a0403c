"""Background tasks reuse their thread's database connection (found by the soak test:
every task on a Qt pool thread opened a new SQLite connection and kept it open)."""

from __future__ import annotations

import os
from pathlib import Path

from checkin_app.ui.workers import TaskRunner
from tests.support.factories import make_ticket, seeded_station


def descriptors_on(path: Path) -> int:
    """Open descriptors of this process on `path` or its WAL."""
    names = {str(path), f"{path}-wal"}
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            count += os.readlink(f"/proc/self/fd/{fd}") in names
        except OSError:
            continue
    return count


def test_tasks_on_pool_threads_share_one_connection_per_thread(qtbot, tmp_path: Path) -> None:
    station = seeded_station(tmp_path / "station", [make_ticket("ABCD-EFGH-IJ001")])
    runner = TaskRunner(2, "test")
    database = station.db.path
    try:
        before = descriptors_on(database)
        done: list[object] = []
        for _ in range(60):
            runner.submit(station.search.search, "ada", on_done=done.append)
        qtbot.waitUntil(lambda: len(done) == 60, timeout=60_000)
        assert all(hits for hits in done)
        # Two pool threads: at most two more connections (database + WAL each), not 60.
        assert descriptors_on(database) - before <= 4
        assert station.db.open_connections <= 3  # the test's own thread, two pool threads
    finally:
        runner.close()
        station.close()
    assert descriptors_on(database) == 0
