"""The check-in, search, undo and status commands, run as a user would run them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from checkin_app.cli import main
from tests.support.factories import EVENT_ID, make_ticket, seeded_station, url_for

NUMBER = "ABCD-EFGH-IJ001"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "station"
    tickets = [
        make_ticket(NUMBER),
        make_ticket(
            "CANC-0000-00001", canceled=True, guest_first_name="Carl", guest_email="c@x.io"
        ),
    ]
    seeded_station(path, tickets).close()
    return path


def run_cli(*args: str) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "checkin_app", *args],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )  # fmt: skip
    return proc.returncode, proc.stdout, proc.stderr


def test_check_in_json_then_already_checked_in(data_dir: Path, capsys) -> None:
    assert main(["check-in", url_for(NUMBER), "--data-dir", str(data_dir), "--json",
                 "--station", "Door 7"]) == 0  # fmt: skip
    first = json.loads(capsys.readouterr().out)
    assert first["verdict"] == "ADMITTED"
    assert first["ticket_number"] == NUMBER
    assert first["event_id"] == EVENT_ID
    assert first["guest_name"] == "Ada Lovelace"
    assert first["ticket_name"] == "General Admission"
    assert first["checked_in_at"] and first["reason"]

    assert main(["check-in", NUMBER, "--data-dir", str(data_dir), "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["verdict"] == "ALREADY_CHECKED_IN"
    assert second["checked_in_station"] == "Door 7"
    assert second["checked_in_at"] == first["checked_in_at"]


def test_check_in_text_output_and_rejections(data_dir: Path, capsys) -> None:
    assert main(["check-in", "CANC-0000-00001", "--data-dir", str(data_dir)]) == 0
    assert "CANCELED" in capsys.readouterr().out
    assert (
        main(["check-in", "'; DROP TABLE tickets; --", "--data-dir", str(data_dir), "--json"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["verdict"] == "NOT_A_TICKET"


def test_search_undo_and_status(data_dir: Path, capsys) -> None:
    main(["check-in", NUMBER, "--data-dir", str(data_dir)])
    capsys.readouterr()
    assert main(["search", "ada", "--data-dir", str(data_dir), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["ticket_number"] for h in hits] == [NUMBER]
    assert hits[0]["checked_in"] is True

    assert main(["status", "--data-dir", str(data_dir), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["events"][0]["tickets"] == 2
    assert status["events"][0]["admitted_here"] == 1
    assert status["outbox"]["pending"] == 1

    assert main(["undo", NUMBER, "--data-dir", str(data_dir), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cancelled_before_sent"] is True
    main(["status", "--data-dir", str(data_dir), "--json"])
    status = json.loads(capsys.readouterr().out)
    assert status["outbox"]["pending"] == 0 and status["outbox"]["cancelled"] == 1


def test_errors_are_one_plain_line(tmp_path: Path, data_dir: Path) -> None:
    code, _, err = run_cli("check-in", NUMBER, "--data-dir", str(tmp_path / "nothing-here"))
    assert code == 1 and "Traceback" not in err
    assert "No database" in err and len(err.strip().splitlines()) == 1

    code, _, err = run_cli("check-in", NUMBER, "--event", "nope", "--data-dir", str(data_dir))
    assert code == 1 and "not in the local cache" in err and "Traceback" not in err

    code, _, err = run_cli("undo", "ZZZZ-0000-00009", "--data-dir", str(data_dir))
    assert code == 1 and "not checked in" in err and "Traceback" not in err


def test_corrupt_database_is_reported_plainly(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "checkin.sqlite3").write_bytes(b"this is not sqlite at all" * 100)
    code, _, err = run_cli("status", "--data-dir", str(bad))
    assert code == 1 and "damaged" in err and "Traceback" not in err


@contextmanager
def read_only_copy_of(data_dir: Path, mount_point: Path) -> Iterator[Path]:
    """The station on a read-only filesystem (root ignores file modes, so mount one)."""
    if os.geteuid() != 0:
        data_dir.chmod(0o500)
        try:
            yield data_dir
        finally:
            data_dir.chmod(0o700)
        return
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)],
                      capture_output=True).returncode != 0:  # fmt: skip
        pytest.skip("cannot mount a read-only filesystem here")
    try:
        shutil.copytree(data_dir, mount_point / "station")
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
        yield mount_point / "station"
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def test_read_only_data_dir_is_reported_plainly(data_dir: Path, tmp_path: Path) -> None:
    with read_only_copy_of(data_dir, tmp_path / "ro") as station_dir:
        code, _, err = run_cli("check-in", NUMBER, "--data-dir", str(station_dir))
    assert code == 1 and "read-only" in err and "Traceback" not in err


def test_python_dash_m_and_version() -> None:
    code, out, _ = run_cli("--version")
    assert code == 0 and out.startswith("checkin-app ")


def test_a_command_that_cannot_load_does_not_take_the_others_down(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import checkin_app.cli as cli

    monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "no_such_command"))
    assert main(["status", "--data-dir", str(data_dir), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["events"]
    assert main(["no_such_command", "--anything"]) == 1
    err = capsys.readouterr().err
    assert "no_such_command command cannot start" in err and "doctor" in err
