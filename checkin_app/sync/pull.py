"""Bring Wix's view of an event into the local cache: event, ticket types, tickets, check-ins.

What a pull does is planned by `checkin_app/sync/schedule.py` (what is due, what it costs):

- The event (Events V3 get) and its ticket types (V3 query, SALES_DETAILS).
- The **full ticket list** only when needed — the first time, a lost guests watermark, on
  demand, or when the count check disagrees — by `checkin_app/sync/download.py`: staged,
  resumable across 429s, passes and crashes, swapped in when complete.
- **Check-in changes** from Event Guests (`updatedDate $gt` the watermark, cursor pages of
  1000) update `server_checked_in_at` — but only from what Wix documents: a ticket holder's
  row for exactly one ticket whose per-guest `checkedIn` and check-in date are unambiguous
  (`wix.mapping.read_guest`). Everything else a changed row names (a buyer's row, several
  tickets, no date, a date that is not this station's own stamp for a ticket admitted here,
  a ticket the cache lacks or whose order status changed) costs a targeted look-up by number
  (List Tickets, ≤50 a call), never a guess in the cache. Runs only on a complete list, and
  again right after a download is swapped in (the staged rows may be older than the changes
  made while it ran).
- The **count check**: List Tickets' `total` against the live tickets of the cache.

The tickets table is server state only: local admissions live in `checkins`, so a pull
never erases one. After writing, this station's admissions are compared with Wix's
check-ins and conflicts recorded.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from checkin_app.domain.clock import parse_iso
from checkin_app.domain.models import OrderStatus, Ticket
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.database import Database
from checkin_app.storage.downloads import DownloadStore
from checkin_app.storage.pacing import ScheduleStore
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.storage.tickets import TicketStore
from checkin_app.sync.conflicts import ConflictFinder
from checkin_app.sync.download import (
    TicketDownloader,
    guests_stream,
    lookup_tickets,
    tickets_stream,
)
from checkin_app.sync.push_log import NO_SENDS, PushLog
from checkin_app.sync.schedule import judge_count, plan_pull
from checkin_app.wix import WixAuthError, WixClient, WixPermissionError
from checkin_app.wix.api_tickets import MAX_GUESTS_PAGE
from checkin_app.wix.mapping import (
    event_from_wix,
    read_guest,
    ticket_definition_from_wix,
)
from checkin_app.wix.paging import legacy_total

log = logging.getLogger(__name__)

__all__ = ["PullResult", "Puller", "guests_stream", "tickets_stream"]


@dataclass
class PullResult:
    event_id: str
    full: bool = False  # a full download was completed and swapped in
    pulled_tickets: int = 0  # ticket rows downloaded and stored
    removed: int = 0  # tickets marked removed (vanished from Wix)
    guests_changed: int = 0  # server check-in times changed by the guests delta
    conflicts: int = 0
    download_pages: int = 0  # List Tickets pages fetched by the full download this pass
    verify_reason: str | None = None  # why a full download ran (first, count, ...)


class Puller:
    """Pulls one event at a time (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        client: WixClient,
        *,
        time_fn: Callable[[], float],
        conflicts: ConflictFinder,
        downloader: TicketDownloader,
    ) -> None:
        self._db = db
        self._client = client
        self._time = time_fn
        self._conflicts = conflicts
        self._downloader = downloader
        self._catalog = CatalogStore(db)
        self._tickets = TicketStore(db)
        self._sync = SyncStateStore(db)
        self._schedule = ScheduleStore(db)
        self._downloads = DownloadStore(db)

    def pull(
        self,
        event_id: str,
        *,
        full: bool | None = None,
        routine: bool = False,
        busy: bool = False,
    ) -> PullResult:
        """Pull one event; raises `WixError` or `StorageError` (a download keeps its staged
        pages for the next pass; nothing else is half-written). `full`: True forces a full
        download, False forbids one; `routine`: follow the idle intervals (schedule.py)."""
        result = PullResult(event_id)
        now = self._time()
        complete = self._sync.get(tickets_stream(event_id)).generation > 0
        plan = plan_pull(
            self._schedule.get(event_id), now, routine=routine, busy=busy, full=full,
            list_complete=complete,
            download_active=self._downloader.active(event_id) is not None,
            watermark_lost=complete and self._sync.get(guests_stream(event_id)).last_success_at
            is None,
        )  # fmt: skip
        if plan.refresh_event:
            self.refresh_event(event_id)
            self._schedule.update(event_id, event_refreshed_at=now)
        if plan.delta:
            self._delta(event_id, result)
            self._schedule.update(event_id, delta_at=now)
        reason = plan.download
        if plan.count and self._count_disagrees(event_id, now):
            reason = "count"
        if reason is not None:
            self._download(event_id, reason, result)
        result.conflicts += self._conflicts.find(event_id)
        return result

    def refresh_event(self, event_id: str) -> None:
        """The event and its ticket types into the catalog."""
        raw = self._client.get_event(event_id)
        self._catalog.upsert_event(event_from_wix(raw), raw)
        try:
            definitions = list(self._client.iter_ticket_definitions(event_id))
        except (WixPermissionError, WixAuthError):
            # Reading ticket types needs "Manage Ticket Definitions" (docs/wix-api.md §1.3), which
            # a door-only key may lack — Wix then answers 403, or "occasionally" 401 (§1.4).
            # The event itself was just read with this key, so the key is good: the door works
            # without ticket types, so keep the cached ones and never pause the station.
            log.info("The API key may not read ticket types; keeping the cached ones")
            return
        self._catalog.replace_definitions(
            event_id, [(ticket_definition_from_wix(d), d) for d in definitions]
        )

    # -- full download (checkin_app/sync/download.py) -----------------------------------
    def _download(self, event_id: str, reason: str, result: PullResult) -> None:
        if reason != "continue":
            self._downloader.start(event_id, reason)
        step = self._downloader.run(event_id)
        result.download_pages = step.pages
        result.verify_reason = reason
        result.full = step.completed
        result.pulled_tickets += step.written + step.looked_up
        result.removed = step.removed
        # The staged rows may be older than check-ins made while the download ran: the
        # delta from the watermark read at its start brings them again.
        self._delta(event_id, result)
        # Whatever Wix's total counts that the list does not (if anything), it counts it
        # now too: later count checks compare against this, not against zero.
        baseline = (step.total or 0) - self._downloads.live_count(event_id) if step.total else 0
        now = self._time()
        self._schedule.update(
            event_id, delta_at=now, counted_at=now, more_on_wix=0, count_baseline=baseline
        )

    def _count_disagrees(self, event_id: str, now: float) -> bool:
        """One List Tickets call with `limit=1`: does Wix's total match the cache?"""
        page = self._client.list_tickets(event_id, limit=1, fieldsets=())
        wix_total = legacy_total(page)
        if wix_total is None:
            return False
        cached = self._downloads.live_count(event_id)
        schedule = self._schedule.get(event_id)
        verify, more = judge_count(
            wix_total - schedule.count_baseline, cached, schedule.more_on_wix
        )
        self._schedule.update(
            event_id, counted_at=now, wix_total=wix_total, cached_total=cached, more_on_wix=more
        )
        if verify:
            log.info("Count check: Wix has %d tickets, the cache %d: verifying", wix_total, cached)
        return verify

    def _lookup(self, event_id: str, numbers: Iterable[str]) -> list[Ticket]:
        """The tickets with these numbers as Wix has them now (missing ones are left out)."""
        return lookup_tickets(self._client, event_id, numbers)

    # -- check-in changes between full downloads ----------------------------------------
    def _delta(self, event_id: str, result: PullResult) -> None:
        state = self._sync.get(guests_stream(event_id))
        watermark = state.watermark
        changes: dict[str, str | None] = {}  # ticket number → check-in time (None: not in)
        unsure: set[str] = set()  # named by a changed row that does not settle them
        disputed: set[str] = set()  # two ticket-holder rows of one ticket that disagree
        ambiguous: dict[str, tuple[str, ...]] = {}  # such a row's updatedDate → its numbers
        statuses: dict[str, OrderStatus] = {}
        for guest in self._client.iter_guests(
            event_id, watermark, page_size=MAX_GUESTS_PAGE, fields=("GUEST_DETAILS",)
        ):
            updated = guest.get("updatedDate")
            if isinstance(updated, str) and (watermark is None or _later(updated, watermark)):
                watermark = updated
            reading = read_guest(guest)
            number = reading.ticket_number
            if reading.known and number:
                if changes.setdefault(number, reading.checked_in_at) != reading.checked_in_at:
                    disputed.add(number)
            else:
                unsure.update(reading.numbers)
                if isinstance(updated, str):
                    ambiguous[updated] = ambiguous.get(updated, ()) + reading.numbers
            status = _guest_order_status(guest)
            if status is not None:
                for number in reading.numbers:
                    statuses[number] = status
        for number in disputed:
            del changes[number]
        unsure = (unsure - set(changes)) | disputed  # a ticket's own row settles it
        unsure -= self._changed_by_own_calls(event_id, ambiguous)
        refetch = sorted(
            unsure
            | set(self._needing_refetch(event_id, changes, statuses))
            | set(self._not_own(event_id, changes))
        )
        fetched = self._lookup(event_id, refetch) if refetch else []
        fetched_keys = {t.ticket_number.casefold() for t in fetched}
        generation = self._sync.get(tickets_stream(event_id)).generation
        with self._db.transaction() as conn:
            for number, at in changes.items():
                if number.casefold() in fetched_keys:
                    continue  # the ticket itself says it better
                result.guests_changed += conn.execute(
                    "UPDATE tickets SET server_checked_in_at = ? WHERE event_id = ? "
                    "AND ticket_number = ? AND server_checked_in_at IS NOT ?",
                    (at, event_id, number, at),
                ).rowcount
            if fetched:
                result.guests_changed += self._changed_check_ins(conn, event_id, fetched)
                self._tickets.upsert_many(fetched, generation, conn)
            self._sync.record_success(guests_stream(event_id), watermark=watermark, conn=conn)
        result.pulled_tickets += len(fetched)

    def _changed_by_own_calls(
        self, event_id: str, ambiguous: dict[str, tuple[str, ...]]
    ) -> set[str]:
        """Numbers named only by rows that moved at the very stamp one of this station's own
        check-in calls got back: that call changed them, and this station knows what it
        sent (no look-up needed). Rows Wix stamps differently are looked up as usual."""
        if not ambiguous:
            return set()
        stamps = list(ambiguous)
        own: set[str] = set()
        for start in range(0, len(stamps), 500):
            chunk = stamps[start : start + 500]
            marks = ",".join("?" * len(chunk))
            own.update(
                row[0]
                for row in self._db.query(
                    f"SELECT DISTINCT p.server_at FROM sync_push_log p JOIN outbox o "
                    f"ON o.id = p.outbox_id WHERE o.event_id = ? AND p.own_stamp = 1 "
                    f"AND p.server_at IN ({marks})",
                    (event_id, *chunk),
                )
            )
        explained = {n for stamp in own for n in ambiguous[stamp]}
        others = {n for stamp, numbers in ambiguous.items() if stamp not in own for n in numbers}
        return explained - others

    def _not_own(self, event_id: str, changes: dict[str, str | None]) -> list[str]:
        """Check-ins the guest view reports for tickets admitted here that are not exactly
        a stamp this station's own call got back: judged from the ticket itself (the same
        rendering as Check In Ticket's reply), never from the guest view's copy."""
        numbers = [n for n, at in changes.items() if at is not None]
        if not numbers:
            return []
        admitted = self._admitted_here(event_id, numbers)
        mine = [n for n in numbers if n.casefold() in admitted]
        if not mine:
            return []
        with self._db.transaction() as conn:
            owns = PushLog.own_sends_many(conn, event_id, mine)
        found = []
        for number in mine:
            when = parse_iso(changes[number])
            if when is None or when not in owns.get(number.casefold(), NO_SENDS).stamps:
                found.append(number)
        return found

    def _admitted_here(self, event_id: str, numbers: list[str]) -> set[str]:
        admitted: set[str] = set()
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.query(
                f"SELECT ticket_number FROM checkins WHERE event_id = ? AND kind = 'scan' "
                f"AND decision = 'ADMITTED' AND undone_by IS NULL AND ticket_number IN ({marks})",
                (event_id, *chunk),
            ):
                admitted.add(row[0].casefold())
        return admitted

    @staticmethod
    def _changed_check_ins(conn: sqlite3.Connection, event_id: str, fetched: list[Ticket]) -> int:
        """How many looked-up tickets bring a check-in time the cache did not have."""
        changed = 0
        for ticket in fetched:
            row = conn.execute(
                "SELECT server_checked_in_at FROM tickets WHERE event_id = ? AND ticket_number = ?",
                (event_id, ticket.ticket_number),
            ).fetchone()
            if row is not None and row[0] != ticket.server_checked_in_at:
                changed += 1
        return changed

    def _needing_refetch(
        self, event_id: str, changes: dict[str, str | None], statuses: dict[str, OrderStatus]
    ) -> list[str]:
        """Numbers the cache lacks, or whose order status Wix now reports differently."""
        numbers = list(dict.fromkeys([*changes, *statuses]))
        if not numbers:
            return []
        known: dict[str, str] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.query(
                f"SELECT ticket_number, order_status FROM tickets WHERE event_id = ? "
                f"AND ticket_number IN ({marks})",
                (event_id, *chunk),
            ):
                known[row[0].casefold()] = row[1]
        refetch = []
        for number in numbers:
            local = known.get(number.casefold())
            status = statuses.get(number)
            if local is None or (status is not None and status.value != local):
                refetch.append(number)
        return refetch


def _later(a: str, b: str) -> bool:
    da, db = parse_iso(a), parse_iso(b)
    if da is None or db is None:
        return a > b
    return da > db


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _guest_order_status(guest: dict[str, Any]) -> OrderStatus | None:
    details = guest.get("additionalDetails")
    if not isinstance(details, dict):
        return None
    status = OrderStatus.parse(_str(details.get("orderStatus")))
    return None if status is OrderStatus.NA_ORDER_STATUS else status
