"""A snapshot of the station's sync state for the status bar, read on a worker (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from checkin_app.domain.progress import ListProgress

if TYPE_CHECKING:
    from checkin_app.bootstrap import Station
    from checkin_app.services.connection import Engine

CLOCK_WARNING_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class StationSnapshot:
    connectivity: str  # online | offline | degraded | unknown | local
    waiting: int  # check-ins and other calls not yet uploaded
    dead: int  # calls Wix refused for good: need a person
    conflicts: int  # tickets admitted here and elsewhere
    last_sync: datetime | None
    clock_offset_s: float | None
    paused_reason: str | None
    admitted_here: int
    mode: str = "direct"  # hub: paired with a venue hub | direct: Wix itself | local: neither
    # The selected event's guest list (or the first incomplete one): complete or still
    # downloading, tickets so far of how many, time left; None when no event is cached.
    guest_list: ListProgress | None = None
    waiting_s: float | None = None  # Wix asked the running pass to wait this long

    @property
    def attention(self) -> int:
        return self.dead + self.conflicts

    @property
    def clock_off(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_WARNING_SECONDS


def _connectivity(engine: Engine | None) -> str:
    if engine is None:
        return "local"
    value = getattr(engine, "connectivity", None)
    text = str(getattr(value, "value", value) or "unknown").lower()
    return text.split(".")[-1]


def take_snapshot(station: Station, engine: Engine | None, event_id: str | None) -> StationSnapshot:
    """Count what waits, what is stuck and when sync last worked (runs on a worker)."""
    attention = station.attention
    queue = attention.queue()
    return StationSnapshot(
        guest_list=_guest_list(station, event_id),
        waiting_s=getattr(engine, "waiting_s", None) if engine is not None else None,
        connectivity=_connectivity(engine),
        waiting=queue.waiting,
        dead=queue.dead,
        conflicts=len(attention.conflicts()),
        last_sync=attention.last_contact(),
        clock_offset_s=getattr(engine, "clock_offset_s", None) if engine is not None else None,
        paused_reason=getattr(engine, "paused_reason", None) if engine is not None else None,
        admitted_here=station.recent.admitted_count(event_id) if event_id else 0,
        mode="local" if engine is None else str(getattr(engine, "mode", "direct")),
    )


def _guest_list(station: Station, event_id: str | None) -> ListProgress | None:
    lists = station.guest_lists
    if event_id:
        return lists.progress(event_id)
    incomplete = lists.incomplete()
    return incomplete[0] if incomplete else None
