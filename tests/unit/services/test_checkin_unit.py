"""CheckInService on a `:memory:` database: each verdict, what is logged and what is queued
(the fast tier; tests/integration/test_checkin_service.py runs the same service on files)."""

from __future__ import annotations

from typing import Any

import pytest

from checkin_app.domain.models import InputMethod, OrderStatus, Verdict, VerdictKind
from checkin_app.hublink.errors import HubError
from checkin_app.services.checkin import CheckInService
from checkin_app.services.errors import NothingToUndo, ServiceError
from checkin_app.storage.outbox import OutboxKind, OutboxState
from checkin_app.storage.stores import Stores
from tests.support.factories import EVENT_ID, OTHER_EVENT_ID, make_event, make_ticket, url_for
from tests.unit.services.conftest import HandClock

NUMBER = "GALA-0000-00001"


def queued(stores: Stores) -> list[tuple[str, str | None, str]]:
    return [(i.kind.value, i.ticket_number, i.state.value) for i in stores.outbox.items()]


def test_first_scan_admits_logs_and_queues_one_check_in(
    checkin: CheckInService, gala: Stores
) -> None:
    verdict = checkin.scan(url_for(NUMBER), None, "Door 1")
    assert verdict.kind is VerdictKind.ADMITTED and verdict.guest_name == "Guest1 Lovelace"
    assert verdict.checked_in_station == "Door 1" and verdict.checked_in_at
    record = gala.checkins.get(verdict.scan_id or "")
    assert record is not None and record.decision == "ADMITTED"
    assert queued(gala) == [(OutboxKind.CHECK_IN.value, NUMBER, OutboxState.PENDING.value)]


def test_second_scan_says_when_and_where_and_queues_nothing_more(
    checkin: CheckInService, gala: Stores, clock: HandClock
) -> None:
    first = checkin.scan(NUMBER, None, "Door 1", InputMethod.SCANNER)
    clock.advance(60)
    again = checkin.scan(NUMBER, None, "Door 2")
    assert again.kind is VerdictKind.ALREADY_CHECKED_IN
    assert (again.checked_in_at, again.checked_in_station) == (first.checked_in_at, "Door 1")
    assert len(queued(gala)) == 1 and gala.checkins.count() == 2


def test_unknown_number_and_garbage_are_refused_without_a_call(
    checkin: CheckInService, gala: Stores
) -> None:
    assert checkin.scan("ZZZZ-0000-00009", None, "Door 1").kind is VerdictKind.UNKNOWN_TICKET
    assert checkin.scan("hello there", None, "Door 1").kind is VerdictKind.NOT_A_TICKET
    assert queued(gala) == []


def test_ticket_of_another_cached_event_is_a_wrong_event(
    checkin: CheckInService, gala: Stores
) -> None:
    gala.catalog.upsert_event(make_event(OTHER_EVENT_ID, "Winter Ball"))
    gala.tickets.upsert_many([make_ticket("BALL-0000-00001", OTHER_EVENT_ID)], generation=1)
    verdict = checkin.scan("BALL-0000-00001", EVENT_ID, "Door 1")
    assert verdict.kind is VerdictKind.WRONG_EVENT and "Winter Ball" in verdict.reason
    assert queued(gala) == []


def test_undo_before_sending_cancels_the_queued_call(checkin: CheckInService, gala: Stores) -> None:
    checkin.scan(NUMBER, None, "Door 1")
    result = checkin.undo(NUMBER, None, "Door 1")
    assert result.cancelled_before_sent and not result.undo_queued
    assert queued(gala) == [(OutboxKind.CHECK_IN.value, NUMBER, OutboxState.CANCELLED.value)]
    assert checkin.scan(NUMBER, None, "Door 1").kind is VerdictKind.ADMITTED
    with pytest.raises(NothingToUndo):
        checkin.undo("GALA-0000-00002", None, "Door 1")


def test_undo_of_a_check_in_wix_has_queues_delete(gala: Stores, clock: HandClock) -> None:
    gala.tickets.upsert_many(
        [make_ticket(NUMBER, server_checked_in_at="2026-11-28T18:00:00.000Z")], generation=1
    )
    checkin = CheckInService.on(gala, clock)
    assert checkin.scan(NUMBER, None, "Door 1").kind is VerdictKind.ALREADY_CHECKED_IN
    result = checkin.undo(NUMBER, None, "Door 1")
    assert result.undo_queued and not result.cancelled_before_sent
    assert queued(gala) == [(OutboxKind.UNDO_CHECK_IN.value, NUMBER, OutboxState.PENDING.value)]
    assert checkin.scan(NUMBER, None, "Door 1").kind is VerdictKind.ADMITTED


