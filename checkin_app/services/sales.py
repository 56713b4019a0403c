"""Walk-up sales at the door (Wix flow steps 9–11): reserve, check out, take payment, issue.

Qt-free. `SalesService` drives Create Ticket Reservation → Checkout (pay in person →
OFFLINE_PENDING → Confirm Order → PAID, or a card order the guest pays on their phone) →
the new tickets in the local cache, ready to check in. Each step is recorded in the
`sales` table before the Wix call, and before any retry the service asks Wix what exists
for the sale (the reservation's status; the orders made from it), so a timeout or a crash
in the middle never sells the same tickets twice.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from checkin_app.domain.clock import Clock, parse_iso
from checkin_app.domain.models import OrderStatus, Ticket
from checkin_app.services.errors import ServiceError
from checkin_app.services.sale_records import (
    Payment,
    Sale,
    SaleLine,
    SaleState,
    SaleStore,
    SoldTicket,
    sum_money,
)
from checkin_app.services.wix_problems import WixProblem, explain, is_offline
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.database import Database
from checkin_app.storage.tickets import TicketStore
from checkin_app.wix.client import WixClient
from checkin_app.wix.errors import WixError, WixNotFoundError, WixPermanentError
from checkin_app.wix.mapping import money_from_wix, ticket_definition_from_wix, ticket_from_wix

log = logging.getLogger(__name__)

T = TypeVar("T")

CHECK_IN_URL = "https://www.wixevents.com/check-in/{number},{event_id}"
MAX_TICKETS_PER_ORDER = 50  # Wix's ceiling for ticketLimitPerOrder
ORDER_LOOKUP_PAGES = 3  # newest orders first: a walk-up order is near the top
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ORDER_FAILED = frozenset({"CANCELED", "DECLINED", "VOIDED"})
_ORDER_PAID = frozenset({"PAID", "FREE"})
_CONFIRMABLE = frozenset({"OFFLINE_PENDING", "INITIATED", "PENDING"})  # Confirm Order → PAID
BUYER_FIELDS = (("firstName", "first_name"), ("lastName", "last_name"), ("email", "email"))
BUYER_LABELS = {"first_name": "First name", "last_name": "Last name", "email": "Email"}


class SaleRefused(ServiceError):
    """The sale cannot go ahead as asked (sold out, too many, nothing picked, ...)."""


class BuyerInvalid(WixProblem):
    """The buyer's details are incomplete; `field_errors` names first_name/last_name/email."""


@dataclass(frozen=True, slots=True)
class Buyer:
    first_name: str
    last_name: str
    email: str

    def validate(self) -> Buyer:
        """The buyer with spaces trimmed; raises `BuyerInvalid` naming each bad field."""
        clean = Buyer(self.first_name.strip(), self.last_name.strip(), self.email.strip())
        errors: dict[str, str] = {}
        if not clean.first_name:
            errors["first_name"] = "is needed"
        elif len(clean.first_name) > 50:
            errors["first_name"] = "is longer than 50 letters"
        if not clean.last_name:
            errors["last_name"] = "is needed"
        elif len(clean.last_name) > 50:
            errors["last_name"] = "is longer than 50 letters"
        if not clean.email:
            errors["email"] = "is needed (the tickets are sent there)"
        elif not _EMAIL.match(clean.email) or not 5 <= len(clean.email) <= 255:
            errors["email"] = "does not look like an email address"
        if errors:
            text = " ".join(f"{BUYER_LABELS[f]} {t}." for f, t in errors.items())
            raise BuyerInvalid(text, field_errors=errors)
        return clean

    def to_wix(self) -> dict[str, str]:
        return {"firstName": self.first_name, "lastName": self.last_name, "email": self.email}


@dataclass(frozen=True, slots=True)
class TicketAvailability:
    """A ticket type as the sales panel offers it."""

    definition_id: str
    name: str
    price: str
    currency: str | None
    free: bool
    capacity: int | None  # None = unlimited
    sold: int
    reserved: int
    available: int | None  # None = unlimited
    sold_out: bool
    on_sale: bool
    sale_status: str | None

    @property
    def can_sell(self) -> bool:
        return self.on_sale and not self.sold_out


