"""The staged, resumable full download against the real emulator (issues 11, 13.2, 15.4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from checkin_app.domain.models import VerdictKind
from checkin_app.storage.downloads import DownloadStore
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.wix import WixTransientError
from tests.support.sync_env import (
    FakeTime,
    ManualClock,
    Rig,
    admissible,
    gala_id,
    running_rig,
    server_tickets,
)

TICKETS = "/events/v1/tickets"


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with running_rig(tmp_path) as rig:
        yield rig


class DropsPagesFrom(httpx.BaseTransport):
    """The real transport; while `broken`, List Tickets pages at `offset` and beyond lose
    their connection (the Wi-Fi went, the process was throttled away...)."""

    def __init__(self, offset: int) -> None:
        self._inner = httpx.HTTPTransport()
        self.offset = offset
        self.broken = True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        offset = url.params.get("offset")
        if (
            self.broken
            and url.path == TICKETS
            and "ticketNumber" not in url.params
            and offset is not None
            and int(offset) >= self.offset
        ):
            raise httpx.RemoteProtocolError("connection dropped", request=request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def page_requests(server, event_id: str) -> list[int]:
    """Offsets of the full-list pages the emulator answered 200, in order."""
    return [
        int(r["query"]["offset"][0])
        for r in server.requests
        if r["path"] == TICKETS and r["status"] == 200 and "ticketNumber" not in r["query"]
        and r["query"].get("limit") == ["100"] and r["query"].get("eventId") == [event_id]
    ]  # fmt: skip


def received(station, event_id: str) -> set[str]:
    """Ticket numbers the download received so far: staged, or (an event's first download)
    written into the live list."""
    rows = station.db.query(
        "SELECT ticket_number FROM staged_tickets WHERE event_id = ? "
        "UNION SELECT ticket_number FROM tickets WHERE event_id = ?",
        (event_id, event_id),
    )
    return {r[0] for r in rows}


def valid_by_arrival(station, server, event_id: str) -> tuple[list[str], list[str]]:
    """Valid tickets (paid, not checked in) the download received so far, and the others."""
    arrived = received(station, event_id)
    valid = admissible(server, event_id, 100_000)
    return [n for n in valid if n in arrived], [n for n in valid if n not in arrived]


def test_an_interrupted_first_download_resumes_and_never_fetches_a_page_twice(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    transport = DropsPagesFrom(200)
    engine = rig.engine(station, transport=transport)
    gala = gala_id(server)

    first = engine.run_once(gala)

    assert first.error is not None and first.full_downloads == []
    state = DownloadStore(station.db).current(gala)
    assert state is not None and state.next_offset == 200 and state.staged == 200
    assert state.reason == "first" and state.watermark_read
    transport.broken = False

    second = engine.run_once(gala)

    assert second.error is None and second.full_downloads == [gala]
    assert second.download_pages == 2  # offsets 200 and 300 only: the rest was kept
    assert page_requests(server, gala) == [0, 100, 200, 300]
    assert DownloadStore(station.db).current(gala) is None
    cached = {t.ticket_number for t in station.checkin.tickets.all_for_event(gala)}
    assert cached == {t["ticketNumber"] for t in server_tickets(server, gala)}


def test_a_partly_downloaded_event_never_turns_a_valid_guest_away(rig: Rig, tmp_path: Path) -> None:
    server, station = rig.server, rig.station()
    transport = DropsPagesFrom(200)
    engine = rig.engine(station, transport=transport)
    gala = gala_id(server)
    engine.run_once(gala)
    arrived, not_yet = (numbers[0] for numbers in valid_by_arrival(station, server, gala))

    # The service: a received ticket is real Wix data; a ticket not reached yet is not
    # "unknown" (a first download writes the live list, which stays incomplete).
    assert station.checkin.scan(arrived, gala, "Door 1").kind is VerdictKind.ADMITTED
    waiting = station.checkin.scan(not_yet, gala, "Door 1")
    assert waiting.kind is VerdictKind.LIST_INCOMPLETE
    assert "still downloading (200 of" in waiting.reason and "check by name" in waiting.reason
    bogus = station.checkin.scan("ZZZZ-ZZZZ-ZZ999", gala, "Door 1")
    assert bogus.kind is VerdictKind.LIST_INCOMPLETE
    # Search finds the guests already downloaded.
    ticket = station.checkin.tickets.get(gala, arrived)
    assert ticket is not None
    hits = station.search.search(ticket.guest_last_name, gala)
    assert arrived in {h.ticket.ticket_number for h in hits}

    # The command line says the same (`check-in --json`, a separate process).
    env = dict(os.environ, CHECKIN_DATA_DIR=str(station.data_dir))
    result = subprocess.run(
        [sys.executable, "-m", "checkin_app", "check-in", not_yet, "--event", gala, "--json"],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["verdict"] == "LIST_INCOMPLETE"

    transport.broken = False
    assert engine.run_once(gala).full_downloads == [gala]
    assert station.checkin.scan(not_yet, gala, "Door 1").kind is VerdictKind.ADMITTED
    assert station.checkin.scan("ZZZZ-ZZZZ-ZZ998", gala, "Door 1").kind is (
        VerdictKind.UNKNOWN_TICKET
    )


def test_a_first_download_fills_the_live_list_and_a_later_one_is_staged(rig: Rig) -> None:
    """An event's first download has no list to keep deciding from: its pages go straight
    into the live list (no swap at the end); a later download stages and swaps as before."""
    server, station = rig.server, rig.station()
    transport = DropsPagesFrom(200)
    engine = rig.engine(station, transport=transport)
    gala = gala_id(server)
    store = DownloadStore(station.db)

    engine.run_once(gala)

    state = store.current(gala)
    assert state is not None and state.into_live and state.staged == 200
    assert station.db.query_one("SELECT count(*) FROM staged_tickets")[0] == 0
    assert station.checkin.tickets.counts(gala).total == 200
    assert not station.checkin.guest_list.progress(gala).complete
    transport.broken = False

    first = engine.run_once(gala)

    assert first.full_downloads == [gala] and store.current(gala) is None
    assert station.checkin.guest_list.progress(gala).complete
    everything = {t["ticketNumber"] for t in server_tickets(server, gala)}
    assert received(station, gala) == everything

    transport.broken = True
    engine.run_once(gala, full=True)  # a verification: the live list is kept meanwhile

    again = store.current(gala)
    assert again is not None and not again.into_live and again.staged == 200
    assert station.db.query_one("SELECT count(*) FROM staged_tickets")[0] == 200


def test_a_hubs_abandoned_first_download_names_its_pages_as_gone_in_the_feed(
    tmp_path: Path,
) -> None:
    """On a hub, taking an abandoned first download's pages out of the live list moves the
    feed (migration 13), and the feed reply lists them in `gone`; a ticket sold meanwhile
    (another generation) stays, and no other deletion moves the feed."""
    from checkin_app.bootstrap import open_station
    from checkin_app.domain.models import Event, Ticket
    from checkin_app.services.hub_venue import VenueHub

    station = open_station(tmp_path / "hub", encrypt=False, hub_link=False)
    try:
        event_id = "11111111-2222-4333-8444-555555555555"
        station.checkin.catalog.upsert_event(Event(id=event_id, title="Gala", status="UPCOMING"))
        station.stores.venue.enable_feed()
        hub = VenueHub(station.stores, station.clock)
        store = DownloadStore(station.db)
        store.begin(event_id, 1, "first", station.clock.now_iso())
        page = [Ticket(f"PGE-{i:04d}-T1", event_id) for i in range(30)]
        store.stage_page(event_id, page, offset=0, next_offset=30, total=60,
                         pace_per_minute=None, now_iso=station.clock.now_iso())  # fmt: skip
        # A walk-up sale meanwhile: generation 0, not a page of the download.
        station.checkin.tickets.upsert_many([Ticket("SALE-0001-T1", event_id)])
        before = hub.changes(0)
        assert len(before["rows"]) == 31 and before["gone"] == []

        store.discard(event_id)

        after = hub.changes(before["seq"])
        assert sorted(n for _, n in after["gone"]) == sorted(t.ticket_number for t in page)
        assert {e for e, _ in after["gone"]} == {event_id} and after["rows"] == []
        assert station.checkin.tickets.counts(event_id).total == 1  # the sale stays
        assert event_id in after["incomplete"]
        with station.db.transaction() as conn:  # any other deletion is not the feed's
            conn.execute("DELETE FROM tickets WHERE ticket_number = 'SALE-0001-T1'")
        assert hub.changes(after["seq"])["seq"] == after["seq"]
    finally:
        station.close()


def test_a_supervisor_admission_while_the_list_loads_is_sent_to_wix(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    transport = DropsPagesFrom(200)
    engine = rig.engine(station, transport=transport)
    gala = gala_id(server)
    engine.run_once(gala)
    not_yet = valid_by_arrival(station, server, gala)[1][0]

    verdict = station.checkin.admit_anyway(not_yet, gala, "Door 1")

    assert verdict.admitted and verdict.override
    transport.broken = False
    report = engine.run_once(gala)
    assert report.pushed == 1 and report.newly_dead == 0
    assert server.state.tickets[not_yet]["checkIn"] is not None


def test_a_refresh_keeps_the_last_complete_list_until_it_is_swapped_in(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    gala = gala_id(server)
    assert rig.engine(station).run_once(gala).full_downloads == [gala]
    gone = admissible(server, gala, 1)[0]
    with server.state.lock:
        server.state.tickets.pop(gone)
        server.state.event_tickets[gala].remove(gone)
        server.state.touch()
    transport = DropsPagesFrom(200)
    engine = rig.engine(station, transport=transport)

    interrupted = engine.run_once(gala, full=True)

    assert interrupted.error is not None
    # The door still decides with the last complete list, and says how old it is.
    assert station.checkin.scan(gone, gala, "Door 1").kind is VerdictKind.ADMITTED
    unknown = station.checkin.scan("ZZZZ-ZZZZ-ZZ997", gala, "Door 1")
    assert unknown.kind is VerdictKind.UNKNOWN_TICKET and "guest list updated" in unknown.reason
    progress = station.checkin.guest_list.progress(gala)
    assert progress.complete and progress.downloading and progress.reason == "verify"

    transport.broken = False
    assert engine.run_once(gala).full_downloads == [gala]
    assert station.checkin.tickets.get(gala, gone).removed
    assert SyncStateStore(station.db).get(f"tickets:{gala}").generation == 2


def test_disk_full_mid_download_then_a_good_sync_completes_every_event(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station)
    conn = station.db.connection()  # the engine writes on this thread's connection
    pages_now = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages_now + 40}")  # SQLite's own "disk full"

    failed = engine.run_once()

    assert failed.error is not None and "full" in failed.error
    events = {e.title for e in station.checkin.catalog.events()}
    assert events == {"Summer Gala", "Autumn Jazz Night"}  # both remembered for next time
    gala = gala_id(server)
    valid = admissible(server, gala, 1)[0]
    assert station.checkin.scan(valid, gala, "Door 1").kind is not VerdictKind.UNKNOWN_TICKET

    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    report = engine.run_once()

    assert report.error is None
    assert sorted(report.full_downloads) == sorted(e.id for e in station.checkin.catalog.events())
    for event in station.checkin.catalog.events():
        assert station.checkin.guest_list.progress(event.id).complete


def test_a_429_without_retry_after_is_waited_out_for_a_minute(rig: Rig) -> None:
    fake = FakeTime()
    server, station = rig.server, rig.station()
    engine = rig.engine(station, fake_time=fake)
    server.set_faults(rate_limit_next=1, omit_retry_after=True)

    report = engine.run_once()

    assert report.error is None and report.rate_limited == 1
    assert report.waited_s == pytest.approx(60.0, abs=2.0)
    assert max(fake.slept) == pytest.approx(60.0, abs=2.0)  # Wix's guidance: a minute
    assert report.full_downloads  # and the pass went on
    assert engine.client.rate_limiter.current_rate < engine.client.rate_limiter.rate_per_minute


def test_a_429_without_retry_after_holds_the_queue_a_minute(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station, max_pass_wait_s=0)  # this pass may not wait
    gala = gala_id(server)
    engine.run_once(gala)
    station.checkin.scan(admissible(server, gala, 1)[0], gala, "Door 1")
    server.set_faults(rate_limit_next=1, omit_retry_after=True)

    report = engine.push()

    assert report.pushed == 0 and report.retry_in_s is not None and report.retry_in_s >= 59
    assert "slow down" in (report.error or "")


def test_other_calls_answer_at_once_while_the_sync_waits_for_wix(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station, sleep=None)  # real, interruptible waits
    gala = gala_id(server)
    assert engine.run_once(gala).error is None
    guest = admissible(server, gala, 1)[0]
    server.set_faults(rate_limit_next=1, omit_retry_after=True)
    done = threading.Event()
    thread = threading.Thread(target=lambda: (engine.run_once(gala), done.set()), daemon=True)
    thread.start()
    try:
        for _ in range(400):
            if engine.waiting_s:
                break
            done.wait(0.05)
        assert engine.waiting_s is not None and engine.waiting_s > 50
        # The door decides without the network, while the sync waits.
        assert station.checkin.scan(guest, gala, "Door 1").kind is VerdictKind.ADMITTED
        # An organizer panel's call on the same client (another thread) is told at once.
        with pytest.raises(WixTransientError) as info:
            engine.client.query_events(limit=1)
        assert info.value.code == "CLIENT_RATE_LIMITED" and info.value.retry_after > 50
    finally:
        engine.cancel()  # closing the app ends the wait at once
        thread.join(timeout=10)
    assert done.is_set()


def test_admissions_go_out_between_the_pages_of_a_long_download(tmp_path: Path) -> None:
    with running_rig(tmp_path, seed=2000) as rig:
        server, station = rig.server, rig.station()
        event_id = next(iter(server.state.events))
        pushed_at: list[int] = []

        class Watch(httpx.BaseTransport):
            def __init__(self) -> None:
                self._inner = httpx.HTTPTransport()
                self.pages = 0

            def handle_request(self, request: httpx.Request) -> httpx.Response:
                if request.url.path == TICKETS and "ticketNumber" not in request.url.params:
                    self.pages += 1
                    if self.pages == 5:  # a guest arrives while the list downloads
                        number = valid_by_arrival(station, server, event_id)[0][0]
                        assert station.checkin.scan(number, event_id, "Door 1").admitted
                if request.url.path.endswith("/tickets/check-in"):
                    pushed_at.append(self.pages)
                return self._inner.handle_request(request)

            def close(self) -> None:
                self._inner.close()

        engine = rig.engine(station, transport=Watch())
        report = engine.run_once(event_id)

        assert report.error is None and report.pushed == 1
        assert pushed_at and pushed_at[0] < 20  # sent long before the 20 pages were in


def test_the_scanned_event_is_pulled_first(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station)
    engine.run_once()
    gala = gala_id(server)
    jazz = next(e.id for e in station.checkin.catalog.events() if e.id != gala)
    station.checkin.scan(server_tickets(server, jazz)[0]["ticketNumber"], jazz, "Door 1")
    since = server.requests[-1]["seq"]

    engine.run_once()

    def event_of(request: dict) -> str | None:
        for event_id in (jazz, gala):
            if event_id in request["path"] or request["query"].get("eventId") == [event_id]:
                return event_id
        return None

    pulled = [e for e in map(event_of, server.app.log.entries(since)) if e]
    assert pulled[0] == jazz and gala in pulled


def test_the_learned_rate_survives_a_new_process(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    first = rig.engine(station)
    server.set_faults(rate_limit_next=2, retry_after_s=1)
    first.run_once()
    learned = first.client.rate_limiter.current_rate
    assert learned < first.client.rate_limiter.rate_per_minute  # 429s slowed it down

    second = rig.engine(station)  # as the next `checkin-app sync` would build it

    assert second.client.rate_limiter.current_rate == pytest.approx(learned, rel=0.01)


def test_a_quiet_station_costs_wix_under_four_requests_a_minute(tmp_path: Path) -> None:
    clock = ManualClock()
    with running_rig(tmp_path, seed=3000) as rig:
        server, station = rig.server, rig.station(clock=clock)
        engine = rig.engine(station, clock=clock)
        event_id = next(iter(server.state.events))
        assert engine.run_once(event_id).full_downloads == [event_id]
        gone = server_tickets(server, event_id)[1234]["ticketNumber"]
        minutes, quiet_requests = 60, 0
        vanished_at = noticed_at = None
        for step in range(minutes * 4):  # the GUI's timer: a routine pass every 15 s
            clock.advance(15)
            if step == minutes * 2:  # halfway: a ticket vanishes from Wix
                with server.state.lock:
                    server.state.tickets.pop(gone)
                    server.state.event_tickets[event_id].remove(gone)
                    server.state.touch()
                vanished_at = step
            since = server.requests[-1]["seq"]
            report = engine.run_once(event_id, routine=True)
            assert report.error is None
            sent = len(server.app.log.entries(since))  # counted by the emulator
            if report.full_downloads:
                noticed_at = step  # the verification download is not idle cost
            else:
                quiet_requests += sent
        assert quiet_requests / minutes < 4.0
        assert vanished_at is not None and noticed_at is not None
        assert (noticed_at - vanished_at) * 15 <= 200  # noticed within ~3 minutes
        assert station.checkin.scan(gone, event_id, "Door 1").kind is VerdictKind.CANCELED


def test_a_verification_of_an_unchanged_list_writes_nothing(rig: Rig) -> None:
    server, station = rig.server, rig.station()
    engine = rig.engine(station)
    gala = gala_id(server)
    engine.run_once(gala)
    report = engine.run_once(gala, full=True)
    assert report.full_downloads == [gala] and report.pulled_tickets == 0
    assert station.db.query_one("SELECT count(*) FROM staged_tickets")[0] == 0


def test_a_first_download_costs_its_pages_and_five_more_requests(tmp_path: Path) -> None:
    with running_rig(tmp_path, seed=1000) as rig:
        server, station = rig.server, rig.station()
        report = rig.engine(station).run_once()
        event_id = next(iter(server.state.events))
        # events query, event, ticket types, guests watermark, 10 pages, guests delta
        assert report.error is None and report.requests == 10 + 5
        assert SyncStateStore(station.db).get(f"guests:{event_id}").watermark is not None


def test_forgetting_an_event_leaves_nothing_of_its_staged_download(tmp_path: Path) -> None:
    from checkin_app.bootstrap import open_station
    from checkin_app.domain.models import Event, Ticket
    from checkin_app.storage.database import DB_FILENAME

    data = tmp_path / "plain"  # unencrypted: the raw bytes show what the file still holds
    station = open_station(data, encrypt=False)
    event_id = "11111111-2222-4333-8444-555555555555"
    station.checkin.catalog.upsert_event(Event(id=event_id, title="Ended", status="ENDED"))
    store = DownloadStore(station.db)
    store.begin(event_id, 1, "first", station.clock.now_iso())
    guests = [Ticket(f"FGT-{i:04d}-T1", event_id, guest_first_name="Zebulon",
                     guest_last_name=f"Quillfeather{i}") for i in range(50)]  # fmt: skip
    store.stage_page(event_id, guests, offset=0, next_offset=50, total=100,
                     pace_per_minute=None, now_iso=station.clock.now_iso())  # fmt: skip
    station.close()
    assert b"Quillfeather" in (data / DB_FILENAME).read_bytes()

    station = open_station(data, encrypt=False)
    station.retention.forget(event_id)
    assert DownloadStore(station.db).current(event_id) is None
    station.close()
    raw = (data / DB_FILENAME).read_bytes()
    wal = data / (DB_FILENAME + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"Quillfeather" not in raw and b"Zebulon" not in raw
