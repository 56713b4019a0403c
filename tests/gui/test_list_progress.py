"""The door while the guest list downloads: the card says so instead of "Ready", the status
line and the first-run dialog show tickets so far, of how many, and the time left."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from checkin_app.bootstrap import open_station
from checkin_app.domain.models import Verdict, VerdictKind
from checkin_app.domain.progress import ListProgress
from checkin_app.emulator.server import EmulatorServer
from checkin_app.ui.first_run import FirstRunDialog
from checkin_app.ui.result_card import ResultCard
from checkin_app.ui.station_status import StationSnapshot
from checkin_app.ui.status_bar import StatusLine
from tests.support.sync_env import admissible, gala_id, make_engine

LOADING = ListProgress("e1", complete=False, downloading=True, received=12_400, total=20_000,
                       eta_s=185.0, title="Summer Gala")  # fmt: skip


def snapshot(progress: ListProgress | None, waiting_s: float | None = None) -> StationSnapshot:
    return StationSnapshot(
        connectivity="online", waiting=0, dead=0, conflicts=0, last_sync=None,
        clock_offset_s=None, paused_reason=None, admitted_here=0, guest_list=progress,
        waiting_s=waiting_s,
    )  # fmt: skip


def test_the_status_line_shows_the_download(qtbot) -> None:
    line = StatusLine()
    qtbot.addWidget(line)
    line.update_snapshot(snapshot(LOADING, waiting_s=42.0))
    text = line.guest_list.text()
    assert line.guest_list.isVisibleTo(line)
    assert "still downloading: 12,400 of 20,000 tickets, about 3 min left" in text
    assert "Wix asked to slow down, waiting about 40 s" in text
    assert line.last_sync.text() == ""  # not "Not synced yet" while the list downloads

    an_hour_ago = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    refresh = ListProgress("e1", complete=True, downloading=True, received=5_000, total=20_000,
                           list_updated_at=an_hour_ago)  # fmt: skip
    line.update_snapshot(snapshot(refresh))
    assert "Guest list from 1 h ago; checking it again (25%)" in line.guest_list.text()

    line.update_snapshot(snapshot(ListProgress("e1", complete=True, received=20_000)))
    assert not line.guest_list.isVisibleTo(line)


def test_the_idle_card_says_the_list_is_still_loading(qtbot) -> None:
    card = ResultCard()
    qtbot.addWidget(card)
    card.set_list_progress(LOADING)
    assert card._headline.text() == "Guest list still loading"
    assert card._guest.text() == "12,400 of 20,000 tickets, about 3 min left"
    assert card._ticket.text() == "Not here yet? Search by name"

    card.show_verdict(Verdict(VerdictKind.LIST_INCOMPLETE, "Guest list still downloading"))
    assert card._headline.text() == "LIST STILL LOADING"
    assert card.property("severity") == "attention"
    card.clear()
    assert card._headline.text() == "Guest list still loading"

    card.set_list_progress(ListProgress("e1", complete=True, received=20_000))
    assert card._headline.text() == "Ready"


class DropsLaterPages(httpx.BaseTransport):
    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        offset = request.url.params.get("offset")
        if request.url.path == "/events/v1/tickets" and offset and int(offset) >= 200:
            raise httpx.RemoteProtocolError("connection dropped", request=request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def test_the_door_of_a_partly_downloaded_event(qtbot, tmp_path: Path, make_window) -> None:
    station = open_station(tmp_path / "door")
    with EmulatorServer(seed="demo") as server:
        engine = make_engine(station, server, transport=DropsLaterPages())
        gala = gala_id(server)
        engine.run_once(gala)
        engine.close()
        # An event's first download writes its pages into the live list (still incomplete).
        arrived = {r[0] for r in station.db.query(
            "SELECT ticket_number FROM staged_tickets UNION SELECT ticket_number FROM tickets"
        )}  # fmt: skip
        not_yet = next(n for n in admissible(server, gala, 400) if n not in arrived)
    window = make_window(station)
    window.context.set_event(gala)
    qtbot.waitUntil(
        lambda: window.card._headline.text() == "Guest list still loading", timeout=10_000
    )
    assert "200 of 303 tickets" in window.card._guest.text()
    window.grab().save(str(tmp_path / "door-idle.png"))
    assert "still downloading: 200 of 303 tickets" in window.status_line.guest_list.text()

    window.scan_code(not_yet)
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert window.card.verdict.kind is VerdictKind.LIST_INCOMPLETE
    assert window.card._headline.text() == "LIST STILL LOADING"
    window.grab().save(str(tmp_path / "door-loading.png"))
    station.close()


def test_first_run_shows_tickets_so_far_of_how_many(qtbot, tmp_path: Path) -> None:
    station = open_station(tmp_path / "data")
    with EmulatorServer(seed=2000) as server:
        server.set_faults(latency_ms=60)  # the download takes a few seconds
        dialog = FirstRunDialog(station)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.connect_button.click()
        dialog.site_id.setText(server.site_id)
        dialog.base_url.setText(server.url)
        dialog.api_key.setText(server.api_key)
        seen: list[str] = []
        with qtbot.waitSignal(dialog.finished, timeout=120_000):
            dialog.go_button.click()
            qtbot.waitUntil(lambda: " of 2,000 tickets" in dialog.message.text(), timeout=60_000)
            seen.append(dialog.message.text())
            assert dialog.progress.maximum() == 2000
        assert "Downloading the guest list of Load Test" in seen[0]
        [event] = station.checkin.catalog.events()
        assert len(station.checkin.tickets.all_for_event(event.id)) == 2000
        dialog.engine.close()
    station.close()
