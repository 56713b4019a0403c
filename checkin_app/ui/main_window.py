"""The door window: camera, result card, recent scans, guest search and status line, put
together; `DoorPresenter` holds the door's rules and this window is its view.

Organizer work (setup, walk-up sales, stats) opens in `OrganizerWindow`, so the door keeps its
size. Door work runs on worker pools: the GUI thread never waits on SQLite or the network.
"""

from __future__ import annotations

import collections
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from checkin_app.domain.models import Event, InputMethod, Verdict
from checkin_app.settings import Settings
from checkin_app.ui.context import UiContext
from checkin_app.ui.door_camera import CameraPlan, DoorCamera
from checkin_app.ui.door_controller import DoorController
from checkin_app.ui.door_dialogs import DoorDialogs
from checkin_app.ui.door_layout import lay_out_door
from checkin_app.ui.door_lock import DoorLock
from checkin_app.ui.door_menus import DoorMenus
from checkin_app.ui.door_presenter import DoorPresenter
from checkin_app.ui.door_screen import DoorScreen
from checkin_app.ui.door_settings import DoorPreferences, Reconnect
from checkin_app.ui.door_toolbar import DoorToolbar
from checkin_app.ui.hub_membership import install_hub_membership
from checkin_app.ui.hub_switch import install_hub_switch
from checkin_app.ui.icons import app_icon
from checkin_app.ui.lock_indicator import LockIndicator
from checkin_app.ui.message_text import message_text
from checkin_app.ui.organizer_window import OrganizerWindow, PanelSpec
from checkin_app.ui.panels import PANELS
from checkin_app.ui.recent_scans import RecentScans
from checkin_app.ui.result_card import ResultCard
from checkin_app.ui.search_panel import SearchPanel
from checkin_app.ui.settings_dialog import SettingsDialog
from checkin_app.ui.sounds import SoundPlayer
from checkin_app.ui.speech import Speaker
from checkin_app.ui.station_status import StationSnapshot, take_snapshot
from checkin_app.ui.status_bar import StatusLine
from checkin_app.ui.sync_controller import DEFAULT_INTERVAL_S, SyncController
from checkin_app.ui.verdict_announcer import VerdictAnnouncer
from checkin_app.ui.window_state import WindowState, place_door_window
from checkin_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from checkin_app.services.connection import SyncReport

__all__ = ["CameraPlan", "DoorWindow"]

log = logging.getLogger(__name__)

SNAPSHOT_INTERVAL_MS = 2000
LOCK_TICK_MS = 1000


