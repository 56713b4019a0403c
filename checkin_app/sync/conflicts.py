"""Find tickets admitted by this station that Wix shows checked in by someone else.

After a pull, every live admission of this station is compared with the check-in Wix holds
for its ticket. The check-in is this station's own only when its own sends can account for
it (a reply judged own, or a send whose reply was lost, placed on Wix's clock —
`checkin_app/sync/push_log.py`). Anything else is another device's: one that checked the
ticket in before this station's call arrived, or — when Wix overwrites the time on a repeat —
after it. No clock tolerance is involved.
"""

from __future__ import annotations

import sqlite3

from checkin_app.storage.checkins import CheckinLog
from checkin_app.storage.database import Database
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.push_log import NO_SENDS, PushLog
from checkin_app.sync.server_clock import ServerClock

# This station's live admissions that queued a Wix check-in, with Wix's view of the ticket.
_CANDIDATES = """
SELECT c.scan_id, c.ticket_number, t.server_checked_in_at AS server_at
FROM checkins c
JOIN outbox o ON o.scan_id = c.scan_id AND o.kind = 'check_in'
JOIN tickets t ON t.event_id = c.event_id AND t.ticket_number = c.ticket_number
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

    def __init__(self, db: Database, clock: ServerClock | None = None) -> None:
        self._db = db
        self._clock = clock or ServerClock()

    def find(self, event_id: str) -> int:
        """Record new conflicts for the event; returns how many were new."""
        found = 0
        with self._db.transaction() as conn:
            rows = conn.execute(_CANDIDATES, (event_id,)).fetchall()
            owns = PushLog.own_sends_many(conn, event_id, [r["ticket_number"] for r in rows])
            for row in rows:
                number, server_at = row["ticket_number"], row["server_at"]
                if owns.get(number.casefold(), NO_SENDS).explain(server_at, self._clock):
                    continue
                # A server check-in this station undid (the undo not yet sent) is not a rival.
                if server_at in CheckinLog.undone_server_check_ins(conn, event_id, number):
                    continue
                if record_conflict(conn, event_id, number, row["scan_id"], server_at):
                    found += 1
        return found
