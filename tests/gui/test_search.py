"""Guest search in the door window: results as you type, check in and undo from the list."""

from __future__ import annotations

from checkin_app.bootstrap import Station
from checkin_app.domain.models import VerdictKind
from tests.gui.conftest import WindowFactory


def _status(window, row: int = 0) -> str:
    return window.search.model.index(row, 4).data()


def test_search_check_in_then_undo(qtbot, station: Station, make_window: WindowFactory) -> None:
    window = make_window(station)
    search = window.search
    qtbot.keyClicks(search.box, "hopp")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    assert search.model.index(0, 0).data() == "Grace Hopper"
    assert _status(window) == "Paid"
    assert search.check_in_button.isEnabled()
    assert not search.undo_button.isEnabled()

    search.check_in_button.click()
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert window.card.verdict.kind is VerdictKind.ADMITTED
    assert window.card._guest.text() == "Grace Hopper"
    # The list follows: the row now says the guest is in, and undo is offered.
    qtbot.waitUntil(lambda: _status(window).startswith("✔ In at"))
    assert search.undo_button.isEnabled()
    assert not search.check_in_button.isEnabled()

    search.undo_button.click()
    qtbot.waitUntil(lambda: window.card._headline.text() == "CHECK-IN UNDONE")
    qtbot.waitUntil(lambda: _status(window) == "Paid")
    assert search.check_in_button.isEnabled()
    assert station.outbox.waiting_count() == 0


def test_search_by_ticket_number_and_enter(qtbot, station, make_window) -> None:
    window = make_window(station)
    search = window.search
    qtbot.keyClicks(search.box, "abcd-efgh-ij002")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    qtbot.keyClick(search.box, "\r")  # Enter with one match checks that guest in
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert window.card.verdict.ticket_number == "ABCD-EFGH-IJ002"


def test_only_the_latest_query_is_shown(qtbot, station, make_window) -> None:
    window = make_window(station)
    search = window.search
    search.box.setText("Ada")
    search.run_query()
    search.box.setText("nobody-matches-this")
    search.run_query()
    qtbot.waitUntil(lambda: "No guest matches" in search.hint.text())
    assert search.model.rowCount() == 0


def test_short_text_lists_nothing(qtbot, station, make_window) -> None:
    window = make_window(station)
    window.search.box.setText("A")
    window.search.run_query()
    assert window.search.model.rowCount() == 0
    assert "at least two" in window.search.hint.text()
