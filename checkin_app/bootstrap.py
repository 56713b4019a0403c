"""Build the app's objects once, for the GUI and the CLI alike (no globals, no singletons)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checkin_app.domain.clock import Clock
from checkin_app.services.checkin import CheckInService
from checkin_app.services.search import SearchService
from checkin_app.services.status import StatusService
from checkin_app.settings import Settings, default_station_name, resolve_data_dir
from checkin_app.storage.database import Database
from checkin_app.storage.outbox import Outbox


@dataclass
class Station:
    """Everything one station works with, wired to one data directory."""

    data_dir: Path
    settings: Settings
    db: Database
    clock: Clock
    checkin: CheckInService
    search: SearchService
    status: StatusService
    outbox: Outbox

    @property
    def station_name(self) -> str:
        return self.settings.station or default_station_name()

    def close(self) -> None:
        self.db.close()


def open_station(
    data_dir: str | Path | None = None, *, create: bool = True, clock: Clock | None = None
) -> Station:
    """Open (or create) the station in `data_dir` (else CHECKIN_DATA_DIR, else the default).

    Raises `StorageError` with a plain message when the database cannot be used.
    """
    path = resolve_data_dir(data_dir)
    clock = clock or Clock()
    db = Database.in_dir(path, create=create)
    return Station(
        data_dir=path,
        settings=Settings.load(path),
        db=db,
        clock=clock,
        checkin=CheckInService(db, clock),
        search=SearchService(db),
        status=StatusService(db, clock),
        outbox=Outbox(db),
    )
