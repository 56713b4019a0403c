"""Which cached event a station means when nobody said: the one on now, or the next one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from checkin_app.domain.clock import parse_iso
from checkin_app.domain.models import Event

_OVER = {"ENDED", "CANCELED"}
# An event that started counts as "on" for this long when Wix gives no end date.
_ASSUMED_LENGTH = timedelta(hours=12)


def current_event(events: Sequence[Event], now: datetime) -> Event | None:
    """The event running now (the latest-started one), else the next to start, else the one
    that ended last; None for no events. Drafts and canceled events come last."""
    if not events:
        return None

    def start(e: Event) -> datetime | None:
        return parse_iso(e.start_date)

    def end(e: Event) -> datetime | None:
        begun = start(e)
        return parse_iso(e.end_date) or (begun + _ASSUMED_LENGTH if begun else None)

    live = [e for e in events if e.status not in _OVER and e.status != "DRAFT"]
    running = [e for e in live if (s := start(e)) and s <= now and (end(e) or now) >= now]
    if running:
        return max(running, key=lambda e: start(e) or now)
    upcoming = [e for e in live if (s := start(e)) and s > now]
    if upcoming:
        return min(upcoming, key=lambda e: start(e) or now)
    if live:
        return live[0]  # no dates known: the catalog's own order (by start date, title)
    return max(events, key=lambda e: end(e) or datetime.min.replace(tzinfo=now.tzinfo))
