"""What the sync engine remembers about each check-in it sent, to tell later whether a
check-in Wix holds was made by this station or by another device.

Per outbox item (`sync_push_log`, migrations 3 and 6 in `checkin_app/storage/schema.py`):
when it first and last left, the stamp Wix answered with and whether it was judged this
station's own, every send that got no reply (it may still have reached Wix: local times
plus the server-clock bound known then), the bound used to judge the reply, the pre-read
before the first send, and the window that judgement could not resolve.

The table belongs to the sync engine: nothing outside `checkin_app/sync/` reads or writes it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from checkin_app.domain.clock import to_iso
from checkin_app.storage.database import Database
from checkin_app.sync.server_clock import MAX_DRIFT, STAMP_RESOLUTION_S, ServerClock
from checkin_app.wix.timestamps import parse_wix_time

MAX_LOST_SENDS = 100  # per item; older ones are forgotten (that many tries is a dead link)
TAKEOVER_SESSION = "venue-takeover"  # lost sends a hub adopted: their bounds are their own
FAR_FUTURE = 4102444800.0  # 2100-01-01: "while the other hub may live"


def server_estimate(local: float, offset_s: float | None) -> str:
    """A laptop time as the server's clock would show it (ISO-8601 UTC)."""
    return to_iso(datetime.fromtimestamp(local + (offset_s or 0.0), UTC))


@dataclass(frozen=True, slots=True)
class LostSend:
    """A send that got no reply: Wix may have acted on it any time in between."""

    sent_local: float
    failed_local: float
    low: float | None  # server − local bound when it happened (None: nothing known then)
    high: float | None
    session: str | None = None  # the ServerClock session it was recorded in

    def bounds(self, clock: ServerClock) -> tuple[float | None, float | None]:
        """The server − local bound that holds for this send.

        Within the clock session it was recorded in, what was learned since applies too
        (widened by the drift since the send); otherwise the bound stored with it, or —
        when none was known then — today's (assuming the laptop clock did not step)."""
        low, high = self.low, self.high
        if self.session != clock.session and low is not None and high is not None:
            return low, high
        now_low, now_high = clock.bound
        drift = MAX_DRIFT * max(0.0, clock.local_now() - self.sent_local)
        if now_low is not None:
            low = now_low - drift if low is None else max(low, now_low - drift)
        if now_high is not None:
            high = now_high + drift if high is None else min(high, now_high + drift)
        return low, high

    def server_window(self, clock: ServerClock) -> tuple[float, float] | None:
        """When (server clock, epoch s) Wix may have stamped it; None when unknowable."""
        low, high = self.bounds(clock)
        if low is None or high is None or low > high:
            return None
        return self.sent_local + low, self.failed_local + high + STAMP_RESOLUTION_S


@dataclass(frozen=True, slots=True)
class OwnSends:
    """What this station's own check-in calls for one ticket can account for on Wix."""

    stamps: frozenset[datetime]  # replies judged this station's own check-in
    lost: tuple[LostSend, ...]

    def explain(self, server_at: str | None, clock: ServerClock) -> bool:
        """True when this station's own calls may have made the check-in `server_at`.

        Never guesses "another device": an unreadable stamp, or a lost send whose timing
        cannot be placed on Wix's clock, counts as possibly this station's own.
        """
        when = parse_wix_time(server_at)
        if when is None:
            return True
        if when in self.stamps:
            return True
        moment = when.timestamp()
        for lost in self.lost:
            window = lost.server_window(clock)
            if window is None or window[0] <= moment <= window[1]:
                return True
        return False

    def lost_width(self, clock: ServerClock) -> float:
        """The longest stretch of Wix's clock a lost send leaves unresolved."""
        widths = [w[1] - w[0] for w in (lost.server_window(clock) for lost in self.lost) if w]
        return max(widths, default=0.0)


NO_SENDS = OwnSends(frozenset(), ())


