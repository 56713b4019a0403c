"""The pull half of a pass: each chosen event in turn, its outcome added to the report.

A missing event or a broken list of one event does not stop the others; trouble with the
link or the key does (the other events would fail the same way); a storage error (a full
disk) keeps the pages staged so far for the next pass.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable

from checkin_app.storage.database import StorageError
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.sync.pull import Puller, tickets_stream
from checkin_app.sync.report import SyncReport
from checkin_app.wix import (
    WixAuthError,
    WixError,
    WixNotFoundError,
    WixPermissionError,
    WixTransientError,
)

log = logging.getLogger(__name__)

FailureHandler = Callable[[WixError, SyncReport, str], None]  # (error, report, stream)


def pull_each(
    puller: Puller,
    events: Iterable[str],
    report: SyncReport,
    *,
    full: bool | None,
    routine: bool,
    busy: Callable[[str], bool],
    fail: FailureHandler,
    sync_state: SyncStateStore,
) -> None:
    """Pull every event of `events` into `report` (see the module docstring)."""
    for target in events:
        try:
            result = puller.pull(target, full=full, routine=routine, busy=busy(target))
        except WixNotFoundError as exc:
            report.error = report.error or f"Event {target} was not found on Wix."
            sync_state.record_error(tickets_stream(target), str(exc))
            continue
        except WixError as exc:
            fail(exc, report, tickets_stream(target))
            if isinstance(exc, WixTransientError | WixAuthError | WixPermissionError):
                return  # the link or the key is the problem: other events would fail too
            continue  # a broken list of this event: the others still get their turn
        except StorageError as exc:
            # e.g. the disk is full: the staged pages so far are kept for the next pass.
            report.error = report.error or str(exc)
            log.warning("Pull of one event stopped by storage: %s", exc)
            with contextlib.suppress(StorageError):
                sync_state.record_error(tickets_stream(target), str(exc))
            continue
        report.events.append(target)
        if result.full:
            report.full_downloads.append(target)
        report.pulled_tickets += result.pulled_tickets
        report.guests_changed += result.guests_changed
        report.conflicts_found += result.conflicts
        report.download_pages += result.download_pages
