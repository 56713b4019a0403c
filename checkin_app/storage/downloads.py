"""Resumable full ticket downloads: the download's state, its staged pages, and the swap.

A download writes each page it receives into `staged_tickets` together with its progress in
`ticket_downloads`, in one transaction: whatever happens next (a 429, a crash, SIGKILL), the
next pass goes on from `next_offset` and no page is fetched twice. The live `tickets` table
is untouched until every page is in; then `swap_in` copies the staged rows into it in
chunks (only rows that changed, so a door scan waits at most one chunk) and, in one last
short transaction, marks the tickets the download did not see as removed and records the
new generation. Until that commit the door decides from the live list, and from the staged
rows for numbers the live list lacks.

An event's *first* download (the live list holds nothing of it: nothing to keep deciding
from) writes its pages straight into the live list instead (`into_live`, migration 12): the
swap then has nothing to copy — at 100,000 tickets that saves the 58 s the copy took — and
on a venue hub each page reaches the doors through the change feed as it arrives. The list
is incomplete all the same until the last transaction removes the download row.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from checkin_app.domain.models import Ticket
from checkin_app.storage.database import Database
from checkin_app.storage.tickets import (
    fts_query,
    indexed_after,
    ticket_from_row,
    upsert_sql,
)

SWAP_CHUNK = 500  # staged rows copied per transaction (bounds how long a scan can wait)
DELETE_CHUNK = 1000  # staged rows deleted per transaction (FTS deletes are the slow part)
# After each chunk the swap rests as long as the chunk took (at least MIN_REST_S): SQLite's
# busy handler polls a waiting writer (a door scan) every 1–25 ms at first, so it finds the
# gap; back-to-back chunks starved scans for seconds (measured: 1.8–2.6 s at 100,000).
MIN_REST_S = 0.03

_STAGED_COLUMNS = (
    "event_id, ticket_number, order_number, definition_id, ticket_name, order_status, archived, "
    "order_archived, canceled, guest_first_name, guest_last_name, guest_email, buyer_name, "
    "price, currency, server_checked_in_at"
)
_COLUMN_NAMES = [c.strip() for c in _STAGED_COLUMNS.split(",")]
_UPDATED = [c for c in _COLUMN_NAMES if c not in ("event_id", "ticket_number")]


@dataclass(frozen=True, slots=True)
class DownloadState:
    """One event's download in progress (a row of `ticket_downloads`)."""

    event_id: str
    generation: int
    reason: str
    total: int | None
    first_total: int | None
    next_offset: int
    pages: int
    guests_watermark: str | None
    watermark_read: bool
    pace_per_minute: float | None
    started_at: str
    updated_at: str
    staged: int  # tickets received so far (staged, or written live by a first download)
    into_live: bool = False  # a first download: pages go straight into the live list

    @property
    def pages_done(self) -> bool:
        """Every page the latest total announces is in."""
        return self.total is not None and self.next_offset >= self.total


@dataclass(frozen=True, slots=True)
class SwapTiming:
    """How long the swap held the database, for the benchmarks (seconds)."""

    chunks: int
    longest_chunk_s: float
    final_s: float
    total_s: float


def _ticket_values(ticket: Ticket, page_offset: int) -> tuple[object, ...]:
    return (
        ticket.event_id, ticket.ticket_number, ticket.order_number, ticket.definition_id,
        ticket.ticket_name, ticket.order_status.value, int(ticket.archived),
        int(ticket.order_archived), int(ticket.canceled), ticket.guest_first_name,
        ticket.guest_last_name, ticket.guest_email, ticket.buyer_name, ticket.price,
        ticket.currency, ticket.server_checked_in_at, page_offset,
    )  # fmt: skip


