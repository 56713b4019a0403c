"""The door window as a whole: where it opens and that it is freed when closed."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QRect

from checkin_app.ui.context import UiContext, UiEvents
from checkin_app.ui.main_window import DoorWindow
from checkin_app.ui.window_state import MAXIMISE_UP_TO, should_maximise
from checkin_app.ui.workers import TaskRunner


def test_maximised_on_a_laptop_screen_only() -> None:
    assert should_maximise(1366) and should_maximise(1280) and should_maximise(MAXIMISE_UP_TO)
    assert not should_maximise(1600) and not should_maximise(1920)
    assert not should_maximise(0)  # no screen known


def test_the_test_screen_is_small_so_the_door_starts_maximised(qtbot, station, make_window):
    window = make_window(station)
    assert window.isMaximized()  # the offscreen test screen is 800 px wide


def test_both_windows_come_back_where_they_were_left(qtbot, station, make_window) -> None:
    window = make_window(station)
    window.showNormal()
    window.setGeometry(QRect(20, 40, 760, 700))  # fits the 800x800 test screen
    window.organizer.show_view(1)
    qtbot.waitUntil(window.organizer.isVisible)
    window.organizer.setGeometry(QRect(20, 30, 640, 500))
    qtbot.wait(50)
    window.close_quietly()

    again = make_window(station)
    assert not again.isMaximized()
    assert again.geometry() == QRect(20, 40, 760, 700)
    again.organizer.show_view(0)
    qtbot.waitUntil(again.organizer.isVisible)
    assert again.organizer.geometry().size() == QRect(20, 30, 640, 500).size()


def test_a_closed_window_is_freed_without_the_garbage_collector(qtbot, station) -> None:
    """No reference cycles through the window: Python frees it at once, on the GUI thread
    (the collector may run on any thread, where deleting widgets crashes)."""
    context = UiContext(station=station, events=UiEvents(), runner=TaskRunner(2))
    gc.disable()
    try:
        freed = _use_and_close_a_window(qtbot, context)
        assert freed() is None
    finally:
        gc.enable()


def _use_and_close_a_window(qtbot, context: UiContext) -> weakref.ref[DoorWindow]:
    window = DoorWindow(context, sync_interval_s=3600)
    window.show()
    qtbot.waitUntil(lambda: bool(context.event_id))
    window.scan_code("ABCD-EFGH-IJ001")
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    window.organizer.show_view(2)
    window.close_quietly()
    qtbot.wait(50)  # the last queued callbacks are delivered
    return weakref.ref(window)


def test_a_long_name_is_elided_and_shown_whole_in_a_tooltip(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QToolTip

    from checkin_app.ui.table_fit import is_elided, show_elided_tooltip
    from tests.support.factories import make_ticket, seeded_station

    long_name = "Maximiliane Theodora von Hohenzollern-Sigmaringen-Oberschwaben"
    first, last = long_name.split(" ", 1)
    station = seeded_station(
        tmp_path / "data",
        [make_ticket("LONG-NAME-00001", guest_first_name=first, guest_last_name=last)],
    )
    context = UiContext(station=station, events=UiEvents(), runner=TaskRunner(2))
    window = DoorWindow(context, sync_interval_s=3600)
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(context.event_id))
        window.scan_code("LONG-NAME-00001")
        view = window.recent.view
        qtbot.waitUntil(lambda: window.recent_model.rowCount() == 1)
        qtbot.waitUntil(lambda: not window.recent.fitter._pending)
        header = view.horizontalHeader()
        # Time and result are whole; the ticket type gets at most 30 % (this test screen is
        # narrow) and the guest's name gives way.
        for column in (0, 1):
            assert header.sectionSize(column) >= window.recent.fitter.wanted_width(column)
        assert header.sectionSize(3) >= int(0.3 * view.viewport().width()) - 1
        assert not view.horizontalScrollBar().isVisible()
        assert is_elided(view, 2, long_name)
        cell = view.visualRect(window.recent_model.index(0, 2)).center()
        assert show_elided_tooltip(view, cell, view.viewport().mapToGlobal(cell))
        assert long_name in QToolTip.text()
        assert "Paid" in QToolTip.text()  # with the row's own tooltip (the reason, the door)
    finally:
        window.close_quietly()
        station.close()
