"""The outbox: Wix calls queued on this station, sent in order by the sync engine.

States: pending → inflight (leased) → done | dead (permanent failure, shown to the user) |
cancelled (undone before it was sent). A crash while inflight leaves a lease that expires,
so the call is sent again: Wix's check-in is safe to repeat.
"""

from __future__ import annotations

import dataclasses
import enum
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from checkin_app.domain.clock import utc_now_iso
from checkin_app.storage.database import Database

DEFAULT_LEASE_SECONDS = 120.0


class OutboxKind(enum.StrEnum):
    CHECK_IN = "check_in"
    UNDO_CHECK_IN = "undo_check_in"
    CONFIRM_ORDER = "confirm_order"


class OutboxState(enum.StrEnum):
    PENDING = "pending"
    INFLIGHT = "inflight"
    DONE = "done"
    DEAD = "dead"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    kind: OutboxKind
    event_id: str
    ticket_number: str | None
    order_number: str | None
    scan_id: str | None
    state: OutboxState
    attempts: int
    last_error: str | None
    created_at: str


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        kind=OutboxKind(row["kind"]),
        event_id=row["event_id"],
        ticket_number=row["ticket_number"],
        order_number=row["order_number"],
        scan_id=row["scan_id"],
        state=OutboxState(row["state"]),
        attempts=row["attempts"],
        last_error=row["last_error"],
        created_at=row["created_at"],
    )


