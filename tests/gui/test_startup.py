"""Start-up and shut-down: first run, one window per data folder, closing with a queue."""

from __future__ import annotations

import keyring
import pytest

from checkin_app.bootstrap import open_station
from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.secrets import SERVICE_NAME
from checkin_app.ui.app import AppError, instance_lock
from checkin_app.ui.first_run import FirstRunChoice, FirstRunDialog, needs_first_run
from tests.support.factories import url_for


def test_second_instance_on_the_same_folder_is_refused(tmp_path) -> None:
    with (
        instance_lock(tmp_path),
        pytest.raises(AppError, match="already open"),
        instance_lock(tmp_path),
    ):
        pass
    with instance_lock(tmp_path):  # released: a later start works
        pass


def test_first_run_connects_checks_the_key_and_downloads(qtbot, tmp_path) -> None:
    station = open_station(tmp_path / "data")
    assert needs_first_run(station)
    with EmulatorServer(seed=25) as server:
        dialog = FirstRunDialog(station)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.connect_button.click()
        assert dialog.pages.currentIndex() == 1
        dialog.site_id.setText(server.site_id)
        dialog.base_url.setText(server.url)
        dialog.api_key.setText("wrong-key")
        dialog.go_button.click()
        qtbot.waitUntil(lambda: dialog.go_button.isEnabled(), timeout=10_000)
        assert "key" in dialog.message.text().lower()
        assert keyring.get_password(SERVICE_NAME, server.site_id) is None

        dialog.api_key.setText(server.api_key)
        with qtbot.waitSignal(dialog.finished, timeout=20_000):
            dialog.go_button.click()
        assert dialog.choice is FirstRunChoice.CONNECTED
        assert keyring.get_password(SERVICE_NAME, server.site_id) == server.api_key
        events = station.checkin.catalog.events()
        assert len(events) == 1
        assert len(station.checkin.tickets.all_for_event(events[0].id)) == 25
        assert not needs_first_run(station)
        dialog.engine.close()
    station.close()


def test_first_run_offers_the_demo(qtbot, tmp_path) -> None:
    station = open_station(tmp_path / "data")
    dialog = FirstRunDialog(station)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.demo_button.click()
    assert dialog.choice is FirstRunChoice.DEMO
    station.close()


def test_closing_with_queued_check_ins_asks_and_keeps_them(qtbot, station, make_window):
    window = make_window(station)
    window.scan_code(url_for("ABCD-EFGH-IJ001"))
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    asked: list[int] = []

    def keep_open(waiting: int) -> bool:
        asked.append(waiting)
        return False

    window.confirm_close = keep_open
    window.close()
    assert asked == [1]
    assert window.isVisible()
    window.confirm_close = lambda waiting: True
    window.close()
    assert not window.isVisible()
    assert station.outbox.waiting_count() == 1  # kept for the next run
