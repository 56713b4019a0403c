"""Wix's ticketed-event flow end to end through the services, against the emulator:
from a new draft event to a walk-up ticket checked in and the check-in on Wix."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from checkin_app.domain.models import InputMethod, VerdictKind
from checkin_app.domain.sales import Payment, SaleState
from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.sales import Buyer
from checkin_app.services.setup import (
    ScheduleItemForm,
    SetupValidationError,
    TicketTypeForm,
)
from checkin_app.services.wix_problems import WixProblem
from checkin_app.sync.engine import SyncEngine
from tests.support.wix_flow import STATION, Organizer, event_form


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed=None) as server:
        yield server


@pytest.fixture
def org(srv: EmulatorServer, tmp_path: Path) -> Iterator[Organizer]:
    organizer = Organizer(srv, tmp_path / "station")
    yield organizer
    organizer.close()


def test_whole_flow_from_draft_to_a_checked_in_walk_up_ticket(
    org: Organizer, srv: EmulatorServer
) -> None:
    setup = org.setup
    form = event_form()
    # 1 draft event
    created = setup.create_event(form)
    event_id = created.object_id
    assert event_id and created.wix["status"] == "DRAFT"
    assert srv.state.events[event_id]["registration"]["tickets"]["currency"] == "EUR"
    assert org.station.checkin.catalog.get_event(event_id).status == "DRAFT"  # cached at once
    # 2 ticket types
    ga = setup.add_ticket_type(event_id, TicketTypeForm("GA", "25", quantity=5))
    kids = setup.add_ticket_type(
        event_id, TicketTypeForm("Kids", free=True, fee_type="FEE_INCLUDED")
    )
    assert "25.00 EUR" in ga.summary and "free" in kids.summary
    assert {d.name for d in org.station.checkin.catalog.definitions(event_id)} == {"GA", "Kids"}
    # 3 a question on the checkout form
    question = setup.questions.add(event_id, "Company", mandatory=False)
    labels = [
        i.get("label") for c in srv.state.forms[event_id]["controls"] for i in c.get("inputs", [])
    ]
    assert "Company" in labels and question.object_id
    # 4 a policy
    setup.policies.add(event_id, "Refunds", "No refunds after the doors open.")
    assert [p["name"] for p in srv.state.policies.values() if p["eventId"] == event_id] == [
        "Refunds"
    ]
    # 5 schedule on, one item
    assert "turned on" in setup.schedule.enable(event_id).summary
    start = form.start
    setup.schedule.add(
        event_id, ScheduleItemForm("Doors open", start, start + timedelta(minutes=30))
    )
    assert [i["name"] for i in srv.state.schedule_published[event_id].values()] == ["Doors open"]
    # 6 categories (one, then several at once) and the assignment
    music = setup.categories.create(["Music"])
    several = setup.categories.create(["Outdoor", "Family"])
    assert len(several.wix["categories"]) == 2
    setup.categories.assign(event_id, music.object_id or "")
    assert event_id in srv.state.category_events[music.object_id]
    # 7 a staff member for this event
    staff = setup.staff.add("Sam", ["CHECK_IN_GUESTS", "SELL_TICKETS"], event_ids=[event_id])
    assert staff.wix["loginLink"] and srv.state.staff[staff.object_id]["name"] == "Sam"
    # 8 publish
    published = setup.publish(event_id)
    assert published.wix["status"] == "UPCOMING"
    assert org.station.checkin.catalog.get_event(event_id).status == "UPCOMING"

    # 9 a walk-up guest picks two GA tickets
    offer = {a.name: a for a in org.sales.availability(event_id)}
    assert offer["GA"].available == 5 and offer["Kids"].available is None
    sale = org.sales.reserve(event_id, {offer["GA"].definition_id: 2})
    assert sale.state is SaleState.RESERVED
    assert srv.state.reservations[sale.reservation_id]["status"] == "PENDING"
    # 20 minutes by Wix's clock (known to the second through the `Date` header)
    assert 19 * 60 < (org.sales.seconds_left(sale) or 0) <= 20 * 60 + 2
    assert {a.name: a.available for a in org.sales.availability(event_id)}["GA"] == 3
    # 10 cash: checkout pay-in-person (OFFLINE_PENDING), then Confirm Order (PAID)
    sale = org.sales.checkout(sale.id, Buyer("Ada", "Lovelace", "ada@example.com"), Payment.CASH)
    assert sale.state is SaleState.PAID and sale.order_status == "PAID"
    order = srv.state.orders[sale.order_number]
    assert order["status"] == "PAID" and order["method"] == "inPerson"
    assert order["reservationId"] == sale.reservation_id
    assert (sale.total, sale.currency) == ("50.00", "EUR")
    assert len(sale.tickets) == 2
    # the new tickets are in the door's cache at once, and one click checks one in
    ticket = sale.tickets[0]
    cached = org.station.checkin.tickets.get(event_id, ticket.ticket_number)
    assert cached is not None and cached.guest_name == "Ada Lovelace"
    verdict = org.station.checkin.scan(ticket.check_in_url, event_id, STATION, InputMethod.MANUAL)
    assert verdict.kind is VerdictKind.ADMITTED
    # 12 the queued check-in reaches Wix
    engine = SyncEngine(org.station.db, org.client)
    report = engine.push()
    assert report.pushed == 1 and report.error is None
    assert srv.state.tickets[ticket.ticket_number]["checkIn"] is not None
    assert srv.state.tickets[sale.tickets[1].ticket_number]["checkIn"] is None


def test_wix_validation_errors_come_back_by_field(org: Organizer) -> None:
    with pytest.raises(WixProblem) as caught:
        org.setup.create_event(event_form("x" * 130))
    problem = caught.value
    assert set(problem.field_errors) == {"title"}
    assert problem.field_errors["title"] == "must be at most 120 characters"
    assert "Title: must be at most 120 characters" in str(problem)
    assert not problem.offline and problem.code == "INVALID_ARGUMENT"

    event_id = org.setup.create_event(event_form()).object_id or ""
    with pytest.raises(WixProblem) as caught:
        org.setup.add_ticket_type(event_id, TicketTypeForm("N" * 31, "5"))
    assert set(caught.value.field_errors) == {"name"}
    # Checked here, before anything is sent.
    with pytest.raises(SetupValidationError) as caught:
        org.setup.add_ticket_type(event_id, TicketTypeForm("GA", "ten euros"))
    assert caught.value.field_errors == {"price": "not a number"}
    form = event_form()
    form.end = form.start - timedelta(hours=1)
    with pytest.raises(SetupValidationError) as caught:
        org.setup.create_event(form)
    assert "end" in caught.value.field_errors


def test_ticket_types_can_be_edited_and_deleted(org: Organizer, srv: EmulatorServer) -> None:
    event_id = org.setup.create_event(event_form()).object_id or ""
    added = org.setup.add_ticket_type(event_id, TicketTypeForm("Early bird", "15", quantity=50))
    definition_id = added.object_id or ""
    changed = org.setup.update_ticket_type(
        event_id, definition_id, TicketTypeForm("Early bird", "18.50", quantity=40)
    )
    assert "18.50 EUR" in changed.summary
    stored = srv.state.definitions[definition_id]
    assert stored["pricingMethod"]["fixedPrice"]["value"] == "18.50"
    assert stored["initialLimit"] == 40
    assert org.station.checkin.catalog.definitions(event_id)[0].price == "18.50"
    org.setup.delete_ticket_type(event_id, definition_id)
    assert definition_id not in srv.state.definitions
    assert org.station.checkin.catalog.definitions(event_id) == []


def test_recurring_event_and_clone(org: Organizer, srv: EmulatorServer) -> None:
    form = event_form("Yoga", online=True, venue_name="")
    form.extra_dates = [(form.start + timedelta(days=7), form.end + timedelta(days=7))]
    created = org.setup.create_event(form)
    dates = created.wix["dateAndTimeSettings"]["recurringEvents"]["individualEventDates"]
    assert len(dates) == 2 and "recurring (2 dates)" in created.summary
    assert created.wix["location"]["type"] == "ONLINE"

    source = org.setup.create_event(event_form("Gala")).object_id or ""
    org.setup.add_ticket_type(source, TicketTypeForm("GA", "25", quantity=10))
    copy = org.setup.clone_event(source, "Gala again")
    assert copy.object_id and copy.object_id != source
    assert copy.wix["title"] == "Gala again" and copy.wix["status"] == "DRAFT"
    assert [d.name for d in org.station.checkin.catalog.definitions(copy.object_id)] == ["GA"]


def test_three_policies_then_a_plain_refusal(org: Organizer) -> None:
    event_id = org.setup.create_event(event_form()).object_id or ""
    for name in ("Refunds", "Photos", "Age"):
        org.setup.policies.add(event_id, name, f"{name} policy text")
    with pytest.raises(WixProblem) as caught:
        org.setup.policies.add(event_id, "Dress code", "Smart casual")
    assert caught.value.code == "POLICIES_LIMIT_REACHED"
    assert str(caught.value).startswith("Adding the policy was refused by Wix")
    assert len(org.setup.policies.list(event_id)) == 3


def test_offline_setup_says_so_and_sends_nothing(org: Organizer, srv: EmulatorServer) -> None:
    srv.set_faults(offline=True)
    with pytest.raises(WixProblem) as caught:
        org.setup.create_event(event_form())
    assert caught.value.offline
    assert "needs the network" in str(caught.value)
    assert srv.state.events == {}
    assert org.station.checkin.catalog.events() == []
