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
