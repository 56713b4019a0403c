"""Items needing attention: counted in the status line, listed, and sent again by a supervisor."""

from __future__ import annotations

from checkin_app.storage.outbox import OutboxState
from tests.support.factories import url_for


def _kill_the_upload(station) -> None:
    items = station.outbox.claim()
    station.outbox.mark_dead([i.id for i in items], "Wix refused: ticket not found (404)")


def test_dead_upload_is_shown_and_retried(qtbot, station, make_window) -> None:
    station.checkin.scan(url_for("ABCD-EFGH-IJ001"), None, "Door 1")
    _kill_the_upload(station)
    window = make_window(station)
    qtbot.waitUntil(lambda: window.status_line.snapshot is not None)
    qtbot.waitUntil(lambda: window.status_line.snapshot.dead == 1)
    assert window.status_line.attention.isVisible()
    assert "1 need attention" in window.status_line.attention.text()

    window.status_line.attention.click()
    dialog = window.attention_dialog
    qtbot.waitUntil(lambda: dialog.dead_table.rowCount() == 1)
    assert dialog.dead_table.item(0, 0).text() == "ABCD-EFGH-IJ001"
    assert "404" in dialog.dead_table.item(0, 3).text()
    dialog.dead_table.selectRow(0)
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.dead_table.rowCount() == 0)
    assert station.outbox.items(OutboxState.DEAD) == []
    assert station.outbox.waiting_count() == 1
    qtbot.waitUntil(lambda: not window.status_line.attention.isVisible())
    dialog.close()


def test_volunteer_cannot_retry(qtbot, station, make_window) -> None:
    from checkin_app.ui.pin import hash_pin

    station.checkin.scan(url_for("ABCD-EFGH-IJ001"), None, "Door 1")
    _kill_the_upload(station)
    station.settings.supervisor_pin_hash = hash_pin("2468")
    window = make_window(station)
    window.show_attention()
    dialog = window.attention_dialog
    qtbot.waitUntil(lambda: dialog.dead_table.rowCount() == 1)
    assert not dialog.retry_button.isEnabled()
    assert dialog.supervisor_note.isVisible()
    dialog.close()