@dataclass(frozen=True, slots=True)
class ShiftTotals:
    """What this station sold since its till shift began."""

    station: str
    since: str | None
    sales: int
    tickets: int
    revenue: dict[str, str]  # currency → amount
    cash_expected: dict[str, str]  # cash to find in the drawer, per currency
    card: dict[str, str]

    def to_json(self) -> dict[str, object]:
        return dataclasses.asdict(self)


def _by_currency(sales: list[Sale], keep: Callable[[Sale], bool]) -> dict[str, str]:
    totals: dict[str, Decimal] = {}
    for sale in sales:
        if keep(sale):
            key = sale.currency or ""
            totals[key] = totals.get(key, Decimal(0)) + sum_money([sale.total])
    return {k: f"{v:.2f}" for k, v in totals.items()}


def _one_at_a_time(method: Callable[..., T]) -> Callable[..., T]:
    """Sale steps of one station never interleave (a payment poll and a Cancel click may
    arrive from two worker threads at once)."""

    @functools.wraps(method)
    def locked(self: SalesService, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return locked


class SalesService:
    """Sell tickets to walk-up guests at one station."""

    def __init__(
        self,
        client: WixClient,
        db: Database,
        station: str,
        clock: Clock | None = None,
    ) -> None:
        self._client = client
        self._clock = clock or Clock()
        self.station = station
        self._lock = threading.RLock()
        self.records = SaleStore(db)
        self.catalog = CatalogStore(db)
        self.tickets = TicketStore(db)

    # -- helpers ------------------------------------------------------------------------
    def _wix(self, action: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            return fn(*args, **kwargs)
        except WixError as exc:
            log.info("%s failed: %s", action, exc.code)
            raise explain(exc, action=action) from None

    def _save(self, sale: Sale, **changes: Any) -> Sale:
        return self.records.save(sale, updated_at=self._clock.now_iso(), **changes)

    def _get(self, sale_id: str) -> Sale:
        sale = self.records.get(sale_id)
        if sale is None:
            raise ServiceError("That sale is not on this station.")
        return sale

    def seconds_left(self, sale: Sale) -> float | None:
        """Seconds until the reservation expires, by Wix's clock as far as we know it."""
        expires = parse_iso(sale.reservation_expires_at)
        if expires is None or sale.state not in (SaleState.RESERVED, SaleState.CHECKING_OUT):
            return None
        offset = self._client.last_server_date_offset_s or 0.0
        return (expires - self._clock.now()).total_seconds() - offset

    # -- availability -------------------------------------------------------------------
    def availability(self, event_id: str) -> list[TicketAvailability]:
        """Every ticket type of the event with live stock from Wix (kept in the cache too)."""
        raws = self._wix(
            "Reading the ticket types", lambda: list(self._client.iter_ticket_definitions(event_id))
        )
        self.catalog.replace_definitions(
            event_id, [(ticket_definition_from_wix(r), r) for r in raws]
        )
        return self.cached_availability(event_id)

    def cached_availability(self, event_id: str) -> list[TicketAvailability]:
        """The ticket types as last downloaded (for display while offline)."""
        result = []
        for d in self.catalog.definitions(event_id):
            if d.hidden:
                continue
            available = d.unsold_count
            if available is None and d.initial_limit is not None:
                available = max(0, d.initial_limit - d.sold_count - d.reserved_count)
            result.append(
                TicketAvailability(
                    definition_id=d.id,
                    name=d.name,
                    price=d.price,
                    currency=d.currency,
                    free=d.free,
                    capacity=d.initial_limit,
                    sold=d.sold_count,
                    reserved=d.reserved_count,
                    available=available,
                    sold_out=d.sold_out or available == 0,
                    on_sale=d.sale_status in (None, "", "SALE_STARTED"),
                    sale_status=d.sale_status,
                )
            )
        return result

    def _ticket_limit(self, event_id: str) -> int:
        raw = self.catalog.event_json(event_id) or {}
        tickets = (raw.get("registration") or {}).get("tickets") or {}
        limit = tickets.get("ticketLimitPerOrder")
        return int(limit) if isinstance(limit, int) and limit > 0 else 20

    # -- step 9: reserve ----------------------------------------------------------------
    @_one_at_a_time
    def reserve(self, event_id: str, quantities: Mapping[str, int]) -> Sale:
        """Hold the chosen tickets (Create Ticket Reservation); returns the sale, RESERVED.

        Raises `SaleRefused` (nothing picked, sold out, more than left or allowed) or
        `WixProblem` (offline, or Wix refused; the sale is then recorded as FAILED).
        """
        wanted = {d: int(q) for d, q in quantities.items() if int(q) > 0}
        if not wanted:
            raise SaleRefused("Pick at least one ticket.")
        if any(int(q) < 0 for q in quantities.values()):
            raise SaleRefused("A quantity cannot be negative.")
        offer = {a.definition_id: a for a in self.cached_availability(event_id)}
        limit = min(self._ticket_limit(event_id), MAX_TICKETS_PER_ORDER)
        if sum(wanted.values()) > limit:
            raise SaleRefused(f"At most {limit} tickets per order for this event.")
        lines = []
        for definition_id, quantity in wanted.items():
            item = offer.get(definition_id)
            if item is None:
                raise SaleRefused("That ticket type is not on sale here; refresh the list.")
            if item.sold_out:
                raise SaleRefused(f"“{item.name}” is sold out.")
            if not item.on_sale:
                raise SaleRefused(f"“{item.name}” is not on sale now.")
            if item.available is not None and quantity > item.available:
                raise SaleRefused(f"Only {item.available} “{item.name}” left.")
            lines.append(SaleLine(definition_id, item.name, quantity, item.price, item.currency))
        now = self._clock.now_iso()
        currencies = {line.currency for line in lines if line.currency}
        sale = self.records.insert(
            Sale(
                id=str(uuid.uuid4()),
                event_id=event_id,
                station=self.station,
                state=SaleState.RESERVING,
                lines=tuple(lines),
                created_at=now,
                updated_at=now,
                currency=currencies.pop() if len(currencies) == 1 else None,
                total=f"{sum_money([])}",
            )
        )
        sale = self._save(sale, total=f"{sale.lines_total():.2f}")
        try:
            reservation = self._client.create_ticket_reservation(
                [{"ticketDefinitionId": line.definition_id, "quantity": line.quantity}
                 for line in lines]
            )  # fmt: skip
        except WixError as exc:
            problem = explain(exc, action="Reserving the tickets")
            note = problem.args[0]
            if is_offline(exc):
                note += " If Wix did hold tickets, they return to stock when the hold expires."
            self._save(sale, state=SaleState.FAILED, last_error=note)
            raise problem from None
        return self._adopt_reservation(sale, reservation)

    def _adopt_reservation(self, sale: Sale, reservation: Mapping[str, Any]) -> Sale:
        lines = []
        by_definition = {line.definition_id: line for line in sale.lines}
        for item in reservation.get("tickets") or []:
            definition_id = str(item.get("ticketDefinitionId", ""))
            line = by_definition.get(definition_id)
            price, currency = money_from_wix(item.get("price"))
            if line is not None:
                lines.append(
                    dataclasses.replace(
                        line,
                        name=item.get("ticketName") or line.name,
                        price=price or line.price,
                        currency=currency or line.currency,
                    )
                )
        lines = lines or list(sale.lines)
        total = f"{sum_money(Decimal(line.price or '0') * line.quantity for line in lines):.2f}"
        return self._save(
            sale,
            state=SaleState.RESERVED,
            reservation_id=reservation.get("id"),
            reservation_expires_at=reservation.get("expirationDate"),
            lines=tuple(lines),
            total=total,
            last_error=None,
        )

    # -- step 10: checkout and payment --------------------------------------------------
    @_one_at_a_time
    def checkout(self, sale_id: str, buyer: Buyer, payment: Payment) -> Sale:
        """Check out the held tickets for `buyer`.

        Cash: the order is made pay-in-person (OFFLINE_PENDING) and at once confirmed
        (PAID); call only once the money is in hand. Card: the order waits for the guest
        to pay on Wix's order page (`Sale.order_page_url`); follow it with `poll_payment`.
        A sale whose earlier checkout got no answer is first reconciled with Wix.
        """
        clean = buyer.validate()
        sale = self._get(sale_id)
        if sale.state is SaleState.CHECKING_OUT:
            sale = self.reconcile(sale.id)
        if sale.state is SaleState.PAID:
            return sale  # a retry of a sale that went through: nothing more to do
        if sale.state is SaleState.AWAITING_PAYMENT:
            if payment is Payment.CASH and sale.order_status in _CONFIRMABLE:
                # Cash in hand (also a card guest who paid cash after all): Confirm Order.
                return self._confirm(self._save(sale, payment=Payment.CASH))
            if sale.payment is payment:
                return sale
        if sale.state is not SaleState.RESERVED:
            raise SaleRefused(self._state_text(sale))
        sale = self._save(
            sale,
            state=SaleState.CHECKING_OUT,
            payment=payment,
            buyer_first_name=clean.first_name,
            buyer_last_name=clean.last_name,
            buyer_email=clean.email,
            last_error=None,
        )
        try:
            reply = self._client.checkout(
                sale.event_id,
                sale.reservation_id or "",
                clean.to_wix(),
                pay_in_person=payment is Payment.CASH,
            )
        except WixError as exc:
            return self._checkout_failed(sale, exc)
        sale = self._adopt_order(sale, reply.get("order") or {}, reply.get("orderPageUrl"))
        if payment is Payment.CASH and sale.state is SaleState.AWAITING_PAYMENT:
            return self._confirm(sale)
        return sale

    def _checkout_failed(self, sale: Sale, exc: WixError) -> Sale:
        problem = explain(exc, action="Checking out", rules=BUYER_FIELDS, labels=BUYER_LABELS)
        if isinstance(exc, WixPermanentError):
            # Wix refused: no order exists. Back to RESERVED unless the hold is gone.
            state = SaleState.RESERVED
            if isinstance(exc, WixNotFoundError) or "EXPIRED" in (exc.code or ""):
                state = SaleState.EXPIRED
            self._save(sale, state=state, last_error=problem.args[0])
        else:
            # No answer: an order may or may not exist. Stay CHECKING_OUT so the next
            # attempt asks Wix first.
            self._save(sale, last_error=problem.args[0])
        raise problem from None

    def _adopt_order(self, sale: Sale, order: Mapping[str, Any], page_url: str | None) -> Sale:
        status = str(order.get("status") or "")
        total, currency = money_from_wix(order.get("totalPrice"))
        changes: dict[str, Any] = {
            "order_number": order.get("orderNumber") or sale.order_number,
            "order_status": status or sale.order_status,
            "state": SaleState.AWAITING_PAYMENT,
            "last_error": None,
        }
        if total is not None:
            changes["total"] = total
        if currency:
            changes["currency"] = currency
        if page_url:
            changes["order_page_url"] = page_url
        sale = self._save(sale, **changes)
        if status in _ORDER_PAID:
            return self._finish(sale)
        if status in _ORDER_FAILED:
            return self._save(
                sale, state=SaleState.FAILED, last_error=f"Wix says the order is {status}."
            )
        return sale

    def _confirm(self, sale: Sale) -> Sale:
        """Cash is in hand: Confirm Order (OFFLINE_PENDING → PAID), then issue the tickets."""
        orders = self._wix(
            "Confirming the payment", self._client.confirm_orders, sale.event_id,
            [sale.order_number or ""],
        )  # fmt: skip
        status = next(
            (o.get("status") for o in orders if o.get("orderNumber") == sale.order_number), None
        )
        if status not in _ORDER_PAID:
            order = self._wix(
                "Reading the order", self._client.get_order, sale.event_id, sale.order_number or ""
            )
            status = order.get("status")
        if status not in _ORDER_PAID:
            sale = self._save(
                sale, order_status=status, last_error=f"Wix says the order is {status}."
            )
            raise ServiceError(f"Wix did not mark the order paid (it is {status}). Try again.")
        return self._finish(self._save(sale, order_status=status))

    @_one_at_a_time
    def poll_payment(self, sale_id: str) -> Sale:
        """Card sale: ask Wix whether the guest has paid; PAID issues the tickets."""
        sale = self._get(sale_id)
        if sale.state is not SaleState.AWAITING_PAYMENT:
            return sale
        order = self._wix(
            "Checking the payment", self._client.get_order, sale.event_id, sale.order_number or ""
        )
        return self._adopt_order(sale, order, None)

    def _finish(self, sale: Sale) -> Sale:
        """The order is paid: fetch its tickets and put them in the door's cache at once."""
        order = self._wix(
            "Fetching the new tickets", self._client.get_order, sale.event_id,
            sale.order_number or "", fieldsets=("DETAILS", "TICKETS"),
        )  # fmt: skip
        status = OrderStatus.parse(order.get("status") or sale.order_status)
        tickets: list[Ticket] = []
        sold: list[SoldTicket] = []
        for raw in order.get("tickets") or []:
            if not isinstance(raw, dict) or not raw.get("ticketNumber"):
                continue
            ticket = ticket_from_wix(raw, sale.event_id)
            ticket = dataclasses.replace(
                ticket,
                order_number=ticket.order_number or sale.order_number or "",
                order_status=status if not raw.get("orderStatus") else ticket.order_status,
                guest_first_name=ticket.guest_first_name or sale.buyer_first_name,
                guest_last_name=ticket.guest_last_name or sale.buyer_last_name,
                guest_email=ticket.guest_email or sale.buyer_email,
                buyer_name=ticket.buyer_name or sale.buyer_name,
            )
            tickets.append(ticket)
            url = raw.get("checkInUrl") or CHECK_IN_URL.format(
                number=ticket.ticket_number, event_id=sale.event_id
            )
            sold.append(
                SoldTicket(
                    ticket.ticket_number, ticket.ticket_name, str(url), ticket.price,
                    ticket.currency, ticket.guest_name,
                )
            )  # fmt: skip
        if tickets:
            self.tickets.upsert_many(tickets)
        total, currency = money_from_wix(order.get("totalPrice"))
        return self._save(
            sale,
            state=SaleState.PAID,
            order_status=status.value,
            tickets=tuple(sold),
            total=total or sale.total,
            currency=currency or sale.currency,
            paid_at=self._clock.now_iso(),
            last_error=None,
        )

    # -- step 11: cancel ----------------------------------------------------------------
    @_one_at_a_time
    def cancel(self, sale_id: str) -> Sale:
        """The guest walked away: cancel the reservation so its tickets return to stock."""
        sale = self._get(sale_id)
        if sale.state.finished:
            return sale
        if sale.state is SaleState.AWAITING_PAYMENT and sale.payment is Payment.CASH:
            raise SaleRefused(
                "The cash was taken for this sale: finish it (Retry) instead of cancelling."
            )
        if sale.reservation_id is None:
            return self._save(
                sale, state=SaleState.FAILED, last_error="Cancelled before Wix held tickets."
            )
        try:
            reservation = self._client.cancel_ticket_reservation(sale.reservation_id)
        except WixError as exc:
            if isinstance(exc, WixPermanentError):
                # Already gone (expired, cancelled, or turned into an order): ask what it is.
                return self.reconcile(sale.id, cancel=True)
            raise explain(exc, action="Cancelling the reservation") from None
        return self._save(
            sale,
            state=self._reservation_state(reservation, SaleState.CANCELED),
            last_error=None,
        )

    # -- reconciling with Wix -----------------------------------------------------------
    def refresh(self, sale_id: str) -> Sale:
        """Ask Wix where the sale stands (e.g. when the countdown reaches zero)."""
        return self.reconcile(sale_id)

    @_one_at_a_time
    def reconcile(self, sale_id: str, *, cancel: bool = False) -> Sale:
        """Bring the sale in line with what Wix has: the reservation's status and any order
        made from it. Safe to call at any time; never creates anything on Wix except
        confirming an order whose cash this station already took."""
        sale = self._get(sale_id)
        if sale.state.finished:
            return sale
        if sale.reservation_id is None:
            return self._save(
                sale, state=SaleState.FAILED,
                last_error="Wix's answer to the reservation was lost; any held tickets return "
                "to stock when the hold expires.",
            )  # fmt: skip
        if sale.state is SaleState.AWAITING_PAYMENT and sale.order_number:
            order = self._wix(
                "Checking the order", self._client.get_order, sale.event_id, sale.order_number
            )
            return self._resume_order(sale, order)
        order = self._find_order(sale)
        if order is not None:
            sale = self._adopt_order(sale, order, None)
            if sale.state is SaleState.AWAITING_PAYMENT:
                return self._resume_order(sale, order)
            return sale
        try:
            reservation = self._client.get_ticket_reservation(sale.reservation_id)
        except WixNotFoundError:
            return self._save(sale, state=SaleState.EXPIRED, last_error="Wix no longer holds it.")
        except WixError as exc:
            raise explain(exc, action="Checking the reservation") from None
        status = reservation.get("status")
        if status == "PENDING" and not cancel:
            return self._save(
                sale,
                state=SaleState.RESERVED,
                reservation_expires_at=reservation.get("expirationDate")
                or sale.reservation_expires_at,
            )
        return self._save(sale, state=self._reservation_state(reservation, SaleState.CANCELED))

    def _resume_order(self, sale: Sale, order: Mapping[str, Any]) -> Sale:
        status = str(order.get("status") or "")
        if status in _ORDER_PAID:
            return self._finish(self._save(sale, order_status=status))
        if status in _ORDER_FAILED:
            return self._save(sale, state=SaleState.FAILED, order_status=status,
                              last_error=f"Wix says the order is {status}.")  # fmt: skip
        if status == OrderStatus.OFFLINE_PENDING.value and sale.payment is Payment.CASH:
            return self._confirm(self._save(sale, order_status=status))
        return self._save(sale, order_status=status)

    def _find_order(self, sale: Sale) -> dict[str, Any] | None:
        """The order Wix made from this sale's reservation, if any (newest orders first)."""
        for page in range(ORDER_LOOKUP_PAGES):
            reply = self._wix(
                "Looking for the order", self._client.list_orders, sale.event_id,
                offset=page * 100, limit=100, fieldsets=("DETAILS",), sort="created:desc",
            )  # fmt: skip
            orders = reply.get("orders") or []
            for order in orders:
                if order.get("reservationId") == sale.reservation_id:
                    return order
            if len(orders) < 100:
                break
        return None

    @staticmethod
    def _reservation_state(reservation: Mapping[str, Any], default: SaleState) -> SaleState:
        status = reservation.get("status")
        if status == "EXPIRED":
            return SaleState.EXPIRED
        if status in ("CANCELED", "CANCELED_MANUALLY"):
            return SaleState.CANCELED
        if status == "PENDING":
            return SaleState.RESERVED
        return default

    @_one_at_a_time
    def resume_unfinished(self) -> list[Sale]:
        """At start-up: reconcile every sale this station left in the middle."""
        results = []
        for sale in self.records.unfinished(self.station):
            try:
                results.append(self.reconcile(sale.id))
            except ServiceError as exc:
                log.info("Could not reconcile a sale yet: %s", exc)
                results.append(sale)
        return results

    @staticmethod
    def _state_text(sale: Sale) -> str:
        return {
            SaleState.RESERVING: "Wix has not confirmed the hold on these tickets.",
            SaleState.CANCELED: "This sale was cancelled; start a new one.",
            SaleState.EXPIRED: "The hold on these tickets expired; start a new sale.",
            SaleState.FAILED: "This sale did not go through; start a new one.",
        }.get(sale.state, f"The sale is {sale.state.value}.")

    # -- shift totals -------------------------------------------------------------------
    def start_shift(self) -> None:
        """Start a new till shift at this station: totals count from now."""
        self.records.start_shift(self.station, self._clock.now_iso())

    def shift_totals(self) -> ShiftTotals:
        """Tickets sold, revenue and the cash expected in the drawer this shift."""
        since = self.records.shift_started_at(self.station)
        sales = self.records.paid(station=self.station, since=since)
        return ShiftTotals(
            station=self.station,
            since=since,
            sales=len(sales),
            tickets=sum(len(s.tickets) or s.ticket_count for s in sales),
            revenue=_by_currency(sales, lambda s: True),
            cash_expected=_by_currency(sales, lambda s: s.payment is Payment.CASH),
            card=_by_currency(sales, lambda s: s.payment is Payment.CARD),
        )


def receipt_text(sale: Sale, event_title: str = "") -> str:
    """A plain-text receipt for the guest."""
    lines = [event_title or "Tickets", ""]
    if sale.order_number:
        lines.append(f"Order {sale.order_number}")
    if sale.paid_at:
        lines.append(f"Paid {sale.paid_at[:16].replace('T', ' ')} UTC")
    lines.append(f"Buyer: {sale.buyer_name}")
    lines.append("")
    for line in sale.lines:
        each = f"{line.price} {line.currency or ''}".strip()
        lines.append(f"{line.quantity} × {line.name} @ {each}")
    lines.append("")
    lines.append(f"Total: {sale.total} {sale.currency or ''}".rstrip())
    if sum_money([sale.total]) == 0:
        lines.append("Free tickets: nothing to pay")
    elif sale.payment:
        lines.append("Paid by " + ("cash" if sale.payment is Payment.CASH else "card"))
    for ticket in sale.tickets:
        lines.append(f"Ticket {ticket.ticket_number} ({ticket.ticket_name})")
    lines.append(f"Station: {sale.station}")
    return "\n".join(lines)
