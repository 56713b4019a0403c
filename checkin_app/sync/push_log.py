"""What the sync engine remembers about each check-in it sent: when it first left, and the
server's `checkIn.created` that came back, so a later pull can tell this station's own
check-in on Wix from another station's.

The table belongs to the sync engine and is created on first use (`CREATE TABLE IF NOT
EXISTS`), outside the foundation's numbered migrations, so this branch needs no schema change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from checkin_app.storage.database import Database

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sync_push_log (
    outbox_id INTEGER PRIMARY KEY,
    scan_id TEXT,
    first_sent_at TEXT NOT NULL,       -- server-clock estimate when the call first left
    server_at TEXT                     -- checkIn.created in Wix's reply, once one came
)
"""


@dataclass(frozen=True, slots=True)
class PushRecord:
    outbox_id: int
    scan_id: str | None
    first_sent_at: str
    server_at: str | None


class PushLog:
    """Read and write `sync_push_log`."""

    def __init__(self, db: Database) -> None:
        self._db = db
        with db.transaction() as conn:
            conn.execute(_SCHEMA)

    def mark_sent(self, items: Iterable[tuple[int, str | None]], sent_at: str) -> None:
        """Record the first time each (outbox id, scan id) left; later sends keep the first."""
        rows = [(i, s, sent_at) for i, s in items]
        if not rows:
            return
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO sync_push_log (outbox_id, scan_id, first_sent_at) "
                "VALUES (?,?,?)",
                rows,
            )

    @staticmethod
    def set_server_at(conn: sqlite3.Connection, outbox_id: int, server_at: str | None) -> None:
        conn.execute(
            "UPDATE sync_push_log SET server_at = ? WHERE outbox_id = ?", (server_at, outbox_id)
        )

    def get(self, outbox_id: int) -> PushRecord | None:
        row = self._db.query_one("SELECT * FROM sync_push_log WHERE outbox_id = ?", (outbox_id,))
        if row is None:
            return None
        return PushRecord(row["outbox_id"], row["scan_id"], row["first_sent_at"], row["server_at"])
