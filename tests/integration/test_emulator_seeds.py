"""Seeds (demo and N tickets), determinism, and the `checkin-app emulator` command."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from checkin_app.emulator.server import EmulatorServer

ROOT = Path(__file__).resolve().parents[2]


def test_demo_seed_has_what_the_door_needs():
    with EmulatorServer(seed="demo") as srv:
        state = srv.state
        gala = next(e for e in state.events.values() if e["title"] == "Summer Gala")
        assert gala["status"] in ("UPCOMING", "STARTED")
        prices = {
            d["name"]: d["pricingMethod"]["fixedPrice"]["value"]
            for d in state.definitions.values()
            if d["eventId"] == gala["id"]
        }
        assert prices == {"General Admission": "25.00", "VIP": "80.00", "Student (free)": "0"}
        tickets = [state.tickets[n] for n in state.event_tickets[gala["id"]]]
        assert 200 <= len(tickets) <= 500
        statuses = [state.orders[n]["status"] for n in state.event_orders[gala["id"]]]
        assert statuses.count("CANCELED") == 1
        assert statuses.count("OFFLINE_PENDING") == 1
        assert statuses.count("INITIATED") == 1
        assert sum(1 for t in tickets if t["archived"]) == 1
        checked = sum(1 for t in tickets if t["checkIn"])
        assert 0 < checked < len(tickets)
        assert len({t["email"] for t in tickets}) > len(tickets) // 2
        assert len(state.events) >= 2


def test_seeds_are_deterministic():
    with EmulatorServer(seed="demo") as a, EmulatorServer(seed="demo") as b:
        assert list(a.state.tickets) == list(b.state.tickets)
        assert list(a.state.events) == list(b.state.events)
        assert list(a.state.definitions) == list(b.state.definitions)
    with EmulatorServer(seed=300) as c, EmulatorServer(seed=300) as d:
        assert list(c.state.tickets) == list(d.state.tickets)


def test_synthetic_seed_has_n_tickets_served_in_pages():
    with EmulatorServer(seed=1500) as srv:
        assert len(srv.state.tickets) == 1500
        (event_id,) = srv.state.events
        with httpx.Client(base_url=srv.url, headers=srv.headers) as client:
            page = client.get(
                "/events/v1/tickets",
                params={
                    "eventId": event_id,
                    "limit": 100,
                    "offset": 1400,
                    "fieldset": "TICKET_DETAILS",
                },
            ).json()
        assert page["total"] == 1500 and len(page["tickets"]) == 100


def test_unknown_seed_is_refused():
    with pytest.raises(ValueError, match="unknown seed"):
        EmulatorServer(seed="nonsense")


def test_emulator_command_serves_until_sigterm(tmp_path: Path):
    """Start `checkin-app emulator` (its command module) as a process, call it, stop it."""
    script = (
        "import argparse, sys\n"
        "from checkin_app.commands import emulator\n"
        "p = argparse.ArgumentParser(); sub = p.add_subparsers()\n"
        "emulator.register(sub)\n"
        "args = p.parse_args(sys.argv[1:])\n"
        "sys.exit(args.handler(args))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            script,
            "emulator",
            "--port",
            "0",
            "--seed",
            "50",
            "--site-id",
            "s1",
            "--repeat-check-in",
            "overwrite",
            "--undo-check-in",
            "cancel-date",
            "--guest-rows",
            "buyers-only",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        lines = []
        assert proc.stdout is not None
        for _ in range(14):
            line = proc.stdout.readline()
            lines.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        url = lines[0].split()[-1]
        assert url.startswith("http://127.0.0.1:")
        key = next(line for line in lines if "API key" in line).split(":", 1)[1].split()[0]
        reply = httpx.get(
            f"{url}/events/v1/tickets",
            params={"limit": 1},
            headers={"Authorization": key, "wix-site-id": "s1"},
        )
        assert reply.json()["total"] == 50
        info = httpx.get(f"{url}/_emulator").json()
        assert json.dumps(info["counts"]) and info["counts"]["tickets"] == 50
        # What Wix leaves undocumented is chosen on the command line (and said so).
        assert info["behaviour"] == {
            "repeatCheckIn": "overwrite", "undoCheckIn": "cancel-date", "guestRows": "buyers-only",
        }  # fmt: skip
        assert any("overwrites the first time" in line for line in lines)
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Emulator stopped." in err


def test_emulator_command_rejects_bad_options():
    import argparse

    from checkin_app.cli import CommandError
    from checkin_app.commands import emulator

    parser = argparse.ArgumentParser()
    emulator.register(parser.add_subparsers())
    with pytest.raises(CommandError, match="between 0 and 1"):
        emulator.run(parser.parse_args(["emulator", "--error-rate", "3"]))
    with pytest.raises(CommandError, match="unknown seed"):
        emulator.run(parser.parse_args(["emulator", "--seed", "bogus", "--port", "0"]))
