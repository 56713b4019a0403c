"""The append-only log of every scan on this station, and what it says about a ticket."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from checkin_app.domain.models import PriorCheckIn
from checkin_app.storage.database import Database


@dataclass(frozen=True, slots=True)
class ScanRecord:
    """One row of the scan log."""

    scan_id: str
    kind: str
    event_id: str
    ticket_number: str | None
    station: str
    method: str
    decision: str
    reason: str
    override: bool
    payment_collected: bool
    device_time: str
    undo_of: str | None
    undone_by: str | None
    decided_by: str = "station"  # "hub": the venue hub decided it (issue 14)


def _record(row: sqlite3.Row) -> ScanRecord:
    return ScanRecord(
        scan_id=row["scan_id"],
        kind=row["kind"],
        event_id=row["event_id"],
        ticket_number=row["ticket_number"],
        station=row["station"],
        method=row["method"],
        decision=row["decision"],
        reason=row["reason"],
        override=bool(row["override"]),
        payment_collected=bool(row["payment_collected"]),
        device_time=row["device_time"],
        undo_of=row["undo_of"],
        undone_by=row["undone_by"],
        decided_by=row["decided_by"],
    )


class CheckinLog:
    """Writes happen inside the check-in service's transaction; reads are plain queries."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def insert(conn: sqlite3.Connection, record: ScanRecord, monotonic_ns: int,
               undone_server_at: str | None = None) -> None:  # fmt: skip
        conn.execute(
            """INSERT INTO checkins (scan_id, kind, event_id, ticket_number, station, method,
                   decision, reason, override, payment_collected, device_time, monotonic_ns,
                   undo_of, undone_by, undone_server_at, decided_by)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                record.scan_id, record.kind, record.event_id, record.ticket_number,
                record.station, record.method, record.decision, record.reason,
                int(record.override), int(record.payment_collected), record.device_time,
                monotonic_ns, record.undo_of, record.undone_by, undone_server_at,
                record.decided_by,
            ),
        )  # fmt: skip

    @staticmethod
    def live_admission(
        conn: sqlite3.Connection, event_id: str, ticket_number: str
    ) -> ScanRecord | None:
        """This station's admission of the ticket that has not been undone, if any."""
        row = conn.execute(
            """SELECT * FROM checkins WHERE event_id = ? AND ticket_number = ? AND kind = 'scan'
                 AND decision = 'ADMITTED' AND undone_by IS NULL
               ORDER BY device_time LIMIT 1""",
            (event_id, ticket_number),
        ).fetchone()
        return _record(row) if row else None

    @staticmethod
    def undone_server_check_ins(
        conn: sqlite3.Connection, event_id: str, ticket_number: str
    ) -> set[str]:
        """Server check-in times this station has undone (the undo may not have synced yet)."""
        rows = conn.execute(
            "SELECT undone_server_at FROM checkins WHERE event_id = ? AND ticket_number = ? "
            "AND kind = 'undo' AND undone_server_at IS NOT NULL",
            (event_id, ticket_number),
        ).fetchall()
        return {r[0] for r in rows}

    @classmethod
    def prior_check_in(
        cls, conn: sqlite3.Connection, event_id: str, ticket_number: str, server_at: str | None,
        server_station: str | None = None,
    ) -> PriorCheckIn | None:  # fmt: skip
        """ "Checked in" = a live local admission, or a server check-in not undone here.

        `server_station` names the door of the server's check-in when the server is the venue
        hub (Wix names none)."""
        local = cls.live_admission(conn, event_id, ticket_number)
        if local is not None:
            return PriorCheckIn(at=local.device_time, station=local.station)
        if server_at and server_at not in cls.undone_server_check_ins(
            conn, event_id, ticket_number
        ):
            return PriorCheckIn(at=server_at, station=server_station)
        return None

    @staticmethod
    def prior_check_ins(
        conn: sqlite3.Connection, tickets: list[tuple[str, str, str | None]]
    ) -> dict[tuple[str, str], PriorCheckIn]:
        """`prior_check_in` for many (event_id, ticket_number, server_at) at once (two queries),
        keyed by (event_id, upper-case ticket number)."""
        if not tickets:
            return {}
        numbers = sorted({number for _, number, _ in tickets})
        events = sorted({event_id for event_id, _, _ in tickets})
        marks = ",".join("?" * len(numbers))
        # event_id first, so the (event_id, ticket_number) index serves the look-up.
        event_marks = ",".join("?" * len(events))
        live: dict[tuple[str, str], PriorCheckIn] = {}
        undone: set[tuple[str, str, str]] = set()
        for row in conn.execute(
            f"""SELECT event_id, ticket_number, station, min(device_time) AS at FROM checkins
                WHERE event_id IN ({event_marks}) AND ticket_number IN ({marks})
                  AND kind = 'scan' AND decision = 'ADMITTED' AND undone_by IS NULL
                GROUP BY event_id, ticket_number""",
            [*events, *numbers],
        ):
            live[(row["event_id"], row["ticket_number"].upper())] = PriorCheckIn(
                at=row["at"], station=row["station"]
            )
        for row in conn.execute(
            f"""SELECT event_id, ticket_number, undone_server_at FROM checkins
                WHERE event_id IN ({event_marks}) AND ticket_number IN ({marks})
                  AND kind = 'undo' AND undone_server_at IS NOT NULL""",
            [*events, *numbers],
        ):
            undone.add((row["event_id"], row["ticket_number"].upper(), row["undone_server_at"]))
        result: dict[tuple[str, str], PriorCheckIn] = {}
        for event_id, number, server_at in tickets:
            key = (event_id, number.upper())
            if key in live:
                result[key] = live[key]
            elif server_at and (event_id, number.upper(), server_at) not in undone:
                result[key] = PriorCheckIn(at=server_at, station=None)
        return result

    def priors(
        self, tickets: list[tuple[str, str, str | None]]
    ) -> dict[tuple[str, str], PriorCheckIn]:
        """`prior_check_ins` outside a transaction (search, lists)."""
        return self.prior_check_ins(self._db.connection(), tickets)

    @staticmethod
    def mark_undone(conn: sqlite3.Connection, scan_id: str, undo_scan_id: str) -> None:
        conn.execute("UPDATE checkins SET undone_by = ? WHERE scan_id = ?", (undo_scan_id, scan_id))

    def recent(self, limit: int = 20, event_id: str | None = None) -> list[ScanRecord]:
        """The latest scans, newest first (survives restarts: it is the log itself)."""
        if event_id:
            rows = self._db.query(
                "SELECT * FROM checkins WHERE event_id = ? ORDER BY device_time DESC, rowid DESC "
                "LIMIT ?",
                (event_id, limit),
            )
        else:
            rows = self._db.query(
                "SELECT * FROM checkins ORDER BY device_time DESC, rowid DESC LIMIT ?", (limit,)
            )
        return [_record(r) for r in rows]

    def get(self, scan_id: str) -> ScanRecord | None:
        row = self._db.query_one("SELECT * FROM checkins WHERE scan_id = ?", (scan_id,))
        return _record(row) if row else None

    def admitted_count(self, event_id: str) -> int:
        row = self._db.query_one(
            "SELECT count(*) FROM checkins WHERE event_id = ? AND kind = 'scan' "
            "AND decision = 'ADMITTED' AND undone_by IS NULL",
            (event_id,),
        )
        return int(row[0]) if row else 0

    def last_hub_decision(self) -> str | None:
        """When (device time, ISO) the venue hub last decided a scan here, if ever."""
        row = self._db.query_one(
            "SELECT device_time FROM checkins WHERE decided_by = 'hub' "
            "ORDER BY device_time DESC LIMIT 1"
        )
        return str(row[0]) if row else None

    def count(self) -> int:
        row = self._db.query_one("SELECT count(*) FROM checkins")
        return int(row[0]) if row else 0
