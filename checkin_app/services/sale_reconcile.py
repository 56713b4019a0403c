"""Bringing a walk-up sale in line with what Wix has (after a timeout, a crash, a restart),
and cancelling one when the guest walks away.

Qt-free; used by `SalesService`. Never creates anything on Wix except confirming an order
whose cash this station already took, so asking again can never sell twice.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from checkin_app.domain.models import OrderStatus
from checkin_app.domain.sales import Payment, Sale, SaleState
from checkin_app.services.errors import ServiceError
from checkin_app.services.sale_orders import ORDER_FAILED, ORDER_PAID, SaleBook, SaleOrders
from checkin_app.services.wix_problems import explain, wix_call
from checkin_app.wix.errors import WixError, WixNotFoundError, WixPermanentError

log = logging.getLogger(__name__)

ORDER_LOOKUP_PAGES = 3  # newest orders first: a walk-up order is near the top


class SaleRefused(ServiceError):
    """The sale cannot go ahead as asked (sold out, too many, nothing picked, ...)."""


def reservation_state(reservation: Mapping[str, Any], default: SaleState) -> SaleState:
    """The sale state a reservation's status means (PENDING: still held)."""
    status = reservation.get("status")
    if status == "EXPIRED":
        return SaleState.EXPIRED
    if status in ("CANCELED", "CANCELED_MANUALLY"):
        return SaleState.CANCELED
    if status == "PENDING":
        return SaleState.RESERVED
    return default


class SaleReconciler:
    """Asks Wix where a sale stands: the order made from its reservation, or the reservation."""

    def __init__(self, book: SaleBook, orders: SaleOrders) -> None:
        self._book = book
        self._orders = orders

    def reconcile(self, sale: Sale, *, cancel: bool = False) -> Sale:
        """Bring the sale in line with what Wix has: the reservation's status and any order
        made from it. Safe to call at any time."""
        book = self._book
        if sale.state.finished:
            return sale
        if sale.reservation_id is None:
            return book.save(
                sale, state=SaleState.FAILED,
                last_error="Wix's answer to the reservation was lost; any held tickets return "
                "to stock when the hold expires.",
            )  # fmt: skip
        reservation_id = sale.reservation_id
        if sale.state is SaleState.AWAITING_PAYMENT and sale.order_number:
            order = wix_call(
                "Checking the order", book.client.get_order, sale.event_id, sale.order_number
            )
            return self._resume_order(sale, order)
        found = self._find_order(sale)
        if found is not None:
            sale = self._orders.adopt_order(sale, found, None)
            if sale.state is SaleState.AWAITING_PAYMENT:
                return self._resume_order(sale, found)
            return sale
        try:
            reservation = book.client.get_ticket_reservation(reservation_id)
        except WixNotFoundError:
            return book.save(sale, state=SaleState.EXPIRED, last_error="Wix no longer holds it.")
        except WixError as exc:
            raise explain(exc, action="Checking the reservation") from None
        if reservation.get("status") == "PENDING" and not cancel:
            return book.save(
                sale,
                state=SaleState.RESERVED,
                reservation_expires_at=reservation.get("expirationDate")
                or sale.reservation_expires_at,
            )
        return book.save(sale, state=reservation_state(reservation, SaleState.CANCELED))

    def cancel(self, sale: Sale) -> Sale:
        """The guest walked away: cancel the reservation so its tickets return to stock
        (an unpaid order made from it is cancelled with it)."""
        if sale.state.finished:
            return sale
        if sale.state is SaleState.AWAITING_PAYMENT and sale.payment is Payment.CASH:
            raise SaleRefused(
                "The cash was taken for this sale: finish it (Retry) instead of cancelling."
            )
        book = self._book
        if sale.reservation_id is None:
            return book.save(
                sale, state=SaleState.FAILED, last_error="Cancelled before Wix held tickets."
            )
        try:
            reservation = book.client.cancel_ticket_reservation(sale.reservation_id)
        except WixError as exc:
            if isinstance(exc, WixPermanentError):
                # Already gone (expired, cancelled, or paid): ask Wix what it is.
                return self.reconcile(sale, cancel=True)
            raise explain(exc, action="Cancelling the reservation") from None
        return book.save(
            sale, state=reservation_state(reservation, SaleState.CANCELED), last_error=None
        )

    def _resume_order(self, sale: Sale, order: Mapping[str, Any]) -> Sale:
        book = self._book
        status = str(order.get("status") or "")
        if status in ORDER_PAID:
            return self._orders.finish(book.save(sale, order_status=status))
        if status in ORDER_FAILED:
            return book.save(sale, state=SaleState.FAILED, order_status=status,
                             last_error=f"Wix says the order is {status}.")  # fmt: skip
        if status == OrderStatus.OFFLINE_PENDING.value and sale.payment is Payment.CASH:
            return self._orders.confirm(book.save(sale, order_status=status))
        return book.save(sale, order_status=status)

    def _find_order(self, sale: Sale) -> dict[str, Any] | None:
        """The order Wix made from this sale's reservation, if any (newest orders first)."""
        book = self._book
        for page in range(ORDER_LOOKUP_PAGES):
            reply = wix_call(
                "Looking for the order", book.client.list_orders, sale.event_id,
                offset=page * 100, limit=100, fieldsets=("DETAILS",), sort="created:desc",
            )  # fmt: skip
            orders = reply.get("orders") or []
            for order in orders:
                if isinstance(order, dict) and order.get("reservationId") == sale.reservation_id:
                    return order
            if len(orders) < 100:
                break
        return None
