"""The GUI's catalogs know every English sentence the other layers write for people: the
domain's reasons (every verdict `decide` can reach) and the services', sync's, storage's and
the scanner's messages, read from their source. A new sentence fails here until it is added
to ui/reason_text.py or ui/message_text.py (and so reaches the translators)."""

from __future__ import annotations

import re

import pytest

from checkin_app.domain.models import Event, OrderStatus, PriorCheckIn, TicketRef
from checkin_app.domain.progress import ListProgress
from checkin_app.domain.verdicts import (
    ARCHIVED_REASON,
    ORDER_STATUS_RULES,
    StatusChoices,
    decide,
    not_a_ticket,
)
from checkin_app.ui.message_text import MESSAGES, match_message
from checkin_app.ui.reason_text import REASONS, match_reason
from checkin_app.ui.text_catalog import PLACEHOLDER
from tests.support.factories import make_ticket
from tests.support.service_texts import SOURCES, all_sentences

EVENT = Event(id="ev1", title="Summer Gala", currency="USD")

# Sentence parts that are not a message on their own: the catalog holds the sentences they
# are put together into (the test of each says which).
PARTS = {
    "{} {}",  # an amount and its currency; a first and a last name
    "{} {}.",  # "<field label> <problem>." (checkout_form.py): each problem is in the catalog
    "{}: {}",  # "<field label>: <problem>" inside "{action} was refused by Wix. {details}"
    "{}; {}",  # problems joined with "; " in the same message
    "{} was refused by Wix. ",  # its start: the catalog has the whole sentence
    "The registration form is not complete: ",  # both whole forms are in the catalog
    "{} answers need",
    "Please fix the dates: ",  # "Please fix the dates: {problems}."
    "Paid by ",  # receipt lines: the GUI builds its own receipt (ui/panels/receipt.py)
    "Paid {} UTC",
    "Order {}",
    "Buyer: {}",
    "Station: {}",
    "Ticket {} ({})",
    "{} × {} @ {}",
    "Total: {} {}",
    "Free tickets: nothing to pay",
    "Not a ticket for this event{}",  # both forms ("… event", "… event: {event}") are known
    "Ticket not on the guest list{}",
    "Already checked in{}",
    "{} images",  # a camera's name in the log, not a message
    "Added {} ({}).{}",  # both forms (with and without the login link) are in the catalog
    # describe_error's sentences with "{later}": both forms (with and without "; retrying in
    # N s") are in the catalog
    "Refused a reply from Wix: {}{}.",
    "Offline: cannot reach Wix ({}){}. Nothing queued is lost.",
    "Wix asked to slow down (too many requests){}. Nothing queued is lost.",
    "Wix is having trouble ({} {}){}.",
    "Guest list still downloading{} — check by name",  # both forms are in the catalog
    "“{}”: {}",  # a refused category inside "Created {count} categories. Wix refused {refused}."
    "First name",  # field labels inside "{field} {problem}."; the form shows its own labels
    "Last name",
    "Time zone",
    "Tickets per order",
    "Reservation minutes",
    "Sale starts",
    "Sale ends",
}


def _example(shape: str) -> str:
    """A text the sentence could be at run time: each placeholder filled with a word."""
    return shape.replace("{}", "X1")


def test_every_sentence_of_the_other_layers_is_in_a_catalog() -> None:
    unknown = []
    for sentence in all_sentences():
        if sentence.shape in PARTS:
            continue
        text = _example(sentence.shape)
        if match_message(text) is None and match_reason(text) is None:
            unknown.append(f"{sentence.path}:{sentence.line}: {sentence.shape!r}")
    assert unknown == []


def test_the_scan_covers_the_modules_that_talk_to_people() -> None:
    assert "checkin_app/services/checkin.py" in SOURCES and len(all_sentences()) > 150


def _reasons_decide_can_write() -> list[str]:
    ref = TicketRef("T1", "ev1")
    texts = [
        decide(TicketRef("T1", "other"), EVENT, None, None).reason,
        decide(TicketRef("T1", "other"), EVENT, None, None, other_event_title="Jazz").reason,
        decide(ref, EVENT, None, None).reason,
        decide(ref, EVENT, None, None, cache_age_text="5 min ago").reason,
        decide(ref, EVENT, make_ticket("T1", event_id="ev1", removed=True), None).reason,
        decide(ref, EVENT, make_ticket("T1", event_id="ev1", canceled=True), None).reason,
        decide(ref, EVENT, make_ticket("T1", event_id="ev1", archived=True), None).reason,
        not_a_ticket(12).reason,
        decide(ref, EVENT, None, None, list_progress=ListProgress("ev1", complete=False)).reason,
        decide(ref, EVENT, None, None,
               list_progress=ListProgress("ev1", False, True, 12400, 20000)).reason,
    ]  # fmt: skip
    prior = PriorCheckIn(at="2026-11-28T19:42:00.000Z", station="Door 2")
    texts.append(decide(ref, EVENT, make_ticket("T1", event_id="ev1"), prior).reason)
    no_station = PriorCheckIn(at="2026-11-28T19:42:00.000Z", station=None)
    texts.append(decide(ref, EVENT, make_ticket("T1", event_id="ev1"), no_station).reason)
    for status in OrderStatus:
        ticket = make_ticket("T1", event_id="ev1", order_status=status, price="25.00",
                             currency="USD")  # fmt: skip
        for choices in (StatusChoices(), StatusChoices(False, False)):
            texts.append(decide(ref, EVENT, ticket, None, choices=choices).reason)
    for rule in ORDER_STATUS_RULES.values():
        texts.append(rule.reason)
        if rule.otherwise:
            texts.append(rule.otherwise[1])
    return [*texts, ARCHIVED_REASON]


def test_every_reason_the_domain_writes_is_in_the_reason_catalog() -> None:
    texts = _reasons_decide_can_write()
    assert len(texts) > 30
    unknown = sorted({t for t in texts if match_reason(t) is None})
    assert unknown == []
    # What the check-in service adds around a verdict's reason.
    for text in ("Admitted by supervisor (was: Ticket canceled)", "Payment collected: 25.00 USD",
                 "Check-in undone"):  # fmt: skip
        assert match_reason(text) is not None, text


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("Pay at door: collect 25.00 USD", "{reason}: collect {money}"),
        ("Not a ticket for this event: Jazz: Night", "Not a ticket for this event: {event}"),
        ("Ticket not on the guest list (guest list updated 5 min ago)",
         "Ticket not on the guest list (guest list updated {age})"),
        ("Ticket not on the guest list", "Ticket not on the guest list"),
        ("Already checked in at Door 2", "Already checked in at {station}"),
    ],
)  # fmt: skip
def test_a_reason_finds_its_own_template(text: str, template: str) -> None:
    assert match_reason(text) == template


def test_templates_name_their_placeholders_once() -> None:
    for catalog in (REASONS, MESSAGES):
        for template in catalog.templates:
            names = PLACEHOLDER.findall(template)
            assert len(names) == len(set(names)), template
            assert not re.search(r"\{\}", template), template
