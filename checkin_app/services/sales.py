"""Walk-up sales at the door (Wix flow steps 9–11): reserve, check out, take payment, issue.

Qt-free. `SalesService` drives Create Ticket Reservation → Checkout (pay in person →
OFFLINE_PENDING → Confirm Order → PAID, or a card order the guest pays on their phone) →
the new tickets in the local cache, ready to check in. Each step is recorded in the
`sales` table before the Wix call, and before any retry the service asks Wix what exists
for the sale (the reservation's status; the orders made from it), so a timeout or a crash
in the middle never sells the same tickets twice.

The work is done by parts: `TicketOffer` (what is on sale), `SaleOrders` (checkout and
payment), `SaleReconciler` (asking Wix where a sale stands); this class holds the lock that
keeps one station's steps from interleaving, and the till shift.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from checkin_app.domain.clock import Clock, parse_iso
from checkin_app.domain.sales import Payment, Sale, SaleLine, SaleState, sum_money
from checkin_app.services.checkout_form import (
    Buyer,
    BuyerInvalid,
    CheckoutForm,
    GuestForm,
    check_forms,
)
from checkin_app.services.errors import ServiceError
from checkin_app.services.sale_offer import TicketAvailability, TicketOffer
from checkin_app.services.sale_orders import SaleBook, SaleOrders
from checkin_app.services.sale_reconcile import SaleReconciler, SaleRefused
from checkin_app.services.wix_problems import explain, is_offline, wix_call
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.sales import SaleStore
from checkin_app.storage.tickets import TicketStore
from checkin_app.wix.client import WixClient
from checkin_app.wix.errors import WixError
from checkin_app.wix.mapping import money_from_wix

__all__ = [
    "Buyer",
    "BuyerInvalid",
    "CheckoutForm",
    "GuestForm",
    "SaleRefused",
    "SalesService",
    "ShiftTotals",
    "TicketAvailability",
    "receipt_text",
]

log = logging.getLogger(__name__)

T = TypeVar("T")


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
        sales: SaleStore,
        tickets: TicketStore,
        catalog: CatalogStore,
        station: str,
        clock: Clock | None = None,
    ) -> None:
        self.client = client
        self.station = station
        self._lock = threading.RLock()
        self._book = SaleBook(client, sales, tickets, clock or Clock(), station)
        self.records = self._book.records
        self.offer = TicketOffer(client, catalog)
        self._orders = SaleOrders(self._book)
        self._reconciler = SaleReconciler(self._book, self._orders)
        self._forms: dict[str, CheckoutForm] = {}

    # -- what is on sale ----------------------------------------------------------------
    def availability(self, event_id: str) -> list[TicketAvailability]:
        """Every ticket type of the event with live stock from Wix (kept in the cache too)."""
        return self.offer.availability(event_id)

    def cached_availability(self, event_id: str) -> list[TicketAvailability]:
        """The ticket types as last downloaded (for display while offline)."""
        return self.offer.cached_availability(event_id)

    def event_title(self, event_id: str) -> str:
        return self.offer.event_title(event_id)

    def checkout_form(self, event_id: str) -> CheckoutForm:
        """The event's registration form as the checkout asks it (read from Wix)."""
        raw = wix_call("Reading the registration form", self.client.get_form, event_id)
        form = CheckoutForm.from_wix(raw, self.offer.guests_separately(event_id))
        self._forms[event_id] = form
        return form

    def seconds_left(self, sale: Sale) -> float | None:
        """Seconds until the reservation expires, by Wix's clock as far as we know it."""
        expires = parse_iso(sale.reservation_expires_at)
        if expires is None or sale.state not in (SaleState.RESERVED, SaleState.CHECKING_OUT):
            return None
        offset = self.client.last_server_date_offset_s or 0.0
        return (expires - self._book.clock.now()).total_seconds() - offset

    # -- step 9: reserve ----------------------------------------------------------------
    @_one_at_a_time
    def reserve(self, event_id: str, quantities: Mapping[str, int]) -> Sale:
        """Hold the chosen tickets (Create Ticket Reservation); returns the sale, RESERVED.

        `quantities` are by `TicketAvailability.key` (the ticket type's id, or id:option).
        Raises `SaleRefused` (nothing picked, sold out, more than left or allowed) or
        `WixProblem` (offline, or Wix refused; the sale is then recorded as FAILED).
        """
        if any(int(q) < 0 for q in quantities.values()):
            raise SaleRefused("A quantity cannot be negative.")
        wanted = {key: int(q) for key, q in quantities.items() if int(q) > 0}
        if not wanted:
            raise SaleRefused("Pick at least one ticket.")
        offer = {a.key: a for a in self.offer.cached_availability(event_id)}
        limit = self.offer.ticket_limit(event_id)
        if sum(wanted.values()) > limit:
            raise SaleRefused(f"At most {limit} tickets per order for this event.")
        lines = []
        for key, quantity in wanted.items():
            item = offer.get(key)
            if item is None:
                raise SaleRefused("That ticket type is not on sale here; refresh the list.")
            if item.sold_out:
                raise SaleRefused(f"“{item.name}” is sold out.")
            if not item.on_sale:
                raise SaleRefused(f"“{item.name}” is not on sale now.")
            if item.available is not None and quantity > item.available:
                raise SaleRefused(f"Only {item.available} “{item.name}” left.")
            lines.append(
                SaleLine(item.definition_id, item.name, quantity, item.price, item.currency,
                         item.pricing_option_id)
            )  # fmt: skip
        now = self._book.clock.now_iso()
        currencies = {line.currency for line in lines if line.currency}
        sale = self.records.insert(
            Sale(
                id=str(uuid.uuid4()), event_id=event_id, station=self.station,
                state=SaleState.RESERVING, lines=tuple(lines), created_at=now, updated_at=now,
                currency=currencies.pop() if len(currencies) == 1 else None,
                total=f"{sale_total(lines):.2f}",
            )
        )  # fmt: skip
        try:
            reservation = self.client.create_ticket_reservation([_line_to_wix(x) for x in lines])
        except WixError as exc:
            problem = explain(exc, action="Reserving the tickets")
            note = problem.args[0]
            if is_offline(exc):
                note += " If Wix did hold tickets, they return to stock when the hold expires."
            self._book.save(sale, state=SaleState.FAILED, last_error=note)
            raise problem from None
        sale = self._adopt_reservation(sale, reservation)
        if event_id not in self._forms:
            try:  # ready for the checkout; a failure here only means asking again later
                self.checkout_form(event_id)
            except Exception as exc:
                log.info("Could not read the registration form yet: %s", exc)
        return sale

    def _adopt_reservation(self, sale: Sale, reservation: Mapping[str, Any]) -> Sale:
        lines = []
        by_key = {(line.definition_id, line.pricing_option_id): line for line in sale.lines}
        for item in reservation.get("tickets") or []:
            option = (item.get("ticketInfo") or {}).get("pricingOptionId") or None
            line = by_key.get((str(item.get("ticketDefinitionId", "")), option))
            price, currency = money_from_wix(item.get("price"))
            if line is not None:
                lines.append(
                    dataclasses.replace(
                        line,
                        price=price or line.price,
                        currency=currency or line.currency,
                    )
                )
        lines = lines or list(sale.lines)
        return self._book.save(
            sale,
            state=SaleState.RESERVED,
            reservation_id=reservation.get("id"),
            reservation_expires_at=reservation.get("expirationDate"),
            lines=tuple(lines),
            total=f"{sale_total(lines):.2f}",
            last_error=None,
        )

    # -- step 10: checkout and payment --------------------------------------------------
    @_one_at_a_time
    def checkout(
        self,
        sale_id: str,
        buyer: Buyer,
        payment: Payment,
        *,
        guests: Sequence[GuestForm] = (),
        skip_form_check: bool = False,
    ) -> Sale:
        """Check out the held tickets for `buyer`.

        Cash: the order is made pay-in-person (OFFLINE_PENDING) and at once confirmed
        (PAID); call only once the money is in hand. Card: the order waits for the guest
        to pay on Wix's order page (`Sale.order_page_url`); follow it with `poll_payment`.
        `guests` are the filled-in registration forms (one per ticket when the event
        assigns guests separately); `skip_form_check` is the organizer's choice to let Wix
        take the order without them. A sale whose earlier checkout got no answer is first
        reconciled with Wix.
        """
        clean = buyer.validate()
        sale = self._book.get(sale_id)
        if sale.state is SaleState.CHECKING_OUT:
            sale = self._reconciler.reconcile(sale)
        if sale.state is SaleState.PAID:
            return sale  # a retry of a sale that went through: nothing more to do
        if sale.state is SaleState.AWAITING_PAYMENT:
            if payment is Payment.CASH and sale.order_status in ("OFFLINE_PENDING", "INITIATED",
                                                                 "PENDING"):  # fmt: skip
                # Cash in hand (also a card guest who paid cash after all): Confirm Order.
                return self._orders.confirm(self._book.save(sale, payment=Payment.CASH))
            if sale.payment is payment:
                return sale
        if sale.state is not SaleState.RESERVED:
            raise SaleRefused(_state_text(sale))
        form = self._forms.get(sale.event_id) or self.checkout_form(sale.event_id)
        if not skip_form_check:
            check_forms(form, guests, sale.ticket_count)
        return self._orders.checkout(
            sale, clean, payment, form=form, guests=guests, skip_form_check=skip_form_check
        )

    @_one_at_a_time
    def poll_payment(self, sale_id: str) -> Sale:
        """Card sale: ask Wix whether the guest has paid; PAID issues the tickets."""
        return self._orders.poll_payment(self._book.get(sale_id))

    # -- step 11: cancel, and reconciling with Wix --------------------------------------
    @_one_at_a_time
    def cancel(self, sale_id: str) -> Sale:
        """The guest walked away: cancel the reservation so its tickets return to stock."""
        return self._reconciler.cancel(self._book.get(sale_id))

    def refresh(self, sale_id: str) -> Sale:
        """Ask Wix where the sale stands (e.g. when the countdown reaches zero)."""
        return self.reconcile(sale_id)

    @_one_at_a_time
    def reconcile(self, sale_id: str, *, cancel: bool = False) -> Sale:
        """Bring the sale in line with what Wix has; never sells anything twice."""
        return self._reconciler.reconcile(self._book.get(sale_id), cancel=cancel)

    @_one_at_a_time
    def resume_unfinished(self) -> list[Sale]:
        """At start-up: reconcile every sale this station left in the middle."""
        results = []
        for sale in self.records.unfinished(self.station):
            try:
                results.append(self._reconciler.reconcile(sale))
            except ServiceError as exc:
                log.info("Could not reconcile a sale yet: %s", exc)
                results.append(sale)
        return results

    # -- shift totals -------------------------------------------------------------------
    def start_shift(self) -> None:
        """Start a new till shift at this station: totals count the sales paid from now on."""
        self.records.start_shift(self.station, self._book.clock.now_iso())

    def shift_totals(self) -> ShiftTotals:
        """Tickets sold, revenue and the cash expected in the drawer this shift."""
        since, after_seq = self.records.shift(self.station)
        sales = self.records.paid(station=self.station, after_seq=after_seq)
        return ShiftTotals(
            station=self.station,
            since=since,
            sales=len(sales),
            tickets=sum(len(s.tickets) or s.ticket_count for s in sales),
            revenue=_by_currency(sales, lambda s: True),
            cash_expected=_by_currency(sales, lambda s: s.payment is Payment.CASH),
            card=_by_currency(sales, lambda s: s.payment is Payment.CARD),
        )


def sale_total(lines: Sequence[SaleLine]) -> Decimal:
    """The price of the lines, before Wix adds any fee or tax."""
    return sum((sum_money([line.price]) * line.quantity for line in lines), Decimal(0))


def _line_to_wix(line: SaleLine) -> dict[str, Any]:
    item: dict[str, Any] = {"ticketDefinitionId": line.definition_id, "quantity": line.quantity}
    if line.pricing_option_id:
        item["ticketInfo"] = {"pricingOptionId": line.pricing_option_id}
    return item


def _state_text(sale: Sale) -> str:
    return {
        SaleState.RESERVING: "Wix has not confirmed the hold on these tickets.",
        SaleState.CANCELED: "This sale was cancelled; start a new one.",
        SaleState.EXPIRED: "The hold on these tickets expired; start a new sale.",
        SaleState.FAILED: "This sale did not go through; start a new one.",
    }.get(sale.state, f"The sale is {sale.state.value}.")


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