class Outbox:
    """Queue and lease Wix calls; every write is its own `BEGIN IMMEDIATE` transaction."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._time = clock

    @staticmethod
    def enqueue(
        conn: sqlite3.Connection,
        kind: OutboxKind,
        event_id: str,
        *,
        ticket_number: str | None = None,
        order_number: str | None = None,
        scan_id: str | None = None,
        created_at: str | None = None,
    ) -> int:
        """Queue a call inside the caller's transaction (the one writing the scan).
        `created_at`: when the admission was made, if earlier than now (a venue hub taking
        over another hub's admission: it has waited, so its sender reads Wix first)."""
        cur = conn.execute(
            """INSERT INTO outbox (kind, event_id, ticket_number, order_number, scan_id, created_at)
               VALUES (?,?,?,?,?,?)""",
            (kind.value, event_id, ticket_number, order_number, scan_id,
             created_at or utc_now_iso()),
        )  # fmt: skip
        return int(cur.lastrowid or 0)

    @staticmethod
    def cancel_pending_for_scan(conn: sqlite3.Connection, scan_id: str) -> bool:
        """Cancel the still-unsent call queued for a scan; False if it already left."""
        cur = conn.execute(
            "UPDATE outbox SET state = 'cancelled', done_at = ? WHERE scan_id = ? "
            "AND kind = 'check_in' AND state = 'pending'",
            (utc_now_iso(), scan_id),
        )
        return cur.rowcount > 0

    @staticmethod
    def sent_for_scan(conn: sqlite3.Connection, scan_id: str) -> bool:
        """Whether a check-in queued for this scan left (or is leaving) the station."""
        row = conn.execute(
            "SELECT 1 FROM outbox WHERE scan_id = ? AND kind = 'check_in' "
            "AND state IN ('inflight', 'done')",
            (scan_id,),
        ).fetchone()
        return row is not None

    @staticmethod
    def check_in_states(
        conn: sqlite3.Connection, scan_ids: Sequence[str]
    ) -> dict[str, tuple[int, str]]:
        """Scan id → (outbox id, state) of the check-in call queued for each scan."""
        found: dict[str, tuple[int, str]] = {}
        for start in range(0, len(scan_ids), 500):
            chunk = list(scan_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for row in conn.execute(
                f"SELECT id, scan_id, state FROM outbox WHERE kind = 'check_in' "
                f"AND scan_id IN ({marks})",
                chunk,
            ):
                found[row["scan_id"]] = (int(row["id"]), str(row["state"]))
        return found

    def claim(
        self, limit: int = 500, lease_seconds: float = DEFAULT_LEASE_SECONDS
    ) -> list[OutboxItem]:
        """Lease the oldest due items (pending, or inflight with an expired lease), in order."""
        now = self._time()
        with self._db.transaction() as conn:
            rows = conn.execute(
                """SELECT * FROM outbox
                   WHERE (state = 'pending' AND next_attempt_at <= ?)
                      OR (state = 'inflight' AND lease_until < ?)
                   ORDER BY id LIMIT ?""",
                (now, now, limit),
            ).fetchall()
            ids = [r["id"] for r in rows]
            conn.executemany(
                "UPDATE outbox SET state = 'inflight', lease_until = ?, attempts = attempts + 1 "
                "WHERE id = ?",
                [(now + lease_seconds, i) for i in ids],
            )
        return [
            dataclasses.replace(_item(r), state=OutboxState.INFLIGHT, attempts=r["attempts"] + 1)
            for r in rows
        ]

    def mark_done(self, ids: Sequence[int]) -> None:
        self._set_state(ids, "state = 'done', done_at = ?, lease_until = NULL", (utc_now_iso(),))

    def mark_retry(
        self, ids: Sequence[int], error: str, next_attempt_at: float,
        hold_until: float | None = None,
    ) -> None:  # fmt: skip
        """Back to pending, due at `next_attempt_at`. `hold_until`: Wix's own Retry-After,
        the one wait `make_due` never shortens."""
        self._set_state(
            ids,
            "state = 'pending', lease_until = NULL, last_error = ?, next_attempt_at = ?, "
            "hold_until = ?",
            (error, next_attempt_at, hold_until),
        )

    def make_due(self) -> int:
        """Make every waiting item due now, except those Wix's Retry-After still holds;
        returns how many moved (a recovered link flushes the queue, docs/design-notes.md)."""
        now = self._time()
        with self._db.transaction() as conn:
            return conn.execute(
                "UPDATE outbox SET next_attempt_at = max(?, coalesce(hold_until, 0)) "
                "WHERE state = 'pending' AND next_attempt_at > ? "
                "AND coalesce(hold_until, 0) < next_attempt_at",
                (now, now),
            ).rowcount

    def not_due_count(self) -> int:
        """Pending items whose backoff has not run out yet."""
        row = self._db.query_one(
            "SELECT count(*) FROM outbox WHERE state = 'pending' AND next_attempt_at > ?",
            (self._time(),),
        )
        return int(row[0]) if row else 0

    def mark_dead(self, ids: Sequence[int], error: str) -> None:
        self._set_state(
            ids, "state = 'dead', lease_until = NULL, last_error = ?, done_at = ?",
            (error, utc_now_iso()),
        )  # fmt: skip

    def release(self, ids: Sequence[int]) -> None:
        """Give leased items back untouched (e.g. the queue was paused), keeping attempts."""
        self._set_state(ids, "state = 'pending', lease_until = NULL, attempts = attempts - 1", ())

    def _set_state(self, ids: Sequence[int], assignments: str, params: tuple[object, ...]) -> None:
        if not ids:
            return
        with self._db.transaction() as conn:
            conn.executemany(
                f"UPDATE outbox SET {assignments} WHERE id = ? AND state = 'inflight'",
                [(*params, i) for i in ids],
            )

    def retry_dead(self, ids: Sequence[int] | None = None) -> int:
        """Put dead items back in the queue (after the user fixed the cause)."""
        with self._db.transaction() as conn:
            if ids is None:
                return conn.execute(
                    "UPDATE outbox SET state='pending', next_attempt_at=0 WHERE state='dead'"
                ).rowcount
            return sum(
                conn.execute(
                    "UPDATE outbox SET state='pending', next_attempt_at=0 "
                    "WHERE id=? AND state='dead'",
                    (i,),
                ).rowcount
                for i in ids
            )

    def counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in OutboxState}
        for row in self._db.query("SELECT state, count(*) AS n FROM outbox GROUP BY state"):
            counts[row["state"]] = row["n"]
        return counts

    def waiting_count(self) -> int:
        row = self._db.query_one(
            "SELECT count(*) FROM outbox WHERE state IN ('pending', 'inflight')"
        )
        return int(row[0]) if row else 0

    def items(self, state: OutboxState | None = None, limit: int = 1000) -> list[OutboxItem]:
        if state is None:
            rows = self._db.query("SELECT * FROM outbox ORDER BY id LIMIT ?", (limit,))
        else:
            rows = self._db.query(
                "SELECT * FROM outbox WHERE state = ? ORDER BY id LIMIT ?", (state.value, limit)
            )
        return [_item(r) for r in rows]

    def next_due_at(self) -> float | None:
        """When the earliest waiting item may be sent (epoch seconds), or None if none wait."""
        row = self._db.query_one(
            "SELECT min(CASE WHEN state = 'pending' THEN next_attempt_at ELSE lease_until END) "
            "FROM outbox WHERE state IN ('pending', 'inflight')"
        )
        return None if row is None or row[0] is None else float(row[0])
