"""Find tickets admitted by this station that Wix shows checked in by someone else."""

from __future__ import annotations

import sqlite3

from checkin_app.storage.checkins import CheckinLog
from checkin_app.storage.database import Database
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.ownership import DEFAULT_TOLERANCE_S, is_own_check_in
from checkin_app.sync.push_log import PushLog

# This station's live admissions that queued a Wix check-in, with Wix's view of the ticket
# and what the engine knows about sending it.
_CANDIDATES = """
SELECT c.scan_id, c.ticket_number, c.station, c.device_time,
       t.server_checked_in_at AS server_at, p.first_sent_at, p.server_at AS own_server_at
FROM checkins c
JOIN outbox o ON o.scan_id = c.scan_id AND o.kind = 'check_in'
JOIN tickets t ON t.event_id = c.event_id AND t.ticket_number = c.ticket_number
LEFT JOIN sync_push_log p ON p.outbox_id = o.id
WHERE c.event_id = ? AND c.kind = 'scan' AND c.decision = 'ADMITTED' AND c.undone_by IS NULL
  AND t.server_checked_in_at IS NOT NULL
"""


def record_conflict(
    conn: sqlite3.Connection, event_id: str, ticket_number: str, scan_id: str | None,
    server_at: str | None,
) -> bool:  # fmt: skip
    """Write a conflict row for this station's admission (`scan_id`) and Wix's check-in."""
    row = None
    if scan_id:
        row = conn.execute(
            "SELECT station, device_time FROM checkins WHERE scan_id = ?", (scan_id,)
        ).fetchone()
    return SyncStateStore.add_conflict(
        conn, event_id, ticket_number, scan_id,
        row["station"] if row else None, row["device_time"] if row else None, server_at,
    )  # fmt: skip


class ConflictFinder:
    """Compares Wix's check-ins with this station's admissions after a pull."""

    def __init__(self, db: Database, tolerance_s: float = DEFAULT_TOLERANCE_S) -> None:
        self._db = db
        self._tolerance_s = tolerance_s

    def find(self, event_id: str, offset_s: float | None = None) -> int:
        """Record new conflicts for the event; returns how many were new.

        `offset_s` (server clock minus local) completes send times recorded without it.
        """
        found = 0
        with self._db.transaction() as conn:
            PushLog.learn_offset_in(conn, offset_s)
            for row in conn.execute(_CANDIDATES, (event_id,)).fetchall():
                server_at = row["server_at"]
                if is_own_check_in(
                    server_at,
                    first_sent_at=row["first_sent_at"],
                    own_server_at=row["own_server_at"],
                    tolerance_s=self._tolerance_s,
                ):
                    continue
                # A server check-in this station undid (the undo not yet sent) is not a rival.
                if server_at in CheckinLog.undone_server_check_ins(
                    conn, event_id, row["ticket_number"]
                ):
                    continue
                if record_conflict(conn, event_id, row["ticket_number"], row["scan_id"], server_at):
                    found += 1
        return found
