"""Demo mode: the Wix emulator in-process on a free loopback port, with its own data folder.

`checkin-app --demo` shows the whole app with no Wix account: the emulator serves the demo
seed, a temporary station syncs from it, and the demo camera (when there is no real one)
holds up check-in codes of cached tickets — plus a few that are not tickets.
"""

from __future__ import annotations

import logging
import random
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin_app.bootstrap import Station, open_station
from checkin_app.domain.models import OrderStatus, Ticket
from checkin_app.domain.payload import check_in_url
from checkin_app.emulator.server import EmulatorServer
from checkin_app.ui.connection import connect

if TYPE_CHECKING:
    from checkin_app.services.connection import Engine, WixClient

log = logging.getLogger(__name__)

DEMO_STATION = "Demo door"


class DemoSession:
    """Start with `start()`; `stop()` stops the emulator and deletes the demo data."""

    def __init__(self, seed: str | int = "demo", data_dir: Path | None = None) -> None:
        self._seed = seed
        self._given_dir = data_dir
        self.server: EmulatorServer | None = None
        self.data_dir: Path | None = None
        self.station: Station | None = None

    def start(self) -> Station:
        self.server = EmulatorServer(host="127.0.0.1", port=0, seed=self._seed).start()
        self.data_dir = self._given_dir or Path(tempfile.mkdtemp(prefix="checkin-demo-"))
        # Made-up guests: the demo database stays plain and needs no key store.
        station = open_station(self.data_dir, encrypt=False)
        settings = station.settings
        settings.demo = True
        settings.site_id = self.server.site_id
        settings.base_url = self.server.url
        settings.station = settings.station or DEMO_STATION
        settings.save(self.data_dir)
        self.station = station
        log.info("Demo: emulator at %s, data in %s", self.server.url, self.data_dir)
        return station

    def connect(self) -> tuple[Engine | None, WixClient | None, str | None]:
        """The engine for the emulator; the demo key is passed, never stored in the keyring."""
        assert self.server is not None and self.station is not None
        return connect(
            self.station,
            base_url=self.server.url,
            site_id=self.server.site_id,
            api_key=self.server.api_key,
        )

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self._given_dir is None and self.data_dir is not None:
            shutil.rmtree(self.data_dir, ignore_errors=True)


def demo_payloads(station: Station, event_id: str | None, count: int = 12) -> list[str]:
    """Check-in URLs the demo camera shows: mostly good tickets, plus each kind of trouble."""
    catalog = station.checkin.catalog
    events = catalog.events()
    if not events:
        return []
    event = next((e for e in events if e.id == event_id), events[0])
    tickets = station.checkin.tickets.all_for_event(event.id)
    rng = random.Random(7)  # the same show every time

    def pick(predicate: Any, n: int) -> list[Ticket]:
        found = [t for t in tickets if predicate(t)]
        return rng.sample(found, min(n, len(found)))

    good = pick(
        lambda t: (
            t.order_status in (OrderStatus.PAID, OrderStatus.FREE)
            and not (t.canceled or t.archived or t.server_checked_in_at)
        ),
        count,
    )
    trouble = (
        pick(lambda t: bool(t.server_checked_in_at), 1)
        + pick(lambda t: t.canceled, 1)
        + pick(lambda t: t.order_status is OrderStatus.OFFLINE_PENDING, 1)
    )
    other = next((e for e in events if e.id != event.id), None)
    if other is not None:
        trouble += station.checkin.tickets.all_for_event(other.id)[:1]
    chosen = good[: max(1, count - len(trouble))]
    # Trouble spread through the good ones, so a viewer sees each kind early on.
    sequence: list[Ticket] = []
    for i, ticket in enumerate(chosen):
        sequence.append(ticket)
        if i % 2 == 1 and trouble:
            sequence.append(trouble.pop(0))
    sequence.extend(trouble)
    return [check_in_url(t.ticket_number, t.event_id) for t in sequence]
