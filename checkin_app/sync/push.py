"""Send the outbox to Wix: lease due items, batch them, classify every ticket's result.

- done: Wix checked the ticket in (or had it already: a conflict is recorded when that
  check-in is another device's — see checkin_push.py and ownership.py), removed the
  check-in, or confirmed the order;
- transient (no reply, timeout, 408, 429, 5xx): the items wait with jittered exponential
  backoff (at least a 429's `Retry-After`, kept as the item's hold) and the pass stops — the
  link is bad, the rest can wait;
- 401/403 and the site-wide 428 `WIX_EVENTS_APP_NOT_INSTALLED`: the items go back untouched
  and the queue pauses until the credentials (or the site) change;
- any other 4xx, a 428 for one request included: `dead` with Wix's reason; a refused batch
  is split until the bad tickets are alone, so the rest of it still arrives.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from checkin_app.storage.database import Database
from checkin_app.storage.outbox import Outbox, OutboxItem, OutboxKind
from checkin_app.storage.tickets import TicketStore
from checkin_app.sync.backoff import Backoff
from checkin_app.sync.batching import Batch, blocked_items, number_of, plan_batches
from checkin_app.sync.checkin_push import LEASE_SECONDS, CheckInSender, SentBatch
from checkin_app.sync.push_log import NO_SENDS, PushLog
from checkin_app.sync.server_clock import ServerClock
from checkin_app.wix import (
    TicketActionOutcome,
    TicketActionStatus,
    WixAuthError,
    WixClient,
    WixError,
    WixPermanentError,
    WixPermissionError,
)
from checkin_app.wix.checkins import MAX_TICKET_NUMBER_CHARS

log = logging.getLogger(__name__)

CLAIM_LIMIT = 1000


@dataclass
class PushResult:
    """What one push pass did."""

    pushed: int = 0
    newly_dead: int = 0
    conflicts: int = 0
    stopped_by: WixError | None = None  # a transient failure ended the pass early
    retry_in_s: float | None = None
    pause_reason: str | None = None  # 401/403/site-wide 428: the queue is paused
    dead_reasons: list[str] = field(default_factory=list)
    # The widest window in which another device's check-in could not be told from this
    # station's own, over the check-ins judged this pass (None: none judged, or unknown).
    window_s: float | None = None


class _Stop(Exception):
    """A transient failure: the current and remaining items wait for the next pass."""

    def __init__(self, error: WixError, failed: Sequence[OutboxItem]) -> None:
        super().__init__(str(error))
        self.error = error
        self.failed = list(failed)


class _Pause(Exception):
    """Wix refused the credentials: everything goes back to the queue untouched."""

    def __init__(self, error: WixError) -> None:
        super().__init__(str(error))
        self.error = error


def pause_reason(error: WixError) -> str:
    """Plain words for why the queue stopped."""
    if isinstance(error, WixAuthError):
        return "Wix rejected the API key (401): enter a valid key to resume sending."
    if error.status == 428:
        return (
            "Wix says the Wix Events app is not installed on this site (428): install it, "
            "then re-enter the key to resume."
        )
    return (
        "The API key is not allowed to do this on this site (403): check the key's "
        "permissions and the site id, then re-enter the key to resume."
    )


def got_no_reply(error: WixError) -> bool:
    """The request never got an answer (network down, timeout) — not a local rate wait."""
    return error.status is None and error.code != "CLIENT_RATE_LIMITED"


def refusal_text(error: WixError | None) -> str:
    """Plain words for a permanent refusal, stored as the dead item's reason."""
    if error is None:
        return "Wix refused this call"
    detail = error.description or error.message
    code = f" ({error.status} {error.code})" if error.status else f" ({error.code})"
    return f"Wix refused: {detail}{code if error.code else ''}"


