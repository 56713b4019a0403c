"""A door pairs with the venue hub from its window, without a terminal or a restart: the
Station menu's dialog (typed address and code), or the camera shown the hub's pairing QR
code; and leaves it again. A real `checkin-app hub` process, a real door window offscreen,
the demo camera's real QR decoding. Screenshots of the dialog go to the test's folder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.hub_door import FoundHub, invite_text, join_hub
from checkin_app.ui.hub_pair_dialog import HubPairDialog
from checkin_app.ui.main_window import DoorWindow
from checkin_app.ui.pin import hash_pin
from checkin_app.ui.workers import TaskRunner
from tests.gui.conftest import FakeCamera
from tests.support.hub_env import HubProcess, hub_environment
from tests.support.sync_env import admissible, gala_id

pytestmark = [pytest.mark.gui, pytest.mark.slow]

PIN = "2468"


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[EmulatorServer, HubProcess]]:
    with EmulatorServer(seed="demo") as server:
        env = hub_environment(tmp_path, server)
        process = HubProcess(tmp_path / "hub", env).start()
        try:
            yield server, process
        finally:
            process.stop()


def hub_fingerprint(process: HubProcess) -> str:
    running = json.loads((process.data_dir / "hub" / "running.json").read_text())
    return str(running["fingerprint"])


def decided_by(window: DoorWindow) -> list[str]:
    conn = window.context.station.db.connection()
    return [str(r[0]) for r in conn.execute("SELECT decided_by FROM checkins ORDER BY rowid")]


def wait_for_hub_mode(qtbot, window: DoorWindow) -> None:
    qtbot.waitUntil(lambda: getattr(window.context.engine, "mode", "") == "hub", timeout=30_000)
    window.refresh_status()
    qtbot.waitUntil(lambda: "venue hub" in window.status_line.mode.text(), timeout=30_000)


def test_a_door_pairs_from_the_station_menu_and_leaves_again(
    qtbot, station, make_window, hub, tmp_path: Path
) -> None:
    server, process = hub
    window = make_window(station)
    membership = window.hub_membership
    assert membership.pair_action.isEnabled() and not membership.leave_action.isEnabled()
    assert window.hub_switch.action.isEnabled()
    assert "venue hub" not in window.status_line.mode.text()

    membership.pair_action.trigger()
    qtbot.waitUntil(lambda: membership.dialog is not None and membership.dialog.isVisible())
    dialog = membership.dialog
    # The network is browsed on a worker (this test's hub does not announce itself).
    qtbot.waitUntil(lambda: dialog.search_again.isEnabled(), timeout=20_000)
    assert "No hub answered" in dialog.browse_state.text()

    # A wrong code first: the dialog stays open and says why; nothing is paired.
    qtbot.keyClicks(dialog.address, process.url)
    qtbot.keyClicks(dialog.code, "ZZZZ-ZZZZ")
    dialog.pair_button.click()
    qtbot.waitUntil(lambda: dialog.pair_button.isEnabled() and dialog.problem.text() != "",
                    timeout=30_000)  # fmt: skip
    qtbot.waitUntil(lambda: "Pairing" not in dialog.problem.text(), timeout=30_000)
    assert dialog.isVisible() and window.context.station.hub is None
    wrong = dialog.problem.text()
    assert "code" in wrong.lower(), wrong

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, process.code)
    dialog.grab().save(str(tmp_path / "pair-dialog.png"))
    dialog.pair_button.click()
    qtbot.waitUntil(lambda: membership.dialog is None, timeout=30_000)
    wait_for_hub_mode(qtbot, window)
    assert not membership.pair_action.isEnabled() and membership.leave_action.isEnabled()
    assert not window.hub_switch.action.isEnabled()  # a paired door is not a hub itself
    assert window.card.isVisible()
    window.grab().save(str(tmp_path / "door-paired.png"))

    # The next scan is the hub's decision.
    gala = gala_id(server)
    events = window.context.station.checkin.catalog.events
    qtbot.waitUntil(lambda: gala in {e.id for e in events()}, timeout=30_000)
    window.context.set_event(gala)
    window.scan_code(admissible(server, gala, 1)[0])
    qtbot.waitUntil(lambda: decided_by(window) == ["hub"], timeout=30_000)

    # Leave: a question, then the door decides alone (no Wix key here: local).
    membership.leave_action.trigger()
    qtbot.waitUntil(lambda: membership.question is not None and membership.question.isVisible())
    membership.question.grab().save(str(tmp_path / "leave-question.png"))
    membership.question.accept()
    qtbot.waitUntil(lambda: window.context.station.hub is None, timeout=30_000)
    qtbot.waitUntil(lambda: membership.pair_action.isEnabled(), timeout=30_000)
    assert window.context.station.settings.hub_url == ""
    window.refresh_status()
    qtbot.waitUntil(lambda: "venue hub" not in window.status_line.mode.text(), timeout=30_000)


def test_showing_the_hub_qr_code_to_the_camera_offers_to_pair_after_the_pin(
    qtbot, station, make_window, hub, tmp_path: Path
) -> None:
    _server, process = hub
    invite = invite_text(process.url, process.code.replace("-", ""), hub_fingerprint(process))
    station.settings.supervisor_pin_hash = hash_pin(PIN)  # door mode: locked
    window = make_window(station, camera_debounce_s=0.0)
    camera = FakeCamera()  # real QR pictures, decoded by the door's real decoder
    window.camera_feed.start_with(lambda: camera, "fake")
    qtbot.waitUntil(lambda: window.camera_feed.running)
    assert not window.lock.supervisor

    # The camera reads the QR code: the PIN is asked, no "not a ticket" card, no scan logged.
    camera.show(invite)
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.isVisible(),
                    timeout=30_000)  # fmt: skip
    assert window.hub_membership.dialog is None
    assert window.card.verdict is None and decided_by(window) == []
    window.pin_dialog.pin.setText(PIN)
    window.pin_dialog._on_ok()

    membership = window.hub_membership
    qtbot.waitUntil(lambda: membership.dialog is not None and membership.dialog.isVisible())
    dialog = membership.dialog
    assert dialog.address.text() == process.url
    assert dialog.code.text() == process.code.replace("-", "")
    assert "pairing code" in dialog.intro.text()
    dialog.grab().save(str(tmp_path / "pair-dialog-from-qr.png"))
    dialog.pair_button.click()
    qtbot.waitUntil(lambda: membership.dialog is None, timeout=30_000)
    wait_for_hub_mode(qtbot, window)
    assert window.context.station.settings.hub_fingerprint == hub_fingerprint(process)

    # Shown again: "already paired", not a second dialog, and still no scan logged.
    camera.show(invite)
    qtbot.waitUntil(lambda: window.card._headline.text() == "ALREADY PAIRED", timeout=30_000)
    assert membership.dialog is None and decided_by(window) == []
    window.grab().save(str(tmp_path / "door-already-paired.png"))


def test_a_qr_code_naming_another_certificate_pairs_nothing(
    qtbot, station, make_window, hub
) -> None:
    """A look-alike hub at the address (here: the QR code's fingerprint is not the hub's)."""
    _server, process = hub
    invite = invite_text(process.url, process.code.replace("-", ""), "ab" * 32)
    window = make_window(station)
    window.scan_code(invite)  # the USB scanner reads QR codes too
    membership = window.hub_membership
    qtbot.waitUntil(lambda: membership.dialog is not None and membership.dialog.isVisible())
    membership.dialog.pair_button.click()
    qtbot.waitUntil(lambda: "not the hub" in membership.dialog.problem.text(), timeout=30_000)
    assert window.context.station.hub is None and window.settings.hub_url == ""
    assert decided_by(window) == []


def test_the_dialog_lists_the_hubs_found_and_checks_the_announced_certificate(
    qtbot, station, hub, tmp_path: Path
) -> None:
    """The network browse stands in for multicast (tests/integration/test_hub_discovery.py
    browses for real, in network namespaces): one real hub, and a look-alike announcing
    another certificate at the same address."""
    _server, process = hub
    real = FoundHub("Main hall hub", process.url, hub_fingerprint(process)[:16])
    fake = FoundHub("Look-alike", process.url + "/", "00" * 8)
    runner = TaskRunner(1, "pair-test")
    joined: list[object] = []
    dialog = HubPairDialog(
        lambda: [fake, real], lambda url, code, fp: join_hub(station, url, code, fp), runner
    )
    qtbot.addWidget(dialog)
    dialog.joined.connect(joined.append)
    dialog.show()
    try:
        qtbot.waitUntil(lambda: dialog.hubs.count() == 2, timeout=10_000)
        dialog.hubs.setCurrentRow(0)  # the look-alike (sorted as found)
        assert dialog.address.text() == fake.url
        qtbot.keyClicks(dialog.code, process.code)
        dialog.grab().save(str(tmp_path / "pair-dialog-found.png"))
        dialog.pair_button.click()
        qtbot.waitUntil(lambda: "not the hub" in dialog.problem.text(), timeout=30_000)
        assert station.hub is None and joined == []

        dialog.hubs.setCurrentRow(1)
        assert dialog.address.text() == real.url
        dialog.pair_button.click()
        qtbot.waitUntil(lambda: joined != [], timeout=30_000)
        assert station.hub is not None and station.checkin.hub is station.hub
        assert station.settings.hub_fingerprint == hub_fingerprint(process)
    finally:
        runner.close(timeout_s=5)


def test_pairing_asks_for_the_pin_in_door_mode_and_closes_when_the_door_locks(
    qtbot, station, make_window
) -> None:
    station.settings.supervisor_pin_hash = hash_pin(PIN)
    window = make_window(station)
    membership = window.hub_membership
    membership.pair_action.trigger()
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.isVisible())
    assert membership.dialog is None
    window.pin_dialog.pin.setText(PIN)
    window.pin_dialog._on_ok()
    qtbot.waitUntil(lambda: membership.dialog is not None and membership.dialog.isVisible())
    dialog = membership.dialog
    window.presenter.toggle_lock()  # the supervisor walks away: door mode again
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert membership.dialog is None and window.context.station.hub is None
