"""The event setup panel driven like an organizer would, against the emulator (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from checkin_app.emulator.server import EmulatorServer
from checkin_app.ui.context import UiContext
from checkin_app.ui.panels.setup import SetupPanel
from tests.support.panel_context import make_context
from tests.support.wix_flow import Organizer


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed=None) as server:
        yield server


@pytest.fixture
def org(srv: EmulatorServer, tmp_path: Path) -> Iterator[Organizer]:
    organizer = Organizer(srv, tmp_path / "station")
    yield organizer
    organizer.close()


@pytest.fixture
def context(org: Organizer) -> Iterator[UiContext]:
    ctx = make_context(org.station, org.client)
    yield ctx
    ctx.runner.close()


def finish(qtbot, panel: SetupPanel, click) -> None:
    """Click, then wait until Wix has answered (one way or the other)."""
    ended: list[object] = []
    panel.step_finished.connect(ended.append)
    panel.step_failed.connect(ended.append)
    try:
        click()
        qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    finally:
        panel.step_finished.disconnect(ended.append)
        panel.step_failed.disconnect(ended.append)


def test_main_path_from_draft_to_published(qtbot, context: UiContext, srv: EmulatorServer):
    panel = SetupPanel(context)
    qtbot.addWidget(panel)
    assert not panel.step_enabled(1)  # no event yet

    panel.event_page.title_edit.setText("Jazz Night")
    panel.event_page.venue_edit.setText("Blue Room")
    panel.event_page.zone_combo.setCurrentText("Europe/Paris")
    panel.event_page.currency_edit.setText("EUR")
    finish(qtbot, panel, panel.event_page.create_button.click)
    assert panel.banner.kind == "ok", panel.banner.text()
    event_id = panel.event_id
    assert srv.state.events[event_id]["status"] == "DRAFT"
    assert panel.step_enabled(1) and "Jazz Night" in panel.current_label.text()
    assert "Created draft event" in panel.answers.toPlainText()  # what Wix answered

    panel.tickets_page.ticket_name_edit.setText("GA")
    panel.tickets_page.price_edit.setText("20")
    panel.tickets_page.quantity_spin.setValue(50)
    finish(qtbot, panel, panel.tickets_page.add_ticket_button.click)
    assert panel.tickets_page.ticket_table.rowCount() == 1
    assert panel.tickets_page.ticket_table.item(0, 1).text() == "20.00 EUR"
    panel.tickets_page.ticket_table.selectRow(0)
    panel.tickets_page.price_edit.setText("22.50")
    finish(qtbot, panel, panel.tickets_page.save_ticket_button.click)
    assert panel.tickets_page.ticket_table.item(0, 1).text() == "22.50 EUR"

    panel.questions_page.question_edit.setText("Dietary needs")
    finish(qtbot, panel, panel.findChild(QPushButton, "addQuestionButton").click)
    panel.policies_page.policy_name_edit.setText("Refunds")
    panel.policies_page.policy_body_edit.setPlainText("No refunds.")
    finish(qtbot, panel, panel.findChild(QPushButton, "addPolicyButton").click)
    assert panel.policies_page.policy_name_edit.text() == ""  # cleared after Wix took it
    finish(qtbot, panel, panel.findChild(QPushButton, "enableScheduleButton").click)
    panel.schedule_page.item_name_edit.setText("Doors")
    finish(qtbot, panel, panel.findChild(QPushButton, "addScheduleItemButton").click)
    panel.categories_page.category_names_edit.setPlainText("Music\nEvening")
    finish(qtbot, panel, panel.findChild(QPushButton, "createCategoriesButton").click)
    assert panel.categories_page.category_combo.count() == 2
    finish(qtbot, panel, panel.findChild(QPushButton, "assignCategoryButton").click)
    panel.staff_page.staff_name_edit.setText("Sam")
    finish(qtbot, panel, panel.findChild(QPushButton, "addStaffButton").click)
    assert "Login link" in panel.staff_page.login_link_label.text()
    assert panel.banner.kind == "ok", panel.banner.text()

    assert not panel.publish_page.publish_button.isEnabled()  # needs the confirmation first
    panel.publish_page.publish_confirm.setChecked(True)
    finish(qtbot, panel, panel.publish_page.publish_button.click)
    assert srv.state.events[event_id]["status"] == "UPCOMING"
    assert "upcoming" in panel.current_label.text()
    with qtbot.waitSignal(context.events.event_changed):
        panel.publish_page.use_at_door_button.click()
    assert context.event_id == event_id


def test_wix_refusal_shows_under_the_field_and_keeps_the_text(qtbot, context: UiContext):
    panel = SetupPanel(context)
    qtbot.addWidget(panel)
    long_title = "A" * 130
    panel.event_page.title_edit.setText(long_title)
    finish(qtbot, panel, panel.event_page.create_button.click)
    assert panel.event_page.form.error_text("title") == "must be at most 120 characters"
    assert panel.banner.kind == "error" and "Title" in panel.banner.text()
    assert panel.event_page.title_edit.text() == long_title
    assert panel.event_page.form.error_text("start") == ""


def test_offline_setup_says_so_and_keeps_what_was_typed(qtbot, org: Organizer, srv: EmulatorServer):
    ctx = make_context(org.station, None)
    panel = SetupPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.banner.kind == "offline"
    panel.event_page.title_edit.setText("Offline Gala")
    with qtbot.waitSignal(panel.step_failed):
        panel.event_page.create_button.click()
    assert panel.event_page.title_edit.text() == "Offline Gala"
    assert srv.state.events == {}
    ctx.runner.close()

    online = make_context(org.station, org.client)
    panel2 = SetupPanel(online)
    qtbot.addWidget(panel2)
    srv.set_faults(offline=True)
    panel2.event_page.title_edit.setText("Gala")
    finish(qtbot, panel2, panel2.event_page.create_button.click)
    assert panel2.banner.kind == "offline" and "needs the network" in panel2.banner.text()
    assert panel2.event_page.title_edit.text() == "Gala"
    online.runner.close()
