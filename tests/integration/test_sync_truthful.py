"""Issue 15.9: what a sync pass says is true — "Offline" only when the link is offline, a
server that accepts connections and never answers is given up on within seconds per
request (and named), and scans never wait for it."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from checkin_app.bootstrap import open_station
from checkin_app.cli import main
from checkin_app.domain.models import InputMethod, VerdictKind
from checkin_app.emulator.server import EmulatorServer
from checkin_app.sync.engine import SyncEngine
from checkin_app.wix import DEFAULT_TIMEOUT, WixClient
from tests.support.factories import EVENT_ID, make_ticket, seeded_station
from tests.support.sync_env import fast_limiter

OLD_SILENT_PASS_S = 40.0  # what a pass against a silent server took before (2 x 20 s)


class SilentServer:
    """Accepts TCP connections on loopback and never answers (until `release()`)."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def release(self) -> None:
        """Stop listening and close every held connection (the server goes away)."""
        with contextlib.suppress(OSError):  # wakes the accepting thread: close() alone does not
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        for conn in self.accepted:
            conn.close()

    def close(self) -> None:
        self.release()
        self._thread.join(timeout=5)


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def station_dir(tmp_path: Path) -> Path:
    data = tmp_path / "station"
    seeded_station(data, [make_ticket("ABCD-EFGH-IJ001"), make_ticket("ABCD-EFGH-IJ002")]).close()
    return data


def test_a_silent_server_is_given_up_on_within_seconds(
    silent: SilentServer, station_dir: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("CHECKIN_API_KEY", "some-key")
    assert main(["check-in", "ABCD-EFGH-IJ001", "--data-dir", str(station_dir)]) == 0
    capsys.readouterr()
    code = main(["sync", "--json", "--data-dir", str(station_dir), "--base-url", silent.url,
                 "--site-id", "s"])  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    assert code == 3
    assert silent.accepted, "the client never reached the silent server"
    assert report["connectivity"] == "offline"
    assert f"no reply within {DEFAULT_TIMEOUT.read:g} s" in report["error"]
    assert "accepted the connection" in report["error"]
    assert report["pending"] == 1  # the check-in waits for the next pass
    # Bounded per request (push, then one pull attempt), far from the 40 s it took.
    assert report["requests"] <= 2
    assert report["duration_s"] < OLD_SILENT_PASS_S / 2


def test_the_text_output_says_why_it_is_offline(
    silent: SilentServer, station_dir: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("CHECKIN_API_KEY", "some-key")
    main(["check-in", "ABCD-EFGH-IJ001", "--data-dir", str(station_dir)])
    capsys.readouterr()
    code = main(["sync", "--data-dir", str(station_dir), "--base-url", silent.url,
                 "--site-id", "s"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 3 and out == ""
    assert err.startswith("checkin-app: Offline: cannot reach Wix (no reply within")
    assert "1 queued call(s) wait for the next pass" in err and err.count("\n") == 1


def test_scans_never_wait_for_a_silent_server(silent: SilentServer, station_dir: Path) -> None:
    """A pass stuck on a silent server (long timeout here, so it stays stuck) does not hold
    up a scan on the same database: the scan finishes while the pass is still waiting."""
    station = open_station(station_dir)
    client = WixClient("s", "some-key", base_url=silent.url, rate_limiter=fast_limiter(),
                       timeout=httpx.Timeout(120.0))  # fmt: skip
    engine = SyncEngine(station.db, client, owns_client=True)
    station.checkin.scan("ABCD-EFGH-IJ001", EVENT_ID, "Door 1", InputMethod.MANUAL)
    reports = []
    sync = threading.Thread(target=lambda: reports.append(engine.run_once()), daemon=True)
    try:
        sync.start()
        while not silent.accepted and sync.is_alive():
            sync.join(0.01)  # until the push's request is on the wire
        assert silent.accepted and sync.is_alive()
        verdict = station.checkin.scan("ABCD-EFGH-IJ002", EVENT_ID, "Door 1", InputMethod.MANUAL)
        hits = station.search.search("lovelace")
        assert verdict.kind is VerdictKind.ADMITTED and len(hits) == 2
        assert sync.is_alive(), "the scan should not have needed the sync to finish"
    finally:
        silent.release()
        sync.join(timeout=60)
        engine.close()
        station.close()
    assert not sync.is_alive()
    assert reports and reports[0].error and reports[0].pending == 2


def test_offline_is_never_said_beside_a_working_link(tmp_path: Path, capsys,
                                                     monkeypatch) -> None:  # fmt: skip
    """A pass whose guest-list read gets no reply after Wix answered its other requests:
    it reached Wix, so it must not say "Offline" (nor may `connectivity` contradict what it
    says). Fully offline, it says so."""
    with EmulatorServer(seed="demo") as server:
        monkeypatch.setenv("CHECKIN_API_KEY", server.api_key)
        argv = ["--data-dir", str(tmp_path / "d"), "--base-url", server.url,
                "--site-id", server.site_id, "--json"]  # fmt: skip
        assert main(["sync", *argv]) == 0
        capsys.readouterr()
        server.set_faults(drop_next=1, only_path="/guests/query")
        main(["sync", *argv])
        wobble = json.loads(capsys.readouterr().out)
        server.set_faults(offline=True)
        main(["sync", *argv])
        offline = json.loads(capsys.readouterr().out)
    assert wobble["requests"] >= 2 and wobble["error"]
    assert wobble["connectivity"] in ("online", "degraded")
    assert "Offline" not in wobble["error"]
    assert "got no reply" in wobble["error"] and "closed the connection" in wobble["error"]
    assert offline["connectivity"] == "offline" and offline["error"].startswith("Offline")
    for report in (wobble, offline):
        assert ("Offline" in report["error"]) == (report["connectivity"] == "offline")
