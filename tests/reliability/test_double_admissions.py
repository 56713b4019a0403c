"""Two door stations — two processes running `checkin-app` — admit the same tickets offline,
then sync half a second apart or released together, with a lost reply mixed in, against the
emulator in both of Wix's possible answers to a repeated check-in.

What each station can know (docs/architecture.md, "Double admissions"):
- Wix keeps the first time: only the station whose call reached Wix second can know; it
  must record every double admission when the calls arrived further apart than the window
  it measured; the first station records none (its own resend after a lost reply included).
- Wix overwrites the time: the station whose time was overwritten learns it at its next
  pull; the station whose call came second learns it from its pre-read when the calls
  arrived further apart than its window.
Who was first is read from the emulator's request log (each station also admitted one
ticket of its own, which names its calls).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from checkin_app.domain.clock import parse_iso
from checkin_app.emulator.server import EmulatorServer
from checkin_app.sync.ownership import PRE_READ_AFTER_S
from tests.support.sync_env import admissible, gala_id

REPO = Path(__file__).resolve().parents[2]
CONTESTED = 5
CHECK_IN = "/tickets/check-in"


@dataclass
class Door:
    name: str
    data_dir: Path
    own_ticket: str  # admitted by this door only: marks its calls in the request log
    window_s: float = 0.0  # the widest window its syncs reported
    conflicts: int = 0


def start(commands: list[list[str]], env: dict[str, str], signal: Path | None = None):
    argv = [sys.executable, "-m", "tests.reliability.station_worker", json.dumps(commands)]
    if signal is not None:
        argv.append(str(signal))
    proc = subprocess.Popen(argv, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def results(proc: subprocess.Popen) -> list[dict[str, Any]]:
    out, _ = proc.communicate(timeout=180)
    assert proc.returncode == 0
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def cli(door: Door, *argv: str) -> list[str]:
    return [*argv, "--data-dir", str(door.data_dir)]


def note_syncs(door: Door, outcomes: list[dict[str, Any]]) -> None:
    for outcome in outcomes:
        if outcome["argv"][0] == "sync":
            report = json.loads(outcome["out"])
            assert outcome["code"] == 0 and report["error"] is None, outcome["err"]
            door.window_s = max(door.window_s, report["conflict_window_s"] or 0.0)
        if outcome["argv"][0] == "status":
            status = json.loads(outcome["out"])
            door.conflicts = status["conflicts"]
            assert status["outbox"]["pending"] == status["outbox"]["inflight"] == 0
            assert status["outbox"]["dead"] == 0


@dataclass
class Call:
    door: str
    seq: int
    at: float  # arrival on the emulator's clock (epoch s)
    lost: bool


def check_in_calls(server: EmulatorServer, doors: list[Door]) -> list[Call]:
    """Check-in calls Wix acted on (a lost reply included), in the order it handled them."""
    calls = []
    for entry in server.requests:
        if not (entry["path"].endswith(CHECK_IN) and entry["method"] == "POST"):
            continue
        if entry["status"] != 200:
            continue
        (door,) = [d.name for d in doors if d.own_ticket in entry["ticketNumbers"]]
        at = parse_iso(entry["time"])
        assert at is not None
        calls.append(Call(door, entry["seq"], at.timestamp(), entry["fault"] == "drop_reply"))
    return sorted(calls, key=lambda c: c.seq)


def prepare(server: EmulatorServer, tmp_path: Path, env: dict[str, str]) -> list[Door]:
    """Both doors download the guest list, then admit the tickets with no network at all."""
    gala = gala_id(server)
    tickets = admissible(server, gala, CONTESTED + 2)
    contested = tickets[:CONTESTED]
    doors = [
        Door("North door", tmp_path / "north", tickets[CONTESTED]),
        Door("South door", tmp_path / "south", tickets[CONTESTED + 1]),
    ]
    procs = []
    for door in doors:
        commands = [cli(door, "sync", "--json", "--event", gala)]
        commands += [
            cli(door, "check-in", number, "--event", gala, "--station", door.name, "--json")
            for number in [*contested, door.own_ticket]
        ]
        procs.append(start(commands, env))
    for door, proc in zip(doors, procs, strict=True):
        outcomes = results(proc)
        note_syncs(door, outcomes[:1])
        assert all(json.loads(o["out"])["verdict"] == "ADMITTED" for o in outcomes[1:])
    return doors


def sync_round(doors: list[Door], env: dict[str, str], tmp_path: Path, *, together: bool):
    """One `checkin-app sync` per door: released together, or the second 0.5 s after the
    first has finished."""
    signals = [tmp_path / "go-together"] * 2 if together else [tmp_path / "go-1", tmp_path / "go-2"]
    procs = [start([cli(d, "sync", "--json")], env, s) for d, s in zip(doors, signals, strict=True)]
    signals[0].touch()
    if not together:
        note_syncs(doors[0], results(procs[0]))
        time.sleep(0.5)
        signals[1].touch()
    for door, proc in zip(doors, procs, strict=True):
        if proc.returncode is None:
            note_syncs(door, results(proc))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("repeat", "undo"), [("keep", "remove"), ("overwrite", "cancel-date")]
)  # fmt: skip
@pytest.mark.parametrize("together", [False, True], ids=["half-a-second-apart", "together"])
def test_two_station_processes_record_every_double_admission_they_can_know(
    tmp_path: Path, repeat: str, undo: str, together: bool
) -> None:
    with EmulatorServer(seed="demo", repeat_check_in=repeat, undo_check_in=undo) as server:
        env = {
            **os.environ, "PYTHONPATH": str(REPO), "CHECKIN_BASE_URL": server.url,
            "CHECKIN_SITE_ID": server.site_id, "CHECKIN_API_KEY": server.api_key,
        }  # fmt: skip
        doors = prepare(server, tmp_path, env)
        time.sleep(PRE_READ_AFTER_S + 0.5)  # the admissions waited in the queue
        # The first check-in call to arrive is handled, but its reply is lost.
        server.set_faults(drop_reply_next=1, only_path=CHECK_IN)

        sync_round(doors, env, tmp_path, together=together)
        for door in doors:  # each syncs a second time, then reports
            note_syncs(
                door,
                results(start([cli(door, "sync", "--json"), cli(door, "status", "--json")], env)),
            )

        calls = check_in_calls(server, doors)
    by_name = {d.name: d for d in doors}
    assert sum(c.lost for c in calls) == 1  # the lost reply happened (and was sent again)
    assert all(d.conflicts in (0, CONTESTED) for d in doors)  # once each, never more
    first_door = calls[0].door
    second_door = next(c.door for c in calls if c.door != first_door)
    first_at = calls[0].at
    second_at = next(c.at for c in calls if c.door == second_door)
    gap = second_at - first_at
    second = by_name[second_door]
    if not together:
        assert first_door == "North door" and gap > 0.5
    if repeat == "keep":
        # Wix kept the first door's time and names no device: the first door cannot know,
        # and its own resend after the lost reply is no conflict.
        assert by_name[first_door].conflicts == 0
        if gap > second.window_s:
            assert second.conflicts == CONTESTED, (gap, second.window_s)
    else:
        last = calls[-1]
        other = by_name["South door" if last.door == "North door" else "North door"]
        other_last = max(c.at for c in calls if c.door == other.name)
        other_lost = any(c.lost for c in calls if c.door == other.name)
        # Its time was overwritten by a call none of its own sends can account for.
        if not other_lost or last.at - other_last > other.window_s:
            assert other.conflicts == CONTESTED, (last, other_last, other.window_s)
        if second_door == last.door and gap > second.window_s:
            assert second.conflicts == CONTESTED, (gap, second.window_s)
    if not together:
        expected = {"keep": (0, CONTESTED), "overwrite": (CONTESTED, CONTESTED)}[repeat]
        assert (by_name["North door"].conflicts, by_name["South door"].conflicts) == expected
