"""The doctor's probes: cameras (a hung driver never hangs the doctor), disk space, the
clock, the Qt child process (a Qt that cannot start is a finding), and `--self-check`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections import namedtuple
from pathlib import Path

import pytest

from checkin_app.commands.doctor import probe_qt
from checkin_app.services import doctor as doctor_service
from checkin_app.services.doctor import clock_check, data_dir_check
from checkin_app.services.doctor_checks import Status
from checkin_app.services.doctor_components import CameraProbe, camera_check, keyring_check

ROOT = Path(__file__).resolve().parents[2]
SELF_CHECK_NAMES = {
    "app", "qt_widgets", "resources", "qt_charts", "qt_multimedia", "audio", "opencv",
    "qr_zxing", "qr_zbar", "qr_opencv", "sqlite", "keyring",
}  # fmt: skip


def test_camera_found_reports_its_size() -> None:
    def opener(index: int) -> CameraProbe:
        return CameraProbe(index, (1280, 720)) if index == 1 else CameraProbe(index, error="no")

    check = camera_check(opener=opener, has_device=lambda i: True)
    assert check.status is Status.OK and check.detail == "camera 1 (1280x720)."


def test_a_hung_camera_driver_does_not_hang_the_doctor() -> None:
    release = threading.Event()

    def opener(index: int) -> CameraProbe:
        if index == 0:
            release.wait()  # a driver that never returns
        return CameraProbe(index, error="not there")

    try:
        check = camera_check(opener=opener, has_device=lambda i: True, timeout_s=0.3)
    finally:
        release.set()
    assert check.status is Status.WARNING
    assert "Camera 0 did not answer" in check.detail and "USB barcode scanner" in check.detail


def test_no_camera_is_a_warning_with_a_way_out() -> None:
    check = camera_check()  # the real OpenCV probe: this machine has no camera
    assert check.status is Status.WARNING
    assert "No camera found (tried 0, 1, 2, 3" in check.detail


def test_low_and_missing_disk_space(tmp_path, monkeypatch) -> None:
    usage = namedtuple("usage", "total used free")
    assert data_dir_check(tmp_path).status is Status.OK
    monkeypatch.setattr(doctor_service.shutil, "disk_usage", lambda _p: usage(1, 1, 50 * 2**20))
    full = data_dir_check(tmp_path / "not-yet")
    assert full.status is Status.PROBLEM and "50 MB free" in full.detail
    assert "created on first use" in full.detail
    monkeypatch.setattr(doctor_service.shutil, "disk_usage", lambda _p: usage(1, 1, 500 * 2**20))
    assert data_dir_check(tmp_path).status is Status.WARNING


@pytest.mark.parametrize(
    ("offset", "status", "words"),
    [
        (0.4, Status.OK, "Within 1 s"),
        (600.0, Status.WARNING, "10 min behind"),
        (-3 * 3600.0, Status.WARNING, "3.0 h ahead of"),
        (None, Status.WARNING, "no time"),
    ],
)
def test_clock_offset_in_plain_words(offset, status, words) -> None:
    check = clock_check(offset)
    assert check.status is status and words in check.detail


def test_keyring_without_a_system_keyring(monkeypatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.delenv("CHECKIN_DB_KEY")
    check = keyring_check()
    assert check.status is Status.WARNING and "CHECKIN_API_KEY" in check.detail
    assert "passphrase" in check.detail and "session" in check.detail
    monkeypatch.setenv("CHECKIN_API_KEY", "k")
    assert keyring_check().status is Status.OK
    monkeypatch.delenv("CHECKIN_API_KEY")
    # The passphrase store the app made on a keyring-less laptop is what doctor reports.
    from checkin_app.services.secrets import SecretsService

    secrets = SecretsService.for_this_computer()
    secrets.use_passphrase("a long passphrase", create=True)
    check = keyring_check()
    assert check.status is Status.OK and "passphrase-protected file" in check.detail
    assert "passphrase-protected file" in keyring_check(secrets).detail


def test_keyring_store_is_reported_by_name() -> None:
    check = keyring_check()
    assert check.status is Status.OK and "system keyring" in check.detail


def test_qt_probe_runs_in_a_child_and_reports_each_part(monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    checks = {c.name: c for c in probe_qt()}
    assert set(checks) == {"qt_widgets", "resources", "qt_charts", "qt_multimedia", "audio"}
    for name in ("qt_widgets", "resources", "qt_charts", "qt_multimedia"):
        assert checks[name].status is Status.OK, checks[name]


def test_qt_that_cannot_open_a_window_is_a_problem_not_a_crash(monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    checks = {c.name: c for c in probe_qt()}
    widgets = checks["qt_widgets"]
    assert widgets.status is Status.PROBLEM
    assert widgets.detail.startswith("The window cannot open here:")
    assert "no-such-platform" in widgets.detail
    # The other Qt parts were still checked (off-screen).
    assert checks["qt_multimedia"].status is Status.OK


def test_doctor_command_never_loads_qt_itself(tmp_path) -> None:
    code = (
        "import sys; from checkin_app.cli import main;"
        f"main(['doctor', '--json', '--no-camera', '--offline', '--data-dir', {str(tmp_path)!r}]);"
        "print(any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.stderr.strip().splitlines()[-1] == "False", done.stderr
    report = json.loads(done.stdout)
    assert report["ready"] is False  # nothing downloaded
    assert {c["name"] for c in report["checks"]} >= SELF_CHECK_NAMES


def test_self_check_cli_finds_every_part() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "checkin_app", "doctor", "--self-check", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert {c["name"] for c in report["checks"]} == SELF_CHECK_NAMES
    assert report["ready"] is True
    assert not [c for c in report["checks"] if c["status"] == "problem"]
