"""`SyncEngine`: one pass = push the outbox, then pull the events; the link's state between.

Qt-free and headless: the UI's sync worker calls `run_once()` on its own thread and shows the
returned `SyncReport`; the CLI's `checkin-app sync` does the same once. Network trouble is
never raised: it is reported (and the queue keeps everything for the next pass).

Which events a pass pulls: `checkin_app/sync/targets.py`. What each pull does and costs:
`checkin_app/sync/schedule.py`; the full download: `checkin_app/sync/download.py`.

Wix's budget: a pass waits out a 429 (what `Retry-After` asks, a minute without one) and
goes on, within `max_pass_wait_s` of waiting (`Patience`); queued admissions are sent
between download pages. The request rate the client learned is kept in the station database
(`checkin_app/sync/learned_rate.py`), so the next process starts where this one stopped.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from checkin_app.domain.clock import Clock
from checkin_app.domain.models import Event
from checkin_app.domain.progress import ListProgress
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.database import Database, StorageError
from checkin_app.storage.outbox import Outbox
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.backoff import Backoff
from checkin_app.sync.conflicts import ConflictFinder
from checkin_app.sync.connectivity import Connectivity, ConnectivityMonitor
from checkin_app.sync.download import TicketDownloader
from checkin_app.sync.learned_rate import LearnedRateKeeper
from checkin_app.sync.pass_budget import MAX_PASS_WAIT_S, PassBudget
from checkin_app.sync.progress_relay import ProgressListener, ProgressRelay
from checkin_app.sync.pull import Puller
from checkin_app.sync.pull_each import pull_each
from checkin_app.sync.push import Pusher, PushResult, got_no_reply, holds_queue, pause_reason
from checkin_app.sync.push_log import PushLog
from checkin_app.sync.queue_hold import QueueHold
from checkin_app.sync.report import SyncReport
from checkin_app.sync.server_clock import ServerClock
from checkin_app.sync.targets import PassTargets
from checkin_app.wix import (
    RequestOutcome,
    WixAuthError,
    WixClient,
    WixError,
    WixNotFoundError,
    WixPermissionError,
    WixTransientError,
)
from checkin_app.wix.paging import PagingError
from checkin_app.wix.ratelimit import Patience

__all__ = ["Connectivity", "SyncEngine", "SyncReport"]

log = logging.getLogger(__name__)


def describe_error(
    error: WixError, retry_in_s: float | None = None, *, offline: bool = True
) -> str:
    """One plain sentence about a failed Wix call (never holds the API key: it is redacted).
    `offline=False`: a request got no reply but Wix answered others (do not say "Offline")."""
    later = f"; retrying in {retry_in_s:.0f} s" if retry_in_s is not None else ""
    if isinstance(error, WixAuthError | WixPermissionError):
        return pause_reason(error)
    if isinstance(error, PagingError):
        return f"Wix sent a list that does not add up: {error.message}."
    if error.code == "REPLY_TOO_LARGE":
        return f"Refused a reply from Wix: {error.message}{later}."
    if isinstance(error, WixTransientError):
        if got_no_reply(error) and not offline:
            return (
                f"A request to Wix got no reply ({error.message}), though Wix answered "
                f"others{later}. Nothing queued is lost."
            )
        if got_no_reply(error):
            return f"Offline: cannot reach Wix ({error.message}){later}. Nothing queued is lost."
        if error.status == 429 or error.code == "CLIENT_RATE_LIMITED":
            return f"Wix asked to slow down (too many requests){later}. Nothing queued is lost."
        return f"Wix is having trouble ({error.status} {error.code}){later}."
    if isinstance(error, WixNotFoundError):
        return f"Wix does not know this: {error.message}."
    return f"Wix refused: {error.description or error.message} ({error.status} {error.code})."


@dataclass(frozen=True)
class _Hook:
    """The client's `on_request` observer: feeds the connectivity monitor and what every
    reply's `Date` proves about Wix's clock, then the old observer."""

    monitor: ConnectivityMonitor
    previous: Callable[[RequestOutcome], None] | None
    clock: ServerClock | None = None

    def __call__(self, outcome: RequestOutcome) -> None:
        self.monitor.record(outcome)
        if self.clock is not None:
            self.clock.date_header(outcome.server_offset_bounds)
        if self.previous is not None:
            self.previous(outcome)


class SyncEngine:
    """Push the outbox and pull events against one Wix site (see the module docstring).

    `clock` drives scheduling (backoff due times, the pull intervals); tests pass a clock
    they move by hand, and `sleep` to wait out 429s without real waiting. `client` is a
    `WixClient`; `set_client()` swaps it (new key), which also resumes a queue paused by a
    401/403/428. `preferred_event_id` (the door's selected event) is pulled first.
    """

    def __init__(
        self,
        db: Database,
        client: WixClient,
        clock: Clock | None = None,
        *,
        backoff: Backoff | None = None,
        owns_client: bool = False,
        max_pass_wait_s: float = MAX_PASS_WAIT_S,
        sleep: Callable[[float], None] | None = None,
        preferred_event_id: str | None = None,
    ) -> None:
        self._db = db
        self._clock = clock or Clock()
        self._backoff = backoff or Backoff()
        self.max_pass_wait_s = max_pass_wait_s
        self.preferred_event_id = preferred_event_id
        self._rates = LearnedRateKeeper(db)
        self._patience: Patience | None = None
        self._relay = ProgressRelay(db)
        self._budget = PassBudget(self._rates, self._relay, sleep)
        self._outbox = Outbox(db, clock=self._now)
        self._sync_state = SyncStateStore(db)
        self._catalog = CatalogStore(db)
        self._push_log = PushLog(db)
        self._monitor = ConnectivityMonitor(time_fn=self._now)
        self._lock = threading.Lock()
        self._paused_reason: str | None = None
        self._hold = QueueHold(self._now)  # the whole queue waits after a transient failure
        # This pass's error that got no reply, worded at the end once the link is known.
        self._no_reply: tuple[WixError, float | None] | None = None
        self._owns_client = owns_client
        self._client: WixClient = client
        # Wix's clock as this station can prove it, on the client's own wall clock.
        self._server_clock = ServerClock(wall=lambda: self._client.local_now())
        self._attach(client)
        self._conflicts = ConflictFinder(db, self._server_clock)
        self._targets = PassTargets(db, lambda: self._client, self._now)
        self._rates.restore(client)

    # -- state the UI reads -------------------------------------------------------------
    @property
    def client(self) -> WixClient:
        return self._client

    @property
    def connectivity(self) -> Connectivity:
        state = self._monitor.state
        if self._paused_reason and state in (Connectivity.ONLINE, Connectivity.UNKNOWN):
            return Connectivity.DEGRADED  # Wix answers, but nothing can be sent
        return state

    @property
    def clock_offset_s(self) -> float | None:
        """Server clock minus local clock, in seconds, from Wix's `Date` header."""
        return self._client.last_server_date_offset_s

    @property
    def paused_reason(self) -> str | None:
        return self._paused_reason

    def wix_time_floor(self) -> float | None:
        """The earliest Wix's clock can read now (epoch s), as replies proved it; None while
        nothing is known. A venue hub tells doors this: no call it starts later can land
        at Wix before it (docs/hub.md, "Takeover")."""
        return self._server_clock.earliest(self._client.local_now())

    @property
    def retry_in_s(self) -> float | None:
        """Seconds the queue still waits after a transient failure (None: send any time)."""
        return self._hold.remaining_s()

    @property
    def waiting_s(self) -> float | None:
        """Seconds the running pass still waits because Wix asked it to slow down."""
        return self._relay.waiting_s

    @property
    def requests_made(self) -> int:
        """Requests sent through this engine's clients so far."""
        return self._monitor.requests

    # -- credentials --------------------------------------------------------------------
    def set_client(self, client: WixClient, *, owns_client: bool | None = None) -> None:
        """Use a new client (e.g. built with a new API key); resumes a paused queue."""
        with self._lock:
            if self._owns_client and client is not self._client:
                self._client.close()
            if owns_client is not None:
                self._owns_client = owns_client
            self._client = client
            self._attach(client)
            self._rates.restore(client)
            self._paused_reason = None
            self._hold.clear()
            self._monitor.reset()

    def resume(self) -> None:
        """Try again with the same credentials (e.g. the key's permissions were fixed)."""
        self._paused_reason = None
        self._hold.clear()

    def cancel(self) -> None:
        """End the running pass's waits now (the app is closing); it stops at the next step."""
        patience = self._patience
        if patience is not None:
            patience.cancel()

    def close(self) -> None:
        self.cancel()
        if self._owns_client:
            self._client.close()

    def _attach(self, client: WixClient) -> None:
        """Watch every request of the client (keeping any observer already set)."""
        previous = client.on_request
        if isinstance(previous, _Hook) and previous.monitor is self._monitor:
            return
        client.on_request = _Hook(self._monitor, previous, self._server_clock)

    # -- passes -------------------------------------------------------------------------
    def run_once(
        self,
        event_id: str | None = None,
        *,
        full: bool | None = None,
        explicit: bool = False,
        routine: bool = False,
        on_progress: ProgressListener | None = None,
    ) -> SyncReport:
        """Push the outbox, then pull `event_id` (or the default events); never raises for
        network trouble. `full=True` forces a full ticket download, False forbids it.

        `explicit` (a person asked: `checkin-app sync`, "Sync now") tries every waiting item
        at once, whatever its backoff. In any pass, a successful Wix reply makes the waiting
        items due and they go in the same pass. Only a 429's Retry-After still holds them.
        `routine=True` (the GUI's timer) pulls only what is due (`sync/schedule.py`);
        `on_progress` hears of a download's progress and of waits for Wix's budget.
        """
        with self._pass(on_progress) as (report, started, before):
            if not self._paused_reason:
                answered_before = self._monitor.successes
                if explicit:
                    self._release()
                held = self._held(report)
                stopped_by = held or self._push_into(report)
                # After 5xx/429 Wix asked for a rest: the pull waits too. After a request that
                # got no reply — or while items only back off — the pull still tries (it is
                # also how a pass learns that Wix answers again).
                probe = held is not None and not holds_queue(held)
                if not self._paused_reason and (
                    stopped_by is None or got_no_reply(stopped_by) or probe
                ):
                    self._pull_into(report, event_id, full, routine, push_between=True)
                self._flush_if_answered(report, answered_before)
            return self._finish(report, started, before)

    def push(self, *, explicit: bool = False) -> SyncReport:
        """Only the push half of a pass (`explicit` as for `run_once`)."""
        with self._pass(None) as (report, started, before):
            if not self._paused_reason:
                answered_before = self._monitor.successes
                if explicit:
                    self._release()
                if self._held(report) is None:
                    self._push_into(report)
                self._flush_if_answered(report, answered_before)
            return self._finish(report, started, before)

    def pull(
        self,
        event_id: str | None = None,
        *,
        full: bool | None = None,
        routine: bool = False,
        on_progress: ProgressListener | None = None,
    ) -> SyncReport:
        """Only the pull half of a pass."""
        with self._pass(on_progress) as (report, started, before):
            if not self._paused_reason:
                self._pull_into(report, event_id, full, routine, push_between=False)
            return self._finish(report, started, before)

    @contextlib.contextmanager
    def _pass(
        self, on_progress: ProgressListener | None
    ) -> Iterator[tuple[SyncReport, float, int]]:
        """One pass at a time; its patience with Wix's budget; the learned rate kept after."""
        with self._lock:
            report = SyncReport()
            budget = self._budget.running(self._client, report, on_progress, self.max_pass_wait_s)
            with budget as self._patience:
                try:
                    yield report, time.monotonic(), self._monitor.requests
                finally:
                    self._patience = None

    def site_events(self) -> list[Event]:
        """Every (non-draft) event of the site, by start date. Raises `WixError`."""
        return self._targets.site_events()

    # -- internals ----------------------------------------------------------------------
    def _now(self) -> float:
        return self._clock.now().timestamp()

    def _release(self) -> None:
        """A person asked to sync: every waiting item is due now, backoff or not (a 429's
        Retry-After excepted)."""
        self._hold.release()
        self._outbox.make_due()

    def _held(self, report: SyncReport) -> WixError | None:
        """The error the queue still waits out (filled into `report`), or None."""
        current = self._hold.current()
        if current is None:
            return None
        error, remaining = current
        report.retry_in_s = remaining
        report.error = self._describe(error, remaining)
        return error

    def _flush_if_answered(self, report: SyncReport, answered_before: int) -> None:
        """Wix answered in this pass (and its latest answer was a success): what waits only
        for its backoff goes now, in this same pass."""
        if self._paused_reason or self._monitor.successes <= answered_before:
            return
        if not self._monitor.last_ok:
            return
        if self._hold.by_retry_after:
            return
        held_before = self._hold.clear()
        if self._outbox.make_due() == 0 and not held_before:
            return
        if held_before and report.error is not None and report.retry_in_s is not None:
            report.error = report.retry_in_s = None  # the hold it described is over
        log.info("Wix answers again: sending what waited for its backoff")
        self._push_into(report)

    def _push_into(self, report: SyncReport) -> WixError | None:
        """Run the push half into `report`; returns the error that stopped it early, if any."""
        pusher = Pusher(
            self._db, self._outbox, self._client, time_fn=self._now, backoff=self._backoff,
            push_log=self._push_log, server_clock=self._server_clock,
        )  # fmt: skip
        result: PushResult = pusher.run()
        self._push_log.refine_lost(self._server_clock)
        report.pushed += result.pushed
        report.newly_dead += result.newly_dead
        report.conflicts_found += result.conflicts
        report.dead_reasons.extend(result.dead_reasons)
        if result.window_s is not None:
            report.conflict_window_s = max(report.conflict_window_s or 0.0, result.window_s)
        if result.pause_reason:
            self._pause(result.pause_reason, report)
            self._sync_state.record_error("push", result.pause_reason)
        elif result.stopped_by is not None:
            report.retry_in_s = result.retry_in_s
            self._hold.hold(result.stopped_by, result.retry_in_s)
            report.error = self._describe(result.stopped_by, result.retry_in_s)
            self._sync_state.record_error("push", report.error)
        else:
            self._sync_state.record_success("push")
        return result.stopped_by

    def _pull_into(
        self, report: SyncReport, event_id: str | None, full: bool | None, routine: bool,
        *, push_between: bool,
    ) -> None:  # fmt: skip
        downloader = TicketDownloader(
            self._db, self._client, self._clock,
            between_pages=(lambda: self._push_between_pages(report)) if push_between else None,
            on_progress=self._relay.on_download,
        )  # fmt: skip
        puller = Puller(
            self._db, self._client, time_fn=self._now, conflicts=self._conflicts,
            downloader=downloader,
        )  # fmt: skip
        try:
            targets = self._targets.choose(event_id, self.preferred_event_id)
        except WixError as exc:
            self._fail(exc, report, stream="events")
            return
        pull_each(
            puller, targets, report, full=full, routine=routine, busy=self._targets.busy,
            fail=lambda error, report, stream: self._fail(error, report, stream=stream),
            sync_state=self._sync_state,
        )  # fmt: skip

    def _push_between_pages(self, report: SyncReport) -> None:
        """Admissions first: send what became due while a download runs."""
        if self._paused_reason or self._hold.active:
            return
        due = self._outbox.next_due_at()
        if due is not None and due <= self._now():
            self._push_into(report)

    # -- progress -----------------------------------------------------------------------
    def download_progress(self) -> list[ListProgress]:
        """Downloads still under way (an interrupted pass leaves them for the next)."""
        return self._relay.unfinished()

    def _fail(self, error: WixError, report: SyncReport, *, stream: str) -> None:
        if isinstance(error, WixAuthError | WixPermissionError):
            self._pause(pause_reason(error), report)
        else:
            report.error = report.error or self._describe(error)
        self._sync_state.record_error(stream, describe_error(error))

    def _describe(self, error: WixError, retry_in_s: float | None = None) -> str:
        """`describe_error`, remembering a no-reply error to reword in `_finish`."""
        if got_no_reply(error):
            self._no_reply = (error, retry_in_s)
        return describe_error(error, retry_in_s)

    def _pause(self, reason: str, report: SyncReport) -> None:
        self._paused_reason = reason
        report.error = reason
        log.warning("Sync paused: %s", reason)

    def _finish(self, report: SyncReport, started: float, before: int) -> SyncReport:
        counts = self._outbox.counts()
        report.pending = counts.get("pending", 0) + counts.get("inflight", 0)
        report.dead = counts.get("dead", 0)
        report.paused = self._paused_reason
        if report.paused and report.error is None:
            report.error = report.paused
        report.connectivity = self.connectivity.value
        if self._no_reply is not None and report.error == describe_error(*self._no_reply):
            # "Offline" only when the pass ended offline: a dropped request followed by good
            # replies is a wobble, and `connectivity` must not contradict the message.
            offline = report.connectivity in (Connectivity.OFFLINE, Connectivity.UNKNOWN)
            report.error = describe_error(*self._no_reply, offline=offline)
        self._no_reply = None
        report.clock_offset_s = self.clock_offset_s
        report.requests = self._monitor.requests - before
        report.duration_s = time.monotonic() - started
        with contextlib.suppress(StorageError):
            report.downloads = [p.to_json() for p in self.download_progress()]
        return report