class DownloadStore:
    """Read and write `ticket_downloads` and `staged_tickets`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the download row ---------------------------------------------------------------
    def current(self, event_id: str) -> DownloadState | None:
        row = self._db.query_one(f"{_WITH_RECEIVED} WHERE d.event_id = ?", (event_id,))
        return _state(row) if row else None

    def all(self) -> list[DownloadState]:
        rows = self._db.query(f"{_WITH_RECEIVED} ORDER BY d.started_at")
        return [_state(r) for r in rows]

    def begin(self, event_id: str, generation: int, reason: str, now_iso: str) -> DownloadState:
        """Start a new download (clearing what an abandoned one left); an event the live
        list holds nothing of gets its pages written there directly (module docstring)."""
        self.discard(event_id)
        with self._db.transaction() as conn:
            # Decided in the same transaction as the row: a sale here meanwhile cannot slip
            # between the look and the choice.
            first = conn.execute(
                "SELECT NOT EXISTS (SELECT 1 FROM tickets WHERE event_id = ?)", (event_id,)
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO ticket_downloads (event_id, generation, reason, started_at, "
                "updated_at, into_live) VALUES (?, ?, ?, ?, ?, ?)",
                (event_id, generation, reason, now_iso, now_iso, int(first)),
            )
        state = self.current(event_id)
        assert state is not None
        return state

    def set_watermark(self, event_id: str, watermark: str | None, now_iso: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE ticket_downloads SET guests_watermark = ?, watermark_read = 1, "
                "updated_at = ? WHERE event_id = ?",
                (watermark, now_iso, event_id),
            )

    def stage_page(
        self,
        event_id: str,
        tickets: Iterable[Ticket],
        *,
        offset: int,
        next_offset: int,
        total: int | None,
        pace_per_minute: float | None,
        now_iso: str,
    ) -> int:
        """Keep one page and the progress it makes, atomically; returns tickets new to the
        staging (a page that brings none is a repeated page)."""
        page = list(tickets)
        numbers = [t.ticket_number for t in page]
        with self._db.transaction() as conn:
            live = self._first_download_generation(event_id, conn)
            known = 0
            if numbers:
                # A first download's live rows carry its generation; anything else there
                # (a walk-up sale meanwhile) is not a page of it.
                where = (
                    "staged_tickets WHERE" if live is None else "tickets WHERE generation = ? AND"
                )
                known = conn.execute(
                    f"SELECT count(*) FROM {where} event_id = ? AND ticket_number "
                    f"IN ({','.join('?' * len(numbers))})",
                    (() if live is None else (live,)) + (event_id, *numbers),
                ).fetchone()[0]
            if live is not None:
                with indexed_after(conn):
                    conn.executemany(upsert_sql(), [_live_values(t, live) for t in page])
            else:
                conn.executemany(_STAGE_SQL, [_ticket_values(t, offset) for t in page])
            conn.execute(
                "UPDATE ticket_downloads SET next_offset = ?, pages = pages + 1, total = ?, "
                "first_total = coalesce(first_total, ?), "
                "pace_per_minute = coalesce(?, pace_per_minute), updated_at = ? "
                "WHERE event_id = ?",
                (next_offset, total, total, pace_per_minute, now_iso, event_id),
            )
        return len({n.casefold() for n in numbers}) - int(known)

    def stage_found(self, event_id: str, tickets: Iterable[Ticket], now_iso: str) -> None:
        """Stage tickets found by number (those the pages missed, see `missing_from_staged`;
        a first download has none)."""
        rows = [_ticket_values(t, -1) for t in tickets]
        if not rows:
            return
        updates = ", ".join(f"{c}=excluded.{c}" for c in _UPDATED)
        with self._db.transaction() as conn:
            conn.executemany(
                f"INSERT INTO staged_tickets ({_STAGED_COLUMNS}, page_offset) "
                f"VALUES ({','.join('?' * (len(_COLUMN_NAMES) + 1))}) "
                f"ON CONFLICT(event_id, ticket_number) DO UPDATE SET {updates}",
                rows,
            )
            conn.execute(
                "UPDATE ticket_downloads SET updated_at = ? WHERE event_id = ?",
                (now_iso, event_id),
            )

    def discard(self, event_id: str) -> None:
        """Forget a download and its staged pages (in chunks: the door keeps scanning); a
        first download's pages go from the live list too (the list was empty before it)."""
        live = self._first_download_generation(event_id)
        if live is not None:
            self._delete_in_chunks("tickets", "event_id = ? AND generation = ?", (event_id, live))
        self._delete_in_chunks(
            "staged_tickets", "event_id = ?", (event_id,),
            then=("DELETE FROM ticket_downloads WHERE event_id = ?", (event_id,)),
        )  # fmt: skip

    def _first_download_generation(
        self, event_id: str, conn: sqlite3.Connection | None = None
    ) -> int | None:
        """The generation of the event's download when it is a first one (its pages go into
        the live list, carrying that generation); None for none, or a staged one."""
        sql = "SELECT generation FROM ticket_downloads WHERE event_id = ? AND into_live = 1"
        row = (
            conn.execute(sql, (event_id,)).fetchone()
            if conn is not None
            else self._db.query_one(sql, (event_id,))
        )
        return int(row[0]) if row else None

    def _delete_in_chunks(
        self,
        table: str,
        where: str,
        params: tuple[object, ...],
        then: tuple[str, tuple[object, ...]] | None = None,
    ) -> None:
        """Delete `table`'s rows matching `where`, DELETE_CHUNK at a time with a rest between
        (door scans get the database); `then` runs in the last chunk's transaction."""
        while True:
            began = time.perf_counter()
            with self._db.transaction() as conn:
                deleted = conn.execute(
                    f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} "
                    f"WHERE {where} LIMIT ?)",
                    (*params, DELETE_CHUNK),
                ).rowcount
                if deleted < DELETE_CHUNK:
                    if then is not None:
                        conn.execute(*then)
                    return
            _rest(began)

    # -- what the door and search read --------------------------------------------------
    def staged_ticket(
        self, event_id: str, ticket_number: str, conn: sqlite3.Connection | None = None
    ) -> Ticket | None:
        """The staged ticket with this number, while the event's download is in progress."""
        sql = (
            f"SELECT {_STAGED_COLUMNS}, 0 AS removed FROM staged_tickets WHERE event_id = ? "
            "AND ticket_number = ? AND EXISTS (SELECT 1 FROM ticket_downloads d "
            "WHERE d.event_id = staged_tickets.event_id)"
        )
        if conn is not None:
            row = conn.execute(sql, (event_id, ticket_number)).fetchone()
        else:
            row = self._db.query_one(sql, (event_id, ticket_number))
        return ticket_from_row(row) if row else None

    def search(self, text: str, event_id: str | None, limit: int) -> list[Ticket]:
        """Staged tickets of downloads in progress that match `text` and that the live list
        lacks (the live list answers for the rest)."""
        query = fts_query(text)
        if query is None:
            return []
        cols = ", ".join(f"s.{c}" for c in _COLUMN_NAMES)
        sql = (
            f"SELECT {cols}, 0 AS removed FROM staged_tickets_fts "
            "CROSS JOIN staged_tickets s ON s.rowid = staged_tickets_fts.rowid "
            "WHERE staged_tickets_fts MATCH ? "
            "AND EXISTS (SELECT 1 FROM ticket_downloads d WHERE d.event_id = s.event_id) "
            "AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.event_id = s.event_id "
            "AND t.ticket_number = s.ticket_number)"
        )
        params: list[object] = [query]
        if event_id:
            sql += " AND s.event_id = ?"
            params.append(event_id)
        sql += " LIMIT ?"
        params.append(limit)
        return [ticket_from_row(r) for r in self._db.query(sql, tuple(params))]

    def missing_from_staged(self, event_id: str) -> list[str]:
        """Live tickets the download has not seen (to look up by number before the swap);
        none while a first download writes the live list itself."""
        if self._first_download_generation(event_id) is not None:
            return []
        rows = self._db.query(
            "SELECT ticket_number FROM tickets t WHERE event_id = ? AND removed = 0 "
            "AND NOT EXISTS (SELECT 1 FROM staged_tickets s WHERE s.event_id = t.event_id "
            "AND s.ticket_number = t.ticket_number)",
            (event_id,),
        )
        return [r[0] for r in rows]

    def live_count(self, event_id: str) -> int:
        """Tickets of the live list Wix should still hold (what its `total` counts)."""
        row = self._db.query_one(
            "SELECT count(*) FROM tickets WHERE event_id = ? AND removed = 0", (event_id,)
        )
        return int(row[0]) if row else 0

    # -- the swap -----------------------------------------------------------------------
    def swap_in(
        self,
        event_id: str,
        generation: int,
        finish: Callable[[sqlite3.Connection], None],
        *,
        chunk: int = SWAP_CHUNK,
    ) -> tuple[int, int, SwapTiming]:
        """Make the staged list the live one; returns (rows written, marked removed, timing).

        Changed rows are copied in chunks (resting between them, so door scans get the
        database); tickets the download did not see are marked removed, `finish(conn)`
        records the new generation, and the download row goes, all in the last, short
        transaction — the moment the event's list becomes complete. The staged
        rows are then deleted (a leftover is harmless: nothing reads staged rows of an
        event without a download row, and the next download clears them first).
        """
        started = time.perf_counter()
        live = self._first_download_generation(event_id)
        if live is not None:
            return self._finish_first(event_id, live, finish, started)
        changed = [f"tickets.{c} IS NOT excluded.{c}" for c in _UPDATED]
        updates = ", ".join(f"{c}=excluded.{c}" for c in _UPDATED)
        copy = (
            f"INSERT INTO tickets ({_STAGED_COLUMNS}, removed, generation) "
            f"SELECT {_STAGED_COLUMNS}, 0, ? FROM staged_tickets "
            "WHERE event_id = ? AND rowid > ? AND rowid <= ? "
            f"ON CONFLICT(event_id, ticket_number) DO UPDATE SET {updates}, removed=0, "
            f"generation=excluded.generation WHERE tickets.removed != 0 OR {' OR '.join(changed)}"
        )
        bounds = self._db.query_one(
            "SELECT min(rowid), max(rowid) FROM staged_tickets WHERE event_id = ?", (event_id,)
        )
        low, high = (bounds[0], bounds[1]) if bounds and bounds[0] is not None else (1, 0)
        written = 0
        chunks = 0
        longest = 0.0
        start = low - 1
        while start < high:
            began = time.perf_counter()
            with self._db.transaction() as conn:
                written += conn.execute(copy, (generation, event_id, start, start + chunk)).rowcount
            longest = max(longest, time.perf_counter() - began)
            chunks += 1
            start += chunk
            _rest(began)
        # Which live tickets the download did not see is read outside the write lock (a
        # ticket sold here meanwhile is not among them: it stays valid).
        vanished = self.missing_from_staged(event_id)
        began = time.perf_counter()
        with self._db.transaction() as conn:
            removed = 0
            for first in range(0, len(vanished), 500):
                part = vanished[first : first + 500]
                removed += conn.execute(
                    f"UPDATE tickets SET removed = 1 WHERE event_id = ? AND removed = 0 "
                    f"AND ticket_number IN ({','.join('?' * len(part))})",
                    (event_id, *part),
                ).rowcount
            conn.execute("DELETE FROM ticket_downloads WHERE event_id = ?", (event_id,))
            finish(conn)
        final = time.perf_counter() - began
        self.discard(event_id)
        timing = SwapTiming(chunks, longest, final, time.perf_counter() - started)
        return written, removed, timing

    def _finish_first(
        self,
        event_id: str,
        generation: int,
        finish: Callable[[sqlite3.Connection], None],
        started: float,
    ) -> tuple[int, int, SwapTiming]:
        """A first download is already live: only the last transaction (nothing vanished —
        the list held nothing of the event before it — and nothing was staged)."""
        began = time.perf_counter()
        with self._db.transaction() as conn:
            written = conn.execute(
                "SELECT count(*) FROM tickets WHERE event_id = ? AND generation = ?",
                (event_id, generation),
            ).fetchone()[0]
            conn.execute("DELETE FROM ticket_downloads WHERE event_id = ?", (event_id,))
            finish(conn)
        final = time.perf_counter() - began
        return int(written), 0, SwapTiming(0, 0.0, final, time.perf_counter() - started)


