"""The real program under Xvfb: `checkin-app --demo` opens, scans, syncs and closes on SIGTERM."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert xvfb.stdout is not None
    number = xvfb.stdout.readline().decode().strip()
    assert number.isdigit(), "Xvfb did not report its display"
    return xvfb, f":{number}"


def _wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_demo_window_under_xvfb(tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/setup.sh installs it)")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "xvfb-demo-window.png"
    shot.unlink(missing_ok=True)
    xvfb, display = _start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    # The checkout's package, whether or not it is installed (cwd is a scratch folder).
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    app = subprocess.Popen(
        [sys.executable, "-m", "checkin_app", "-v", "--demo", "--screenshot", str(shot)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(app.stderr), daemon=True)
    reader.start()
    try:
        uploaded = _wait_for(
            lambda: any("tickets/check-in" in line for line in lines) or app.poll() is not None,
            timeout=90,
        )
        assert app.poll() is None, "".join(lines[-30:])
        assert uploaded, "the demo camera's admissions never reached the emulator"
        assert _wait_for(shot.exists, timeout=30), "no screenshot was saved"
        if shutil.which("import"):  # what a person would see on that screen
            subprocess.run(
                ["import", "-display", display, "-window", "root",
                 str(ARTIFACTS / "xvfb-demo-screen.png")],
                check=False, timeout=30, capture_output=True,
            )  # fmt: skip
        app.send_signal(signal.SIGTERM)
        status = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
        xvfb.terminate()
        xvfb.wait(timeout=10)
        if xvfb.stdout is not None:
            xvfb.stdout.close()
    reader.join(timeout=5)
    if app.stderr is not None:
        app.stderr.close()
    output = "".join(lines)
    assert status == 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    assert shot.stat().st_size > 10_000
