"""Walk-up sales, steps 10–11 of Wix's flow: check out, take the payment, issue the tickets.

Qt-free; used by `SalesService`, which holds the lock that keeps one station's sale steps
from interleaving. Every step saves the sale before and after its Wix call (the `SaleBook`),
so a lost answer is reconciled with Wix before anything is tried again.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, Unpack

from checkin_app.domain.clock import Clock
from checkin_app.domain.models import OrderStatus, Ticket
from checkin_app.domain.sales import Payment, Sale, SaleChanges, SaleState, SoldTicket
from checkin_app.services.checkout_form import (
    BUYER_LABELS,
    Buyer,
    CheckoutForm,
    GuestForm,
    violation_rules,
)
from checkin_app.services.errors import ServiceError
from checkin_app.services.wix_problems import explain, wix_call
from checkin_app.storage.sales import SaleStore
from checkin_app.storage.tickets import TicketStore
from checkin_app.wix.client import WixClient
from checkin_app.wix.errors import WixError, WixNotFoundError, WixPermanentError
from checkin_app.wix.mapping import money_from_wix, ticket_from_wix

log = logging.getLogger(__name__)

T = TypeVar("T")

CHECK_IN_URL = "https://www.wixevents.com/check-in/{number},{event_id}"
ORDER_FAILED = frozenset({"CANCELED", "DECLINED", "VOIDED"})
ORDER_PAID = frozenset({"PAID", "FREE"})
CONFIRMABLE = frozenset({"OFFLINE_PENDING", "INITIATED", "PENDING"})  # Confirm Order → PAID


@dataclass
class SaleBook:
    """What every sale step works with: the Wix client and the station's records."""

    client: WixClient
    records: SaleStore
    tickets: TicketStore
    clock: Clock
    station: str

    def save(self, sale: Sale, **changes: Unpack[SaleChanges]) -> Sale:
        return self.records.save(sale, updated_at=self.clock.now_iso(), **changes)

    def get(self, sale_id: str) -> Sale:
        sale = self.records.get(sale_id)
        if sale is None:
            raise ServiceError("That sale is not on this station.")
        return sale


class SaleOrders:
    """Checkout, Confirm Order, payment polling and issuing the tickets of a sale."""

    def __init__(self, book: SaleBook) -> None:
        self._book = book

    def checkout(
        self,
        sale: Sale,
        buyer: Buyer,
        payment: Payment,
        *,
        form: CheckoutForm,
        guests: Sequence[GuestForm],
        skip_form_check: bool,
    ) -> Sale:
        """Send Checkout for a RESERVED sale (pay in person for cash, else a card order).

        `guests` become `guests[].form.inputValues`; `skip_form_check` asks Wix to accept
        the order without validating them (`options.ignoreFormValidation`)."""
        book = self._book
        sale = book.save(
            sale,
            state=SaleState.CHECKING_OUT,
            payment=payment,
            buyer_first_name=buyer.first_name,
            buyer_last_name=buyer.last_name,
            buyer_email=buyer.email,
            last_error=None,
        )
        options = {"ignoreFormValidation": True} if skip_form_check else None
        try:
            reply = book.client.checkout(
                sale.event_id,
                sale.reservation_id or "",
                buyer.to_wix(),
                guests=[g.to_wix() for g in guests] or None,
                pay_in_person=payment is Payment.CASH,
                options=options,
            )
        except WixError as exc:
            return self._checkout_failed(sale, exc, form, len(guests))
        sale = self.adopt_order(sale, reply.get("order") or {}, reply.get("orderPageUrl"))
        if payment is Payment.CASH and sale.state is SaleState.AWAITING_PAYMENT:
            return self.confirm(sale)
        return sale

    def _checkout_failed(self, sale: Sale, exc: WixError, form: CheckoutForm, forms: int) -> Sale:
        rules = violation_rules(forms, form.questions)
        problem = explain(exc, action="Checking out", rules=rules, labels=BUYER_LABELS)
        if isinstance(exc, WixPermanentError):
            # Wix refused: no order exists. Back to RESERVED unless the hold is gone.
            state = SaleState.RESERVED
            if isinstance(exc, WixNotFoundError) or "EXPIRED" in (exc.code or ""):
                state = SaleState.EXPIRED
            self._book.save(sale, state=state, last_error=problem.args[0])
        else:
            # No answer: an order may or may not exist. Stay CHECKING_OUT so the next
            # attempt asks Wix first.
            self._book.save(sale, last_error=problem.args[0])
        raise problem from None

    def adopt_order(self, sale: Sale, order: Mapping[str, Any], page_url: str | None) -> Sale:
        """Record the order Wix made for the sale; a paid one issues the tickets."""
        status = str(order.get("status") or "")
        total, currency = money_from_wix(order.get("totalPrice"))
        changes: SaleChanges = {
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
        sale = self._book.save(sale, **changes)
        if status in ORDER_PAID:
            return self.finish(sale)
        if status in ORDER_FAILED:
            return self._book.save(
                sale, state=SaleState.FAILED, last_error=f"Wix says the order is {status}."
            )
        return sale

    def confirm(self, sale: Sale) -> Sale:
        """Cash is in hand: Confirm Order (OFFLINE_PENDING → PAID), then issue the tickets."""
        book = self._book
        orders = wix_call(
            "Confirming the payment", book.client.confirm_orders, sale.event_id,
            [sale.order_number or ""],
        )  # fmt: skip
        status = next(
            (o.get("status") for o in orders if o.get("orderNumber") == sale.order_number), None
        )
        if status not in ORDER_PAID:
            order = wix_call(
                "Reading the order", book.client.get_order, sale.event_id, sale.order_number or ""
            )
            status = order.get("status")
        if status not in ORDER_PAID:
            book.save(sale, order_status=status, last_error=f"Wix says the order is {status}.")
            raise ServiceError(f"Wix did not mark the order paid (it is {status}). Try again.")
        return self.finish(book.save(sale, order_status=status))

    def poll_payment(self, sale: Sale) -> Sale:
        """Card sale: ask Wix whether the guest has paid; PAID issues the tickets."""
        if sale.state is not SaleState.AWAITING_PAYMENT:
            return sale
        book = self._book
        order = wix_call(
            "Checking the payment", book.client.get_order, sale.event_id, sale.order_number or ""
        )
        return self.adopt_order(sale, order, None)

    def finish(self, sale: Sale) -> Sale:
        """The order is paid: fetch its tickets and put them in the door's cache at once."""
        book = self._book
        order = wix_call(
            "Fetching the new tickets", book.client.get_order, sale.event_id,
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
            book.tickets.upsert_many(tickets)
        total, currency = money_from_wix(order.get("totalPrice"))
        return book.save(
            sale,
            state=SaleState.PAID,
            order_status=status.value,
            tickets=tuple(sold),
            total=total or sale.total,
            currency=currency or sale.currency,
            paid_at=book.clock.now_iso(),
            last_error=None,
        )
