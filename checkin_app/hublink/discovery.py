"""Finding the venue hub on the local network with DNS-SD (python-zeroconf).

The hub announces `_checkin-hub._tcp.local.` with its port and, in the TXT record, the
first 16 hex digits of its certificate fingerprint (`fp`). Discovery only finds an address:
trust comes from pairing (the code is bound to the certificate the station then sees), so a
fake announcement can waste a pairing attempt but never gets a credential.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass

import ifaddr
from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, ServiceListener, Zeroconf

log = logging.getLogger(__name__)

SERVICE_TYPE = "_checkin-hub._tcp.local."


@dataclass(frozen=True)
class FoundHub:
    name: str
    url: str
    fingerprint_prefix: str


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses other than loopback (where stations can reach it)."""
    found = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and not ip.ip.startswith("127.") and ip.network_prefix < 32:
                found.append(ip.ip)
    return sorted(set(found))


class HubAdvertiser:
    """Announces the hub while it runs (`start()` / `stop()`)."""

    def __init__(self, name: str, port: int, addresses: list[str], fingerprint: str) -> None:
        self._zeroconf: Zeroconf | None = None
        label = "".join(ch if ch.isalnum() or ch in " -_" else "-" for ch in name)[:50] or "hub"
        self.info = ServiceInfo(
            SERVICE_TYPE,
            f"{label}.{SERVICE_TYPE}",
            addresses=[socket.inet_aton(a) for a in addresses],
            port=port,
            properties={"fp": fingerprint[:16], "v": "1", "name": name[:60]},
        )

    def start(self) -> None:
        if not self.info.addresses:
            log.info("No network address to announce the hub on")
            return
        self._zeroconf = Zeroconf(ip_version=IPVersion.V4Only)
        self._zeroconf.register_service(self.info, allow_name_change=True)

    def stop(self) -> None:
        zc, self._zeroconf = self._zeroconf, None
        if zc is not None:
            try:
                zc.unregister_service(self.info)
            finally:
                zc.close()


class _Collector(ServiceListener):
    def __init__(self) -> None:
        self.names: set[str] = set()
        self.lock = threading.Lock()

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        with self.lock:
            self.names.add(name)

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.add_service(zc, type_, name)

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        with self.lock:
            self.names.discard(name)


def discover_hubs(timeout_s: float = 4.0) -> list[FoundHub]:
    """Hubs announcing themselves within `timeout_s` (stops early once one is resolved
    and a second has had a moment to answer)."""
    zc = Zeroconf(ip_version=IPVersion.V4Only)
    collector = _Collector()
    browser = ServiceBrowser(zc, SERVICE_TYPE, collector)
    found: dict[str, FoundHub] = {}
    try:
        deadline = time.monotonic() + timeout_s
        first_at: float | None = None
        while time.monotonic() < deadline:
            with collector.lock:
                names = sorted(collector.names)
            for name in names:
                if name in found:
                    continue
                info = zc.get_service_info(SERVICE_TYPE, name, timeout=1500)
                hub = _found(name, info) if info is not None else None
                if hub is not None:
                    found[name] = hub
                    first_at = first_at or time.monotonic()
            if first_at is not None and time.monotonic() - first_at > 1.0:
                break
            time.sleep(0.1)
    finally:
        browser.cancel()
        zc.close()
    return sorted(found.values(), key=lambda h: h.name)


def _found(name: str, info: ServiceInfo) -> FoundHub | None:
    addresses = info.parsed_addresses(IPVersion.V4Only)
    if not addresses or not info.port:
        return None
    props = {k.decode(errors="replace"): (v or b"").decode(errors="replace")
             for k, v in (info.properties or {}).items()}  # fmt: skip
    label = props.get("name") or name.removesuffix("." + SERVICE_TYPE)
    return FoundHub(label, f"https://{addresses[0]}:{info.port}", props.get("fp", ""))
