"""Which cached event a station means: one rule for the door, the CLI, the stats and the
exports (`choose_event`), and, when nothing narrows it down, the one on now or the next one
(`current_event`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

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


class EventChoiceError(LookupError):
    """No event fits: none is cached, or the one asked for is not (plain words)."""


class EventSource(Protocol):
    """Where the cached events are (the catalog repository, or a list already loaded)."""

    def get_event(self, event_id: str) -> Event | None: ...

    def events(self) -> list[Event]: ...


@dataclass(frozen=True, slots=True)
class EventList:
    """Events already loaded, as an `EventSource`."""

    items: Sequence[Event]

    def get_event(self, event_id: str) -> Event | None:
        return next((e for e in self.items if e.id == event_id), None)

    def events(self) -> list[Event]:
        return list(self.items)


def choose_event(
    source: EventSource,
    now: datetime,
    *,
    wanted: str | None = None,
    named: str | None = None,
    holders: Callable[[], set[str]] | None = None,
) -> Event:
    """The event a station means, in this order: the one asked for (`wanted`: the door's
    choice, `--event`), which must be cached; the one a scanned code names (`named`), if
    cached; the only cached event; the only event holding the scanned ticket number
    (`holders()` gives their ids, asked only then); the one on now, else the next one.
    Raises `EventChoiceError`."""
    if wanted:
        event = source.get_event(wanted)
        if event is None:
            raise EventChoiceError(f"Event {wanted} is not in the local cache; run sync.")
        return event
    events = source.events()
    if not events:
        raise EventChoiceError("No events are cached yet: run `checkin-app sync` first.")
    if named:
        for event in events:
            if event.id == named:
                return event
    if len(events) == 1:
        return events[0]
    if holders is not None:
        ids = holders()
        if len(ids) == 1:
            return choose_event(source, now, wanted=ids.pop())
    chosen = current_event(events, now)
    assert chosen is not None  # events is not empty
    return chosen
