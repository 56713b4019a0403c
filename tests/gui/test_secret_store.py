"""Issue 18.1: no keyring, still usable and still safe. The three cases: keyring present;
absent → passphrase store; absent → this session only. Every secret (API key, database
key) takes the same path; nothing is ever written in plain text."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from checkin_app.bootstrap import connect_station, open_station
from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.secrets import (
    SERVICE_NAME,
    SecretsService,
    StoreKind,
    api_key_name,
    db_key_name,
)
from checkin_app.services.station_open import DatabaseKeyMissing
from checkin_app.storage.marker import StationMarker
from checkin_app.ui.first_run import FirstRunChoice, FirstRunDialog
from checkin_app.ui.secret_store_dialog import SecretStoreDialog, StoreChoice, ensure_secret_store

PASSPHRASE = "violet staple horse 42"


@pytest.fixture
def server():
    with EmulatorServer(seed=12) as srv:
        yield srv


@pytest.fixture
def no_keyring(monkeypatch):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.delenv("CHECKIN_DB_KEY")


def first_run(qtbot, station, server) -> FirstRunDialog:
    dialog = FirstRunDialog(station)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.connect_button.click()
    dialog.site_id.setText(server.site_id)
    dialog.base_url.setText(server.url)
    dialog.api_key.setText(f"  {server.api_key}\n")  # pasted with a line break: trimmed
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.go_button.click()
    assert dialog.choice is FirstRunChoice.CONNECTED, dialog.message.text()
    dialog.engine.close()
    return dialog


def raw_files(*folders: Path) -> bytes:
    return b"".join(
        p.read_bytes() for f in folders if f.exists() for p in f.rglob("*") if p.is_file()
    )


def test_keyring_present_keeps_every_secret_there(qtbot, tmp_path, server, monkeypatch):
    monkeypatch.delenv("CHECKIN_DB_KEY")
    secrets = SecretsService.for_this_computer()
    assert secrets.kind is StoreKind.KEYRING
    assert ensure_secret_store(secrets) is True  # no question asked
    station = open_station(tmp_path / "data", secrets=secrets)
    first_run(qtbot, station, server)
    marker = StationMarker.load(tmp_path / "data")
    assert keyring.get_password(SERVICE_NAME, server.site_id) == server.api_key
    assert len(keyring.get_password(SERVICE_NAME, db_key_name(marker.station_id)) or "") == 64
    station.close()


def test_no_keyring_passphrase_store(qtbot, tmp_path, server, no_keyring):
    data, config = tmp_path / "data", tmp_path / "home" / ".config" / "checkin_app"
    secrets = SecretsService.for_this_computer()
    assert secrets.needs_choice and not secrets.passphrase_store_exists()
    dialog = SecretStoreDialog(secrets)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.use_passphrase.isChecked()  # the recommended choice is the default
    dialog.passphrase.setText(PASSPHRASE)
    dialog.passphrase_again.setText(PASSPHRASE + "x")
    dialog.ok_button.click()
    assert "different" in dialog.message.text() and dialog.isVisible()
    dialog.passphrase_again.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.choice is StoreChoice.PASSPHRASE and secrets.kind is StoreKind.PASSPHRASE

    station = open_station(data, secrets=secrets)
    first_run(qtbot, station, server)
    station.close()
    assert (config / "secrets.sqlite3").exists()
    stored = raw_files(data, config)
    assert server.api_key.encode() not in stored  # not in plain text anywhere

    # Next start: the same dialog unlocks the store; a wrong passphrase is refused.
    again = SecretsService.for_this_computer()
    unlock = SecretStoreDialog(again)
    qtbot.addWidget(unlock)
    unlock.show()
    assert unlock.unlocking and "Unlock" in unlock.use_passphrase.text()
    unlock.passphrase.setText("not the passphrase")
    unlock.ok_button.click()
    assert "does not open" in unlock.message.text() and again.needs_choice
    unlock.passphrase.setText(PASSPHRASE)
    unlock.ok_button.click()
    assert unlock.choice is StoreChoice.PASSPHRASE
    station = open_station(data, secrets=again)  # the database key came from the store
    engine = connect_station(station)  # and so did the API key
    try:
        assert engine.run_once().error is None
    finally:
        engine.close()
        station.close()


def test_no_keyring_session_only(qtbot, tmp_path, server, no_keyring):
    data, config = tmp_path / "data", tmp_path / "home" / ".config" / "checkin_app"
    secrets = SecretsService.for_this_computer()
    dialog = SecretStoreDialog(secrets)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.use_session.setChecked(True)
    assert not dialog.passphrase.isEnabled()
    dialog.ok_button.click()
    assert dialog.choice is StoreChoice.SESSION and secrets.kind is StoreKind.SESSION
    station = open_station(data, secrets=secrets)
    first_run(qtbot, station, server)
    assert secrets.load(api_key_name(server.site_id)).reveal() == server.api_key
    station.close()
    assert not config.exists()  # nothing saved anywhere
    assert server.api_key.encode() not in raw_files(data, tmp_path / "home")
    # After the session: the key is gone, the database stays locked, nothing is changed.
    later = SecretsService.for_this_computer()
    assert later.needs_choice and not later.passphrase_store_exists()
    later.use_session()
    with pytest.raises(DatabaseKeyMissing):
        open_station(data, secrets=later)


def test_first_run_asks_for_a_store_when_it_needs_one(qtbot, tmp_path, server, monkeypatch):
    """No keyring, the database key from the environment: the API key still needs a
    place, so the first-run dialog asks then (here: this session only)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    secrets = SecretsService.for_this_computer()
    station = open_station(tmp_path / "data", secrets=secrets)

    def choose_session() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, SecretStoreDialog):
            modal.use_session.setChecked(True)
            modal.ok_button.click()
        else:
            QTimer.singleShot(50, choose_session)

    QTimer.singleShot(50, choose_session)
    first_run(qtbot, station, server)
    assert secrets.kind is StoreKind.SESSION
    assert secrets.load(api_key_name(server.site_id)).reveal() == server.api_key
    station.close()
