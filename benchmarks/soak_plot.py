"""Draw the soak's series as one PNG with Qt's QPainter (offscreen): no plotting library.

    python benchmarks/soak_plot.py SAMPLES.json OUT.png     # redraw from `soak.py --samples`

Five stacked panels sharing the time axis — RSS, open descriptors and threads, database and
WAL size, the upload queue, scans and errors per minute — with the fault windows shaded
(outages darker) and the end of warm-up marked.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

WIDTH, PANEL_H, LEFT, RIGHT, TOP, GAP = 1000, 130, 70, 20, 34, 26
WARM_UP_SHARE = 0.25


def draw(series: list[dict], faults: Sequence[tuple[str, float, float]], out: Path) -> None:
    """Write the chart of `series` (soak samples) with `faults` (label, start s, end s)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if not series:
        raise ValueError("no samples to draw")
    t_end = max(s["t"] for s in series)
    panels: list[tuple[str, list[tuple[str, str, Callable[[dict], float]]]]] = [
        ("RSS (MB)", [("RSS", "#1f5fbf", lambda s: s["rss"] / 2**20)]),
        ("descriptors, threads", [("fds", "#1f5fbf", lambda s: s["fds"]),
                                  ("threads", "#c2571a", lambda s: s["threads"])]),
        ("database, WAL (MB)", [("db", "#1f5fbf", lambda s: s["db"] / 2**20),
                                ("WAL", "#c2571a", lambda s: s["wal"] / 2**20)]),
        ("upload queue", [("waiting", "#7a3db8", lambda s: s["queue"])]),
        ("per minute", [("scans", "#2e7d32", _rate(series, "verdicts")),
                        ("sync errors", "#b3261e", _rate(series, "sync_errors"))]),
    ]  # fmt: skip
    height = TOP + len(panels) * (PANEL_H + GAP) + 20
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    title = (
        f"checkin_app soak: a 6-hour door night in {t_end / 60:.0f} min; "
        "shaded: injected faults (dark: offline); dashed: end of warm-up"
    )
    painter.drawText(LEFT, 18, title)
    plot_w = WIDTH - LEFT - RIGHT

    def x_of(t: float) -> float:
        return LEFT + plot_w * t / t_end

    for index, (title, lines) in enumerate(panels):
        top = TOP + index * (PANEL_H + GAP)
        frame = QRectF(LEFT, top, plot_w, PANEL_H)
        for label, start, end in faults:
            shade = QColor(0, 0, 0, 46 if label == "outage" else 18)
            painter.fillRect(QRectF(x_of(start), top, x_of(end) - x_of(start), PANEL_H), shade)
        painter.setPen(QPen(QColor("#888888"), 1, Qt.PenStyle.DashLine))
        warm = x_of(WARM_UP_SHARE * t_end)
        painter.drawLine(QPointF(warm, top), QPointF(warm, top + PANEL_H))
        values = [fn(s) for _l, _c, fn in lines for s in series]
        high = max(max(values, default=1.0) * 1.1, 1e-9)
        painter.setPen(QPen(QColor("#444444"), 1))
        painter.drawRect(frame)
        painter.drawText(QPointF(4, top + 10), f"{high:.0f}" if high >= 10 else f"{high:.1f}")
        painter.drawText(QPointF(4, top + PANEL_H), "0")
        legend = LEFT + 6
        painter.drawText(QPointF(legend, top - 4), title)
        legend += 150
        for label, colour, fn in lines:
            pen = QPen(QColor(colour), 1.6)
            painter.setPen(pen)
            points = [QPointF(x_of(s["t"]), top + PANEL_H * (1 - fn(s) / high)) for s in series]
            painter.drawPolyline(points)
            painter.drawText(QPointF(legend, top - 4), label)
            legend += 90
        painter.setPen(QPen(QColor("#444444"), 1))
    bottom = TOP + len(panels) * (PANEL_H + GAP) - GAP + 14
    for minute in range(0, int(t_end // 60) + 1, max(1, int(t_end // 600))):
        painter.drawText(QPointF(x_of(minute * 60) - 8, bottom), f"{minute}m")
    painter.end()
    if not image.save(str(out), "PNG", 0):  # PNG: 0 = the strongest compression
        raise OSError(f"cannot write {out}")


def _rate(series: list[dict], key: str) -> Callable[[dict], float]:
    """Per-minute rate of a running count, between consecutive samples."""
    previous: dict[int, float] = {}
    for before, after in itertools.pairwise(series):
        span = max(after["t"] - before["t"], 1e-6)
        previous[id(after)] = 60.0 * (after[key] - before[key]) / span
    return lambda s: max(0.0, previous.get(id(s), 0.0))


if __name__ == "__main__":
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    draw(data["series"], data["faults"], Path(sys.argv[2]))
