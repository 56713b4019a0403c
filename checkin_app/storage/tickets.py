"""The cached guest list: ticket upserts from Wix, look-ups at the door, and search."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from checkin_app.domain.models import OrderStatus, Ticket
from checkin_app.storage.database import Database

_TOKEN = re.compile(r"\w+", re.UNICODE)
SEARCH_LIMIT = 50

_COLUMNS = (
    "event_id, ticket_number, order_number, definition_id, ticket_name, order_status, archived, "
    "order_archived, canceled, guest_first_name, guest_last_name, guest_email, buyer_name, "
    "price, currency, server_checked_in_at, removed, generation"
)


def ticket_from_row(row: sqlite3.Row) -> Ticket:
    return Ticket(
        ticket_number=row["ticket_number"],
        event_id=row["event_id"],
        order_number=row["order_number"],
        definition_id=row["definition_id"],
        ticket_name=row["ticket_name"],
        order_status=OrderStatus.parse(row["order_status"]),
        archived=bool(row["archived"]),
        order_archived=bool(row["order_archived"]),
        canceled=bool(row["canceled"]),
        guest_first_name=row["guest_first_name"],
        guest_last_name=row["guest_last_name"],
        guest_email=row["guest_email"],
        buyer_name=row["buyer_name"],
        price=row["price"],
        currency=row["currency"],
        server_checked_in_at=row["server_checked_in_at"],
        removed=bool(row["removed"]),
    )


def _row_values(ticket: Ticket, generation: int) -> tuple:
    return (
        ticket.event_id, ticket.ticket_number, ticket.order_number, ticket.definition_id,
        ticket.ticket_name, ticket.order_status.value, int(ticket.archived),
        int(ticket.order_archived), int(ticket.canceled), ticket.guest_first_name,
        ticket.guest_last_name, ticket.guest_email, ticket.buyer_name, ticket.price,
        ticket.currency, ticket.server_checked_in_at, int(ticket.removed), generation,
    )  # fmt: skip


def fts_query(text: str) -> str | None:
    """Search-as-you-type: every word must match, the last one as a prefix."""
    tokens = _TOKEN.findall(text.lower())
    if not tokens:
        return None
    quoted = [f'"{t}"' for t in tokens]
    quoted[-1] += "*"
    return " AND ".join(quoted)


@dataclass(frozen=True, slots=True)
class TicketCounts:
    total: int
    valid: int
    checked_in_server: int


class TicketStore:
    """Read and write the `tickets` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert_many(
        self, tickets: Iterable[Ticket], generation: int = 0, conn: sqlite3.Connection | None = None
    ) -> int:
        """Insert or update tickets (server state); returns how many rows were written."""
        rows = [_row_values(t, generation) for t in tickets]
        sql = f"""INSERT INTO tickets ({_COLUMNS}) VALUES ({",".join("?" * 18)})
            ON CONFLICT(event_id, ticket_number) DO UPDATE SET
              order_number=excluded.order_number, definition_id=excluded.definition_id,
              ticket_name=excluded.ticket_name, order_status=excluded.order_status,
              archived=excluded.archived, order_archived=excluded.order_archived,
              canceled=excluded.canceled, guest_first_name=excluded.guest_first_name,
              guest_last_name=excluded.guest_last_name, guest_email=excluded.guest_email,
              buyer_name=excluded.buyer_name, price=excluded.price, currency=excluded.currency,
              server_checked_in_at=excluded.server_checked_in_at, removed=0,
              generation=excluded.generation"""
        if conn is not None:
            conn.executemany(sql, rows)
        else:
            with self._db.transaction() as tx:
                tx.executemany(sql, rows)
        return len(rows)

    def mark_missing_removed(
        self, event_id: str, generation: int, conn: sqlite3.Connection | None = None
    ) -> int:
        """After a full download: tickets not seen in it are marked removed (never deleted)."""
        sql = "UPDATE tickets SET removed = 1 WHERE event_id = ? AND generation < ? AND removed = 0"
        if conn is not None:
            return conn.execute(sql, (event_id, generation)).rowcount
        with self._db.transaction() as tx:
            return tx.execute(sql, (event_id, generation)).rowcount

    def set_server_check_in(
        self, event_id: str, ticket_number: str, checked_in_at: str | None,
        conn: sqlite3.Connection | None = None,
    ) -> None:  # fmt: skip
        sql = "UPDATE tickets SET server_checked_in_at = ? WHERE event_id = ? AND ticket_number = ?"
        if conn is not None:
            conn.execute(sql, (checked_in_at, event_id, ticket_number))
        else:
            with self._db.transaction() as tx:
                tx.execute(sql, (checked_in_at, event_id, ticket_number))

    def get(self, event_id: str, ticket_number: str) -> Ticket | None:
        row = self._db.query_one(
            f"SELECT {_COLUMNS} FROM tickets WHERE event_id = ? AND ticket_number = ?",
            (event_id, ticket_number),
        )
        return ticket_from_row(row) if row else None

    def find_by_number(self, ticket_number: str) -> list[Ticket]:
        """The ticket with this number in any cached event."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM tickets WHERE ticket_number = ?", (ticket_number,)
        )
        return [ticket_from_row(r) for r in rows]

    def order_tickets(self, event_id: str, order_number: str) -> list[Ticket]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM tickets WHERE event_id = ? AND order_number = ?",
            (event_id, order_number),
        )
        return [ticket_from_row(r) for r in rows]

    def search(
        self, text: str, event_id: str | None = None, limit: int = SEARCH_LIMIT
    ) -> list[Ticket]:
        """Tickets whose guest name, email, ticket or order number start with the words typed."""
        query = fts_query(text)
        if query is None:
            return []
        cols = ", ".join(f"t.{c.strip()}" for c in _COLUMNS.split(","))
        sql = (
            f"SELECT {cols} FROM tickets_fts JOIN tickets t ON t.rowid = tickets_fts.rowid "
            "WHERE tickets_fts MATCH ?"
        )
        params: list[object] = [query]
        if event_id:
            sql += " AND t.event_id = ?"
            params.append(event_id)
        sql += " ORDER BY t.guest_last_name, t.guest_first_name, t.ticket_number LIMIT ?"
        params.append(limit)
        return [ticket_from_row(r) for r in self._db.query(sql, tuple(params))]

    def counts(self, event_id: str) -> TicketCounts:
        row = self._db.query_one(
            """SELECT count(*) AS total,
                      sum(removed = 0 AND canceled = 0 AND archived = 0 AND order_archived = 0
                          AND order_status NOT IN ('CANCELED','DECLINED','VOIDED')) AS valid,
                      sum(server_checked_in_at IS NOT NULL AND removed = 0) AS checked_in
               FROM tickets WHERE event_id = ?""",
            (event_id,),
        )
        assert row is not None
        return TicketCounts(row["total"], row["valid"] or 0, row["checked_in"] or 0)

    def all_for_event(self, event_id: str) -> list[Ticket]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM tickets WHERE event_id = ? ORDER BY ticket_number",
            (event_id,),
        )
        return [ticket_from_row(r) for r in rows]
