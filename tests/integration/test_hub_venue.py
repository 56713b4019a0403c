"""The venue hub with real processes over real sockets: one hub, two doors (issue 14)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from checkin_app.bootstrap import Station
from checkin_app.emulator.server import EmulatorServer
from tests.support.hub_env import (
    HubProcess,
    cli,
    cli_json,
    hub_environment,
    pair_door,
    wix_check_in_count,
)
from tests.support.sync_env import admissible, gala_id, server_tickets

pytestmark = pytest.mark.slow


class Venue:
    def __init__(self, tmp: Path, server: EmulatorServer) -> None:
        self.tmp = tmp
        self.server = server
        self.env = hub_environment(tmp, server)
        self.hub = HubProcess(tmp / "hub", self.env)
        self.doors = {"Door 3": tmp / "door3", "Door 7": tmp / "door7"}

    def check_in(self, door: str, number: str) -> dict:
        return cli_json(self.env, "check-in", number, "--station", door, "--data-dir",
                        str(self.doors[door]))  # fmt: skip

    def sync(self, door: str) -> dict:
        done = cli(self.env, "sync", "--json", "--data-dir", str(self.doors[door]))
        return json.loads(done.stdout)

    def hub_status(self) -> dict:
        return cli_json(self.env, "status", "--data-dir", str(self.hub.data_dir))

    def wait_pushed(self, numbers: list[str], timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(wix_check_in_count(self.server, n) >= 1 for n in numbers):
                return
            time.sleep(0.2)
        raise AssertionError("the hub did not push every admission to Wix")

    def settled_hub_status(self, timeout: float = 30) -> dict:
        """The hub's status once its outbox is empty.

        Wix records a check-in before the hub has stored Wix's reply, so right after
        `wait_pushed` the hub's own outbox may still count that push as pending.
        """
        deadline = time.monotonic() + timeout
        status = self.hub_status()
        while status["outbox"]["pending"] and time.monotonic() < deadline:
            time.sleep(0.2)
            status = self.hub_status()
        return status


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    with EmulatorServer(seed="demo") as server:
        place = Venue(tmp_path, server)
        place.hub.start()
        try:
            for door, folder in place.doors.items():
                pair_door(place.env, place.hub, folder, door)
                assert place.sync(door)["error"] is None
            yield place
        finally:
            if place.hub.process is not None:
                place.hub.resume()
            place.hub.stop()


@contextmanager
def following_door(
    place: Venue, monkeypatch: pytest.MonkeyPatch, name: str = "Door 3"
) -> Iterator[Station]:
    """Start the venue's hub, pair the door `name` and open it in this process, following
    the hub's feed after one pass; the door closes and the hub stops when the block ends."""
    import keyring

    from checkin_app.bootstrap import connect_station, open_station
    from tests.support.file_keyring import ENV_FILE, FileKeyring

    place.hub.start()
    door = engine = None
    try:
        pair_door(place.env, place.hub, place.doors[name], name)
        monkeypatch.setenv(ENV_FILE, place.env[ENV_FILE])
        keyring.set_keyring(FileKeyring())
        door = open_station(place.doors[name])
        engine = connect_station(door)
        assert engine.run_once().error is None
        engine.start_following()
        yield door
    finally:
        if engine is not None:
            engine.close()
        if door is not None:
            door.close()
        place.hub.stop()


def test_exactly_one_admission_per_ticket_across_doors(venue: Venue) -> None:
    numbers = admissible(venue.server, gala_id(venue.server), 4)
    verdicts: dict[str, list[dict]] = {n: [] for n in numbers}

    def scan(door: str, number: str) -> None:
        verdicts[number].append(venue.check_in(door, number))

    threads = [threading.Thread(target=scan, args=(door, n)) for n in numbers
               for door in venue.doors]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for number, pair in verdicts.items():
        kinds = sorted(v["verdict"] for v in pair)
        assert kinds == ["ADMITTED", "ALREADY_CHECKED_IN"], (number, kinds)
        assert {v["decided_by"] for v in pair} == {"hub"}
        admitted = next(v for v in pair if v["verdict"] == "ADMITTED")
        refused = next(v for v in pair if v["verdict"] != "ADMITTED")
        assert refused["checked_in_station"] == admitted["checked_in_station"]
    venue.wait_pushed(numbers)
    assert [wix_check_in_count(venue.server, n) for n in numbers] == [1] * len(numbers)
    status = venue.hub_status()
    assert status["conflicts"] == 0
    assert status["hub"]["role"] == "hub"
    door = cli_json(venue.env, "status", "--data-dir", str(venue.doors["Door 3"]))
    assert door["hub"]["paired"] is True and door["hub"]["reachable"] is True
    assert door["hub"]["url"] == venue.hub.url and door["hub"]["last_contact"]


