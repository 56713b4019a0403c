"""Start the desktop app: one instance per data folder, first run, demo, the door window."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLockFile, QLoggingCategory, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin_app.bootstrap import Station, open_station
from checkin_app.services.errors import StorageError
from checkin_app.services.secrets import ENV_DB_KEY, SecretsService
from checkin_app.settings import Settings, resolve_data_dir
from checkin_app.ui.appearance import apply_appearance
from checkin_app.ui.connection import connect
from checkin_app.ui.context import UiContext, UiEvents
from checkin_app.ui.demo import DemoSession, demo_payloads
from checkin_app.ui.first_run import FirstRunChoice, FirstRunDialog, needs_first_run
from checkin_app.ui.gc_policy import GuiThreadGarbageCollector
from checkin_app.ui.i18n import tr
from checkin_app.ui.icons import app_icon
from checkin_app.ui.language import (
    InstalledLanguage,
    LanguageError,
    choose_language,
    install_language,
)
from checkin_app.ui.main_window import CameraPlan, DoorWindow
from checkin_app.ui.message_text import message_text
from checkin_app.ui.secret_store_dialog import ensure_secret_store
from checkin_app.ui.sync_controller import DEFAULT_INTERVAL_S
from checkin_app.ui.wedge_filter import WedgeFilter
from checkin_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from checkin_app.services.connection import Engine, WixClient

log = logging.getLogger(__name__)

LOCK_FILENAME = "checkin-app.lock"

# WORKAROUND for Qt Multimedia probing optional libraries (pipewire, VA-API) and printing a
# warning for each one missing; they are not needed for short sound effects.
QT_LOG_RULES = "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg=false"


class AppError(Exception):
    """Start-up cannot go on; the message is one plain sentence for the user."""


@dataclass
class GuiOptions:
    demo: bool = False
    camera: str | None = None
    event: str | None = None
    station: str | None = None
    data_dir: str | None = None
    quit_after: float | None = None
    screenshot: str | None = None
    sync_interval: float = DEFAULT_INTERVAL_S
    lang: str | None = None  # `--lang de`: wins over the saved setting and the system's


def application() -> QApplication:
    """The one QApplication (made here when the caller has none yet)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QLoggingCategory.setFilterRules(QT_LOG_RULES)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("checkin-app")
    app.setApplicationDisplayName(tr("App", "Check-in"))
    app.setWindowIcon(app_icon())
    apply_appearance(app)
    GuiThreadGarbageCollector(app)  # cycles are collected on this thread only (gc_policy.py)
    return app


