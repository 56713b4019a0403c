"""The venue hub's use cases: decide a door's scan, apply what doors decided alone, and
serve the guest list (snapshot + change feed) — one database, the hub's own station data.

First scan wins across all doors because every door's scan is decided here, against one
log, in one `BEGIN IMMEDIATE` transaction at a time. An admission a door made alone (the
hub was out of reach) is applied when it arrives: if the venue already had the ticket in
(another door, or Wix), it is a double admission, recorded once in `conflicts` (keyed by
the door's scan id, so a resend changes nothing) and not sent to Wix again; otherwise it
is queued for Wix like any admission. docs/hub.md has the protocol.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from checkin_app.domain.clock import Clock
from checkin_app.domain.models import InputMethod, Verdict, VerdictKind
from checkin_app.hublink.protocol import TICKET_FIELDS
from checkin_app.services.checkin import CheckInService
from checkin_app.services.errors import ServiceError
from checkin_app.services.hub_takeover import HELD_KIND, mark_to_json, take_over, wix_marks
from checkin_app.storage.checkins import CheckinLog, ScanRecord
from checkin_app.storage.outbox import Outbox, OutboxKind
from checkin_app.storage.stores import Stores
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.storage.venue import VenueAdmissions, VenueStore
from checkin_app.storage.venue_held import HeldAdmission
from checkin_app.sync.download import tickets_stream

log = logging.getLogger(__name__)

MAX_ITEMS = 1000
MAX_PAGE = 5000
MAX_FIELD = 512


class BadRequest(ServiceError):
    """A station sent something the hub cannot use (400)."""


@dataclass(frozen=True)
class ItemResult:
    key: str
    status: str  # applied | duplicate | conflict | refused; hand-overs: a WixMark state
    conflict_at: str | None = None
    conflict_station: str | None = None
    error: str | None = None
    mark: dict[str, Any] | None = None  # a hand-over: where its Wix call stands here

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key, "status": self.status, "conflict_at": self.conflict_at,
            "conflict_station": self.conflict_station, "error": self.error, "mark": self.mark,
        }  # fmt: skip


def _text(item: dict[str, Any], key: str, *, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value or len(value) > MAX_FIELD:
        raise BadRequest(f"'{key}' must be a non-empty text")
    return value


class VenueHub:
    """The hub's decisions and guest-list feed over its own station database."""

    def __init__(
        self, stores: Stores, clock: Clock | None = None,
        wix_floor: Callable[[], float | None] | None = None,
    ) -> None:  # fmt: skip
        """`wix_floor()`: the earliest Wix's clock can read now (the hub's sync engine
        knows; None while unknown) — told to doors with every admission they hold."""
        self._clock = clock or Clock()
        self._wix_floor = wix_floor or (lambda: None)
        self.checkin = CheckInService.on(stores, self._clock)
        self.store = stores.venue
        self._held = stores.held
        self._catalog = stores.catalog
        self._sync_state = stores.sync_state
        self._hub_id: str | None = None

    # -- identity of this hub's data ------------------------------------------------------
    def hub_id(self) -> str:
        """A random id of this hub database: a station that sees it change starts over."""
        if self._hub_id is None:
            value = self.store.setting("hub_id")
            if value is None:
                value = uuid.uuid4().hex
                self.store.set_setting("hub_id", value)
            self._hub_id = value
        return self._hub_id

    def start(self) -> int:
        """Turn the change feed on (from now on every change is recorded for stations), and
        take over the admissions this folder held as a door of another hub (this laptop was
        a door, and is now the hub). Returns how many were taken over."""
        self.hub_id()
        self.store.enable_feed()
        return self._take_over_own()

    def _take_over_own(self) -> int:
        held = self._held.all()
        for admission in held:
            record = self.checkin.log.get(admission.scan_id)
            station = record.station if record else "this laptop"
            at = record.device_time if record else self._clock.now_iso()
            with self.store.transaction() as conn:
                take_over(conn, admission, station, at, self._clock.now().timestamp(),
                          self._clock.monotonic_ns())  # fmt: skip
                self._held.drop(conn, [admission.scan_id])
        if held:
            log.info("Took over %d admissions this laptop held as a door", len(held))
        return len(held)

    # -- deciding -----------------------------------------------------------------------
    def decide(self, door: str, request: dict[str, Any]) -> dict[str, Any]:
        """Decide one scan for `door` (first scan wins across all doors)."""
        scan_id = _text(request, "scan_id")
        assert scan_id is not None
        code = _text(request, "code")
        event_id = _text(request, "event_id", required=False)
        station = _text(request, "station", required=False) or door
        try:
            method = InputMethod(request.get("method") or InputMethod.CAMERA.value)
        except ValueError:
            method = InputMethod.CAMERA
        floor = self._wix_floor()  # before deciding: no send of this admission lands earlier
        known = self.checkin.log.get(scan_id)
        if known is not None:  # the door asked twice: the first answer stands
            answer = self._known_verdict(known.scan_id)
        else:
            verdict = self.checkin.scan(
                code, event_id, station, method, scan_id=scan_id, decided_by="hub"
            )
            answer = verdict.to_json()
        return {**answer, "hub_id": self.hub_id(), "wix_after": floor}

    def _known_verdict(self, scan_id: str) -> dict[str, Any]:
        record = self.checkin.log.get(scan_id)
        assert record is not None
        verdict = Verdict(
            VerdictKind(record.decision) if record.decision in VerdictKind.__members__ else
            VerdictKind.NOT_A_TICKET,
            record.reason, ticket_number=record.ticket_number, event_id=record.event_id,
            scan_id=scan_id, checked_in_at=record.device_time, checked_in_station=record.station,
            decided_by="hub",
        )  # fmt: skip
        return verdict.to_json()

    # -- what doors decided alone ---------------------------------------------------------
    def apply_items(self, station_id: str, door: str, items: list[Any]) -> dict[str, Any]:
        """Apply what a door decided alone, or hands over (admissions another hub decided);
        the answer: each item's result, this hub's id and its Wix-clock floor from before."""
        if len(items) > MAX_ITEMS:
            raise BadRequest(f"at most {MAX_ITEMS} items per call")
        floor = self._wix_floor()
        results = []
        for raw in items:
            if not isinstance(raw, dict):
                raise BadRequest("each item must be an object")
            if raw.get("kind") == HELD_KIND:
                results.append(self._take_over(door, raw))
            else:
                results.append(self._apply(station_id, door, raw))
        return {"results": [r.to_json() for r in results], "hub_id": self.hub_id(),
                "wix_after": floor}  # fmt: skip

    def _take_over(self, door: str, item: dict[str, Any]) -> ItemResult:
        """An admission another hub (or this one, before a restart) decided for the door."""
        scan_id = _text(item, "scan_id")
        event_id = _text(item, "event_id")
        number = _text(item, "ticket_number")
        assert scan_id and event_id and number
        lands_after = item.get("lands_after")
        if not isinstance(lands_after, int | float) or isinstance(lands_after, bool):
            lands_after = None
        held = HeldAdmission(scan_id, event_id, number, _text(item, "hub_id", required=False)
                             or "", float(lands_after) if lands_after is not None else None,
                             False, None)  # fmt: skip
        station = _text(item, "station", required=False) or door
        at = _text(item, "device_time", required=False) or self._clock.now_iso()
        with self.store.transaction() as conn:
            taken = take_over(conn, held, station, at, self._clock.now().timestamp(),
                              self._clock.monotonic_ns())  # fmt: skip
        return ItemResult(
            f"held:{scan_id}", taken.status, taken.conflict_at, taken.conflict_station,
            mark=mark_to_json(taken.mark),
        )  # fmt: skip

    def _apply(self, station_id: str, door: str, item: dict[str, Any]) -> ItemResult:
        key = _text(item, "key")
        assert key is not None
        kind = item.get("kind")
        with self.store.transaction() as conn:
            done = VenueStore.received(conn, station_id, key)
            if done is not None:
                return ItemResult(key, "duplicate")
            if kind == OutboxKind.CHECK_IN.value:
                result = self._apply_check_in(conn, door, key, item)
            elif kind == OutboxKind.UNDO_CHECK_IN.value:
                result = self._apply_undo(conn, door, key, item)
            elif kind == OutboxKind.CONFIRM_ORDER.value:
                result = self._apply_confirm(conn, door, key, item)
            else:
                raise BadRequest(f"unknown item kind {kind!r}")
            VenueStore.mark_received(conn, station_id, key, result.status)
        return result

    def _apply_check_in(
        self, conn: sqlite3.Connection, door: str, key: str, item: dict[str, Any]
    ) -> ItemResult:
        scan_id = _text(item, "scan_id")
        event_id = _text(item, "event_id")
        number = _text(item, "ticket_number")
        assert scan_id and event_id and number
        station = _text(item, "station", required=False) or door
        device_time = _text(item, "device_time", required=False) or self._clock.now_iso()
        reason = _text(item, "reason", required=False) or "Admitted at the door (hub unreachable)"
        row = VenueAdmissions.scan_row(conn, scan_id)
        if row is not None and row["decision"] == VerdictKind.ADMITTED.value:
            return ItemResult(key, "duplicate")  # the hub admitted it; the door heard late
        prior = VenueAdmissions.other_admission(conn, event_id, number, scan_id)
        if row is not None:
            VenueAdmissions.adopt_admission(conn, scan_id, reason, device_time)
        else:
            CheckinLog.insert(
                conn,
                ScanRecord(
                    scan_id=scan_id, kind="scan", event_id=event_id, ticket_number=number,
                    station=station, method=str(item.get("method") or "camera")[:16],
                    decision=VerdictKind.ADMITTED.value, reason=reason,
                    override=item.get("override") is True,
                    payment_collected=item.get("payment_collected") is True,
                    device_time=device_time, undo_of=None, undone_by=None, decided_by="station",
                ),
                self._clock.monotonic_ns(),
            )  # fmt: skip
        if prior is not None:
            at, other_door = prior
            SyncStateStore.add_conflict(conn, event_id, number, scan_id, station, device_time, at)
            log.info("Double admission recorded (a door decided alone)")
            return ItemResult(key, "conflict", conflict_at=at, conflict_station=other_door)
        Outbox.enqueue(conn, OutboxKind.CHECK_IN, event_id, ticket_number=number, scan_id=scan_id)
        return ItemResult(key, "applied")

    def _apply_undo(
        self, conn: sqlite3.Connection, door: str, key: str, item: dict[str, Any]
    ) -> ItemResult:
        """Undo the admission the door names (else the venue's admission of the ticket)."""
        event_id = _text(item, "event_id")
        number = _text(item, "ticket_number")
        assert event_id and number
        station = _text(item, "station", required=False) or door
        undo_of = _text(item, "undo_of", required=False)
        target = VenueAdmissions.scan_row(conn, undo_of) if undo_of else None
        if target is None or target["undone_by"] is not None or target["kind"] != "scan":
            live = CheckinLog.live_admission(conn, event_id, number)
            undo_of = live.scan_id if live else None
        server_at = None
        if undo_of is None:
            found = VenueAdmissions.other_admission(conn, event_id, number, "")
            if found is None:
                return ItemResult(key, "applied")  # nothing is checked in: nothing to undo
            server_at = found[0]  # Wix's check-in: undo it there
        CheckinLog.insert(
            conn,
            ScanRecord(
                scan_id=key, kind="undo", event_id=event_id, ticket_number=number,
                station=station, method=InputMethod.MANUAL.value, decision="UNDONE",
                reason="Check-in undone", override=False, payment_collected=False,
                device_time=self._clock.now_iso(), undo_of=undo_of, undone_by=None,
                decided_by="station",
            ),
            self._clock.monotonic_ns(),
            undone_server_at=server_at,
        )  # fmt: skip
        if undo_of is not None:
            CheckinLog.mark_undone(conn, undo_of, key)
            if VenueAdmissions.live_others(conn, event_id, number, undo_of) > 0:
                return ItemResult(key, "applied")  # another admission of it still stands
            if Outbox.cancel_pending_for_scan(conn, undo_of):
                return ItemResult(key, "applied")  # it never reached Wix
        Outbox.enqueue(conn, OutboxKind.UNDO_CHECK_IN, event_id, ticket_number=number, scan_id=key)
        return ItemResult(key, "applied")

    def _apply_confirm(
        self, conn: sqlite3.Connection, door: str, key: str, item: dict[str, Any]
    ) -> ItemResult:
        event_id = _text(item, "event_id")
        order = _text(item, "order_number")
        assert event_id and order
        VenueAdmissions.record_payment(
            conn, event_id, order, _text(item, "amount", required=False),
            _text(item, "currency", required=False), door,
        )  # fmt: skip
        Outbox.enqueue(conn, OutboxKind.CONFIRM_ORDER, event_id, order_number=order)
        return ItemResult(key, "applied")

    # -- the guest list for stations ------------------------------------------------------
    def events(self) -> list[dict[str, Any]]:
        """Events and ticket types as Wix sent them, each with how complete the hub's guest
        list of it is (`list`: a door holding all of it before `complete` is still told
        "still downloading" by a lone decision, never "not on the guest list")."""
        result = []
        for event in self._catalog.events():
            raw = self._catalog.event_json(event.id)
            if raw is None:
                continue
            definitions = self._catalog.definitions_json(event.id)
            result.append(
                {"event": raw, "definitions": definitions, "list": self._list_state(event.id)}
            )
        return result

    def _list_state(self, event_id: str) -> dict[str, Any]:
        # Only the flag: counting what a download received reads the whole list, and 20
        # doors ask every few seconds while the hub's first download runs.
        return {"complete": self._list_complete(event_id)}

    def incomplete_lists(self) -> list[str]:
        """Events whose guest list the hub has never held complete."""
        return [e.id for e in self._catalog.events() if not self._list_complete(e.id)]

    def _list_complete(self, event_id: str) -> bool:
        return self._sync_state.get(tickets_stream(event_id)).generation > 0

    def snapshot(self, event_id: str, after: int, limit: int) -> dict[str, Any]:
        """One page of an event's guest list; `seq` is the feed's end read *before* the
        page, so whatever changes meanwhile follows in the feed."""
        limit = max(1, min(limit, MAX_PAGE))
        seq = self.store.last_seq()
        rows, following = self.store.snapshot_rows(event_id, after, limit)
        return {
            "fields": TICKET_FIELDS, "rows": rows, "next": following, "seq": seq,
            "hub_id": self.hub_id(),
        }  # fmt: skip

    def changes(self, since: int, limit: int = MAX_PAGE) -> dict[str, Any]:
        """Tickets changed after `since`, and "sent to Wix" marks. `wix_after` (when the
        reply reaches the feed's end): a Wix-clock floor read *before* the feed, so every
        send that began before it has its mark in this reply or an earlier one."""
        floor = self._wix_floor()
        # Read before the feed: a list complete now has all its rows at or below the end
        # read next (its download's end moves the feed: migration 12).
        incomplete = self.incomplete_lists()
        part = self.store.changes_since(since, limit)
        rows = self.store.venue_rows(part.tickets) if part.tickets else []
        marks = wix_marks(self.store.reader(), part.marks) if part.marks else []
        more = part.last_seq < self.store.last_seq()
        # A ticket the feed names that the hub no longer holds: a page of an abandoned first
        # download (migration 13); doors that took it mark it gone. '' is a download's end.
        held = {(str(r[0]), str(r[1]).upper()) for r in rows}
        gone = [[e, n] for e, n in part.tickets if n and (e, n) not in held]
        return {
            "fields": TICKET_FIELDS, "rows": rows, "seq": part.last_seq, "more": more,
            "hub_id": self.hub_id(), "wix": [mark_to_json(m) for m in marks],
            "wix_after": None if more else floor, "incomplete": incomplete, "gone": gone,
        }  # fmt: skip
