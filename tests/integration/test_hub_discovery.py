"""DNS-SD discovery of the venue hub, where multicast really works: network namespaces this
test makes itself (a bridge in its own namespace, veth pairs, 10.203.0.0/24 only), removed
again even when the test fails. Needs root and `ip` (as this machine and CI have)."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.hub_env import REPO, hub_environment

pytestmark = pytest.mark.slow

SUBNET = "10.203.0"


def ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=20)


@pytest.fixture
def lan() -> Iterator[dict[str, str]]:
    if os.geteuid() != 0 or shutil.which("ip") is None:
        pytest.fail("this test needs root and iproute2 (`ip`): CI runs as root")
    tag = secrets.token_hex(3)
    spaces = {"lan": f"chk-lan-{tag}", "hub": f"chk-hub-{tag}", "door": f"chk-door-{tag}"}
    try:
        for name in spaces.values():
            ip("netns", "add", name)
        ip("-n", spaces["lan"], "link", "add", "br0", "type", "bridge")
        ip("-n", spaces["lan"], "link", "set", "br0", "up")
        for number, role in ((1, "hub"), (2, "door")):
            inside, outside = f"v{role}{tag}"[:15], f"p{role}{tag}"[:15]
            ip("link", "add", inside, "type", "veth", "peer", "name", outside)
            ip("link", "set", inside, "netns", spaces[role])
            ip("link", "set", outside, "netns", spaces["lan"])
            ip("-n", spaces["lan"], "link", "set", outside, "master", "br0", "up")
            ip("-n", spaces[role], "addr", "add", f"{SUBNET}.{number}/24", "dev", inside)
            ip("-n", spaces[role], "link", "set", inside, "up", "multicast", "on")
            ip("-n", spaces[role], "link", "set", "lo", "up")
            ip("-n", spaces[role], "route", "add", "224.0.0.0/4", "dev", inside)
        yield spaces
    finally:
        for name in spaces.values():
            subprocess.run(["ip", "netns", "del", name], capture_output=True, timeout=20)


def in_ns(space: str, *command: str) -> list[str]:
    return ["ip", "netns", "exec", space, sys.executable, "-m", "checkin_app", *command]


def test_a_door_finds_the_hub_with_dns_sd_and_pairs(lan: dict[str, str], tmp_path: Path) -> None:
    env = hub_environment(tmp_path)
    env["PYTHONPATH"] = str(REPO)
    emulator = subprocess.Popen(
        in_ns(lan["hub"], "emulator", "--port", "18765", "--seed", "demo"), env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    hub = None
    try:
        assert emulator.stdout is not None
        lines = [emulator.stdout.readline() for _ in range(3)]
        site = lines[1].split(":", 1)[1].strip()
        key = lines[2].split(":", 1)[1].split()[0]
        hub_env = {**env, "CHECKIN_BASE_URL": "http://127.0.0.1:18765",
                   "CHECKIN_SITE_ID": site, "CHECKIN_API_KEY": key}  # fmt: skip
        hub = subprocess.Popen(
            in_ns(lan["hub"], "hub", "--bind", f"{SUBNET}.1", "--port", "8470", "--data-dir",
                  str(tmp_path / "hub")),
            env=hub_env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert hub.stdout is not None
        url = hub.stdout.readline().split(" ", 1)[1].strip()
        code = hub.stdout.readline().split(": ", 1)[1].strip()
        assert url == f"https://{SUBNET}.1:8470"
        door = tmp_path / "door"
        paired = subprocess.run(
            in_ns(lan["door"], "pair", code, "--station", "Door 1", "--data-dir", str(door)),
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert paired.returncode == 0, paired.stderr
        settings = json.loads((door / "settings.json").read_text())
        assert settings["hub_url"] == url
        synced = subprocess.run(
            in_ns(lan["door"], "sync", "--json", "--data-dir", str(door)), env=env,
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert json.loads(synced.stdout)["pulled_tickets"] > 0
    finally:
        for process in (hub, emulator):
            if process is not None:
                process.terminate()
                process.wait(30)
                if process.stdout is not None:
                    process.stdout.close()
