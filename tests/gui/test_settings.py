"""Settings: the API key goes to the keyring (an in-memory one in tests), never to a file."""

from __future__ import annotations

import keyring
from PySide6.QtWidgets import QDialogButtonBox

from checkin_app.services.secrets import SERVICE_NAME
from checkin_app.settings import SETTINGS_FILENAME, Settings
from checkin_app.ui.pin import verify_pin
from checkin_app.ui.settings_dialog import SettingsDialog

SECRET = "IST.super-secret-key-value"


def test_settings_dialog_keeps_the_key_in_the_keyring(qtbot, station, make_window) -> None:
    window = make_window(station)
    window.show_settings()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.station.setText("Door 2")
    dialog.site_id.setText("site-123")
    dialog.api_key.setText(SECRET)
    dialog.sounds.setChecked(False)
    dialog.dismiss.setValue(6.0)
    dialog.pin.setText("2468")
    dialog.pin_again.setText("2468")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()

    assert keyring.get_password(SERVICE_NAME, "site-123") == SECRET
    saved = (station.data_dir / SETTINGS_FILENAME).read_text(encoding="utf-8")
    assert SECRET not in saved
    assert "2468" not in saved
    reloaded = Settings.load(station.data_dir)
    assert reloaded.site_id == "site-123"
    assert reloaded.station == "Door 2"
    assert reloaded.sounds is False
    assert reloaded.auto_dismiss_seconds == 6.0
    assert verify_pin("2468", reloaded.supervisor_pin_hash)
    # Applied at once.
    assert window.sounds.muted
    assert window.mute_button.text() == "Sound: off"
    assert window.context.station_name == "Door 2"
    assert window.lock.has_pin


def test_settings_dialog_refuses_mismatched_pins(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.pin.setText("2468")
    dialog.pin_again.setText("2469")
    dialog.accept()
    assert dialog.result_settings is None
    assert "different" in dialog.error.text()


def test_mute_toggle(qtbot, station, make_window) -> None:
    window = make_window(station)
    assert not window.sounds.muted
    window.mute_button.click()
    assert window.sounds.muted
    window.scan_code("ABCD-EFGH-IJ001")
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert window.sounds.played == ["admitted"]  # asked, but muted: nothing loaded
    assert window.sounds.available is None


def test_entering_the_key_connects_the_station(qtbot, tmp_path, make_window) -> None:
    from checkin_app.bootstrap import open_station
    from checkin_app.emulator.server import EmulatorServer
    from checkin_app.ui.connection import connect

    with EmulatorServer(seed=10) as server:
        station = open_station(tmp_path / "station")
        station.settings.base_url = server.url
        window = make_window(station, reconnect=lambda _settings: connect(station))
        qtbot.waitUntil(lambda: window.status_line.snapshot is not None)
        assert window.status_line.snapshot.connectivity == "local"
        assert "Not connected" in window.status_line.connectivity.text()

        window.show_settings()
        dialog = window.settings_dialog
        dialog.site_id.setText(server.site_id)
        dialog.api_key.setText(server.api_key)
        dialog.accept()
        qtbot.waitUntil(lambda: window.context.engine is not None)
        qtbot.waitUntil(lambda: window.event_picker.count() == 1, timeout=10_000)
        assert window.event_picker.currentText()
        qtbot.waitUntil(lambda: window.status_line.snapshot.connectivity == "online")
        assert keyring.get_password(SERVICE_NAME, server.site_id) == server.api_key
        window.close_quietly()
        window.context.engine.close()
        station.close()
