"""The check-in service against a real SQLite file: decisions, the log, the outbox, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin_app.bootstrap import open_station
from checkin_app.domain.models import InputMethod, OrderStatus, VerdictKind
from checkin_app.services.errors import EventNotFound, NothingToUndo, ServiceError
from checkin_app.storage.outbox import OutboxKind, OutboxState
from tests.support.factories import (
    EVENT_ID,
    OTHER_EVENT_ID,
    make_ticket,
    seeded_station,
    url_for,
)

NUMBER = "ABCD-EFGH-IJ001"


def outbox_rows(station) -> list[tuple[str, str | None, str]]:
    return [(i.kind.value, i.ticket_number, i.state.value) for i in station.outbox.items()]


def test_admission_is_logged_and_queued_in_one_go(tmp_path: Path) -> None:
    station = seeded_station(tmp_path)
    verdict = station.checkin.scan(url_for(NUMBER), None, "Door 1")
    assert verdict.kind is VerdictKind.ADMITTED
    assert verdict.guest_name == "Ada Lovelace"
    assert verdict.checked_in_station == "Door 1"
    assert verdict.scan_id
    record = station.checkin.log.get(verdict.scan_id)
    assert record is not None and record.decision == "ADMITTED" and record.method == "camera"
    assert outbox_rows(station) == [("check_in", NUMBER, "pending")]
    assert station.outbox.items()[0].scan_id == verdict.scan_id


def test_second_scan_is_already_checked_in_even_after_a_restart(tmp_path: Path) -> None:
    station = seeded_station(tmp_path)
    first = station.checkin.scan(NUMBER, None, "Door 1", InputMethod.SCANNER)
    station.close()

    reopened = open_station(tmp_path)
    second = reopened.checkin.scan(url_for(NUMBER), None, "Door 2")
    assert second.kind is VerdictKind.ALREADY_CHECKED_IN
    assert second.checked_in_station == "Door 1"
    assert second.checked_in_at == first.checked_in_at
    # Only the admission was queued; the repeat is logged but sends nothing.
    assert outbox_rows(reopened) == [("check_in", NUMBER, "pending")]
    assert reopened.checkin.log.count() == 2


def test_server_check_in_counts_as_checked_in(tmp_path: Path) -> None:
    ticket = make_ticket(NUMBER, server_checked_in_at="2026-11-28T18:00:00.000Z")
    station = seeded_station(tmp_path, [ticket])
    verdict = station.checkin.scan(NUMBER, None, "Door 1")
    assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN
    assert verdict.checked_in_at == "2026-11-28T18:00:00.000Z"
    assert verdict.checked_in_station is None


def test_rejected_scans_are_logged_but_not_queued(tmp_path: Path) -> None:
    station = seeded_station(tmp_path, [make_ticket(NUMBER, canceled=True)])
    assert station.checkin.scan(NUMBER, None, "Door 1").kind is VerdictKind.CANCELED
    assert station.checkin.scan("garbage!", None, "Door 1").kind is VerdictKind.NOT_A_TICKET
    assert (
        station.checkin.scan("ZZZZ-0000-00001", None, "Door 1").kind is VerdictKind.UNKNOWN_TICKET
    )
    decisions = [r.decision for r in station.checkin.log.recent()]
    assert sorted(decisions) == ["CANCELED", "NOT_A_TICKET", "UNKNOWN_TICKET"]
    assert station.outbox.items() == []


def test_wrong_event_by_url_and_by_bare_number(tmp_path: Path) -> None:
    station = seeded_station(
        tmp_path, [make_ticket(NUMBER), make_ticket("WXYZ-0000-00001", OTHER_EVENT_ID)],
        two_events=True,
    )  # fmt: skip
    by_url = station.checkin.scan(url_for(NUMBER, OTHER_EVENT_ID), EVENT_ID, "Door 1")
    assert by_url.kind is VerdictKind.WRONG_EVENT
    assert by_url.reason == "Not a ticket for this event: Winter Ball"
    by_number = station.checkin.scan("WXYZ-0000-00001", EVENT_ID, "Door 1")
    assert by_number.kind is VerdictKind.WRONG_EVENT


def test_event_is_found_from_the_code_when_several_are_cached(tmp_path: Path) -> None:
    station = seeded_station(
        tmp_path, [make_ticket(NUMBER), make_ticket("WXYZ-0000-00001", OTHER_EVENT_ID)],
        two_events=True,
    )  # fmt: skip
    assert station.checkin.scan("WXYZ-0000-00001", None, "D").event_id == OTHER_EVENT_ID
    assert station.checkin.scan(url_for(NUMBER), None, "D").event_id == EVENT_ID
    # A number no cached event holds is judged against the event on now (or next).
    unknown = station.checkin.scan("QQQQ-0000-00001", None, "D")
    assert unknown.kind is VerdictKind.UNKNOWN_TICKET
    with pytest.raises(EventNotFound):
        station.checkin.scan(NUMBER, "no-such-event", "D")


def test_undo_before_sync_cancels_the_queued_call(tmp_path: Path) -> None:
    station = seeded_station(tmp_path)
    station.checkin.scan(NUMBER, None, "Door 1")
    result = station.checkin.undo(NUMBER.lower(), None, "Door 1")
    assert result.cancelled_before_sent and not result.undo_queued
    assert outbox_rows(station) == [("check_in", NUMBER, "cancelled")]
    # The ticket can be admitted again, and that admission is queued afresh.
    assert station.checkin.scan(NUMBER, None, "Door 1").kind is VerdictKind.ADMITTED
    assert [s for _, _, s in outbox_rows(station)] == ["cancelled", "pending"]


def test_undo_after_the_call_left_queues_a_delete(tmp_path: Path) -> None:
    station = seeded_station(tmp_path)
    station.checkin.scan(NUMBER, None, "Door 1")
    claimed = station.outbox.claim()
    station.outbox.mark_done([i.id for i in claimed])
    result = station.checkin.undo(NUMBER, None, "Door 1")
    assert result.undo_queued
    assert outbox_rows(station) == [
        ("check_in", NUMBER, "done"),
        ("undo_check_in", NUMBER, "pending"),
    ]
    assert station.checkin.scan(NUMBER, None, "Door 1").kind is VerdictKind.ADMITTED


def test_undo_of_a_server_check_in(tmp_path: Path) -> None:
    ticket = make_ticket(NUMBER, server_checked_in_at="2026-11-28T18:00:00.000Z")
    station = seeded_station(tmp_path, [ticket])
    assert station.search.search("ada")[0].checked_in
    result = station.checkin.undo(NUMBER, None, "Door 1")
    assert result.undo_queued
    assert not station.search.search("ada")[0].checked_in
    # Until the next download clears it, the local undo hides the server's check-in.
    assert station.checkin.scan(NUMBER, None, "Door 1").kind is VerdictKind.ADMITTED
    with pytest.raises(NothingToUndo):
        station.checkin.undo("ZZZZ-0000-00009", None, "Door 1")


def test_nothing_to_undo(tmp_path: Path) -> None:
    station = seeded_station(tmp_path)
    with pytest.raises(NothingToUndo):
        station.checkin.undo(NUMBER, None, "Door 1")


def test_supervisor_override_is_recorded_as_such(tmp_path: Path) -> None:
    partly = make_ticket(NUMBER, order_status=OrderStatus.PARTIALLY_PAID)
    station = seeded_station(tmp_path, [partly])
    assert station.checkin.scan(NUMBER, None, "Door 1").kind is VerdictKind.NOT_PAID
    verdict = station.checkin.admit_anyway(NUMBER, None, "Door 1")
    assert verdict.kind is VerdictKind.ADMITTED and verdict.override
    assert "supervisor" in verdict.reason
    assert station.checkin.log.get(verdict.scan_id).override
    assert outbox_rows(station) == [("check_in", NUMBER, "pending")]
    with pytest.raises(ServiceError):
        station.checkin.admit_anyway("not a ticket", None, "Door 1")


def test_override_of_an_unknown_code_is_local_only(tmp_path: Path) -> None:
    station = seeded_station(tmp_path)
    verdict = station.checkin.admit_anyway("ZZZZ-0000-00009", None, "Door 1")
    assert verdict.admitted and verdict.override
    assert station.outbox.items() == []


def test_collect_payment_queues_confirm_order_before_the_check_in(tmp_path: Path) -> None:
    tickets = [
        make_ticket("PAYD-ORDR-XX001", order_number="PAYD-ORDR-XX", price="25.00",
                    order_status=OrderStatus.OFFLINE_PENDING),
        make_ticket("PAYD-ORDR-XX002", order_number="PAYD-ORDR-XX", price="80.00",
                    order_status=OrderStatus.OFFLINE_PENDING),
    ]  # fmt: skip
    station = seeded_station(tmp_path, tickets)
    due = station.checkin.scan("PAYD-ORDR-XX001", None, "Door 1")
    assert due.kind is VerdictKind.PAYMENT_DUE
    assert due.amount_due == "105.00"
    assert due.reason == "Pay at door: collect 105.00 USD"
    paid = station.checkin.collect_payment_and_admit("PAYD-ORDR-XX001", None, "Door 1")
    assert paid.admitted and "105.00" in paid.reason
    kinds = [(i.kind, i.order_number or i.ticket_number) for i in station.outbox.items()]
    assert kinds == [
        (OutboxKind.CONFIRM_ORDER, "PAYD-ORDR-XX"),
        (OutboxKind.CHECK_IN, "PAYD-ORDR-XX001"),
    ]
    # The rest of the order is paid now: the second guest walks straight in.
    assert station.checkin.scan("PAYD-ORDR-XX002", None, "Door 1").admitted
    with pytest.raises(ServiceError):
        station.checkin.collect_payment_and_admit("PAYD-ORDR-XX002", None, "Door 1")


def test_outbox_lease_expires_so_a_crash_mid_send_resends(tmp_path: Path) -> None:
    now = [1000.0]
    station = seeded_station(tmp_path)
    from checkin_app.storage.outbox import Outbox

    outbox = Outbox(station.db, clock=lambda: now[0])
    station.checkin.scan(NUMBER, None, "Door 1")
    first = outbox.claim(lease_seconds=60)
    assert [(i.state, i.attempts) for i in first] == [(OutboxState.INFLIGHT, 1)]
    assert outbox.claim() == []  # leased: nobody else takes it
    now[0] += 61
    again = outbox.claim()
    assert [i.id for i in again] == [first[0].id]
    assert again[0].attempts == 2
    outbox.mark_retry([again[0].id], "boom", next_attempt_at=now[0] + 30)
    assert outbox.claim() == []
    now[0] += 31
    assert [i.attempts for i in outbox.claim()] == [3]


def test_search_finds_by_name_email_ticket_and_order_prefix(tmp_path: Path) -> None:
    tickets = [
        make_ticket("ABCD-EFGH-IJ001", guest_first_name="Zoë", guest_last_name="Müller",
                    guest_email="zoe.mueller@example.org"),
        make_ticket("KLMN-OPQR-ST001", guest_first_name="Grace", guest_last_name="Hopper",
                    guest_email="grace@navy.mil"),
    ]  # fmt: skip
    station = seeded_station(tmp_path, tickets)

    def numbers(text: str) -> list[str]:
        return [h.ticket.ticket_number for h in station.search.search(text)]

    assert numbers("zo") == ["ABCD-EFGH-IJ001"]
    assert numbers("zoe mu") == ["ABCD-EFGH-IJ001"]  # accents folded
    assert numbers("grace@na") == ["KLMN-OPQR-ST001"]
    assert numbers("klmn-op") == ["KLMN-OPQR-ST001"]
    assert numbers("ABCD-EFGH-IJ") == ["ABCD-EFGH-IJ001"]
    assert numbers("abcd-efgh-ij0") == ["ABCD-EFGH-IJ001"]  # number prefix (B-tree path)
    assert numbers("KLMN-OPQR-ST001") == ["KLMN-OPQR-ST001"]
    assert numbers("ZZ9") == []
    assert numbers("nobody") == []
    assert numbers("' OR 1=1 --") == []
    assert numbers('"') == []
    station.checkin.scan("KLMN-OPQR-ST001", None, "Door 3")
    hit = station.search.search("hopper")[0]
    assert hit.checked_in and hit.checked_in_station == "Door 3"


def test_a_download_marks_vanished_tickets_and_keeps_local_admissions(tmp_path: Path) -> None:
    station = seeded_station(tmp_path, [make_ticket(NUMBER), make_ticket("GONE-0000-00001")])
    station.checkin.scan(NUMBER, None, "Door 1")
    # A later full download (generation 2) sees only the first ticket, not yet checked in.
    station.checkin.tickets.upsert_many([make_ticket(NUMBER)], generation=2)
    station.checkin.tickets.mark_missing_removed(EVENT_ID, generation=2)
    assert station.checkin.scan("GONE-0000-00001", None, "Door 1").kind is VerdictKind.CANCELED
    assert station.checkin.scan(NUMBER, None, "Door 1").kind is VerdictKind.ALREADY_CHECKED_IN
