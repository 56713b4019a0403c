"""Stats figures from a synced station, checked against counts computed independently from
the emulator's own data (`srv.state`), and the CLI's `--refresh` against the emulator."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from checkin_app.cli import main
from checkin_app.domain.sales import Payment
from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.sales import Buyer
from checkin_app.services.stats import OTHER_DEVICES
from checkin_app.sync.engine import SyncEngine
from tests.support.wix_flow import STATION, Organizer

# Written here from docs/wix-api.md §5, not taken from the app: orders whose tickets are sold.
CONFIRMED = {"PAID", "FREE", "OFFLINE_PENDING", "PENDING", "AUTHORIZED", "PARTIALLY_PAID"}


@pytest.fixture(scope="module")
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo") as server:
        yield server


def demo_event(srv: EmulatorServer) -> str:
    return next(e["id"] for e in srv.state.events.values() if e["title"] == "Summer Gala")


def expected(srv: EmulatorServer, event_id: str) -> tuple[Counter, Counter, Decimal]:
    """(sold per definition, checked in per definition, PAID revenue) from the raw state."""
    state = srv.state
    sold: Counter = Counter()
    checked: Counter = Counter()
    for number in state.event_tickets[event_id]:
        ticket = state.tickets[number]
        order = state.orders[ticket["orderNumber"]]
        if ticket["archived"] or order.get("archived") or order["status"] not in CONFIRMED:
            continue
        sold[ticket["ticketDefinitionId"]] += 1
        if ticket["checkIn"]:
            checked[ticket["ticketDefinitionId"]] += 1
    revenue = sum(
        (
            Decimal(o["grandTotal"])
            for o in state.orders.values()
            if o["eventId"] == event_id and o["status"] == "PAID"
        ),
        Decimal(0),
    )
    return sold, checked, revenue


def test_figures_match_the_emulator_data(srv: EmulatorServer, tmp_path: Path) -> None:
    org = Organizer(srv, tmp_path)
    event_id = demo_event(srv)
    engine = SyncEngine(org.station.db, org.client)
    assert engine.pull(event_id).error is None
    org.stats.refresh(org.client, event_id)

    # A walk-up sale and three admissions at this station, after the download.
    general = next(a for a in org.sales.availability(event_id) if a.available)
    sale = org.sales.reserve(event_id, {general.definition_id: 2})
    sale = org.sales.checkout(sale.id, Buyer("Walk", "Up", "walk@example.com"), Payment.CASH)
    unchecked = [
        t for t in org.station.checkin.tickets.all_for_event(event_id)
        if not t.server_checked_in_at and t.order_status.value in ("PAID", "FREE")
        and not (t.archived or t.order_archived or t.canceled)
    ][:3]  # fmt: skip
    for ticket in unchecked:
        assert org.station.checkin.scan(ticket.ticket_number, event_id, STATION).admitted
    org.stats.refresh(org.client, event_id)

    stats = org.stats.event_stats(event_id)
    sold, checked_on_wix, revenue = expected(srv, event_id)
    assert stats.sold == sum(sold.values())
    assert stats.checked_in == sum(checked_on_wix.values()) + 3  # not pushed yet
    for row in stats.ticket_types:
        assert row.sold == sold[row.definition_id], row.name
        local = sum(1 for t in unchecked if t.definition_id == row.definition_id)
        assert row.checked_in == checked_on_wix[row.definition_id] + local, row.name
        definition = srv.state.definitions[row.definition_id]
        assert row.capacity == definition.get("initialLimit")
    assert stats.revenue_source == "wix"
    currency = srv.state.events[event_id]["registration"]["tickets"]["currency"]
    assert Decimal(stats.revenue[currency]) == revenue
    assert stats.arrivals_by_station == {
        STATION: 3,
        OTHER_DEVICES: sum(checked_on_wix.values()),
    }
    assert sum(b.count for b in stats.arrivals) == stats.checked_in
    assert all(b.start.endswith((":00:00.000Z", ":05:00.000Z")) or b.start[15] in "05"
               for b in stats.arrivals)  # fmt: skip
    assert (stats.walk_up_sales, stats.walk_up_tickets) == (1, 2)
    assert stats.walk_up_cash == {currency: sale.total}
    assert stats.tickets_age and stats.summary_age
    org.close()


def test_cli_refresh_pulls_then_prints(
    srv: EmulatorServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("CHECKIN_BASE_URL", srv.url)
    monkeypatch.setenv("CHECKIN_SITE_ID", srv.site_id)
    monkeypatch.setenv("CHECKIN_API_KEY", srv.api_key)
    event_id = demo_event(srv)
    args = ["stats", "--event", event_id, "--data-dir", str(tmp_path)]
    assert main([*args, "--refresh", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    sold, checked, _ = expected(srv, event_id)
    assert (data["sold"], data["checked_in"]) == (sum(sold.values()), sum(checked.values()))
    assert data["revenue_source"] == "wix"
    # Offline: the same figures from the cache, with their age.
    srv.set_faults(offline=True)
    try:
        assert main([*args, "--json"]) == 0
        again = json.loads(capsys.readouterr().out)
        assert again["sold"] == data["sold"] and again["tickets_age"]
        assert main([*args, "--refresh"]) == 1
        assert capsys.readouterr().err.startswith("checkin-app: Could not refresh")
    finally:
        srv.set_faults()
