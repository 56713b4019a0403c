"""The door's rules: one pure function from what is known about a ticket to a verdict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

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


@dataclass(frozen=True, slots=True)
class StatusRule:
    """The door's choice for one Wix order status; `reason` is what the card's reason line
    says, so staff see why. `otherwise` is the verdict when the organizer's settings turn
    the choice off (only for statuses the organizer may decide about)."""

    kind: VerdictKind
    reason: str
    otherwise: tuple[VerdictKind, str] | None = None


# The choice for every Wix order status (docs/wix-api.md §5), in ONE table. A ticket whose
# order is in one of these states, and which is not canceled, archived or already checked
# in, gets this verdict. Tested row by row in tests/unit/test_verdicts.py; each choice is
# explained in docs/architecture.md ("The verdicts").
ORDER_STATUS_RULES: dict[OrderStatus, StatusRule] = {
    OrderStatus.PAID: StatusRule(VerdictKind.ADMITTED, "Paid"),
    OrderStatus.FREE: StatusRule(VerdictKind.ADMITTED, "Free ticket"),
    # Wix: "paid, but the payment gateway suspended the payment" — the money may not come.
    # The organizer chooses in settings; by default the guest is admitted with a warning.
    OrderStatus.PENDING: StatusRule(
        VerdictKind.ADMITTED,
        "Admitted with a warning: paid, but the payment gateway suspended the payment",
        otherwise=(
            VerdictKind.NOT_PAID,
            "Payment suspended by the payment gateway: not admitted (organizer's setting)",
        ),
    ),
    # The card is authorised but not charged: the organizer can still void it.
    OrderStatus.AUTHORIZED: StatusRule(
        VerdictKind.ADMITTED,
        "Admitted with a warning: card authorised, not yet charged (can still be voided)",
        otherwise=(
            VerdictKind.NOT_PAID,
            "Card only authorised, not charged: not admitted (organizer's setting)",
        ),
    ),
    # "Pay at the venue": collect the money, then Confirm Order is queued and the guest admitted.
    OrderStatus.OFFLINE_PENDING: StatusRule(VerdictKind.PAYMENT_DUE, "Pay at door"),
    # Checkout started online but never paid; Confirm Order can still make it PAID, so the
    # money can be collected here like a pay-at-door order.
    OrderStatus.INITIATED: StatusRule(VerdictKind.PAYMENT_DUE, "Not paid online"),
    # Confirm Order cannot settle a part payment: send the guest to the box office.
    OrderStatus.PARTIALLY_PAID: StatusRule(VerdictKind.NOT_PAID, "Order only partly paid"),
    OrderStatus.CANCELED: StatusRule(VerdictKind.CANCELED, "Order canceled"),
    OrderStatus.DECLINED: StatusRule(VerdictKind.CANCELED, "Payment declined"),
    OrderStatus.VOIDED: StatusRule(VerdictKind.CANCELED, "Payment voided"),
    # Wix gives no status: do not admit blind; a supervisor can override.
    OrderStatus.NA_ORDER_STATUS: StatusRule(VerdictKind.NOT_PAID, "Order status unknown"),
}

# Wix's `archived` hides a ticket (or its order) from the order list; it does not cancel it.
# The door does not admit it by itself (organizers archive test orders and refunds made
# outside Wix), and says exactly that, so a supervisor can admit a guest it should not stop.
ARCHIVED_REASON = "Archived by the organizer (hidden from Wix's order list, not canceled)"


@dataclass(frozen=True, slots=True)
class StatusChoices:
    """The organizer's settings for orders Wix is still settling (default: admit both, with
    a warning on the reason line)."""

    admit_pending: bool = True
    admit_authorized: bool = True

    def rule(self, status: OrderStatus) -> tuple[VerdictKind, str]:
        """The verdict and reason for `status` under these choices."""
        rule = ORDER_STATUS_RULES[status]
        admit = {OrderStatus.PENDING: self.admit_pending,
                 OrderStatus.AUTHORIZED: self.admit_authorized}.get(status, True)  # fmt: skip
        if not admit and rule.otherwise is not None:
            return rule.otherwise
        return rule.kind, rule.reason


def payment_due_reason(status: OrderStatus, money: str) -> str:
    """The reason line of a ticket whose money is collected at the door."""
    return f"{ORDER_STATUS_RULES[status].reason}: collect {money}"


class _TicketFields(TypedDict, total=False):
    """The ticket's identity as a verdict shows it (the keyword arguments of `Verdict`)."""

    ticket_number: str | None
    event_id: str | None
    guest_name: str
    ticket_name: str
    order_number: str


def decide(
    ref: TicketRef,
    event: Event,
    ticket: Ticket | None,
    prior: PriorCheckIn | None,
    *,
    other_event_title: str | None = None,
    cache_age_text: str | None = None,
    choices: StatusChoices | None = None,
    list_progress: ListProgress | None = None,
) -> Verdict:
    """Decide one scan.

    `ticket` is the cached ticket (None when the list has no such number for this event),
    `prior` the earliest admission known (server check-in or this station's live admission),
    `other_event_title` the title of the event the code belongs to when that is not `event`,
    `choices` the organizer's settings for orders Wix is still settling.
    `list_progress` how complete the event's guest list is (an unknown ticket of a list that
    was never complete is `LIST_INCOMPLETE`, never "not on the guest list").
    """
    base: _TicketFields = {"ticket_number": ref.ticket_number, "event_id": ref.event_id or event.id}

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

    details: _TicketFields = {
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
        return Verdict(VerdictKind.CANCELED, ARCHIVED_REASON, **details)

    status_kind, status_text = (choices or StatusChoices()).rule(ticket.order_status)
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
            payment_due_reason(ticket.order_status, money),
            amount_due=amount,
            currency=ticket.currency,
            **details,
        )
    return Verdict(status_kind, status_text, **details)


def not_a_ticket(raw_length: int) -> Verdict:
    """The verdict for a payload that is not a Wix ticket code."""
    del raw_length  # the raw text is never echoed back: it may be anything
    return Verdict(VerdictKind.NOT_A_TICKET, "Not a ticket code")
