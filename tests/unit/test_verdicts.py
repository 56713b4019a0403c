"""The verdict rules, one test per row of the order-status table and per flag."""

from __future__ import annotations

import pytest

from checkin_app.domain.models import OrderStatus, PriorCheckIn, TicketRef, VerdictKind
from checkin_app.domain.verdicts import (
    ARCHIVED_REASON,
    ORDER_STATUS_RULES,
    StatusChoices,
    decide,
)
from tests.support.factories import EVENT_ID, OTHER_EVENT_ID, make_event, make_ticket

EVENT = make_event()
NUMBER = "ABCD-EFGH-IJ001"

EXPECTED_BY_STATUS = {
    OrderStatus.PAID: VerdictKind.ADMITTED,
    OrderStatus.FREE: VerdictKind.ADMITTED,
    OrderStatus.PENDING: VerdictKind.ADMITTED,
    OrderStatus.AUTHORIZED: VerdictKind.ADMITTED,
    OrderStatus.OFFLINE_PENDING: VerdictKind.PAYMENT_DUE,
    OrderStatus.INITIATED: VerdictKind.PAYMENT_DUE,
    OrderStatus.PARTIALLY_PAID: VerdictKind.NOT_PAID,
    OrderStatus.NA_ORDER_STATUS: VerdictKind.NOT_PAID,
    OrderStatus.CANCELED: VerdictKind.CANCELED,
    OrderStatus.DECLINED: VerdictKind.CANCELED,
    OrderStatus.VOIDED: VerdictKind.CANCELED,
}


def test_the_table_covers_every_status() -> None:
    assert set(ORDER_STATUS_RULES) == set(OrderStatus)
    assert set(EXPECTED_BY_STATUS) == set(OrderStatus)


@pytest.mark.parametrize(("status", "expected"), EXPECTED_BY_STATUS.items())
def test_order_status_rows(status: OrderStatus, expected: VerdictKind) -> None:
    ticket = make_ticket(NUMBER, order_status=status)
    verdict = decide(TicketRef(NUMBER), EVENT, ticket, None)
    assert verdict.kind is expected
    assert verdict.guest_name == "Ada Lovelace"
    assert verdict.ticket_name == "General Admission"
    assert verdict.reason


def test_payment_due_names_the_amount() -> None:
    ticket = make_ticket(NUMBER, order_status=OrderStatus.OFFLINE_PENDING, price="25.00")
    verdict = decide(TicketRef(NUMBER), EVENT, ticket, None)
    assert verdict.reason == "Pay at door: collect 25.00 USD"
    assert verdict.amount_due == "25.00"


@pytest.mark.parametrize(
    ("flag", "reason"),
    [
        ("canceled", "Ticket canceled"),
        ("archived", ARCHIVED_REASON),
        ("order_archived", ARCHIVED_REASON),
        ("removed", "Ticket no longer on the guest list"),
    ],
)
def test_flags_cancel_even_a_paid_ticket(flag: str, reason: str) -> None:
    ticket = make_ticket(NUMBER, **{flag: True})
    verdict = decide(TicketRef(NUMBER), EVENT, ticket, None)
    assert verdict.kind is VerdictKind.CANCELED
    assert verdict.reason == reason


def test_already_checked_in_says_when_and_where() -> None:
    ticket = make_ticket(NUMBER)
    prior = PriorCheckIn(at="2026-11-28T19:42:00.000Z", station="Door 2")
    verdict = decide(TicketRef(NUMBER), EVENT, ticket, prior)
    assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN
    assert verdict.checked_in_at == "2026-11-28T19:42:00.000Z"
    assert verdict.checked_in_station == "Door 2"
    assert "Door 2" in verdict.reason


def test_checked_in_on_the_server_has_no_station() -> None:
    verdict = decide(TicketRef(NUMBER), EVENT, make_ticket(NUMBER), PriorCheckIn(at="t"))
    assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN
    assert verdict.checked_in_station is None


def test_canceled_beats_already_checked_in() -> None:
    ticket = make_ticket(NUMBER, canceled=True)
    verdict = decide(TicketRef(NUMBER), EVENT, ticket, PriorCheckIn(at="t", station="Door 1"))
    assert verdict.kind is VerdictKind.CANCELED


def test_already_checked_in_beats_payment_due() -> None:
    ticket = make_ticket(NUMBER, order_status=OrderStatus.OFFLINE_PENDING)
    verdict = decide(TicketRef(NUMBER), EVENT, ticket, PriorCheckIn(at="t", station="Door 1"))
    assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN


def test_wrong_event_names_the_other_event() -> None:
    verdict = decide(
        TicketRef(NUMBER, OTHER_EVENT_ID), EVENT, None, None, other_event_title="Winter Ball"
    )
    assert verdict.kind is VerdictKind.WRONG_EVENT
    assert verdict.reason == "Not a ticket for this event: Winter Ball"


def test_unknown_ticket_says_how_old_the_list_is() -> None:
    verdict = decide(TicketRef(NUMBER, EVENT_ID), EVENT, None, None, cache_age_text="5 min ago")
    assert verdict.kind is VerdictKind.UNKNOWN_TICKET
    assert "5 min ago" in verdict.reason


@pytest.mark.parametrize("kind", list(VerdictKind))
def test_every_verdict_has_a_severity(kind: VerdictKind) -> None:
    assert kind.severity in {"ok", "attention", "rejected"}


@pytest.mark.parametrize(
    ("status", "choices", "kind", "words"),
    [
        (OrderStatus.PENDING, StatusChoices(), VerdictKind.ADMITTED, "gateway suspended"),
        (OrderStatus.AUTHORIZED, StatusChoices(), VerdictKind.ADMITTED, "can still be voided"),
        (OrderStatus.PENDING, StatusChoices(admit_pending=False), VerdictKind.NOT_PAID,
         "organizer's setting"),
        (OrderStatus.AUTHORIZED, StatusChoices(admit_authorized=False), VerdictKind.NOT_PAID,
         "organizer's setting"),
        # Each setting touches its own status only.
        (OrderStatus.AUTHORIZED, StatusChoices(admit_pending=False), VerdictKind.ADMITTED,
         "warning"),
        (OrderStatus.PAID, StatusChoices(False, False), VerdictKind.ADMITTED, "Paid"),
    ],
)  # fmt: skip
def test_the_organizer_chooses_whether_settling_payments_admit(
    status: OrderStatus, choices: StatusChoices, kind: VerdictKind, words: str
) -> None:
    ticket = make_ticket(NUMBER, order_status=status)
    verdict = decide(TicketRef(NUMBER), EVENT, ticket, None, choices=choices)
    assert verdict.kind is kind
    assert words in verdict.reason  # the choice is visible on the card's reason line


def test_default_choices_admit_settling_payments_with_a_warning() -> None:
    for status in (OrderStatus.PENDING, OrderStatus.AUTHORIZED):
        verdict = decide(TicketRef(NUMBER), EVENT, make_ticket(NUMBER, order_status=status), None)
        assert verdict.admitted and verdict.reason.startswith("Admitted with a warning")
        assert ORDER_STATUS_RULES[status].otherwise is not None


def test_an_order_never_paid_online_can_be_paid_at_the_door() -> None:
    ticket = make_ticket(NUMBER, order_status=OrderStatus.INITIATED, price="40.00")
    verdict = decide(TicketRef(NUMBER), EVENT, ticket, None)
    assert verdict.kind is VerdictKind.PAYMENT_DUE
    assert verdict.reason == "Not paid online: collect 40.00 USD"
