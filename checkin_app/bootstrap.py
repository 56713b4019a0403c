"""Build the app's objects once, for the GUI and the CLI alike (no globals, no singletons)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import httpx

from checkin_app.domain.clock import Clock
from checkin_app.domain.secret import SecretFormatError, clean_secret
from checkin_app.domain.verdicts import StatusChoices
from checkin_app.hublink.client import HubClient
from checkin_app.hublink.tls import pinned_client_context
from checkin_app.services.attention import AttentionService
from checkin_app.services.checkin import CheckInService
from checkin_app.services.event_catalog import EventCatalog
from checkin_app.services.exports import ExportService
from checkin_app.services.guest_list import GuestListService
from checkin_app.services.hub_link import link_config, open_hub_client, pair_from_environment
from checkin_app.services.recent_scans import RecentScans
from checkin_app.services.repair import RepairReport
from checkin_app.services.retention import RetentionService
from checkin_app.services.sales import SalesService
from checkin_app.services.search import SearchService
from checkin_app.services.secrets import ENV_API_KEY, SecretsService, api_key_name
from checkin_app.services.setup import EventSetupService
from checkin_app.services.station_open import open_database
from checkin_app.services.stats import StatsService
from checkin_app.services.status import StatusService
from checkin_app.settings import Settings, default_station_name, resolve_data_dir
from checkin_app.storage.database import Database, StorageError
from checkin_app.storage.outbox import Outbox
from checkin_app.storage.stores import Stores
from checkin_app.sync.engine import SyncEngine
from checkin_app.sync.hub_sync import HubSyncEngine
from checkin_app.wix import Secret, TokenBucket, WixClient
from checkin_app.wix.forward import WixForwarder

log = logging.getLogger(__name__)


@dataclass
class Station:
    """Everything one station works with, wired to one data directory."""

    data_dir: Path
    settings: Settings
    db: Database
    stores: Stores  # the database's repositories (services take the ones they need)
    clock: Clock
    events: EventCatalog
    guest_lists: GuestListService
    checkin: CheckInService
    search: SearchService
    status: StatusService
    attention: AttentionService
    recent: RecentScans
    outbox: Outbox
    secrets: SecretsService
    retention: RetentionService
    repair: RepairReport | None = None  # a damaged database was salvaged on this start
    encrypted_now: bool = False  # a plain database was encrypted on this start
    hub: HubClient | None = None  # the venue hub this station is paired with (issue 14)

    @property
    def station_name(self) -> str:
        return self.settings.station or default_station_name()

    # -- the database, as the CLI asks about it (it never handles the Database itself) ----
    @property
    def encrypted(self) -> bool:
        return self.db.encrypted

    @property
    def damaged(self) -> str:
        """What SQLite reported once it saw damage ("" while none was seen)."""
        return self.db.damaged

    def check_health(self) -> None:
        """Read every page now (raises `DatabaseUnreadable`): damage is found here, not at
        the door."""
        self.db.check_health()

    # -- services built on demand (the station name is read when they are made) ----------
    def stats_service(self, station: str | None = None) -> StatsService:
        """Figures as seen from `station` (default: this station's name)."""
        s = self.stores
        return StatsService(
            self.events, s.catalog, s.attendance, s.order_summaries, s.sales, s.sync_state,
            station or self.station_name, self.clock,
        )  # fmt: skip

    def export_service(self, station: str | None = None) -> ExportService:
        return ExportService(self.stats_service(station), self.stores.scan_log)

    def sales_service(self, client: WixClient, station: str | None = None) -> SalesService:
        s = self.stores
        return SalesService(
            client, s.sales, s.tickets, s.catalog, station or self.station_name, self.clock
        )

    def setup_service(self, client: WixClient) -> EventSetupService:
        return EventSetupService(client, self.stores.catalog)

    def close(self) -> None:
        if self.hub is not None:
            self.hub.close()
        self.db.close()


def open_station(
    data_dir: str | Path | None = None,
    *,
    create: bool = True,
    clock: Clock | None = None,
    secrets: SecretsService | None = None,
    encrypt: bool = True,
    hub_link: bool = True,
) -> Station:
    """Open (or create) the station in `data_dir` (else CHECKIN_DATA_DIR, else the default).

    The database is encrypted with the station's key from `secrets` (default: the OS
    keyring, or `CHECKIN_DB_KEY`); `encrypt=False` is for demo mode's made-up guests only.
    A station paired with a venue hub gets its hub client (`hub_link=False`: never — the
    hub itself); `CHECKIN_HUB_URL` + `CHECKIN_HUB_CODE` pair an unpaired one first (raises
    `HubError` when that fails). Raises `StorageError` with a plain message when the
    database cannot be used.
    """
    path = resolve_data_dir(data_dir)
    clock = clock or Clock()
    secrets = secrets or SecretsService.for_this_computer()
    opened = open_database(path, secrets, create=create, encrypt=encrypt)
    db = opened.db
    stores = Stores.on(db)
    settings = Settings.load(path)
    retention = RetentionService(stores.retention, clock, settings.retention_days)
    try:
        retention.apply_due()  # guest data past its time goes before anything else runs
    except StorageError as exc:
        log.warning("Could not forget old guest data now: %s", exc)
    hub = None
    if hub_link:
        try:
            name = settings.station or default_station_name()
            pair_from_environment(path, settings, secrets, name)
            hub = open_hub_client(path, settings, secrets)
        except BaseException:
            db.close()
            raise
    events = EventCatalog(stores.catalog, stores.tickets, clock)
    guest_lists = GuestListService(stores.downloads, stores.sync_state, stores.catalog, clock)
    return Station(
        data_dir=path,
        settings=settings,
        db=db,
        stores=stores,
        clock=clock,
        events=events,
        guest_lists=guest_lists,
        # Read at every scan: the settings dialog changes these while the door runs.
        checkin=CheckInService.on(
            stores,
            clock,
            events=events,
            guest_list=guest_lists,
            choices=lambda: status_choices(settings),
            hub=hub,
        ),
        search=SearchService(stores.tickets, stores.downloads, stores.checkins),
        status=StatusService(
            path,
            stores.catalog,
            stores.tickets,
            stores.checkins,
            stores.sync_state,
            stores.outbox,
            guest_lists,
            clock,
        ),
        attention=AttentionService(stores.outbox, stores.sync_state),
        recent=RecentScans(stores.checkins, stores.tickets),
        outbox=stores.outbox,
        secrets=secrets,
        retention=retention,
        repair=opened.repair,
        encrypted_now=opened.encrypted_now,
        hub=hub,
    )


def status_choices(settings: Settings) -> StatusChoices:
    """The organizer's choices for orders Wix is still settling, from the settings."""
    return StatusChoices(
        admit_pending=settings.admit_pending_payments,
        admit_authorized=settings.admit_authorized_payments,
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
    # The door's selected event is pulled before the others.
    preferred = station.settings.event_id or None
    return SyncEngine(
        station.db, client, station.clock, owns_client=True, preferred_event_id=preferred
    )


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
    try:
        if api_key:
            raw = api_key.reveal() if isinstance(api_key, Secret) else api_key
            key: Secret | None = Secret(clean_secret(raw))
        else:
            key = station.secrets.load(api_key_name(site))
    except SecretFormatError as exc:
        raise ConnectionSetupError(f"Cannot use the API key: {exc}.") from None
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
