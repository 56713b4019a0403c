"""The Qt half of `checkin-app doctor`: window system, sound system, charts, audio output.

Run in a child process (`checkin-app doctor --qt-probe`, see commands/doctor.py) so a Qt that
cannot start — no screen, a missing platform plugin — is reported, never crashes the doctor.
Qt's own log lines go to stderr with their category, which the doctor reads when this
process dies (Qt aborts when it finds no usable platform plugin).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QtMsgType, qInstallMessageHandler, qVersion

from checkin_app.services.doctor_checks import Check, ok, problem, warning
from checkin_app.ui.resources import resource_path

SOUNDS = ("admitted.wav", "attention.wav", "rejected.wav")

_app: object = None  # the QApplication the probe made, kept alive until the process ends


@contextmanager
def _collected_qt_messages() -> Iterator[list[str]]:
    messages: list[str] = []

    def handler(kind: QtMsgType, context: object, text: str) -> None:
        if kind == QtMsgType.QtDebugMsg:
            return
        messages.append(text)
        # Also to stderr, which the doctor reads when this process dies (a fatal message
        # is followed by an abort, so it cannot be returned as a check).
        category = getattr(context, "category", None) or "qt"
        print(f"{category}: {text}", file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)
    try:
        yield messages
    finally:
        qInstallMessageHandler(previous)


def qt_checks() -> list[Check]:
    """Start Qt as the window would, then try each Qt part the app uses."""
    with _collected_qt_messages() as messages:
        checks = [_widgets_check()]
        if checks[0].status == "problem":
            return checks
        checks += [_resources_check(), _charts_check(), *_multimedia_checks(messages)]
    return checks


def _widgets_check() -> Check:
    from PySide6.QtWidgets import QApplication, QWidget

    global _app
    _app = QApplication.instance() or QApplication(["checkin-app"])
    widget = QWidget()
    widget.resize(200, 100)
    rendered = not widget.grab().isNull()
    widget.deleteLater()
    platform = QApplication.platformName()
    if not rendered:
        return problem("qt_widgets", f"Qt {qVersion()} cannot draw a window ({platform}).")
    if platform == "offscreen":
        return ok("qt_widgets", f"Qt {qVersion()}, drawing off-screen (no display in use).")
    return ok("qt_widgets", f"Qt {qVersion()} on the {platform} window system.")


def _resources_check() -> Check:
    from PySide6.QtGui import QIcon, QImageReader

    icon_path = resource_path("icons", "checkin-app.svg")
    missing = [name for name in SOUNDS if resource_path("sounds", name) is None]
    if icon_path is None:
        missing.insert(0, "checkin-app.svg")
    if missing:
        return warning("resources", f"Missing: {', '.join(missing)} (built-in fallbacks used).")
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats or QIcon(str(icon_path)).pixmap(64, 64).isNull():
        return warning("resources", "The SVG image plugin is missing: the app icon is drawn.")
    return ok("resources", f"App icon and {len(SOUNDS)} sounds in {icon_path.parents[1]}.")


def _charts_check() -> Check:
    try:
        from PySide6.QtCharts import QChart, QChartView, QLineSeries
    except ImportError as exc:
        return problem("qt_charts", f"Qt Charts cannot be loaded ({exc}): no live stats.")
    chart = QChart()
    series = QLineSeries()
    series.append(0, 1)
    chart.addSeries(series)
    view = QChartView(chart)
    drawn = not view.grab().isNull()
    view.deleteLater()
    if not drawn:
        return problem("qt_charts", "Qt Charts loads but cannot draw.")
    return ok("qt_charts", "Qt Charts draws.")


def _multimedia_checks(messages: list[str]) -> list[Check]:
    try:
        from PySide6.QtMultimedia import QMediaDevices, QMediaFormat
    except ImportError as exc:
        return [problem("qt_multimedia", f"Qt Multimedia cannot be loaded ({exc}): no sounds.")]
    before = len(messages)
    formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if not formats:  # no backend plugin answered
        said = "; ".join(messages[before:][-2:]) or "no backend plugin found"
        return [problem("qt_multimedia", f"Qt Multimedia has no sound backend ({said}).")]
    checks = [ok("qt_multimedia", f"Qt Multimedia backend loaded ({len(formats)} formats).")]
    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        checks.append(
            warning(
                "audio",
                "No sound output found: the door will be silent. Plug in or unmute speakers "
                "(the green and red cards still show).",
            )
        )
    else:
        default = QMediaDevices.defaultAudioOutput()
        name = default.description() if not default.isNull() else outputs[0].description()
        checks.append(ok("audio", f"Sounds play on: {name}."))
    return checks
