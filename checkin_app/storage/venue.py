"""The venue hub's tables: paired stations, items already applied, and the change feed.

On the hub, `hub_settings.feed = 1` makes triggers append every ticket change and every
admission or undo to `hub_feed`; stations follow that feed by sequence number. On a paired
station, `load_venue_rows` writes what the hub sends (with the door that admitted).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checkin_app.domain.clock import utc_now_iso
from checkin_app.storage.checkins import CheckinLog
from checkin_app.storage.database import Database
from checkin_app.storage.tickets import _COLUMNS, indexed_after, upsert_sql


@dataclass(frozen=True, slots=True)
class PairedStation:
    id: str
    name: str
    token_hash: str
    paired_at: str
    last_contact: str | None
    last_address: str | None
    queue: int
    revoked_at: str | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _station(row: sqlite3.Row) -> PairedStation:
    return PairedStation(
        row["id"], row["name"], row["token_hash"], row["paired_at"], row["last_contact"],
        row["last_address"], row["queue"], row["revoked_at"],
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class FeedSlice:
    tickets: list[tuple[str, str]]  # (event id, upper-case ticket number)
    marks: list[str]  # scan ids whose Wix call started or ended
    last_seq: int


class VenueStore:
    """Read and write the hub tables (every write its own `BEGIN IMMEDIATE` unless a
    connection is passed)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One `BEGIN IMMEDIATE` … `COMMIT` for the connection-taking helpers here, the scan
        log's and the outbox's (a door's lone decision is applied in one)."""
        with self._db.transaction() as conn:
            yield conn

    def reader(self) -> sqlite3.Connection:
        """This thread's connection, for the read-only helpers that take one (no write
        lock: the hub's feed is read by every door)."""
        return self._db.connection()

    # -- settings -----------------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        row = self._db.query_one("SELECT value FROM hub_settings WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO hub_settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- paired stations ----------------------------------------------------------------
    def add_station(self, station_id: str, name: str, token_hash: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO hub_stations (id, name, token_hash, paired_at) VALUES (?,?,?,?)",
                (station_id, name, token_hash, utc_now_iso()),
            )

    def station(self, station_id: str) -> PairedStation | None:
        row = self._db.query_one("SELECT * FROM hub_stations WHERE id = ?", (station_id,))
        return _station(row) if row else None

    def stations(self) -> list[PairedStation]:
        rows = self._db.query("SELECT * FROM hub_stations ORDER BY name, paired_at")
        return [_station(r) for r in rows]

    def revoke(self, id_or_name: str) -> int:
        """Revoke the station with this id, or every active one with this name."""
        with self._db.transaction() as conn:
            return conn.execute(
                "UPDATE hub_stations SET revoked_at = ? WHERE revoked_at IS NULL "
                "AND (id = ? OR name = ?)",
                (utc_now_iso(), id_or_name, id_or_name),
            ).rowcount

    def touch(self, station_id: str, address: str | None, queue: int | None = None) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE hub_stations SET last_contact = ?, last_address = ?, "
                "queue = coalesce(?, queue) WHERE id = ?",
                (utc_now_iso(), address, queue, station_id),
            )

    # -- items already applied (idempotency) --------------------------------------------
    @staticmethod
    def received(conn: sqlite3.Connection, station_id: str, key: str) -> str | None:
        row = conn.execute(
            "SELECT result FROM hub_received WHERE station_id = ? AND item_key = ?",
            (station_id, key),
        ).fetchone()
        return None if row is None else str(row[0])

    @staticmethod
    def mark_received(conn: sqlite3.Connection, station_id: str, key: str, result: str) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO hub_received (station_id, item_key, result, received_at) "
            "VALUES (?,?,?,?)",
            (station_id, key, result, utc_now_iso()),
        )

    # -- the change feed ----------------------------------------------------------------
    def enable_feed(self) -> None:
        self.set_setting("feed", "1")

    def last_seq(self) -> int:
        row = self._db.query_one("SELECT coalesce(max(seq), 0) FROM hub_feed")
        return int(row[0]) if row else 0

    def changes_since(self, since: int, limit: int) -> FeedSlice:
        """What changed after `since`: tickets (each once), the scan ids of "sent to Wix"
        marks, and the last seq read."""
        rows = self._db.query(
            "SELECT seq, event_id, ticket_number, scan_id FROM hub_feed WHERE seq > ? "
            "ORDER BY seq LIMIT ?",
            (since, limit),
        )
        if not rows:
            return FeedSlice([], [], since)
        keys = dict.fromkeys((r["event_id"], r["ticket_number"].upper()) for r in rows)
        marks = dict.fromkeys(r["scan_id"] for r in rows if r["scan_id"])
        return FeedSlice(list(keys), list(marks), int(rows[-1]["seq"]))

    def venue_rows(self, keys: Sequence[tuple[str, str]]) -> list[list[object]]:
        """The tickets as the venue sees them, as wire rows (`VENUE_FIELDS`): Wix's row,
        with the check-in time replaced by the venue's first live admission (and its door)
        when there is one."""
        found: list[sqlite3.Row] = []
        by_event: dict[str, list[str]] = {}
        for event_id, number in keys:
            by_event.setdefault(event_id, []).append(number)
        conn = self._db.connection()
        with self._db.translate_errors():
            for event_id, numbers in by_event.items():
                for start in range(0, len(numbers), 500):
                    chunk = numbers[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    found.extend(
                        conn.execute(
                            f"SELECT {_WIRE} FROM tickets WHERE event_id = ? "
                            f"AND ticket_number IN ({marks})",
                            (event_id, *chunk),
                        ).fetchall()
                    )
            return _with_admissions(conn, found)

    def snapshot_rows(
        self, event_id: str, after: int, limit: int
    ) -> tuple[list[list[object]], int | None]:
        """One page of an event's tickets by rowid as wire rows; and the next `after`."""
        conn = self._db.connection()
        with self._db.translate_errors():
            rows = conn.execute(
                f"SELECT rowid AS rid, {_WIRE} FROM tickets WHERE event_id = ? AND rowid > ? "
                "ORDER BY rowid LIMIT ?",
                (event_id, after, limit),
            ).fetchall()
            page = _with_admissions(conn, rows, skip=1)
        following = int(rows[-1]["rid"]) if len(rows) == limit else None
        return page, following

    # -- a paired station's copy ---------------------------------------------------------
    @staticmethod
    def load_venue_rows(
        conn: sqlite3.Connection, rows: Sequence[Sequence[object]], generation: int
    ) -> int:
        """Write ticket rows the hub sent (`VENUE_FIELDS` order: server state for a paired
        station, with the door that admitted); new tickets are indexed for search in one go."""
        values = [(*row[:17], generation, row[17]) for row in rows]
        with indexed_after(conn):
            conn.executemany(
                upsert_sql(removed="excluded.removed", extra=("checked_in_station",)), values
            )
        return len(values)

    @staticmethod
    def mark_gone(conn: sqlite3.Connection, gone: Sequence[tuple[str, str]]) -> int:
        """Mark tickets the hub no longer holds as removed (a door decides on them as on any
        ticket gone from the list: no admission); returns how many changed."""
        return conn.executemany(
            "UPDATE tickets SET removed = 1 WHERE event_id = ? AND ticket_number = ? "
            "AND removed = 0",
            gone,
        ).rowcount


# The wire row's columns as stored (the last, the admitting door, is filled in from the log).
VENUE_FIELDS = (*(c.strip() for c in _COLUMNS.split(",")[:-1]), "checked_in_station")
_WIRE = ", ".join(VENUE_FIELDS[:-1])
_AT, _NUMBER, _EVENT = VENUE_FIELDS.index("server_checked_in_at"), 1, 0


def _with_admissions(
    conn: sqlite3.Connection, rows: Sequence[sqlite3.Row], skip: int = 0
) -> list[list[object]]:
    """Wire rows from `rows` (their first `skip` columns dropped), each with the venue's
    check-in: the first live admission and its door, else Wix's check-in not undone here."""
    priors = CheckinLog.prior_check_ins(
        conn, [(r[_EVENT + skip], r[_NUMBER + skip], r[_AT + skip]) for r in rows]
    )
    result: list[list[object]] = []
    for row in rows:
        values = list(row)[skip:]
        prior = priors.get((values[_EVENT], values[_NUMBER].upper()))
        values[_AT] = prior.at if prior else None
        values.append(prior.station if prior else None)
        result.append(values)
    return result


class VenueAdmissions:
    """What the hub does with an admission a door decided alone (inside one transaction)."""

    @staticmethod
    def scan_row(conn: sqlite3.Connection, scan_id: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM checkins WHERE scan_id = ?", (scan_id,)
        ).fetchone()
        return row

    @staticmethod
    def other_admission(
        conn: sqlite3.Connection, event_id: str, ticket_number: str, scan_id: str
    ) -> tuple[str, str | None] | None:
        """The earliest live admission of the ticket other than `scan_id` (its time and door),
        else Wix's check-in of it (not undone at the venue), else None."""
        row = conn.execute(
            """SELECT device_time, station FROM checkins WHERE event_id = ? AND ticket_number = ?
                 AND kind = 'scan' AND decision = 'ADMITTED' AND undone_by IS NULL
                 AND scan_id != ? ORDER BY device_time LIMIT 1""",
            (event_id, ticket_number, scan_id),
        ).fetchone()
        if row is not None:
            return str(row["device_time"]), row["station"]
        ticket = conn.execute(
            "SELECT server_checked_in_at FROM tickets WHERE event_id = ? AND ticket_number = ?",
            (event_id, ticket_number),
        ).fetchone()
        server_at = ticket["server_checked_in_at"] if ticket else None
        if server_at and server_at not in CheckinLog.undone_server_check_ins(
            conn, event_id, ticket_number
        ):
            return str(server_at), None
        return None

    @staticmethod
    def first_other_live(
        conn: sqlite3.Connection, event_id: str, ticket_number: str, scan_id: str
    ) -> sqlite3.Row | None:
        """The earliest live admission of the ticket in this log other than `scan_id`."""
        row: sqlite3.Row | None = conn.execute(
            """SELECT scan_id, device_time, station FROM checkins WHERE event_id = ?
                 AND ticket_number = ? AND kind = 'scan' AND decision = 'ADMITTED'
                 AND undone_by IS NULL AND scan_id != ? ORDER BY device_time LIMIT 1""",
            (event_id, ticket_number, scan_id),
        ).fetchone()
        return row

    @staticmethod
    def recorded_as_double(conn: sqlite3.Connection, scan_id: str) -> bool:
        """Whether this admission was already recorded as a double admission."""
        row = conn.execute(
            "SELECT 1 FROM conflicts WHERE local_scan_id = ? LIMIT 1", (scan_id,)
        ).fetchone()
        return row is not None

    @staticmethod
    def wix_check_in(conn: sqlite3.Connection, event_id: str, ticket_number: str) -> str | None:
        """Wix's check-in of the ticket as this copy knows it, not undone here. (A copy that
        was a paired door's also holds the old hub's view of venue admissions, with their
        door: those are not Wix's.)"""
        row = conn.execute(
            "SELECT server_checked_in_at FROM tickets WHERE event_id = ? AND ticket_number = ? "
            "AND checked_in_station IS NULL",
            (event_id, ticket_number),
        ).fetchone()
        at = row["server_checked_in_at"] if row else None
        if at and at not in CheckinLog.undone_server_check_ins(conn, event_id, ticket_number):
            return str(at)
        return None

    @staticmethod
    def adopt_admission(
        conn: sqlite3.Connection, scan_id: str, reason: str, device_time: str
    ) -> None:
        """The hub had answered this scan, but the door admitted alone (it never heard back):
        the door's admission is what happened."""
        conn.execute(
            "UPDATE checkins SET decision = 'ADMITTED', reason = ?, decided_by = 'station', "
            "device_time = ? WHERE scan_id = ?",
            (reason, device_time, scan_id),
        )

    @staticmethod
    def live_others(
        conn: sqlite3.Connection, event_id: str, ticket_number: str, scan_id: str
    ) -> int:
        row = conn.execute(
            """SELECT count(*) FROM checkins WHERE event_id = ? AND ticket_number = ?
                 AND kind = 'scan' AND decision = 'ADMITTED' AND undone_by IS NULL
                 AND scan_id != ?""",
            (event_id, ticket_number, scan_id),
        ).fetchone()
        return int(row[0]) if row else 0

    @staticmethod
    def record_payment(
        conn: sqlite3.Connection, event_id: str, order_number: str, amount: str | None,
        currency: str | None, station: str,
    ) -> None:  # fmt: skip
        conn.execute(
            "INSERT OR IGNORE INTO local_payments (event_id, order_number, amount, currency,"
            " station, collected_at) VALUES (?,?,?,?,?,?)",
            (event_id, order_number, amount, currency, station, utc_now_iso()),
        )