def test_pay_at_door_sums_the_order_and_queues_confirm_then_check_in(
    gala: Stores, clock: HandClock
) -> None:
    order = [
        make_ticket(f"DOOR-0000-0000{i}", order_number="DOOR-0000", price=price,
                    order_status=OrderStatus.OFFLINE_PENDING)
        for i, price in ((1, "25.00"), (2, "10.50"))
    ]  # fmt: skip
    gala.tickets.upsert_many(order, generation=1)
    checkin = CheckInService.on(gala, clock)
    due = checkin.scan("DOOR-0000-00001", None, "Door 1")
    assert due.kind is VerdictKind.PAYMENT_DUE and due.amount_due == "35.50"
    paid = checkin.collect_payment_and_admit("DOOR-0000-00001", None, "Door 1")
    assert paid.kind is VerdictKind.ADMITTED and "35.50" in paid.reason
    assert [k for k, _n, _s in queued(gala)] == [OutboxKind.CONFIRM_ORDER, OutboxKind.CHECK_IN]
    # The order's other ticket is paid now too.
    assert checkin.scan("DOOR-0000-00002", None, "Door 2").kind is VerdictKind.ADMITTED
    with pytest.raises(ServiceError):
        checkin.collect_payment_and_admit("GALA-0000-00002", None, "Door 1")


def test_supervisor_override_admits_an_unknown_code_without_a_call(
    checkin: CheckInService, gala: Stores
) -> None:
    verdict = checkin.admit_anyway("ZZZZ-0000-00009", None, "Door 1")
    assert verdict.kind is VerdictKind.ADMITTED and verdict.override
    assert queued(gala) == []


class SilentHub:
    def __init__(self) -> None:
        self.asked: list[dict[str, Any]] = []

    def decide(self, scan: dict[str, Any]) -> dict[str, Any]:
        self.asked.append(scan)
        raise HubError("the hub did not answer in time")


def test_a_silent_hub_leaves_the_decision_to_the_door(gala: Stores, clock: HandClock) -> None:
    hub = SilentHub()
    checkin = CheckInService.on(gala, clock, hub=hub)
    verdict = checkin.scan(NUMBER, None, "Door 1")
    assert verdict.kind is VerdictKind.ADMITTED and verdict.decided_by == "station"
    assert [a["code"] for a in hub.asked] == [NUMBER]


class AdmittingHub:
    """A venue hub that admits every scan (its verdict as `VenueHub.decide` answers)."""

    def decide(self, scan: dict[str, Any]) -> dict[str, Any]:
        verdict = Verdict(
            VerdictKind.ADMITTED, "Admitted", ticket_number=NUMBER, event_id=EVENT_ID,
            scan_id=scan["scan_id"], checked_in_at=scan["device_time"],
            checked_in_station=scan["station"], decided_by="hub",
        )  # fmt: skip
        return {**verdict.to_json(), "hub_id": "hub-a", "wix_after": 1764356400.0}


def test_a_hub_admission_is_held_with_its_scan_and_released_by_an_undo(
    gala: Stores, clock: HandClock
) -> None:
    checkin = CheckInService.on(gala, clock, hub=AdmittingHub())
    verdict = checkin.scan(NUMBER, None, "Door 1")
    assert verdict.decided_by == "hub" and verdict.admitted
    held = gala.held.all()
    assert [(h.scan_id, h.ticket_number, h.hub_id, h.lands_after) for h in held] == [
        (verdict.scan_id, NUMBER, "hub-a", 1764356400.0)
    ]
    assert queued(gala) == []  # the hub queues the Wix call, not the door
    checkin.hub = None  # the hub is gone: the door undoes alone
    checkin.undo(NUMBER, None, "Door 1")
    assert gala.held.count() == 0


def test_a_hub_admission_whose_copy_cannot_be_kept_is_not_logged_either(
    gala: Stores, clock: HandClock
) -> None:
    """The held copy and the scan row commit together: no admission half on disk."""
    gala.db.connection().execute("DROP TABLE hub_held")  # a damaged schema: the copy fails
    checkin = CheckInService.on(gala, clock, hub=AdmittingHub())
    with pytest.raises(Exception, match="hub_held"):
        checkin.scan(NUMBER, None, "Door 1")
    assert gala.checkins.count() == 0
