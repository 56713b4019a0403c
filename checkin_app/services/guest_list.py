"""How complete each event's guest list is on this station, for the door, the CLI and status.

The door window, the first-run dialog, `status` and `check-in` read it here (never from
storage directly): complete or not, tickets so far of how many, the time left at the pace
the last pages came in (the pace Wix's budget allows), and how old the live list is.
"""

from __future__ import annotations

import dataclasses

from checkin_app.domain.clock import Clock, parse_iso
from checkin_app.domain.progress import ListProgress
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.downloads import DownloadStore
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.download import progress_of, tickets_stream

STALLED_AFTER_S = 120.0  # no page for this long: no pass is downloading, no time left to show


class GuestListService:
    """Per-event `ListProgress` from the station database."""

    def __init__(
        self,
        downloads: DownloadStore,
        sync_state: SyncStateStore,
        catalog: CatalogStore,
        clock: Clock | None = None,
    ) -> None:
        self._clock = clock or Clock()
        self._downloads = downloads
        self._sync = sync_state
        self._catalog = catalog

    def progress(self, event_id: str) -> ListProgress:
        state = self._sync.get(tickets_stream(event_id))
        complete = state.generation > 0
        updated_at = state.last_success_at if complete else None
        event = self._catalog.get_event(event_id)
        title = event.title if event else ""
        download = self._downloads.current(event_id)
        if download is None:
            arrived = 0 if complete else self._downloads.live_count(event_id)
            if arrived:
                # Tickets arrive without a download here: a venue hub's door follows the
                # hub's first download through its feed (the total is the hub's to know).
                return ListProgress(
                    event_id, complete=False, downloading=True, received=arrived,
                    reason="first", title=title,
                )  # fmt: skip
            return ListProgress(
                event_id, complete=complete, list_updated_at=updated_at, title=title
            )
        progress = progress_of(download, complete=complete, list_updated_at=updated_at, title=title)
        last_page = parse_iso(download.updated_at)
        idle_s = (self._clock.now() - last_page).total_seconds() if last_page else None
        if idle_s is not None and progress.eta_s is not None:
            if idle_s > STALLED_AFTER_S:
                return dataclasses.replace(progress, eta_s=None)
            # The estimate was made at the last page: count down from there.
            progress = dataclasses.replace(progress, eta_s=max(0.0, progress.eta_s - idle_s))
        return progress

    def incomplete(self) -> list[ListProgress]:
        """Events whose list was never complete, or that are downloading again."""
        found = []
        for event in self._catalog.events():
            progress = self.progress(event.id)
            if not progress.complete or progress.downloading:
                found.append(progress)
        return found
