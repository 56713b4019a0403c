"""Bring Wix's view of an event into the local cache: event, ticket types, tickets, check-ins.

- The event (Events V3 get) and its ticket definitions (V3 query, SALES_DETAILS) every pull.
- The **full ticket list** (List Tickets, pages of 100) on the event's first pull and then
  every `full_interval_s` (default 10 minutes). It is downloaded completely before anything
  is written; tickets it no longer holds are looked up once more by number. Then it is
  stored under a new generation (in chunks of `WRITE_CHUNK` rows, so door scans never wait
  long for the database) and, as the last step, tickets really gone are marked removed (the
  door then says "no longer on the guest list"). A failed or partial download changes
  nothing.
- In between, **check-in changes** from Event Guests (`updatedDate $gt` the watermark,
  cursor pages of 1000) update `server_checked_in_at` — but only from what Wix documents: a
  ticket holder's row for exactly one ticket whose per-guest `checkedIn` and check-in date
  are unambiguous (`wix.mapping.read_guest`). Everything else a changed row names (a
  buyer's row, several tickets, no date, a date that is not this station's own stamp for a
  ticket admitted here, a ticket the cache lacks or whose order status changed) costs a
  targeted look-up by number (List Tickets, ≤50 a call), never a guess in the cache.

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
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.storage.tickets import TicketStore
from checkin_app.sync.conflicts import ConflictFinder
from checkin_app.sync.push_log import NO_SENDS, PushLog
from checkin_app.wix import WixAuthError, WixClient, WixPermissionError, WixTransientError
from checkin_app.wix.api_tickets import MAX_GUESTS_PAGE, MAX_TICKETS_PAGE
from checkin_app.wix.mapping import (
    event_from_wix,
    read_guest,
    ticket_definition_from_wix,
    ticket_from_wix,
)

log = logging.getLogger(__name__)

FULL_INTERVAL_S = 600.0
LOOKUP_CHUNK = 50  # List Tickets accepts up to 50 `ticketNumber` values
WRITE_CHUNK = 2000  # tickets per write transaction: ~0.3 s of lock when new, ~50 ms after


def tickets_stream(event_id: str) -> str:
    return f"tickets:{event_id}"


def guests_stream(event_id: str) -> str:
    return f"guests:{event_id}"


@dataclass
class PullResult:
    event_id: str
    full: bool = False
    pulled_tickets: int = 0  # ticket rows downloaded and stored
    removed: int = 0  # tickets marked removed (vanished from Wix)
    guests_changed: int = 0  # server check-in times changed by the guests delta
    conflicts: int = 0


class IncompleteDownload(WixTransientError):
    """The ticket list changed shape while it was read; try again next pass."""


class Puller:
    """Pulls one event at a time (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        client: WixClient,
        *,
        time_fn: Callable[[], float],
        full_interval_s: float = FULL_INTERVAL_S,
        conflicts: ConflictFinder,
    ) -> None:
        self._db = db
        self._client = client
        self._time = time_fn
        self._full_interval_s = full_interval_s
        self._conflicts = conflicts
        self._catalog = CatalogStore(db)
        self._tickets = TicketStore(db)
        self._sync = SyncStateStore(db)

    def needs_full(self, event_id: str) -> bool:
        """First pull of the event, or the last full download is `full_interval_s` old."""
        state = self._sync.get(tickets_stream(event_id))
        last = parse_iso(state.last_success_at)
        if last is None or state.generation == 0:
            return True
        return self._time() - last.timestamp() >= self._full_interval_s

    def pull(self, event_id: str, *, full: bool | None = None) -> PullResult:
        """Pull one event; raises `WixError` (nothing half-written) when a call fails."""
        result = PullResult(event_id)
        self.refresh_event(event_id)
        result.full = self.needs_full(event_id) if full is None else full
        if result.full:
            self._full(event_id, result)
        else:
            self._delta(event_id, result)
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

    # -- full download ------------------------------------------------------------------
    def _full(self, event_id: str, result: PullResult) -> None:
        # The guests watermark is read *before* the tickets, so changes made during the
        # download are seen again by the next delta (re-applying one is harmless).
        watermark = self._latest_guest_change(event_id)
        downloaded = self._download_tickets(event_id)
        seen = {n.casefold() for n in downloaded}
        vanished = [n for key, n in self._cached_numbers(event_id).items() if key not in seen]
        if vanished:
            # Offset paging can skip a ticket when another is deleted mid-download: look
            # the missing ones up by number before calling them gone.
            for ticket in self._lookup(event_id, vanished):
                downloaded.setdefault(ticket.ticket_number, ticket)
        generation = self._sync.get(tickets_stream(event_id)).generation + 1
        rows = list(downloaded.values())
        # Written in chunks so a door scan never waits long for the database; tickets are
        # marked removed only in the last step, after every chunk is in. (A crash between
        # chunks leaves fresher server rows and removes nothing: the next full download
        # reuses the same generation number.)
        for start in range(0, len(rows), WRITE_CHUNK):
            with self._db.transaction() as conn:
                self._tickets.upsert_many(rows[start : start + WRITE_CHUNK], generation, conn)
        with self._db.transaction() as conn:
            result.removed = self._tickets.mark_missing_removed(event_id, generation, conn)
            self._sync.record_success(tickets_stream(event_id), generation=generation, conn=conn)
            if watermark is not None:
                self._sync.record_success(guests_stream(event_id), watermark=watermark, conn=conn)
        result.pulled_tickets = len(downloaded)
        log.info(
            "Full ticket download: %d tickets, %d marked removed", len(downloaded), result.removed
        )

    def _download_tickets(self, event_id: str) -> dict[str, Ticket]:
        """Every ticket of the event, or `IncompleteDownload` if the pages do not add up."""
        tickets: dict[str, Ticket] = {}
        offset = 0
        while True:
            page = self._client.list_tickets(event_id, offset=offset, limit=MAX_TICKETS_PAGE)
            rows = page.get("tickets") or []
            total = page.get("total")
            total = int(total) if isinstance(total, int | str) and str(total).isdigit() else None
            for row in rows:
                if isinstance(row, dict) and isinstance(row.get("ticketNumber"), str):
                    ticket = ticket_from_wix(row, event_id)
                    tickets[ticket.ticket_number] = ticket
            offset += len(rows)
            if not rows or (total is not None and offset >= total):
                break
            if total is None and len(rows) < MAX_TICKETS_PAGE:
                break
        if total is not None and offset < total:
            raise IncompleteDownload(
                f"the ticket list ended after {offset} of {total} tickets", code="INCOMPLETE"
            )
        return tickets

    def _latest_guest_change(self, event_id: str) -> str | None:
        page = self._client.query_guests(
            filter={"eventId": event_id},
            sort=[{"fieldName": "updatedDate", "order": "DESC"}],
            limit=1,
            fields=(),
        )
        guests = page.get("guests") or []
        if guests and isinstance(guests[0], dict):
            value = guests[0].get("updatedDate")
            return value if isinstance(value, str) else None
        return None

    def _cached_numbers(self, event_id: str) -> dict[str, str]:
        """The cache's live ticket numbers, keyed by their case-folded form."""
        rows = self._db.query(
            "SELECT ticket_number FROM tickets WHERE event_id = ? AND removed = 0", (event_id,)
        )
        return {r[0].casefold(): r[0] for r in rows}

    def _lookup(self, event_id: str, numbers: Iterable[str]) -> list[Ticket]:
        """The tickets with these numbers as Wix has them now (missing ones are left out)."""
        wanted = sorted({n.casefold(): n for n in numbers}.values())
        found: list[Ticket] = []
        for start in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[start : start + LOOKUP_CHUNK]
            page = self._client.list_tickets(event_id, limit=MAX_TICKETS_PAGE, ticket_numbers=chunk)
            keys = {n.casefold() for n in chunk}
            for row in page.get("tickets") or []:
                number = row.get("ticketNumber") if isinstance(row, dict) else None
                if isinstance(number, str) and number.casefold() in keys:
                    found.append(ticket_from_wix(row, event_id))
        return found

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
