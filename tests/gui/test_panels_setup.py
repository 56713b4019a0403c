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
from tests.support.wix_flow import Organizer, event_form


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


def made_event(org: Organizer, title: str = "Summer Gala") -> str:
    return org.setup.create_event(event_form(title)).object_id or ""


def test_questions_policies_schedule_and_staff_are_edited_in_the_panel(
    qtbot, context: UiContext, org: Organizer, srv: EmulatorServer
):
    event_id = made_event(org)
    org.setup.questions.add(event_id, "Company", kind="text", mandatory=True)
    for name in ("Refunds", "Photos", "Age"):
        org.setup.policies.add(event_id, name, f"{name} text")
    context.event_id = event_id  # the door works on it: the panel follows
    panel = SetupPanel(context)
    qtbot.addWidget(panel)
    assert panel.event_id == event_id and "door's event" in panel.current_label.text()
    for page in (panel.questions_page, panel.policies_page, panel.staff_page):
        page.confirm = lambda _question: True  # the organizer says Yes

    # 3 the form: change a question, delete it
    questions = panel.questions_page
    panel.show_step(2)
    qtbot.waitUntil(lambda: len(questions.questions.items) == 3)  # name, email, Company
    questions.questions.pick(2)
    assert questions.question_edit.text() == "Company" and questions.mandatory_check.isChecked()
    assert questions.save_button.isEnabled() and questions.delete_button.isEnabled()
    questions.question_edit.setText("Company or school")
    questions.mandatory_check.setChecked(False)
    finish(qtbot, panel, questions.save_button.click)
    qtbot.waitUntil(lambda: "Company or school" in questions.questions.view.item(2).text())
    controls = [c for c in srv.state.forms[event_id]["controls"] if not c["system"]]
    assert controls[0]["inputs"][0]["label"] == "Company or school"
    assert controls[0]["inputs"][0]["mandatory"] is False
    questions.questions.pick(2)
    finish(qtbot, panel, questions.delete_button.click)
    qtbot.waitUntil(lambda: len(questions.questions.items) == 2)
    questions.questions.pick(0)  # name: always on Wix's form
    assert not questions.delete_button.isEnabled()

    # 4 policies: move the third up, rename it, delete one
    policies = panel.policies_page
    panel.show_step(3)
    qtbot.waitUntil(lambda: [p.name for p in policies.policies.items] == ["Refunds", "Photos",
                                                                          "Age"])  # fmt: skip
    policies.policies.pick(2)
    finish(qtbot, panel, policies.up_button.click)
    qtbot.waitUntil(lambda: [p.name for p in policies.policies.items] == ["Refunds", "Age",
                                                                          "Photos"])  # fmt: skip
    assert policies.policies.selected().name == "Age"  # still picked after the move
    policies.policy_name_edit.setText("Age limit")
    finish(qtbot, panel, policies.save_button.click)
    qtbot.waitUntil(lambda: policies.policies.items[1].name == "Age limit")
    policies.policies.pick(2)
    finish(qtbot, panel, policies.delete_button.click)
    qtbot.waitUntil(lambda: [p.name for p in policies.policies.items] == ["Refunds",
                                                                          "Age limit"])  # fmt: skip

    # 5 schedule: add an item, change it, delete it
    schedule = panel.schedule_page
    panel.show_step(4)
    schedule.item_name_edit.setText("Doors")
    finish(qtbot, panel, schedule.add_button.click)
    qtbot.waitUntil(lambda: len(schedule.items.items) == 1)
    schedule.items.pick(0)
    schedule.item_name_edit.setText("Doors open")
    schedule.stage_edit.setText("Foyer")
    finish(qtbot, panel, schedule.save_button.click)
    qtbot.waitUntil(lambda: schedule.items.items and schedule.items.items[0].stage == "Foyer")
    [published] = srv.state.schedule_published[event_id].values()
    assert (published["name"], published["stageName"]) == ("Doors open", "Foyer")
    schedule.items.pick(0)
    schedule.confirm = lambda _question: True
    finish(qtbot, panel, schedule.delete_button.click)
    qtbot.waitUntil(lambda: schedule.items.items == [])

    # 7 staff: add, more permissions, pause, resume, remove
    staff = panel.staff_page
    panel.show_step(6)
    staff.staff_name_edit.setText("Sam")
    finish(qtbot, panel, staff.add_button.click)
    qtbot.waitUntil(lambda: len(staff.members.items) == 1)
    staff.members.pick(0)
    staff.permission_checks["SELL_TICKETS"].setChecked(True)
    finish(qtbot, panel, staff.save_button.click)
    member_id = staff.members.items[0].id
    qtbot.waitUntil(lambda: "SELL_TICKETS" in srv.state.staff[member_id]["permissions"])
    qtbot.waitUntil(lambda: staff.members.selected() is not None)
    assert staff.pause_button.text() == "Pause access"
    finish(qtbot, panel, staff.pause_button.click)
    qtbot.waitUntil(lambda: staff.pause_button.text() == "Resume access")
    assert srv.state.staff[member_id]["status"] == "ACCESS_PAUSED"
    assert "access paused" in staff.members.view.item(0).text()
    finish(qtbot, panel, staff.pause_button.click)
    qtbot.waitUntil(lambda: srv.state.staff[member_id]["status"] == "HAS_ACCESS")
    qtbot.waitUntil(lambda: staff.members.selected() is not None)
    finish(qtbot, panel, staff.remove_button.click)
    qtbot.waitUntil(lambda: staff.members.items == [])
    assert srv.state.staff == {}


def test_a_delete_the_organizer_does_not_confirm_sends_nothing(
    qtbot, context: UiContext, org: Organizer, srv: EmulatorServer
):
    event_id = made_event(org)
    org.setup.policies.add(event_id, "Refunds", "None.")
    context.event_id = event_id
    panel = SetupPanel(context)
    qtbot.addWidget(panel)
    policies = panel.policies_page
    policies.confirm = lambda _question: False  # the organizer says No
    panel.show_step(3)
    qtbot.waitUntil(lambda: len(policies.policies.items) == 1)
    policies.policies.pick(0)
    policies.delete_button.click()
    assert panel.runner.calls.busy == 0
    assert len(srv.state.policies) == 1


def test_the_panel_follows_the_doors_event_unless_another_is_picked(
    qtbot, context: UiContext, org: Organizer
):
    gala, jazz, ball = made_event(org, "Gala"), made_event(org, "Jazz"), made_event(org, "Ball")
    context.set_event(gala)
    panel = SetupPanel(context)
    qtbot.addWidget(panel)
    assert panel.event_id == gala and panel.event_combo.currentData() == gala
    context.set_event(jazz)  # the door switches: the panel follows
    assert panel.event_id == jazz and "Jazz" in panel.current_label.text()
    # The organizer picks another event here: the door's next switch does not move it.
    panel.event_combo.setCurrentIndex(panel.event_combo.findData(ball))
    panel.event_combo.activated.emit(panel.event_combo.currentIndex())
    assert panel.event_id == ball and not panel.follows_door
    context.set_event(gala)
    assert panel.event_id == ball
    # Picking the door's event again follows the door again.
    panel.event_combo.setCurrentIndex(panel.event_combo.findData(gala))
    panel.event_combo.activated.emit(panel.event_combo.currentIndex())
    assert panel.follows_door
    context.set_event(jazz)
    assert panel.event_id == jazz
