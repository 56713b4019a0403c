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
from typing import TYPE_CHECKING

from PySide6.QtCore import QtMsgType, SignalInstance, qInstallMessageHandler, qVersion

from checkin_app.services.doctor_checks import Check, ok, problem, warning
from checkin_app.ui.language import check_translations
from checkin_app.ui.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect  # loaded lazily: Qt Multimedia may be absent

SOUNDS = ("admitted.wav", "attention.wav", "rejected.wav")

_app: object = None  # the QApplication the probe made, kept alive until the process ends


@contextmanager
def _qt_messages_on_stderr() -> Iterator[None]:
    """Qt's messages with their category ('qt.qpa.plugin: ...'): when Qt aborts, they are
    all the doctor has to say why, and it reads them from this process's stderr."""

    def handler(kind: QtMsgType, context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            category = getattr(context, "category", None) or "qt"
            line = f"{category}: {text}".encode("ascii", "replace").decode()
            print(line, file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def qt_checks() -> list[Check]:
    """Start Qt as the window would, then try each Qt part the app uses."""
    with _qt_messages_on_stderr():
        checks = [_widgets_check()]
        if checks[0].status == "problem":
            return checks
        checks += [_resources_check(), _charts_check(), *_multimedia_checks()]
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
    if missing or icon_path is None:
        return warning("resources", f"Missing: {', '.join(missing)} (built-in fallbacks used).")
    formats = {f.toStdString() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats or QIcon(str(icon_path)).pixmap(64, 64).isNull():
        return warning("resources", "The SVG image plugin is missing: the app icon is drawn.")
    languages, unreadable = check_translations()
    if unreadable:
        return warning(
            "resources",
            f"Translations missing: {', '.join(unreadable)} (those texts stay in English; "
            "`make setup` or a reinstall builds them).",
        )
    return ok(
        "resources",
        f"App icon, {len(SOUNDS)} sounds and translations ({', '.join(languages)}) in "
        f"{icon_path.parents[1]}.",
    )


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


def _multimedia_checks() -> list[Check]:
    """The door's sounds are QSoundEffects: Qt Multimedia's own audio output (PulseAudio,
    PipeWire, CoreAudio, WASAPI) plays them; no media backend plugin (FFmpeg) is needed."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:
        return [problem("qt_multimedia", f"Qt Multimedia cannot be loaded ({exc}): no sounds.")]
    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        return [
            ok("qt_multimedia", "Qt Multimedia loads (no sound output here to try it on)."),
            warning(
                "audio",
                "No sound output found: the door will be silent. Plug in or unmute speakers "
                "(the green and red cards still show).",
            ),
        ]
    default = QMediaDevices.defaultAudioOutput()
    device = default.description() if not default.isNull() else outputs[0].description()
    sound = resource_path("sounds", SOUNDS[0])
    if sound is None:
        return [
            ok("qt_multimedia", "Qt Multimedia loads."),
            ok("audio", f"Sounds play on: {device} (built-in beeps: sound files missing)."),
        ]
    played, status = _play_silently(QSoundEffect, sound)
    if not played:
        return [
            problem("qt_multimedia", f"The door's sounds cannot play on {device} ({status})."),
            warning("audio", f"Sound output found ({device}), but playing failed."),
        ]
    return [
        ok("qt_multimedia", "Qt Multimedia plays the door's sounds."),
        ok("audio", f"Sounds play on: {device}."),
    ]


def _play_silently(effect_class: type[QSoundEffect], path: object) -> tuple[bool, str]:
    """Load and play one sound at volume 0; (played, final status name)."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl

    effect = effect_class()
    effect.setSource(QUrl.fromLocalFile(str(path)))
    effect.setVolume(0.0)

    def wait_for(signal: SignalInstance, ms: int) -> None:
        # An event loop, not a processEvents() spin: each PySide call returning None costs a
        # reference on Python 3.11 with PySide6 6.12 (the PySide6 6.12 reference bug).
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    if effect.status() == effect_class.Status.Loading:
        wait_for(effect.statusChanged, 3000)
    if effect.status() != effect_class.Status.Ready:
        return False, effect.status().name
    started: list[bool] = []
    effect.playingChanged.connect(lambda: started.append(effect.isPlaying()))
    effect.play()
    if not started:
        wait_for(effect.playingChanged, 3000)
    return any(started), effect.status().name
