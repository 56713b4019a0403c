"""Issue 16.4: logs carry no guest names or e-mails (and never the API key), after a whole
scanning session at debug level: download, scans (admitted, repeated, unknown), search,
undo, the push to Wix, statistics and an export."""

from __future__ import annotations

import logging

from checkin_app.bootstrap import connect_station, open_station
from checkin_app.cli import main
from checkin_app.domain.models import InputMethod
from checkin_app.emulator.server import EmulatorServer


def test_a_scanning_session_logs_no_guest_data(tmp_path, caplog, capsys) -> None:
    caplog.set_level(logging.DEBUG)
    with EmulatorServer(seed="demo") as server:
        station = open_station(tmp_path / "door")
        engine = connect_station(station, server.url, server.site_id, server.api_key)
        try:
            assert engine.run_once().error is None
            tickets = list(server.state.tickets.values())
            event = tickets[0]["eventId"]
            mine = [t for t in tickets if t["eventId"] == event and not t["checkIn"]][:8]
            for t in mine:
                station.checkin.scan(t["ticketNumber"], event, "Door 1", InputMethod.CAMERA)
            station.checkin.scan(mine[0]["ticketNumber"], event, "Door 1", InputMethod.CAMERA)
            station.checkin.scan("NOPE-NOPE-NO001", event, "Door 1", InputMethod.MANUAL)
            station.checkin.undo(mine[1]["ticketNumber"], event, "Door 1")
            for t in mine[:3]:
                station.search.search(t["lastName"], event)
                station.search.search(t["email"], event)
            assert engine.run_once().error is None
            station.stats_service("Door 1").event_stats(event)
        finally:
            engine.close()
            station.close()
        out = tmp_path / "export.csv"
        argv = ["export", "--event", event, "--csv", str(out), "--data-dir", str(tmp_path / "door")]
        assert main(["-vv", *argv]) == 0
        capsys.readouterr()
    text = caplog.text + "\n".join(str(r.args) for r in caplog.records)
    assert len(caplog.records) > 5  # the session did log
    personal = {t["email"] for t in tickets} | {
        n for t in tickets for n in (t["firstName"], t["lastName"]) if len(n) >= 4
    }
    leaked = sorted(p for p in personal if p in text)
    assert leaked == []
    assert server.api_key not in text
