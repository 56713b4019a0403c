"""A paired door's copy of the admissions a venue hub decided for it (`hub_held`).

The hub queues the Wix call of every admission it decides; if it dies before sending, its
disk holds the only copy. So the door keeps each one until the hub says it reached Wix
(a "sent" mark in the feed), with what the door learned of when a send of it can have
landed at Wix (`lands_after`, Wix's clock): a new hub takes those over once each and tells a
send that landed from another device's check-in (checkin_app/services/hub_takeover.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from checkin_app.storage.database import Database


@dataclass(frozen=True, slots=True)
class HeldAdmission:
    scan_id: str
    event_id: str
    ticket_number: str
    hub_id: str
    lands_after: float | None  # None: unknown (any check-in at Wix may be this one's)
    sending: bool  # a send began: lands_after no longer moves
    confirmed_by: str | None  # the hub that last said it holds this admission


@dataclass(frozen=True, slots=True)
class WixMark:
    """What a hub says about one admission's Wix call (the feed's marks, a hand-over's
    answer): `sent` (done) | `cancelled` (undone before sent) | `sending` (a send began;
    `lands_after` is the earliest it can have landed) | `queued` (no send can have landed)."""

    scan_id: str
    state: str
    lands_after: float | None = None

    @property
    def final(self) -> bool:
        return self.state in ("sent", "cancelled")


# A send began: no send of it landed before the later of what was known and the earliest
# the hub's first send can have landed (either may be unknown); from now on it stays.
_SENDING = (
    "UPDATE hub_held SET sending = 1, lands_after = CASE WHEN lands_after IS NULL THEN ? "
    "WHEN ? IS NULL THEN lands_after ELSE max(lands_after, ?) END WHERE scan_id = ?"
)


def _lands(mark: WixMark) -> tuple[float | None, float | None, float | None]:
    return mark.lands_after, mark.lands_after, mark.lands_after


def _held(row: sqlite3.Row) -> HeldAdmission:
    return HeldAdmission(
        row["scan_id"], row["event_id"], row["ticket_number"], row["hub_id"],
        row["lands_after"], bool(row["sending"]), row["confirmed_by"],
    )  # fmt: skip


class HeldAdmissions:
    """Read and write `hub_held` (writes inside the caller's transaction)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def hold(
        conn: sqlite3.Connection, scan_id: str, event_id: str, ticket_number: str,
        hub_id: str, lands_after: float | None, *, confirmed: bool = True,
    ) -> None:  # fmt: skip
        """Keep an admission `hub_id` holds for Wix (kept as it is if already held).
        `confirmed=False`: the hub may hold it (its answer was lost): ask it again."""
        conn.execute(
            "INSERT OR IGNORE INTO hub_held (scan_id, event_id, ticket_number, hub_id, "
            "lands_after, confirmed_by) VALUES (?,?,?,?,?,?)",
            (scan_id, event_id, ticket_number, hub_id, lands_after,
             hub_id if confirmed else None),
        )  # fmt: skip

    @staticmethod
    def drop(conn: sqlite3.Connection, scan_ids: Iterable[str]) -> int:
        return sum(
            conn.execute("DELETE FROM hub_held WHERE scan_id = ?", (s,)).rowcount for s in scan_ids
        )

    @staticmethod
    def apply_marks(
        conn: sqlite3.Connection, hub_id: str, marks: Iterable[WixMark],
        wix_after: float | None,
    ) -> int:  # fmt: skip
        """Marks from `hub_id`'s feed: drop what reached Wix (or was cancelled); fix where a
        send began. Then, when the reply covered the whole feed (`wix_after` given), the
        hub's sends of every other admission it holds come later than `wix_after`: the
        marks of every send started before it were in the reply. Returns rows dropped."""
        dropped = 0
        for mark in marks:
            if mark.final:
                dropped += conn.execute(
                    "DELETE FROM hub_held WHERE scan_id = ? AND hub_id = ?",
                    (mark.scan_id, hub_id),
                ).rowcount
            elif mark.state == "sending":
                conn.execute(_SENDING + " AND hub_id = ?", (*_lands(mark), mark.scan_id, hub_id))
        if wix_after is not None:
            conn.execute(
                "UPDATE hub_held SET lands_after = max(coalesce(lands_after, ?), ?) "
                "WHERE hub_id = ? AND sending = 0",
                (wix_after, wix_after, hub_id),
            )
        return dropped

    @staticmethod
    def confirm(conn: sqlite3.Connection, scan_id: str, hub_id: str, mark: WixMark) -> None:
        """`hub_id` now holds the admission (it took it over, or says it still has it)."""
        if mark.final:
            conn.execute("DELETE FROM hub_held WHERE scan_id = ?", (scan_id,))
            return
        # Another hub than the one that decided it: the first may still send it while it
        # lives, so what the door knows of its sends no longer moves.
        conn.execute(
            "UPDATE hub_held SET sending = max(sending, hub_id != ?), hub_id = ?, "
            "confirmed_by = ? WHERE scan_id = ?",
            (hub_id, hub_id, hub_id, scan_id),
        )
        if mark.state == "sending":
            conn.execute(_SENDING, (*_lands(mark), scan_id))

    @staticmethod
    def unconfirm_all(conn: sqlite3.Connection) -> None:
        """The door lost its place in the hub's feed (a new snapshot): marks may have been
        missed, so every held admission is confirmed again with the hub."""
        conn.execute("UPDATE hub_held SET confirmed_by = NULL")

    def to_confirm(self, hub_id: str, limit: int) -> list[HeldAdmission]:
        """Held admissions `hub_id` has not confirmed (another hub decided them, or the
        door's place in the feed was lost)."""
        rows = self._db.query(
            "SELECT * FROM hub_held WHERE confirmed_by IS NULL OR confirmed_by != ? "
            "ORDER BY rowid LIMIT ?",
            (hub_id, limit),
        )
        return [_held(r) for r in rows]

    def all(self) -> list[HeldAdmission]:
        return [_held(r) for r in self._db.query("SELECT * FROM hub_held ORDER BY rowid")]

    def count(self) -> int:
        row = self._db.query_one("SELECT count(*) FROM hub_held")
        return int(row[0]) if row else 0
