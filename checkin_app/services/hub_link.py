"""A station's pairing with the venue hub: pair, unpair, the link's status, and the client.

What a paired station keeps: the hub's URL, its own station id and the hub's certificate
fingerprint in the settings; the certificate itself (public) in `<data dir>/hub-link/`;
its credential only in the secret store. Scripts pair on first use with `CHECKIN_HUB_URL`
and `CHECKIN_HUB_CODE`.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from checkin_app.domain.clock import parse_iso

# HubError and short_fingerprint are re-exported for the CLI and the UI.
from checkin_app.hublink import HubError as HubError
from checkin_app.hublink import HubPairingError
from checkin_app.hublink.client import HubClient
from checkin_app.hublink.discovery import discover_hubs
from checkin_app.hublink.pairing import PairingResult, pair_with_hub
from checkin_app.hublink.secrets import SecretText, secret_name
from checkin_app.hublink.tls import fingerprint_of_pem
from checkin_app.hublink.tls import short_fingerprint as short_fingerprint
from checkin_app.services.secrets import SecretsService
from checkin_app.settings import Settings
from checkin_app.storage.stores import Stores

log = logging.getLogger(__name__)

ENV_HUB_URL = "CHECKIN_HUB_URL"
ENV_HUB_CODE = "CHECKIN_HUB_CODE"
LINK_DIR = "hub-link"
CERT_FILE = "hub-cert.pem"
TOKEN_KIND = "hub-station-token"
HUB_STREAM = "hub"
RUNNING_FILE = "running.json"  # <data dir>/hub/running.json while a hub serves this folder


@dataclass(frozen=True)
class HubLinkConfig:
    url: str
    station_id: str
    hub_name: str
    fingerprint: str
    cert_pem: bytes


def link_config(data_dir: Path, settings: Settings) -> HubLinkConfig | None:
    """The pairing this station holds, or None (not paired, or its files are incomplete)."""
    if not settings.hub_url or not settings.hub_station_id:
        return None
    path = Path(data_dir) / LINK_DIR / CERT_FILE
    try:
        cert = path.read_bytes()
    except OSError:
        return None
    if settings.hub_fingerprint and fingerprint_of_pem(cert) != settings.hub_fingerprint:
        log.warning("The pinned hub certificate does not match its fingerprint; not using it")
        return None
    return HubLinkConfig(settings.hub_url, settings.hub_station_id, settings.hub_name,
                         settings.hub_fingerprint, cert)  # fmt: skip


def open_hub_client(
    data_dir: Path, settings: Settings, secrets: SecretsService
) -> HubClient | None:
    """The client to the paired hub, or None when this station is not paired."""
    config = link_config(data_dir, settings)
    if config is None:
        return None
    token = secrets.load(secret_name(TOKEN_KIND, data_dir))
    if token is None:
        log.warning("Paired with a hub, but its credential is not in the secret store")
        return None
    return HubClient(config.url, config.cert_pem, config.station_id, SecretText(token.reveal()))


def pair(
    data_dir: Path, settings: Settings, secrets: SecretsService, code: str, station_name: str,
    url: str | None = None, *, discover_timeout_s: float = 4.0, expected_fingerprint: str = "",
) -> PairingResult:  # fmt: skip
    """Pair with the hub at `url` (else the one found on the network); saves the pairing.
    `expected_fingerprint`: refuse a hub whose certificate is not this one (a QR code's).

    Raises `HubError` (`HubPairingError`, `HubUnavailable`) with a plain message.
    """
    if not url:
        found = discover_hubs(discover_timeout_s)
        if not found:
            raise HubPairingError(
                "No venue hub found on this network: give its address with --hub URL."
            )
        if len(found) > 1:
            names = ", ".join(f"{h.name} ({h.url})" for h in found)
            raise HubPairingError(f"Several hubs answer ({names}): choose one with --hub URL.")
        url = found[0].url
    result = pair_with_hub(url, code, station_name, expected_fingerprint)
    save_pairing(data_dir, settings, secrets, result)
    return result


def save_pairing(
    data_dir: Path, settings: Settings, secrets: SecretsService, result: PairingResult
) -> None:
    secrets.save(secret_name(TOKEN_KIND, data_dir), result.token.reveal())
    folder = Path(data_dir) / LINK_DIR
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CERT_FILE).write_bytes(result.cert_pem)
    settings.hub_url = result.url
    settings.hub_station_id = result.station_id
    settings.hub_name = result.hub_name
    settings.hub_fingerprint = result.fingerprint
    settings.save(data_dir)


def unpair(data_dir: Path, settings: Settings, secrets: SecretsService) -> bool:
    """Forget the hub (its credential, certificate and address); False when not paired."""
    was = bool(settings.hub_url)
    secrets.delete(secret_name(TOKEN_KIND, data_dir))
    with_cert = Path(data_dir) / LINK_DIR / CERT_FILE
    with_cert.unlink(missing_ok=True)
    settings.hub_url = settings.hub_station_id = settings.hub_name = settings.hub_fingerprint = ""
    settings.save(data_dir)
    return was


def pair_from_environment(
    data_dir: Path, settings: Settings, secrets: SecretsService, station_name: str
) -> bool:
    """`CHECKIN_HUB_URL` + `CHECKIN_HUB_CODE` pair an unpaired station on first use."""
    url = os.environ.get(ENV_HUB_URL, "").strip()
    code = os.environ.get(ENV_HUB_CODE, "").strip()
    if not url or not code or link_config(data_dir, settings) is not None:
        return False
    pair(data_dir, settings, secrets, code, station_name, url)
    return True


def hub_status(
    data_dir: Path, settings: Settings, stores: Stores, client: HubClient | None,
    *, probe: bool = True,
) -> dict[str, object]:  # fmt: skip
    """`status --json`'s `hub`: {url, paired, reachable, last_contact, held} (+ role on a
    hub); `stores`: the station's repositories (its sync state, scan log, held admissions)."""
    running = running_hub(data_dir)
    if running is not None:
        return {"url": running.get("url"), "paired": False, "reachable": True,
                "last_contact": None, "role": "hub"}  # fmt: skip
    last = None
    if client is not None:  # the later of the last sync with the hub and its last verdict
        heard = [stores.sync_state.get(HUB_STREAM).last_success_at,
                 stores.checkins.last_hub_decision()]  # fmt: skip
        last = max((h for h in heard if h and parse_iso(h)), key=_when, default=None)
    reachable = False
    if client is not None and probe:
        try:
            client.ping(timeout_s=2.0)
            reachable = True
        except HubError:
            reachable = False
    return {
        "url": settings.hub_url or None, "paired": client is not None, "reachable": reachable,
        "last_contact": client_contact(client) or last, "role": "station" if client else None,
        # Admissions a hub decided for this door, kept here until that hub says they reached
        # Wix (handed to the next hub if this one is lost).
        "held": stores.held.count(),
    }  # fmt: skip


def _when(value: str) -> float:
    when = parse_iso(value)
    return when.timestamp() if when is not None else 0.0


def client_contact(client: HubClient | None) -> str | None:
    if client is None or client.last_contact is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(client.last_contact))


def running_hub(data_dir: Path) -> dict[str, object] | None:
    """What a hub serving this data folder wrote about itself, if it still runs."""
    path = Path(data_dir) / "hub" / RUNNING_FILE
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    pid = info.get("pid")
    if not isinstance(pid, int):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return info


def last_contact_age_s(value: str | None) -> float | None:
    when = parse_iso(value)
    return None if when is None else time.time() - when.timestamp()
