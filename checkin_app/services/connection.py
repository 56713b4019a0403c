"""The station's link to Wix as the UI and the CLI see it: the sync engine's types, Wix's
errors in plain words, and the one read-only call that tests a key (they import these from
here, not from sync/ or wix/)."""

from __future__ import annotations

from checkin_app.sync.engine import Connectivity, SyncEngine, SyncReport, describe_error
from checkin_app.sync.hub_sync import HubSyncEngine
from checkin_app.wix import Secret, WixClient, WixError

__all__ = [
    "Connectivity",
    "Engine",
    "HubSyncEngine",
    "Secret",
    "SyncEngine",
    "SyncReport",
    "WixClient",
    "WixError",
    "check_connection",
    "describe_error",
]

# A station syncs with Wix itself, or (paired) with its venue hub.
Engine = SyncEngine | HubSyncEngine


def check_connection(site_id: str, api_key: str, base_url: str) -> None:
    """One real, read-only call; raises `WixError` (or ValueError for a bad address)."""
    with WixClient(site_id, api_key, base_url=base_url) as client:
        client.query_events(limit=1)
