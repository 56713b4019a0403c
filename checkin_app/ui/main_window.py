"""The door window: camera and result card, recent scans, guest search, status line, panels."""

from __future__ import annotations

import collections
import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.models import Event, InputMethod, Verdict
from checkin_app.services.checkin import UndoResult
from checkin_app.settings import Settings
from checkin_app.ui.attention_dialog import AttentionDialog
from checkin_app.ui.camera_feed import CameraFeed
from checkin_app.ui.camera_view import CameraView
from checkin_app.ui.context import UiContext
from checkin_app.ui.door_controller import DoorController
from checkin_app.ui.door_lock import DoorLock, PinDialog
from checkin_app.ui.icons import app_icon
from checkin_app.ui.panel_docks import LazyDock, add_panel_docks
from checkin_app.ui.panels import PANELS
from checkin_app.ui.recent_model import RecentRow, RecentScansModel, load_recent
from checkin_app.ui.result_card import ResultCard
from checkin_app.ui.search_panel import SearchPanel
from checkin_app.ui.settings_dialog import SettingsDialog
from checkin_app.ui.sounds import SoundPlayer
from checkin_app.ui.station_status import StationSnapshot, take_snapshot
from checkin_app.ui.status_bar import StatusLine
from checkin_app.ui.sync_controller import DEFAULT_INTERVAL_S, SyncController
from checkin_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)

SNAPSHOT_INTERVAL_MS = 2000


def tr(text: str) -> str:
    return QCoreApplication.translate("DoorWindow", text)