def test_unpaired_and_revoked_clients_get_401_and_no_guest_data(venue: Venue) -> None:
    event = gala_id(venue.server)
    with httpx.Client(verify=False, timeout=10) as anyone:
        for headers in ({}, {"Authorization": "Bearer 0123456789ab:not-a-token"}):
            for path in ("/v1/events", f"/v1/events/{event}/tickets", "/v1/changes?since=0"):
                reply = anyone.get(venue.hub.url + path, headers=headers)
                assert reply.status_code == 401
                assert "tickets" not in reply.json() and "events" not in reply.json()
            scan = anyone.post(venue.hub.url + "/v1/scan", headers=headers,
                               json={"scan_id": "x", "code": "ABC"})  # fmt: skip
            assert scan.status_code == 401
    done = cli(venue.env, "hub-stations", "--revoke", "Door 7", "--data-dir",
               str(venue.hub.data_dir))  # fmt: skip
    assert done.returncode == 0, done.stderr
    refused = venue.sync("Door 7")
    assert refused["error"] and "pair again" in refused["error"]
    # The revoked door still decides alone (nothing is lost) but the hub gives it nothing.
    number = admissible(venue.server, event, 1)[0]
    assert venue.check_in("Door 7", number)["decided_by"] == "station"
    assert venue.sync("Door 3")["error"] is None  # the other door is untouched


def test_hub_kill_and_return_loses_nothing_and_records_each_double_admission_once(
    venue: Venue,
) -> None:
    event = gala_id(venue.server)
    numbers = admissible(venue.server, event, 6)
    before, doubled, single = numbers[:1], numbers[1:4], numbers[4:]
    assert venue.check_in("Door 3", before[0])["decided_by"] == "hub"
    venue.hub.kill()
    for number in doubled:  # both doors admit these alone: the hub is gone
        assert venue.check_in("Door 3", number)["verdict"] == "ADMITTED"
        late = venue.check_in("Door 7", number)
        assert (late["verdict"], late["decided_by"]) == ("ADMITTED", "station")
    for number in single:
        assert venue.check_in("Door 7", number)["verdict"] == "ADMITTED"
    venue.hub.start()  # same data folder, same port, same certificate: no pairing again
    for _ in range(2):  # a resend after a lost reply must change nothing
        for door in venue.doors:
            report = venue.sync(door)
            assert report["error"] is None and report["pending"] == 0
    venue.wait_pushed(numbers)
    assert [wix_check_in_count(venue.server, n) for n in numbers] == [1] * len(numbers)
    status = venue.settled_hub_status()
    assert status["conflicts"] == len(doubled)
    assert status["outbox"]["pending"] == status["outbox"]["dead"] == 0


def test_a_hung_hub_lets_the_door_decide_alone(venue: Venue) -> None:
    numbers = admissible(venue.server, gala_id(venue.server), 2)
    venue.hub.pause()  # SIGSTOP: connections are accepted by the kernel, nothing answers
    try:
        verdict = venue.check_in("Door 3", numbers[0])
    finally:
        venue.hub.resume()
    assert (verdict["verdict"], verdict["decided_by"]) == ("ADMITTED", "station")
    assert venue.sync("Door 3")["pushed"] == 1
    venue.wait_pushed(numbers[:1])
    again = venue.check_in("Door 7", numbers[0])
    assert (again["verdict"], again["decided_by"]) == ("ALREADY_CHECKED_IN", "hub")
    assert again["checked_in_station"] == "Door 3"


