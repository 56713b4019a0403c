"""The live stats panel: sold, capacity, reserved and checked in per ticket type, revenue,
arrivals per 5 minutes (a chart) and per station, walk-up sales.

Figures come from the station's cache (so the panel works offline, saying how old they
are) and are recomputed on a worker after every scan and every sync, without a click.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.clock import parse_iso
from checkin_app.services.errors import EventNotFound
from checkin_app.services.exports import ExportResult
from checkin_app.services.stats import EventStats
from checkin_app.services.wix_problems import WixProblem
from checkin_app.ui.context import UiContext
from checkin_app.ui.formats import age_text, amounts_text, number_text, percent_text
from checkin_app.ui.i18n import PLURAL, tr
from checkin_app.ui.message_text import message_text
from checkin_app.ui.panels.common import (
    BackgroundCalls,
    Banner,
    fit_rows,
    named,
    problem_text,
    sized_table,
    table_cell,
)
from checkin_app.ui.panels.stats_chart import CHART_SLOTS, ArrivalsChart, station_name

__all__ = ["CHART_SLOTS", "StatsPanel"]

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250  # a burst of scans is one recount
SUMMARY_EVERY_S = 60.0  # after a sync, ask Wix for the Orders summary at most this often


class StatsPanel(QWidget):
    """Sales and attendance for the door's event, kept up to date."""

    stats_shown = Signal(object)  # EventStats
    exported = Signal(object)  # ExportResult

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPanel")
        self._context = context
        self._calls = BackgroundCalls(context, owner=self)
        station = context.station
        self._service = station.stats_service()
        self._exports = station.export_service()
        self._generation = 0
        self.event_id = context.event_id
        self.last_stats: EventStats | None = None
        self._summary_asked_at: float | None = None

        self.banner = Banner()
        self.title_label = QLabel()
        self.title_label.setObjectName("statsTitle")
        self.title_label.setWordWrap(True)
        self.checked_label = QLabel()
        self.checked_label.setObjectName("checkedInFigure")
        self.checked_label.setWordWrap(True)
        font = self.checked_label.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.checked_label.setFont(font)
        self.progress = named(QProgressBar(), tr("StatsPanel", "Share of sold tickets checked in"))
        self.progress.setTextVisible(True)
        self.revenue_label = QLabel()
        self.revenue_label.setObjectName("revenueFigure")
        self.revenue_label.setWordWrap(True)
        self.walkup_label = QLabel()
        self.walkup_label.setObjectName("walkUpFigure")
        self.walkup_label.setWordWrap(True)
        self.age_label = QLabel()
        self.age_label.setObjectName("figuresAge")
        self.age_label.setWordWrap(True)
        refresh = tr("StatsPanel", "Refresh from Wix")
        self.refresh_button = named(
            QPushButton(refresh), refresh, tr("StatsPanel", "Ask Wix for the latest sales")
        )
        self.refresh_button.clicked.connect(self.refresh_from_wix)
        export = tr("StatsPanel", "Export scans…")
        self.export_button = named(
            QPushButton(export),
            tr("StatsPanel", "Export the scan log"),
            tr("StatsPanel", "Every scan at this station, turned-away guests included, as CSV"),
        )
        self.export_button.setObjectName("exportScansButton")
        self.export_button.setToolTip(
            tr("StatsPanel", "Every scan at this station, turned-away guests included, as CSV")
        )
        self.export_button.clicked.connect(self._on_export)

        self.types_table = named(QTableWidget(0, 5), tr("StatsPanel", "Figures per ticket type"))
        self.types_table.setObjectName("ticketTypeStats")
        sized_table(
            self.types_table,
            [
                tr("StatsPanel", "Ticket type"),
                tr("StatsPanel", "Sold"),
                tr("StatsPanel", "Capacity"),
                tr("StatsPanel", "Reserved"),
                tr("StatsPanel", "Checked in"),
            ],
        )
        self.types_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.stations_label = QLabel()
        self.stations_label.setObjectName("arrivalsByStation")
        self.stations_label.setWordWrap(True)

        self.chart_view = ArrivalsChart()
        self.chart = self.chart_view.chart_

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
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
            self.title_label.setText(
                tr("StatsPanel", "Choose the event at the door to see its figures.")
            )
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
                tr("StatsPanel", "Offline: these figures come from this station's cache."),
                "offline",
            )
            return
        event_id = self.event_id
        self._summary_asked_at = time.monotonic()
        if not quiet:
            self.banner.show_message(tr("StatsPanel", "Asking Wix for the latest sales…"), "info")

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
                tr("StatsPanel", "Offline: figures from this station's cache (ages below)."),
                "offline",
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
            self.title_label.setText(message_text(str(error)))
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
            tr("StatsPanel", "Checked in: {checked} / {sold} sold ({percent})").format(
                checked=number_text(stats.checked_in),
                sold=number_text(stats.sold),
                percent=percent_text(stats.checked_in_percent),
            )
        )
        self.progress.setRange(0, max(stats.sold, 1))
        self.progress.setValue(min(stats.checked_in, max(stats.sold, 1)))
        self.revenue_label.setText(
            tr("StatsPanel", "Revenue: {revenue} ({source})").format(
                revenue=amounts_text(stats.revenue, empty="—"), source=_revenue_source(stats)
            )
        )
        sales, tickets = stats.walk_up_sales, stats.walk_up_tickets
        self.walkup_label.setText(
            tr("StatsPanel", "Walk-up sales here: {sales}, {tickets}, {revenue} (cash {cash})")
            .format(
                sales=tr("StatsPanel", "%n sales", None, PLURAL, sales),
                tickets=tr("StatsPanel", "%n tickets", None, PLURAL, tickets),
                revenue=amounts_text(stats.walk_up_revenue, empty="—"),
                cash=amounts_text(stats.walk_up_cash, empty="—"),
            )
        )  # fmt: skip
        self._fill_types(stats)
        self._fill_chart(stats)
        stations = ", ".join(
            f"{station_name(name)}: {number_text(n)}"
            for name, n in stats.arrivals_by_station.items()
        )
        self.stations_label.setText(
            tr("StatsPanel", "Arrivals by station: {stations}").format(stations=stations or "—")
        )
        now = datetime.now(UTC)
        synced = parse_iso(stats.tickets_synced_at)
        ages = [
            tr("StatsPanel", "Guest list as of {age}").format(
                age=age_text((now - synced).total_seconds())
            )
            if synced
            else tr("StatsPanel", "Guest list never downloaded")
        ]
        fetched = parse_iso(stats.summary_fetched_at)
        if fetched:
            ages.append(
                tr("StatsPanel", "sales summary as of {age}").format(
                    age=age_text((now - fetched).total_seconds())
                )
            )
        warnings = "".join(f"\n{message_text(w)}" for w in stats.warnings)
        self.age_label.setText(" · ".join(ages) + warnings)
        self.stats_shown.emit(stats)

    def _fill_types(self, stats: EventStats) -> None:
        self.types_table.setRowCount(len(stats.ticket_types))
        for row, t in enumerate(stats.ticket_types):
            capacity = "∞" if t.capacity is None else number_text(t.capacity)
            cells = (t.name, number_text(t.sold), capacity, number_text(t.reserved),
                     number_text(t.checked_in))  # fmt: skip
            for column, text in enumerate(cells):
                item = table_cell(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.types_table.setItem(row, column, item)
        fit_rows(self.types_table)

    # -- exporting ------------------------------------------------------------------------
    def _on_export(self) -> None:
        if not self.event_id:
            self.banner.show_message(tr("StatsPanel", "Choose the event at the door first."),
                                     "error")  # fmt: skip
            return
        suggested = str(Path.home() / "scans.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("StatsPanel", "Export the scan log"), suggested,
            tr("StatsPanel", "CSV files (*.csv)"),
        )  # fmt: skip
        if path:
            self.export_scans(Path(path))

    def export_scans(self, path: Path) -> None:
        """Write the event's scan log to `path` on a worker; the banner says how it went."""
        event_id, exports = self.event_id, self._exports
        self._calls.run(
            lambda: exports.scan_log(event_id, path),
            on_done=self._exported,
            on_error=self._on_error,
            disable=[self.export_button],
        )

    def _exported(self, result: ExportResult) -> None:
        rows = result.rows
        self.banner.show_message(
            tr("StatsPanel", "Wrote %n scans ({detail}) to {file}", None, PLURAL, rows).format(
                detail=message_text(result.detail), file=result.path
            ),
            "ok",
        )
        self.exported.emit(result)

    def _fill_chart(self, stats: EventStats) -> None:
        self.chart_view.show_arrivals(stats.arrivals, stats.time_zone_id)


def _revenue_source(stats: EventStats) -> str:
    """Where the revenue comes from, and how many orders when Wix said."""
    source = {
        "wix": tr("StatsPanel", "Wix orders summary"),
        "guest list": tr("StatsPanel", "estimated from the guest list"),
    }.get(stats.revenue_source, tr("StatsPanel", "no figures yet"))
    if stats.orders is None:
        return source
    orders = stats.orders
    return tr("StatsPanel", "{source}, %n orders", None, PLURAL, orders).format(source=source)
