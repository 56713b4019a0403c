"""Test-wide set-up: no test touches a real user's data, keyring or screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from pathlib import Path

import keyring
import pytest

from tests.support.memory_keyring import MemoryKeyring

TEST_DB_KEY = "5e" * 32  # 64 hex digits: a raw 256-bit key, no key derivation per open


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Redirect every data, config and cache directory (and the keyring) into tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("CHECKIN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(home / ".config" / "checkin_app"))
    for name in ("CHECKIN_BASE_URL", "CHECKIN_SITE_ID", "CHECKIN_API_KEY", "CHECKIN_STATION"):
        monkeypatch.delenv(name, raising=False)
    # Stations are encrypted; the CLI processes that tests start read the same key (as CI
    # passes CHECKIN_DB_KEY). Tests of the key stores remove it.
    monkeypatch.setenv("CHECKIN_DB_KEY", TEST_DB_KEY)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use qtbot are GUI tests: `pytest -m "not gui"` runs without Qt."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
