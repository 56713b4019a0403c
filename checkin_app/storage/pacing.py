"""What the sync engine keeps between processes about its pace: the request rate it learned
for a site (`rate_state`) and when each event's cheap checks last ran (`pull_schedule`)."""

from __future__ import annotations

from dataclasses import dataclass

from checkin_app.storage.database import Database


@dataclass(frozen=True, slots=True)
class LearnedRate:
    rate_per_minute: float
    paused_until: float  # epoch seconds
    updated_at: float  # epoch seconds


@dataclass(frozen=True, slots=True)
class EventSchedule:
    """When the event's parts were last pulled (epoch seconds on the engine's clock)."""

    event_id: str
    event_refreshed_at: float | None = None
    delta_at: float | None = None
    counted_at: float | None = None
    wix_total: int | None = None
    cached_total: int | None = None
    more_on_wix: int = 0
    count_baseline: int = 0  # Wix's total minus the live tickets after the last download


class RateStore:
    """Read and write `rate_state`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self, site_id: str) -> LearnedRate | None:
        row = self._db.query_one(
            "SELECT rate_per_minute, paused_until, updated_at FROM rate_state WHERE site_id = ?",
            (site_id,),
        )
        if row is None:
            return None
        return LearnedRate(float(row[0]), float(row[1]), float(row[2]))

    def save(self, site_id: str, rate: LearnedRate) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO rate_state (site_id, rate_per_minute, paused_until, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(site_id) DO UPDATE SET "
                "rate_per_minute = excluded.rate_per_minute, "
                "paused_until = excluded.paused_until, updated_at = excluded.updated_at",
                (site_id, rate.rate_per_minute, rate.paused_until, rate.updated_at),
            )

    def latest(self) -> LearnedRate | None:
        """The most recently saved rate of any site (for the "time left" estimate)."""
        row = self._db.query_one(
            "SELECT rate_per_minute, paused_until, updated_at FROM rate_state "
            "ORDER BY updated_at DESC LIMIT 1"
        )
        return LearnedRate(float(row[0]), float(row[1]), float(row[2])) if row else None


class ScheduleStore:
    """Read and write `pull_schedule`."""

    _FIELDS = (
        "event_refreshed_at", "delta_at", "counted_at", "wix_total", "cached_total",
        "more_on_wix", "count_baseline",
    )  # fmt: skip

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, event_id: str) -> EventSchedule:
        row = self._db.query_one("SELECT * FROM pull_schedule WHERE event_id = ?", (event_id,))
        if row is None:
            return EventSchedule(event_id)
        return EventSchedule(event_id, *(row[f] for f in self._FIELDS))

    def update(self, event_id: str, **values: float | int | None) -> None:
        """Set some fields (names as in `EventSchedule`)."""
        unknown = set(values) - set(self._FIELDS)
        if unknown:
            raise ValueError(f"unknown schedule fields: {sorted(unknown)}")
        names = list(values)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO pull_schedule (event_id) VALUES (?) ON CONFLICT DO NOTHING",
                (event_id,),
            )
            if names:
                conn.execute(
                    f"UPDATE pull_schedule SET {', '.join(f'{n} = ?' for n in names)} "
                    "WHERE event_id = ?",
                    (*values.values(), event_id),
                )

    def forget(self, event_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM pull_schedule WHERE event_id = ?", (event_id,))
