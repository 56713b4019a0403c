"""Walk-up sales in SQLite: the `sales` table and the till shift (`sales_shifts`).

A sale row is written before every Wix call the sale makes, so whatever happens in the
middle (a timeout, a crash, the laptop closing) the station knows which reservation and
order to ask Wix about before it tries again.

Shifts are cut by sequence, not by time: a sale gets the next `paid_seq` in the same
transaction that records it paid, and a shift remembers the last sequence number before it
began. Two timestamps can tie (a coarse clock, the same millisecond); sequence numbers
cannot, so a sale belongs to exactly one shift.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from typing import Unpack

from checkin_app.domain.sales import (
    Payment,
    Sale,
    SaleLine,
    SaleState,
    SaleUpdate,
    SoldTicket,
)
from checkin_app.storage.database import Database

_COLUMNS = (
    "id", "event_id", "station", "state", "payment", "lines", "ticket_count", "total",
    "currency", "reservation_id", "reservation_expires_at", "buyer_first_name",
    "buyer_last_name", "buyer_email", "order_number", "order_status", "order_page_url",
    "tickets", "last_error", "created_at", "updated_at", "paid_at",
)  # fmt: skip

# The next payment sequence number, given to a sale once, when it is first saved as paid.
_NEXT_SEQ = """CASE WHEN state = 'paid' AND paid_seq IS NULL
    THEN (SELECT coalesce(max(paid_seq), 0) + 1 FROM sales) ELSE paid_seq END"""


def _row_values(sale: Sale) -> tuple[object, ...]:
    return (
        sale.id, sale.event_id, sale.station, sale.state.value,
        sale.payment.value if sale.payment else None,
        json.dumps([line.to_json() for line in sale.lines]), sale.ticket_count, sale.total,
        sale.currency, sale.reservation_id, sale.reservation_expires_at, sale.buyer_first_name,
        sale.buyer_last_name, sale.buyer_email, sale.order_number, sale.order_status,
        sale.order_page_url, json.dumps([t.to_json() for t in sale.tickets]), sale.last_error,
        sale.created_at, sale.updated_at, sale.paid_at,
    )  # fmt: skip


def _sale_from_row(row: sqlite3.Row) -> Sale:
    return Sale(
        id=row["id"],
        event_id=row["event_id"],
        station=row["station"],
        state=SaleState(row["state"]),
        lines=tuple(SaleLine.from_json(item) for item in json.loads(row["lines"] or "[]")),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        payment=Payment(row["payment"]) if row["payment"] else None,
        total=row["total"] or "0",
        currency=row["currency"],
        reservation_id=row["reservation_id"],
        reservation_expires_at=row["reservation_expires_at"],
        buyer_first_name=row["buyer_first_name"],
        buyer_last_name=row["buyer_last_name"],
        buyer_email=row["buyer_email"],
        order_number=row["order_number"],
        order_status=row["order_status"],
        order_page_url=row["order_page_url"],
        tickets=tuple(SoldTicket.from_json(item) for item in json.loads(row["tickets"] or "[]")),
        last_error=row["last_error"],
        paid_at=row["paid_at"],
        paid_seq=row["paid_seq"],
    )


class SaleStore:
    """Read and write `sales` and `sales_shifts`. Every write commits before it returns."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(self, sale: Sale) -> Sale:
        with self._db.transaction() as conn:
            conn.execute(
                f"INSERT INTO sales ({', '.join(_COLUMNS)}) "
                f"VALUES ({','.join('?' * len(_COLUMNS))})",
                _row_values(sale),
            )
        return sale

    def save(self, sale: Sale, **changes: Unpack[SaleUpdate]) -> Sale:
        """Write `sale` with `changes` applied (and `updated_at` set by the caller); a sale
        saved as paid for the first time gets the next payment sequence number."""
        updated = replace(sale, **changes) if changes else sale
        assignments = ", ".join(f"{c} = ?" for c in _COLUMNS[1:])
        with self._db.transaction() as conn:
            conn.execute(
                f"UPDATE sales SET {assignments} WHERE id = ?",
                (*_row_values(updated)[1:], updated.id),
            )
            conn.execute(f"UPDATE sales SET paid_seq = {_NEXT_SEQ} WHERE id = ?", (updated.id,))
            row = conn.execute("SELECT paid_seq FROM sales WHERE id = ?", (updated.id,)).fetchone()
        return replace(updated, paid_seq=row[0] if row else None)

    def get(self, sale_id: str) -> Sale | None:
        row = self._db.query_one("SELECT * FROM sales WHERE id = ?", (sale_id,))
        return _sale_from_row(row) if row else None

    def unfinished(self, station: str | None = None) -> list[Sale]:
        """Sales left in the middle (oldest first), of one station or all."""
        done = tuple(s.value for s in SaleState if s.finished)
        sql = f"SELECT * FROM sales WHERE state NOT IN ({','.join('?' * len(done))})"
        params: list[object] = list(done)
        if station is not None:
            sql += " AND station = ?"
            params.append(station)
        return [
            _sale_from_row(r) for r in self._db.query(sql + " ORDER BY created_at", tuple(params))
        ]

    def paid(self, *, station: str | None = None, event_id: str | None = None,
             after_seq: int | None = None) -> list[Sale]:  # fmt: skip
        """Paid sales in the order they were paid, filtered by station, event and
        `paid_seq > after_seq` (the sales of a till shift)."""
        sql = "SELECT * FROM sales WHERE state = 'paid'"
        params: list[object] = []
        for column, value in (("station", station), ("event_id", event_id)):
            if value is not None:
                sql += f" AND {column} = ?"
                params.append(value)
        if after_seq is not None:
            sql += " AND paid_seq > ?"
            params.append(after_seq)
        rows = self._db.query(sql + " ORDER BY paid_seq, paid_at", tuple(params))
        return [_sale_from_row(r) for r in rows]

    def recent(self, station: str, limit: int = 20) -> list[Sale]:
        rows = self._db.query(
            "SELECT * FROM sales WHERE station = ? ORDER BY created_at DESC LIMIT ?",
            (station, limit),
        )
        return [_sale_from_row(r) for r in rows]

    # -- the till shift -----------------------------------------------------------------
    def shift(self, station: str) -> tuple[str | None, int]:
        """(when this station's shift began, the last payment sequence number before it)."""
        row = self._db.query_one(
            "SELECT started_at, after_seq FROM sales_shifts WHERE station = ?", (station,)
        )
        return (row[0], int(row[1] or 0)) if row else (None, 0)

    def start_shift(self, station: str, at: str) -> None:
        """A new shift: it counts the sales paid from now on (by sequence, not by clock)."""
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO sales_shifts (station, started_at, after_seq) "
                "VALUES (?, ?, (SELECT coalesce(max(paid_seq), 0) FROM sales)) "
                "ON CONFLICT(station) DO UPDATE SET started_at = excluded.started_at, "
                "after_seq = excluded.after_seq",
                (station, at),
            )
