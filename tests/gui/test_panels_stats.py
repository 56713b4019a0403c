"""The live stats panel: figures match the emulator's data and follow scans and syncs."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QCategoryAxis, QStackedBarSeries
from PySide6.QtCore import Qt

from checkin_app.domain.clock import to_iso
from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.stats import ArrivalBucket
from checkin_app.sync.engine import SyncEngine
from checkin_app.sync.report import SyncReport
from checkin_app.ui.context import UiContext
from checkin_app.ui.panels.stats import StatsPanel
from checkin_app.ui.panels.stats_chart import axis_labels
from tests.support.panel_context import make_context
from tests.support.wix_flow import STATION, Organizer

CONFIRMED = {"PAID", "FREE", "OFFLINE_PENDING", "PENDING", "AUTHORIZED", "PARTIALLY_PAID"}


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo") as server:
        yield server


@pytest.fixture
def synced(srv: EmulatorServer, tmp_path: Path) -> Iterator[tuple[Organizer, str]]:
    org = Organizer(srv, tmp_path / "station")
    event_id = next(e["id"] for e in srv.state.events.values() if e["title"] == "Summer Gala")
    assert SyncEngine(org.station.db, org.client).pull(event_id).error is None
    yield org, event_id
    org.close()


@pytest.fixture
def context(synced: tuple[Organizer, str]) -> Iterator[UiContext]:
    org, event_id = synced
    ctx = make_context(org.station, org.client, event_id)
    yield ctx
    ctx.runner.close()


def state_counts(srv: EmulatorServer, event_id: str) -> tuple[int, int]:
    sold = checked = 0
    for number in srv.state.event_tickets[event_id]:
        ticket = srv.state.tickets[number]
        order = srv.state.orders[ticket["orderNumber"]]
        if ticket["archived"] or order.get("archived") or order["status"] not in CONFIRMED:
            continue
        sold += 1
        checked += ticket["checkIn"] is not None
    return sold, checked


def test_figures_follow_scans_without_a_refresh(qtbot, context: UiContext, srv, synced):
    org, event_id = synced
    panel = StatsPanel(context)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.last_stats is not None)
    sold, checked = state_counts(srv, event_id)
    assert (panel.last_stats.sold, panel.last_stats.checked_in) == (sold, checked)
    assert panel.checked_label.text() == (
        f"Checked in: {checked} / {sold} sold ({panel.last_stats.checked_in_percent:g}%)"
    )
    assert panel.types_table.rowCount() == len(panel.last_stats.ticket_types)
    series = panel.chart.series()
    assert len(series) == 1 and isinstance(series[0], QStackedBarSeries)
    assert "Guest list as of" in panel.age_label.text()

    ticket = next(
        t for t in org.station.checkin.tickets.all_for_event(event_id)
        if not t.server_checked_in_at and t.order_status.value == "PAID" and not t.archived
        and not t.order_archived
    )  # fmt: skip
    verdict = org.station.checkin.scan(ticket.ticket_number, event_id, STATION)
    with qtbot.waitSignal(panel.stats_shown, timeout=5000) as shown:
        context.events.scan_recorded.emit(verdict)
    assert shown.args[0].checked_in == checked + 1
    assert shown.args[0].arrivals_by_station[STATION] == 1
    assert "Door 1: 1" in panel.stations_label.text()
    labels = [s.label() for s in panel.chart.series()[0].barSets()]
    assert STATION in labels


def test_offline_sync_keeps_the_cached_figures_and_says_so(qtbot, context: UiContext, srv):
    panel = StatsPanel(context)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.last_stats is not None)
    before = panel.last_stats.sold
    with qtbot.waitSignal(panel.stats_shown, timeout=5000):
        context.events.sync_finished.emit(SyncReport(connectivity="offline"))
    assert panel.banner.kind == "offline" and "cache" in panel.banner.text()
    assert panel.last_stats.sold == before

    srv.set_faults(offline=True)
    panel.refresh_button.click()
    qtbot.waitUntil(lambda: panel._calls.busy == 0 and "needs the network" in panel.banner.text())
    srv.set_faults()
    panel.refresh_button.click()
    qtbot.waitUntil(lambda: panel.last_stats.revenue_source == "wix", timeout=5000)


def test_an_online_sync_brings_wix_revenue_without_a_click(qtbot, context: UiContext, srv):
    panel = StatsPanel(context)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.last_stats is not None)
    assert panel.last_stats.revenue_source == "guest list"
    context.events.sync_finished.emit(SyncReport(connectivity="online"))
    qtbot.waitUntil(lambda: panel.last_stats.revenue_source == "wix", timeout=5000)
    assert "Wix orders summary" in panel.revenue_label.text()


def test_the_time_axis_shows_clock_times_every_half_hour(qtbot, context: UiContext):
    panel = StatsPanel(context)
    qtbot.addWidget(panel)
    start = datetime(2026, 7, 1, 19, 0, tzinfo=UTC)  # 21:00 in Paris (summer time)
    buckets = [
        ArrivalBucket(to_iso(start + timedelta(minutes=5 * n)), n % 4, {"Door 1": n % 4})
        for n in range(24)
    ]
    panel.chart_view.show_arrivals(buckets, "Europe/Paris")
    assert panel.chart_view.labels == ["21:00", "21:30", "22:00", "22:30"]
    [axis] = panel.chart.axes(Qt.Orientation.Horizontal)
    assert isinstance(axis, QCategoryAxis)
    assert axis.categoriesLabels() == ["21:00", "21:30", "22:00", "22:30"]
    assert axis.labelsAngle() == 0  # upright, nothing rotated into "⋮"
    # Other spans: a few slots still get a round-time label; a long night labels hours;
    # slots days apart carry the date.
    assert [t for _, t in axis_labels(buckets[7:10], "Europe/Paris")] == ["21:45"]
    night = [ArrivalBucket(to_iso(start + timedelta(minutes=5 * n)), 1, {}) for n in range(96)]
    labels = [t for _, t in axis_labels(night, "UTC")]
    assert labels == ["20:00", "22:00", "00:00", "02:00"]
    apart = [ArrivalBucket(to_iso(start + timedelta(days=d)), 1, {}) for d in (0, 3)]
    assert [t for _, t in axis_labels(apart, "UTC")] == ["07-01 19:00", "07-04 19:00"]


def test_the_table_never_cuts_its_headers(qtbot, context: UiContext):
    panel = StatsPanel(context)
    qtbot.addWidget(panel)
    panel.resize(440, 700)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.last_stats is not None)
    table = panel.types_table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(1, table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text
    for row in range(table.rowCount()):
        assert table.item(row, 0).toolTip() == table.item(row, 0).text()  # elided: tooltip
    assert not table.horizontalScrollBar().isVisible()


def test_the_scan_log_is_exported_from_the_stats_view(qtbot, context: UiContext, synced, tmp_path):
    org, event_id = synced
    ticket = next(t for t in org.station.checkin.tickets.all_for_event(event_id)
                  if not t.server_checked_in_at and t.order_status.value == "PAID")  # fmt: skip
    org.station.checkin.scan(ticket.ticket_number, event_id, STATION)
    org.station.checkin.scan("NOT-A-REAL-TICKET-1", event_id, STATION)
    panel = StatsPanel(context)
    qtbot.addWidget(panel)
    assert panel.export_button.accessibleName()
    target = tmp_path / "scans.csv"
    with qtbot.waitSignal(panel.exported, timeout=5000) as done:
        panel.export_scans(target)
    assert done.args[0].rows == 2
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["verdict"] for r in rows] == ["ADMITTED", "UNKNOWN_TICKET"]
    assert panel.banner.kind == "ok" and "2 scans" in panel.banner.text()