class PushLog:
    """Read and write `sync_push_log`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- sending ------------------------------------------------------------------------
    def mark_sent(
        self, items: Iterable[tuple[int, str | None]], sent_local: float, clock: ServerClock,
        *, lands_by_local: float, read_local: float | None = None, free: Iterable[int] = (),
    ) -> None:  # fmt: skip
        """Record, before the call leaves, when each (outbox id, scan id) was sent, and — for
        the ids in `free` — when the pre-read that saw their ticket not checked in was sent.

        Written *before* sending, with the send counted as lost until `lands_by_local` (the
        lease): if the process dies mid-call, the next send still knows that this one may
        have reached Wix. `settle()`/`record_reply()` correct it once the call returns. A
        later send keeps the first time and moves `last_sent_local`.
        """
        low, high = clock.bound
        offset = None if low is None or high is None else (low + high) / 2
        first = server_estimate(sent_local, offset)
        rows = [(i, s, first, sent_local, int(offset is not None)) for i, s in items]
        if not rows:
            return
        inflight = json.dumps([sent_local, lands_by_local, low, high, clock.session])
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO sync_push_log (outbox_id, scan_id, first_sent_at, "
                "sent_local, offset_known) VALUES (?,?,?,?,?)",
                rows,
            )
            # A send still under way here is one a dead process never settled (a crash
            # mid-call): Wix may have acted on it until its lease ran out. Keep it as lost,
            # or its stamp would be taken for another device's check-in.
            for row in _rows_of(conn, "outbox_id, inflight, lost_sends", [r[0] for r in rows]):
                entry = _entry(row["inflight"])
                if entry is not None:
                    lost = [*_lost_list(row["lost_sends"]), list(entry)]
                    conn.execute(
                        "UPDATE sync_push_log SET lost_sends = ? WHERE outbox_id = ?",
                        (json.dumps(lost[-MAX_LOST_SENDS:]), row["outbox_id"]),
                    )
            conn.executemany(
                "UPDATE sync_push_log SET last_sent_local = ?, inflight = ? WHERE outbox_id = ?",
                [(sent_local, inflight, i) for i, *_ in rows],
            )
            if read_local is not None:
                conn.executemany(
                    "UPDATE sync_push_log SET read_local = ?, read_session = ? WHERE outbox_id = ?",
                    [(read_local, clock.session, i) for i in free],
                )

    def settle(self, ids: Sequence[int], failed_local: float | None) -> None:
        """The send under way came back: with a reply (`failed_local` None — it is not
        lost), or without one at `failed_local` (Wix may have acted on it: kept as lost)."""
        if not ids:
            return
        with self._db.transaction() as conn:
            if failed_local is not None:
                for row in _rows_of(conn, "outbox_id, inflight, lost_sends", ids):
                    entry = _entry(row["inflight"])
                    if entry is not None:
                        lost = [*_lost_list(row["lost_sends"]), [entry[0], failed_local,
                                                                 *entry[2:]]]  # fmt: skip
                        conn.execute(
                            "UPDATE sync_push_log SET lost_sends = ? WHERE outbox_id = ?",
                            (json.dumps(lost[-MAX_LOST_SENDS:]), row["outbox_id"]),
                        )
            conn.executemany(
                "UPDATE sync_push_log SET inflight = NULL WHERE outbox_id = ?",
                [(i,) for i in ids],
            )

    @staticmethod
    def record_reply(
        conn: sqlite3.Connection, outbox_id: int, server_at: str | None, *, own: bool,
        clock: ServerClock, window_s: float | None,
    ) -> None:  # fmt: skip
        """Wix's stamp for the item (its send came back), whether it was judged this
        station's own, the bound it was judged with, and the window that judgement could
        not resolve."""
        low, high = clock.bound
        conn.execute(
            "UPDATE sync_push_log SET server_at = ?, own_stamp = ?, offset_low = ?, "
            "offset_high = ?, window_s = ?, inflight = NULL WHERE outbox_id = ?",
            (server_at, int(own), low, high, window_s, outbox_id),
        )

    # -- reading ------------------------------------------------------------------------
    @staticmethod
    def own_sends(conn: sqlite3.Connection, event_id: str, ticket_number: str) -> OwnSends:
        """Everything this station sent to check the ticket in (any of its admissions)."""
        return PushLog.own_sends_many(conn, event_id, [ticket_number]).get(
            ticket_number.casefold(), NO_SENDS
        )

    @staticmethod
    def own_sends_many(
        conn: sqlite3.Connection, event_id: str, numbers: Sequence[str], *,
        skip_inflight_of: Iterable[int] = (),
    ) -> dict[str, OwnSends]:  # fmt: skip
        """`own_sends` for many tickets (keyed by casefolded number) in a few queries.
        `skip_inflight_of`: outbox ids whose send under way has just come back."""
        skip = set(skip_inflight_of)
        stamps: dict[str, set[datetime]] = {}
        lost: dict[str, list[LostSend]] = {}
        for start in range(0, len(numbers), 500):
            chunk = list(numbers[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                "SELECT o.id, o.ticket_number, p.server_at, p.own_stamp, p.lost_sends, "
                "p.inflight FROM outbox o JOIN sync_push_log p ON p.outbox_id = o.id "
                f"WHERE o.event_id = ? AND o.ticket_number IN ({marks}) AND o.kind = 'check_in'",
                (event_id, *chunk),
            ).fetchall()
            for row in rows:
                key = row["ticket_number"].casefold()
                # Rows written before migration 6 have no verdict: they were taken as own.
                when = parse_wix_time(row["server_at"])
                if when is not None and row["own_stamp"] != 0:
                    stamps.setdefault(key, set()).add(when)
                sends = lost.setdefault(key, [])
                sends.extend(LostSend(*entry) for entry in _lost_list(row["lost_sends"]))
                entry = _entry(row["inflight"])
                if entry is not None and row["id"] not in skip:
                    sends.append(LostSend(*entry))
        keys = set(stamps) | set(lost)
        return {k: OwnSends(frozenset(stamps.get(k, ())), tuple(lost.get(k, ()))) for k in keys}

    # -- a venue hub's takeover (docs/hub.md, "Takeover") ---------------------------------
    @staticmethod
    def earliest_landing(
        conn: sqlite3.Connection, outbox_ids: Sequence[int]
    ) -> dict[int, float | None]:
        """For items with a send that may have reached Wix (under way, or lost): the earliest
        moment on Wix's clock any of them can have landed (None: unknown — a send made
        before Wix's clock was known). Items missing had no such send."""
        found: dict[int, float | None] = {}
        for row in _rows_of(conn, "outbox_id, inflight, lost_sends", outbox_ids):
            entries = [*_lost_list(row["lost_sends"])]
            entry = _entry(row["inflight"])
            if entry is not None:
                entries.append(entry)
            if not entries:
                continue
            floors = [_floor(e) for e in entries]
            known = [f for f in floors if f is not None]
            found[int(row["outbox_id"])] = min(known) if len(known) == len(floors) else None
        return found

    @staticmethod
    def adopt_sends(
        conn: sqlite3.Connection, outbox_id: int, scan_id: str, lands_after: float | None,
        now_local: float,
    ) -> None:  # fmt: skip
        """A hub taking over another hub's admission: that hub's sends of it count as this
        station's own lost sends — any check-in Wix stamped from `lands_after` on (Wix's
        clock; None: any time) may be one of them. Never a conflict, never sent again."""
        if lands_after is None:  # low > high: a window that cannot be placed, explains all
            entry = [now_local, now_local, 1.0, 0.0, TAKEOVER_SESSION]
        else:  # offsets 0: the local times are already Wix's clock
            entry = [lands_after, FAR_FUTURE, 0.0, 0.0, TAKEOVER_SESSION]
        conn.execute(
            "INSERT OR REPLACE INTO sync_push_log (outbox_id, scan_id, first_sent_at, "
            "sent_local, offset_known, lost_sends) VALUES (?,?,?,?,0,?)",
            (outbox_id, scan_id, server_estimate(now_local, None), now_local,
             json.dumps([entry])),
        )  # fmt: skip

    def adopted(self, ids: Sequence[int]) -> set[int]:
        """Of these items, those a venue hub took over from another hub (`adopt_sends`)."""
        with self._db.translate_errors():
            rows = _rows_of(self._db.connection(), "outbox_id, lost_sends", ids)
        return {
            int(r["outbox_id"]) for r in rows
            if any(e[4] == TAKEOVER_SESSION for e in _lost_list(r["lost_sends"]))
        }  # fmt: skip

    def refine_lost(self, clock: ServerClock) -> None:
        """Store what this clock session learned since into the lost sends it recorded, so
        a later process (another `checkin-app sync`) places them as exactly."""
        rows = self._db.query(
            "SELECT outbox_id, lost_sends FROM sync_push_log WHERE lost_sends LIKE ?",
            (f"%{clock.session}%",),
        )
        if not rows:
            return
        with self._db.transaction() as conn:
            for row in rows:
                lost = [
                    [*e[:2], *LostSend(*e).bounds(clock), e[4]] if e[4] == clock.session else e
                    for e in _lost_list(row["lost_sends"])
                ]
                conn.execute(
                    "UPDATE sync_push_log SET lost_sends = ? WHERE outbox_id = ?",
                    (json.dumps(lost), row["outbox_id"]),
                )

    def free_reads(self, ids: Sequence[int], session: str) -> dict[int, float]:
        """Items whose ticket a pre-read of this clock session saw not checked in: when that
        read was sent. Any check-in of the ticket shown later was made after it."""
        found: dict[int, float] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._db.query(
                f"SELECT outbox_id, read_local FROM sync_push_log WHERE read_session = ? "
                f"AND read_local IS NOT NULL AND outbox_id IN ({marks})",
                (session, *chunk),
            ):
                found[row[0]] = row[1]
        return found


def _rows_of(conn: sqlite3.Connection, columns: str, ids: Sequence[int]) -> list[sqlite3.Row]:
    rows: list[sqlite3.Row] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows += conn.execute(
            f"SELECT {columns} FROM sync_push_log WHERE outbox_id IN ({marks})", chunk
        ).fetchall()
    return rows


def _floor(entry: list[Any]) -> float | None:
    """The earliest Wix time a lost or running send can have landed (None: unknown)."""
    sent, _failed, low, high = entry[:4]
    if low is None or high is None or low > high:
        return None
    return float(sent) + float(low)


def _entry(text: str | None) -> list[Any] | None:
    entries = _lost_list(f"[{text}]") if text else []
    return entries[0] if entries else None


def _lost_list(text: str | None) -> list[list[Any]]:
    """`[sent, failed, low, high, session]` entries (session may be missing)."""
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [
        [*e[:4], e[4] if len(e) > 4 else None]
        for e in value
        if isinstance(e, list)
        and len(e) in (4, 5)
        and all(isinstance(x, int | float) for x in e[:2])
    ]
