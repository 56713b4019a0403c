"""Issue 16.3: the organizer sees what guest data the laptop holds and until when, and can
forget an event's guests now (from the station settings)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from checkin_app.bootstrap import open_station
from checkin_app.domain.models import Event, InputMethod
from checkin_app.settings import Settings
from checkin_app.ui.data_held_view import DataHeldView
from checkin_app.ui.settings_dialog import SettingsDialog
from tests.support.factories import EVENT_ID, OTHER_EVENT_ID, make_ticket


def station_with_two_events(tmp_path):
    station = open_station(tmp_path / "data")
    ended = datetime.now(UTC) - timedelta(days=1)
    station.checkin.catalog.upsert_event(
        Event(id=EVENT_ID, title="Summer Gala", status="ENDED", end_date=ended.isoformat())
    )
    station.checkin.catalog.upsert_event(Event(id=OTHER_EVENT_ID, title="Winter Ball"))
    station.checkin.tickets.upsert_many(
        [make_ticket(f"HELD-{i:04d}-T001", guest_last_name="Pemberton") for i in range(12)]
        + [make_ticket("BALL-0000-T001", event_id=OTHER_EVENT_ID)]
    )
    station.checkin.scan("HELD-0000-T001", EVENT_ID, "Door", InputMethod.CAMERA)
    return station, ended


def test_view_shows_what_is_held_and_forgets_on_request(qtbot, tmp_path) -> None:
    station, ended = station_with_two_events(tmp_path)
    view = DataHeldView(station.retention)
    qtbot.addWidget(view)
    view.resize(760, 260)
    view.show()
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=5000)
    cells = [[view.table.item(r, c).text() for c in range(5)] for r in range(2)]
    gala = next(row for row in cells if row[0] == "Summer Gala")
    ball = next(row for row in cells if row[0] == "Winter Ball")
    assert gala[2] == "12" and gala[3] == (ended + timedelta(days=7)).strftime("%Y-%m-%d %H:%M")
    assert "1 check-ins reach Wix" not in gala[4]  # held: not yet past its time
    assert ball[3] == "—" and "No end date" in ball[4]
    view.grab().save(str(tmp_path / "data-held.png"))

    view.table.selectRow(next(i for i, row in enumerate(cells) if row[0] == "Summer Gala"))
    assert view.forget_button.isEnabled()
    view.confirm = lambda _holding: True
    view.forget_button.click()  # one check-in is unsent: refused, and said so
    qtbot.waitUntil(lambda: "not yet sent" in view.message.text(), timeout=5000)
    with station.db.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'done'")
    view.forget_button.click()
    qtbot.waitUntil(lambda: "Forgetting" not in view.message.text(), timeout=10_000)
    assert "Forgot the guests" in view.message.text(), view.message.text()
    qtbot.waitUntil(
        lambda: any(view.table.item(r, 4).text().startswith("Forgotten") for r in range(2)),
        timeout=5000,
    )
    assert station.search.search("Pemberton", EVENT_ID) == []
    view.close_runner()
    station.close()


def test_settings_open_the_view(qtbot, tmp_path) -> None:
    station, _ = station_with_two_events(tmp_path)
    dialog = SettingsDialog(Settings(), secrets=station.secrets, retention=station.retention)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(type(dialog.error))]
    assert any("Keys kept in the system keyring" in text for text in labels)
    dialog.data_held_button.click()
    qtbot.waitUntil(lambda: dialog.data_held.view.table.rowCount() == 2, timeout=5000)
    dialog.data_held.accept()
    station.close()


def test_retention_days_are_a_setting(qtbot) -> None:
    dialog = SettingsDialog(Settings(retention_days=7.0))
    qtbot.addWidget(dialog)
    assert dialog.retention_days.value() == 7
    dialog.retention_days.setValue(30)
    dialog.accept()
    assert dialog.result_settings is not None and dialog.result_settings.retention_days == 30