# The download row with the tickets received so far: staged rows, or for a first download
# the live rows it wrote (they carry its generation).
_WITH_RECEIVED = (
    "SELECT d.*, CASE WHEN d.into_live THEN (SELECT count(*) FROM tickets t "
    "WHERE t.event_id = d.event_id AND t.generation = d.generation) "
    "ELSE (SELECT count(*) FROM staged_tickets s WHERE s.event_id = d.event_id) END "
    "AS staged FROM ticket_downloads d"
)
_STAGE_SQL = (
    f"INSERT INTO staged_tickets ({_STAGED_COLUMNS}, page_offset) "
    f"VALUES ({','.join('?' * (len(_COLUMN_NAMES) + 1))}) "
    f"ON CONFLICT(event_id, ticket_number) DO UPDATE SET "
    f"{', '.join(f'{c}=excluded.{c}' for c in _UPDATED)}, page_offset=excluded.page_offset"
)


def _live_values(ticket: Ticket, generation: int) -> tuple[object, ...]:
    """A ticket as `upsert_sql()` writes it into the live list."""
    return (*_ticket_values(ticket, 0)[:-1], 0, generation)


def _rest(chunk_began: float) -> None:
    """Leave the database to other writers for as long as the last chunk held it."""
    time.sleep(max(MIN_REST_S, time.perf_counter() - chunk_began))


def _state(row: sqlite3.Row) -> DownloadState:
    return DownloadState(
        event_id=row["event_id"],
        generation=row["generation"],
        reason=row["reason"],
        total=row["total"],
        first_total=row["first_total"],
        next_offset=row["next_offset"],
        pages=row["pages"],
        guests_watermark=row["guests_watermark"],
        watermark_read=bool(row["watermark_read"]),
        pace_per_minute=row["pace_per_minute"],
        started_at=row["started_at"],
        updated_at=row["updated_at"],
        staged=row["staged"],
        into_live=bool(row["into_live"]),
    )
