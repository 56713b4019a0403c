"""`SyncEngine`: one pass = push the outbox, then pull the events; the link's state between.

Qt-free and headless: the UI's sync worker calls `run_once()` on its own thread and shows the
returned `SyncReport`; the CLI's `checkin-app sync` does the same once. Network trouble is
never raised: it is reported (and the queue keeps everything for the next pass).

Which events a pass pulls: the one asked for; else every cached event that has not ended or
been canceled, the one being scanned first; else — the first run, nothing cached — every
upcoming or started event of the site (all of them cached at once, so a download that fails
on the first never makes the station forget the second). What each pull does and costs:
`checkin_app/sync/schedule.py`; the full download: `checkin_app/sync/download.py`.

Wix's budget: a pass waits out a 429 (what `Retry-After` asks, a minute without one) and
goes on, within `max_pass_wait_s` of waiting (`Patience`); queued admissions are sent
between download pages. The request rate the client learned (`TokenBucket`, AIMD) is kept
in the station database, so the next process starts where this one stopped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from checkin_app.domain.clock import Clock, parse_iso
from checkin_app.domain.models import Event
from checkin_app.domain.progress import ListProgress
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.checkins import CheckinLog
from checkin_app.storage.database import Database, StorageError
from checkin_app.storage.downloads import DownloadStore
from checkin_app.storage.outbox import Outbox
from checkin_app.storage.pacing import LearnedRate, RateStore
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.backoff import Backoff
from checkin_app.sync.conflicts import ConflictFinder
from checkin_app.sync.connectivity import Connectivity, ConnectivityMonitor
from checkin_app.sync.download import TicketDownloader, progress_of
from checkin_app.sync.pull import Puller, tickets_stream
from checkin_app.sync.push import Pusher, PushResult, got_no_reply, holds_queue, pause_reason
from checkin_app.sync.push_log import PushLog
from checkin_app.sync.report import SyncReport
from checkin_app.sync.schedule import BUSY_WINDOW_S
from checkin_app.sync.server_clock import ServerClock
from checkin_app.wix import (
    RequestOutcome,
    WixAuthError,
    WixClient,
    WixError,
    WixNotFoundError,
    WixPermissionError,
    WixTransientError,
)
from checkin_app.wix.mapping import event_from_wix
from checkin_app.wix.paging import PagingError
from checkin_app.wix.ratelimit import Patience, RateState

__all__ = ["Connectivity", "SyncEngine", "SyncReport"]

log = logging.getLogger(__name__)

ACTIVE_STATUSES = ("UPCOMING", "STARTED")  # what a first run downloads
INACTIVE_STATUSES = ("ENDED", "CANCELED")  # cached events no longer pulled unless asked
MAX_PASS_WAIT_S = 600.0  # a pass waits at most this long in all for Wix's request budget
MAX_SINGLE_WAIT_S = 300.0  # a longer Retry-After ends the pass (the queue holds that long)
RATE_MEMORY_S = 1800.0  # a learned rate older than this is forgotten (start at the ceiling)

ProgressListener = Callable[[ListProgress], None]


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
        self._sleep = sleep
        self._rates = RateStore(db)
        self._patience: Patience | None = None
        self._progress: ProgressListener | None = None
        self._last_progress: ListProgress | None = None
        self._waiting_until: float | None = None  # monotonic: a pass waits for Wix's budget
        self._outbox = Outbox(db, clock=self._now)
        self._sync_state = SyncStateStore(db)
        self._catalog = CatalogStore(db)
        self._push_log = PushLog(db)
        self._monitor = ConnectivityMonitor(time_fn=self._now)
        self._lock = threading.Lock()
        self._paused_reason: str | None = None
        # After a transient failure the whole queue waits (not only the items that failed):
        # until when, and why. Only a 429's Retry-After holds an explicit sync or a flush.
        self._hold: tuple[float, WixError] | None = None
        # This pass's error that got no reply, worded at the end once the link is known.
        self._no_reply: tuple[WixError, float | None] | None = None
        self._owns_client = owns_client
        self._client: WixClient = client
        # Wix's clock as this station can prove it, on the client's own wall clock.
        self._server_clock = ServerClock(wall=lambda: self._client.local_now())
        self._attach(client)
        self._conflicts = ConflictFinder(db, self._server_clock)
        self._restore_rate()

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
        if self._hold is None:
            return None
        remaining = self._hold[0] - self._now()
        return remaining if remaining > 0 else None

    @property
    def waiting_s(self) -> float | None:
        """Seconds the running pass still waits because Wix asked it to slow down."""
        until = self._waiting_until
        left = None if until is None else until - time.monotonic()
        return left if left is not None and left > 0 else None

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
            self._restore_rate()
            self._paused_reason = None
            self._hold = None
            self._monitor.reset()

    def resume(self) -> None:
        """Try again with the same credentials (e.g. the key's permissions were fixed)."""
        self._paused_reason = None
        self._hold = None

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
            patience = Patience(
                self.max_pass_wait_s, max_single_s=MAX_SINGLE_WAIT_S, sleep=self._sleep,
                on_wait=self._on_wait,
            )  # fmt: skip
            self._patience, self._progress, self._last_progress = patience, on_progress, None
            before_throttled = self._client.rate_limiter.throttled
            report = SyncReport()
            try:
                with self._client.patience(patience):
                    yield report, time.monotonic(), self._monitor.requests
            finally:
                report.rate_limited = self._client.rate_limiter.throttled - before_throttled
                report.waited_s = patience.waited_s
                self._patience = self._progress = None
                self._save_rate()

    def site_events(self) -> list[Event]:
        """Every (non-draft) event of the site, by start date. Raises `WixError`."""
        events = [event_from_wix(raw) for raw in self._client.iter_events(page_size=100)]
        self._sync_state.record_success("events")
        return sorted(events, key=lambda e: (e.start_date or "", e.title))

    # -- internals ----------------------------------------------------------------------
    def _now(self) -> float:
        return self._clock.now().timestamp()

    def _release(self) -> None:
        """A person asked to sync: every waiting item is due now, backoff or not (a 429's
        Retry-After excepted)."""
        if self._hold is not None and not holds_queue(self._hold[1]):
            self._hold = None
        self._outbox.make_due()

    def _held(self, report: SyncReport) -> WixError | None:
        """The error the queue still waits out (filled into `report`), or None."""
        if self._hold is None:
            return None
        until, error = self._hold
        remaining = until - self._now()
        if remaining <= 0:
            self._hold = None
            return None
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
        if self._hold is not None and holds_queue(self._hold[1]):
            return
        held_before = self._hold is not None
        self._hold = None
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
            self._hold = (self._now() + (result.retry_in_s or 0.0), result.stopped_by)
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
            on_progress=self._on_download_progress,
        )  # fmt: skip
        puller = Puller(
            self._db, self._client, time_fn=self._now, conflicts=self._conflicts,
            downloader=downloader,
        )  # fmt: skip
        try:
            targets = self._targets(event_id)
        except WixError as exc:
            self._fail(exc, report, stream="events")
            return
        for target in targets:
            try:
                result = puller.pull(target, full=full, routine=routine, busy=self._busy(target))
            except WixNotFoundError as exc:
                report.error = report.error or f"Event {target} was not found on Wix."
                self._sync_state.record_error(tickets_stream(target), str(exc))
                continue
            except WixError as exc:
                self._fail(exc, report, stream=tickets_stream(target))
                if isinstance(exc, WixTransientError | WixAuthError | WixPermissionError):
                    return  # the link or the key is the problem: other events would fail too
                continue  # a broken list of this event: the others still get their turn
            except StorageError as exc:
                # e.g. the disk is full: the staged pages so far are kept for the next pass.
                report.error = report.error or str(exc)
                log.warning("Pull of one event stopped by storage: %s", exc)
                with contextlib.suppress(StorageError):
                    self._sync_state.record_error(tickets_stream(target), str(exc))
                continue
            report.events.append(target)
            if result.full:
                report.full_downloads.append(target)
            report.pulled_tickets += result.pulled_tickets
            report.guests_changed += result.guests_changed
            report.conflicts_found += result.conflicts
            report.download_pages += result.download_pages

    def _targets(self, event_id: str | None) -> list[str]:
        if event_id:
            return [event_id]
        cached = self._catalog.events()
        if not cached:
            cached = self._discover()
        active = [e.id for e in cached if e.status not in INACTIVE_STATUSES]
        first = [self.preferred_event_id, *self._recently_scanned()]
        ordered = [e for e in dict.fromkeys(first) if e in active]
        return ordered + [e for e in active if e not in ordered]

    def _discover(self) -> list[Event]:
        """First run: every upcoming or started event of the site, cached at once."""
        found: list[Event] = []
        every = list(self._client.iter_events(page_size=100))  # the whole read, or nothing
        for raw in every:
            event = event_from_wix(raw)
            if event.status in ACTIVE_STATUSES:
                self._catalog.upsert_event(event, raw)
                found.append(event)
        self._sync_state.record_success("events")
        if not found:
            log.info("The site has no upcoming or started events to download")
        return sorted(found, key=lambda e: (e.start_date or "", e.title))

    def _recently_scanned(self) -> list[str]:
        return [r.event_id for r in CheckinLog(self._db).recent(1)]

    def _busy(self, event_id: str) -> bool:
        """A scan on this station lately: the door is busy, pull its changes every pass."""
        recent = CheckinLog(self._db).recent(1, event_id)
        at = parse_iso(recent[0].device_time) if recent else None
        return at is not None and self._now() - at.timestamp() < BUSY_WINDOW_S

    def _push_between_pages(self, report: SyncReport) -> None:
        """Admissions first: send what became due while a download runs."""
        if self._paused_reason or self._hold is not None:
            return
        due = self._outbox.next_due_at()
        if due is not None and due <= self._now():
            self._push_into(report)

    # -- progress and the learned rate --------------------------------------------------
    def _on_download_progress(self, progress: ListProgress) -> None:
        event = self._catalog.get_event(progress.event_id)
        progress = dataclasses.replace(progress, title=event.title if event else "")
        self._last_progress = progress
        if self._progress is not None:
            self._progress(progress)

    def _on_wait(self, seconds: float) -> None:
        self._waiting_until = time.monotonic() + seconds
        self._save_rate()
        log.info("Wix asked to slow down: waiting %.0f s", seconds)
        if self._progress is not None and self._last_progress is not None:
            self._progress(dataclasses.replace(self._last_progress, waiting_s=seconds))

    def _restore_rate(self) -> None:
        try:
            learned = self._rates.load(self._client.site_id)
        except StorageError:
            return
        if learned is None or time.time() - learned.updated_at > RATE_MEMORY_S:
            return
        self._client.rate_limiter.restore(
            RateState(learned.rate_per_minute, max(0.0, learned.paused_until - time.time()))
        )

    def _save_rate(self) -> None:
        state = self._client.rate_limiter.state()
        now = time.time()
        with contextlib.suppress(StorageError):
            self._rates.save(
                self._client.site_id,
                LearnedRate(state.rate_per_minute, now + state.paused_for_s, now),
            )

    def download_progress(self) -> list[ListProgress]:
        """Downloads still under way (an interrupted pass leaves them for the next)."""
        found = []
        for state in DownloadStore(self._db).all():
            complete = self._sync_state.get(tickets_stream(state.event_id)).generation > 0
            event = self._catalog.get_event(state.event_id)
            found.append(
                progress_of(
                    state,
                    complete=complete,
                    list_updated_at=None,
                    title=event.title if event else "",
                )
            )
        return found

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