def test_an_admission_at_one_door_reaches_the_other_through_the_live_feed(
    venue: Venue, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    from checkin_app.bootstrap import connect_station, open_station
    from checkin_app.sync.hub_sync import HubSyncEngine
    from tests.support.file_keyring import ENV_FILE, FileKeyring

    monkeypatch.setenv(ENV_FILE, venue.env[ENV_FILE])
    keyring.set_keyring(FileKeyring())
    number = admissible(venue.server, gala_id(venue.server), 1)[0]
    door7 = open_station(venue.doors["Door 7"])
    engine = connect_station(door7)
    assert isinstance(engine, HubSyncEngine)
    try:
        engine.start_following()
        assert venue.check_in("Door 3", number)["decided_by"] == "hub"
        deadline = time.monotonic() + 30
        row = None
        while time.monotonic() < deadline:
            row = door7.db.query_one(
                "SELECT server_checked_in_at, checked_in_station FROM tickets "
                "WHERE ticket_number = ?", (number,),
            )  # fmt: skip
            if row is not None and row["checked_in_station"]:
                break
            time.sleep(0.05)
        assert row is not None and row["checked_in_station"] == "Door 3"
        # Door 7 now refuses the ticket by itself too, naming the door, even without the hub.
        venue.hub.pause()
        try:
            verdict = door7.checkin.scan(number, None, "Door 7")
        finally:
            venue.hub.resume()
        assert (verdict.kind.value, verdict.decided_by) == ("ALREADY_CHECKED_IN", "station")
        assert verdict.checked_in_station == "Door 3"
    finally:
        engine.close()
        door7.close()


def test_a_door_gets_the_hubs_first_download_as_it_arrives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hub's first download writes the live list page by page: a door following the
    feed holds those tickets at once, knows its list is not complete yet (alone, an unknown
    number is "still downloading", not "not on the guest list"), and learns from the feed
    alone the moment the hub's list is complete."""
    from checkin_app.domain.models import VerdictKind

    with EmulatorServer(seed="demo") as server:
        # Each List Tickets page takes 1.5 s: the hub's download lasts a while.
        server.set_faults(latency_ms=1500, only_path="/events/v1/tickets")
        place = Venue(tmp_path, server)
        gala = gala_id(server)
        total = len(server_tickets(server, gala))
        with following_door(place, monkeypatch) as door:  # from here on only the feed
            partial_verdict = None
            count, complete = 0, False
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not complete:
                count = door.checkin.tickets.counts(gala).total
                complete = door.guest_lists.progress(gala).complete
                if 0 < count < total and partial_verdict is None:
                    assert not complete
                    # The door window's idle card: "still loading, N tickets so far".
                    progress = door.guest_lists.progress(gala)
                    assert progress.downloading and 0 < progress.received <= total
                    place.hub.pause()  # the door decides alone
                    try:
                        partial_verdict = door.checkin.scan("ZZZZ-ZZZZ-ZZ999", gala, "Door 3")
                    finally:
                        place.hub.resume()
                time.sleep(0.05)

            assert partial_verdict is not None, "the door never held part of the list"
            assert partial_verdict.decided_by == "station"
            assert partial_verdict.kind is VerdictKind.LIST_INCOMPLETE
            assert complete and count == total
            place.hub.pause()
            try:
                unknown = door.checkin.scan("ZZZZ-ZZZZ-ZZ998", gala, "Door 3")
            finally:
                place.hub.resume()
            assert unknown.kind is VerdictKind.UNKNOWN_TICKET


def test_a_paired_door_reaches_wix_only_through_the_hub_under_its_budget(
    venue: Venue, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    from checkin_app.bootstrap import connect_station, open_station
    from checkin_app.wix import WixAuthError
    from tests.support.file_keyring import ENV_FILE, FileKeyring

    monkeypatch.setenv(ENV_FILE, venue.env[ENV_FILE])
    monkeypatch.delenv("CHECKIN_API_KEY", raising=False)
    keyring.set_keyring(FileKeyring())
    door = open_station(venue.doors["Door 3"])
    engine = connect_station(door)  # no key, no site id: the door holds neither
    try:
        settings = json.loads((venue.doors["Door 3"] / "settings.json").read_text())
        assert not settings.get("site_id")
        client = engine.client
        assert client is not None and client.base_url.endswith("/v1/wix")
        before = len(venue.server.requests)
        event = client.get_event(gala_id(venue.server))
        assert event["title"] == "Summer Gala"
        assert len(venue.server.requests) == before + 1  # the hub sent it, with its key
        cli(venue.env, "hub-stations", "--revoke", "Door 3", "--data-dir",
            str(venue.hub.data_dir))  # fmt: skip
        with pytest.raises(WixAuthError):
            client.get_event(gala_id(venue.server))
    finally:
        engine.close()
        door.close()


def test_the_hub_and_its_forwarder_share_one_request_budget(tmp_path: Path) -> None:
    from checkin_app.bootstrap import connect_hub, open_station

    with EmulatorServer(seed=None) as server:
        station = open_station(tmp_path / "hub", hub_link=False)
        engine, forwarder = connect_hub(station, server.url, server.site_id, server.api_key)
        try:
            assert forwarder._limiter is engine.client.rate_limiter
            # At most burst + rate in any 60 s: under Wix's 200 per site.
            bucket = engine.client.rate_limiter
            assert bucket.burst + bucket.rate_per_minute <= 200
        finally:
            engine.close()
            forwarder.close()
            station.close()


def test_scripts_pair_on_first_use_from_the_environment(venue: Venue) -> None:
    env = {**venue.env, "CHECKIN_HUB_URL": venue.hub.url, "CHECKIN_HUB_CODE": venue.hub.code,
           "CHECKIN_STATION": "Door 11"}  # fmt: skip
    done = cli(env, "sync", "--json", "--data-dir", str(venue.tmp / "door11"))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pulled_tickets"] > 0
    stations = cli_json(venue.env, "hub-stations", "--data-dir", str(venue.hub.data_dir))
    assert "Door 11" in {s["name"] for s in stations}


def test_a_first_download_the_hub_abandons_is_taken_back_at_the_door(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list whose second page repeats the first is abandoned at the hub after the door
    already took the first page from the feed: the feed's `gone` makes the door drop those
    tickets too, so deciding alone it admits none of them."""
    from checkin_app.domain.models import VerdictKind
    from tests.support.hostile import Exchange, hostile_server

    state: dict[str, Any] = {}
    following, took_first = threading.Event(), threading.Event()

    def repeat_then_break(e: Exchange) -> dict[str, Any] | bytes | None:
        if e.path != "/events/v1/tickets" or "ticketNumber" in e.query:
            return None
        if state.get("abandoned"):
            return b"not json"  # every later attempt fails at once: nothing new is written
        offset = int((e.query.get("offset") or ["0"])[0])
        if offset == 0:
            following.wait(60)  # the hub's first page waits until the door follows its feed
            state["first"] = e.reply
            return None
        took_first.wait(60)  # the repeat comes once the door holds the first page
        state["abandoned"] = True
        return state["first"]  # "page two" repeats page one: the hub abandons the list

    with EmulatorServer(seed=250) as server, hostile_server(server, repeat_then_break) as bad:
        [event] = list(server.state.events)
        place = Venue(tmp_path, server)
        place.env["CHECKIN_BASE_URL"] = bad.url
        with following_door(place, monkeypatch) as door:
            following.set()

            def held() -> tuple[int, int]:
                row = door.db.query_one(
                    "SELECT count(*), coalesce(sum(removed = 0), 0) FROM tickets "
                    "WHERE event_id = ?", (event,),
                )  # fmt: skip
                return int(row[0]), int(row[1])

            deadline, seen_live = time.monotonic() + 60, 0
            while time.monotonic() < deadline:
                rows, live = held()
                seen_live = max(seen_live, live)
                if live == 100:
                    took_first.set()
                if seen_live and state.get("abandoned") and live == 0:
                    break
                time.sleep(0.05)
            rows, live = held()
            assert seen_live == 100, "the door never took the first page from the feed"
            assert (rows, live) == (100, 0), "the abandoned page is still admissible here"
            number = str(state["first"]["tickets"][0]["ticketNumber"])
            place.hub.pause()  # the door decides alone
            try:
                verdict = door.checkin.scan(number, event, "Door 3")
            finally:
                place.hub.resume()
            assert (verdict.kind, verdict.decided_by) == (VerdictKind.CANCELED, "station")
            assert not door.guest_lists.progress(event).complete
