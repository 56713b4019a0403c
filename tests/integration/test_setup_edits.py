"""Edit what you created (issue 18.2): questions, policies, schedule items and staff members
changed, moved, paused and deleted through the setup services, against the emulator."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from checkin_app.emulator.server import EmulatorServer
from checkin_app.services.setup import ScheduleItemForm, SetupValidationError
from checkin_app.services.wix_problems import WixProblem
from checkin_app.wix.errors import WixError
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
def event_id(org: Organizer) -> str:
    return org.setup.create_event(event_form()).object_id or ""


def test_questions_are_added_in_wix_shapes_edited_and_deleted(
    org: Organizer, srv: EmulatorServer, event_id: str
) -> None:
    questions = org.setup.questions
    questions.add(event_id, "Company", kind="text", mandatory=True)
    questions.add(event_id, "Meal", kind="radioButton", mandatory=True, options=["Fish", "Veg"])
    questions.add(event_id, "Home address", kind="address", mandatory=False)
    listed = questions.list(event_id)
    assert [(q.kind, q.label, q.system) for q in listed] == [
        ("name", "First Name / Last Name", True),
        ("email", "Email", True),
        ("text", "Company", False),
        ("radioButton", "Meal", False),
        ("address", "Home address", False),
    ]
    meal = listed[3]
    assert meal.options == ("Fish", "Veg") and not meal.mandatory  # a radio has no `mandatory`
    controls = {c["id"]: c for c in srv.state.forms[event_id]["controls"]}
    assert controls[listed[4].control_id]["type"] == "ADDRESS_SHORT"
    assert controls[listed[4].control_id]["inputs"][0]["label"] == "Home address"

    company = listed[2]
    saved = questions.update(event_id, company, "Company or school", mandatory=False)
    assert "Company or school" in saved.summary
    again = {q.control_id: q for q in questions.list(event_id)}
    assert (again[company.control_id].label, again[company.control_id].mandatory) == (
        "Company or school",
        False,
    )
    # The answers keep their input name through an edit.
    assert controls[company.control_id]["inputs"][0]["name"] == "custom-1"
    questions.update(event_id, meal, "Meal choice", options=["Fish", "Veg", "Vegan"])
    assert {q.control_id: q for q in questions.list(event_id)}[meal.control_id].options == (
        "Fish",
        "Veg",
        "Vegan",
    )
    questions.delete(event_id, meal)
    assert meal.control_id not in {q.control_id for q in questions.list(event_id)}
    with pytest.raises(SetupValidationError):
        questions.delete(event_id, listed[0])  # name is always on Wix's form
    with pytest.raises(SetupValidationError) as caught:
        questions.add(event_id, "Size", kind="dropdown", options=["M"])
    assert "options" in caught.value.field_errors


def test_the_emulator_refuses_the_shapes_wix_does_not_have(org: Organizer, event_id: str) -> None:
    client = org.client
    with pytest.raises(WixError) as caught:
        client.add_form_control(event_id, "address", {"label": "Address", "mandatory": True})
    assert caught.value.status == 400 and "address.label" in str(caught.value.field_violations)
    with pytest.raises(WixError):
        client.add_form_control(
            event_id, "radioButton", {"label": "Meal", "mandatory": True, "options": ["A", "B"]}
        )
    with pytest.raises(WixError):
        client.add_form_control(event_id, "dropdown", {"label": "Size", "options": ["M"]})


def test_policies_are_edited_reordered_and_deleted(org: Organizer, event_id: str) -> None:
    policies = org.setup.policies
    for name in ("Refunds", "Photos", "Age"):
        policies.add(event_id, name, f"{name} policy text")
    refunds, photos, age = policies.list(event_id)
    policies.update(refunds, "Refund policy", "No refunds after the doors open.")
    listed = policies.list(event_id)
    assert (listed[0].name, listed[0].body) == ("Refund policy", "No refunds after the doors open.")
    assert listed[0].revision != refunds.revision
    # A stale copy still saves: the service reads the current revision first.
    policies.update(refunds, "Refunds", "No refunds.")
    policies.move(event_id, age, -1)
    assert [p.name for p in policies.list(event_id)] == ["Refunds", "Age", "Photos"]
    policies.move(event_id, age, -5)
    assert [p.name for p in policies.list(event_id)] == ["Age", "Refunds", "Photos"]
    policies.move(event_id, age, +2)
    assert [p.name for p in policies.list(event_id)] == ["Refunds", "Photos", "Age"]
    policies.delete(photos)
    assert [p.name for p in policies.list(event_id)] == ["Refunds", "Age"]
    policies.add(event_id, "Dress code", "Smart casual")  # room for a third again


def test_schedule_items_are_edited_and_deleted(
    org: Organizer, srv: EmulatorServer, event_id: str
) -> None:
    schedule = org.setup.schedule
    form = event_form()
    doors = ScheduleItemForm("Doors", form.start, form.start + timedelta(minutes=30))
    talk = ScheduleItemForm("Talk", form.start + timedelta(hours=1),
                            form.start + timedelta(hours=2), stage="Main")  # fmt: skip
    schedule.add(event_id, doors)
    schedule.add(event_id, talk)
    first, second = schedule.list(event_id)
    assert (first.name, first.start, second.stage) == ("Doors", doors.start, "Main")
    moved = ScheduleItemForm("Doors open", form.start - timedelta(minutes=15), form.start)
    schedule.update(event_id, first.id, moved)
    entries = {e.id: e for e in schedule.list(event_id)}
    assert (entries[first.id].name, entries[first.id].start) == ("Doors open", moved.start)
    published = srv.state.schedule_published[event_id]
    assert published[first.id]["name"] == "Doors open"  # what guests see, at once
    schedule.delete(event_id, second)
    assert [e.name for e in schedule.list(event_id)] == ["Doors open"]
    assert list(srv.state.schedule_published[event_id]) == [first.id]
    with pytest.raises(WixProblem):
        schedule.update(event_id, "no-such-item", moved)


def test_staff_permissions_pause_and_removal(
    org: Organizer, srv: EmulatorServer, event_id: str
) -> None:
    staff = org.setup.staff
    sam = staff.add("Sam", ["CHECK_IN_GUESTS"], event_ids=[event_id]).object_id
    staff.add("Kim", ["CHECK_IN_GUESTS", "READ_ANALYTICS"])
    members = {m.name: m for m in staff.list(event_id)}
    assert set(members) == {"Sam", "Kim"} and members["Kim"].event_ids is None
    assert members["Sam"].login_link and members["Sam"].status == "PENDING"
    staff.update_permissions(members["Sam"], ["CHECK_IN_GUESTS", "SELL_TICKETS"])
    assert srv.state.staff[sam]["permissions"] == ["CHECK_IN_GUESTS", "SELL_TICKETS"]
    staff.set_paused(members["Sam"], True)  # a stale copy: the revision is read first
    assert srv.state.staff[sam]["status"] == "ACCESS_PAUSED"
    assert {m.name: m for m in staff.list(event_id)}["Sam"].paused
    staff.set_paused(members["Sam"], False)
    assert srv.state.staff[sam]["status"] == "HAS_ACCESS"
    with pytest.raises(SetupValidationError):
        staff.update_permissions(members["Sam"], [])
    staff.delete(members["Kim"])
    assert [m.name for m in staff.list()] == ["Sam"]
