"""Per-stream sync bookkeeping (watermarks, last success and error), and conflicts found."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from checkin_app.domain.clock import utc_now_iso
from checkin_app.storage.database import Database


@dataclass(frozen=True, slots=True)
class StreamState:
    stream: str
    watermark: str | None
    last_success_at: str | None
    last_error: str | None
    last_error_at: str | None
    generation: int


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    event_id: str
    ticket_number: str
    local_scan_id: str | None
    local_station: str | None
    local_at: str | None
    server_at: str | None
    detected_at: str
    resolved: bool


class SyncStateStore:
    """Read and write `sync_state` and `conflicts`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, stream: str) -> StreamState:
        row = self._db.query_one("SELECT * FROM sync_state WHERE stream = ?", (stream,))
        if row is None:
            return StreamState(stream, None, None, None, None, 0)
        return StreamState(
            row["stream"], row["watermark"], row["last_success_at"], row["last_error"],
            row["last_error_at"], row["generation"],
        )  # fmt: skip

    def all(self) -> list[StreamState]:
        return [self.get(r["stream"]) for r in self._db.query("SELECT stream FROM sync_state")]

    def record_success(
        self, stream: str, *, watermark: str | None = None, generation: int | None = None,
        conn: sqlite3.Connection | None = None,
    ) -> None:  # fmt: skip
        sql = """INSERT INTO sync_state (stream, watermark, last_success_at, generation)
                 VALUES (?, ?, ?, coalesce(?, 0))
                 ON CONFLICT(stream) DO UPDATE SET
                   watermark = coalesce(excluded.watermark, sync_state.watermark),
                   last_success_at = excluded.last_success_at,
                   generation = coalesce(?, sync_state.generation)"""
        params = (stream, watermark, utc_now_iso(), generation, generation)
        if conn is not None:
            conn.execute(sql, params)
        else:
            with self._db.transaction() as tx:
                tx.execute(sql, params)

    def record_error(self, stream: str, error: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                """INSERT INTO sync_state (stream, last_error, last_error_at) VALUES (?, ?, ?)
                   ON CONFLICT(stream) DO UPDATE SET last_error = excluded.last_error,
                     last_error_at = excluded.last_error_at""",
                (stream, error, utc_now_iso()),
            )

    def last_success(self, prefix: str = "") -> str | None:
        row = self._db.query_one(
            "SELECT max(last_success_at) FROM sync_state WHERE stream LIKE ?", (prefix + "%",)
        )
        return row[0] if row else None

    # -- conflicts ----------------------------------------------------------------------
    @staticmethod
    def add_conflict(
        conn: sqlite3.Connection, event_id: str, ticket_number: str, local_scan_id: str | None,
        local_station: str | None, local_at: str | None, server_at: str | None,
    ) -> bool:  # fmt: skip
        """Record that the ticket was admitted here and elsewhere; False if already known."""
        cur = conn.execute(
            """INSERT OR IGNORE INTO conflicts (event_id, ticket_number, local_scan_id,
                   local_station, local_at, server_at, detected_at)
               VALUES (?,?,?,?,?,?,?)""",
            (event_id, ticket_number, local_scan_id, local_station, local_at, server_at,
             utc_now_iso()),
        )  # fmt: skip
        return cur.rowcount > 0

    def conflicts(self, include_resolved: bool = False) -> list[Conflict]:
        sql = "SELECT * FROM conflicts"
        if not include_resolved:
            sql += " WHERE resolved = 0"
        rows = self._db.query(sql + " ORDER BY id")
        return [
            Conflict(
                r["id"], r["event_id"], r["ticket_number"], r["local_scan_id"],
                r["local_station"], r["local_at"], r["server_at"], r["detected_at"],
                bool(r["resolved"]),
            )
            for r in rows
        ]  # fmt: skip

    def resolve_conflict(self, conflict_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE conflicts SET resolved = 1 WHERE id = ?", (conflict_id,))
