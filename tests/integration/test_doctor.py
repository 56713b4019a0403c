"""`checkin-app doctor` against the real emulator (configured through the environment) and
with nothing configured: each finding, the JSON shape, the exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from checkin_app.bootstrap import connect_station, open_station
from checkin_app.cli import main
from checkin_app.commands.doctor import _connector, _station
from checkin_app.domain.models import InputMethod
from checkin_app.domain.payload import check_in_url
from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.doctor import run_doctor
from checkin_app.services.doctor_checks import DoctorReport, Status
from tests.support.sync_env import ManualClock, admissible, gala_id

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo") as emulator:
        yield emulator


@pytest.fixture
def wix_env(server, monkeypatch) -> Path:
    """The connection in the environment, as scripts and CI set it; returns the data dir."""
    monkeypatch.setenv("CHECKIN_BASE_URL", server.url)
    monkeypatch.setenv("CHECKIN_SITE_ID", server.site_id)
    monkeypatch.setenv("CHECKIN_API_KEY", server.api_key)
    return Path(os.environ["CHECKIN_DATA_DIR"])


def synced(data_dir: Path) -> None:
    """Download the guest list the way `checkin-app sync` does."""
    station = open_station(data_dir)
    engine = connect_station(station)
    try:
        assert engine.run_once().error is None
    finally:
        engine.close()
        station.close()


def doctor(data_dir: Path, clock: ManualClock | None = None, wix: bool = True) -> DoctorReport:
    """The doctor as the CLI wires it, minus the Qt child process and the camera probe."""
    with _station(data_dir) as (facts, station):
        connect = _connector(station, data_dir) if wix else None
        return run_doctor(facts, connect=connect, cameras=False, clock=clock)


def status_of(report: DoctorReport, name: str) -> Status:
    check = report.get(name)
    assert check is not None, f"no {name} check in {[c.name for c in report.checks]}"
    return check.status


def test_synced_station_is_ready(server, wix_env) -> None:
    synced(wix_env)
    report = doctor(wix_env)
    assert report.ready, report.to_json()
    assert status_of(report, "wix") is Status.OK
    assert f"site {server.site_id}" in report.get("wix").detail
    assert status_of(report, "clock") is Status.OK  # the emulator's Date is this machine's
    guest_list = report.get("guest_list")
    assert guest_list.status is Status.OK and "Summer Gala" in guest_list.detail
    assert status_of(report, "queue") is Status.OK
    assert status_of(report, "data_dir") is Status.OK
    for name in ("opencv", "qr_zxing", "qr_zbar", "qr_opencv", "sqlite", "keyring"):
        assert status_of(report, name) is Status.OK, report.get(name)


def test_nothing_configured_nothing_downloaded(tmp_path) -> None:
    data = tmp_path / "fresh"
    report = doctor(data)
    assert not report.ready
    assert status_of(report, "guest_list") is Status.PROBLEM
    assert "checkin-app sync" in report.get("guest_list").detail
    wix = report.get("wix")
    assert wix.status is Status.WARNING and wix.detail.startswith("Not configured")
    assert status_of(report, "clock") is Status.WARNING
    assert not data.exists()  # the doctor only looks: it creates nothing


def test_configured_but_never_synced_still_calls_wix(server, wix_env) -> None:
    before = len(server.requests)
    report = doctor(wix_env)
    assert status_of(report, "wix") is Status.OK
    assert len(server.requests) > before  # a real call went out
    assert status_of(report, "guest_list") is Status.PROBLEM and not report.ready
    assert not (wix_env / "checkin.sqlite3").exists()


def test_rejected_key_is_a_problem_and_never_shown(server, wix_env, monkeypatch) -> None:
    synced(wix_env)
    monkeypatch.setenv("CHECKIN_API_KEY", "not-the-key-1234")
    report = doctor(wix_env)
    assert not report.ready
    assert status_of(report, "wix") is Status.PROBLEM
    assert "API key" in report.get("wix").detail
    assert "not-the-key-1234" not in json.dumps(report.to_json())


def test_offline_wix_is_a_warning_the_door_works_offline(server, wix_env) -> None:
    synced(wix_env)
    server.set_faults(offline=True)
    report = doctor(wix_env)
    assert report.ready
    wix = report.get("wix")
    assert wix.status is Status.WARNING and "offline" in wix.detail.lower()


def test_stale_guest_list_and_refused_check_ins_are_warnings(server, wix_env) -> None:
    synced(wix_env)
    gala = gala_id(server)
    station = open_station(wix_env)
    try:
        number = admissible(server, gala, 1)[0]
        station.checkin.scan(check_in_url(number, gala), gala, "Door 1", InputMethod.CAMERA)
        item = station.outbox.claim(10, 60)[0]
        station.outbox.mark_dead([item.id], "refused")
    finally:
        station.close()
    clock = ManualClock()
    clock.advance(timedelta(days=2).total_seconds())
    report = doctor(wix_env, clock=clock, wix=False)
    assert report.ready
    guest_list = report.get("guest_list")
    assert guest_list.status is Status.WARNING and "2 days ago" in guest_list.detail
    queue = report.get("queue")
    assert queue.status is Status.WARNING and "1 that Wix refused" in queue.detail


def test_unreadable_database_is_a_plain_problem(tmp_path) -> None:
    data = tmp_path / "broken"
    data.mkdir()
    (data / "checkin.sqlite3").write_bytes(b"this is not a database" * 100)
    report = doctor(data, wix=False)
    check = report.get("guest_list")
    assert check.status is Status.PROBLEM and "database" in check.detail
    assert "Traceback" not in check.detail


def test_cli_json_against_the_emulator(server, wix_env) -> None:
    """The real command in its own process: Qt probed in a child, the exit status, JSON."""
    synced(wix_env)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "checkin_app", "doctor", "--json", "--data-dir", str(wix_env)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ready"] is True
    checks = {c["name"]: c for c in report["checks"]}
    assert all(set(c) == {"name", "status", "detail"} for c in report["checks"])
    assert {c["status"] for c in report["checks"]} <= {"ok", "warning", "problem"}
    for name in ("qt_widgets", "qt_multimedia", "qt_charts", "resources", "wix", "clock"):
        assert checks[name]["status"] == "ok", checks[name]
    assert "audio" in checks and "camera" in checks  # none here: warnings, not problems
    assert server.api_key not in done.stdout + done.stderr


def test_cli_text_unconfigured_exits_1(tmp_path, capsys) -> None:
    code = main(["doctor", "--no-camera", "--data-dir", str(tmp_path / "none")])
    out, _ = capsys.readouterr()
    assert code == 1
    assert "Not configured" in out and "Not ready: 1 problem" in out
    assert "PROBLEM  Guest list" in out
