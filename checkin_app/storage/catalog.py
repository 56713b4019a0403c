"""Cached events and ticket definitions."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from checkin_app.domain.clock import utc_now_iso
from checkin_app.domain.models import Event, TicketDefinition
from checkin_app.storage.database import Database


def _event_from_row(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"],
        title=row["title"],
        status=row["status"] or "UPCOMING",
        start_date=row["start_date"],
        end_date=row["end_date"],
        time_zone_id=row["time_zone_id"],
        currency=row["currency"],
        location_name=row["location_name"],
        slug=row["slug"],
    )


def _definition_from_row(row: sqlite3.Row) -> TicketDefinition:
    return TicketDefinition(
        id=row["id"],
        event_id=row["event_id"],
        name=row["name"],
        price=row["price"] or "0",
        currency=row["currency"],
        free=bool(row["free"]),
        initial_limit=row["initial_limit"],
        sold_count=row["sold_count"],
        reserved_count=row["reserved_count"],
        unsold_count=row["unsold_count"],
        sold_out=bool(row["sold_out"]),
        hidden=bool(row["hidden"]),
        sale_status=row["sale_status"],
    )


class CatalogStore:
    """Events and ticket types as last downloaded from Wix."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert_event(self, event: Event, raw: dict[str, Any] | None = None) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                """INSERT INTO events (id, title, status, start_date, end_date, time_zone_id,
                       currency, location_name, slug, json, updated_at)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?)
                   ON CONFLICT(id) DO UPDATE SET title=excluded.title, status=excluded.status,
                       start_date=excluded.start_date, end_date=excluded.end_date,
                       time_zone_id=excluded.time_zone_id, currency=excluded.currency,
                       location_name=excluded.location_name, slug=excluded.slug,
                       json=excluded.json, updated_at=excluded.updated_at""",
                (
                    event.id, event.title, event.status, event.start_date, event.end_date,
                    event.time_zone_id, event.currency, event.location_name, event.slug,
                    json.dumps(raw) if raw is not None else None, utc_now_iso(),
                ),
            )  # fmt: skip

    def get_event(self, event_id: str) -> Event | None:
        row = self._db.query_one("SELECT * FROM events WHERE id = ?", (event_id,))
        return _event_from_row(row) if row else None

    def events(self) -> list[Event]:
        rows = self._db.query("SELECT * FROM events ORDER BY start_date, title")
        return [_event_from_row(r) for r in rows]

    def event_json(self, event_id: str) -> dict[str, Any] | None:
        row = self._db.query_one("SELECT json FROM events WHERE id = ?", (event_id,))
        return json.loads(row["json"]) if row and row["json"] else None

    def replace_definitions(
        self, event_id: str, definitions: Iterable[tuple[TicketDefinition, dict[str, Any] | None]]
    ) -> None:
        """Store an event's ticket types as downloaded, dropping ones Wix no longer has."""
        now = utc_now_iso()
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM ticket_definitions WHERE event_id = ?", (event_id,))
            conn.executemany(
                """INSERT OR REPLACE INTO ticket_definitions (id, event_id, name, price, currency,
                       free, initial_limit, sold_count, reserved_count, unsold_count, sold_out,
                       hidden, sale_status, json, updated_at)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                [
                    (
                        d.id, event_id, d.name, d.price, d.currency, int(d.free),
                        d.initial_limit, d.sold_count, d.reserved_count, d.unsold_count,
                        int(d.sold_out), int(d.hidden), d.sale_status,
                        json.dumps(raw) if raw is not None else None, now,
                    )
                    for d, raw in definitions
                ],
            )  # fmt: skip

    def definitions_json(self, event_id: str) -> list[dict[str, Any]]:
        """The ticket types of an event as Wix sent them (what a venue hub passes on)."""
        rows = self._db.query(
            "SELECT json FROM ticket_definitions WHERE event_id = ? ORDER BY rowid", (event_id,)
        )
        return [json.loads(r["json"]) for r in rows if r["json"]]

    def definitions(self, event_id: str) -> list[TicketDefinition]:
        rows = self._db.query(
            "SELECT * FROM ticket_definitions WHERE event_id = ? ORDER BY rowid", (event_id,)
        )
        return [_definition_from_row(r) for r in rows]

    def definition_payloads(self, event_id: str) -> dict[str, dict[str, Any]]:
        """Wix's own JSON of each cached ticket type of the event, by id (for what the
        columns do not hold, such as pricing options)."""
        rows = self._db.query(
            "SELECT id, json FROM ticket_definitions WHERE event_id = ? AND json IS NOT NULL",
            (event_id,),
        )
        return {r["id"]: json.loads(r["json"]) for r in rows}
