"""Build the app's objects once, for the GUI and the CLI alike (no globals, no singletons)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import httpx

from checkin_app.domain.clock import Clock
from checkin_app.hublink.client import HubClient
from checkin_app.hublink.tls import pinned_client_context
from checkin_app.services.checkin import CheckInService
from checkin_app.services.hub_link import link_config, open_hub_client, pair_from_environment
from checkin_app.services.search import SearchService
from checkin_app.services.status import StatusService
from checkin_app.settings import Settings, default_station_name, resolve_data_dir
from checkin_app.storage.database import Database, StorageError
from checkin_app.storage.outbox import Outbox
from checkin_app.sync.engine import SyncEngine
from checkin_app.sync.hub_sync import HubSyncEngine
from checkin_app.wix import Secret, TokenBucket, WixClient
from checkin_app.wix.credentials import ENV_API_KEY, load_api_key
from checkin_app.wix.forward import WixForwarder


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
    hub: HubClient | None = None  # the venue hub this station is paired with (issue 14)

    @property
    def station_name(self) -> str:
        return self.settings.station or default_station_name()

    def close(self) -> None:
        if self.hub is not None:
            self.hub.close()
        self.db.close()


def open_station(
    data_dir: str | Path | None = None, *, create: bool = True, clock: Clock | None = None,
    hub_link: bool = True,
) -> Station:  # fmt: skip
    """Open (or create) the station in `data_dir` (else CHECKIN_DATA_DIR, else the default).

    A station paired with a venue hub gets its hub client (`hub_link=False`: never — the
    hub itself); `CHECKIN_HUB_URL` + `CHECKIN_HUB_CODE` pair an unpaired one first (raises
    `HubError` when that fails). Raises `StorageError` with a plain message when the
    database cannot be used.
    """
    path = resolve_data_dir(data_dir)
    clock = clock or Clock()
    db = Database.in_dir(path, create=create)
    settings = Settings.load(path)
    hub = None
    if hub_link:
        try:
            pair_from_environment(path, settings, settings.station or default_station_name())
            hub = open_hub_client(path, settings)
        except BaseException:
            db.close()
            raise
    return Station(
        data_dir=path,
        settings=settings,
        db=db,
        clock=clock,
        checkin=CheckInService(db, clock, hub=hub),
        search=SearchService(db),
        status=StatusService(db, clock),
        outbox=Outbox(db),
        hub=hub,
    )


__all__ = ["ConnectionSetupError", "Station", "StorageError", "connect_station", "open_station"]

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
) -> SyncEngine | HubSyncEngine:
    """Build the Wix client and the sync engine for `station`.

    A station paired with a venue hub syncs with the hub only (no Wix key, no site id): its
    engine is a `HubSyncEngine`, and its `client` reaches Wix through the hub's forwarding
    endpoint, under the hub's key and request budget.

    Each setting comes from the argument, else the environment (`CHECKIN_BASE_URL`,
    `CHECKIN_SITE_ID`, `CHECKIN_API_KEY`), else the station's settings (the key: the OS
    keyring). Raises `ConnectionSetupError` when the site id or the key is missing. The
    engine owns the client: `engine.close()` closes it.
    """
    if station.hub is not None:
        return HubSyncEngine(
            station.db, station.hub, station.clock, wix_client=hub_wix_client(station)
        )
    base, site, key = _resolve_connection(station, base_url, site_id, api_key)
    try:
        client = WixClient(site, key, base_url=base, rate_limiter=rate_limiter)
    except ValueError as exc:
        raise ConnectionSetupError(f"Cannot connect to Wix: {exc}.") from None
    return SyncEngine(station.db, client, station.clock, owns_client=True)


def _resolve_connection(
    station: Station, base_url: str | None, site_id: str | None, api_key: str | Secret | None
) -> tuple[str, str, Secret]:
    """Base URL, site id and key from the arguments, the environment, else the settings."""
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
    return base, site, key


HUB_SITE_ID = "via-venue-hub"  # the hub fills in the real site id and key


def hub_wix_client(station: Station) -> WixClient | None:
    """A Wix client whose calls go through the paired hub (its key, its budget)."""
    config = link_config(station.data_dir, station.settings)
    hub = station.hub
    if config is None or hub is None:
        return None
    transport = httpx.HTTPTransport(verify=pinned_client_context(config.cert_pem))
    return WixClient(
        HUB_SITE_ID, hub.authorization().reveal(), base_url=f"{config.url}/v1/wix",
        transport=transport, rate_limiter=TokenBucket(rate_per_minute=600, burst=50),
    )  # fmt: skip


def connect_hub(
    station: Station, base_url: str | None = None, site_id: str | None = None,
    api_key: str | Secret | None = None,
) -> tuple[SyncEngine, WixForwarder]:  # fmt: skip
    """The venue hub's Wix side: its sync engine and the forwarder for stations' calls,
    sharing one `TokenBucket` (the venue's one request budget). Raises
    `ConnectionSetupError` like `connect_station`."""
    bucket = TokenBucket()
    base, site, key = _resolve_connection(station, base_url, site_id, api_key)
    engine = connect_station(station, base, site, key, rate_limiter=bucket)
    assert isinstance(engine, SyncEngine)  # a hub's own folder is never paired
    return engine, WixForwarder(site, key, bucket, base_url=base)
