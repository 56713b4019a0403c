"""Issue 15.9: storage trouble is reported as what it is — a full disk as a full disk, a
read-only database file as such (not as a read-only folder), a data folder that is a file
as such (not as "no database, run sync") — and nothing recorded is lost."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from checkin_app.cli import main
from tests.support import private_mount
from tests.support.factories import make_ticket, seeded_station

NUMBER = "ABCD-EFGH-IJ001"
SECOND = "ABCD-EFGH-IJ002"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def scenario(body: str, tmp_path: Path) -> dict[str, object]:
    """Run `body` (Python, with `cli`, `station_at`, `capture` and `root` defined) in a
    private mount namespace; it ends by printing one JSON line."""
    prefix = private_mount.unshare_command()
    if isinstance(prefix, str):
        pytest.skip(prefix)
    code = textwrap.dedent(
        f"""
        import contextlib, io, json, os, subprocess, sys
        from pathlib import Path
        from checkin_app.cli import main
        from tests.support.factories import make_ticket, seeded_station

        root = Path({str(tmp_path)!r})

        def capture(*argv):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(list(argv))
            return {{"code": code, "out": out.getvalue(), "err": err.getvalue()}}

        def station_at(path):
            tickets = [make_ticket({NUMBER!r}), make_ticket({SECOND!r})]
            seeded_station(path, tickets).close()
        """
    ) + textwrap.dedent(body)
    done = private_mount.run_python(code)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_full_disk_is_reported_as_a_full_disk(tmp_path: Path) -> None:
    result = scenario(
        """
        disk = root / "small-disk"
        disk.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], check=True)
        station_at(disk / "station")
        first = capture("check-in", "ABCD-EFGH-IJ001", "--data-dir", str(disk / "station"))
        # Fill every last block, as a runaway log or a video would.
        fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, bytes(4096))
        os.close(fd)
        full = capture("check-in", "ABCD-EFGH-IJ002", "--data-dir", str(disk / "station"))
        status = capture("status", "--data-dir", str(disk / "station"), "--json")
        (disk / "filler").unlink()
        again = capture("check-in", "ABCD-EFGH-IJ002", "--data-dir", str(disk / "station"),
                        "--json")
        after = capture("status", "--data-dir", str(disk / "station"), "--json")
        print(json.dumps({"first": first, "full": full, "status": status, "again": again,
                          "after": after}))
        """,
        tmp_path,
    )
    assert result["first"]["code"] == 0
    full = result["full"]
    assert full["code"] == 1 and "Traceback" not in full["err"]
    assert "is full" in full["err"] and "I/O error" not in full["err"]
    assert "nothing recorded before is lost" in full["err"]
    assert len(full["err"].strip().splitlines()) == 1
    # Reading still works or is refused as full; once space is freed, everything is there.
    assert result["status"]["code"] == 0 or "is full" in result["status"]["err"]
    assert json.loads(result["again"]["out"])["verdict"] == "ADMITTED"
    assert json.loads(result["after"]["out"])["outbox"]["pending"] == 2


def test_a_read_only_database_file_is_named_as_the_file(tmp_path: Path) -> None:
    result = scenario(
        """
        station = root / "station"
        station_at(station)
        database = station / "checkin.sqlite3"
        # A read-only file in a writable folder (root ignores file modes: bind-mount it).
        subprocess.run(["mount", "--bind", str(database), str(database)], check=True)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(database)], check=True)
        blocked = capture("check-in", "ABCD-EFGH-IJ001", "--data-dir", str(station))
        doctor = capture("doctor", "--data-dir", str(station), "--offline", "--no-camera",
                         "--json")
        search = capture("search", "ada", "--data-dir", str(station), "--json")
        print(json.dumps({"blocked": blocked, "doctor": doctor, "search": search}))
        """,
        tmp_path,
    )
    err = result["blocked"]["err"]
    assert result["blocked"]["code"] == 1 and "Traceback" not in err
    assert "checkin.sqlite3" in err and "read-only" in err
    assert "folder is writable" in err and "data folder" not in err
    data_dir = next(c for c in json.loads(result["doctor"]["out"])["checks"]
                    if c["name"] == "data_dir")  # fmt: skip
    assert data_dir["status"] == "problem" and "read-only" in data_dir["detail"]
    # Reading the guest list still works: the door can look guests up.
    assert result["search"]["code"] == 0 and json.loads(result["search"]["out"])


def test_a_read_only_disk_is_named_as_the_disk(tmp_path: Path) -> None:
    result = scenario(
        """
        disk = root / "disk"
        disk.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)], check=True)
        station_at(disk / "station")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        print(json.dumps(capture("check-in", "ABCD-EFGH-IJ001", "--data-dir",
                                 str(disk / "station"))))
        """,
        tmp_path,
    )
    assert result["code"] == 1 and "mounted read-only" in result["err"]


def test_a_data_folder_that_is_a_file_is_named_as_such(tmp_path: Path, capsys) -> None:
    not_a_folder = tmp_path / "station"
    not_a_folder.write_text("I am a file")
    for argv in (["status"], ["check-in", NUMBER], ["search", "ada"], ["sync", "--site-id",
                 "s", "--base-url", "http://127.0.0.1:9"], ["stats"]):  # fmt: skip
        code, _, err = run(capsys, *argv, "--data-dir", str(not_a_folder))
        assert code == 1, argv
        assert "is a file, not a folder" in err, (argv, err)
        assert "run `checkin-app sync`" not in err and "File exists" not in err
    code, _, err = run(capsys, "status", "--data-dir", str(not_a_folder / "below"))
    assert code == 1 and f"{not_a_folder} is a file, not a folder" in err
    assert not_a_folder.read_text() == "I am a file"  # nothing was touched


def test_doctor_says_the_data_folder_is_a_file(tmp_path: Path, capsys) -> None:
    not_a_folder = tmp_path / "station"
    not_a_folder.write_text("x")
    code, out, _ = run(capsys, "doctor", "--data-dir", str(not_a_folder), "--offline",
                       "--no-camera", "--json")  # fmt: skip
    assert code == 1
    data_dir = next(c for c in json.loads(out)["checks"] if c["name"] == "data_dir")
    assert data_dir["status"] == "problem" and "is a file, not a folder" in data_dir["detail"]


def test_a_database_that_is_a_folder_is_named_as_such(tmp_path: Path, capsys) -> None:
    station = tmp_path / "station"
    (station / "checkin.sqlite3").mkdir(parents=True)
    code, _, err = run(capsys, "check-in", NUMBER, "--data-dir", str(station))
    assert code == 1 and "is a folder, not a file" in err


def test_normal_station_still_opens(tmp_path: Path, capsys) -> None:
    seeded_station(tmp_path / "station", [make_ticket(NUMBER)]).close()
    code, out, _ = run(capsys, "check-in", NUMBER, "--data-dir", str(tmp_path / "station"))
    assert code == 0 and "ADMITTED" in out
