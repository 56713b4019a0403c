"""A venue hub and its door stations as real processes, for the hub's tests and benchmark.

The emulator (Wix) runs in the test process on loopback; the hub is `checkin-app hub` in a
subprocess; each door is a data folder driven by `checkin-app` subprocesses. Secrets go to
a test keyring file (tests/support/file_keyring.py): CI has no OS keyring.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from checkin_app.emulator.server import EmulatorServer

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def hub_environment(tmp: Path, server: EmulatorServer | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(REPO),
        PYTHON_KEYRING_BACKEND="tests.support.file_keyring.FileKeyring",
        CHECKIN_TEST_KEYRING_FILE=str(tmp / "test-keyring.json"),
    )
    for name in ("CHECKIN_HUB_URL", "CHECKIN_HUB_CODE", "CHECKIN_DATA_DIR", "CHECKIN_STATION"):
        env.pop(name, None)
    if server is not None:
        env.update(
            CHECKIN_BASE_URL=server.url, CHECKIN_SITE_ID=server.site_id,
            CHECKIN_API_KEY=server.api_key,
        )  # fmt: skip
    return env


def cli(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `checkin-app ARGS` (without the Wix credentials: doors never hold them)."""
    door_env = {k: v for k, v in env.items() if k not in ("CHECKIN_API_KEY", "CHECKIN_SITE_ID")}
    return subprocess.run(
        [sys.executable, "-m", "checkin_app", *args], env=door_env, capture_output=True,
        text=True, timeout=timeout,
    )  # fmt: skip


def cli_json(env: dict[str, str], *args: str) -> Any:
    done = cli(env, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


class HubProcess:
    """`checkin-app hub` on a fixed loopback port (so a restart keeps the stations' URL)."""

    def __init__(self, data_dir: Path, env: dict[str, str], port: int | None = None) -> None:
        self.data_dir = data_dir
        self.env = env
        self.port = port or free_port()
        self.process: subprocess.Popen[str] | None = None
        self.url = ""
        self.code = ""

    def start(self, timeout: float = 60) -> HubProcess:
        self.url = self.code = ""
        self.process = subprocess.Popen(
            [sys.executable, "-m", "checkin_app", "hub", "--port", str(self.port), "--bind",
             "127.0.0.1", "--no-discovery", "--data-dir", str(self.data_dir)],
            env=self.env, stdout=subprocess.PIPE, stderr=self._log(), text=True,
        )  # fmt: skip
        deadline = time.monotonic() + timeout
        assert self.process.stdout is not None
        while time.monotonic() < deadline and not (self.url and self.code):
            line = self.process.stdout.readline()
            if not line:
                self._close()
                log = self.data_dir.parent / "hub-stderr.log"
                raise AssertionError(f"hub ended: {log.read_text(errors='replace')[-2000:]}")
            if line.startswith("hub: "):
                self.url = line.split(" ", 1)[1].strip()
            elif line.startswith("pairing code: "):
                self.code = line.split(": ", 1)[1].strip()
        assert self.url and self.code, "the hub did not print its URL and code"
        return self

    def _log(self) -> Any:
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        self._stderr = open(self.data_dir.parent / "hub-stderr.log", "a")  # noqa: SIM115
        return self._stderr

    def _close(self) -> None:
        if self.process is not None and self.process.stdout is not None:
            self.process.stdout.close()
        self._stderr.close()

    def kill(self) -> None:
        """SIGKILL: no clean-up at all, like a pulled plug."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(10)
            self._close()
            self.process = None

    def stop(self) -> int | None:
        if self.process is None:
            return None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(30)
        finally:
            self._close()
            self.process = None

    def pause(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)


def pair_door(env: dict[str, str], hub: HubProcess, folder: Path, name: str) -> None:
    done = cli(env, "pair", hub.code, "--hub", hub.url, "--station", name, "--data-dir",
               str(folder))  # fmt: skip
    assert done.returncode == 0, done.stderr


def wix_check_in_count(server: EmulatorServer, number: str) -> int:
    """How many Check In Ticket calls for this ticket reached Wix (the first + repeats)."""
    with server.state.lock:
        ticket = server.state.tickets[number]
        return (1 if ticket["checkIn"] else 0) + len(ticket.get("repeatCheckIns") or [])
