"""The door's own log as the window shows it: the latest scans with their guests, and how
many this station admitted (read on a worker thread)."""

from __future__ import annotations

from dataclasses import dataclass

from checkin_app.domain.models import Ticket
from checkin_app.storage.checkins import CheckinLog, ScanRecord
from checkin_app.storage.tickets import TicketStore

__all__ = ["RecentScan", "RecentScans", "ScanRecord"]


@dataclass(frozen=True, slots=True)
class RecentScan:
    record: ScanRecord
    ticket: Ticket | None  # None: a code that is no ticket of the cached list


class RecentScans:
    def __init__(self, log: CheckinLog, tickets: TicketStore) -> None:
        self._log = log
        self._tickets = tickets

    def latest(self, limit: int, event_id: str | None = None) -> list[RecentScan]:
        """The latest scans, newest first (the log itself: it survives restarts)."""
        result = []
        for record in self._log.recent(limit, event_id or None):
            ticket = (
                self._tickets.get(record.event_id, record.ticket_number)
                if record.ticket_number
                else None
            )
            result.append(RecentScan(record, ticket))
        return result

    def admitted_count(self, event_id: str) -> int:
        """Admissions this station made for the event (undone ones not counted)."""
        return self._log.admitted_count(event_id)
