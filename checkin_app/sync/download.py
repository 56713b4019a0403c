"""The full ticket download of one event: staged, resumable, swapped in when complete.

Why staged: a 20,000-ticket list is 200 List Tickets pages, a minute or more at Wix's
per-site budget, longer when several doors share it. The old download kept its pages in
memory and threw them away at the first 429, so stations sharing a site never finished
(issue 11). Now:

1. The guests watermark (Event Guests' latest `updatedDate`) is read **first** and kept
   with the download, so every change made while it runs is seen again by the next delta.
2. Each page is written to `staged_tickets` (see below) with the download's progress in one
   transaction (`storage/downloads.py`). A 429 is waited out within the pass's patience
   (`wix/ratelimit.py`); whatever stops the pass — the patience running out, the network,
   a crash, SIGKILL — the next pass continues at `next_offset`. No page is fetched twice.
3. Between pages `between_pages()` runs (the engine sends queued admissions then), and
   `on_progress` is told how far it got and the time left at the current pace.
4. When every page is in, tickets the live list holds but the pages did not bring are looked
   up by number (offset paging skips a ticket when another is deleted meanwhile), then the
   staged list is swapped in (chunked; tickets really gone are marked removed in the last,
   short transaction, which also records the new generation and the watermark).

An event's first download writes its pages straight into the live list instead (nothing
to keep deciding from; no swap: `storage/downloads.py`), still incomplete until step 4's
last transaction.

A page that does not add up — more items than its total, the same tickets again, more
pages than the total allows — abandons the download (`PagingError`): its staged pages are
discarded and nothing is applied (a first download's pages are taken out of the live list
again); the next pass starts afresh.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from checkin_app.domain.clock import Clock
from checkin_app.domain.models import Ticket
from checkin_app.domain.progress import ListProgress
from checkin_app.storage.database import Database
from checkin_app.storage.downloads import DownloadState, DownloadStore, SwapTiming
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.wix import WixClient
from checkin_app.wix.api_tickets import MAX_TICKETS_PAGE
from checkin_app.wix.mapping import ticket_from_wix
from checkin_app.wix.paging import PagingError, check_offset_page, legacy_total, pages_allowed
from checkin_app.wix.replies import items

log = logging.getLogger(__name__)

LOOKUP_CHUNK = 50  # List Tickets accepts up to 50 `ticketNumber` values
GROWTH_ALLOWED = 0.10  # tickets sold while downloading: 10 % more than the first total
PACE_SMOOTHING = 0.2  # weight of the newest page interval in the pace estimate
WHAT = "the ticket list"


def tickets_stream(event_id: str) -> str:
    return f"tickets:{event_id}"


def guests_stream(event_id: str) -> str:
    return f"guests:{event_id}"


@dataclass
class DownloadStep:
    """What one `run()` did."""

    event_id: str
    completed: bool = False  # the list was swapped in
    pages: int = 0  # pages fetched by this run
    written: int = 0  # live rows written by the swap (new or changed)
    removed: int = 0  # tickets marked removed by the swap
    looked_up: int = 0  # tickets found by number before the swap
    total: int | None = None  # Wix's total on the last page
    swap: SwapTiming | None = None


def lookup_tickets(client: WixClient, event_id: str, numbers: Iterable[str]) -> list[Ticket]:
    """The tickets with these numbers as Wix has them now (missing ones are left out)."""
    wanted = sorted({n.casefold(): n for n in numbers}.values())
    found: list[Ticket] = []
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        chunk = wanted[start : start + LOOKUP_CHUNK]
        page = client.list_tickets(event_id, limit=MAX_TICKETS_PAGE, ticket_numbers=chunk)
        keys = {n.casefold() for n in chunk}
        for row in items(page, "tickets"):
            number = row.get("ticketNumber")
            if isinstance(number, str) and number.casefold() in keys:
                found.append(ticket_from_wix(row, event_id))
    return found


def latest_guest_change(client: WixClient, event_id: str) -> str | None:
    """Event Guests' latest `updatedDate` for the event (the next delta's watermark)."""
    page = client.query_guests(
        filter={"eventId": event_id},
        sort=[{"fieldName": "updatedDate", "order": "DESC"}],
        limit=1,
        fields=(),
    )
    guests = items(page, "guests")
    value = guests[0].get("updatedDate") if guests else None
    return value if isinstance(value, str) else None


class TicketDownloader:
    """Starts, continues and completes the full download of an event (module docstring)."""

    def __init__(
        self,
        db: Database,
        client: WixClient,
        clock: Clock,
        *,
        between_pages: Callable[[], None] | None = None,
        on_progress: Callable[[ListProgress], None] | None = None,
    ) -> None:
        self._client = client
        self._clock = clock
        self._between_pages = between_pages
        self._on_progress = on_progress
        self._store = DownloadStore(db)
        self._sync = SyncStateStore(db)
        self._pace: float | None = None  # pages per minute, smoothed
        self._last_page_at: float | None = None

    def active(self, event_id: str) -> DownloadState | None:
        return self._store.current(event_id)

    def start(self, event_id: str, reason: str) -> DownloadState:
        generation = self._sync.get(tickets_stream(event_id)).generation + 1
        log.info("Full ticket download started (%s)", reason)
        return self._store.begin(event_id, generation, reason, self._clock.now_iso())

    def run(self, event_id: str) -> DownloadStep:
        """Continue the event's download to the end and swap it in; raises `WixError` (the
        staged pages are kept, except after a `PagingError`) or `StorageError`."""
        state = self._store.current(event_id)
        if state is None:
            raise ValueError(f"no download in progress for event {event_id}")
        step = DownloadStep(event_id)
        try:
            state = self._pages(state, step)
        except PagingError:
            log.warning("Ticket download abandoned: the pages did not add up")
            self._store.discard(event_id)
            raise
        self._complete(state, step)
        return step

    # -- internals ----------------------------------------------------------------------
    def _pages(self, state: DownloadState, step: DownloadStep) -> DownloadState:
        event_id = state.event_id
        if not state.watermark_read:
            watermark = latest_guest_change(self._client, event_id)
            self._store.set_watermark(event_id, watermark, self._clock.now_iso())
            state = dataclasses.replace(state, guests_watermark=watermark, watermark_read=True)
        self._last_page_at = time.monotonic()
        while not state.pages_done:
            offset = state.next_offset
            page = self._client.list_tickets(event_id, offset=offset, limit=MAX_TICKETS_PAGE)
            found = items(page, "tickets")
            total = legacy_total(page)
            if total is None and (len(found) < MAX_TICKETS_PAGE):
                total = offset + len(found)  # no count from the server: a short page ends it
            check_offset_page(WHAT, offset, found, total)
            tickets = [
                ticket_from_wix(row, event_id)
                for row in found
                if isinstance(row.get("ticketNumber"), str)
            ]
            first_total = state.first_total if state.first_total is not None else total
            allowed = pages_allowed(
                int((first_total or 0) * (1 + GROWTH_ALLOWED)), MAX_TICKETS_PAGE
            )
            if first_total is not None and state.pages + 1 > allowed:
                raise PagingError(WHAT, f"more pages than the {first_total} tickets announced need")
            pace = self._measure_pace()
            new = self._store.stage_page(
                event_id, tickets, offset=offset, next_offset=offset + len(found), total=total,
                pace_per_minute=pace, now_iso=self._clock.now_iso(),
            )  # fmt: skip
            if tickets and new == 0:
                raise PagingError(WHAT, "a page brought only tickets already received")
            step.pages += 1
            state = dataclasses.replace(
                state, next_offset=offset + len(found), pages=state.pages + 1, total=total,
                first_total=first_total, staged=state.staged + new,
                pace_per_minute=pace or state.pace_per_minute,
            )  # fmt: skip
            self._report(state)
            if self._between_pages is not None and not state.pages_done:
                self._between_pages()
        return state

    def _measure_pace(self) -> float | None:
        now = time.monotonic()
        if self._last_page_at is not None:
            interval = max(now - self._last_page_at, 1e-3)
            pace = 60.0 / interval
            self._pace = (
                pace
                if self._pace is None
                else (PACE_SMOOTHING * pace + (1 - PACE_SMOOTHING) * self._pace)
            )
        self._last_page_at = now
        if self._pace is None:
            return None
        # Never promise more than the rate limit allows.
        return min(self._pace, self._client.rate_limiter.current_rate)

    def _report(self, state: DownloadState) -> None:
        if self._on_progress is None:
            return
        self._on_progress(progress_of(state, complete=False, list_updated_at=None))

    def _complete(self, state: DownloadState, step: DownloadStep) -> None:
        event_id = state.event_id
        missing = self._store.missing_from_staged(event_id)
        if missing:
            # Offset paging can skip a ticket when another is deleted mid-download: look
            # the missing ones up by number before calling them gone.
            found = lookup_tickets(self._client, event_id, missing)
            self._store.stage_found(event_id, found, self._clock.now_iso())
            step.looked_up = len(found)

        def finish(conn: sqlite3.Connection) -> None:
            self._sync.record_success(
                tickets_stream(event_id), generation=state.generation, conn=conn
            )
            self._sync.record_success(
                guests_stream(event_id), watermark=state.guests_watermark, conn=conn
            )

        step.written, step.removed, step.swap = self._store.swap_in(
            event_id, state.generation, finish
        )
        step.completed = True
        step.total = state.total
        log.info(
            "Full ticket download complete: %d tickets (%d changed), %d marked removed; "
            "swap held the database %.0f ms at most",
            state.staged + step.looked_up, step.written, step.removed,
            1000 * max(step.swap.longest_chunk_s, step.swap.final_s),
        )  # fmt: skip


def progress_of(
    state: DownloadState, *, complete: bool, list_updated_at: str | None, title: str = ""
) -> ListProgress:
    """The download's progress, with the time left at its recent pace."""
    eta = None
    if state.total is not None and state.pace_per_minute:
        pages_left = -(-max(0, state.total - state.next_offset) // MAX_TICKETS_PAGE)
        eta = 60.0 * (pages_left + 1) / state.pace_per_minute
    return ListProgress(
        event_id=state.event_id,
        complete=complete,
        downloading=True,
        received=state.staged,
        total=state.total,
        eta_s=eta,
        list_updated_at=list_updated_at,
        reason=state.reason,
        title=title,
    )
