"""What the sync engine remembers about each check-in it sent: when it first left, and the
server's `checkIn.created` that came back, so a later pull can tell this station's own
check-in on Wix from another station's.

The table (`sync_push_log`, migration 3 in `checkin_app/storage/schema.py`) belongs to the
sync engine: nothing outside `checkin_app/sync/` reads or writes it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from checkin_app.domain.clock import to_iso
from checkin_app.storage.database import Database


def server_estimate(local: float, offset_s: float | None) -> str:
    """A laptop time as the server's clock would show it (ISO-8601 UTC)."""
    return to_iso(datetime.fromtimestamp(local + (offset_s or 0.0), UTC))


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

    def mark_sent(
        self, items: Iterable[tuple[int, str | None]], sent_local: float, offset_s: float | None
    ) -> None:
        """Record, before the call leaves, when each (outbox id, scan id) was first sent.

        Written *before* sending so that a reply lost in a crash still leaves the time; a
        later send keeps the first time.
        """
        first = server_estimate(sent_local, offset_s)
        rows = [(i, s, first, sent_local, int(offset_s is not None)) for i, s in items]
        if not rows:
            return
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO sync_push_log (outbox_id, scan_id, first_sent_at, "
                "sent_local, offset_known) VALUES (?,?,?,?,?)",
                rows,
            )
            # Every resend moves the end of this station's sending window (see conflicts.py).
            conn.executemany(
                "UPDATE sync_push_log SET last_sent_local = ? WHERE outbox_id = ?",
                [(sent_local, i) for i, *_ in rows],
            )

    def learn_offset(self, offset_s: float | None) -> None:
        """Once a reply taught the server's clock, fix first-send times made without it."""
        if offset_s is None:
            return
        with self._db.transaction() as conn:
            self.learn_offset_in(conn, offset_s)

    @staticmethod
    def learn_offset_in(conn: sqlite3.Connection, offset_s: float | None) -> None:
        """`learn_offset` inside the caller's transaction.

        The first call of a session leaves before any `Date` header was seen; with a laptop
        clock minutes off, this station's own check-in would otherwise look like another's.
        """
        if offset_s is None:
            return
        conn.execute(
            "UPDATE sync_push_log SET offset_known = 1, first_sent_at = "
            "strftime('%Y-%m-%dT%H:%M:%fZ', sent_local + ?, 'unixepoch') WHERE offset_known = 0",
            (offset_s,),
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
