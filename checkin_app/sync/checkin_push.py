"""One Check In Ticket batch with everything double-entry detection needs around it.

The pusher hands a batch here: admissions that waited in the queue are read from Wix first
(List Tickets by number, ≤50 a call), the call is timed on the client's clock, every stamp in
the replies teaches the server's clock (`ServerClock`), and each ticket's answer is judged
(`checkin_app/sync/ownership.py`). The sends are remembered in the push log before they
leave, so a lost reply — or a crash mid-call — never turns this station's own check-in
into a conflict later.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from checkin_app.domain.clock import parse_iso
from checkin_app.storage.database import Database
from checkin_app.storage.outbox import OutboxItem
from checkin_app.sync.batching import Batch, number_of
from checkin_app.sync.conflicts import record_conflict
from checkin_app.sync.ownership import (
    PRE_READ_AFTER_S,
    CallTiming,
    explains_pre_read,
    judge_reply,
)
from checkin_app.sync.push_log import NO_SENDS, OwnSends, PushLog
from checkin_app.sync.server_clock import ServerClock
from checkin_app.wix import TicketActionOutcome, TicketActionStatus, WixClient
from checkin_app.wix.api_tickets import MAX_TICKETS_PAGE
from checkin_app.wix.checkins import check_in_time
from checkin_app.wix.timestamps import parse_wix_time

log = logging.getLogger(__name__)

READ_CHUNK = 50  # List Tickets takes up to 50 `ticketNumber` values
LEASE_SECONDS = 300.0  # a call may still land until its lease runs out (see PushLog)


@dataclass
class SentBatch:
    """A check-in call that went out: its timing, outcomes and what the pre-read found."""

    outcomes: list[TicketActionOutcome]
    timing: CallTiming
    read_free: set[str] = field(default_factory=set)  # numbers the pre-read saw not checked in
    pre_read_conflicts: int = 0
    # Numbers of admissions this venue hub took over from another hub that the pre-read
    # found checked in by that hub's send (own, by `PushLog.adopt_sends`): they reached Wix
    # already and are left out of the call — a hub's takeover sends each admission once.
    landed: set[str] = field(default_factory=set)


class CheckInSender:
    """Pre-read, send and judge one check-in batch (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        client: WixClient,
        push_log: PushLog,
        clock: ServerClock,
        time_fn: Callable[[], float],
    ) -> None:
        self._db = db
        self._client = client
        self._push_log = push_log
        self._clock = clock
        self._time = time_fn  # the engine's clock: how long an admission has waited

    def send(self, batch: Batch, *, read: bool = True) -> SentBatch:
        """Pre-read the waiting admissions (unless `read` is False), then send the call.
        Raises `WixError` only from the pre-read (the call itself reports per ticket)."""
        # Tickets seen free by an earlier pre-read of this clock session: any check-in of
        # theirs shown from now on was stamped after that read (a bound on Wix's clock).
        earlier = self._push_log.free_reads([i.id for i in batch.items], self._clock.session)
        free_since = {
            number_of(i).casefold(): earlier[i.id] for i in batch.items if i.id in earlier
        }
        waited = [i for i in batch.items if read and self._waited(i)]
        read_local: float | None = None
        read_free: set[str] = set()
        conflicts = 0
        landed: set[str] = set()
        states: dict[str, str | None] = {}
        if waited:
            read_local = self._client.local_now()
            states = self._pre_read(batch.event_id, [number_of(i) for i in waited], free_since)
            read_free = {n for n, at in states.items() if at is None}
            conflicts, own = self._record_pre_read(batch.event_id, waited, states)
            adopted = self._push_log.adopted([i.id for i in waited])
            landed = {number_of(i).casefold() for i in waited if i.id in adopted} & own
            free_since.update(dict.fromkeys(read_free, read_local))
        # An admission taken over from a dead hub that Wix already holds is not sent again.
        # Everything else goes as before: a station's resend after its own lost reply, and
        # another device's check-in too (where Wix overwrites on a repeat, that is how the
        # other device learns of the double admission: docs/architecture.md).
        sending = [i for i in batch.items if number_of(i).casefold() not in landed]
        ids = [(i.id, i.scan_id) for i in sending]
        sent = self._client.local_now()
        self._push_log.mark_sent(
            ids, sent, self._clock, lands_by_local=sent + LEASE_SECONDS, read_local=read_local,
            free=[i.id for i in waited if number_of(i).casefold() in read_free],
        )  # fmt: skip
        outcomes = (
            self._client.check_in(batch.event_id, [number_of(i) for i in sending])
            if sending else []
        )  # fmt: skip
        replied = self._client.local_now()
        self._learn(outcomes, replied, free_since)
        for item in batch.items:
            number = number_of(item)
            if number.casefold() in landed:
                outcomes.append(TicketActionOutcome(
                    number, TicketActionStatus.ALREADY_DONE, states[number.casefold()]
                ))  # fmt: skip
        timing = CallTiming(sent, replied, read_local)
        return SentBatch(outcomes, timing, read_free, conflicts, landed)

    def own_sends(
        self, conn: sqlite3.Connection, event_id: str, items: Sequence[OutboxItem]
    ) -> dict[str, OwnSends]:
        """This station's own sends for the tickets of `items`, whose call just came back."""
        return PushLog.own_sends_many(
            conn, event_id, [number_of(i) for i in items], skip_inflight_of=[i.id for i in items]
        )

    def judge(
        self, conn: sqlite3.Connection, event_id: str, item: OutboxItem,
        outcome: TicketActionOutcome, sent: SentBatch, own_sends: OwnSends,
    ) -> tuple[bool, float | None]:  # fmt: skip
        """Record Wix's answer for one checked-in ticket; returns (new conflict, window).

        The window is reported for check-ins judged this station's own: how far before this
        call another device's check-in could have come and still look like this one's."""
        number = number_of(item)
        at = outcome.checked_in_at
        if number.casefold() in sent.landed:  # not sent: the pre-read showed the old hub's send
            PushLog.record_reply(conn, item.id, at, own=True, clock=self._clock, window_s=None)
            return False, None
        timing = sent.timing
        if number.casefold() not in sent.read_free:
            timing = CallTiming(timing.sent_local, timing.replied_local)  # no free read
        if at is None:
            PushLog.record_reply(conn, item.id, None, own=True, clock=self._clock, window_s=None)
            return False, None
        verdict = judge_reply(at, own_sends, timing, self._clock)
        PushLog.record_reply(
            conn, item.id, at, own=verdict.own, clock=self._clock, window_s=verdict.window_s
        )
        if verdict.own:
            return False, verdict.window_s
        new = record_conflict(conn, event_id, number, item.scan_id, at)
        if new:
            log.info("Ticket was already checked in by another device (conflict)")
        return new, None

    def settle_unanswered(
        self, items: Sequence[OutboxItem], sent: SentBatch, *, lost: bool
    ) -> None:
        """Items the call did not finish: `lost` — no reply, Wix may have acted on them."""
        failed = sent.timing.replied_local if lost else None
        self._push_log.settle([i.id for i in items], failed)

    # -- internals ----------------------------------------------------------------------
    def _waited(self, item: OutboxItem) -> bool:
        created = parse_iso(item.created_at)
        return created is not None and self._time() - created.timestamp() > PRE_READ_AFTER_S

    def _pre_read(
        self, event_id: str, numbers: list[str], free_since: dict[str, float]
    ) -> dict[str, str | None]:
        """Wix's check-in time for each number (casefolded; None: not checked in). A
        number Wix does not return is left out: the call itself will say what is wrong."""
        states: dict[str, str | None] = {}
        for start in range(0, len(numbers), READ_CHUNK):
            chunk = numbers[start : start + READ_CHUNK]
            page = self._client.list_tickets(
                event_id, limit=MAX_TICKETS_PAGE, ticket_numbers=chunk,
                fieldsets=("TICKET_DETAILS",),
            )  # fmt: skip
            arrived = self._client.local_now()
            self._clock.date_header(self._client.last_date_bounds)
            wanted = {n.casefold() for n in chunk}
            for row in page.get("tickets") or []:
                number = row.get("ticketNumber") if isinstance(row, dict) else None
                if not isinstance(number, str) or number.casefold() not in wanted:
                    continue
                at = check_in_time(row)
                states[number.casefold()] = at
                when = parse_wix_time(at)
                if when is not None:
                    self._clock.stamp_seen(when, arrived)
                    if number.casefold() in free_since:
                        self._clock.stamp_made_after(when, free_since[number.casefold()])
        return states

    def _record_pre_read(
        self, event_id: str, waited: list[OutboxItem], states: dict[str, str | None]
    ) -> tuple[int, set[str]]:
        """A check-in already on Wix before this station's first send is another device's,
        unless one of this station's own earlier sends accounts for it. Returns the new
        conflicts, and the numbers found checked in by this station's own earlier send."""
        found = 0
        landed: set[str] = set()
        with self._db.transaction() as conn:
            owns = PushLog.own_sends_many(conn, event_id, [number_of(i) for i in waited])
            for item in waited:
                number = number_of(item)
                at = states.get(number.casefold())
                if at is None:
                    continue
                own = owns.get(number.casefold(), NO_SENDS)
                if explains_pre_read(at, own, self._clock):
                    landed.add(number.casefold())
                    continue
                if record_conflict(conn, event_id, number, item.scan_id, at):
                    found += 1
                    log.info("Wix had the ticket checked in by another device before sending")
        return found, landed

    def _learn(
        self, outcomes: list[TicketActionOutcome], replied: float, free_since: dict[str, float]
    ) -> None:
        """Every stamp in the replies narrows the server clock (see ServerClock)."""
        self._clock.date_header(self._client.last_date_bounds)
        for outcome in outcomes:
            if outcome.status not in (TicketActionStatus.DONE, TicketActionStatus.ALREADY_DONE):
                continue
            when = parse_wix_time(outcome.checked_in_at)
            if when is None:
                continue
            self._clock.stamp_seen(when, replied)
            read = free_since.get(outcome.ticket_number.casefold())
            if read is not None:
                # Free when that read was answered, checked in now: stamped after the read.
                self._clock.stamp_made_after(when, read)
