"""The live stats panel: sold, capacity, reserved and checked in per ticket type, revenue,
arrivals per 5 minutes (a chart) and per station, walk-up sales.

Figures come from the station's cache (so the panel works offline, saying how old they
are) and are recomputed on a worker after every scan and every sync, without a click.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.clock import parse_iso, to_iso
from checkin_app.domain.money import format_amounts
from checkin_app.services.errors import EventNotFound
from checkin_app.services.stats import BUCKET_MINUTES, ArrivalBucket, EventStats, StatsService
from checkin_app.services.wix_problems import WixProblem
from checkin_app.ui.context import UiContext
from checkin_app.ui.panels.common import (
    BackgroundCalls,
    Banner,
    problem_text,
    tr,
    wall_time_in,
)

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250  # a burst of scans is one recount
SUMMARY_EVERY_S = 60.0  # after a sync, ask Wix for the Orders summary at most this often
CHART_SLOTS = 24  # the last two hours of 5-minute slots


def _continuous(buckets: list[ArrivalBucket]) -> list[ArrivalBucket]:
    """The 5-minute slots from the first arrival to the last, quiet ones included, so the
    chart's time axis is even."""
    if not buckets:
        return []
    by_start = {b.start: b for b in buckets}
    slot = parse_iso(buckets[0].start)
    last = parse_iso(buckets[-1].start)
    if slot is None or last is None or (last - slot) > timedelta(days=2):
        return buckets  # far apart (another day): show only the slots with arrivals
    filled = []
    while slot <= last:
        start = to_iso(slot)
        filled.append(by_start.get(start) or ArrivalBucket(start, 0, {}))
        slot += timedelta(minutes=BUCKET_MINUTES)
    return filled


