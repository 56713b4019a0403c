"""Which events a sync pass pulls, and in what order.

The one asked for; else every cached event that has not ended or been canceled, the one
being scanned first; else — the first run, nothing cached — every upcoming or started event
of the site (all of them cached at once, so a download that fails on the first never makes
the station forget the second).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from checkin_app.domain.clock import parse_iso
from checkin_app.domain.models import Event
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.checkins import CheckinLog
from checkin_app.storage.database import Database
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.schedule import BUSY_WINDOW_S
from checkin_app.wix import WixClient
from checkin_app.wix.mapping import event_from_wix

log = logging.getLogger(__name__)

ACTIVE_STATUSES = ("UPCOMING", "STARTED")  # what a first run downloads
INACTIVE_STATUSES = ("ENDED", "CANCELED")  # cached events no longer pulled unless asked


class PassTargets:
    """Chooses a pass's events from the station's catalog and its latest scans. Wix calls
    go through `client()` (the engine's current client: a new key swaps it)."""

    def __init__(
        self, db: Database, client: Callable[[], WixClient], now: Callable[[], float]
    ) -> None:
        self._client = client
        self._now = now
        self._catalog = CatalogStore(db)
        self._sync_state = SyncStateStore(db)
        self._log = CheckinLog(db)

    def choose(self, event_id: str | None, preferred_event_id: str | None) -> list[str]:
        """Event ids to pull, in order. Raises `WixError` when the first run's read fails."""
        if event_id:
            return [event_id]
        cached = self._catalog.events()
        if not cached:
            cached = self.discover()
        active = [e.id for e in cached if e.status not in INACTIVE_STATUSES]
        first = [preferred_event_id, *self._recently_scanned()]
        ordered = [e for e in dict.fromkeys(first) if e in active]
        return ordered + [e for e in active if e not in ordered]

    def site_events(self) -> list[Event]:
        """Every (non-draft) event of the site, by start date. Raises `WixError`."""
        events = [event_from_wix(raw) for raw in self._client().iter_events(page_size=100)]
        self._sync_state.record_success("events")
        return sorted(events, key=lambda e: (e.start_date or "", e.title))

    def discover(self) -> list[Event]:
        """First run: every upcoming or started event of the site, cached at once."""
        found: list[Event] = []
        every = list(self._client().iter_events(page_size=100))  # the whole read, or nothing
        for raw in every:
            event = event_from_wix(raw)
            if event.status in ACTIVE_STATUSES:
                self._catalog.upsert_event(event, raw)
                found.append(event)
        self._sync_state.record_success("events")
        if not found:
            log.info("The site has no upcoming or started events to download")
        return sorted(found, key=lambda e: (e.start_date or "", e.title))

    def busy(self, event_id: str) -> bool:
        """A scan on this station lately: the door is busy, pull its changes every pass."""
        recent = self._log.recent(1, event_id)
        at = parse_iso(recent[0].device_time) if recent else None
        return at is not None and self._now() - at.timestamp() < BUSY_WINDOW_S

    def _recently_scanned(self) -> list[str]:
        return [r.event_id for r in self._log.recent(1)]
