"""The hub's window (paired doors, code, QR) and the door's mode in the status line."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin_app.emulator.server import EmulatorServer
from checkin_app.hub.runtime import HubRuntime
from checkin_app.hublink.pairing import pair_with_hub
from checkin_app.ui.hub_window import HubWindow
from checkin_app.ui.station_status import StationSnapshot
from checkin_app.ui.status_bar import StatusLine
from checkin_app.ui.workers import TaskRunner

pytestmark = pytest.mark.gui


def _snapshot(mode: str, connectivity: str) -> StationSnapshot:
    return StationSnapshot(
        connectivity=connectivity, waiting=0, dead=0, conflicts=0, last_sync=None,
        clock_offset_s=None, paused_reason=None, admitted_here=0, mode=mode,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("mode", "connectivity", "words"),
    [("hub", "online", "venue hub"), ("direct", "online", "direct to Wix"),
     ("hub", "offline", "offline"), ("direct", "offline", "offline")],
)  # fmt: skip
def test_the_status_line_names_the_mode(qtbot, mode, connectivity, words) -> None:
    line = StatusLine()
    qtbot.addWidget(line)
    line.update_snapshot(_snapshot(mode, connectivity))
    assert words in line.mode.text()


def test_the_hub_window_lists_paired_doors_and_revokes_one(qtbot, tmp_path: Path) -> None:
    with EmulatorServer(seed="demo") as server:
        runtime = HubRuntime(
            tmp_path / "hub", host="127.0.0.1", port=0, name="Test hub", base_url=server.url,
            site_id=server.site_id, api_key=server.api_key, advertise=False,
        ).start()  # fmt: skip
        runner = TaskRunner(1, "hub-test")
        try:
            assert runtime.pairing is not None
            pair_with_hub(runtime.url, runtime.pairing.code.code, "Door 1")
            window = HubWindow(runtime, runner)
            qtbot.addWidget(window)
            window.refresh()
            qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=10_000)
            assert window.table.item(0, 0).text() == "Door 1"
            assert window.code.text() == runtime.pairing.code.display
            assert not window.qr.pixmap().isNull()
            window.table.selectRow(0)
            window.revoke_button.click()
            qtbot.waitUntil(
                lambda: (
                    window.table.item(0, 4) is not None
                    and window.table.item(0, 4).text() == "revoked"
                ),
                timeout=10_000,
            )
            window.grab().save(str(tmp_path / "hub-window.png"))  # to look at it
        finally:
            runner.close(timeout_s=5)
            runtime.stop()
