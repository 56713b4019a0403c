"""What a running pass tells its listener about downloads: each page's progress (with the
event's title) and each wait for Wix's budget; and the downloads an interrupted pass left."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

from checkin_app.domain.progress import ListProgress
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.database import Database
from checkin_app.storage.downloads import DownloadStore
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.download import progress_of
from checkin_app.sync.pull import tickets_stream

ProgressListener = Callable[[ListProgress], None]


class ProgressRelay:
    """Passes a pass's download progress on to its listener (one pass at a time)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._catalog = CatalogStore(db)
        self._sync_state = SyncStateStore(db)
        self._listener: ProgressListener | None = None
        self._last: ListProgress | None = None
        self._waiting_until: float | None = None  # monotonic: a pass waits for Wix's budget

    def start(self, listener: ProgressListener | None) -> None:
        """A pass begins; `listener` (may be None) hears of it until `stop()`."""
        self._listener, self._last = listener, None

    def stop(self) -> None:
        self._listener = None

    @property
    def waiting_s(self) -> float | None:
        """Seconds the running pass still waits because Wix asked it to slow down."""
        until = self._waiting_until
        left = None if until is None else until - time.monotonic()
        return left if left is not None and left > 0 else None

    def on_download(self, progress: ListProgress) -> None:
        event = self._catalog.get_event(progress.event_id)
        progress = dataclasses.replace(progress, title=event.title if event else "")
        self._last = progress
        if self._listener is not None:
            self._listener(progress)

    def on_wait(self, seconds: float) -> None:
        self._waiting_until = time.monotonic() + seconds
        if self._listener is not None and self._last is not None:
            self._listener(dataclasses.replace(self._last, waiting_s=seconds))

    def unfinished(self) -> list[ListProgress]:
        """Downloads still under way (an interrupted pass leaves them for the next)."""
        found = []
        for state in DownloadStore(self._db).all():
            complete = self._sync_state.get(tickets_stream(state.event_id)).generation > 0
            event = self._catalog.get_event(state.event_id)
            found.append(
                progress_of(
                    state,
                    complete=complete,
                    list_updated_at=None,
                    title=event.title if event else "",
                )
            )
        return found
