"""The event's lists as CSV for a spreadsheet: the attendance list and the scan log (Qt-free).

Both work offline, from this station's cache and scan log, and go through the one CSV
writer (`services/csv_export.py`), which neutralises spreadsheet formulas.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checkin_app.domain.models import Event
from checkin_app.services.csv_export import write_csv
from checkin_app.services.stats import StatsService
from checkin_app.storage.scan_log import ScanLogReader

ATTENDANCE_COLUMNS = ("ticket", "order", "guest", "type", "status", "checked_in_at", "station")
SCAN_COLUMNS = (
    "time", "door", "input", "ticket", "guest", "verdict", "reason", "override",
    "payment_collected", "undone_at", "undone_by", "scan_id",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportResult:
    event: Event
    path: Path
    rows: int
    detail: str  # e.g. "12 checked in", "3 turned away"


class ExportService:
    """Writes an event's attendance list or scan log to a CSV file."""

    def __init__(self, stats: StatsService, scans: ScanLogReader) -> None:
        self._stats = stats
        self._scans = scans

    def resolve_event(self, event_id: str | None) -> Event:
        return self._stats.resolve_event(event_id)

    def attendance(self, event_id: str | None, path: Path) -> ExportResult:
        """Every ticket with its guest, type, status, check-in time and station."""
        event = self.resolve_event(event_id)
        rows = [
            (r.ticket_number, r.order_number, r.guest_name, r.ticket_type, r.status,
             r.checked_in_at or "", r.station or "")
            for r in self._stats.attendance(event.id)
        ]  # fmt: skip
        count = write_csv(path, ATTENDANCE_COLUMNS, rows)
        checked = sum(1 for r in rows if r[4] == "checked in")
        return ExportResult(event, path, count, f"{checked} checked in")

    def scan_log(self, event_id: str | None, path: Path) -> ExportResult:
        """Every scan at this station, rejected ones included: time, door, input method,
        ticket, guest, verdict, reason, override, and who undid it (which door, when)."""
        event = self.resolve_event(event_id)
        scans = self._scans.scans(event.id)
        rows = [
            (s.time, s.door, s.method, s.ticket_number, s.guest, s.verdict, s.reason,
             "yes" if s.override else "", "yes" if s.payment_collected else "",
             s.undone_at or "", s.undone_by or "", s.scan_id)
            for s in scans
        ]  # fmt: skip
        count = write_csv(path, SCAN_COLUMNS, rows)
        turned_away = sum(1 for s in scans if s.verdict != "ADMITTED")
        return ExportResult(event, path, count, f"{turned_away} not admitted")
