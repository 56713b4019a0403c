"""What the stats view and the attendance export read: every ticket of an event with how it
is checked in, and Wix's Orders summary as last fetched (`StatsService`'s repositories)."""

from __future__ import annotations

from typing import NamedTuple

from checkin_app.storage.database import Database

# A ticket that counts as sold: live, and its order confirmed (paid, free or pay at door).
_SOLD_SQL = """t.removed = 0 AND t.canceled = 0 AND t.archived = 0 AND t.order_archived = 0
    AND t.order_status IN ('PAID', 'FREE', 'OFFLINE_PENDING', 'PENDING', 'AUTHORIZED',
                           'PARTIALLY_PAID')"""

# Every ticket of the event with how (and whether) it is checked in: a live admission in
# this station's log first, else Wix's check-in time unless this station undid that one.
# The log is aggregated once per event and joined (one pass, not three lookups per ticket).
_ATTENDANCE_SQL = f"""
WITH live AS (
    SELECT ticket_number, min(device_time) AS at, station
    FROM checkins
    WHERE event_id = :event AND kind = 'scan' AND decision = 'ADMITTED' AND undone_by IS NULL
    GROUP BY ticket_number
), undone AS (
    SELECT DISTINCT ticket_number, undone_server_at FROM checkins
    WHERE event_id = :event AND kind = 'undo' AND undone_server_at IS NOT NULL
)
SELECT t.ticket_number, t.order_number, t.definition_id, t.ticket_name, t.order_status,
       t.guest_first_name, t.guest_last_name, t.buyer_name, t.price, t.currency,
       t.server_checked_in_at, ({_SOLD_SQL}) AS sold,
       t.removed OR t.canceled OR t.archived OR t.order_archived
           OR t.order_status IN ('CANCELED', 'DECLINED', 'VOIDED') AS invalid,
       p.order_number IS NOT NULL AS paid_here,
       live.at AS local_at, live.station AS local_station,
       undone.ticket_number IS NOT NULL AS server_undone
FROM tickets t
LEFT JOIN live ON live.ticket_number = t.ticket_number
LEFT JOIN undone ON undone.ticket_number = t.ticket_number
    AND undone.undone_server_at = t.server_checked_in_at
LEFT JOIN local_payments p ON p.event_id = t.event_id AND p.order_number = t.order_number
WHERE t.event_id = :event
ORDER BY t.ticket_number
"""


class TicketAttendance(NamedTuple):
    """One ticket with the facts its attendance status is made of (a tuple: lists are long)."""

    ticket_number: str
    order_number: str
    definition_id: str | None
    ticket_name: str
    order_status: str
    guest_first_name: str
    guest_last_name: str
    buyer_name: str
    price: str | None
    currency: str | None
    server_checked_in_at: str | None
    sold: int  # live and confirmed (paid, free, pay at door, settling)
    invalid: int  # removed, canceled, archived, or the order canceled / declined / voided
    paid_here: int  # a door of this station collected the order's money
    local_at: str | None  # this station's live admission, if any
    local_station: str | None
    server_undone: int  # this station undid Wix's check-in


class AttendanceReader:
    """Every ticket of an event with its check-in facts, in one query."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def tickets(self, event_id: str) -> list[TicketAttendance]:
        rows = self._db.query(_ATTENDANCE_SQL, {"event": event_id})
        return [TicketAttendance._make(row) for row in rows]


class OrderSummary(NamedTuple):
    """Wix's Orders summary for one currency, kept for offline display."""

    currency: str
    revenue: str
    total: str | None
    total_orders: int
    total_tickets: int
    fetched_at: str


class OrderSummaryStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, event_id: str) -> list[OrderSummary]:
        rows = self._db.query(
            "SELECT currency, revenue, total, total_orders, total_tickets, fetched_at "
            "FROM order_summaries WHERE event_id = ? ORDER BY currency",
            (event_id,),
        )
        return [OrderSummary._make(row) for row in rows]

    def replace(self, event_id: str, summaries: list[OrderSummary]) -> None:
        """The event's summary is what Wix said last: the old one goes in the same write."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM order_summaries WHERE event_id = ?", (event_id,))
            for s in summaries:
                conn.execute(
                    """INSERT OR REPLACE INTO order_summaries (event_id, currency, revenue, total,
                           total_orders, total_tickets, fetched_at) VALUES (?,?,?,?,?,?,?)""",
                    (event_id, s.currency, s.revenue, s.total, s.total_orders, s.total_tickets,
                     s.fetched_at),
                )  # fmt: skip
