"""The door's rules: one pure function from what is known about a ticket to a verdict."""

from __future__ import annotations

from checkin_app.domain.models import (
    Event,
    OrderStatus,
    PriorCheckIn,
    Ticket,
    TicketRef,
    Verdict,
    VerdictKind,
)
from checkin_app.domain.progress import ListProgress

# The choice for every Wix order status (docs/wix-api.md §5). A ticket whose order is in one of
# these states, and which is not canceled, archived or already checked in, gets this verdict.
# Tested row by row in tests/unit/test_verdicts.py.
ORDER_STATUS_RULES: dict[OrderStatus, tuple[VerdictKind, str]] = {
    OrderStatus.PAID: (VerdictKind.ADMITTED, "Paid"),
    OrderStatus.FREE: (VerdictKind.ADMITTED, "Free ticket"),
    # Paid online, the gateway still settling: the guest paid, Wix will finish it.
    OrderStatus.PENDING: (VerdictKind.ADMITTED, "Paid (payment still settling at Wix)"),
    # Card authorised, not yet captured: the money is held for the organiser.
    OrderStatus.AUTHORIZED: (VerdictKind.ADMITTED, "Paid (card authorised)"),
    # "Pay at the venue": collect the money, then Confirm Order is queued and the guest admitted.
    OrderStatus.OFFLINE_PENDING: (VerdictKind.PAYMENT_DUE, "Pay at door"),
    # Checkout started but never paid: there is no money to collect here for it.
    OrderStatus.INITIATED: (VerdictKind.NOT_PAID, "Order was never paid"),
    # Confirm Order cannot settle a part payment: send the guest to the box office.
    OrderStatus.PARTIALLY_PAID: (VerdictKind.NOT_PAID, "Order only partly paid"),
    OrderStatus.CANCELED: (VerdictKind.CANCELED, "Order canceled"),
    OrderStatus.DECLINED: (VerdictKind.CANCELED, "Payment declined"),
    OrderStatus.VOIDED: (VerdictKind.CANCELED, "Payment voided"),
    # Wix gives no status: do not admit blind; a supervisor can override.
    OrderStatus.NA_ORDER_STATUS: (VerdictKind.NOT_PAID, "Order status unknown"),
}


def decide(
    ref: TicketRef,
    event: Event,
    ticket: Ticket | None,
    prior: PriorCheckIn | None,
    *,
    other_event_title: str | None = None,
    cache_age_text: str | None = None,
    list_progress: ListProgress | None = None,
) -> Verdict:
    """Decide one scan.

    `ticket` is the cached ticket (None when the list has no such number for this event),
    `prior` the earliest admission known (server check-in or this station's live admission),
    `other_event_title` the title of the event the code belongs to when that is not `event`,
    `list_progress` how complete the event's guest list is (an unknown ticket of a list that
    was never complete is `LIST_INCOMPLETE`, never "not on the guest list").
    """
    base = {"ticket_number": ref.ticket_number, "event_id": ref.event_id or event.id}

    if ref.event_id is not None and ref.event_id != event.id:
        where = f": {other_event_title}" if other_event_title else ""
        return Verdict(VerdictKind.WRONG_EVENT, f"Not a ticket for this event{where}", **base)

    if ticket is None and list_progress is not None and not list_progress.complete:
        if list_progress.total:
            so_far = f" ({list_progress.received:,} of {list_progress.total:,})"
            return Verdict(
                VerdictKind.LIST_INCOMPLETE,
                f"Guest list still downloading{so_far} — check by name",
                **base,
            )
        return Verdict(
            VerdictKind.LIST_INCOMPLETE, "Guest list not downloaded yet — check by name", **base
        )

    if ticket is None:
        age = f" (guest list updated {cache_age_text})" if cache_age_text else ""
        return Verdict(VerdictKind.UNKNOWN_TICKET, f"Ticket not on the guest list{age}", **base)

    details = {
        "ticket_number": ticket.ticket_number,
        "event_id": ticket.event_id,
        "guest_name": ticket.guest_name,
        "ticket_name": ticket.ticket_name,
        "order_number": ticket.order_number,
    }
    if ticket.removed:
        return Verdict(VerdictKind.CANCELED, "Ticket no longer on the guest list", **details)
    if ticket.canceled:
        return Verdict(VerdictKind.CANCELED, "Ticket canceled", **details)
    if ticket.archived or ticket.order_archived:
        return Verdict(VerdictKind.CANCELED, "Ticket archived by the organizer", **details)

    status_kind, status_text = ORDER_STATUS_RULES[ticket.order_status]
    if status_kind is VerdictKind.CANCELED:
        return Verdict(status_kind, status_text, **details)

    if prior is not None:
        where = f" at {prior.station}" if prior.station else ""
        return Verdict(
            VerdictKind.ALREADY_CHECKED_IN,
            f"Already checked in{where}",
            checked_in_at=prior.at,
            checked_in_station=prior.station,
            **details,
        )

    if status_kind is VerdictKind.PAYMENT_DUE:
        amount = ticket.price or "0"
        money = f"{amount} {ticket.currency}".strip() if ticket.currency else amount
        return Verdict(
            status_kind,
            f"Pay at door: collect {money}",
            amount_due=amount,
            currency=ticket.currency,
            **details,
        )
    return Verdict(status_kind, status_text, **details)


def not_a_ticket(raw_length: int) -> Verdict:
    """The verdict for a payload that is not a Wix ticket code."""
    del raw_length  # the raw text is never echoed back: it may be anything
    return Verdict(VerdictKind.NOT_A_TICKET, "Not a ticket code")