@dataclasses.dataclass
class CameraPlan:
    """Which camera to open: SPEC candidates tried in turn (e.g. ["0", "demo"]), and, for
    the demo camera, a function giving the codes to show (called once tickets are cached)."""

    specs: Sequence[str] = ()
    payloads: Callable[[], Sequence[str]] | None = None
    wait_for_first_sync: bool = False


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
        reconnect: Callable[[Settings], tuple[Any, Any, str | None]] | None = None,
        panels: list[tuple[str, str, str]] | None = None,
        camera_debounce_s: float = 3.0,
        connection_problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.station.settings
        self._reconnect = reconnect
        self._camera_plan = camera or CameraPlan()
        self._connection_problem = connection_problem
        self._interactive_close = True
        self._closing = False
        self.latencies: collections.deque[float] = collections.deque(maxlen=10_000)
        self._pending_paint: float | None = None
        self.setWindowTitle(tr("Check-in — {station}").format(station=context.station_name))
        self.setWindowIcon(app_icon())
        self.setObjectName("DoorWindow")

        # Workers: check-ins in order on one thread; searches and sync each on their own so
        # a slow network never delays a scan.
        self.checkin_runner = TaskRunner(1, "checkin", self)
        self.search_runner = TaskRunner(1, "search", self)
        self.sync_runner = TaskRunner(1, "sync", self)

        self.door = DoorController(context, self.checkin_runner, self)
        self.sync = SyncController(context, self.sync_runner, sync_interval_s, self)
        self.sounds = SoundPlayer(muted=not self.settings.sounds, parent=self)
        self.lock = DoorLock(self.settings.supervisor_pin_hash, self)
        context.supervisor = self.lock.supervisor
        self.camera_feed = CameraFeed(debounce_s=camera_debounce_s, parent=self)

        self._build_widgets()
        self._build_menus()
        self.docks: list[LazyDock] = add_panel_docks(
            self, context, PANELS if panels is None else panels
        )
        for dock in self.docks:
            self.view_menu.addAction(dock.toggleViewAction())
        self._connect()
        self._apply_supervisor(self.lock.supervisor)

        self._snapshot_timer = QTimer(self, interval=SNAPSHOT_INTERVAL_MS)
        self._snapshot_timer.timeout.connect(self.refresh_status)
        self._snapshot_timer.start()
        self._fit_to_screen()

        self.reload_events()
        self.refresh_status()
        self.sync.start()
        if self._camera_plan.specs and not self._camera_plan.wait_for_first_sync:
            self.start_camera()

    # -- building ---------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """1280x800, or less on a smaller screen (a laptop at the door)."""
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = 1280, 800
        if area is not None and area.width() > 0:
            width = min(width, area.width())
            height = min(height, area.height() - 40)  # leave room for the title bar
        self.resize(width, height)

    def _build_widgets(self) -> None:
        self.camera_view = CameraView()
        self.card = ResultCard(self.settings.auto_dismiss_seconds)
        self.card.set_supervisor(self.lock.supervisor)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.camera_view)
        top.addWidget(self.card)
        top.setStretchFactor(0, 5)
        top.setStretchFactor(1, 4)
        top.setChildrenCollapsible(False)

        self.recent_model = RecentScansModel(self)
        self.recent_view = QTableView()
        self.recent_view.setObjectName("recentScans")
        self.recent_view.setModel(self.recent_model)
        self.recent_view.verticalHeader().hide()
        self.recent_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_view.setWordWrap(False)
        self.recent_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent_view.verticalHeader().setDefaultSectionSize(28)
        header = self.recent_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        metrics = self.recent_view.fontMetrics()
        # Widths from the longest usual text, so times and results are never cut short.
        for column, sample in (
            (0, "00:00 "),
            (1, "✔ Already in (supervisor)"),
            (3, "General"),
            (4, "Door 12"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
        header.setMinimumSectionSize(40)
        recent_box = QGroupBox(tr("Recent scans"))
        layout = QVBoxLayout(recent_box)
        layout.addWidget(self.recent_view)

        self.search = SearchPanel(self.context, self.search_runner)
        search_box = QGroupBox(tr("Find a guest"))
        layout = QVBoxLayout(search_box)
        layout.addWidget(self.search)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(recent_box)
        bottom.addWidget(search_box)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)

        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(top)
        main.addWidget(bottom)
        main.setStretchFactor(0, 11)
        main.setStretchFactor(1, 9)
        main.setChildrenCollapsible(False)
        self.setCentralWidget(main)

        self.status_line = StatusLine()
        self.status_line.not_connected_reason = self._connection_problem or ""
        self.statusBar().addWidget(self.status_line, 1)
        self.statusBar().setSizeGripEnabled(False)

        toolbar = QToolBar(tr("Door"))
        toolbar.setObjectName("doorToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(tr("Event:") + " "))
        self.event_picker = QComboBox()
        self.event_picker.setMinimumWidth(280)
        self.event_picker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.event_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        toolbar.addWidget(self.event_picker)
        self.counter = QLabel()
        self.counter.setObjectName("admittedCounter")
        self.counter.setContentsMargins(16, 0, 0, 0)
        toolbar.addWidget(self.counter)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.station_label = QLabel()
        self.station_label.setContentsMargins(0, 0, 12, 0)
        toolbar.addWidget(self.station_label)
        self.mute_button = QToolButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mute_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self.mute_button)
        self.lock_button = QToolButton()
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        toolbar.addWidget(self.lock_button)
        self.addToolBar(toolbar)
        self._update_station_label()
        self._update_mute_button()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        station_menu = bar.addMenu(tr("&Station"))
        self.settings_action = QAction(tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.sync_action = QAction(tr("Sync &now"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.attention_action = QAction(tr("Needs &attention…"), self)
        self.lock_action = QAction(self)
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.sync_action, self.attention_action, self.settings_action):
            station_menu.addAction(action)
        station_menu.addSeparator()
        station_menu.addAction(self.lock_action)
        station_menu.addSeparator()
        station_menu.addAction(quit_action)
        self.view_menu = bar.addMenu(tr("&View"))
        self.find_action = QAction(tr("&Find a guest"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.addAction(self.find_action)
        self.view_menu.addAction(self.find_action)
        self.view_menu.addSeparator()

    def _connect(self) -> None:
        events = self.context.events
        self.door.verdict_ready.connect(self._on_door_verdict_ready)
        self.door.undo_finished.connect(self._on_door_undo_finished)
        self.door.action_failed.connect(self._on_door_action_failed)
        self.card.undo_requested.connect(self._on_card_undo_requested)
        self.card.collect_requested.connect(self._on_card_collect_requested)
        self.card.override_requested.connect(self._on_card_override_requested)
        self.card.painted.connect(self._on_card_painted)
        self.search.check_in_requested.connect(
            lambda number: self.door.scan(number, InputMethod.MANUAL)
        )
        self.search.undo_requested.connect(self.door.undo)
        self.camera_feed.frame_ready.connect(self.camera_view.set_frame)
        self.camera_feed.codes_seen.connect(self.camera_view.set_codes)
        self.camera_feed.on_scan = self._on_camera_codes_scanned  # runs on the decoder thread
        self.camera_view.size_changed.connect(self._on_camera_view_resized)
        self.camera_feed.state_changed.connect(self._on_camera_state_changed)
        self.status_line.attention_clicked.connect(self.show_attention)
        self.attention_action.triggered.connect(self.show_attention)
        self.settings_action.triggered.connect(self.show_settings)
        self.sync_action.triggered.connect(self.sync.sync_explicitly)
        self.lock_action.triggered.connect(self._on_lock_toggled)
        self.lock_button.clicked.connect(self._on_lock_toggled)
        self.mute_button.toggled.connect(self._on_mute_toggled)
        self.lock.supervisor_changed.connect(self._apply_supervisor)
        self.event_picker.currentIndexChanged.connect(self._on_event_picked)
        events.sync_finished.connect(self._on_sync_finished)
        events.event_changed.connect(self._on_event_changed)
        self.snapshot_updated.connect(self.status_line.update_snapshot)

    # -- scanning -----------------------------------------------------------------------------
    def scan_code(self, raw: str, method: InputMethod = InputMethod.SCANNER) -> None:
        """A code from the USB scanner (or anything else that is not the camera)."""
        self.door.scan(raw, method)

    def _on_camera_codes_scanned(self, texts: list[str], read_at: float) -> None:
        """On the decoder thread: queue the decisions (thread-safe) without a GUI hop."""
        for text in texts:
            self.door.scan(text, InputMethod.CAMERA, read_at)

    def _on_door_verdict_ready(self, verdict: Verdict, raw: str, started: float) -> None:
        self.card.show_verdict(verdict, raw)
        self._pending_paint = started
        self.sounds.play(verdict.kind.severity)
        self.camera_view.set_severity(verdict.kind.severity)
        self.recent_model.add(RecentRow.from_verdict(verdict, self.context.station_name))
        self.search.refresh()
        if verdict.admitted:
            self.sync.sync_soon()
        self.refresh_status()

    def _on_card_painted(self, painted_at: float) -> None:
        if self._pending_paint is not None:
            self.latencies.append(painted_at - self._pending_paint)
            self._pending_paint = None

    def _on_door_undo_finished(self, result: UndoResult) -> None:
        name = result.guest_name or result.ticket_number
        detail = (
            tr("The check-in had not been uploaded yet; nothing was sent to Wix.")
            if result.cancelled_before_sent
            else tr("Wix will be told at the next sync.")
        )
        self.card.show_message(tr("CHECK-IN UNDONE"), f"{name}\n{detail}", "attention")
        self.recent_model.mark_undone(result.ticket_number)
        self.reload_recent()
        self.search.refresh()
        self.sync.sync_soon()
        self.refresh_status()

    def _on_door_action_failed(self, headline: str, message: str) -> None:
        self.card.show_message(headline, message, "rejected")
        self.sounds.play("rejected")

    # -- card actions ---------------------------------------------------------------------------
    def _on_card_undo_requested(self, verdict: Verdict) -> None:
        if verdict.ticket_number:
            self.card.hold()
            self.door.undo(verdict.ticket_number)

    def _on_card_collect_requested(self, verdict: Verdict) -> None:
        if not verdict.ticket_number:
            return
        self.card.hold()
        money = f"{verdict.amount_due or ''} {verdict.currency or ''}".strip()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Collect payment"),
            tr("Collect {money} from {guest}, then admit?").format(
                money=money, guest=verdict.guest_name or verdict.ticket_number
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Payment collected — admit"))
        number = verdict.ticket_number
        box.accepted.connect(lambda: self.door.collect_payment(number))
        box.finished.connect(lambda _r: self._restart_card_timer())
        self.question = box
        box.open()

    def _on_card_override_requested(self, verdict: Verdict, raw: str) -> None:
        code = raw or verdict.ticket_number or ""
        if not code:
            return
        self.card.hold()
        self.when_supervisor(
            lambda: self.door.admit_anyway(code),
            tr("A supervisor must enter the PIN to admit this guest anyway."),
        )

    def _restart_card_timer(self) -> None:
        if self.card.verdict is not None:
            self.card.show_verdict(self.card.verdict, self.card.raw_code)

    # -- door mode --------------------------------------------------------------------------------
    def when_supervisor(self, action: Callable[[], None], reason: str = "") -> None:
        """Run `action` now if unlocked, else after the right PIN."""
        if self.lock.supervisor:
            action()
            return
        dialog = PinDialog(self.lock, reason, self)
        dialog.accepted.connect(action)
        self.pin_dialog = dialog
        dialog.open()

    def _on_lock_toggled(self) -> None:
        if self.lock.supervisor:
            if not self.lock.lock():
                QMessageBox.information(
                    self,
                    tr("Door mode"),
                    tr("Set a supervisor PIN in Settings first; door mode is locked with it."),
                )
        else:
            self.when_supervisor(lambda: None)

    def _apply_supervisor(self, supervisor: bool) -> None:
        self.context.supervisor = supervisor
        self.context.events.supervisor_changed.emit(supervisor)
        self.card.set_supervisor(supervisor)
        self.settings_action.setVisible(supervisor)
        self.event_picker.setEnabled(supervisor)
        for dock in self.docks:
            dock.toggleViewAction().setVisible(supervisor)
            if not supervisor:
                dock.hide()
        label = tr("Lock door mode") if supervisor else tr("Supervisor unlock…")
        self.lock_button.setText(label)
        self.lock_action.setText(label)

    # -- sounds -----------------------------------------------------------------------------------
    def _on_mute_toggled(self, muted: bool) -> None:
        self.sounds.set_muted(muted)
        self._update_mute_button()

    def _update_mute_button(self) -> None:
        muted = self.sounds.muted
        self.mute_button.blockSignals(True)
        self.mute_button.setChecked(muted)
        self.mute_button.blockSignals(False)
        self.mute_button.setText(tr("Sound: off") if muted else tr("Sound: on"))
        self.mute_button.setToolTip(tr("Turn the scan sounds on or off"))

    # -- camera -----------------------------------------------------------------------------------
    def start_camera(self) -> None:
        plan = self._camera_plan
        specs = [s for s in plan.specs if s and s.lower() != "none"]
        if not specs:
            self.camera_view.set_message(
                tr("No camera is set up. Scan with the barcode scanner or search for a guest.")
            )
            return
        payloads = list(plan.payloads()) if plan.payloads is not None else []
        size = _parse_size(self.settings.camera_resolution)

        def open_first() -> Any:
            from checkin_app.scanner.sources import open_source

            problem: Exception | None = None
            for spec in specs:
                try:
                    return open_source(
                        spec,
                        payloads=payloads,
                        width=size[0],
                        height=size[1],
                        on_camera_state=self.camera_feed.report_camera_state,
                    )
                except Exception as exc:  # the next candidate, else report the first problem
                    problem = problem or exc
            assert problem is not None
            raise problem

        self.camera_feed.start_with(open_first, specs[0])

    def _on_camera_view_resized(self, width: int, height: int) -> None:
        ratio = self.camera_view.devicePixelRatioF()
        self.camera_feed.preview_size = (max(64, int(width * ratio)), max(48, int(height * ratio)))

    def _on_camera_state_changed(self, message: str, working: bool) -> None:
        if message:
            self.camera_view.set_message(message)

    # -- events, status, sync ---------------------------------------------------------------------
    def reload_events(self) -> None:
        self.context.run_in_background(
            self.context.station.checkin.catalog.events, on_done=self._on_events_loaded
        )

    def _on_events_loaded(self, events: list[Event]) -> None:
        current = self.context.event_id or self.settings.event_id
        known = [self.event_picker.itemData(i) for i in range(self.event_picker.count())]
        if known != [e.id for e in events]:
            self.event_picker.blockSignals(True)
            self.event_picker.clear()
            for event in events:
                self.event_picker.addItem(event.title, event.id)
            self.event_picker.blockSignals(False)
        if not events:
            self.event_picker.setPlaceholderText(tr("No events yet — syncing…"))
            self.events_loaded.emit(events)
            return
        index = self.event_picker.findData(current) if current else -1
        if index < 0:
            index = 0
        self.event_picker.setCurrentIndex(index)
        self._on_event_picked(index)
        self.events_loaded.emit(events)

    def _on_event_picked(self, index: int) -> None:
        event_id = self.event_picker.itemData(index) if index >= 0 else None
        if event_id and event_id != self.context.event_id:
            self.context.set_event(str(event_id))

    def _on_event_changed(self, event_id: str) -> None:
        index = self.event_picker.findData(event_id)
        if index >= 0 and index != self.event_picker.currentIndex():
            self.event_picker.setCurrentIndex(index)
        if self.settings.event_id != event_id and not self.settings.demo:
            self.settings.event_id = event_id
            self._save_settings()
        self.reload_recent()
        self.search.refresh()
        self.refresh_status()

    def reload_recent(self) -> None:
        self.context.run_in_background(
            load_recent,
            self.context.station,
            self.context.event_id or None,
            on_done=self.recent_model.set_rows,
        )

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
            self.counter.setText(tr("✔ {n} admitted here").format(n=snapshot.admitted_here))
        self.snapshot_updated.emit(snapshot)

    def _on_sync_finished(self, report: Any) -> None:
        if self.event_picker.count() == 0 or getattr(report, "pulled_tickets", 0):
            self.reload_events()
        self.refresh_status()
        if (
            self._camera_plan.wait_for_first_sync
            and not self.camera_feed.running
            and self.sync.runs == 1
        ):
            self.start_camera()

    def show_attention(self) -> None:
        dialog = AttentionDialog(self.context, self)
        dialog.changed.connect(self.refresh_status)
        dialog.changed.connect(self.sync.sync_soon)
        self.attention_dialog = dialog
        dialog.open()

    # -- settings ---------------------------------------------------------------------------------
    def show_settings(self) -> None:
        self.when_supervisor(self._open_settings)

    def _open_settings(self) -> None:
        dialog = SettingsDialog(
            self.settings,
            self,
            secrets=self.context.station.secrets,
            retention=self.context.station.retention,
        )
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings, dialog))
        self.settings_dialog = dialog
        dialog.open()

    def apply_settings(self, new: Settings | None, dialog: SettingsDialog | None = None) -> None:
        if new is None:
            return
        old = self.settings
        before = dataclasses.replace(old)
        key_changed = bool(dialog and dialog.key_changed)
        for field in dataclasses.fields(Settings):
            setattr(old, field.name, getattr(new, field.name))
        self._save_settings()
        self.card.set_auto_dismiss(old.auto_dismiss_seconds)
        self.sounds.set_muted(not old.sounds)
        self._update_mute_button()
        self.lock.set_pin_hash(old.supervisor_pin_hash)
        self._apply_supervisor(self.lock.supervisor)
        self._update_station_label()
        if self._reconnect is not None and (key_changed or _connection_changed(before, new)):
            self._reconnect_engine()
        camera_changed = (before.camera, before.camera_resolution) != (
            old.camera,
            old.camera_resolution,
        )
        if camera_changed:
            self._camera_plan = CameraPlan([old.camera or "0"], self._camera_plan.payloads)
            self.start_camera()

    def _reconnect_engine(self) -> None:
        reconnect = self._reconnect
        assert reconnect is not None

        def done(result: tuple[Any, Any, str | None]) -> None:
            engine, client, problem = result
            previous = self.context.engine
            self.context.engine = engine
            self.context.client = client
            if previous is not None:
                # Closed on the sync worker, after any pass still using it.
                self.sync_runner.submit(previous.close)
            self.status_line.not_connected_reason = problem or ""
            if problem:
                self.card.show_message(tr("NOT CONNECTED"), problem, "attention")
            self.sync.sync_now()

        self.context.run_in_background(reconnect, self.settings, on_done=done)

    def _save_settings(self) -> None:
        try:
            self.settings.save(self.context.station.data_dir)
        except OSError as exc:
            log.warning("Could not save settings: %s", exc.strerror)

    def _update_station_label(self) -> None:
        name = self.context.station_name
        self.station_label.setText(tr("Station: {name}").format(name=name))
        self.setWindowTitle(tr("Check-in — {station}").format(station=name))

    def _focus_search(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    # -- closing ----------------------------------------------------------------------------------
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
        answer = QMessageBox.question(
            self,
            tr("Check-ins not uploaded yet"),
            tr(
                "{n} check-ins are still waiting to upload to Wix. They are saved on this "
                "computer and will upload the next time the app runs with a network.\n\n"
                "Close anyway?"
            ).format(n=waiting),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def _waiting_count(self) -> int:
        try:
            return self.context.station.outbox.waiting_count() + self.checkin_runner.pending
        except Exception:  # closing must work even with a broken database
            log.exception("Could not count queued uploads")
            return 0

    def shutdown(self) -> None:
        """Stop the camera and timers, finish queued check-ins, stop syncing."""
        self._snapshot_timer.stop()
        self.sync.stop()
        self.camera_feed.stop()
        self.checkin_runner.close(timeout_s=10)  # decisions already asked for are written
        self.search_runner.close(timeout_s=2)
        self.sync_runner.close(timeout_s=5)
        self.context.runner.close(timeout_s=5)


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
        return width, height
    except ValueError:
        return 1280, 720


def _connection_changed(old: Settings, new: Settings) -> bool:
    return (old.site_id, old.base_url) != (new.site_id, new.base_url)
