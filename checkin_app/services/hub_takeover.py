"""No admission is lost with a venue hub: marks for doors, and taking over another hub's.

A hub queues the Wix call of every admission it decides (or a door hands it); until that
call is done, a door keeps its own copy (`storage/venue_held.py`). The hub's feed tells
doors when a send of it starts and when it is done (`wix_marks`). If the hub dies, another
laptop becomes hub (or the same returns) and each door hands its copies over: the new hub
takes each over once, by scan id (`take_over`), under the double-entry rules of direct mode:

- already in the new hub's log and queue (the same hub returning, or a resend) → nothing new;
- another admission of the ticket is live at the venue → a double admission, recorded once,
  no Wix call;
- Wix already shows the ticket checked in: at or after the earliest moment one of the dead
  hub's sends can have landed (`lands_after`, Wix's clock) → that is this admission,
  reached Wix already: recorded, not sent again; before it → another device's check-in: a
  double admission, recorded once;
- otherwise queued for Wix as an admission that waited: the sender reads Wix first, and the
  dead hub's sends count as this hub's own (`PushLog.adopt_sends`), so a send that did land
  is neither sent again nor taken for another device's.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

from checkin_app.domain.models import VerdictKind
from checkin_app.hublink.protocol import HELD_KIND
from checkin_app.storage.checkins import CheckinLog, ScanRecord
from checkin_app.storage.outbox import Outbox, OutboxKind
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.storage.venue import VenueAdmissions
from checkin_app.storage.venue_held import HeldAdmission, WixMark
from checkin_app.sync.push_log import PushLog
from checkin_app.wix.timestamps import parse_wix_time

log = logging.getLogger(__name__)

__all__ = ["HELD_KIND", "TakenOver", "mark_to_json", "take_over", "wix_marks"]


@dataclass(frozen=True)
class TakenOver:
    """What became of one handed-over admission (the hand-over's answer to the door)."""

    mark: WixMark
    conflict_at: str | None = None
    conflict_station: str | None = None

    @property
    def status(self) -> str:
        return "conflict" if self.conflict_at is not None else self.mark.state


def wix_marks(conn: sqlite3.Connection, scan_ids: list[str]) -> list[WixMark]:
    """Where each scan's Wix check-in call stands on this hub (scans without one left out)."""
    states = Outbox.check_in_states(conn, scan_ids)
    landing = PushLog.earliest_landing(conn, [outbox_id for outbox_id, _ in states.values()])
    marks = []
    for scan_id, (outbox_id, state) in states.items():
        marks.append(_mark(scan_id, outbox_id, state, landing))
    return marks


def _mark(scan_id: str, outbox_id: int, state: str, landing: dict[int, float | None]) -> WixMark:
    if state == "done":
        return WixMark(scan_id, "sent")
    if state == "cancelled":
        return WixMark(scan_id, "cancelled")
    if outbox_id in landing:
        return WixMark(scan_id, "sending", landing[outbox_id])
    return WixMark(scan_id, "queued")


def mark_to_json(mark: WixMark) -> dict[str, Any]:
    return {"scan_id": mark.scan_id, "state": mark.state, "lands_after": mark.lands_after}


def take_over(
    conn: sqlite3.Connection, item: HeldAdmission, station: str, device_time: str,
    now_local: float, monotonic_ns: int,
) -> TakenOver:  # fmt: skip
    """Take over one admission another hub decided (see the module docstring)."""
    event_id, number, scan_id = item.event_id, item.ticket_number, item.scan_id
    row = VenueAdmissions.scan_row(conn, scan_id)
    queued = Outbox.check_in_states(conn, [scan_id]).get(scan_id)
    if row is not None and row["decision"] == VerdictKind.ADMITTED.value and queued:
        outbox_id, state = queued
        landing = PushLog.earliest_landing(conn, [outbox_id])
        return TakenOver(_mark(scan_id, outbox_id, state, landing))
    if row is not None and row["undone_by"] is not None:
        return TakenOver(WixMark(scan_id, "cancelled"))  # undone here before it reached Wix
    _record(conn, row, item, station, device_time, monotonic_ns)
    other = VenueAdmissions.first_other_live(conn, event_id, number, scan_id)
    # Another admission of the ticket stands at the venue: this one is the double — unless
    # that one was already recorded as the double of this (it arrived first, this one was
    # known then only as the old hub's view): then this is the admission Wix must get.
    if other is not None and not VenueAdmissions.recorded_as_double(conn, other["scan_id"]):
        at, door = str(other["device_time"]), other["station"]
        return _double(conn, item, station, device_time, at, door)
    wix_at = VenueAdmissions.wix_check_in(conn, event_id, number)
    if wix_at is not None:
        if _may_be_its_own(wix_at, item.lands_after):
            log.info("Taken over: Wix already holds this admission")
            return TakenOver(WixMark(scan_id, "sent"))
        return _double(conn, item, station, device_time, wix_at, None)
    outbox_id = Outbox.enqueue(
        conn, OutboxKind.CHECK_IN, event_id, ticket_number=number, scan_id=scan_id,
        created_at=device_time,
    )  # fmt: skip
    PushLog.adopt_sends(conn, outbox_id, scan_id, item.lands_after, now_local)
    return TakenOver(WixMark(scan_id, "sending", item.lands_after))


def _record(
    conn: sqlite3.Connection, row: sqlite3.Row | None, item: HeldAdmission, station: str,
    device_time: str, monotonic_ns: int,
) -> None:  # fmt: skip
    """The admission in this hub's log (it may be there already: this laptop was a door)."""
    if row is None:
        CheckinLog.insert(
            conn,
            ScanRecord(
                scan_id=item.scan_id, kind="scan", event_id=item.event_id,
                ticket_number=item.ticket_number, station=station, method="camera",
                decision=VerdictKind.ADMITTED.value,
                reason="Admitted (taken over from another venue hub)", override=False,
                payment_collected=False, device_time=device_time, undo_of=None,
                undone_by=None, decided_by="hub",
            ),
            monotonic_ns,
        )  # fmt: skip
    elif row["decision"] != VerdictKind.ADMITTED.value:
        VenueAdmissions.adopt_admission(conn, item.scan_id, row["reason"], device_time)


def _double(
    conn: sqlite3.Connection, item: HeldAdmission, station: str, device_time: str,
    at: str, door: str | None,
) -> TakenOver:  # fmt: skip
    SyncStateStore.add_conflict(
        conn, item.event_id, item.ticket_number, item.scan_id, station, device_time, at
    )
    log.info("Double admission recorded (taken over from another hub)")
    return TakenOver(WixMark(item.scan_id, "sent"), conflict_at=at, conflict_station=door)


def _may_be_its_own(server_at: str, lands_after: float | None) -> bool:
    """Wix's check-in at `server_at` can be a send of the admission that landed no earlier
    than `lands_after` (unknown or unreadable: it may)."""
    when = parse_wix_time(server_at)
    if lands_after is None or when is None:
        return True
    return when.timestamp() >= lands_after
