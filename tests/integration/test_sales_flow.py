"""Walk-up sales against the emulator: expiry, cancel, sold out, card payment, and a timeout
or crash in the middle that must never sell twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import pytest
import zxingcpp

from checkin_app.domain.models import VerdictKind
from checkin_app.domain.sales import Payment, SaleState
from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.sales import Buyer, BuyerInvalid, SaleRefused, receipt_text
from checkin_app.services.ticket_codes import save_qr_png
from checkin_app.services.wix_problems import WixProblem
from tests.support.sync_env import ManualClock
from tests.support.wix_flow import STATION, Organizer, published_event

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


def left(org: Organizer, event_id: str) -> dict[str, int | None]:
    return {a.name: a.available for a in org.sales.availability(event_id)}


def orders_for(srv: EmulatorServer, reservation_id: str | None) -> list[dict]:
    return [o for o in srv.state.orders.values() if o["reservationId"] == reservation_id]


def test_expired_reservation_returns_the_tickets(org: Organizer, srv: EmulatorServer) -> None:
    event_id, ga, _ = published_event(org)
    sale = org.sales.reserve(event_id, {ga: 2})
    assert left(org, event_id)["GA"] == 3
    srv.advance_clock(20 * 60 + 1)  # the event's 20-minute hold runs out
    sale = org.sales.refresh(sale.id)
    assert sale.state is SaleState.EXPIRED
    assert left(org, event_id)["GA"] == 5
    with pytest.raises(SaleRefused, match="expired"):
        org.sales.checkout(sale.id, ADA, Payment.CASH)
    assert srv.state.orders == {}


def test_cancel_releases_the_tickets(org: Organizer, srv: EmulatorServer) -> None:
    event_id, ga, vip = published_event(org)
    sale = org.sales.reserve(event_id, {ga: 1, vip: 2})
    assert left(org, event_id) == {"GA": 4, "VIP": 0}
    sale = org.sales.cancel(sale.id)
    assert sale.state is SaleState.CANCELED
    assert srv.state.reservations[sale.reservation_id]["status"] == "CANCELED_MANUALLY"
    assert left(org, event_id) == {"GA": 5, "VIP": 2}


def test_sold_out_is_refused(org: Organizer, srv: EmulatorServer, tmp_path: Path) -> None:
    event_id, _, vip = published_event(org)
    # A second station whose ticket list is older than this sale.
    other = Organizer(srv, tmp_path / "other")
    other.sales.availability(event_id)
    first = org.sales.reserve(event_id, {vip: 2})
    org.sales.checkout(first.id, ADA, Payment.CASH)
    offer = {a.name: a for a in org.sales.availability(event_id)}
    assert offer["VIP"].sold_out and offer["VIP"].available == 0
    with pytest.raises(SaleRefused, match="sold out"):
        org.sales.reserve(event_id, {vip: 1})
    # The stale station tries anyway: Wix refuses and the sale is recorded as failed.
    with pytest.raises(WixProblem) as caught:
        other.sales.reserve(event_id, {vip: 1})
    assert caught.value.code == "TICKET_SOLD_OUT"
    assert [s.state for s in other.sales.records.recent(STATION)] == [SaleState.FAILED]
    other.close()
    with pytest.raises(SaleRefused, match="Only 5"):
        org.sales.reserve(event_id, {offer["GA"].definition_id: 6})


def test_card_sale_waits_for_the_guest_to_pay(org: Organizer, srv: EmulatorServer) -> None:
    event_id, ga, _ = published_event(org)
    sale = org.sales.reserve(event_id, {ga: 1})
    sale = org.sales.checkout(sale.id, ADA, Payment.CARD)
    assert sale.state is SaleState.AWAITING_PAYMENT and sale.order_status == "INITIATED"
    assert sale.order_page_url and sale.order_number in sale.order_page_url
    assert org.sales.poll_payment(sale.id).state is SaleState.AWAITING_PAYMENT
    srv.mark_order_paid(sale.order_number or "")  # the guest pays on their phone
    sale = org.sales.poll_payment(sale.id)
    assert sale.state is SaleState.PAID and len(sale.tickets) == 1
    verdict = org.station.checkin.scan(sale.tickets[0].check_in_url, event_id, STATION)
    assert verdict.kind is VerdictKind.ADMITTED
    totals = org.sales.shift_totals()
    assert (totals.tickets, totals.card, totals.cash_expected) == (1, {"EUR": "25.00"}, {})


def test_checkout_timeout_then_retry_sells_once(srv: EmulatorServer, tmp_path: Path) -> None:
    org = Organizer(srv, tmp_path / "station", timeout_s=0.5)
    event_id, ga, _ = published_event(org)
    sale = org.sales.reserve(event_id, {ga: 2})
    # Wix makes the order at once, but the answer comes after the client gave up (0.5 s).
    srv.set_faults(reply_latency_ms=5000)
    with pytest.raises(WixProblem):
        org.sales.checkout(sale.id, ADA, Payment.CASH)
    srv.set_faults()
    assert org.sales.records.get(sale.id).state is SaleState.CHECKING_OUT
    assert orders_for(srv, sale.reservation_id)[0]["status"] == "OFFLINE_PENDING"
    # The retry asks Wix first, finds the order and only confirms it.
    sale = org.sales.checkout(sale.id, ADA, Payment.CASH)
    assert sale.state is SaleState.PAID
    orders = orders_for(srv, sale.reservation_id)
    assert len(orders) == 1 and orders[0]["status"] == "PAID"
    assert len(srv.state.orders) == 1
    assert left(org, event_id)["GA"] == 3
    org.close()


def test_crash_before_confirm_is_finished_at_restart(
    org: Organizer, srv: EmulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id, ga, _ = published_event(org)
    sale = org.sales.reserve(event_id, {ga: 1})

    def crash(*_args: object, **_kwargs: object) -> None:
        raise SystemExit("the laptop lid closed")

    with monkeypatch.context() as patch:
        patch.setattr(org.client, "confirm_orders", crash)
        with pytest.raises(SystemExit):
            org.sales.checkout(sale.id, ADA, Payment.CASH)
    stuck = org.sales.records.get(sale.id)
    assert stuck.state is SaleState.AWAITING_PAYMENT and stuck.order_status == "OFFLINE_PENDING"
    # A guest who walked off cannot be cancelled once the cash is in the drawer.
    with pytest.raises(SaleRefused, match="cash"):
        org.sales.cancel(sale.id)
    # Start-up: the station reconciles what it left in the middle.
    resumed = Organizer(srv, org.station.data_dir)
    [done] = resumed.sales.resume_unfinished()
    assert done.state is SaleState.PAID
    assert [o["status"] for o in srv.state.orders.values()] == ["PAID"]
    assert resumed.station.checkin.tickets.get(event_id, done.tickets[0].ticket_number)
    resumed.close()


def test_lost_reservation_answer_is_not_retried(org: Organizer, srv: EmulatorServer) -> None:
    event_id, ga, _ = published_event(org)
    srv.set_faults(drop_next=1)
    with pytest.raises(WixProblem) as caught:
        org.sales.reserve(event_id, {ga: 1})
    assert caught.value.offline
    [failed] = org.sales.records.recent(STATION)
    assert failed.state is SaleState.FAILED and "hold expires" in (failed.last_error or "")


def test_buyer_details_are_checked_before_anything_is_sent(
    org: Organizer, srv: EmulatorServer
) -> None:
    event_id, ga, _ = published_event(org)
    sale = org.sales.reserve(event_id, {ga: 1})
    with pytest.raises(BuyerInvalid) as caught:
        org.sales.checkout(sale.id, Buyer(" ", "Lovelace", "ada-at-example"), Payment.CASH)
    assert set(caught.value.field_errors) == {"first_name", "email"}
    assert org.sales.records.get(sale.id).state is SaleState.RESERVED
    assert srv.state.orders == {}
    with pytest.raises(SaleRefused, match="Pick at least one"):
        org.sales.reserve(event_id, {ga: 0})


def test_offline_sales_say_so(org: Organizer, srv: EmulatorServer) -> None:
    event_id, _ga, _ = published_event(org)
    srv.set_faults(offline=True)
    with pytest.raises(WixProblem) as caught:
        org.sales.availability(event_id)
    assert caught.value.offline and "needs the network" in str(caught.value)
    # The cached list still shows what was last known.
    assert [a.name for a in org.sales.cached_availability(event_id)] == ["GA", "VIP"]


def test_shift_totals_receipt_and_ticket_qr(
    org: Organizer, srv: EmulatorServer, tmp_path: Path
) -> None:
    event_id, ga, vip = published_event(org)
    cash = org.sales.checkout(org.sales.reserve(event_id, {ga: 2, vip: 1}).id, ADA, Payment.CASH)
    assert cash.total == "130.00"
    totals = org.sales.shift_totals()
    assert (totals.sales, totals.tickets) == (1, 3)
    assert totals.revenue == totals.cash_expected == {"EUR": "130.00"}
    org.sales.start_shift()
    assert org.sales.shift_totals().tickets == 0

    text = receipt_text(cash, "Summer Gala")
    assert "2 × GA @ 25.00 EUR" in text and "Total: 130.00 EUR" in text
    assert "Paid by cash" in text and cash.tickets[0].ticket_number in text

    png = save_qr_png(cash.tickets[0].check_in_url, tmp_path / "ticket.png")
    [decoded] = zxingcpp.read_barcodes(cv2.imread(str(png)))
    assert decoded.text == cash.tickets[0].check_in_url


def test_a_shift_started_in_the_sales_millisecond_counts_each_sale_once(
    srv: EmulatorServer, tmp_path: Path
) -> None:
    clock = ManualClock()  # never moves: every sale and shift is stamped the same millisecond
    org = Organizer(srv, tmp_path / "station", clock=clock)
    event_id, ga, vip = published_event(org)
    first = org.sales.checkout(org.sales.reserve(event_id, {ga: 2}).id, ADA, Payment.CASH)
    assert org.sales.shift_totals().tickets == 2
    org.sales.start_shift()
    totals = org.sales.shift_totals()
    assert totals.since == first.paid_at  # the tie a timestamp comparison cannot break
    assert (totals.sales, totals.tickets, totals.cash_expected) == (0, 0, {})
    second = org.sales.checkout(org.sales.reserve(event_id, {vip: 1}).id, ADA, Payment.CASH)
    assert second.paid_at == first.paid_at and second.paid_seq == (first.paid_seq or 0) + 1
    totals = org.sales.shift_totals()
    assert (totals.sales, totals.tickets, totals.revenue) == (1, 1, {"EUR": "80.00"})
    org.sales.start_shift()
    assert org.sales.shift_totals().tickets == 0
    # The sales themselves are all still there, each in exactly one shift.
    assert [s.id for s in org.sales.records.paid(station=STATION)] == [first.id, second.id]
    org.close()
