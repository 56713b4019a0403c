"""Scanning at the door window: camera frame → decision → result card, recent list, outline."""

from __future__ import annotations

from checkin_app.bootstrap import Station
from checkin_app.domain.models import VerdictKind
from tests.gui.conftest import FakeCamera, WindowFactory
from tests.support.factories import url_for


def _start_fake_camera(window) -> FakeCamera:
    camera = FakeCamera()
    window.camera_feed.start_with(lambda: camera, "fake")
    return camera


def test_camera_ticket_admits_then_already_in_then_garbage(
    qtbot, station: Station, make_window: WindowFactory
) -> None:
    window = make_window(station, camera_debounce_s=0.0)
    camera = _start_fake_camera(window)
    qtbot.waitUntil(lambda: window.camera_feed.running)

    camera.show(url_for("ABCD-EFGH-IJ001"))
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    card = window.card
    assert card.verdict.kind is VerdictKind.ADMITTED
    assert card._headline.text() == "ADMIT"
    assert card._guest.text() == "Ada Lovelace"
    assert card._ticket.text() == "General Admission"
    assert card.undo_button.isVisible()
    # The frame was shown in the preview and the code outlined.
    qtbot.waitUntil(lambda: window.camera_view.frames_shown >= 1)
    assert window.camera_view._outlines
    assert window.recent_model.rowCount() == 1
    assert "Admitted" in window.recent_model.index(0, 1).data()
    assert window.sounds.played == ["admitted"]

    camera.show_nothing()
    camera.show(url_for("ABCD-EFGH-IJ001"))
    qtbot.waitUntil(lambda: card.verdict.kind is VerdictKind.ALREADY_CHECKED_IN)
    assert card._headline.text() == "ALREADY IN"
    assert card._reason.text().startswith("Already checked in at ")
    assert window.context.station_name in card._reason.text()
    assert not card.undo_button.isVisible()

    camera.show("WIFI:S:Door-Guest;T:WPA;P:secret;;")
    qtbot.waitUntil(lambda: card.verdict.kind is VerdictKind.NOT_A_TICKET)
    assert card._headline.text() == "NOT A TICKET"
    assert not card.override_button.isVisible()  # nothing to admit
    assert window.sounds.played == ["admitted", "attention", "rejected"]
    assert window.recent_model.rowCount() == 3
    # Every scan was measured from frame to painted card.
    qtbot.waitUntil(lambda: len(window.latencies) == 3)


def test_scanner_codes_and_card_actions(qtbot, station: Station, make_window: WindowFactory):
    window = make_window(station)
    window.scan_code("ABCD-EFGH-IJ003")  # canceled ticket, typed by a USB scanner
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert window.card._headline.text() == "CANCELED"
    assert window.card._reason.text() == "Ticket canceled"
    assert window.card.override_button.isVisible()  # no PIN set: this user is a supervisor

    window.card.override_button.click()
    qtbot.waitUntil(lambda: window.card.verdict.override)
    assert window.card.verdict.kind is VerdictKind.ADMITTED
    assert window.card._headline.text() == "ADMIT (supervisor)"

    window.scan_code("ABCD-EFGH-IJ004")  # pay at door
    qtbot.waitUntil(lambda: window.card.verdict.kind is VerdictKind.PAYMENT_DUE)
    assert window.card._reason.text() == "Pay at door: collect 25.00 USD"
    window.card.collect_button.click()
    qtbot.waitUntil(lambda: window.question.isVisible())
    window.question.accept()
    qtbot.waitUntil(lambda: window.card.verdict.kind is VerdictKind.ADMITTED)
    assert window.card._reason.text() == "Payment collected: 25.00 USD"
    kinds = {item.kind.value for item in station.outbox.items()}
    assert kinds == {"check_in", "confirm_order"}


def test_undo_from_the_card(qtbot, station: Station, make_window: WindowFactory) -> None:
    window = make_window(station)
    window.scan_code(url_for("ABCD-EFGH-IJ002"))
    qtbot.waitUntil(lambda: window.card.verdict is not None and window.card.verdict.admitted)
    assert station.outbox.waiting_count() == 1
    window.card.undo_button.click()
    qtbot.waitUntil(lambda: window.card._headline.text() == "CHECK-IN UNDONE")
    assert "Grace Hopper" in window.card._reason.text()
    assert station.outbox.waiting_count() == 0  # never sent, so simply cancelled
    qtbot.waitUntil(lambda: "undone" in (window.recent_model.index(0, 1).data() or "").lower())


def test_card_clears_itself(qtbot, station: Station, make_window: WindowFactory) -> None:
    window = make_window(station)
    window.card.set_auto_dismiss(1.0)
    window.scan_code(url_for("ABCD-EFGH-IJ001"))
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    with qtbot.waitSignal(window.card.cleared, timeout=5000):
        pass
    assert window.card._headline.text() == "Ready"


def test_recent_scans_survive_a_restart(qtbot, station: Station, make_window: WindowFactory):
    station.checkin.scan(url_for("ABCD-EFGH-IJ001"), None, "Door 2")
    station.checkin.scan("nonsense", None, "Door 2")
    window = make_window(station)
    qtbot.waitUntil(lambda: window.recent_model.rowCount() == 2)
    assert window.recent_model.index(1, 2).data() == "Ada Lovelace"
    assert window.recent_model.index(1, 4).data() == "Door 2"


def test_camera_lost_shows_a_message_and_retries(qtbot, station, make_window) -> None:
    from checkin_app.scanner.frames import SourceError

    window = make_window(station)
    window.camera_feed._retry.setInterval(50)
    attempts: list[int] = []
    camera = FakeCamera()

    def factory():
        attempts.append(1)
        if len(attempts) == 1:
            raise SourceError("No camera found at index 0.")
        return camera

    window.camera_feed.start_with(factory, "0")
    qtbot.waitUntil(lambda: "No camera found" in window.camera_view.message)
    assert "barcode scanner and the guest search still work" in window.camera_view.message
    qtbot.waitUntil(lambda: window.camera_feed.running)
    camera.show(url_for("ABCD-EFGH-IJ001"))
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert window.card.verdict.admitted
