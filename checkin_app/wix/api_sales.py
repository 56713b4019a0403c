"""Walk-up sales: Ticket Reservations, Checkout, Confirm Order, Orders (docs/wix-api.md §4, §5)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from checkin_app.wix import paging
from checkin_app.wix.http_core import Params, WixHttp, path_segment
from checkin_app.wix.replies import items, unwrap

RESERVATIONS = "/events/v1/ticket-reservations"
CHECKOUT = "/events/v1/checkout"
ORDERS = "/events/v1/orders"

MAX_ORDERS_PAGE = 100  # the request allows 400, the reply is annotated ≤100: stay safe
MAX_ORDER_NUMBERS = 100


def _event_orders(event_id: str) -> str:
    return f"/events/v1/events/{path_segment(event_id)}/orders"


class SalesApi(WixHttp):
    """Reserve tickets, check out (pay in person), confirm and read orders."""

    # -- reservations -------------------------------------------------------------------

    def create_ticket_reservation(
        self,
        tickets: Sequence[Mapping[str, Any]],
        *,
        settings: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Hold tickets: `tickets` = `[{"ticketDefinitionId": id, "quantity": n}, ...]`.

        Returns the reservation (`id`, `status` PENDING, `expirationDate`, `tickets`).
        """
        if not 1 <= len(tickets) <= 50:
            raise ValueError("a reservation has 1..50 ticket lines")
        reservation: dict[str, Any] = {"tickets": [dict(t) for t in tickets]}
        if settings:
            reservation["additionalReservationSettings"] = dict(settings)
        reply = self._call("POST", RESERVATIONS, body={"ticketReservation": reservation})
        return unwrap(reply, "ticketReservation")

    def get_ticket_reservation(self, reservation_id: str) -> dict[str, Any]:
        """Return a reservation (its `status` shows whether it expired)."""
        reply = self._call("GET", f"{RESERVATIONS}/{path_segment(reservation_id)}")
        return unwrap(reply, "ticketReservation")

    def cancel_ticket_reservation(self, reservation_id: str) -> dict[str, Any]:
        """Release held tickets (status → CANCELED_MANUALLY); returns the reservation."""
        reply = self._call("POST", f"{RESERVATIONS}/{path_segment(reservation_id)}/cancel", body={})
        return unwrap(reply, "ticketReservation")

    # -- checkout and orders ------------------------------------------------------------

    def checkout(
        self,
        event_id: str,
        reservation_id: str,
        buyer: Mapping[str, str],
        *,
        guests: Sequence[Mapping[str, Any]] | None = None,
        pay_in_person: bool = False,
        options: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Turn a reservation into an order; returns `{"order", "expires", "reservations",
        "orderPageUrl"}`. `pay_in_person=True` makes an `OFFLINE_PENDING` order (cash at the
        door) to be confirmed with `confirm_orders` once paid.

        `buyer` = `{"firstName", "lastName", "email"}`; `guests` = `[{"form": {"inputValues":
        [...]}}]` when the event assigns guests separately.
        """
        opts = dict(options or {})
        if pay_in_person:
            opts["payInPerson"] = True
        body: dict[str, Any] = {
            "eventId": event_id,
            "reservationId": reservation_id,
            "buyer": dict(buyer),
        }
        if guests:
            body["guests"] = [dict(g) for g in guests]
        if opts:
            body["options"] = opts
        reply = self._call("POST", CHECKOUT, body=body)
        unwrap(reply, "order")  # a checkout reply without an order is broken
        return reply

    def confirm_orders(self, event_id: str, order_numbers: Sequence[str]) -> list[dict[str, Any]]:
        """Mark orders paid (INITIATED/PENDING/OFFLINE_PENDING → PAID); returns the orders."""
        numbers = [str(n) for n in order_numbers]
        if not 1 <= len(numbers) <= MAX_ORDER_NUMBERS:
            raise ValueError(f"confirm 1..{MAX_ORDER_NUMBERS} orders per call")
        reply = self._call(
            "POST", f"{_event_orders(event_id)}/confirm", body={"orderNumber": numbers}
        )
        return items(reply, "orders")

    def get_order(
        self,
        event_id: str,
        order_number: str,
        *,
        fieldsets: Sequence[str] = ("DETAILS", "TICKETS"),
    ) -> dict[str, Any]:
        """Return one order with the requested fieldsets (TICKETS, DETAILS, FORM, INVOICE)."""
        reply = self._call(
            "GET",
            f"{_event_orders(event_id)}/{path_segment(order_number)}",
            params={"fieldset": list(fieldsets)},
        )
        return unwrap(reply, "order")

    def list_orders(
        self,
        event_id: str | Sequence[str] | None = None,
        *,
        offset: int = 0,
        limit: int = MAX_ORDERS_PAGE,
        fieldsets: Sequence[str] = ("DETAILS",),
        order_numbers: Sequence[str] = (),
        status: Sequence[str] = (),
        tags: Sequence[str] = (),
        facets: Sequence[str] = (),
        sort: str | None = None,
    ) -> dict[str, Any]:
        """One page of List Orders: `{"total", "offset", "limit", "orders", "facets", ...}`."""
        if not 0 < limit <= MAX_ORDERS_PAGE:
            raise ValueError(f"limit must be 1..{MAX_ORDERS_PAGE}")
        events = [event_id] if isinstance(event_id, str) else list(event_id or [])
        params: Params = {
            "eventId": events,
            "offset": offset,
            "limit": limit,
            "fieldset": list(fieldsets),
            "orderNumber": list(order_numbers),
            "status": list(status),
            "tag": list(tags),
            "facet": list(facets),
            "sort": sort,
        }
        return self._call("GET", ORDERS, params=params)

    def iter_orders(
        self,
        event_id: str | Sequence[str] | None = None,
        *,
        page_size: int = MAX_ORDERS_PAGE,
        fieldsets: Sequence[str] = ("DETAILS",),
        status: Sequence[str] = (),
    ) -> Iterator[dict[str, Any]]:
        """Every order (of the event(s)), offset page by page."""
        if not 0 < page_size <= MAX_ORDERS_PAGE:
            raise ValueError(f"page_size must be 1..{MAX_ORDERS_PAGE}")
        return paging.iter_offset(
            lambda offset, limit: self.list_orders(
                event_id,
                offset=offset,
                limit=limit,
                fieldsets=fieldsets,
                status=status,
                sort="created:asc",
            ),
            "orders",
            page_size,
            total_of=paging.legacy_total,
        )

    def get_orders_summary(self, event_id: str) -> list[dict[str, Any]]:
        """Sales per currency: `[{"total", "totalOrders", "revenue", ...}]`."""
        return items(self._call("GET", f"{ORDERS}/summary", params={"eventId": event_id}), "sales")
