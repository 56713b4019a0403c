"""The fast tier for services: each test gets its own `:memory:` station database (migrated,
~20 ms) and a clock it moves by hand; services are built from the repositories the way
`bootstrap` builds them. Only Wix is faked (the edge a unit test cannot reach)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from checkin_app.domain.clock import Clock
from checkin_app.services.checkin import CheckInService
from checkin_app.storage.database import Database
from checkin_app.storage.stores import Stores
from tests.support.factories import EVENT_ID, make_event, make_ticket


class HandClock(Clock):
    """Wall time that moves only when the test says so."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 11, 28, 19, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def monotonic_ns(self) -> int:
        return int(self.moment.timestamp() * 1e9)

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


@pytest.fixture
def stores() -> Iterator[Stores]:
    db = Database(":memory:")
    yield Stores.on(db)
    db.close()


@pytest.fixture
def gala(stores: Stores) -> Stores:
    """The Summer Gala with a complete guest list of three paid tickets."""
    stores.catalog.upsert_event(make_event())
    stores.tickets.upsert_many(
        [make_ticket(f"GALA-0000-0000{i}", guest_first_name=f"Guest{i}") for i in (1, 2, 3)],
        generation=1,
    )
    stores.sync_state.record_success(f"tickets:{EVENT_ID}", generation=1)
    return stores


@pytest.fixture
def checkin(gala: Stores, clock: HandClock) -> CheckInService:
    return CheckInService.on(gala, clock)
