"""Every repository of one station database, built once (`bootstrap` hands them to the
services, which take the ones they need as constructor arguments)."""

from __future__ import annotations

from dataclasses import dataclass

from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.checkins import CheckinLog
from checkin_app.storage.database import Database
from checkin_app.storage.door import DoorLedger
from checkin_app.storage.downloads import DownloadStore
from checkin_app.storage.figures import AttendanceReader, OrderSummaryStore
from checkin_app.storage.outbox import Outbox
from checkin_app.storage.retention import RetentionStore
from checkin_app.storage.sales import SaleStore
from checkin_app.storage.scan_log import ScanLogReader
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.storage.tickets import TicketStore
from checkin_app.storage.venue import VenueStore
from checkin_app.storage.venue_held import HeldAdmissions


@dataclass(frozen=True)
class Stores:
    """The repositories of `db` (each is a thin object over it: cheap to build)."""

    db: Database
    catalog: CatalogStore
    tickets: TicketStore
    checkins: CheckinLog
    door: DoorLedger
    outbox: Outbox
    sync_state: SyncStateStore
    downloads: DownloadStore
    sales: SaleStore
    attendance: AttendanceReader
    order_summaries: OrderSummaryStore
    scan_log: ScanLogReader
    retention: RetentionStore
    venue: VenueStore
    held: HeldAdmissions  # a paired door's copies of the hub's admissions (issue 14)

    @classmethod
    def on(cls, db: Database) -> Stores:
        downloads = DownloadStore(db)
        return cls(
            db=db,
            catalog=CatalogStore(db),
            tickets=TicketStore(db),
            checkins=CheckinLog(db),
            door=DoorLedger(db, downloads),
            outbox=Outbox(db),
            sync_state=SyncStateStore(db),
            downloads=downloads,
            sales=SaleStore(db),
            attendance=AttendanceReader(db),
            order_summaries=OrderSummaryStore(db),
            scan_log=ScanLogReader(db),
            retention=RetentionStore(db),
            venue=VenueStore(db),
            held=HeldAdmissions(db),
        )