class StatsPanel(QWidget):
    """Sales and attendance for the door's event, kept up to date."""

    stats_shown = Signal(object)  # EventStats

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPanel")
        self._context = context
        self._calls = BackgroundCalls(context)
        station = context.station
        self._service = StatsService(station.db, station.station_name, station.clock)
        self._generation = 0
        self.event_id = context.event_id
        self.last_stats: EventStats | None = None
        self._summary_asked_at: float | None = None

        self.banner = Banner()
        self.title_label = QLabel()
        self.title_label.setObjectName("statsTitle")
        self.checked_label = QLabel()
        self.checked_label.setObjectName("checkedInFigure")
        font = self.checked_label.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.checked_label.setFont(font)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.revenue_label = QLabel()
        self.revenue_label.setObjectName("revenueFigure")
        self.walkup_label = QLabel()
        self.walkup_label.setObjectName("walkUpFigure")
        self.age_label = QLabel()
        self.age_label.setObjectName("figuresAge")
        self.age_label.setWordWrap(True)
        self.refresh_button = QPushButton(tr("Refresh from Wix"))
        self.refresh_button.clicked.connect(self.refresh_from_wix)

        self.types_table = QTableWidget(0, 5)
        self.types_table.setObjectName("ticketTypeStats")
        self.types_table.setHorizontalHeaderLabels(
            [tr("Ticket type"), tr("Sold"), tr("Capacity"), tr("Reserved"), tr("Checked in")]
        )
        self.types_table.verticalHeader().hide()
        self.types_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.types_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.types_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.types_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stations_label = QLabel()
        self.stations_label.setObjectName("arrivalsByStation")
        self.stations_label.setWordWrap(True)

        self.chart = QChart()
        self.chart.setTitle(tr("Arrivals per 5 minutes"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.checked_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.revenue_label)
        layout.addWidget(self.walkup_label)
        layout.addWidget(self.types_table)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.stations_label)
        layout.addWidget(self.age_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recompute)
        events = context.events
        events.scan_recorded.connect(lambda _verdict: self.schedule_update())
        events.sync_finished.connect(self._on_sync_finished)
        events.event_changed.connect(self._on_event_changed)
        self.recompute()

    # -- updates --------------------------------------------------------------------------
    def schedule_update(self) -> None:
        """Recount soon (scans arrive in bursts; one recount covers them all)."""
        self._debounce.start()

    def recompute(self) -> None:
        """Count the figures on a worker and show them (the newest request wins)."""
        if not self.event_id:
            self.title_label.setText(tr("Choose the event at the door to see its figures."))
            return
        self._generation += 1
        generation = self._generation
        event_id = self.event_id
        self._calls.run(
            lambda: self._service.event_stats(event_id),
            on_done=lambda stats: self._show(stats, generation),
            on_error=self._on_error,
        )

    def refresh_from_wix(self, *, quiet: bool = False) -> None:
        """Pull the ticket types and Wix's Orders summary, then recount."""
        client = self._context.client
        if quiet and (client is None or not self.event_id):
            return
        if client is None or not self.event_id:
            self.banner.show_message(
                tr("Offline: these figures come from this station's cache."), "offline"
            )
            return
        event_id = self.event_id
        self._summary_asked_at = time.monotonic()
        if not quiet:
            self.banner.show_message(tr("Asking Wix for the latest sales…"), "info")

        def done(_none: object) -> None:
            if not quiet:
                self.banner.clear_message()
            self.recompute()

        self._calls.run(
            lambda: self._service.refresh(client, event_id),
            on_done=done,
            on_error=(lambda _error: None) if quiet else self._on_error,
            disable=[self.refresh_button],
        )

    def _on_sync_finished(self, report: object) -> None:
        offline = getattr(report, "connectivity", "") == "offline"
        if offline:
            self.banner.show_message(
                tr("Offline: figures from this station's cache (ages below)."), "offline"
            )
        else:
            if self.banner.kind == "offline":
                self.banner.clear_message()
            asked = self._summary_asked_at
            if asked is None or time.monotonic() - asked >= SUMMARY_EVERY_S:
                self.refresh_from_wix(quiet=True)  # revenue and reserved counts, quietly
        self.schedule_update()

    def _on_event_changed(self, event_id: str) -> None:
        self.event_id = event_id
        self.recompute()

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, EventNotFound):
            self.title_label.setText(str(error))
            return
        kind = "offline" if isinstance(error, WixProblem) and error.offline else "error"
        self.banner.show_message(problem_text(error), kind)

    # -- showing --------------------------------------------------------------------------
    def _show(self, stats: EventStats, generation: int) -> None:
        if generation != self._generation:
            return  # an older count finished after a newer one was asked for
        self.last_stats = stats
        self.title_label.setText(f"<b>{stats.title}</b>")
        self.checked_label.setText(
            tr("Checked in: ")
            + f"{stats.checked_in} / {stats.sold} "
            + tr("sold")
            + f" ({stats.checked_in_percent:g}%)"
        )
        self.progress.setRange(0, max(stats.sold, 1))
        self.progress.setValue(min(stats.checked_in, max(stats.sold, 1)))
        source = {
            "wix": tr("Wix orders summary"),
            "guest list": tr("estimated from the guest list"),
        }.get(stats.revenue_source, tr("no figures yet"))
        orders = f", {stats.orders} " + tr("orders") if stats.orders is not None else ""
        revenue = format_amounts(stats.revenue, empty="—")
        self.revenue_label.setText(tr("Revenue: ") + f"{revenue} ({source}{orders})")
        self.walkup_label.setText(
            tr("Walk-up sales here: ")
            + f"{stats.walk_up_sales} "
            + (tr("sale") if stats.walk_up_sales == 1 else tr("sales"))
            + ", "
            + f"{stats.walk_up_tickets} "
            + tr("tickets")
            + ", "
            + format_amounts(stats.walk_up_revenue, empty="—")
            + " ("
            + tr("cash")
            + " "
            + format_amounts(stats.walk_up_cash, empty="—")
            + ")"
        )
        self._fill_types(stats)
        self._fill_chart(stats)
        stations = ", ".join(f"{name}: {n}" for name, n in stats.arrivals_by_station.items())
        self.stations_label.setText(tr("Arrivals by station: ") + (stations or "—"))
        ages = [tr("Guest list as of ") + (stats.tickets_age or tr("never downloaded"))]
        if stats.summary_age:
            ages.append(tr("sales summary as of ") + stats.summary_age)
        self.age_label.setText(" · ".join(ages) + "".join(f"\n{w}" for w in stats.warnings))
        self.stats_shown.emit(stats)

    def _fill_types(self, stats: EventStats) -> None:
        self.types_table.setRowCount(len(stats.ticket_types))
        for row, t in enumerate(stats.ticket_types):
            capacity = "∞" if t.capacity is None else str(t.capacity)
            cells = (t.name, str(t.sold), capacity, str(t.reserved), str(t.checked_in))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.types_table.setItem(row, column, item)
        header = self.types_table.horizontalHeader().height()
        rows = sum(self.types_table.rowHeight(r) for r in range(len(stats.ticket_types)))
        self.types_table.setFixedHeight(header + rows + 2 * self.types_table.frameWidth() + 6)

    def _fill_chart(self, stats: EventStats) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        buckets = _continuous(stats.arrivals)[-CHART_SLOTS:]
        if not buckets:
            self.chart.setTitle(tr("Arrivals per 5 minutes: nobody yet"))
            return
        zone = stats.time_zone_id or "UTC"
        self.chart.setTitle(tr("Arrivals per 5 minutes") + f" ({zone})")
        stations = sorted({s for b in buckets for s in b.by_station})
        series = QStackedBarSeries()
        for station in stations:
            bar = QBarSet(station)
            bar.append([float(b.by_station.get(station, 0)) for b in buckets])
            series.append(bar)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        # Clock times as the door sees them: in the event's time zone.
        categories.append([wall_time_in(b.start, stats.time_zone_id)[11:16] for b in buckets])
        if len(buckets) > 8:
            categories.setLabelsAngle(-90)  # upright "HH:MM" would not fit under each bar
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max(b.count for b in buckets))
        values.applyNiceNumbers()
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
