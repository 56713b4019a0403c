"""A busy hub is not a dead one (issue 14, "Busy or gone" in docs/hub.md): while the hub's
decision waits (here: another process holds its database's write lock), the hub streams
heartbeats and the door keeps waiting past its silence timeout; beyond the door's cap the
door decides alone, the hub's own decision still stands, and the hub logs no error for the
door that stopped listening. A real hub process and a real door client."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin_app.bootstrap import open_station
from checkin_app.emulator.server import EmulatorServer
from checkin_app.hublink import HubUnavailable
from checkin_app.hublink.client import BUSY_CAP_S, HubClient
from checkin_app.hublink.pairing import pair_with_hub
from tests.support.hub_env import HubProcess, hub_environment
from tests.support.sync_env import admissible, gala_id

pytestmark = pytest.mark.slow

SILENCE_S = 1.0  # the door's silence timeout here (the app's is 300 ms; robust under load)


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple]:
    with EmulatorServer(seed="demo") as server:
        env = hub_environment(tmp_path, server)
        for name in ("PYTHON_KEYRING_BACKEND", "CHECKIN_TEST_KEYRING_FILE"):
            monkeypatch.setenv(name, env[name])  # to open the hub's encrypted database here
        process = HubProcess(tmp_path / "hub", env).start()
        try:
            yield server, process
        finally:
            process.stop()


def hold_write_lock(folder: Path, seconds: float, held: threading.Event) -> threading.Thread:
    """Another writer on the hub's database for `seconds` (its decisions wait for it)."""

    def hold() -> None:
        station = open_station(folder, create=False, hub_link=False)
        try:
            conn = station.db.connection()
            conn.execute("BEGIN IMMEDIATE")
            held.set()
            time.sleep(seconds)
            conn.execute("ROLLBACK")
        finally:
            station.close()

    thread = threading.Thread(target=hold)
    thread.start()
    return thread


def test_the_door_waits_for_a_busy_hub_and_gives_up_only_at_its_cap(hub) -> None:
    server, process = hub
    paired = pair_with_hub(process.url, process.code, "Door 3")
    door = HubClient(process.url, paired.cert_pem, paired.station_id, paired.token,
                     scan_timeout_s=SILENCE_S)  # fmt: skip
    event = gala_id(server)
    first, second = admissible(server, event, 2)
    try:
        # Busy for twice the silence timeout, less than the cap: heartbeats keep the door.
        held = threading.Event()
        locker = hold_write_lock(process.data_dir, 2 * SILENCE_S, held)
        assert held.wait(30)
        scan = {"scan_id": str(uuid.uuid4()), "code": first, "event_id": event,
                "station": "Door 3", "method": "camera"}  # fmt: skip
        verdict = door.decide(scan)
        locker.join(30)
        assert verdict["verdict"] == "ADMITTED"

        # Busy beyond the door's cap: the door gives up (and decides alone in the app).
        held = threading.Event()
        locker = hold_write_lock(process.data_dir, BUSY_CAP_S + 1.0, held)
        assert held.wait(30)
        scan_id = str(uuid.uuid4())
        with pytest.raises(HubUnavailable, match="busy"):
            door.decide({"scan_id": scan_id, "code": second, "event_id": event,
                         "station": "Door 3", "method": "camera"})  # fmt: skip
        locker.join(30)
        # The hub decided it anyway, once the lock was gone: Wix gets it from the hub.
        deadline = time.monotonic() + 60
        while not server.state.tickets[second]["checkIn"] and time.monotonic() < deadline:
            time.sleep(0.2)
        assert server.state.tickets[second]["checkIn"]
    finally:
        door.close()
    process.stop()
    log = (process.data_dir.parent / "hub-stderr.log").read_text()
    assert "Traceback" not in log and "Error handling request" not in log
