"""A server whose lists never end or do not add up: `checkin-app sync` (a real process)
stops within a handful of requests, exits 3 saying what went wrong, and applies nothing of
the broken read (issue 15.1)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checkin_app.bootstrap import open_station
from checkin_app.emulator.server import EmulatorServer
from tests.support.hostile import Exchange, hostile_server

TICKETS = "/events/v1/tickets"
EVENTS_QUERY = "/events/v3/events/query"
GUESTS_QUERY = "/events/v2/guests/query"


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed=250) as server:  # one event, 250 tickets: pages at 0, 100, 200
        yield server


def sync(
    url: str, server: EmulatorServer, data_dir: Path, *extra: str
) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(CHECKIN_BASE_URL=url, CHECKIN_SITE_ID=server.site_id, CHECKIN_API_KEY=server.api_key)
    return subprocess.run(
        [sys.executable, "-m", "checkin_app", "sync", "--data-dir", str(data_dir), *extra],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip


def status(data_dir: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "checkin_app", "status", "--json", "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def is_list_page(e: Exchange) -> bool:
    return e.path == TICKETS and "ticketNumber" not in e.query and e.query.get("limit") == ["100"]


def test_an_events_query_repeating_its_page_forever_ends_with_nothing_cached(
    emulator: EmulatorServer, tmp_path: Path
) -> None:
    first: list[dict[str, Any]] = []

    def same_full_page(e: Exchange) -> dict[str, Any] | None:
        if e.path != EVENTS_QUERY:
            return None
        if not first:
            event = e.reply["events"][0]
            events = [dict(copy.deepcopy(event), id=f"{i:08d}-0000-4000-8000-000000000000")
                      for i in range(100)]  # fmt: skip
            first.append({"events": events, "pagingMetadata": {"count": 100}})
        return first[0]

    with hostile_server(emulator, same_full_page) as hostile:
        result = sync(hostile.url, emulator, tmp_path / "station")

    assert result.returncode == 3
    assert "same page twice" in result.stderr and "nothing from it was applied" in result.stderr
    assert hostile.count(EVENTS_QUERY) == 2  # the repeat is noticed on the second page
    assert status(tmp_path / "station")["events"] == []


def test_a_ticket_list_repeating_a_page_is_abandoned(
    emulator: EmulatorServer, tmp_path: Path
) -> None:
    pages: dict[str, Any] = {}

    def offset_ignored(e: Exchange) -> dict[str, Any] | None:
        if not is_list_page(e):
            return None
        pages.setdefault("first", e.reply)
        return pages["first"]  # the page at offset 0, whatever was asked

    with hostile_server(emulator, offset_ignored) as hostile:
        result = sync(hostile.url, emulator, tmp_path / "station")
        pages_asked = sum(1 for e in hostile.seen if is_list_page(e))

    assert result.returncode == 3 and "already received" in result.stderr
    assert pages_asked == 2
    [event] = status(tmp_path / "station")["events"]
    assert event["tickets"] == 0 and event["list_complete"] is False
    assert event["download"] is None  # the broken download was discarded, not kept


def test_a_ticket_list_sending_more_than_its_total_is_abandoned(
    emulator: EmulatorServer, tmp_path: Path
) -> None:
    def smaller_total(e: Exchange) -> dict[str, Any] | None:
        return dict(e.reply, total=150) if is_list_page(e) else None

    with hostile_server(emulator, smaller_total) as hostile:
        result = sync(hostile.url, emulator, tmp_path / "station")
        pages_asked = sum(1 for e in hostile.seen if is_list_page(e))

    assert result.returncode == 3 and "announced 150" in result.stderr
    assert pages_asked == 2
    [event] = status(tmp_path / "station")["events"]
    assert event["tickets"] == 0 and event["list_complete"] is False

    # The same server, honest again: the next sync completes the list.
    assert sync(emulator.url, emulator, tmp_path / "station").returncode == 0
    [event] = status(tmp_path / "station")["events"]
    assert event["tickets"] == 250 and event["list_complete"] is True


def test_a_guests_cursor_that_never_moves_changes_nothing(
    emulator: EmulatorServer, tmp_path: Path
) -> None:
    data_dir = tmp_path / "station"
    assert sync(emulator.url, emulator, data_dir).returncode == 0
    event_id = status(data_dir)["events"][0]["id"]
    station = open_station(data_dir)
    watermark = station.checkin.sync_state.get(f"guests:{event_id}").watermark
    number = station.checkin.tickets.all_for_event(event_id)[0].ticket_number
    station.close()

    def stuck_cursor(e: Exchange) -> dict[str, Any] | None:
        if e.path != GUESTS_QUERY or e.body["query"].get("sort", [{}])[0].get("order") == "DESC":
            return None  # the watermark read (latest change) is left alone
        guest = {
            "id": "g-1", "eventId": event_id, "ticketNumber": number, "guestType": "TICKET_HOLDER",
            "updatedDate": "2099-01-01T00:00:00.000Z",
            "guestDetails": {"checkedIn": True, "checkInDetails": [
                {"checkedIn": True, "checkInDate": "2099-01-01T00:00:00.000Z"}]},
        }  # fmt: skip
        return {"guests": [guest], "pagingMetadata": {"cursors": {"next": "again"}}}

    with hostile_server(emulator, stuck_cursor) as hostile:
        result = sync(hostile.url, emulator, data_dir)
        asked = hostile.count(GUESTS_QUERY)

    assert result.returncode == 3 and "guest list changes" in result.stderr
    assert asked <= 3
    station = open_station(data_dir)
    try:
        assert station.checkin.sync_state.get(f"guests:{event_id}").watermark == watermark
        assert station.checkin.tickets.get(event_id, number).server_checked_in_at is None
    finally:
        station.close()


def test_an_oversized_reply_is_refused(emulator: EmulatorServer, tmp_path: Path) -> None:
    def ten_megabytes(e: Exchange) -> bytes | None:
        if is_list_page(e):
            return b'{"tickets": [], "total": 250, "junk": "' + b"x" * (10 * 1024 * 1024) + b'"}'
        return None

    with hostile_server(emulator, ten_megabytes) as hostile:
        result = sync(hostile.url, emulator, tmp_path / "station")

    assert result.returncode == 3 and "larger than 8 MB" in result.stderr
    [event] = status(tmp_path / "station")["events"]
    assert event["tickets"] == 0 and event["list_complete"] is False
