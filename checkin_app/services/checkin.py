"""The door's use case: decide a scan against the cached guest list and record it durably.

Every scan is written to the `checkins` log; an admission also queues its Wix Check In
Ticket call in the `outbox` in the same transaction, and the verdict is returned only after
the commit, so a green banner always means the admission is on disk.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from checkin_app.domain.clock import Clock, describe_age, parse_iso
from checkin_app.domain.models import (
    Event,
    InputMethod,
    OrderStatus,
    Ticket,
    TicketRef,
    Verdict,
    VerdictKind,
)
from checkin_app.domain.payload import parse_payload
from checkin_app.domain.verdicts import StatusChoices, decide, payment_due_reason
from checkin_app.hublink import HubError
from checkin_app.hublink.protocol import verdict_from_json
from checkin_app.services.errors import NothingToUndo, ServiceError
from checkin_app.services.event_catalog import EventCatalog
from checkin_app.services.guest_list import GuestListService
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.checkins import CheckinLog, ScanRecord
from checkin_app.storage.door import DoorLedger, DoorTransaction
from checkin_app.storage.outbox import OutboxKind
from checkin_app.storage.stores import Stores
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.storage.tickets import TicketStore
from checkin_app.sync.download import tickets_stream

log = logging.getLogger(__name__)


# Orders whose money the door can collect, then queue Confirm Order (→ PAID): pay at the
# venue, and online checkouts never paid (docs/architecture.md, "The verdicts").
_COLLECTABLE = (OrderStatus.OFFLINE_PENDING, OrderStatus.INITIATED)


@dataclass(frozen=True, slots=True)
class UndoResult:
    ticket_number: str
    event_id: str
    guest_name: str
    cancelled_before_sent: bool  # the check-in never left this station
    undo_queued: bool  # a Delete Ticket Check-In call is queued


class HubDecider(Protocol):
    """The venue hub as seen by a paired station (`checkin_app.hublink.client.HubClient`)."""

    def decide(self, scan: dict[str, Any]) -> dict[str, Any]:
        """The hub's verdict for one scan; raises `HubError` when there is none in time."""
        ...


