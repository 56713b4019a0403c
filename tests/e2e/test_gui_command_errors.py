"""The window's command line refuses what it cannot do, in one plain line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_an_event_that_is_not_cached_and_cannot_be_downloaded(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "CHECKIN_SITE_ID": "some-site",  # configured, but no API key: Wix cannot be reached
    }
    env.pop("CHECKIN_API_KEY", None)
    proc = subprocess.run(
        [sys.executable, "-m", "checkin_app", "--event", "no-such-event",
         "--data-dir", str(tmp_path / "station")],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert proc.returncode == 1
    assert "no-such-event is not in the local cache" in proc.stderr
    assert "Traceback" not in proc.stderr


def _run(args: list[str], tmp_path: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "TMPDIR": str(tmp_path)}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "checkin_app", *args],
        capture_output=True, text=True, timeout=timeout, env=env, cwd=tmp_path,
    )  # fmt: skip


def test_a_language_the_app_does_not_ship_is_refused_with_the_choices(tmp_path: Path) -> None:
    proc = _run(["--lang", "xx", "--data-dir", str(tmp_path / "station")], tmp_path)
    assert proc.returncode == 1
    assert "There is no 'xx' translation" in proc.stderr
    assert "de (Deutsch)" in proc.stderr and "he (עברית)" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_demo_opens_in_the_language_asked_for(tmp_path: Path) -> None:
    """`checkin-app --demo --lang he` installs Hebrew (and Qt's Hebrew) before the window."""
    proc = _run(["-v", "--demo", "--lang", "he", "--quit-after", "3"], tmp_path, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Language he, locale he_IL" in proc.stderr
    assert "translation for he" not in proc.stderr  # nothing missing
    assert "Traceback" not in proc.stderr
