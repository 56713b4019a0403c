"""A walk-up sale as the station records it: its state, lines, payment and the tickets issued.

Plain data (stdlib only): `storage.sales.SaleStore` keeps it in SQLite before every Wix call
the sale makes, and `services.sales.SalesService` moves it from state to state.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TypedDict


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
    """One ticket type in a sale (and its pricing option, for types priced by option)."""

    definition_id: str
    name: str
    quantity: int
    price: str = "0"
    currency: str | None = None
    pricing_option_id: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "definition_id": self.definition_id,
            "name": self.name,
            "quantity": self.quantity,
            "price": self.price,
            "currency": self.currency,
            "pricing_option_id": self.pricing_option_id,
        }

    @classmethod
    def from_json(cls, item: dict[str, object]) -> SaleLine:
        option = item.get("pricing_option_id")
        currency = item.get("currency")
        return cls(
            definition_id=str(item.get("definition_id", "")),
            name=str(item.get("name", "")),
            quantity=int(str(item.get("quantity", 0))),
            price=str(item.get("price") or "0"),
            currency=currency if isinstance(currency, str) else None,
            pricing_option_id=option if isinstance(option, str) and option else None,
        )


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

    @classmethod
    def from_json(cls, item: dict[str, object]) -> SoldTicket:
        price, currency = item.get("price"), item.get("currency")
        return cls(
            ticket_number=str(item.get("ticket_number", "")),
            ticket_name=str(item.get("ticket_name", "")),
            check_in_url=str(item.get("check_in_url", "")),
            price=price if isinstance(price, str) else None,
            currency=currency if isinstance(currency, str) else None,
            guest_name=str(item.get("guest_name", "")),
        )


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
    # The order in which this station's database recorded payments (1, 2, 3, ...): a till
    # shift counts the sales paid after the sequence number it started at, so a sale belongs
    # to exactly one shift however coarse the clock is.
    paid_seq: int | None = None

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


class SaleChanges(TypedDict, total=False):
    """What a save changes on a `Sale` (keyword arguments; the identity stays)."""

    state: SaleState
    lines: tuple[SaleLine, ...]
    payment: Payment | None
    total: str
    currency: str | None
    reservation_id: str | None
    reservation_expires_at: str | None
    buyer_first_name: str
    buyer_last_name: str
    buyer_email: str
    order_number: str | None
    order_status: str | None
    order_page_url: str | None
    tickets: tuple[SoldTicket, ...]
    last_error: str | None
    paid_at: str | None  # (paid_seq: the sale store numbers a sale paid for the first time)


class SaleUpdate(SaleChanges, total=False):
    """`SaleChanges` with the time of the change, as the sale store writes it."""

    updated_at: str


def sum_money(values: Iterable[str | None]) -> Decimal:
    """Add Wix's decimal strings, skipping blanks and garbage."""
    total = Decimal(0)
    for value in values:
        try:
            total += Decimal(value or "0")
        except InvalidOperation:
            continue
    return total
