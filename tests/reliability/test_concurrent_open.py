"""Several processes opening one new station folder at the same moment (the door window and a
`checkin-app` command, or a test reading a database a sync process is creating): each applies
only the migrations the file has not seen, so none fails with "table … already exists"."""

from __future__ import annotations

import multiprocessing
import sqlite3
from multiprocessing.synchronize import Barrier
from pathlib import Path
from queue import Queue

import pytest

from checkin_app.storage.database import Database, StorageError
from checkin_app.storage.schema import MIGRATIONS

PROCESSES = 4
ROUNDS = 3


def open_and_migrate(path: str, start: Barrier, results: Queue[str]) -> None:
    """One process: wait for the others, then open the file and bring its schema up to
    date; puts what happened on `results` (never dies silently)."""
    try:
        start.wait(60)  # all at once
        db = Database(Path(path))
        try:
            results.put(f"version {db.migrate()}")
        finally:
            db.close()
    except Exception as exc:  # reported to the test, which names it
        results.put(f"failed: {exc}")


@pytest.mark.slow
def test_processes_opening_a_new_database_at_once_all_get_the_full_schema(
    tmp_path: Path,
) -> None:
    context = multiprocessing.get_context("spawn")  # a fresh interpreter, as a new process is
    for round_number in range(ROUNDS):
        path = tmp_path / f"round{round_number}" / "checkin.sqlite3"
        path.parent.mkdir()
        start, results = context.Barrier(PROCESSES), context.Queue()
        workers = [
            context.Process(target=open_and_migrate, args=(str(path), start, results))
            for _ in range(PROCESSES)
        ]
        for worker in workers:
            worker.start()
        outcomes = sorted(results.get(timeout=90) for _ in workers)
        for worker in workers:
            worker.join(30)
        assert outcomes == [f"version {len(MIGRATIONS)}"] * PROCESSES, outcomes
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_database_from_a_newer_app_is_refused_and_keeps_its_schema(tmp_path: Path) -> None:
    path = tmp_path / "checkin.sqlite3"
    Database(path).close()
    newer = len(MIGRATIONS) + 1
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version={newer}")
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    with pytest.raises(StorageError, match="newer checkin-app"):
        Database(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == newer
        assert (
            conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
            == schema
        )
