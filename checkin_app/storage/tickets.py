"""The cached guest list: ticket upserts from Wix, look-ups at the door, and search."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from checkin_app.domain.models import OrderStatus, Ticket
from checkin_app.domain.text import search_tokens
from checkin_app.storage.database import Database

# Typed text that looks like a ticket or order number: letters, digits and dashes, a digit.
_NUMBER_LIKE = re.compile(r"^(?=.*[0-9])[A-Z0-9-]{2,36}$")
SEARCH_LIMIT = 50

_COLUMNS = (
    "event_id, ticket_number, order_number, definition_id, ticket_name, order_status, archived, "
    "order_archived, canceled, guest_first_name, guest_last_name, guest_email, buyer_name, "
    "price, currency, server_checked_in_at, removed, generation"
)
# What a download (or the venue hub's feed) overwrites when the ticket is already cached:
# Wix's state. This station's own columns (its check-in door, say) stay as they are.
_SERVER_STATE = (
    "order_number", "definition_id", "ticket_name", "order_status", "archived",
    "order_archived", "canceled", "guest_first_name", "guest_last_name", "guest_email",
    "buyer_name", "price", "currency", "server_checked_in_at", "generation",
)  # fmt: skip


def upsert_sql(*, removed: str = "0", extra: tuple[str, ...] = ()) -> str:
    """`INSERT … ON CONFLICT DO UPDATE` of tickets' server state (one place for both writers).

    `removed`: what an update sets the flag to (`0`: Wix has the ticket; `excluded.removed`:
    as the hub says). `extra`: columns after the ticket's own (a paired station's
    `checked_in_station`), written and updated too.
    """
    columns = _COLUMNS + "".join(f", {c}" for c in extra)
    marks = ",".join("?" * (len(_COLUMNS.split(",")) + len(extra)))
    updates = [f"{c}=excluded.{c}" for c in (*_SERVER_STATE, *extra)] + [f"removed={removed}"]
    return (
        f"INSERT INTO tickets ({columns}) VALUES ({marks}) "
        f"ON CONFLICT(event_id, ticket_number) DO UPDATE SET {', '.join(updates)}"
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


def _row_values(ticket: Ticket, generation: int) -> tuple[object, ...]:
    return (
        ticket.event_id, ticket.ticket_number, ticket.order_number, ticket.definition_id,
        ticket.ticket_name, ticket.order_status.value, int(ticket.archived),
        int(ticket.order_archived), int(ticket.canceled), ticket.guest_first_name,
        ticket.guest_last_name, ticket.guest_email, ticket.buyer_name, ticket.price,
        ticket.currency, ticket.server_checked_in_at, int(ticket.removed), generation,
    )  # fmt: skip


@contextmanager
def indexed_after(conn: sqlite3.Connection) -> Iterator[None]:
    """Insert many tickets inside this block, then index the new ones for search in one
    statement: the per-row index trigger costs twice as much CPU at 100,000 tickets (a door
    loading the hub's snapshot). Use within one transaction: no other connection ever sees
    the trigger paused (rows updated in the block keep their own update trigger)."""
    before = conn.execute("SELECT coalesce(max(rowid), 0) FROM tickets").fetchone()[0]
    conn.execute("INSERT INTO tickets_fts_paused (paused) VALUES (1)")
    yield
    conn.execute(
        "INSERT INTO tickets_fts(rowid, guest_name, guest_email, ticket_number, order_number) "
        "SELECT rowid, checkin_search_fold(CAST(guest_first_name || ' ' || guest_last_name "
        "|| ' ' || buyer_name AS BLOB)), checkin_search_fold(CAST(guest_email AS BLOB)), "
        "ticket_number, order_number FROM tickets WHERE rowid > ?",
        (before,),
    )
    conn.execute("DELETE FROM tickets_fts_paused")


def fts_query(text: str) -> str | None:
    """Search-as-you-type: every word must match, the last one as a prefix. Words are
    folded as the index is (NFC + case fold: `search_tokens`); they hold no `"`."""
    tokens = search_tokens(text)
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
        sql = upsert_sql()
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
        """Tickets whose guest name, email, ticket or order number start with the words typed.

        The index drives the loop (CROSS JOIN keeps SQLite from scanning every ticket instead)
        and stops at `limit`: an ORDER BY over every match made one-letter queries slow at
        100,000 tickets. The page is then sorted for display, an exact number first.
        """
        typed = text.strip().upper()
        if _NUMBER_LIKE.match(typed):
            rows = self._number_prefix_rows(typed, event_id, limit)
        else:
            rows = self._fts_rows(text, event_id, limit)
        tickets = [ticket_from_row(r) for r in rows]
        tickets.sort(
            key=lambda t: (
                typed not in (t.ticket_number.upper(), t.order_number.upper()),
                t.guest_last_name.casefold(),
                t.guest_first_name.casefold(),
                t.ticket_number,
            )
        )
        return tickets

    def _number_prefix_rows(
        self, typed: str, event_id: str | None, limit: int
    ) -> list[sqlite3.Row]:
        """Ticket or order numbers starting with `typed`, straight from their B-tree indexes
        (FTS prefix queries over thousands of distinct numbers were the slow case)."""
        pattern = typed + "%"  # _NUMBER_LIKE admits no LIKE wildcards
        event_clause = " AND event_id = ?" if event_id else ""
        rows: dict[tuple[str, str], sqlite3.Row] = {}
        for column in ("ticket_number", "order_number"):
            params: list[object] = [pattern]
            if event_id:
                params.append(event_id)
            params.append(limit)
            for row in self._db.query(
                f"SELECT {_COLUMNS} FROM tickets WHERE {column} LIKE ?{event_clause} LIMIT ?",
                tuple(params),
            ):
                rows.setdefault((row["event_id"], row["ticket_number"]), row)
        return list(rows.values())[:limit]

    def _fts_rows(self, text: str, event_id: str | None, limit: int) -> list[sqlite3.Row]:
        query = fts_query(text)
        if query is None:
            return []
        cols = ", ".join(f"t.{c.strip()}" for c in _COLUMNS.split(","))
        sql = (
            f"SELECT {cols} FROM tickets_fts CROSS JOIN tickets t ON t.rowid = tickets_fts.rowid "
            "WHERE tickets_fts MATCH ?"
        )
        params: list[object] = [query]
        if event_id:
            sql += " AND t.event_id = ?"
            params.append(event_id)
        sql += " LIMIT ?"
        params.append(limit)
        return self._db.query(sql, tuple(params))

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
