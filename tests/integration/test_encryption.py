"""Issue 16.1: the station database is encrypted at rest, its key kept apart; plain
databases are encrypted in place with nothing lost; no key, no change; a copied data folder
reveals nothing."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from checkin_app.bootstrap import open_station
from checkin_app.domain.models import InputMethod
from checkin_app.services.secrets import SERVICE_NAME, db_key_name
from checkin_app.services.station_open import DatabaseKeyMissing, WrongDatabaseKey
from checkin_app.storage.database import DB_FILENAME
from checkin_app.storage.encryption import FileKind, file_kind
from checkin_app.storage.marker import StationMarker
from tests.support.factories import EVENT_ID, make_event, make_ticket
from tests.support.memory_keyring import MemoryKeyring

GUESTS = [
    ("Zebulon", "Quartermaine", "zebulon.q@example.org"),
    ("Ottoline", "Featherstonehaugh", "otto.f@example.net"),
    ("Perpetua", "Vanderbilt", "perpetua@example.com"),
]


def tickets():
    return [
        make_ticket(f"ENCR-TKT-{i:05d}", guest_first_name=first, guest_last_name=last,
                    guest_email=email, buyer_name=f"{first} {last}")
        for i, (first, last, email) in enumerate(GUESTS)
    ]  # fmt: skip


def personal_strings() -> list[bytes]:
    words = {w for guest in GUESTS for w in guest} | {g[2].split("@")[0] for g in GUESTS}
    return sorted({w.encode() for w in words} | {w.encode("utf-16-le") for w in words})


def raw_bytes(folder: Path) -> bytes:
    """Every file under the folder, as bytes (database, WAL, journal, exports, logs)."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checkin_app", *args],
        capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def env_without_keys(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CHECKIN_DB_KEY", "CHECKIN_API_KEY")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # a laptop with none
    env.update(extra)
    return env


def folder_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_new_station_key_is_random_and_kept_in_the_keyring(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("CHECKIN_DB_KEY")
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    data = tmp_path / "door"
    station = open_station(data)
    station.checkin.catalog.upsert_event(make_event())
    station.checkin.tickets.upsert_many(tickets())
    assert station.db.encrypted
    station.close()
    marker = StationMarker.load(data)
    stored = ring.store[(SERVICE_NAME, db_key_name(marker.station_id))]
    assert len(stored) == 64 and int(stored, 16)  # 256 random bits, hex
    assert file_kind(data / DB_FILENAME) is FileKind.OPAQUE
    folder = raw_bytes(data)
    assert stored.encode() not in folder  # not in the settings, marker or database
    assert all(s not in folder for s in personal_strings())
    # A second station on the same laptop gets its own key.
    open_station(tmp_path / "other").close()
    assert len({v for (svc, _), v in ring.store.items() if svc == SERVICE_NAME}) == 2
    # Reopened with the keyring's key: the guests are there.
    again = open_station(data)
    assert [h.ticket.guest_name for h in again.search.search("Quartermaine", EVENT_ID)]
    again.close()


def test_plain_database_is_encrypted_in_place_with_its_unsent_queue(tmp_path) -> None:
    data = tmp_path / "door"
    plain = open_station(data, encrypt=False)  # what an older version left behind
    plain.checkin.catalog.upsert_event(make_event())
    plain.checkin.tickets.upsert_many(tickets())
    for ticket in tickets():
        verdict = plain.checkin.scan(ticket.ticket_number, EVENT_ID, "Door 1", InputMethod.CAMERA)
        assert verdict.admitted
    before_log = [tuple(r) for r in plain.db.query("SELECT * FROM checkins ORDER BY scan_id")]
    before_queue = [tuple(r) for r in plain.db.query("SELECT * FROM outbox ORDER BY id")]
    plain.close()
    assert file_kind(data / DB_FILENAME) is FileKind.PLAIN
    assert any(s in raw_bytes(data) for s in personal_strings())

    station = open_station(data)
    assert station.encrypted_now and station.db.encrypted
    assert [tuple(r) for r in station.db.query("SELECT * FROM checkins ORDER BY scan_id")] == (
        before_log
    )
    assert [tuple(r) for r in station.db.query("SELECT * FROM outbox ORDER BY id")] == before_queue
    assert station.outbox.counts().get("pending") == 3
    again = station.checkin.scan("ENCR-TKT-00000", EVENT_ID, "Door 1", InputMethod.CAMERA)
    assert again.kind.value == "ALREADY_CHECKED_IN"
    assert station.search.search("Feathers", EVENT_ID)[0].ticket.guest_email == "otto.f@example.net"
    station.close()
    assert file_kind(data / DB_FILENAME) is FileKind.OPAQUE
    assert sorted(p.name for p in data.iterdir() if "encrypting" in p.name) == []
    folder = raw_bytes(data)
    assert all(s not in folder for s in personal_strings())


def test_open_without_a_key_changes_nothing_and_says_so(tmp_path, monkeypatch) -> None:
    data = tmp_path / "door"
    station = open_station(data)
    station.checkin.catalog.upsert_event(make_event())
    station.close()
    digest = folder_digest(data)
    monkeypatch.delenv("CHECKIN_DB_KEY")
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(DatabaseKeyMissing, match="CHECKIN_DB_KEY"):
        open_station(data)
    monkeypatch.setenv("CHECKIN_DB_KEY", "ab" * 32)
    with pytest.raises(WrongDatabaseKey, match="does not open"):
        open_station(data)
    assert folder_digest(data) == digest
    assert not StationMarker.load(data).damaged_since  # a wrong key is not damage


def test_cli_on_an_encrypted_station_with_no_key_source(tmp_path) -> None:
    data = tmp_path / "door"
    station = open_station(data)  # CHECKIN_DB_KEY from the test environment
    station.checkin.catalog.upsert_event(make_event())
    station.checkin.tickets.upsert_many(tickets())
    station.close()
    digest = folder_digest(data)
    env = env_without_keys()
    for args in (("status",), ("check-in", "ENCR-TKT-00001"), ("search", "Zebulon")):
        done = run_cli(*args, "--data-dir", str(data), env=env)
        assert done.returncode == 1, done
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "encrypted" in lines[0] and "CHECKIN_DB_KEY" in lines[0]
        assert "Traceback" not in done.stderr and done.stdout == ""
    assert folder_digest(data) == digest


def test_cli_new_station_without_a_key_source_says_how(tmp_path) -> None:
    data = tmp_path / "new-door"
    done = run_cli("sync", "--data-dir", str(data), env=env_without_keys())
    assert done.returncode == 1
    assert "CHECKIN_DB_KEY" in done.stderr and "Nothing was created" in done.stderr
    assert not (data / DB_FILENAME).exists()
    key = "cd" * 32
    done = run_cli("sync", "--data-dir", str(data), env=env_without_keys(CHECKIN_DB_KEY=key))
    assert "site id" in done.stderr  # it got as far as connecting: the station exists
    assert file_kind(data / DB_FILENAME) is FileKind.OPAQUE


@pytest.fixture
def demo_server_env():
    from checkin_app.emulator.server import EmulatorServer

    with EmulatorServer(seed="demo") as server:
        env = {
            **os.environ,
            "CHECKIN_BASE_URL": server.url,
            "CHECKIN_SITE_ID": server.site_id,
            "CHECKIN_API_KEY": server.api_key,
        }
        yield server, env


@pytest.mark.slow
def test_copied_data_folder_reveals_no_guest(tmp_path, demo_server_env) -> None:
    """A scanning session through the CLI (sync, scans, search, undo, export into the data
    folder), then every raw file of the folder is searched for the guests' names."""
    server, env = demo_server_env
    data = tmp_path / "door"
    assert run_cli("sync", "--data-dir", str(data), env=env).returncode == 0
    guests = server.state.tickets
    names = sorted(
        {t["lastName"] for t in guests.values()} | {t["firstName"] for t in guests.values()}
    )
    names = [n for n in names if len(n) >= 5]
    assert names
    picked = [n for n, t in guests.items() if not t.get("checkIn")][:5]
    for number in picked:
        assert run_cli("check-in", number, "--data-dir", str(data), env=env).returncode == 0
    run_cli("undo", picked[0], "--data-dir", str(data), env=env)
    run_cli("search", names[0], "--data-dir", str(data), env=env)
    exports = data / "exports"
    exports.mkdir()
    event = next(iter(server.state.events))
    assert run_cli("export", "--event", event, "--csv", str(tmp_path / "out.csv"),
                   "--data-dir", str(data), env=env).returncode == 0  # fmt: skip
    folder = raw_bytes(data)
    assert len(folder) > 100_000
    for name in names:
        for form in (name.encode(), name.encode("utf-16-le")):
            assert form not in folder, name
    assert b"@example" not in folder
    # The export went where the user chose, not into the data folder.
    assert (tmp_path / "out.csv").exists() and not list(exports.iterdir())
