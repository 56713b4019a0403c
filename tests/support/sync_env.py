"""Stations wired to a real emulator on loopback, for the sync engine's tests."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from checkin_app.bootstrap import Station, open_station
from checkin_app.domain.clock import Clock
from checkin_app.emulator.server import EmulatorServer
from checkin_app.sync.backoff import Backoff
from checkin_app.sync.engine import SyncEngine
from checkin_app.wix import TokenBucket, WixClient


class ManualClock(Clock):
    """Wall time that only moves when a test says so (monotonic time moves with it)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime.now(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def monotonic_ns(self) -> int:
        return int(self.now().timestamp() * 1e9)

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += timedelta(seconds=seconds)


class RecordingTransport(httpx.BaseTransport):
    """The real HTTP transport, remembering every check-in call and the status it got."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.calls: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        status: int | None = None
        try:
            response = self._inner.handle_request(request)
            response.read()
            status = response.status_code
            return response
        finally:
            path = urlsplit(str(request.url)).path
            if path.endswith("/tickets/check-in"):
                if request.method == "POST":
                    numbers = json.loads(request.content or b"{}").get("ticketNumber", [])
                else:
                    numbers = parse_qs(urlsplit(str(request.url)).query).get("ticketNumber", [])
                with self._lock:
                    self.calls.append(
                        {"method": request.method, "numbers": list(numbers), "status": status}
                    )

    def close(self) -> None:
        self._inner.close()

    def accepted(self, method: str = "POST") -> list[str]:
        """Ticket numbers of the calls Wix answered 200, in order (one entry per call)."""
        return [n for c in self.calls if c["method"] == method and c["status"] == 200
                for n in c["numbers"]]  # fmt: skip


class RefusesRepeats(httpx.BaseTransport):
    """Wix's other possible answer to a repeated check-in (docs/wix-api.md §11, unconfirmed):
    a 409 for the whole call when one of its tickets is already checked in."""

    def __init__(self, server: EmulatorServer) -> None:
        self._inner = httpx.HTTPTransport()
        self._server = server
        self.refused = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/tickets/check-in"):
            numbers = json.loads(request.content or b"{}").get("ticketNumber", [])
            tickets = self._server.state.tickets
            if any(n in tickets and tickets[n]["checkIn"] for n in numbers):
                self.refused += 1
                body = {
                    "message": "Ticket already checked in",
                    "details": {"applicationError": {
                        "code": "TICKET_ALREADY_CHECKED_IN",
                        "description": "Ticket already checked in", "data": {},
                    }},
                }  # fmt: skip
                return httpx.Response(409, json=body, request=request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class FakeTime:
    """A monotonic clock that only moves when something sleeps on it: the rate limiter and
    the sync pass's waits for Wix's budget share it, so a test waits out a 429 at once."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)
            self.now += max(0.0, seconds)


def fast_limiter(fake: FakeTime | None = None) -> TokenBucket:
    """A limiter that never sleeps for real: tests must not wait real seconds."""
    if fake is None:
        return TokenBucket(rate_per_minute=1e7, burst=100_000, sleep=lambda _s: None)
    return TokenBucket(rate_per_minute=1e7, burst=100_000, clock=fake.clock, sleep=fake.sleep)


def make_client(
    server: EmulatorServer, *, api_key: str | None = None, site_id: str | None = None,
    transport: httpx.BaseTransport | None = None, wall_clock: Callable[[], float] = time.time,
    rate_limiter: TokenBucket | None = None,
) -> WixClient:  # fmt: skip
    return WixClient(
        site_id or server.site_id, api_key or server.api_key, base_url=server.url,
        rate_limiter=rate_limiter or fast_limiter(), transport=transport, wall_clock=wall_clock,
    )  # fmt: skip


def make_engine(
    station: Station, server: EmulatorServer, *, clock: Clock | None = None,
    api_key: str | None = None, site_id: str | None = None,
    transport: httpx.BaseTransport | None = None, wall_clock: Callable[[], float] = time.time,
    **options: Any,
) -> SyncEngine:  # fmt: skip
    options.setdefault("backoff", Backoff(base_s=1.0, max_s=30.0))
    fake = options.pop("fake_time", None) or FakeTime()
    options.setdefault("sleep", fake.sleep)  # a 429 is waited out on the fake clock
    client = make_client(
        server, api_key=api_key, site_id=site_id, transport=transport, wall_clock=wall_clock,
        rate_limiter=options.pop("rate_limiter", None) or fast_limiter(fake),
    )  # fmt: skip
    return SyncEngine(station.db, client, clock, owns_client=True, **options)


def gala_id(server: EmulatorServer) -> str:
    """The demo seed's main event."""
    return next(e["id"] for e in server.state.events.values() if e["title"] == "Summer Gala")


def server_tickets(server: EmulatorServer, event_id: str) -> list[dict[str, Any]]:
    state = server.state
    return [state.tickets[n] for n in state.event_tickets.get(event_id, [])]


def admissible(server: EmulatorServer, event_id: str, count: int) -> list[str]:
    """Numbers of paid, valid tickets not checked in on the server."""
    state = server.state
    found = []
    for ticket in server_tickets(server, event_id):
        order = state.orders[ticket["orderNumber"]]
        if (
            ticket["checkIn"] is None
            and not ticket["archived"]
            and not order["archived"]
            and order["status"] in ("PAID", "FREE")
        ):
            found.append(ticket["ticketNumber"])
        if len(found) == count:
            break
    return found


class Rig:
    """Opens stations and engines for a test and closes them all at the end."""

    def __init__(self, server: EmulatorServer, tmp_path: Path) -> None:
        self.server = server
        self.tmp_path = tmp_path
        self._open: list[Any] = []

    def station(self, name: str = "data", clock: Clock | None = None) -> Station:
        station = open_station(self.tmp_path / name, clock=clock)
        self._open.append(station)
        return station

    def engine(self, station: Station, **options: Any) -> SyncEngine:
        engine = make_engine(station, self.server, **options)
        self._open.insert(0, engine)  # engines close before their stations
        return engine

    def client(self, **options: Any) -> WixClient:
        client = make_client(self.server, **options)
        self._open.insert(0, client)
        return client

    def close(self) -> None:
        for thing in self._open:
            thing.close()


# Wix documents neither what a repeated check-in does nor what an undo leaves behind
# (docs/emulator.md, "Choices"): sync tests run against every answer the emulator can give.
BEHAVIOURS = [
    ("keep", "remove"), ("keep", "cancel-date"), ("overwrite", "remove"),
    ("overwrite", "cancel-date"),
]  # fmt: skip
BEHAVIOUR_IDS = ["/".join(b) for b in BEHAVIOURS]


@contextmanager
def running_rig(
    tmp_path: Path, seed: str | int = "demo", behaviour: tuple[str, str] = ("keep", "remove")
) -> Iterator[Rig]:
    """An emulator seeded with `seed` (repeat/undo `behaviour`) and a `Rig` on it; everything
    closed afterwards."""
    repeat, undo = behaviour
    with EmulatorServer(seed=seed, repeat_check_in=repeat, undo_check_in=undo) as server:
        rig = Rig(server, tmp_path)
        try:
            yield rig
        finally:
            rig.close()
