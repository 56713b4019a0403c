"""`HubRuntime`: everything a running venue hub is, started and stopped together.

- the hub's own station data (same storage, services and sync engine as any station);
- its Wix side: one `SyncEngine` pulling every event (one download for the whole venue)
  and pushing every door's admissions — nudged after each, so a check-in leaves for Wix a
  second or two after the scan, in batches of up to 100 — plus the forwarder for stations'
  other Wix calls, both under one request budget;
- the HTTPS server (`HubServer`), its TLS identity and pairing, and the DNS-SD announcement.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from pathlib import Path
from typing import Any

from checkin_app.bootstrap import (
    ConnectionSetupError,
    Station,
    StorageError,
    connect_hub,
    open_station,
)
from checkin_app.hub.server import HubServer
from checkin_app.hublink.discovery import HubAdvertiser, lan_addresses
from checkin_app.hublink.tls import server_context
from checkin_app.services.errors import ServiceError
from checkin_app.services.hub_link import RUNNING_FILE
from checkin_app.services.hub_pairing import HubPairing, load_or_create_identity
from checkin_app.services.hub_venue import VenueHub
from checkin_app.services.secrets import SecretStoreError

log = logging.getLogger(__name__)

DEFAULT_PORT = 8470
PULL_INTERVAL_S = 15.0  # changes from Wix (other sites' devices, sales) this often
PUSH_DELAY_S = 1.0  # after a nudge, let more admissions join the same call
# A full re-download of a 100,000-ticket event is 1,000 requests (5.6 min of the budget, and
# pushes wait behind it): between the first download and this, changes come as deltas.
FULL_EVERY_S = 3600.0


class HubStartError(Exception):
    """The hub cannot start; one plain sentence (nothing was left running)."""


class HubRuntime:
    """Start with `start()`; `url`, `pairing.code`; stop with `stop()`."""

    def __init__(
        self, data_dir: str | Path | None, *, host: str = "0.0.0.0", port: int = DEFAULT_PORT,
        name: str | None = None, base_url: str | None = None, site_id: str | None = None,
        api_key: str | None = None, advertise: bool = True,
        pull_interval_s: float = PULL_INTERVAL_S, push_delay_s: float = PUSH_DELAY_S,
    ) -> None:  # fmt: skip
        self._data_dir = data_dir
        self.host = host
        self.port = port
        self.name = name or f"Venue hub ({socket.gethostname().split('.')[0]})"
        self._connection = (base_url, site_id, api_key)
        self._advertise = advertise
        self.pull_interval_s = pull_interval_s
        self.push_delay_s = push_delay_s
        self.station: Station | None = None
        self.venue: VenueHub | None = None
        self.pairing: HubPairing | None = None
        self.server: HubServer | None = None
        self.engine: Any = None
        self._forwarder: Any = None
        self._advertiser: HubAdvertiser | None = None
        self._stop = threading.Event()
        self._nudged = threading.Event()
        self._sync_thread: threading.Thread | None = None
        self.last_report: Any = None
        self.url = ""

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> HubRuntime:
        """Open the data, connect Wix, serve; `HubStartError` in plain words when it cannot
        (nothing is left open)."""
        try:
            self._start()
        except (ConnectionSetupError, StorageError, ServiceError, SecretStoreError) as exc:
            self.stop()
            raise HubStartError(str(exc)) from None
        except OSError as exc:
            self.stop()
            raise HubStartError(
                f"cannot listen on {self.host}:{self.port}: {exc.strerror or exc}"
            ) from None
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        station = self.station = open_station(self._data_dir, hub_link=False)
        base_url, site_id, api_key = self._connection
        self.engine, self._forwarder = connect_hub(station, base_url, site_id, api_key)
        engine = self.engine
        venue = self.venue = VenueHub(
            station.stores, station.clock, wix_floor=engine.wix_time_floor
        )
        taken = venue.start()
        if taken:
            log.info("This laptop held %d admissions of another hub as a door: taken over", taken)
        identity, passphrase = load_or_create_identity(station.data_dir, self.name, station.secrets)
        self.pairing = HubPairing(station.stores.venue, identity.fingerprint, self.name)
        self.server = HubServer(
            venue, self.pairing, server_context(identity, passphrase), host=self.host,
            port=self.port, forwarder=self._forwarder, on_change=self.nudge,
        ).start()  # fmt: skip
        self.port = self.server.port
        addresses = [self.host] if self.host not in ("0.0.0.0", "") else lan_addresses()
        self.url = f"https://{addresses[0] if addresses else '127.0.0.1'}:{self.port}"
        self._write_running(identity.fingerprint)
        self._sync_thread = threading.Thread(target=self._sync_loop, name="hub-sync", daemon=True)
        self._sync_thread.start()
        if self._advertise:
            try:
                self._advertiser = HubAdvertiser(
                    self.name, self.port, [a for a in addresses if not a.startswith("127.")],
                    identity.fingerprint,
                )  # fmt: skip
                self._advertiser.start()
            except Exception as exc:  # discovery is a convenience; the URL still works
                log.warning("Cannot announce the hub on the network: %s", exc)
                self._advertiser = None

    def stop(self) -> None:
        self._stop.set()
        self._nudged.set()
        if self._advertiser is not None:
            self._advertiser.stop()
            self._advertiser = None
        if self.server is not None:
            self.server.stop()
        if self._sync_thread is not None:
            self._sync_thread.join(60)
            self._sync_thread = None
        if self.engine is not None:
            self.engine.close()
            self.engine = None
        if self._forwarder is not None:
            self._forwarder.close()
            self._forwarder = None
        if self.station is not None:
            (self.station.data_dir / "hub" / RUNNING_FILE).unlink(missing_ok=True)
            self.station.close()
            self.station = None

    def nudge(self) -> None:
        """Something was admitted: push soon."""
        self._nudged.set()

    # -- the Wix side -------------------------------------------------------------------
    def _sync_loop(self) -> None:
        next_pull = 0.0
        next_full = 0.0
        while not self._stop.is_set():
            try:
                if time.monotonic() >= next_pull:
                    self._nudged.clear()
                    due = time.monotonic() >= next_full
                    # None: whatever the engine finds due (the first download); False: deltas.
                    self.last_report = self.engine.run_once(full=None if due else False)
                    if due and self.last_report.error is None:
                        next_full = time.monotonic() + FULL_EVERY_S
                    next_pull = time.monotonic() + self.pull_interval_s
                elif self._nudged.is_set():
                    self._stop.wait(self.push_delay_s)
                    self._nudged.clear()
                    self.last_report = self.engine.push()
            except Exception:  # a storage error must not end the hub's Wix side
                log.exception("Hub sync pass failed")
                self._stop.wait(5)
            if self.last_report is not None and self.last_report.retry_in_s:
                next_pull = max(next_pull, time.monotonic() + self.last_report.retry_in_s)
            self._nudged.wait(max(0.05, min(1.0, next_pull - time.monotonic())))

    def _write_running(self, fingerprint: str) -> None:
        assert self.station is not None
        folder = self.station.data_dir / "hub"
        folder.mkdir(parents=True, exist_ok=True)
        info = {"url": self.url, "pid": os.getpid(), "fingerprint": fingerprint,
                "name": self.name, "started_at": time.time()}  # fmt: skip
        tmp = folder / (RUNNING_FILE + ".tmp")
        tmp.write_text(json.dumps(info), encoding="utf-8")
        tmp.replace(folder / RUNNING_FILE)