@contextmanager
def instance_lock(data_dir: Path) -> Iterator[QLockFile]:
    """Refuse a second window on the same data folder (a stale lock of a crashed run is
    taken over: QLockFile checks whether its process still lives)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_FILENAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        raise AppError(
            tr(
                "App",
                "Check-in is already open for this data folder ({folder}). Switch to that "
                "window, or start this one with --data-dir pointing elsewhere.",
            ).format(folder=data_dir)
        )
    try:
        yield lock
    finally:
        lock.unlock()


def run_gui(options: GuiOptions) -> int:
    """Run the window until it closes; returns the exit status. Raises `AppError`."""
    app = application()
    termination = _Termination(app)
    demo: DemoSession | None = None
    station: Station | None = None
    try:
        if options.demo:
            start_language(options.lang, "")
            demo = DemoSession()
            data_dir = Path(demo.start().data_dir)
            station = demo.station
        else:
            data_dir = resolve_data_dir(options.data_dir)
            start_language(options.lang, Settings.load(data_dir).language)
        with instance_lock(data_dir):
            if station is None:
                secrets = SecretsService.for_this_computer()
                if not os.environ.get(ENV_DB_KEY) and not ensure_secret_store(secrets):
                    return 0
                station = _open(data_dir, secrets)
                _tell_repair(station)
            _apply_options(station, options)
            engine, client, problem = None, None, None
            if demo is None and needs_first_run(station) and not os.environ.get("CHECKIN_SITE_ID"):
                dialog = FirstRunDialog(station)
                termination.action = dialog.reject
                dialog.exec()
                if dialog.choice is FirstRunChoice.QUIT:
                    return 0
                if dialog.choice is FirstRunChoice.DEMO:
                    station.close()
                    station = None
                    options.demo = True
                    return run_gui(options)
                engine = dialog.engine
                client = getattr(engine, "client", None)
            if demo is not None:
                engine, client, problem = demo.connect()
            elif engine is None:
                engine, client, problem = connect(station)
            if problem:
                log.info("Not connected to Wix: %s", problem)
            if options.event and engine is None and station.events.event(options.event) is None:
                raise AppError(
                    tr(
                        "App",
                        "Event {event} is not in the local cache and Wix cannot be reached to "
                        "download it: run `checkin-app sync --event` first.",
                    ).format(event=options.event)
                )
            return _run_window(app, termination, station, engine, client, options, demo, problem)
    except StorageError as exc:
        raise AppError(str(exc)) from None
    finally:
        if station is not None:
            station.close()
        if demo is not None:
            demo.stop()


def start_language(explicit: str | None, saved: str) -> InstalledLanguage:
    """Speak the chosen language from the first dialog on (raises `AppError` for a
    language the app does not ship)."""
    try:
        language = choose_language(explicit, saved)
    except LanguageError as exc:
        raise AppError(str(exc)) from None
    installed = install_language(language, explicit)
    log.info("Language %s, locale %s", installed.language, installed.locale.name())
    return installed


def _open(data_dir: Path, secrets: SecretsService) -> Station:
    try:
        return open_station(data_dir, secrets=secrets)
    except StorageError as exc:
        raise AppError(str(exc)) from None


def _tell_repair(station: Station) -> None:
    """A damaged database was salvaged on this start: say what was kept and lost."""
    if station.repair is None:
        return
    text = "\n".join(station.repair.lines())
    log.warning("%s", text)
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.warning(None, tr("App", "The database was repaired"), text)


def _apply_options(station: Station, options: GuiOptions) -> None:
    """Command-line choices win over the saved settings for this run (not saved)."""
    settings = station.settings
    if options.station:
        settings.station = options.station
    if options.event:
        settings.event_id = options.event
    if options.camera is not None:
        settings.camera = options.camera


def camera_plan(station: Station, options: GuiOptions, context: UiContext) -> CameraPlan:
    spec = station.settings.camera if options.camera is None else options.camera
    if options.demo and not spec:
        # The real camera if there is one, else the synthetic one showing cached tickets.
        return CameraPlan(
            ["0", "demo"],
            lambda: demo_payloads(station, context.event_id or None),
            wait_for_first_sync=True,
        )
    if spec == "demo":
        return CameraPlan(
            ["demo"],
            lambda: demo_payloads(station, context.event_id or None),
            wait_for_first_sync=context.engine is not None,
        )
    return CameraPlan([spec or "0"])


def _run_window(
    app: QApplication,
    termination: _Termination,
    station: Station,
    engine: Engine | None,
    client: WixClient | None,
    options: GuiOptions,
    demo: DemoSession | None,
    problem: str | None = None,
) -> int:
    runner = TaskRunner(2, "background")
    context = UiContext(
        station=station,
        events=UiEvents(),
        runner=runner,
        engine=engine,
        client=client,
        event_id=options.event or "",
    )
    reconnect = None if demo is not None else (lambda _settings: connect(station))
    window = DoorWindow(
        context,
        camera=camera_plan(station, options, context),
        sync_interval_s=options.sync_interval,
        reconnect=reconnect,
        connection_problem=problem,
    )
    wedge = WedgeFilter(parent=window)
    wedge.code_scanned.connect(window.scan_code)
    app.installEventFilter(wedge)
    termination.action = window.close_quietly
    if options.quit_after is not None:
        QTimer.singleShot(int(options.quit_after * 1000), window, window.close_quietly)
    if options.screenshot:
        path = Path(options.screenshot)
        # Just before --quit-after, else once the demo has had time to scan a few codes.
        delay = int(max(0.5, (options.quit_after or 6.5) - 0.5) * 1000)
        QTimer.singleShot(delay, window, lambda: _save_screenshot(window, path))
    window.show()
    try:
        status = app.exec()
    finally:
        app.removeEventFilter(wedge)
        if not window.isHidden():
            window.close_quietly()
        if engine is not None:
            engine.close()
        # Delete the Qt objects now, in order, rather than leaving them to the interpreter's
        # final garbage collection (PySide crashes there on some objects).
        window.deleteLater()
        runner.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return int(status)


def _save_screenshot(window: DoorWindow, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        log.warning("Could not save the screenshot to %s", path)


class _Termination:
    """SIGTERM / SIGINT end the app cleanly: they call `action` (close the window quietly,
    or cancel the first-run dialog) on the GUI thread; queued check-ins are kept."""

    def __init__(self, app: QApplication) -> None:
        self.action: Callable[[], None] = app.quit
        self._app = app
        for signum in (signal.SIGTERM, signal.SIGINT):
            try:
                signal.signal(signum, self._on_signal)
            except ValueError:  # not the main thread (tests): nothing to install
                return
        # Python runs signal handlers only between bytecodes; Qt's C++ loop must yield now
        # and then for that to happen.
        self._ticker = QTimer(app, interval=200)
        self._ticker.timeout.connect(lambda: None)
        self._ticker.start()

    def _on_signal(self, _signum: int, _frame: object) -> None:
        QTimer.singleShot(0, self._app, self.action)


def show_error(message: str) -> None:
    """A start-up problem in a dialog when there is a screen (the CLI prints it too)."""
    if QApplication.instance() is not None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.critical(None, tr("App", "Check-in cannot start"), message_text(message))
