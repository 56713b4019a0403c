"""The venue hub's tables: paired stations, items already applied, and the change feed.

On the hub, `hub_settings.feed = 1` makes triggers append every ticket change and every
admission or undo to `hub_feed`; stations follow that feed by sequence number. On a paired
station, `apply_venue_tickets` writes what the hub sends (with the door that admitted).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from checkin_app.domain.clock import utc_now_iso
from checkin_app.domain.models import Ticket
from checkin_app.storage.checkins import CheckinLog
from checkin_app.storage.database import Database
from checkin_app.storage.tickets import _COLUMNS, _row_values, ticket_from_row, upsert_sql


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

    def changes_since(self, since: int, limit: int) -> tuple[list[tuple[str, str]], int]:
        """(event id, ticket number) changed after `since` (each once), and the last seq read."""
        rows = self._db.query(
            "SELECT seq, event_id, ticket_number FROM hub_feed WHERE seq > ? ORDER BY seq LIMIT ?",
            (since, limit),
        )
        if not rows:
            return [], since
        keys = dict.fromkeys((r["event_id"], r["ticket_number"].upper()) for r in rows)
        return list(keys), int(rows[-1]["seq"])

    def venue_tickets(self, keys: Sequence[tuple[str, str]]) -> list[tuple[Ticket, str | None]]:
        """The tickets as the venue sees them: Wix's row, with the check-in time replaced by
        the venue's first live admission (and its door) when there is one."""
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
                            f"SELECT {_COLUMNS} FROM tickets WHERE event_id = ? "
                            f"AND ticket_number IN ({marks})",
                            (event_id, *chunk),
                        ).fetchall()
                    )
            return self._with_admissions(conn, found)

    def snapshot_page(
        self, event_id: str, after: int, limit: int
    ) -> tuple[list[tuple[Ticket, str | None]], int | None]:
        """One page of an event's tickets by rowid; returns the page and the next `after`."""
        conn = self._db.connection()
        with self._db.translate_errors():
            rows = conn.execute(
                f"SELECT rowid AS rid, {_COLUMNS} FROM tickets WHERE event_id = ? AND rowid > ? "
                "ORDER BY rowid LIMIT ?",
                (event_id, after, limit),
            ).fetchall()
            page = self._with_admissions(conn, rows)
        following = int(rows[-1]["rid"]) if len(rows) == limit else None
        return page, following

    @staticmethod
    def _with_admissions(
        conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]
    ) -> list[tuple[Ticket, str | None]]:
        tickets = [ticket_from_row(r) for r in rows]
        priors = CheckinLog.prior_check_ins(
            conn, [(t.event_id, t.ticket_number, t.server_checked_in_at) for t in tickets]
        )
        result: list[tuple[Ticket, str | None]] = []
        for ticket in tickets:
            prior = priors.get((ticket.event_id, ticket.ticket_number.upper()))
            at = prior.at if prior else None
            result.append((_with_check_in(ticket, at), prior.station if prior else None))
        return result

    # -- a paired station's copy ---------------------------------------------------------
    def apply_venue_tickets(
        self, tickets: Iterable[tuple[Ticket, str | None]], generation: int,
        conn: sqlite3.Connection,
    ) -> int:  # fmt: skip
        """Write tickets the hub sent (server state for a paired station), with their door."""
        rows = [(*_row_values(t, generation), station) for t, station in tickets]
        conn.executemany(
            upsert_sql(removed="excluded.removed", extra=("checked_in_station",)), rows
        )
        return len(rows)


def _with_check_in(ticket: Ticket, at: str | None) -> Ticket:
    if ticket.server_checked_in_at == at:
        return ticket
    return replace(ticket, server_checked_in_at=at)


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
