"""StatsService on a `:memory:` database: attendance statuses, the figures per ticket type
and station, revenue from Wix's summary or estimated from the list (the fast tier)."""

from __future__ import annotations

from checkin_app.domain.models import OrderStatus, TicketDefinition
from checkin_app.services.checkin import CheckInService
from checkin_app.services.event_catalog import EventCatalog
from checkin_app.services.stats import OTHER_DEVICES, StatsService
from checkin_app.storage.stores import Stores
from tests.support.factories import EVENT_ID, make_ticket
from tests.unit.services.conftest import HandClock


def stats_on(stores: Stores, clock: HandClock, station: str = "Door 1") -> StatsService:
    events = EventCatalog(stores.catalog, stores.tickets, clock)
    return StatsService(
        events, stores.catalog, stores.attendance, stores.order_summaries, stores.sales,
        stores.sync_state, station, clock,
    )  # fmt: skip


def test_attendance_says_how_each_ticket_stands(gala: Stores, clock: HandClock) -> None:
    gala.tickets.upsert_many(
        [
            make_ticket("WIX-0000-00001", server_checked_in_at="2026-11-28T18:30:00.000Z"),
            make_ticket("CAN-0000-00001", canceled=True),
            make_ticket("DUE-0000-00001", order_status=OrderStatus.OFFLINE_PENDING),
            make_ticket("NEW-0000-00001", order_status=OrderStatus.INITIATED),
        ],
        generation=1,
    )
    CheckInService.on(gala, clock).scan("GALA-0000-00001", None, "Door 1")
    rows = {r.ticket_number: r for r in stats_on(gala, clock).attendance(EVENT_ID)}
    assert rows["GALA-0000-00001"].status == "checked in"
    assert rows["GALA-0000-00001"].station == "Door 1"
    assert (rows["WIX-0000-00001"].status, rows["WIX-0000-00001"].station) == (
        "checked in",
        OTHER_DEVICES,
    )
    assert rows["GALA-0000-00002"].status == "not checked in"
    assert rows["CAN-0000-00001"].status == "canceled"
    assert rows["DUE-0000-00001"].status == "payment due"
    assert rows["NEW-0000-00001"].status == "not paid" and not rows["NEW-0000-00001"].sold


def test_an_undone_admission_no_longer_counts(gala: Stores, clock: HandClock) -> None:
    checkin = CheckInService.on(gala, clock)
    checkin.scan("GALA-0000-00001", None, "Door 1")
    checkin.undo("GALA-0000-00001", None, "Door 1")
    figures = stats_on(gala, clock).event_stats(EVENT_ID)
    assert (figures.sold, figures.checked_in) == (3, 0)


def test_figures_by_type_station_and_estimated_revenue(gala: Stores, clock: HandClock) -> None:
    gala.catalog.replace_definitions(
        EVENT_ID,
        [(TicketDefinition("GA", EVENT_ID, "General Admission", "25.00", "USD",
                           initial_limit=10, sold_count=3, reserved_count=1), None)],
    )  # fmt: skip
    gala.tickets.upsert_many(
        [make_ticket(f"GALA-0000-0000{i}", definition_id="GA") for i in (1, 2, 3)], generation=1
    )
    checkin = CheckInService.on(gala, clock)
    checkin.scan("GALA-0000-00001", None, "Door 1")
    checkin.scan("GALA-0000-00002", None, "Door 2")
    figures = stats_on(gala, clock).event_stats()  # the one event there is
    assert (figures.sold, figures.checked_in, figures.checked_in_percent) == (3, 2, 66.7)
    [ga] = figures.ticket_types
    assert (ga.name, ga.capacity, ga.sold, ga.checked_in, ga.available) == (
        "General Admission", 10, 3, 2, 6,
    )  # fmt: skip
    assert figures.arrivals_by_station == {"Door 1": 1, "Door 2": 1}
    assert figures.capacity == 10
    assert (figures.revenue, figures.revenue_source) == ({"USD": "75.00"}, "guest list")


def test_wix_summary_wins_over_the_estimate(gala: Stores, clock: HandClock) -> None:
    stats = stats_on(gala, clock)
    stats.store_summary(
        EVENT_ID,
        [{"revenue": {"amount": "120.00", "currency": "USD"}, "totalOrders": 4,
          "totalTickets": 5}],
    )  # fmt: skip
    figures = stats.event_stats(EVENT_ID)
    assert (figures.revenue, figures.revenue_source, figures.orders) == (
        {"USD": "120.00"}, "wix", 4,
    )  # fmt: skip
    assert figures.summary_fetched_at == clock.now_iso()
