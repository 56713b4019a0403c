"""Walk-up sales on real events (issue 13.5, 13.6, 13.10): the registration form at checkout,
ticket types priced by option, and the reservation's status as Wix documents it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from checkin_app.domain.sales import Payment, SaleState
from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.checkout_form import BuyerInvalid, GuestForm
from checkin_app.services.sales import Buyer
from checkin_app.services.setup import TicketTypeForm
from checkin_app.wix.errors import WixError
from checkin_app.wix.mapping import ticket_definition_from_wix
from tests.support.wix_flow import Organizer, published_event

ADA = Buyer("Ada", "Lovelace", "ada@example.com")


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed=None) as server:
        yield server


@pytest.fixture
def org(srv: EmulatorServer, tmp_path: Path) -> Iterator[Organizer]:
    organizer = Organizer(srv, tmp_path / "station")
    yield organizer
    organizer.close()


def reservation(srv: EmulatorServer, reservation_id: str | None) -> dict:
    return srv.state.reservations[reservation_id or ""]


# -- 13.10: the reservation becomes CONFIRMED on payment -----------------------------------


def test_a_card_order_leaves_its_reservation_pending_until_paid(
    org: Organizer, srv: EmulatorServer
) -> None:
    event_id, ga, _ = published_event(org)
    sale = org.sales.checkout(org.sales.reserve(event_id, {ga: 2}).id, ADA, Payment.CARD)
    assert sale.state is SaleState.AWAITING_PAYMENT
    assert reservation(srv, sale.reservation_id)["status"] == "PENDING"
    # The tickets count once: sold with the order, no longer also reserved.
    details = org.client.get_ticket_definition(ga, fields=("SALES_DETAILS",))["salesDetails"]
    assert (details["soldCount"], details["reservedCount"], details["unsoldCount"]) == (2, 0, 3)
    with pytest.raises(WixError) as caught:  # one reservation, one order
        org.client.checkout(event_id, sale.reservation_id or "", ADA.to_wix())
    assert caught.value.code == "RESERVATION_NOT_PENDING"
    srv.mark_order_paid(sale.order_number or "")
    assert reservation(srv, sale.reservation_id)["status"] == "CONFIRMED"
    assert org.sales.poll_payment(sale.id).state is SaleState.PAID


def test_cash_confirms_the_reservation_only_when_confirm_order_pays_it(
    org: Organizer, srv: EmulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id, ga, _ = published_event(org)
    sale = org.sales.reserve(event_id, {ga: 1})
    with monkeypatch.context() as patch:
        patch.setattr(org.client, "confirm_orders", lambda *a, **k: [])  # Confirm not sent
        with pytest.raises(Exception, match="did not mark the order paid"):
            org.sales.checkout(sale.id, ADA, Payment.CASH)
    assert srv.state.orders[org.sales.records.get(sale.id).order_number]["status"] == (
        "OFFLINE_PENDING"
    )
    assert reservation(srv, sale.reservation_id)["status"] == "PENDING"
    assert org.sales.reconcile(sale.id).state is SaleState.PAID  # cash was taken: confirm
    assert reservation(srv, sale.reservation_id)["status"] == "CONFIRMED"


def test_an_unpaid_card_order_is_cancelled_when_its_hold_expires(
    org: Organizer, srv: EmulatorServer
) -> None:
    event_id, ga, _ = published_event(org)
    sale = org.sales.checkout(org.sales.reserve(event_id, {ga: 2}).id, ADA, Payment.CARD)
    srv.advance_clock(20 * 60 + 1)
    assert {a.name: a.available for a in org.sales.availability(event_id)}["GA"] == 5
    assert reservation(srv, sale.reservation_id)["status"] == "EXPIRED"
    assert srv.state.orders[sale.order_number or ""]["status"] == "CANCELED"
    assert org.sales.poll_payment(sale.id).state is SaleState.FAILED


def test_free_tickets_confirm_the_reservation_at_checkout(
    org: Organizer, srv: EmulatorServer
) -> None:
    event_id, _ga, _ = published_event(org)
    kids = org.setup.add_ticket_type(event_id, TicketTypeForm("Kids", free=True)).object_id
    sale = org.sales.checkout(org.sales.reserve(event_id, {kids or "": 1}).id, ADA, Payment.CASH)
    assert sale.state is SaleState.PAID and sale.order_status == "FREE"
    assert reservation(srv, sale.reservation_id)["status"] == "CONFIRMED"


def test_the_events_query_pages_by_offset_only(org: Organizer) -> None:
    published_event(org)
    assert org.client.query_events(limit=10)["pagingMetadata"]["total"] == 1
    with pytest.raises(WixError) as caught:
        org.client._call(
            "POST", "/events/v3/events/query", body={"query": {"cursorPaging": {"limit": 10}}}
        )
    assert caught.value.status == 400
    assert "query.cursorPaging" in str(caught.value.field_violations)


# -- 13.5: the registration form at checkout ------------------------------------------------


def test_a_required_question_must_be_answered_before_checkout(
    org: Organizer, srv: EmulatorServer
) -> None:
    event_id, ga, _ = published_event(org)
    org.setup.questions.add(event_id, "Company", kind="text", mandatory=True)
    org.setup.questions.add(event_id, "Meal", kind="dropdown", options=["Fish", "Veg"])
    form = org.sales.checkout_form(event_id)
    assert [(q.label, q.mandatory, q.kind) for q in form.questions] == [
        ("Company", True, "text"),
        ("Meal", False, "choice"),
    ]
    company, meal = (q.name for q in form.questions)
    sale = org.sales.reserve(event_id, {ga: 2})
    with pytest.raises(BuyerInvalid) as caught:
        org.sales.checkout(sale.id, ADA, Payment.CASH)
    assert caught.value.field_errors == {"": "1 guest forms are needed, 0 filled in"}
    answers = GuestForm("Ada", "Lovelace", "ada@example.com", {company: " ", meal: "Beef"})
    with pytest.raises(BuyerInvalid) as caught:
        org.sales.checkout(sale.id, ADA, Payment.CASH, guests=[answers])
    assert caught.value.field_errors == {
        f"guest0.{company}": "needs an answer",
        f"guest0.{meal}": "is not one of the choices",
    }
    assert srv.state.orders == {}  # nothing was sent
    answered = GuestForm("Ada", "Lovelace", "ada@example.com", {company: "ACME", meal: "Veg"})
    sold = org.sales.checkout(sale.id, ADA, Payment.CASH, guests=[answered])
    assert sold.state is SaleState.PAID
    values = {v["inputName"]: v.get("value") for v in srv.state.orders[sold.order_number]["form"]}
    assert values[company] == "ACME" and values[meal] == "Veg" and values["email"]


def test_the_emulator_refuses_a_checkout_whose_form_wix_would_refuse(
    org: Organizer, srv: EmulatorServer
) -> None:
    event_id, ga, _ = published_event(org)
    org.setup.questions.add(event_id, "Company", kind="text", mandatory=True)
    held = org.client.create_ticket_reservation([{"ticketDefinitionId": ga, "quantity": 1}])
    with pytest.raises(WixError) as caught:
        org.client.checkout(event_id, held["id"], ADA.to_wix(), pay_in_person=True)
    assert caught.value.status == 400
    unknown = {"form": {"inputValues": [{"inputName": "shoeSize", "value": "44"}]}}
    with pytest.raises(WixError) as caught:
        org.client.checkout(event_id, held["id"], ADA.to_wix(), guests=[unknown])
    fields = [f for f, _ in caught.value.field_violations]
    assert "guests[0].form.inputValues.shoeSize" in fields
    assert "guests[0].form.inputValues.custom-1" in fields  # Company, still unanswered
    # The organizer's explicit choice at the door: Wix skips the form check.
    reply = org.client.checkout(
        event_id, held["id"], ADA.to_wix(), pay_in_person=True,
        options={"ignoreFormValidation": True},
    )  # fmt: skip
    assert reply["order"]["status"] == "OFFLINE_PENDING"


def test_guests_assigned_separately_need_one_form_per_ticket(
    org: Organizer, srv: EmulatorServer
) -> None:
    event_id, ga, _ = published_event(org)
    org.client.update_event(
        event_id, {"registration": {"tickets": {"guestsAssignedSeparately": True}}}
    )
    org.setup.load_event(event_id)  # the station's cache learns it
    form = org.sales.checkout_form(event_id)
    assert form.guests_separately and form.forms_needed(2) == 2
    sale = org.sales.reserve(event_id, {ga: 2})
    grace = GuestForm("Grace", "Hopper", "grace@example.com")
    with pytest.raises(BuyerInvalid) as caught:
        org.sales.checkout(sale.id, ADA, Payment.CASH, guests=[grace])
    assert "2 guest forms are needed" in caught.value.field_errors[""]
    sold = org.sales.checkout(
        sale.id, ADA, Payment.CASH, guests=[grace, GuestForm("Alan", "Turing", "alan@x.org")]
    )
    assert sold.state is SaleState.PAID
    holders = sorted(t.guest_name for t in sold.tickets)
    assert holders == ["Alan Turing", "Grace Hopper"]
    # The organizer's explicit choice at the door: no forms, Wix is told to skip its check.
    second = org.sales.reserve(event_id, {ga: 2})
    skipped = org.sales.checkout(second.id, ADA, Payment.CASH, skip_form_check=True)
    assert skipped.state is SaleState.PAID and {t.guest_name for t in skipped.tickets} == {
        "Ada Lovelace"
    }


# -- 13.6: ticket types priced by option are not free ---------------------------------------


def test_a_ticket_type_priced_by_option_is_sold_at_the_options_price(
    org: Organizer, srv: EmulatorServer
) -> None:
    event_id, _ga, _ = published_event(org)
    created = org.client.create_ticket_definition(
        {
            "eventId": event_id,
            "name": "Family",
            "feeType": "FEE_INCLUDED",
            "initialLimit": 10,
            "pricingMethod": {
                "pricingOptions": {
                    "optionDetails": [
                        {"optionId": "adult", "name": "Adult", "price": {"value": "30.00",
                                                                        "currency": "EUR"}},
                        {"optionId": "child", "name": "Child", "price": {"value": "12.50",
                                                                        "currency": "EUR"}},
                    ]
                }
            },
        }
    )  # fmt: skip
    assert ticket_definition_from_wix(created).free is False
    assert ticket_definition_from_wix(created).price == "12.50"  # "from" the lowest option
    offer = {a.name: a for a in org.sales.availability(event_id)}
    adult, child = offer["Family · Adult"], offer["Family · Child"]
    assert (adult.price, child.price, adult.free) == ("30.00", "12.50", False)
    sale = org.sales.reserve(event_id, {adult.key: 1, child.key: 2})
    assert Decimal(sale.total) == Decimal("55.00")
    sold = org.sales.checkout(sale.id, ADA, Payment.CASH)
    assert sold.state is SaleState.PAID and sold.order_status == "PAID"  # not FREE
    assert Decimal(sold.total) == Decimal("55.00")
    with pytest.raises(WixError):  # an option-priced type needs its option chosen
        org.client.create_ticket_reservation([{"ticketDefinitionId": created["id"],
                                               "quantity": 1}])  # fmt: skip
