"""What one door decision reads and writes, in one transaction (`CheckInService`'s repository).

A scan reads the ticket (the live list, else the pages of a download under way), its prior
admission and the order's payment, then writes the scan log row and the queued Wix calls —
all between one `BEGIN IMMEDIATE` and its `COMMIT`, so a verdict is returned only once it is
on disk.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from checkin_app.domain.models import PriorCheckIn, Ticket
from checkin_app.storage.checkins import CheckinLog, ScanRecord
from checkin_app.storage.database import Database
from checkin_app.storage.downloads import DownloadStore
from checkin_app.storage.outbox import Outbox, OutboxKind
from checkin_app.storage.tickets import ticket_from_row
from checkin_app.storage.venue_held import HeldAdmissions


@dataclass(frozen=True, slots=True)
class DoorTicket:
    """A ticket as the door sees it: from the live list or a download's staged pages."""

    ticket: Ticket
    server_station: str | None  # the door of the server's check-in (the venue hub names one)


class DoorTransaction:
    """Reads and writes inside one open transaction (see `DoorLedger.transaction`)."""

    def __init__(self, conn: sqlite3.Connection, staged: DownloadStore) -> None:
        self._conn = conn
        self._staged = staged

    # -- reads ------------------------------------------------------------------------------
    def ticket(self, event_id: str, ticket_number: str) -> DoorTicket | None:
        """The ticket in the live list, else in the pages of the download under way."""
        row = self._conn.execute(
            "SELECT * FROM tickets WHERE event_id = ? AND ticket_number = ?",
            (event_id, ticket_number),
        ).fetchone()
        if row is not None:
            return DoorTicket(ticket_from_row(row), row["checked_in_station"])
        staged = self._staged.staged_ticket(event_id, ticket_number, self._conn)
        return DoorTicket(staged, None) if staged is not None else None

    def prior_check_in(
        self, event_id: str, ticket_number: str, server_at: str | None,
        server_station: str | None = None,
    ) -> PriorCheckIn | None:  # fmt: skip
        """A live admission here, or the server's check-in unless this station undid it."""
        return CheckinLog.prior_check_in(
            self._conn, event_id, ticket_number, server_at, server_station
        )

    def live_admission(self, event_id: str, ticket_number: str) -> ScanRecord | None:
        return CheckinLog.live_admission(self._conn, event_id, ticket_number)

    def undone_server_check_ins(self, event_id: str, ticket_number: str) -> set[str]:
        return CheckinLog.undone_server_check_ins(self._conn, event_id, ticket_number)

    def payment_collected(self, event_id: str, order_number: str) -> bool:
        """Whether a door already took this order's money (Confirm Order is queued)."""
        row = self._conn.execute(
            "SELECT 1 FROM local_payments WHERE event_id = ? AND order_number = ?",
            (event_id, order_number),
        ).fetchone()
        return row is not None

    def order_prices(self, event_id: str, order_number: str) -> list[str | None]:
        """The prices of the order's live tickets (not canceled, archived or removed)."""
        rows = self._conn.execute(
            "SELECT price FROM tickets WHERE event_id = ? AND order_number = ? AND canceled = 0 "
            "AND archived = 0 AND removed = 0",
            (event_id, order_number),
        ).fetchall()
        return [row[0] for row in rows]

    def sent_for_scan(self, scan_id: str) -> bool:
        return Outbox.sent_for_scan(self._conn, scan_id)

    # -- writes -----------------------------------------------------------------------------
    def add_scan(
        self, record: ScanRecord, monotonic_ns: int, undone_server_at: str | None = None
    ) -> None:
        CheckinLog.insert(self._conn, record, monotonic_ns, undone_server_at)

    def mark_undone(self, scan_id: str, undo_scan_id: str) -> None:
        CheckinLog.mark_undone(self._conn, scan_id, undo_scan_id)

    def record_payment(
        self, event_id: str, order_number: str, amount: str | None, currency: str | None,
        station: str, collected_at: str,
    ) -> None:  # fmt: skip
        self._conn.execute(
            "INSERT OR IGNORE INTO local_payments (event_id, order_number, amount, currency,"
            " station, collected_at) VALUES (?,?,?,?,?,?)",
            (event_id, order_number, amount, currency, station, collected_at),
        )

    def queue(
        self, kind: OutboxKind, event_id: str, *, ticket_number: str | None = None,
        order_number: str | None = None, scan_id: str | None = None,
    ) -> None:  # fmt: skip
        """Queue a Wix call in this transaction (sent by the sync engine after the commit)."""
        Outbox.enqueue(
            self._conn, kind, event_id, ticket_number=ticket_number, order_number=order_number,
            scan_id=scan_id,
        )  # fmt: skip

    def cancel_pending_for_scan(self, scan_id: str) -> bool:
        """Cancel the scan's check-in call if it has not left; False if it has."""
        return Outbox.cancel_pending_for_scan(self._conn, scan_id)

    def hold_hub_admission(
        self, scan_id: str, event_id: str, ticket_number: str, hub_id: str,
        lands_after: float | None,
    ) -> None:  # fmt: skip
        """Keep a copy of an admission the venue hub decided (in the same transaction as
        its scan row: a hub that dies before sending it loses nothing; docs/hub.md)."""
        HeldAdmissions.hold(self._conn, scan_id, event_id, ticket_number, hub_id, lands_after)

    def drop_held(self, scan_id: str) -> None:
        """No longer keep the copy of a hub's admission (it was undone here)."""
        HeldAdmissions.drop(self._conn, [scan_id])


class DoorLedger:
    """Opens the door's transactions on the station database."""

    def __init__(self, db: Database, staged: DownloadStore | None = None) -> None:
        self._db = db
        self._staged = staged or DownloadStore(db)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[DoorTransaction]:
        """`BEGIN IMMEDIATE` … `COMMIT`; rolled back when the block raises."""
        with self._db.transaction() as conn:
            yield DoorTransaction(conn, self._staged)
