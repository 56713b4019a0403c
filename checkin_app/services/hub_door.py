"""A running door joins or leaves the venue hub (the window's Station menu, or its camera
shown the hub's pairing QR code) without a restart.

`join_hub` pairs, keeps the pairing (services/hub_link.py) and hands the new hub client to
the station's check-in service at once: the next scan goes to the hub. The caller then
builds the door's new sync engine (`bootstrap.connect_station` picks the hub's). `leave_hub`
is the reverse. Both do network or disk work: call them off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from checkin_app.hublink import HubError, HubPairingError
from checkin_app.hublink.client import HubClient
from checkin_app.hublink.discovery import FoundHub, discover_hubs
from checkin_app.hublink.invite import (
    PairingInvite,
    invite_text,
    looks_like_invite,
    parse_invite,
)
from checkin_app.services.checkin import CheckInService
from checkin_app.services.hub_link import link_config, open_hub_client, pair, unpair
from checkin_app.services.secrets import SecretsService
from checkin_app.settings import Settings
from checkin_app.storage.stores import Stores

__all__ = [
    "FoundHub",
    "HubError",
    "HubMembership",
    "PairedHub",
    "PairingInvite",
    "find_hubs",
    "held_admissions",
    "invite_text",
    "join_hub",
    "leave_hub",
    "looks_like_invite",
    "paired_hub",
    "parse_invite",
]  # fmt: skip

BROWSE_S = 4.0


class HubMembership(Protocol):
    """What of a station joining or leaving a hub touches (`bootstrap.Station`)."""

    data_dir: Path
    settings: Settings
    secrets: SecretsService
    stores: Stores
    checkin: CheckInService
    hub: HubClient | None

    @property
    def station_name(self) -> str: ...


@dataclass(frozen=True, slots=True)
class PairedHub:
    url: str
    name: str
    fingerprint: str


def find_hubs(timeout_s: float = BROWSE_S) -> list[FoundHub]:
    """Venue hubs announcing themselves on this network (DNS-SD; blocks up to `timeout_s`)."""
    return discover_hubs(timeout_s)


def paired_hub(station: HubMembership) -> PairedHub | None:
    config = link_config(station.data_dir, station.settings)
    if config is None:
        return None
    return PairedHub(config.url, config.hub_name, config.fingerprint)


def join_hub(station: HubMembership, url: str, code: str, fingerprint: str = "") -> PairedHub:
    """Pair with the hub at `url` and switch this running station to it (the next scan goes
    to the hub). `fingerprint`: the certificate the hub's QR code or announcement named.
    Raises `HubError` in plain words; on failure the station stays as it was."""
    if not url.strip():
        raise HubPairingError("Give the hub's address (https://host:port) or choose a hub.")
    result = pair(station.data_dir, station.settings, station.secrets, code,
                  station.station_name, url.strip(), expected_fingerprint=fingerprint)  # fmt: skip
    client = open_hub_client(station.data_dir, station.settings, station.secrets)
    if client is None:  # saved a moment ago: only a secret store that lost it gets here
        raise HubPairingError("The pairing could not be kept in this computer's secret store.")
    _switch(station, client)
    return PairedHub(result.url, result.hub_name, result.fingerprint)


def leave_hub(station: HubMembership) -> int:
    """Unpair and switch this running station back to deciding alone (and to Wix, if it has
    a key). Returns the admissions a hub decided that this door keeps: they stay until a hub
    this door pairs with again takes them over (docs/hub.md, "Takeover")."""
    unpair(station.data_dir, station.settings, station.secrets)
    _switch(station, None)
    return station.stores.held.count()


def held_admissions(station: HubMembership) -> int:
    return station.stores.held.count()


def _switch(station: HubMembership, client: HubClient | None) -> None:
    previous = station.hub
    station.hub = client
    station.checkin.hub = client
    if previous is not None and previous is not client:
        previous.close()
