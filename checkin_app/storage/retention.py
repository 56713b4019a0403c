"""Forgetting an event's guest data: names, e-mails and form answers go; ticket numbers,
statuses, counts and the scan log (anonymous: ticket numbers, times, stations) stay.

Deleted text must not linger: `secure_delete` (set on every connection) zeroes freed
content, the search index is merged so no old segment keeps a name, and `VACUUM` plus a
WAL checkpoint leave no free page or WAL frame holding it.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin_app.storage.database import Database

# Every column that holds a person's data, per table. A table added later with guest
# data (form answers, guest lists) adds its columns here; forgetting clears them all.
PERSONAL_COLUMNS: dict[str, dict[str, str]] = {
    "tickets": {
        "guest_first_name": "''",
        "guest_last_name": "''",
        "guest_email": "''",
        "buyer_name": "''",
    },
    "sales": {
        "buyer_first_name": "''",
        "buyer_last_name": "''",
        "buyer_email": "''",
        "tickets": "NULL",  # the tickets Wix issued, with their holders' names
        "order_page_url": "NULL",
    },
}


@dataclass(frozen=True)
class EventData:
    """What the station holds about one event."""

    event_id: str
    title: str
    status: str
    start_date: str | None
    end_date: str | None
    guests: int  # tickets whose guest name or e-mail is still held
    sales_with_buyers: int
    unsent: int  # check-ins and other calls for this event not yet sent to Wix
    forgotten_at: str | None


class RetentionStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def held(self) -> list[EventData]:
        rows = self._db.query(
            """
            SELECT e.id, e.title, e.status, e.start_date, e.end_date,
              (SELECT count(*) FROM tickets t WHERE t.event_id = e.id
                 AND (t.guest_first_name != '' OR t.guest_last_name != ''
                      OR t.guest_email != '' OR t.buyer_name != '')) AS guests,
              (SELECT count(*) FROM sales s WHERE s.event_id = e.id
                 AND (s.buyer_first_name != '' OR s.buyer_last_name != ''
                      OR s.buyer_email != '' OR s.tickets IS NOT NULL)) AS sales,
              (SELECT count(*) FROM outbox o WHERE o.event_id = e.id
                 AND o.state IN ('pending', 'inflight')) AS unsent,
              (SELECT forgotten_at FROM retention r WHERE r.event_id = e.id) AS forgotten_at
            FROM events e ORDER BY coalesce(e.end_date, e.start_date, ''), e.title
            """
        )
        return [
            EventData(
                event_id=r["id"], title=r["title"], status=r["status"] or "",
                start_date=r["start_date"], end_date=r["end_date"], guests=int(r["guests"]),
                sales_with_buyers=int(r["sales"]), unsent=int(r["unsent"]),
                forgotten_at=r["forgotten_at"],
            )
            for r in rows
        ]  # fmt: skip

    def candidates(self) -> list[tuple[str, str | None, str | None, str | None]]:
        """Cheap (events table only): (event id, end or start date, forgotten_at, last
        ticket download) for every cached event — what start-up checks each time."""
        rows = self._db.query(
            """SELECT e.id, coalesce(e.end_date, e.start_date), r.forgotten_at, s.last_success_at
               FROM events e LEFT JOIN retention r ON r.event_id = e.id
               LEFT JOIN sync_state s ON s.stream = 'tickets:' || e.id"""
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def unsent(self, event_id: str) -> int:
        row = self._db.query_one(
            "SELECT count(*) FROM outbox WHERE event_id = ? AND state IN ('pending', 'inflight')",
            (event_id,),
        )
        return int(row[0]) if row else 0

    def forget(self, event_id: str, now: str) -> tuple[int, int]:
        """Clear the event's personal data in one transaction; returns (tickets, sales)."""
        counts: list[int] = []
        with self._db.transaction() as conn:
            for table, columns in PERSONAL_COLUMNS.items():
                assignments = ", ".join(f"{c} = {v}" for c, v in columns.items())
                held = " OR ".join(
                    f"{c} != ''" if v == "''" else f"{c} IS NOT NULL" for c, v in columns.items()
                )
                cursor = conn.execute(
                    f"UPDATE {table} SET {assignments} WHERE event_id = ? AND ({held})",
                    (event_id,),
                )
                counts.append(cursor.rowcount)
            # A full download under way holds guest names too (staged pages): it goes.
            conn.execute("DELETE FROM staged_tickets WHERE event_id = ?", (event_id,))
            conn.execute("DELETE FROM ticket_downloads WHERE event_id = ?", (event_id,))
            conn.execute(
                "INSERT INTO retention (event_id, forgotten_at, tickets_forgotten, "
                "sales_forgotten) VALUES (?, ?, ?, ?) ON CONFLICT(event_id) DO UPDATE SET "
                "forgotten_at = excluded.forgotten_at, tickets_forgotten = "
                "tickets_forgotten + excluded.tickets_forgotten, sales_forgotten = "
                "sales_forgotten + excluded.sales_forgotten",
                (event_id, now, counts[0], counts[1]),
            )
        self.scrub()
        return counts[0], counts[1]

    def scrub(self) -> None:
        """Leave no trace of deleted text: merge the search index, rewrite the file, empty
        the WAL."""
        with self._db.translate_errors():
            conn = self._db.connection()
            conn.execute("INSERT INTO tickets_fts(tickets_fts) VALUES ('optimize')")
            conn.execute("INSERT INTO staged_tickets_fts(staged_tickets_fts) VALUES ('optimize')")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