class CheckInService:
    """Scan, undo, supervisor override and pay-at-door, against one station database.

    With a `hub` (a paired station), a scan is decided by the venue hub for every door; when
    the hub does not answer in time the station decides alone, exactly as without a hub, and
    records `decided_by = "station"` (the sync later hands that admission to the hub).
    """

    def __init__(
        self,
        ledger: DoorLedger,
        events: EventCatalog,
        tickets: TicketStore,
        sync_state: SyncStateStore,
        guest_list: GuestListService,
        catalog: CatalogStore,
        log: CheckinLog,
        clock: Clock | None = None,
        choices: Callable[[], StatusChoices] = StatusChoices,
        hub: HubDecider | None = None,
    ) -> None:
        self._ledger = ledger
        self._events = events
        # Read by callers that look at the station's cache (the hub, the demo, tests).
        self.tickets = tickets
        self.sync_state = sync_state
        self.guest_list = guest_list
        self.catalog = catalog
        self.log = log
        self._clock = clock or Clock()
        # The organizer's settings for orders Wix is still settling, read at every scan
        # (the settings dialog changes them while the door runs).
        self._choices = choices
        self.hub = hub

    @classmethod
    def on(
        cls,
        stores: Stores,
        clock: Clock | None = None,
        *,
        events: EventCatalog | None = None,
        guest_list: GuestListService | None = None,
        choices: Callable[[], StatusChoices] = StatusChoices,
        hub: HubDecider | None = None,
    ) -> CheckInService:
        """The service over a station's repositories (`bootstrap`; the venue hub's own)."""
        clock = clock or Clock()
        events = events or EventCatalog(stores.catalog, stores.tickets, clock)
        guest_list = guest_list or GuestListService(
            stores.downloads, stores.sync_state, stores.catalog, clock
        )
        return cls(
            stores.door, events, stores.tickets, stores.sync_state, guest_list, stores.catalog,
            stores.checkins, clock, choices=choices, hub=hub,
        )  # fmt: skip

    # -- events -------------------------------------------------------------------------
    def resolve_event(self, event_id: str | None, ref: TicketRef | None = None) -> Event:
        """The event a scan is for (`EventCatalog.resolve`: the one rule for every screen)."""
        return self._events.resolve(event_id, ref)

    def cache_age_text(self, event_id: str) -> str | None:
        """How long ago the event's guest list was last brought up to date ('5 min ago')."""
        last = parse_iso(self.sync_state.get(tickets_stream(event_id)).last_success_at)
        return None if last is None else describe_age((self._clock.now() - last).total_seconds())

    # -- scanning -----------------------------------------------------------------------
    def scan(
        self,
        raw_text: object,
        event_id: str | None,
        station: str,
        method: InputMethod = InputMethod.CAMERA,
        *,
        scan_id: str | None = None,
        decided_by: str = "station",
    ) -> Verdict:
        """Decide and record one scan; returns after the commit.

        `scan_id` lets the venue hub keep a door's id for the scan (a retry is then
        recognised); `decided_by` is what the log records as the decider."""
        ref = parse_payload(raw_text)
        if ref is None:
            event = self.resolve_event(event_id)
            verdict = Verdict(VerdictKind.NOT_A_TICKET, "Not a ticket code")
            return self._record(None, event, verdict, station, method)
        event = self.resolve_event(event_id, ref)
        scan_id = scan_id or str(uuid.uuid4())
        if self.hub is not None and isinstance(raw_text, str):
            decided = self._ask_hub(raw_text, event, station, method, scan_id)
            if decided is not None:
                return decided
        with self._ledger.transaction() as tx:
            verdict, ticket = self._decide(tx, ref, event)
            return self._write_scan(
                tx, ticket, event, verdict, station, method, scan_id=scan_id,
                decided_by=decided_by,
            )  # fmt: skip

    def _ask_hub(
        self, raw_text: str, event: Event, station: str, method: InputMethod, scan_id: str
    ) -> Verdict | None:
        """The hub's verdict, recorded here as the hub's; None when the door must decide."""
        assert self.hub is not None
        request = {
            "scan_id": scan_id, "code": raw_text, "event_id": event.id, "station": station,
            "method": method.value, "device_time": self._clock.now_iso(),
        }  # fmt: skip
        try:
            reply = self.hub.decide(request)
        except HubError as exc:
            log.info("Deciding at the door: %s", exc)
            return None
        verdict = verdict_from_json(reply)
        if verdict is None or (verdict.scan_id not in (None, scan_id)):
            log.warning("The hub's verdict was unusable; deciding at the door")
            return None
        verdict = dataclasses.replace(
            verdict, scan_id=scan_id, event_id=verdict.event_id or event.id
        )
        with self._ledger.transaction() as tx:
            tx.add_scan(
                ScanRecord(
                    scan_id=scan_id, kind="scan", event_id=verdict.event_id or event.id,
                    ticket_number=verdict.ticket_number, station=station, method=method.value,
                    decision=verdict.kind.value, reason=verdict.reason, override=False,
                    payment_collected=False, device_time=request["device_time"], undo_of=None,
                    undone_by=None, decided_by="hub",
                ),
                self._clock.monotonic_ns(),
            )  # fmt: skip
            if verdict.admitted and verdict.ticket_number:
                # The hub queues the Wix call; this door keeps a copy until the hub says it
                # reached Wix, so a hub that dies first loses nothing (docs/hub.md).
                floor = reply.get("wix_after")
                tx.hold_hub_admission(
                    scan_id, verdict.event_id or event.id, verdict.ticket_number,
                    str(reply.get("hub_id") or ""),
                    float(floor) if isinstance(floor, int | float) else None,
                )  # fmt: skip
        return verdict

    def admit_anyway(
        self,
        raw_text: object,
        event_id: str | None,
        station: str,
        method: InputMethod = InputMethod.MANUAL,
    ) -> Verdict:
        """Supervisor override: admit whatever the rules said, recorded as an override.

        The Wix call is queued only for a ticket of this event that is not already checked
        in (Wix has nothing to check in for an unknown code, and a repeat adds nothing).
        """
        ref = parse_payload(raw_text)
        if ref is None:
            raise ServiceError("That is not a ticket code; nothing to admit.")
        event = self.resolve_event(event_id, ref)
        with self._ledger.transaction() as tx:
            verdict, ticket = self._decide(tx, ref, event)
            if verdict.admitted:
                return self._write_scan(tx, ticket, event, verdict, station, method)
            admitted = dataclasses.replace(
                verdict,
                kind=VerdictKind.ADMITTED,
                reason=f"Admitted by supervisor (was: {verdict.reason})",
                override=True,
            )
            queue = (
                ticket is not None
                and ticket.event_id == event.id
                and verdict.kind is not VerdictKind.ALREADY_CHECKED_IN
            )
            # The list is still downloading: the ticket may well be real, so Wix is asked to
            # check it in (a ticket Wix does not know comes back as a refused call to review).
            unknown = verdict.kind is VerdictKind.LIST_INCOMPLETE
            return self._write_scan(
                tx, ticket, event, admitted, station, method, queue=queue or unknown,
                queue_unknown=unknown,
            )  # fmt: skip

    def collect_payment_and_admit(
        self,
        ticket_number: str,
        event_id: str | None,
        station: str,
        method: InputMethod = InputMethod.MANUAL,
    ) -> Verdict:
        """Pay at door: record the money, queue Confirm Order, then admit and queue the check-in."""
        ref = TicketRef(ticket_number.strip().upper())
        event = self.resolve_event(event_id, ref)
        with self._ledger.transaction() as tx:
            verdict, ticket = self._decide(tx, ref, event)
            if verdict.kind is not VerdictKind.PAYMENT_DUE or ticket is None:
                raise ServiceError(f"No payment is due for this ticket ({verdict.reason}).")
            tx.record_payment(
                event.id, ticket.order_number, verdict.amount_due, verdict.currency, station,
                self._clock.now_iso(),
            )  # fmt: skip
            tx.queue(OutboxKind.CONFIRM_ORDER, event.id, order_number=ticket.order_number)
            money = f"{verdict.amount_due} {verdict.currency or ''}".strip()
            admitted = dataclasses.replace(
                verdict, kind=VerdictKind.ADMITTED, reason=f"Payment collected: {money}"
            )
            return self._write_scan(
                tx, ticket, event, admitted, station, method, payment_collected=True
            )

    def undo(self, ticket_number: str, event_id: str | None, station: str) -> UndoResult:
        """Undo the ticket's check-in: cancel the unsent call, or queue Delete Ticket Check-In."""
        ref = TicketRef(ticket_number.strip().upper())
        event = self.resolve_event(event_id, ref)
        with self._ledger.transaction() as tx:
            found = tx.ticket(event.id, ref.ticket_number)
            ticket = found.ticket if found else None
            number = ticket.ticket_number if ticket else ref.ticket_number
            live = tx.live_admission(event.id, number)
            server_at = ticket.server_checked_in_at if ticket else None
            if server_at and server_at in tx.undone_server_check_ins(event.id, number):
                server_at = None
            if live is None and server_at is None:
                raise NothingToUndo(f"Ticket {number} is not checked in.")
            undo_id = str(uuid.uuid4())
            cancelled = False
            if live is not None:
                cancelled = tx.cancel_pending_for_scan(live.scan_id)
            needs_server_undo = server_at is not None or (live is not None and not cancelled)
            if live is not None and ticket is None and not tx.sent_for_scan(live.scan_id):
                needs_server_undo = False  # an override of an unknown code never reached Wix
            tx.add_scan(
                ScanRecord(
                    scan_id=undo_id, kind="undo", event_id=event.id, ticket_number=number,
                    station=station, method=InputMethod.MANUAL.value, decision="UNDONE",
                    reason="Check-in undone", override=False, payment_collected=False,
                    device_time=self._clock.now_iso(),
                    undo_of=live.scan_id if live else None, undone_by=None,
                ),
                self._clock.monotonic_ns(),
                undone_server_at=server_at,
            )  # fmt: skip
            if live is not None:
                tx.mark_undone(live.scan_id, undo_id)
                # A copy of a hub's admission is not handed over once undone: the undo goes
                # to the hub instead (it cancels the call, or undoes the check-in at Wix).
                tx.drop_held(live.scan_id)
            if needs_server_undo:
                tx.queue(OutboxKind.UNDO_CHECK_IN, event.id, ticket_number=number, scan_id=undo_id)
        log.info("Check-in undone (cancelled before sent: %s)", cancelled)
        return UndoResult(
            ticket_number=number,
            event_id=event.id,
            guest_name=ticket.guest_name if ticket else "",
            cancelled_before_sent=cancelled and not needs_server_undo,
            undo_queued=needs_server_undo,
        )

    # -- internals ----------------------------------------------------------------------
    def _decide(
        self, tx: DoorTransaction, ref: TicketRef, event: Event
    ) -> tuple[Verdict, Ticket | None]:
        other_title = None
        ticket = None
        server_station = None
        if ref.event_id is None or ref.event_id == event.id:
            # The live list, else the download under way (real Wix data: the door decides).
            found = tx.ticket(event.id, ref.ticket_number)
            if found is not None:
                ticket, server_station = found.ticket, found.server_station
            if ticket is None and ref.event_id is None:
                # A bare number that belongs to another cached event is a wrong-event ticket.
                elsewhere = self.tickets.find_by_number(ref.ticket_number)
                if elsewhere:
                    ref = TicketRef(ref.ticket_number, elsewhere[0].event_id)
        if ref.event_id is not None and ref.event_id != event.id:
            other = self._events.event(ref.event_id)
            other_title = other.title if other else None
        prior = None
        amount_due = None
        if ticket is not None:
            prior = tx.prior_check_in(
                event.id, ticket.ticket_number, ticket.server_checked_in_at, server_station
            )
            if ticket.order_status in _COLLECTABLE:
                if tx.payment_collected(event.id, ticket.order_number):
                    ticket = dataclasses.replace(ticket, order_status=OrderStatus.PAID)
                else:
                    amount_due = order_due(tx.order_prices(event.id, ticket.order_number), ticket)
        verdict = decide(
            ref,
            event,
            ticket,
            prior,
            other_event_title=other_title,
            cache_age_text=self.cache_age_text(event.id) if ticket is None else None,
            choices=self._choices(),
            list_progress=self.guest_list.progress(event.id) if ticket is None else None,
        )
        due = verdict.kind is VerdictKind.PAYMENT_DUE
        if amount_due is not None and ticket is not None and due:
            money = f"{amount_due} {ticket.currency or ''}".strip()
            verdict = dataclasses.replace(
                verdict, amount_due=amount_due,
                reason=payment_due_reason(ticket.order_status, money),
            )  # fmt: skip
        return verdict, ticket

    def _write_scan(
        self,
        tx: DoorTransaction,
        ticket: Ticket | None,
        event: Event,
        verdict: Verdict,
        station: str,
        method: InputMethod,
        *,
        queue: bool = True,
        payment_collected: bool = False,
        scan_id: str | None = None,
        decided_by: str = "station",
        queue_unknown: bool = False,
    ) -> Verdict:
        scan_id = scan_id or str(uuid.uuid4())
        now = self._clock.now_iso()
        number = ticket.ticket_number if ticket else verdict.ticket_number
        tx.add_scan(
            ScanRecord(
                scan_id=scan_id, kind="scan", event_id=event.id, ticket_number=number,
                station=station, method=method.value, decision=verdict.kind.value,
                reason=verdict.reason, override=verdict.override,
                payment_collected=payment_collected, device_time=now, undo_of=None,
                undone_by=None, decided_by=decided_by,
            ),
            self._clock.monotonic_ns(),
        )  # fmt: skip
        if verdict.admitted and queue and (ticket is not None or (queue_unknown and number)):
            tx.queue(OutboxKind.CHECK_IN, event.id, ticket_number=number, scan_id=scan_id)
        checked_in_at = now if verdict.admitted else verdict.checked_in_at
        station_out = station if verdict.admitted else verdict.checked_in_station
        return dataclasses.replace(
            verdict, scan_id=scan_id, checked_in_at=checked_in_at, checked_in_station=station_out,
            decided_by=decided_by,
        )  # fmt: skip

    def _record(
        self, ticket: Ticket | None, event: Event, verdict: Verdict, station: str,
        method: InputMethod,
    ) -> Verdict:  # fmt: skip
        with self._ledger.transaction() as tx:
            return self._write_scan(tx, ticket, event, verdict, station, method)


def order_due(prices: list[str | None], ticket: Ticket) -> str:
    """What the order still owes: the price of its live tickets (Confirm Order pays all)."""
    total = Decimal(0)
    try:
        for price in prices or [ticket.price]:
            total += Decimal(price or "0")
    except InvalidOperation:
        return ticket.price or "0"
    return f"{total:.2f}"
