"""Issue 15.2 and 15.6: an API key with a control character never leaks (output, stderr,
the database) and is not called "Offline"; pasted whitespace is trimmed wherever the key
comes from; the key never goes to a non-loopback plain-http address."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from checkin_app.bootstrap import ConnectionSetupError, connect_station, open_station
from checkin_app.emulator.server import EmulatorServer
from checkin_app.wix import WixClient
from checkin_app.wix.http_core import check_base_url

BAD_KEY = "part1\npart2"


@pytest.fixture
def server():
    with EmulatorServer(seed="demo") as srv:
        yield srv


def cli(*args: str, env: dict[str, str], stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "checkin_app", *args], capture_output=True, text=True,
        env=env, timeout=120, input=stdin,
    )  # fmt: skip


def test_a_key_with_a_line_break_is_refused_and_never_shown(server, tmp_path) -> None:
    data = tmp_path / "door"
    base = {**os.environ, "CHECKIN_DATA_DIR": str(data), "CHECKIN_BASE_URL": server.url,
            "CHECKIN_SITE_ID": server.site_id}  # fmt: skip
    good = {**base, "CHECKIN_API_KEY": server.api_key}
    assert cli("sync", env=good).returncode == 0
    number = next(n for n, t in server.state.tickets.items() if not t["checkIn"])
    assert cli("check-in", number, env=good).returncode == 0  # one call queued

    bad = {**base, "CHECKIN_API_KEY": BAD_KEY}
    for args in (("sync", "--json"), ("sync",), ("events",), ("stats", "--refresh"),
                 ("doctor", "--no-camera")):  # fmt: skip
        done = cli(*args, env=bad)
        text = done.stdout + done.stderr
        assert "part1" not in text and "part2" not in text, args
        assert "Offline" not in text, args
        assert "control character" in text, args
        if args[0] != "doctor":
            assert done.returncode == 1, args  # a setup problem, not "trouble, retry"
    station = open_station(data)
    try:
        errors = [r[0] or "" for r in station.db.query("SELECT last_error FROM outbox")]
        errors += [r[0] or "" for r in station.db.query("SELECT last_error FROM sync_state")]
        assert not any("part" in e for e in errors)
        assert station.outbox.counts().get("pending") == 1  # still queued, nothing lost
    finally:
        station.close()


def test_pasted_whitespace_is_trimmed_everywhere(server, tmp_path) -> None:
    base = {**os.environ, "CHECKIN_DATA_DIR": str(tmp_path / "door"),
            "CHECKIN_BASE_URL": server.url, "CHECKIN_SITE_ID": server.site_id}  # fmt: skip
    done = cli("sync", env={**base, "CHECKIN_API_KEY": f"  {server.api_key}\r\n"})
    assert done.returncode == 0, done.stderr
    done = cli("sync", "--api-key-stdin", env=base, stdin=f"\t{server.api_key}  \n")
    assert done.returncode == 0, done.stderr
    done = cli("sync", "--api-key-stdin", env=base, stdin="abc\x1b[2Jdef\n")
    assert done.returncode == 1 and "control character" in done.stderr
    assert "abc" not in done.stderr


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://www.wixapis.com", True),
        ("http://127.0.0.1:8080", True),
        ("http://127.3.4.5", True),
        ("http://localhost:9000", True),
        ("http://[::1]:9000", True),
        ("http://www.wixapis.com", False),
        ("http://192.168.1.20:8080", False),
        ("http://localhost.evil.example", False),
        ("ftp://127.0.0.1", False),
    ],
)
def test_plain_http_only_to_loopback(url: str, allowed: bool) -> None:
    if allowed:
        check_base_url(url)
        WixClient("site", "key", base_url=url).close()
    else:
        with pytest.raises(ValueError):
            check_base_url(url)
        with pytest.raises(ValueError):
            WixClient("site", "key", base_url=url)


def test_the_hubs_pinned_channel_may_use_plain_http() -> None:
    WixClient("site", "key", base_url="http://192.168.1.20:8080", pinned_channel=True).close()


def test_connect_refuses_a_plain_http_address(tmp_path) -> None:
    station = open_station(tmp_path / "door")
    try:
        with pytest.raises(ConnectionSetupError, match="https"):
            connect_station(station, "http://events.example.com", "site", "key")
    finally:
        station.close()
