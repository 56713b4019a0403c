"""`checkin-app sync` and `checkin-app events` against the real emulator."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin_app.bootstrap import ConnectionSetupError, connect_station, open_station
from checkin_app.cli import main
from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.secrets import SecretsService, api_key_name
from checkin_app.settings import Settings
from checkin_app.sync.backoff import Backoff
from tests.support.sync_env import ManualClock, admissible, gala_id, make_engine

SYNC_FIELDS = {
    "pushed", "pending", "dead", "pulled_tickets", "guests_changed", "conflicts",
    "connectivity", "error",
}  # fmt: skip


@pytest.fixture
def demo_server() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed="demo") as server:
        yield server


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def wix_env(demo_server, monkeypatch, tmp_path: Path) -> Path:
    """The connection in the environment, as scripts and CI set it; returns the data dir."""
    monkeypatch.setenv("CHECKIN_BASE_URL", demo_server.url)
    monkeypatch.setenv("CHECKIN_SITE_ID", demo_server.site_id)
    monkeypatch.setenv("CHECKIN_API_KEY", demo_server.api_key)
    return tmp_path / "data"


def test_sync_json_reports_what_it_pushed_and_pulled(demo_server, wix_env, capsys) -> None:
    code, out, err = run_cli(capsys, "sync", "--json")
    assert code == 0, err
    first = json.loads(out)
    assert set(first) >= SYNC_FIELDS
    assert first["error"] is None and first["connectivity"] == "online"
    assert first["pulled_tickets"] > 300 and first["pushed"] == 0

    gala = gala_id(demo_server)
    number = admissible(demo_server, gala, 1)[0]
    assert run_cli(capsys, "check-in", number, "--event", gala)[0] == 0
    code, out, _ = run_cli(capsys, "sync", "--json", "--event", gala)
    second = json.loads(out)
    assert code == 0 and second["pushed"] == 1 and second["pending"] == 0
    assert second["pulled_tickets"] == 0  # changes only: the list was fresh
    assert demo_server.state.tickets[number]["checkIn"] is not None


def test_sync_text_output_and_remembered_site(demo_server, tmp_path, capsys) -> None:
    data = tmp_path / "door"
    # The app keeps the key in the keyring (the tests' in-memory one).
    SecretsService.for_this_computer().save(api_key_name(demo_server.site_id), demo_server.api_key)
    args = ("--data-dir", str(data), "--base-url", demo_server.url)
    code, out, err = run_cli(capsys, "sync", *args, "--site-id", demo_server.site_id)
    assert code == 0, err
    assert "Updated Summer Gala (full download)." in out and "Link: online" in out
    # The site id and URL given as options are kept for the next run; the key is not.
    settings = Settings.load(data)
    assert settings.site_id == demo_server.site_id and settings.base_url == demo_server.url
    assert demo_server.api_key not in (data / "settings.json").read_text()
    code, out, _ = run_cli(capsys, "sync", "--data-dir", str(data))
    assert code == 0 and "(changes only)" in out


def test_offline_sync_says_so_in_one_line(demo_server, wix_env, capsys) -> None:
    assert run_cli(capsys, "sync")[0] == 0
    gala = gala_id(demo_server)
    run_cli(capsys, "check-in", admissible(demo_server, gala, 1)[0], "--event", gala)
    demo_server.set_faults(offline=True)

    code, out, err = run_cli(capsys, "sync")

    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "Offline" in err and "1 queued call" in err
    station = open_station(wix_env)
    try:
        assert station.outbox.waiting_count() == 1
    finally:
        station.close()


def test_missing_site_or_key_is_a_clear_error(demo_server, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CHECKIN_BASE_URL", demo_server.url)
    code, _, err = run_cli(capsys, "sync", "--data-dir", str(tmp_path / "d"))
    assert code == 1 and "No Wix site id" in err
    code, _, err = run_cli(
        capsys, "sync", "--data-dir", str(tmp_path / "d"), "--site-id", demo_server.site_id
    )
    assert code == 1 and "No API key" in err and "CHECKIN_API_KEY" in err
    station = open_station(tmp_path / "d")
    try:
        with pytest.raises(ConnectionSetupError, match="base URL"):
            connect_station(station, "ftp://nowhere", "site", "key")
    finally:
        station.close()


def test_a_wrong_key_is_reported_without_showing_it(demo_server, wix_env, monkeypatch, capsys):
    monkeypatch.setenv("CHECKIN_API_KEY", "not-the-key-1234")
    code, out, err = run_cli(capsys, "sync", "--json")
    report = json.loads(out)
    assert code == 3 and "API key" in report["error"] and report["paused"]
    assert "not-the-key-1234" not in out + err


def test_api_key_from_stdin(demo_server, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(demo_server.api_key + "\n"))
    code, out, err = run_cli(
        capsys, "events", "--json", "--api-key-stdin", "--data-dir", str(tmp_path / "d"),
        "--base-url", demo_server.url, "--site-id", demo_server.site_id,
    )  # fmt: skip
    assert code == 0, err
    events = json.loads(out)
    assert {e["title"] for e in events} == {"Summer Gala", "Autumn Jazz Night"}
    assert set(events[0]) >= {"id", "title", "status", "start"}
    assert all(e["status"] == "UPCOMING" and not e["cached"] for e in events)


def test_events_command_in_a_real_process(demo_server, wix_env) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "checkin_app", "events", "--data-dir", str(wix_env)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Summer Gala" in result.stdout and gala_id(demo_server) in result.stdout
    demo_server.set_faults(offline=True)
    result = subprocess.run(
        [sys.executable, "-m", "checkin_app", "sync", "--data-dir", str(wix_env)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 3 and "Offline" in result.stderr


def test_a_recovered_link_empties_the_queue_at_the_next_sync(demo_server, wix_env, capsys) -> None:
    """Issue 13.3, as measured there: 60 admissions, 40 `sync` runs in 60 s, a fault storm in
    the first ten. Before, 60 were still pending after all 40 (their backoff had grown to
    minutes); now the first run after the storm sends them all."""
    clock = ManualClock()
    station = open_station(wix_env, clock=clock)
    gala = gala_id(demo_server)
    try:
        first = make_engine(station, demo_server, clock=clock, backoff=Backoff())
        assert first.run_once(gala).error is None
        first.close()
        for number in admissible(demo_server, gala, 60):
            assert station.checkin.scan(number, gala, "Door 1").admitted
        pending = []
        for run in range(40):
            demo_server.set_faults(error_rate=1.0 if run < 10 else 0.0)
            engine = make_engine(station, demo_server, clock=clock, backoff=Backoff())
            try:
                pending.append(engine.run_once(gala, explicit=True).pending)
            finally:
                engine.close()
            clock.advance(1.5)
        waits = [i.attempts for i in station.outbox.items()]
    finally:
        station.close()
    assert pending[:10] == [60] * 10 and min(waits) >= 10  # the storm: every run tried
    assert pending[10:] == [0] * 30  # the first clean run sent everything

    # The same through the real command: a queue backing off for minutes goes at once.
    demo_server.set_faults(error_rate=1.0)
    assert run_cli(capsys, "check-in", admissible(demo_server, gala, 1)[0], "--event", gala)[0] == 0
    for _ in range(6):
        code, out, _ = run_cli(capsys, "sync", "--json", "--event", gala)
        assert code == 3 and json.loads(out)["pending"] == 1
    demo_server.set_faults()
    code, out, _ = run_cli(capsys, "sync", "--json", "--event", gala)
    report = json.loads(out)
    assert code == 0 and report["pushed"] == 1 and report["pending"] == 0


def test_sync_shows_the_download_progress_and_json_stays_clean(
    monkeypatch, tmp_path: Path, capsys
) -> None:
    with EmulatorServer(seed=1500) as server:
        monkeypatch.setenv("CHECKIN_BASE_URL", server.url)
        monkeypatch.setenv("CHECKIN_SITE_ID", server.site_id)
        monkeypatch.setenv("CHECKIN_API_KEY", server.api_key)
        code, out, err = run_cli(capsys, "sync", "--data-dir", str(tmp_path / "text"))
        assert code == 0, err
        assert "Downloading the guest list of Load Test (1500 tickets): 100 of 1,500" in out
        code, out, err = run_cli(capsys, "sync", "--json", "--data-dir", str(tmp_path / "json"))
        assert code == 0, err
        report = json.loads(out)  # one JSON document, nothing else on stdout
        assert report["download_pages"] == 15 and report["downloads"] == []


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_and_lines_otherwise() -> None:
    from checkin_app.commands.sync import ProgressPrinter
    from checkin_app.domain.progress import ListProgress

    progress = ListProgress("e", complete=False, downloading=True, received=500, total=2000,
                            eta_s=30.0, title="Gala\x1b[31m")  # fmt: skip
    terminal = Terminal()
    bar = ProgressPrinter(terminal)
    bar(progress)
    bar(ListProgress("e", complete=False, downloading=True, received=2000, total=2000))
    bar.done()
    drawn = terminal.getvalue()
    assert drawn.startswith("\r") and "[██████░░" in drawn and drawn.endswith("\n")
    assert "500 of 2,000 tickets, about 30 s left" in drawn and "\x1b[31m" not in drawn

    plain = io.StringIO()
    lines = ProgressPrinter(plain)
    lines(progress)
    lines(progress)  # within 10 s of the last line: not repeated
    lines(ListProgress("e", complete=False, downloading=True, received=600, total=2000,
                       waiting_s=60.0, title="Gala"))  # fmt: skip
    text = plain.getvalue().splitlines()
    assert text == [
        "Downloading the guest list of Gala: 500 of 2,000 tickets, about 30 s left",
        "Downloading the guest list of Gala: 600 of 2,000 tickets — Wix asked to slow down, "
        "waiting about 1 min",
    ]
