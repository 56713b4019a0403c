"""Door mode locks itself: after the idle time without a supervisor action and when the laptop
wakes from sleep; the status line says when. Clocks are injected, nothing sleeps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from checkin_app.settings import Settings
from checkin_app.ui.door_lock import DoorLock
from checkin_app.ui.main_window import DoorWindow
from checkin_app.ui.pin import hash_pin
from tests.support.factories import EVENT_ID

PIN = "2468"


class Clocks:
    def __init__(self) -> None:
        self.monotonic = 100.0
        self.boot = 100.0


def locked_window(station, make_window, clocks: Clocks, minutes: float = 5.0) -> DoorWindow:
    station.settings.supervisor_pin_hash = hash_pin(PIN)
    station.settings.lock_after_minutes = minutes
    lock = DoorLock(
        station.settings.supervisor_pin_hash,
        idle_s=minutes * 60,
        monotonic=lambda: clocks.monotonic,
        sleep_clock=lambda: clocks.boot,
    )
    return make_window(station, door_lock=lock)


def unlock(qtbot, window: DoorWindow) -> None:
    window.lock_button.click()
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.isVisible())
    window.pin_dialog.pin.setText(PIN)
    window.pin_dialog._on_ok()
    assert window.lock.supervisor


def test_idle_supervisor_is_locked_out_and_the_status_line_counts_down(
    qtbot, station, make_window
) -> None:
    clocks = Clocks()
    window = locked_window(station, make_window, clocks)
    indicator = window.lock_indicator
    qtbot.waitUntil(lambda: indicator.isVisible())
    assert indicator.text() == "🔒 Door mode"

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: indicator.text() == "🔓 Supervisor · locks in 5 min")
    window.organizer.show_view(0)  # a supervisor at work in the organizer window
    clocks.monotonic += 4 * 60 + 15
    qtbot.waitUntil(lambda: indicator.text() == "🔓 Supervisor · locks in 45 s")
    assert "locks again at" in indicator.toolTip()

    # Any click in the organizer window is a supervisor action: the countdown starts again.
    qtbot.mouseClick(window.organizer.tabs.tabBar(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: indicator.text() == "🔓 Supervisor · locks in 5 min")

    window.show_settings()  # open and forgotten
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    clocks.monotonic += 5 * 60 + 1
    qtbot.waitUntil(lambda: not window.lock.supervisor)
    assert window.lock.last_lock_reason == "idle"
    assert indicator.text() == "🔒 Door mode (locked after no supervisor activity)"
    assert window.organizer.isHidden()
    assert not window.settings_dialog.isVisible()  # nothing typed there was saved
    assert not window.settings_action.isVisible()


def test_waking_from_sleep_locks_the_door(qtbot, station, make_window) -> None:
    clocks = Clocks()
    window = locked_window(station, make_window, clocks, minutes=60)
    unlock(qtbot, window)
    clocks.boot += 8 * 3600  # a night with the lid closed: only the boot clock moved
    qtbot.waitUntil(lambda: not window.lock.supervisor)
    assert window.lock.last_lock_reason == "sleep"
    assert "woke up" in window.lock_indicator.text()


def test_lock_time_is_a_setting(qtbot, station, make_window) -> None:
    clocks = Clocks()
    window = locked_window(station, make_window, clocks)
    unlock(qtbot, window)
    window.show_settings()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.door_group.lock_after.value() == 5
    dialog.door_group.lock_after.setValue(0)  # "Never"
    assert dialog.door_group.lock_after.text() == "Never"
    dialog.accept()
    assert Settings.load(station.data_dir).lock_after_minutes == 0.0
    qtbot.waitUntil(lambda: "Stays unlocked" in window.lock_indicator.toolTip())
    clocks.monotonic += 24 * 3600
    window.presenter.tick()  # what the lock's timer runs every second, without waiting for it
    assert window.lock.supervisor


def test_the_setup_panel_shows_the_door_event(qtbot, station, make_window) -> None:
    window = make_window(station)
    window.organizer.show_view(0)
    view = window.organizer.views[0]
    qtbot.waitUntil(lambda: view.built)
    assert view.panel.event_id == window.context.event_id == EVENT_ID
    assert view.panel.event_combo.currentData() == EVENT_ID
