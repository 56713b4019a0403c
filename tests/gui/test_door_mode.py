"""Door mode: with a supervisor PIN, a volunteer sees only the door view."""

from __future__ import annotations

import pytest

from checkin_app.ui.pin import hash_pin, verify_pin
from tests.gui import fake_panel

PANELS = [("Live stats", "tests.gui.fake_panel", "FakePanel")]


def test_pin_is_hashed_with_salt() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # salted
    assert "2468" not in first
    assert verify_pin("2468", first)
    assert not verify_pin("1357", first)
    assert not verify_pin("2468", "garbage")
    with pytest.raises(ValueError):
        hash_pin("12")


def test_locked_station_hides_supervisor_things(qtbot, station, make_window) -> None:
    station.settings.supervisor_pin_hash = hash_pin("2468")
    window = make_window(station, panels=PANELS)
    organizer, open_stats = window.organizer, window.organizer.view_actions[0]
    assert not window.lock.supervisor
    assert not window.context.supervisor
    assert not window.settings_action.isVisible()
    assert not open_stats.isVisible()
    assert not window.event_picker.isEnabled()
    assert window.lock_button.text() == "Supervisor unlock…"

    window.scan_code("ABCD-EFGH-IJ003")  # canceled
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert not window.card.override_button.isVisible()

    # A wrong PIN keeps it locked; the right one unlocks.
    window.lock_button.click()
    qtbot.waitUntil(lambda: window.pin_dialog.isVisible())
    window.pin_dialog.pin.setText("1111")
    window.pin_dialog._on_ok()
    assert window.pin_dialog.error.isVisible()
    assert not window.lock.supervisor
    window.pin_dialog.pin.setText("2468")
    with qtbot.waitSignal(window.context.events.supervisor_changed):
        window.pin_dialog._on_ok()
    assert window.settings_action.isVisible()
    assert open_stats.isVisible()
    assert window.event_picker.isEnabled()
    assert window.card.override_button.isVisible()

    # The organizer view is built only when first shown, in its own window.
    view = organizer.views[0]
    assert not view.built
    open_stats.trigger()
    qtbot.waitUntil(lambda: view.built and organizer.isVisible())
    assert isinstance(view.panel, fake_panel.FakePanel)
    assert fake_panel.BUILT[-1] is window.context

    # Locking again hides the organizer window and the supervisor actions.
    window.lock_button.click()
    assert not window.lock.supervisor
    assert organizer.isHidden()
    assert not window.settings_action.isVisible()


def test_override_needs_the_pin_when_locked(qtbot, station, make_window) -> None:
    station.settings.supervisor_pin_hash = hash_pin("2468")
    window = make_window(station)
    window.scan_code("ABCD-EFGH-IJ003")
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    window.when_supervisor(lambda: window.door.admit_anyway("ABCD-EFGH-IJ003"))
    qtbot.waitUntil(lambda: window.pin_dialog.isVisible())
    window.pin_dialog.pin.setText("2468")
    window.pin_dialog._on_ok()
    qtbot.waitUntil(lambda: window.card.verdict.override)


def test_no_pin_means_no_door_mode(qtbot, station, make_window) -> None:
    window = make_window(station, panels=PANELS)
    assert window.lock.supervisor
    assert not window.lock.lock()
    assert window.settings_action.isVisible()
