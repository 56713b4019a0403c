"""Keep guest data only as long as needed: per event, names, e-mails and form answers are
forgotten a set time after the event ends (default 7 days; never while check-ins for it are
still unsent). Counts and the anonymous scan statistics stay. `checkin-app forget` and the
"Guest data on this laptop" view use the same service."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from checkin_app.domain.clock import Clock, parse_iso, to_iso
from checkin_app.services.errors import ServiceError
from checkin_app.storage.retention import EventData, RetentionStore

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 7


class HoldState(enum.StrEnum):
    HELD = "held"  # kept until `forget_after`
    DUE = "due"  # past its time; forgotten at the next chance
    WAITING = "waiting"  # past its time, but check-ins are still unsent
    NO_END = "no_end"  # no end date known: kept until forgotten by hand
    FORGOTTEN = "forgotten"


@dataclass(frozen=True)
class Holding:
    """One event: what is held and until when (the organizer's view, `forget --list`)."""

    data: EventData
    forget_after: datetime | None
    state: HoldState

    def to_json(self) -> dict[str, object]:
        return {
            "event_id": self.data.event_id,
            "title": self.data.title,
            "ends": self.data.end_date or self.data.start_date,
            "guests_held": self.data.guests,
            "sales_with_buyers": self.data.sales_with_buyers,
            "unsent": self.data.unsent,
            "forget_after": to_iso(self.forget_after) if self.forget_after else None,
            "forgotten_at": self.data.forgotten_at,
            "state": str(self.state),
        }


class ForgetRefused(ServiceError):
    pass


@dataclass(frozen=True)
class Forgotten:
    event_id: str
    title: str
    tickets: int
    sales: int


class RetentionService:
    def __init__(
        self, store: RetentionStore, clock: Clock | None = None,
        days: float = DEFAULT_RETENTION_DAYS,
    ) -> None:  # fmt: skip
        self._store = store
        self._clock = clock or Clock()
        self.days = max(0.0, float(days))

    def holdings(self) -> list[Holding]:
        now = self._clock.now()
        return [self._holding(data, now) for data in self._store.held()]

    def _holding(self, data: EventData, now: datetime) -> Holding:
        ends = parse_iso(data.end_date) or parse_iso(data.start_date)
        forget_after = ends + timedelta(days=self.days) if ends else None
        if not data.guests and not data.sales_with_buyers and data.forgotten_at:
            state = HoldState.FORGOTTEN
        elif forget_after is None:
            state = HoldState.NO_END
        elif now < forget_after:
            state = HoldState.HELD
        else:
            state = HoldState.WAITING if data.unsent else HoldState.DUE
        return Holding(data, forget_after, state)

    def forget(self, event_id: str) -> Forgotten:
        """Forget the event's guest data now. Refused while its check-ins are unsent."""
        data = next((h.data for h in self.holdings() if h.data.event_id == event_id), None)
        if data is None:
            raise ForgetRefused(f"Event {event_id} is not on this station.")
        if data.unsent:
            raise ForgetRefused(
                f"{data.unsent} check-in(s) for {data.title} are not yet sent to Wix: sync "
                "first, then forget (nothing was changed)."
            )
        tickets, sales = self._store.forget(event_id, self._clock.now_iso())
        log.info("Forgot the guest data of one event (%d tickets, %d sales)", tickets, sales)
        return Forgotten(event_id, data.title, tickets, sales)

    def apply_due(self) -> list[Forgotten]:
        """Forget every event past its time whose check-ins are all sent. Cheap when nothing
        is due (it runs at every start): only the events table is read then."""
        now = self._clock.now()
        done = []
        for event_id, ends_text, forgotten_at, downloaded_at in self._store.candidates():
            ends = parse_iso(ends_text)
            if ends is None or now < ends + timedelta(days=self.days):
                continue
            forgot, downloaded = parse_iso(forgotten_at), parse_iso(downloaded_at)
            if forgot and not (downloaded and downloaded > forgot):
                continue  # forgotten, and no guest list downloaded since
            if self._store.unsent(event_id):
                continue  # never while its check-ins are unsent
            forgotten = self.forget(event_id)
            if forgotten.tickets or forgotten.sales:
                done.append(forgotten)
        return done
