"""Build the app's objects once, for the GUI and the CLI alike (no globals, no singletons)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from checkin_app.domain.clock import Clock
from checkin_app.services.checkin import CheckInService
from checkin_app.services.search import SearchService
from checkin_app.services.status import StatusService
from checkin_app.settings import Settings, default_station_name, resolve_data_dir
from checkin_app.storage.database import Database
from checkin_app.storage.outbox import Outbox
from checkin_app.sync.engine import SyncEngine
from checkin_app.wix import Secret, TokenBucket, WixClient
from checkin_app.wix.credentials import ENV_API_KEY, load_api_key


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


ENV_BASE_URL = "CHECKIN_BASE_URL"
ENV_SITE_ID = "CHECKIN_SITE_ID"


class ConnectionSetupError(Exception):
    """The station cannot be connected to Wix (no site id, no key, bad URL); plain words."""


def connect_station(
    station: Station,
    base_url: str | None = None,
    site_id: str | None = None,
    api_key: str | Secret | None = None,
    *,
    rate_limiter: TokenBucket | None = None,
) -> SyncEngine:
    """Build the Wix client and the sync engine for `station`.

    Each setting comes from the argument, else the environment (`CHECKIN_BASE_URL`,
    `CHECKIN_SITE_ID`, `CHECKIN_API_KEY`), else the station's settings (the key: the OS
    keyring). Raises `ConnectionSetupError` when the site id or the key is missing. The
    engine owns the client: `engine.close()` closes it.
    """
    base = base_url or os.environ.get(ENV_BASE_URL) or station.settings.base_url
    site = (site_id or os.environ.get(ENV_SITE_ID) or station.settings.site_id or "").strip()
    if not site:
        raise ConnectionSetupError(
            f"No Wix site id: pass --site-id, set {ENV_SITE_ID}, or save it in the settings."
        )
    key = Secret(api_key) if isinstance(api_key, str) else api_key
    if not key:
        key = load_api_key(site)
    if not key:
        raise ConnectionSetupError(
            f"No API key for site {site}: set {ENV_API_KEY} or store the key in the app's "
            "settings (kept in the system keyring)."
        )
    try:
        client = WixClient(site, key, base_url=base, rate_limiter=rate_limiter)
    except ValueError as exc:
        raise ConnectionSetupError(f"Cannot connect to Wix: {exc}.") from None
    # The door's selected event is pulled before the others.
    preferred = station.settings.event_id or None
    return SyncEngine(
        station.db, client, station.clock, owns_client=True, preferred_event_id=preferred
    )
