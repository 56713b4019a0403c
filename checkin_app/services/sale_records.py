"""Walk-up sales as the station records them: the `sales` table and the till shift.

A sale row is written before every Wix call the sale makes, so whatever happens in the
middle (a timeout, a crash, the laptop closing) the station knows which reservation and
order to ask Wix about before it tries again.
"""

from __future__ import annotations

import enum
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from checkin_app.storage.database import Database


class SaleState(enum.StrEnum):
    """Where a walk-up sale stands."""

    RESERVING = "reserving"  # Create Ticket Reservation sent, no answer kept yet
    RESERVED = "reserved"  # tickets held until the reservation expires
    CHECKING_OUT = "checking_out"  # Checkout sent; its outcome is unknown until recorded
    AWAITING_PAYMENT = "awaiting_payment"  # an order exists, not paid yet (cash or card)
    PAID = "paid"
    CANCELED = "canceled"
    EXPIRED = "expired"
    FAILED = "failed"

    @property
    def finished(self) -> bool:
        return self in (SaleState.PAID, SaleState.CANCELED, SaleState.EXPIRED, SaleState.FAILED)


class Payment(enum.StrEnum):
    CASH = "cash"
    CARD = "card"


@dataclass(frozen=True, slots=True)
class SaleLine:
    """One ticket type in a sale."""

    definition_id: str
    name: str
    quantity: int
    price: str = "0"
    currency: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "definition_id": self.definition_id,
            "name": self.name,
            "quantity": self.quantity,
            "price": self.price,
            "currency": self.currency,
        }


@dataclass(frozen=True, slots=True)
class SoldTicket:
    """A ticket Wix issued for the sale."""

    ticket_number: str
    ticket_name: str
    check_in_url: str
    price: str | None = None
    currency: str | None = None
    guest_name: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "ticket_number": self.ticket_number,
            "ticket_name": self.ticket_name,
            "check_in_url": self.check_in_url,
            "price": self.price,
            "currency": self.currency,
            "guest_name": self.guest_name,
        }


@dataclass(frozen=True, slots=True)
class Sale:
    """One walk-up sale at one station."""

    id: str
    event_id: str
    station: str
    state: SaleState
    lines: tuple[SaleLine, ...]
    created_at: str
    updated_at: str
    payment: Payment | None = None
    total: str = "0"
    currency: str | None = None
    reservation_id: str | None = None
    reservation_expires_at: str | None = None
    buyer_first_name: str = ""
    buyer_last_name: str = ""
    buyer_email: str = ""
    order_number: str | None = None
    order_status: str | None = None
    order_page_url: str | None = None
    tickets: tuple[SoldTicket, ...] = field(default_factory=tuple)
    last_error: str | None = None
    paid_at: str | None = None

    @property
    def ticket_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def buyer_name(self) -> str:
        return f"{self.buyer_first_name} {self.buyer_last_name}".strip()

    def lines_total(self) -> Decimal:
        """The price of the lines, before Wix adds any fee or tax."""
        total = Decimal(0)
        for line in self.lines:
            try:
                total += Decimal(line.price or "0") * line.quantity
            except InvalidOperation:
                continue
        return total


_COLUMNS = (
    "id", "event_id", "station", "state", "payment", "lines", "ticket_count", "total",
    "currency", "reservation_id", "reservation_expires_at", "buyer_first_name",
    "buyer_last_name", "buyer_email", "order_number", "order_status", "order_page_url",
    "tickets", "last_error", "created_at", "updated_at", "paid_at",
)  # fmt: skip


def _row_values(sale: Sale) -> tuple:
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
    lines = tuple(
        SaleLine(
            definition_id=str(item.get("definition_id", "")),
            name=str(item.get("name", "")),
            quantity=int(item.get("quantity", 0)),
            price=str(item.get("price") or "0"),
            currency=item.get("currency"),
        )
        for item in json.loads(row["lines"] or "[]")
    )
    tickets = tuple(
        SoldTicket(
            ticket_number=str(item.get("ticket_number", "")),
            ticket_name=str(item.get("ticket_name", "")),
            check_in_url=str(item.get("check_in_url", "")),
            price=item.get("price"),
            currency=item.get("currency"),
            guest_name=str(item.get("guest_name", "")),
        )
        for item in json.loads(row["tickets"] or "[]")
    )
    return Sale(
        id=row["id"],
        event_id=row["event_id"],
        station=row["station"],
        state=SaleState(row["state"]),
        lines=lines,
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
        tickets=tickets,
        last_error=row["last_error"],
        paid_at=row["paid_at"],
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

    def save(self, sale: Sale, **changes: object) -> Sale:
        """Write `sale` with `changes` applied (and `updated_at` set by the caller)."""
        updated = replace(sale, **changes) if changes else sale
        assignments = ", ".join(f"{c} = ?" for c in _COLUMNS[1:])
        with self._db.transaction() as conn:
            conn.execute(
                f"UPDATE sales SET {assignments} WHERE id = ?",
                (*_row_values(updated)[1:], updated.id),
            )
        return updated

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
             since: str | None = None) -> list[Sale]:  # fmt: skip
        """Paid sales, oldest first, filtered by station, event and `paid_at >= since`."""
        sql = "SELECT * FROM sales WHERE state = 'paid'"
        params: list[object] = []
        for column, value in (("station", station), ("event_id", event_id)):
            if value is not None:
                sql += f" AND {column} = ?"
                params.append(value)
        if since is not None:
            sql += " AND paid_at >= ?"
            params.append(since)
        return [_sale_from_row(r) for r in self._db.query(sql + " ORDER BY paid_at", tuple(params))]

    def recent(self, station: str, limit: int = 20) -> list[Sale]:
        rows = self._db.query(
            "SELECT * FROM sales WHERE station = ? ORDER BY created_at DESC LIMIT ?",
            (station, limit),
        )
        return [_sale_from_row(r) for r in rows]

    # -- the till shift -----------------------------------------------------------------
    def shift_started_at(self, station: str) -> str | None:
        row = self._db.query_one(
            "SELECT started_at FROM sales_shifts WHERE station = ?", (station,)
        )
        return row[0] if row else None

    def start_shift(self, station: str, at: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO sales_shifts (station, started_at) VALUES (?, ?) "
                "ON CONFLICT(station) DO UPDATE SET started_at = excluded.started_at",
                (station, at),
            )


def sum_money(values: Iterable[str | None]) -> Decimal:
    """Add Wix's decimal strings, skipping blanks and garbage."""
    total = Decimal(0)
    for value in values:
        try:
            total += Decimal(value or "0")
        except InvalidOperation:
            continue
    return total
