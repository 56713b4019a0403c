"""SalesService on a `:memory:` database with Wix faked at the edge: what a walk-up sale
may hold, what is recorded when Wix holds it or cannot be reached, and the till's shift
totals (the fast tier; tests/integration/test_sales_flow.py runs it against the emulator)."""

from __future__ import annotations

from typing import Any, cast

import pytest

from checkin_app.domain.models import TicketDefinition
from checkin_app.domain.sales import Payment, Sale, SaleLine, SaleState
from checkin_app.services.sale_reconcile import SaleRefused
from checkin_app.services.sales import SalesService
from checkin_app.services.wix_problems import WixProblem
from checkin_app.storage.stores import Stores
from checkin_app.wix.client import WixClient
from checkin_app.wix.errors import WixTransientError
from tests.support.factories import EVENT_ID
from tests.unit.services.conftest import HandClock


class FakeWix:
    """The few Wix calls a reservation makes; `offline` makes them fail like no network."""

    last_server_date_offset_s = 0.0

    def __init__(self) -> None:
        self.offline = False
        self.reservations: list[list[dict[str, Any]]] = []

    def create_ticket_reservation(self, lines: list[dict[str, Any]]) -> dict[str, Any]:
        if self.offline:
            raise WixTransientError("cannot reach Wix", code="NETWORK")
        self.reservations.append(lines)
        return {
            "id": f"res-{len(self.reservations)}",
            "expirationDate": "2026-11-28T19:20:00.000Z",
            "tickets": [
                {"ticketDefinitionId": line["ticketDefinitionId"],
                 "price": {"value": "25.00", "currency": "USD"}}
                for line in lines
            ],
        }  # fmt: skip

    def get_form(self, event_id: str) -> dict[str, Any]:
        return {"controls": []}


@pytest.fixture
def wix() -> FakeWix:
    return FakeWix()


@pytest.fixture
def sales(gala: Stores, clock: HandClock, wix: FakeWix) -> SalesService:
    gala.catalog.replace_definitions(
        EVENT_ID,
        [
            (TicketDefinition("GA", EVENT_ID, "General Admission", "25.00", "USD",
                              initial_limit=10, sold_count=7, reserved_count=1), None),
            (TicketDefinition("VIP", EVENT_ID, "VIP", "90.00", "USD", sold_out=True), None),
        ],
    )  # fmt: skip
    client = cast(WixClient, wix)
    return SalesService(client, gala.sales, gala.tickets, gala.catalog, "Till 1", clock)


def test_the_offer_comes_from_the_cache_with_one_availability(sales: SalesService) -> None:
    offer = {a.key: a for a in sales.cached_availability(EVENT_ID)}
    assert (offer["GA"].available, offer["GA"].sold_out, offer["GA"].on_sale) == (2, False, True)
    assert offer["VIP"].sold_out
    assert sales.event_title(EVENT_ID) == "Summer Gala"


@pytest.mark.parametrize(
    ("quantities", "words"),
    [
        ({}, "Pick at least one"),
        ({"GA": -1}, "cannot be negative"),
        ({"GA": 3}, "Only 2"),
        ({"VIP": 1}, "sold out"),
        ({"NOPE": 1}, "not on sale here"),
        ({"GA": 21}, "At most 20"),
    ],
)
def test_a_sale_the_offer_cannot_hold_is_refused_before_wix(
    sales: SalesService, wix: FakeWix, gala: Stores, quantities: dict[str, int], words: str
) -> None:
    with pytest.raises(SaleRefused, match=words):
        sales.reserve(EVENT_ID, quantities)
    assert wix.reservations == [] and gala.sales.unfinished() == []


def test_a_reservation_is_recorded_with_wix_hold_and_total(
    sales: SalesService, wix: FakeWix, gala: Stores, clock: HandClock
) -> None:
    sale = sales.reserve(EVENT_ID, {"GA": 2})
    assert sale.state is SaleState.RESERVED and sale.reservation_id == "res-1"
    assert (sale.total, sale.currency, sale.station) == ("50.00", "USD", "Till 1")
    assert wix.reservations == [[{"ticketDefinitionId": "GA", "quantity": 2}]]
    assert gala.sales.get(sale.id) == sale
    assert sales.seconds_left(sale) == pytest.approx(20 * 60)


def test_no_network_fails_the_sale_in_plain_words(
    sales: SalesService, wix: FakeWix, gala: Stores
) -> None:
    wix.offline = True
    with pytest.raises(WixProblem):
        sales.reserve(EVENT_ID, {"GA": 1})
    [sale] = gala.sales.recent("Till 1")
    assert sale.state is SaleState.FAILED
    assert "return to stock when the hold expires" in (sale.last_error or "")


def paid_sale(stores: Stores, clock: HandClock, n: int, payment: Payment, price: str) -> None:
    now = clock.now_iso()
    sale = stores.sales.insert(
        Sale(id=f"sale-{n}", event_id=EVENT_ID, station="Till 1", state=SaleState.RESERVED,
             lines=(SaleLine("GA", "General Admission", 1, price, "USD"),), created_at=now,
             updated_at=now, total=price, currency="USD")
    )  # fmt: skip
    stores.sales.save(sale, state=SaleState.PAID, payment=payment, paid_at=now)


def test_shift_totals_count_the_sales_paid_since_the_shift_began(
    sales: SalesService, gala: Stores, clock: HandClock
) -> None:
    paid_sale(gala, clock, 1, Payment.CASH, "25.00")
    sales.start_shift()  # same second as the first sale: the order decides, not the clock
    paid_sale(gala, clock, 2, Payment.CASH, "25.00")
    paid_sale(gala, clock, 3, Payment.CARD, "90.00")
    totals = sales.shift_totals()
    assert (totals.sales, totals.tickets) == (2, 2)
    assert totals.revenue == {"USD": "115.00"}
    assert totals.cash_expected == {"USD": "25.00"} and totals.card == {"USD": "90.00"}
