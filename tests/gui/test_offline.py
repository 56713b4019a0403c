"""Wix goes away mid-event: admissions go on, the queue grows, and drains when it is back."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from checkin_app.bootstrap import open_station
from checkin_app.emulator.server import EmulatorServer
from checkin_app.sync.backoff import Backoff
from checkin_app.sync.engine import SyncEngine
from checkin_app.wix import WixClient


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed=30) as server:
        yield server


def test_offline_admissions_queue_then_drain(qtbot, tmp_path, emulator, make_window) -> None:
    station = open_station(tmp_path / "data")
    client = WixClient(emulator.site_id, emulator.api_key, base_url=emulator.url)
    # Short backoff so the test does not wait minutes for the retry after "offline".
    engine = SyncEngine(station.db, client, backoff=Backoff(base_s=0.05, max_s=0.2))
    window = None
    try:
        first = engine.run_once()
        assert first.error is None, first.error
        window = make_window(station, engine=engine, sync_interval_s=0.5)
        qtbot.waitUntil(lambda: window.status_line.snapshot is not None)
        qtbot.waitUntil(lambda: window.status_line.snapshot.connectivity == "online")
        tickets = station.checkin.tickets.all_for_event(window.context.event_id)
        fresh = [t for t in tickets if not t.server_checked_in_at and not t.canceled][:3]
        assert len(fresh) == 3

        emulator.set_faults(offline=True)
        for ticket in fresh:
            window.scan_code(ticket.ticket_number)
            qtbot.waitUntil(
                lambda t=ticket: (
                    window.card.verdict is not None
                    and window.card.verdict.ticket_number == t.ticket_number
                )
            )
            assert window.card.verdict.admitted
        qtbot.waitUntil(
            lambda: (
                window.status_line.snapshot.waiting == 3
                and window.status_line.snapshot.connectivity == "offline"
            ),
            timeout=10_000,
        )
        assert "3 waiting to upload" in window.status_line.waiting.text()
        assert "Offline" in window.status_line.connectivity.text()

        emulator.set_faults(offline=False)
        qtbot.waitUntil(lambda: window.status_line.snapshot.waiting == 0, timeout=15_000)
        # Back: no longer offline (the light stays amber a while after trouble).
        qtbot.waitUntil(lambda: window.status_line.snapshot.connectivity != "offline")
        assert "All check-ins uploaded" in window.status_line.waiting.text()
        assert station.outbox.counts()["done"] == 3
        accepted = [
            r
            for r in emulator.requests
            if r["path"] == "/events/v1/tickets/check-in"
            and r["method"] == "POST"
            and not r["fault"]
        ]
        assert accepted, "the queued check-ins reached the server"
    finally:
        if window is not None:
            window.close_quietly()
        engine.close()
        client.close()  # the engine does not own a client it was given
        station.close()


def test_sync_now_sends_what_waits_for_its_backoff_at_once(
    qtbot, tmp_path, emulator, make_window
) -> None:
    """Issue 13.3: after a fault storm the queue backs off for minutes; "Sync now" tries it
    all at once — its first request is the upload, before the pass reads anything else."""
    station = open_station(tmp_path / "data")
    client = WixClient(emulator.site_id, emulator.api_key, base_url=emulator.url)
    engine = SyncEngine(station.db, client)  # the real backoff: 2 s doubling up to 300 s
    window = None
    try:
        assert engine.run_once().error is None
        event_id = station.checkin.catalog.events()[0].id
        tickets = station.checkin.tickets.all_for_event(event_id)
        fresh = [t for t in tickets if not t.server_checked_in_at and not t.canceled][:3]
        for ticket in fresh:
            assert station.checkin.scan(ticket.ticket_number, event_id, "Door 1").admitted
        # A storm of 503s on uploads: eight failed tries push the backoff past a minute.
        emulator.set_faults(error_rate=1.0, only_path="/tickets/check-in")
        for _ in range(8):
            assert engine.push(explicit=True).pushed == 0
        assert station.outbox.next_due_at() - time.time() > 60
        window = make_window(station, engine=engine)  # the timer would wait an hour
        qtbot.waitUntil(lambda: window.sync.runs >= 1 and not window.sync.running)
        assert window.status_line.snapshot.waiting == 3
        emulator.set_faults()
        emulator.clear_requests()

        window.sync_action.trigger()

        qtbot.waitUntil(lambda: window.status_line.snapshot.waiting == 0, timeout=15_000)
        first = emulator.requests[0]
        assert first["path"].startswith("/events/v1/tickets"), first  # the upload went first
        assert station.outbox.counts()["done"] == 3
    finally:
        if window is not None:
            window.close_quietly()
        engine.close()
        client.close()  # the engine does not own a client it was given
        station.close()
