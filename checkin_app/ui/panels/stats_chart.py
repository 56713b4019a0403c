"""The stats panel's arrivals chart: guests per 5 minutes, stacked by door, with a time axis
labelled legibly (HH:MM every 30 minutes, or wider steps for a longer span)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from checkin_app.domain.clock import parse_iso, to_iso
from checkin_app.services.stats import BUCKET_MINUTES, OTHER_DEVICES, ArrivalBucket
from checkin_app.ui.i18n import PLURAL, tr
from checkin_app.ui.panels.common import wall_time_in

CHART_SLOTS = 24  # the last two hours of 5-minute slots
LABEL_STEPS_MINUTES = (15, 30, 60, 120, 240, 480, 1440)
MAX_LABELS = 6


def station_name(name: str) -> str:
    """A station as the stats show it: Wix's check-ins from elsewhere in words."""
    return tr("StatsPanel", "other devices") if name == OTHER_DEVICES else name


def continuous(buckets: list[ArrivalBucket]) -> list[ArrivalBucket]:
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


def axis_labels(buckets: list[ArrivalBucket], time_zone_id: str | None) -> list[tuple[int, str]]:
    """(slot index, label) for the time axis: HH:MM at round times, every 30 minutes for
    two hours of slots, wider steps for longer spans, at most `MAX_LABELS`; the date too
    when the slots are more than half a day apart (a clock time alone would mislead)."""
    walls = [wall_time_in(b.start, time_zone_id) for b in buckets]  # "YYYY-MM-DD HH:MM"
    if not walls:
        return []
    first, last = parse_iso(buckets[0].start), parse_iso(buckets[-1].start)
    several_days = first is not None and last is not None and last - first > timedelta(hours=12)
    minutes = [int(w[11:13]) * 60 + int(w[14:16]) if len(w) >= 16 else 0 for w in walls]
    span = max(len(buckets) * BUCKET_MINUTES, 1)
    step = next((s for s in LABEL_STEPS_MINUTES if span / s <= MAX_LABELS), 1440)
    picked = [i for i, m in enumerate(minutes) if m % step == 0]
    if not picked:
        picked = [0] if len(buckets) < 2 else [0, len(buckets) - 1]
    if len(picked) > MAX_LABELS:
        stride = -(-len(picked) // MAX_LABELS)
        picked = picked[::stride]
    labels, seen = [], set()
    for index in picked:
        text = walls[index][5:16] if several_days else walls[index][11:16]
        if text not in seen:  # an axis label must be unique
            seen.add(text)
            labels.append((index, text))
    return labels


class ArrivalsChart(QChartView):
    """Arrivals per 5 minutes, one colour per door, times in the event's time zone."""

    def __init__(self) -> None:
        self.chart_ = QChart()
        self.chart_.setTitle(tr("StatsPanel", "Arrivals per 5 minutes"))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(tr("StatsPanel", "Arrivals per 5 minutes"))
        self.labels: list[str] = []

    def show_arrivals(self, arrivals: list[ArrivalBucket], time_zone_id: str | None) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        buckets = continuous(arrivals)[-CHART_SLOTS:]
        self.labels = []
        if not buckets:
            chart.setTitle(tr("StatsPanel", "Arrivals per 5 minutes: nobody yet"))
            self.setAccessibleDescription(tr("StatsPanel", "Nobody has arrived yet"))
            return
        zone = time_zone_id or "UTC"
        chart.setTitle(tr("StatsPanel", "Arrivals per 5 minutes ({zone})").format(zone=zone))
        stations = sorted({s for b in buckets for s in b.by_station})
        series = QStackedBarSeries()
        for station in stations:
            bar = QBarSet(station_name(station))
            bar.append([float(b.by_station.get(station, 0)) for b in buckets])
            series.append(bar)
        chart.addSeries(series)
        # Clock times as the door sees them (the event's zone), at round times only: a
        # label under every 5-minute bar would not fit, and Qt would show "⋮" instead.
        times = QCategoryAxis()
        times.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        times.setRange(-0.5, len(buckets) - 0.5)
        for index, label in axis_labels(buckets, time_zone_id):
            times.append(label, index)
            self.labels.append(label)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max(max(b.count for b in buckets), 1))
        values.applyNiceNumbers()
        chart.addAxis(times, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(times)
        series.attachAxis(values)
        total = sum(b.count for b in buckets)
        self.setAccessibleDescription(
            tr("StatsPanel", "%n arrivals in the last two hours", None, PLURAL, total)
        )
