"""The scan log of an event as it is exported: every scan attempt on this station, with the
guest it named and who undid it (read-only)."""

from __future__ import annotations

from dataclasses import dataclass

from checkin_app.storage.database import Database

# Every scan (admitted or turned away) of the event, oldest first, with the ticket's guest
# when the ticket is cached, and the undo that cancelled it (which door, when).
_SCANS_SQL = """
SELECT s.scan_id, s.device_time, s.station, s.method, s.ticket_number, s.decision,
       s.reason, s.override, s.payment_collected,
       coalesce(nullif(trim(t.guest_first_name || ' ' || t.guest_last_name), ''),
                t.buyer_name, '') AS guest,
       u.device_time AS undone_at, u.station AS undone_by
FROM checkins s
LEFT JOIN tickets t ON t.event_id = s.event_id AND t.ticket_number = s.ticket_number
LEFT JOIN checkins u ON u.scan_id = s.undone_by
WHERE s.event_id = ? AND s.kind = 'scan'
ORDER BY s.device_time, s.monotonic_ns, s.rowid
"""


@dataclass(frozen=True, slots=True)
class ScanLogRow:
    scan_id: str
    time: str
    door: str
    method: str
    ticket_number: str
    guest: str
    verdict: str  # the names `check-in --json` prints: ADMITTED, ALREADY_CHECKED_IN, ...
    reason: str
    override: bool
    payment_collected: bool
    undone_at: str | None
    undone_by: str | None  # the door (station) that undid it


class ScanLogReader:
    """Reads the `checkins` log for exports."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def scans(self, event_id: str) -> list[ScanLogRow]:
        return [
            ScanLogRow(
                scan_id=r["scan_id"],
                time=r["device_time"],
                door=r["station"],
                method=r["method"],
                ticket_number=r["ticket_number"] or "",
                guest=r["guest"] or "",
                verdict=r["decision"],
                reason=r["reason"],
                override=bool(r["override"]),
                payment_collected=bool(r["payment_collected"]),
                undone_at=r["undone_at"],
                undone_by=r["undone_by"],
            )
            for r in self._db.query(_SCANS_SQL, (event_id,))
        ]
