"""The door's settings at work: shown on the parts (card timer, sound, speech, large text,
station name), changed in the dialog or from the View menu, and a new Wix connection or
camera when those changed."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from checkin_app.settings import Settings
from checkin_app.ui.appearance import apply_appearance, text_scale
from checkin_app.ui.door_camera import CameraPlan
from checkin_app.ui.door_presenter import PinReason
from checkin_app.ui.i18n import tr
from checkin_app.ui.message_text import message_text
from checkin_app.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from checkin_app.services.connection import Engine, WixClient
    from checkin_app.ui.main_window import DoorWindow

log = logging.getLogger(__name__)

Reconnect = Callable[[Settings], "tuple[Engine | None, WixClient | None, str | None]"]


def set_checked_quietly(action: QAction, checked: bool) -> None:
    action.blockSignals(True)
    action.setChecked(checked)
    action.blockSignals(False)


class DoorPreferences:
    """The window's settings hand: `show()` after any change, `open_dialog()` for a
    supervisor, `apply(new)` when the dialog is saved."""

    def __init__(self, window: DoorWindow, reconnect: Reconnect | None) -> None:
        # A weak link: no reference cycle, so the window is freed at once, on the GUI thread
        # (a cycle would leave it to the garbage collector, on any thread).
        self._window_ref = weakref.ref(window)
        self._reconnect = reconnect

    @property
    def _w(self) -> DoorWindow:
        window = self._window_ref()
        assert window is not None, "the door window is gone"
        return window

    def save(self) -> None:
        try:
            self._w.settings.save(self._w.context.station.data_dir)
        except OSError as exc:
            log.warning("Could not save settings: %s", exc.strerror)

    def show(self) -> None:
        """Show what the settings say on every part."""
        w, settings = self._w, self._w.settings
        w.card.set_auto_dismiss(settings.auto_dismiss_seconds)
        w.sounds.set_muted(not settings.sounds)
        w.toolbar.set_muted(w.sounds.muted)
        w.speaker.set_enabled(settings.speak_verdicts)
        set_checked_quietly(w.menus.speak, settings.speak_verdicts)
        set_checked_quietly(w.menus.high_contrast, settings.high_contrast)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, settings.high_contrast)
        w.card.set_text_scale(text_scale(settings.high_contrast))
        name = w.context.station_name
        w.toolbar.set_station(name)
        w.setWindowTitle(tr("DoorWindow", "Check-in — {station}").format(station=name))

    def open_dialog(self) -> None:
        self._w.presenter.when_supervisor(
            lambda: self._w.dialogs.open_settings(
                lambda dialog: self.apply(dialog.result_settings, dialog)
            ),
            PinReason.SETTINGS,
        )

    def apply(self, new: Settings | None, dialog: SettingsDialog | None = None) -> None:
        if new is None:
            return
        w = self._w
        effects = w.presenter.apply_settings(new, key_changed=bool(dialog and dialog.key_changed))
        self.show()
        if self._reconnect is not None and effects.reconnect:
            self._reconnect_engine(self._reconnect)
        if effects.restart_camera:
            w.camera.plan = CameraPlan([w.settings.camera or "0"], w.camera.plan.payloads)
            w.start_camera()

    def toggle_high_contrast(self, on: bool) -> None:
        """From the View menu: anyone at the door may need larger text."""
        if on != self._w.settings.high_contrast:
            self._w.settings.high_contrast = on
            self.save()
            self.show()

    def toggle_speak(self, on: bool) -> None:
        w = self._w
        if on and w.speaker.check():
            set_checked_quietly(w.menus.speak, False)
            w.dialogs.explain_no_speech(w.speaker.problem)
            return
        if on != w.settings.speak_verdicts:
            w.settings.speak_verdicts = on
            self.save()
            w.speaker.set_enabled(on)

    def _reconnect_engine(self, reconnect: Reconnect) -> None:
        """New key or site: connect again on a worker, then sync with the new engine."""
        self._w.context.run_in_background(reconnect, self._w.settings, on_done=self.use_connection)

    def use_connection(self, result: tuple[Engine | None, WixClient | None, str | None]) -> None:
        """Sync with a new engine from now on (`ui/connection.py` `connect`'s result): new
        Wix settings, or the door joined or left the venue hub."""
        w = self._w
        engine, client, problem = result
        previous = w.context.engine
        w.context.engine = engine
        w.context.client = client
        if previous is not None and previous is not engine:
            # Closed on the sync worker, after any pass still using it.
            w.sync_runner.submit(previous.close)
        w.status_line.not_connected_reason = message_text(problem or "")
        if problem:
            w.card.show_message(
                tr("DoorWindow", "NOT CONNECTED"), message_text(problem), "attention"
            )
        w.sync.sync_now()
