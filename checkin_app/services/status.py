"""The station's state at a glance: cached events, check-ins, the queue and the last sync."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from checkin_app.domain.clock import Clock, describe_age, parse_iso
from checkin_app.services.attention import last_wix_contact
from checkin_app.services.guest_list import GuestListService
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.checkins import CheckinLog
from checkin_app.storage.outbox import Outbox
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.storage.tickets import TicketStore
from checkin_app.sync.download import tickets_stream


@dataclass
class EventStatus:
    id: str
    title: str
    status: str
    start_date: str | None
    tickets: int
    valid_tickets: int
    checked_in_server: int
    admitted_here: int
    last_sync: str | None
    # The guest list: complete (a full download was swapped in at least once), and the
    # download under way, if any ({received, total, eta_s, reason, ...}).
    list_complete: bool = True
    download: dict[str, object] | None = None


@dataclass
class StationStatus:
    data_dir: str
    events: list[EventStatus] = field(default_factory=list)
    checkins_logged: int = 0
    outbox: dict[str, int] = field(default_factory=dict)
    last_sync: str | None = None
    last_sync_age: str | None = None
    conflicts: int = 0

    def to_json(self) -> dict[str, object]:
        return asdict(self)


class StatusService:
    def __init__(
        self,
        data_dir: Path,
        catalog: CatalogStore,
        tickets: TicketStore,
        log: CheckinLog,
        sync_state: SyncStateStore,
        outbox: Outbox,
        guest_list: GuestListService,
        clock: Clock | None = None,
    ) -> None:
        self._data_dir = data_dir
        self._catalog = catalog
        self._tickets = tickets
        self._log = log
        self._sync = sync_state
        self._outbox = outbox
        self._guest_list = guest_list
        self._clock = clock or Clock()

    def status(self) -> StationStatus:
        catalog, tickets, log, sync = self._catalog, self._tickets, self._log, self._sync
        guest_list = self._guest_list
        events = []
        for event in catalog.events():
            counts = tickets.counts(event.id)
            progress = guest_list.progress(event.id)
            events.append(
                EventStatus(
                    id=event.id,
                    title=event.title,
                    status=event.status,
                    start_date=event.start_date,
                    tickets=counts.total,
                    valid_tickets=counts.valid,
                    checked_in_server=counts.checked_in_server,
                    admitted_here=log.admitted_count(event.id),
                    last_sync=sync.get(tickets_stream(event.id)).last_success_at,
                    list_complete=progress.complete,
                    download=progress.to_json() if progress.downloading else None,
                )
            )
        # A pull reached Wix; a push with nothing to send records success without a call.
        last = last_wix_contact(sync)
        last_dt = parse_iso(last)
        age = describe_age((self._clock.now() - last_dt).total_seconds()) if last_dt else None
        return StationStatus(
            data_dir=str(self._data_dir),
            events=events,
            checkins_logged=log.count(),
            outbox=self._outbox.counts(),
            last_sync=last,
            last_sync_age=age,
            conflicts=len(sync.conflicts()),
        )
