"""What waits and what needs a person: the queue of Wix calls, the calls Wix refused for
good, the double admissions, and when this station last heard from Wix (the status bar,
the attention dialog and `checkin-app status` read these)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from checkin_app.domain.clock import parse_iso
from checkin_app.storage.outbox import Outbox, OutboxItem, OutboxState
from checkin_app.storage.sync_state import Conflict, SyncStateStore

__all__ = ["AttentionService", "Conflict", "OutboxItem", "QueueCounts", "last_wix_contact"]


def last_wix_contact(sync_state: SyncStateStore) -> str | None:
    """When a pass last got Wix's answer: its pull (ISO-8601). A push with nothing to send
    records success without reaching Wix, so it does not count."""
    times = [sync_state.last_success(prefix) for prefix in ("tickets:", "guests:")]
    known = [(parsed, text) for text in times if text and (parsed := parse_iso(text))]
    return max(known)[1] if known else None


@dataclass(frozen=True, slots=True)
class QueueCounts:
    waiting: int  # calls not yet sent (pending, or sent and not yet answered)
    dead: int  # calls Wix refused for good


class AttentionService:
    def __init__(self, outbox: Outbox, sync_state: SyncStateStore) -> None:
        self._outbox = outbox
        self._sync = sync_state

    def queue(self) -> QueueCounts:
        counts = self._outbox.counts()
        waiting = counts.get(OutboxState.PENDING.value, 0) + counts.get(
            OutboxState.INFLIGHT.value, 0
        )
        return QueueCounts(waiting=waiting, dead=counts.get(OutboxState.DEAD.value, 0))

    def waiting(self) -> int:
        """Calls not yet sent, or sent and not yet answered."""
        return self._outbox.waiting_count()

    def dead(self) -> list[OutboxItem]:
        return self._outbox.items(OutboxState.DEAD)

    def retry_dead(self, ids: Sequence[int] | None = None) -> int:
        """Put refused calls back in the queue (after the person fixed the cause)."""
        return self._outbox.retry_dead(ids)

    def conflicts(self) -> list[Conflict]:
        """Double admissions nobody has reviewed yet."""
        return self._sync.conflicts()

    def resolve_conflicts(self, ids: Sequence[int]) -> None:
        for conflict_id in ids:
            self._sync.resolve_conflict(conflict_id)

    def last_contact(self) -> datetime | None:
        return parse_iso(last_wix_contact(self._sync))