class Pusher:
    """One push pass over the outbox (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        outbox: Outbox,
        client: WixClient,
        *,
        time_fn: Callable[[], float],
        backoff: Backoff,
        push_log: PushLog,
        server_clock: ServerClock,
    ) -> None:
        self._db = db
        self._outbox = outbox
        self._client = client
        self._time = time_fn
        self._backoff = backoff
        self._checkins = CheckInSender(db, client, push_log, server_clock, time_fn)
        self._tickets = TicketStore(db)

    def run(self) -> PushResult:
        result = PushResult()
        held: list[int] = []  # leased but blocked behind an earlier call for the same ticket
        try:
            while True:
                claimed = self._outbox.claim(CLAIM_LIMIT, LEASE_SECONDS)
                if not claimed:
                    break
                blocked = self._blocked(claimed)
                held.extend(blocked)
                ready = [i for i in claimed if i.id not in blocked]
                self._send_all(ready, result)
        except _Stop as stop:
            result.stopped_by = stop.error
        except _Pause as pause:
            result.pause_reason = pause_reason(pause.error)
        finally:
            self._outbox.release(held)
        return result

    # -- planning -----------------------------------------------------------------------
    def _blocked(self, claimed: Sequence[OutboxItem]) -> set[int]:
        top = max(i.id for i in claimed)
        rows = self._db.query(
            "SELECT id, kind, event_id, ticket_number, order_number FROM outbox "
            "WHERE state IN ('pending', 'inflight') AND id < ?",
            (top,),
        )
        return blocked_items(claimed, (tuple(r) for r in rows))

    def _send_all(self, items: list[OutboxItem], result: PushResult) -> None:
        batches = plan_batches(items)
        for index, batch in enumerate(batches):
            try:
                self._send(batch, result)
            except _Stop as stop:
                rest = [i for b in batches[index + 1 :] for i in b.items]
                self._wait(stop, rest, result)
                raise
            except _Pause:
                # Items already finished are no longer leased: release() leaves them alone.
                self._outbox.release([i.id for b in batches[index:] for i in b.items])
                raise

    def _wait(self, stop: _Stop, rest: list[OutboxItem], result: PushResult) -> None:
        """Back off the failed items; the unsent rest waits as long (the link is bad)."""
        attempts = max((i.attempts for i in stop.failed), default=1)
        delay = self._backoff.delay(
            attempts, stop.error.retry_after, reached=not got_no_reply(stop.error)
        )
        result.retry_in_s = delay
        now = self._time()
        when = now + delay
        # Only Wix's own Retry-After on a 429 (or the local limiter's wait) holds an item
        # back from a flush; backoff alone gives way as soon as Wix answers again.
        retry_after = stop.error.retry_after
        hold = now + retry_after if retry_after is not None and holds_queue(stop.error) else None
        self._outbox.mark_retry([i.id for i in stop.failed], str(stop.error), when, hold)
        self._outbox.mark_retry([i.id for i in rest], f"waiting: {stop.error}", when, hold)
        log.info("Push stopped (%s); retrying in %.1f s", stop.error.code, delay)

    # -- sending ------------------------------------------------------------------------
    def _send(self, batch: Batch, result: PushResult) -> None:
        valid = [i for i in batch.items if _number_ok(number_of(i))]
        broken = [i for i in batch.items if i not in valid]
        if broken:
            self._dead(broken, "The queued call names no valid ticket or order number", result)
        if not valid:
            return
        batch = Batch(batch.kind, batch.event_id, valid)
        if batch.kind is OutboxKind.CONFIRM_ORDER:
            self._confirm(batch.event_id, batch.items, result)
            return
        if batch.kind is OutboxKind.CHECK_IN:
            try:
                sent = self._checkins.send(batch)
            except (WixAuthError, WixPermissionError) as exc:  # the pre-read was refused
                raise _Pause(exc) from None
            except WixPermanentError as exc:
                # A read the station cannot make must not keep admissions from Wix.
                log.warning("Pre-read refused (%s); sending without it", exc.code)
                sent = self._checkins.send(batch, read=False)
            except WixError as exc:
                raise _Stop(exc, batch.items) from None
            result.conflicts += sent.pre_read_conflicts
            self._apply(batch, sent.outcomes, result, sent)
            return
        outcomes = self._client.undo_check_in(batch.event_id, batch.numbers)
        self._apply(batch, outcomes, result, None)

    def _apply(
        self, batch: Batch, outcomes: list[TicketActionOutcome], result: PushResult,
        sent: SentBatch | None,
    ) -> None:  # fmt: skip
        by_number = {o.ticket_number.casefold(): o for o in outcomes}
        done: list[tuple[OutboxItem, TicketActionOutcome]] = []
        not_sent: list[OutboxItem] = []
        rejected: list[OutboxItem] = []
        stop_error: WixError | None = None
        for item in batch.items:
            outcome = by_number.get(number_of(item).casefold())
            if outcome is None:
                not_sent.append(item)
                continue
            status = outcome.status
            if status in (TicketActionStatus.DONE, TicketActionStatus.ALREADY_DONE):
                done.append((item, outcome))
            elif status is TicketActionStatus.REJECTED:
                rejected.append(item)
                self._dead([item], refusal_text(outcome.error), result)
            else:
                not_sent.append(item)
                stop_error = stop_error or outcome.error
        error = stop_error or WixPermanentError("Wix sent no result for this ticket")
        if sent is not None:
            # A refused ticket never changed Wix; a call with no reply may have.
            self._checkins.settle_unanswered(rejected, sent, lost=False)
            self._checkins.settle_unanswered(not_sent, sent, lost=got_no_reply(error))
        if done:
            self._finish(batch, done, result, sent)
        if not_sent:
            if isinstance(error, WixAuthError | WixPermissionError):
                raise _Pause(error)
            raise _Stop(error, not_sent)

    def _finish(
        self,
        batch: Batch,
        done: list[tuple[OutboxItem, TicketActionOutcome]],
        result: PushResult,
        sent: SentBatch | None,
    ) -> None:
        """Write Wix's answer (server check-in times, conflicts), then mark the items done."""
        with self._db.transaction() as conn:
            owns = {}
            if sent is not None:
                owns = self._checkins.own_sends(conn, batch.event_id, [i for i, _ in done])
            for item, outcome in done:
                number = number_of(item)
                if batch.kind is OutboxKind.UNDO_CHECK_IN or sent is None:
                    self._tickets.set_server_check_in(batch.event_id, number, None, conn)
                    continue
                own = owns.get(number.casefold(), NO_SENDS)
                new, window = self._checkins.judge(conn, batch.event_id, item, outcome, sent, own)
                result.conflicts += int(new)
                if window is not None:
                    result.window_s = max(result.window_s or 0.0, window)
                if outcome.checked_in_at is not None:
                    self._tickets.set_server_check_in(
                        batch.event_id, number, outcome.checked_in_at, conn
                    )
        self._outbox.mark_done([i.id for i, _ in done])
        result.pushed += len(done)

    def _confirm(self, event_id: str, items: list[OutboxItem], result: PushResult) -> None:
        """Confirm Order for ≤100 orders; a refused batch is halved until the bad one is alone."""
        try:
            self._client.confirm_orders(event_id, [number_of(i) for i in items])
        except WixPermanentError as exc:
            if len(items) == 1:
                self._dead(items, refusal_text(exc), result)
                return
            middle = len(items) // 2
            self._confirm(event_id, items[:middle], result)
            self._confirm(event_id, items[middle:], result)
            return
        except (WixAuthError, WixPermissionError) as exc:
            raise _Pause(exc) from None
        except WixError as exc:
            raise _Stop(exc, items) from None
        self._outbox.mark_done([i.id for i in items])
        result.pushed += len(items)

    def _dead(self, items: list[OutboxItem], reason: str, result: PushResult) -> None:
        self._outbox.mark_dead([i.id for i in items], reason)
        result.newly_dead += len(items)
        result.dead_reasons.append(reason)
        log.warning("%d queued call(s) refused for good: %s", len(items), reason)


def holds_queue(error: WixError) -> bool:
    """Wix (a 429's Retry-After) or the local limiter said how long to wait: that wait is
    kept by an explicit sync and by a flush after a success."""
    return error.retry_after is not None and (
        error.status == 429 or error.code == "CLIENT_RATE_LIMITED"
    )


def _number_ok(number: str) -> bool:
    return 1 <= len(number) <= MAX_TICKET_NUMBER_CHARS