class DoorWindow(QMainWindow):
    """The whole door station. Build it with a `UiContext`; `close_quietly()` for SIGTERM."""

    snapshot_updated = Signal(object)  # StationSnapshot
    events_loaded = Signal(list)  # [Event]

    def __init__(
        self,
        context: UiContext,
        *,
        camera: CameraPlan | None = None,
        sync_interval_s: float = DEFAULT_INTERVAL_S,
        reconnect: Reconnect | None = None,
        panels: list[PanelSpec] | None = None,
        camera_debounce_s: float = 3.0,
        connection_problem: str | None = None,
        door_lock: DoorLock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings = context.station.settings
        self._interactive_close = True
        self._closing = False
        self.latencies: collections.deque[float] = collections.deque(maxlen=10_000)
        self._pending_paint: float | None = None
        self.setObjectName("DoorWindow")
        self.setWindowIcon(app_icon())
        self.state = WindowState(context.station.data_dir)

        # Workers: check-ins in order on one thread; searches and sync each on their own so
        # a slow network never delays a scan.
        self.checkin_runner = TaskRunner(1, "checkin", self)
        self.search_runner = TaskRunner(1, "search", self)
        self.sync_runner = TaskRunner(1, "sync", self)
        self.door = DoorController(context, self.checkin_runner, self)
        self.sync = SyncController(context, self.sync_runner, sync_interval_s, self)
        self.sounds = SoundPlayer(muted=not settings.sounds, parent=self)
        self.speaker = Speaker(settings.speak_verdicts, self)
        # Door mode; a test hands in a lock with its own clocks.
        self.lock = door_lock or DoorLock(
            settings.supervisor_pin_hash, idle_s=settings.lock_after_minutes * 60
        )
        self.preferences = DoorPreferences(self, reconnect)
        self.dialogs = DoorDialogs(self)
        self.presenter = DoorPresenter(
            DoorScreen(self),
            self.door,
            self.lock,
            self.sync,
            context,
            settings,
            self.preferences.save,
        )
        self._make_parts(camera or CameraPlan(), camera_debounce_s, connection_problem, panels)
        self._compose()
        self._connect()
        self.presenter.start()
        self.preferences.show()
        self._snapshot_timer = QTimer(self, interval=SNAPSHOT_INTERVAL_MS)
        self._snapshot_timer.timeout.connect(self.refresh_status)
        self._snapshot_timer.start()
        self._lock_timer = QTimer(self, interval=LOCK_TICK_MS)
        self._lock_timer.timeout.connect(self.presenter.tick)
        self._lock_timer.start()
        place_door_window(self, self.state)
        self.search.box.setFocus()  # type a name at once; the scanner works whatever has focus

        self.reload_events()
        self.refresh_status()
        self.sync.start()
        if self.camera.plan.specs and not self.camera.plan.wait_for_first_sync:
            self.start_camera()

    def _make_parts(
        self,
        camera: CameraPlan,
        debounce_s: float,
        connection_problem: str | None,
        panels: list[PanelSpec] | None,
    ) -> None:
        self.camera = DoorCamera(camera, debounce_s, self)
        self.card = ResultCard(self.settings.auto_dismiss_seconds)
        self.announcer = VerdictAnnouncer(self.card, self.speaker, self)
        self.recent = RecentScans()
        self.search = SearchPanel(self.context, self.search_runner)
        self.toolbar = DoorToolbar(self)
        self.status_line = StatusLine()
        self.status_line.not_connected_reason = message_text(connection_problem or "")
        self.lock_indicator = LockIndicator()
        self.organizer = OrganizerWindow(
            self.context, PANELS if panels is None else panels, self.state
        )
        self.menus = DoorMenus(self, self.organizer.view_actions)
        self.hub_switch = install_hub_switch(self, self.menus.station, self.menus.lock)
        self.hub_membership = install_hub_membership(
            self, self.menus.station, self.hub_switch.action
        )
        # Names the app, the tests and the benchmarks use for the parts.
        self.camera_feed, self.camera_view = self.camera.feed, self.camera.view
        self.recent_model = self.recent.model
        self.event_picker = self.toolbar.event_picker
        self.lock_button, self.mute_button = self.toolbar.lock_button, self.toolbar.mute_button
        self.settings_action, self.sync_action = self.menus.settings, self.menus.sync

    # -- building -------------------------------------------------------------------------------
    def _compose(self) -> None:
        lay_out_door(self)

    def add_status_part(self, widget: QWidget) -> None:
        """Another part of the status line (e.g. download progress, the hub): after the
        station's own, before the door-mode indicator."""
        self.statusBar().insertPermanentWidget(0, widget)

    def _connect(self) -> None:
        presenter, events = self.presenter, self.context.events
        self.door.verdict_ready.connect(self._on_verdict_ready)
        self.door.undo_finished.connect(presenter.undo_finished)
        self.door.action_failed.connect(presenter.action_failed)
        self.card.undo_requested.connect(presenter.undo_card)
        self.card.collect_requested.connect(presenter.collect)
        self.card.override_requested.connect(presenter.admit_anyway)
        self.card.painted.connect(self._on_card_painted)
        self.card.announced.connect(self.announcer.announce)
        self.search.check_in_requested.connect(presenter.check_in)
        self.search.undo_requested.connect(presenter.undo)
        self.camera.send_scans_to(self.door)  # from the decoder thread, no GUI hop
        self.status_line.attention_clicked.connect(self.show_attention)
        self.toolbar.event_picked.connect(self._on_event_picked)
        self.toolbar.mute_toggled.connect(self._on_mute_toggled)
        self.toolbar.lock_clicked.connect(presenter.toggle_lock)
        menus = self.menus
        menus.attention.triggered.connect(self.show_attention)
        menus.settings.triggered.connect(self.show_settings)
        menus.sync.triggered.connect(self.sync.sync_explicitly)
        menus.lock.triggered.connect(presenter.toggle_lock)
        menus.quit.triggered.connect(self.close)
        menus.find.triggered.connect(self.focus_search)
        menus.high_contrast.toggled.connect(self.preferences.toggle_high_contrast)
        menus.speak.toggled.connect(self.preferences.toggle_speak)
        self.organizer.activity.connect(presenter.supervisor_activity)
        events.sync_finished.connect(self._on_sync_finished)
        events.event_changed.connect(self._on_event_changed)
        self.snapshot_updated.connect(self.status_line.update_snapshot)

    # -- the dialogs open now (tests look at them) ----------------------------------------------
    @property
    def pin_dialog(self) -> Any:
        return self.dialogs.pin_dialog

    @property
    def question(self) -> Any:
        return self.dialogs.question

    @property
    def settings_dialog(self) -> Any:
        return self.dialogs.settings_dialog

    @property
    def attention_dialog(self) -> Any:
        return self.dialogs.attention_dialog

    # -- scanning -------------------------------------------------------------------------------
    def scan_code(self, raw: str, method: InputMethod = InputMethod.SCANNER) -> None:
        """A code from the USB scanner (or anything else that is not the camera)."""
        self.presenter.scan(raw, method)

    def _on_verdict_ready(self, verdict: Verdict, raw: str, started: float) -> None:
        self._pending_paint = started
        self.presenter.verdict_ready(verdict, raw)

    def _on_card_painted(self, painted_at: float) -> None:
        if self._pending_paint is not None:
            self.latencies.append(painted_at - self._pending_paint)
            self._pending_paint = None

    def when_supervisor(self, action: Callable[[], None]) -> None:
        """Run `action` now if unlocked, else after the right PIN."""
        self.presenter.when_supervisor(action)

    def start_camera(self) -> None:
        self.camera.start(self.settings.camera_resolution)

    # -- events, status, sync -------------------------------------------------------------------
    def reload_events(self) -> None:
        self.context.run_in_background(
            self.context.station.events.events, on_done=self._on_events_loaded
        )

    def _on_events_loaded(self, events: list[Event]) -> None:
        self.toolbar.set_events(events)
        chosen = self.presenter.events_loaded(events, self.context.station.clock.now())
        if chosen:
            self.toolbar.select(chosen)
        self.events_loaded.emit(events)

    def _on_event_picked(self, event_id: str) -> None:
        self.presenter.supervisor_activity()
        self.presenter.pick_event(event_id)

    def _on_event_changed(self, event_id: str) -> None:
        self.toolbar.select(event_id)
        self.presenter.event_changed(event_id)

    def refresh_status(self) -> None:
        self.context.run_in_background(
            take_snapshot,
            self.context.station,
            self.context.engine,
            self.context.event_id or None,
            on_done=self._on_snapshot,
        )

    def _on_snapshot(self, snapshot: StationSnapshot) -> None:
        self.snapshot = snapshot
        self.card.set_list_progress(snapshot.guest_list)
        if self.context.event_id:
            self.toolbar.set_admitted(snapshot.admitted_here)
        self.snapshot_updated.emit(snapshot)

    def _on_sync_finished(self, report: SyncReport) -> None:
        if self.event_picker.count() == 0 or report.pulled_tickets:
            self.reload_events()
        self.refresh_status()
        plan = self.camera.plan
        if plan.wait_for_first_sync and not self.camera.running and self.sync.runs == 1:
            self.start_camera()

    def show_attention(self) -> None:
        dialog = self.dialogs.open_attention()
        dialog.changed.connect(self.refresh_status)
        dialog.changed.connect(self.sync.sync_soon)

    # -- settings and sound ------------------------------------------------------------------
    def show_settings(self) -> None:
        self.preferences.open_dialog()

    def apply_settings(self, new: Settings | None, dialog: SettingsDialog | None = None) -> None:
        self.preferences.apply(new, dialog)

    def _on_mute_toggled(self, muted: bool) -> None:
        self.sounds.set_muted(muted)
        self.toolbar.set_muted(muted)

    def focus_search(self) -> None:
        self.search.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.box.selectAll()

    # -- closing --------------------------------------------------------------------------------
    def close_quietly(self) -> None:
        """Close without questions (SIGTERM, --quit-after); queued check-ins are kept."""
        self._interactive_close = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        waiting = self._waiting_count()
        if waiting and self._interactive_close and not self.confirm_close(waiting):
            event.ignore()
            return
        elif waiting:
            log.warning("Closing with %d queued uploads; they are kept for next time", waiting)
        self._closing = True
        self.shutdown()
        event.accept()

    def confirm_close(self, waiting: int) -> bool:
        """Ask before closing with uploads queued; True to close (they are kept either way)."""
        return self.dialogs.confirm_close(waiting)

    def _waiting_count(self) -> int:
        try:
            return self.context.station.attention.waiting() + self.checkin_runner.pending
        except Exception:  # closing must work even with a broken database
            log.exception("Could not count queued uploads")
            return 0

    def shutdown(self) -> None:
        """Stop the camera and timers, finish queued check-ins, stop syncing."""
        self.state.save(self, "door")
        self.organizer.shut_down()
        self.organizer.deleteLater()
        self._snapshot_timer.stop()
        self._lock_timer.stop()
        self.sync.stop()
        self.camera.stop()
        self.checkin_runner.close(timeout_s=10)  # decisions already asked for are written
        self.search_runner.close(timeout_s=2)
        self.sync_runner.close(timeout_s=5)
        self.hub_switch.shutdown()
        self.hub_membership.shutdown()
        self.context.runner.close(timeout_s=5)
