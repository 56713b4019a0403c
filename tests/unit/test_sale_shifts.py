"""Till shifts are cut by payment sequence: the store numbers payments, and migration 4 numbers
the sales an older station already recorded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from checkin_app.domain.sales import Payment, Sale, SaleLine, SaleState
from checkin_app.storage.database import Database
from checkin_app.storage.sales import SaleStore
from checkin_app.storage.schema import MIGRATIONS

STAMP = "2026-09-15T19:00:00.000Z"


def _sale(number: int, state: SaleState = SaleState.RESERVED) -> Sale:
    return Sale(
        id=f"sale-{number}", event_id="event", station="Door 1", state=state,
        lines=(SaleLine("ga", "GA", 1, "25.00", "EUR"),), created_at=STAMP, updated_at=STAMP,
        payment=Payment.CASH, total="25.00", currency="EUR",
    )  # fmt: skip


def test_payments_get_consecutive_numbers_once(tmp_path: Path) -> None:
    db = Database(tmp_path / "db.sqlite3")
    db.migrate()
    store = SaleStore(db)
    first = store.insert(_sale(1))
    second = store.insert(_sale(2))
    assert store.save(first).paid_seq is None  # not paid: no number
    first = store.save(first, state=SaleState.PAID, paid_at=STAMP)
    second = store.save(second, state=SaleState.PAID, paid_at=STAMP)
    assert (first.paid_seq, second.paid_seq) == (1, 2)
    # Saving a paid sale again (even from a copy that never saw its number) keeps it.
    assert store.save(_sale(1, SaleState.PAID), paid_at=STAMP).paid_seq == 1
    store.start_shift("Door 1", STAMP)  # the same millisecond as both payments
    assert store.shift("Door 1") == (STAMP, 2)
    assert store.paid(station="Door 1", after_seq=2) == []
    third = store.save(store.insert(_sale(3)), state=SaleState.PAID, paid_at=STAMP)
    assert [s.id for s in store.paid(station="Door 1", after_seq=2)] == [third.id]
    db.close()


def test_migration_numbers_old_sales_and_keeps_old_shift_boundaries(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version=3")
    columns = "id, event_id, station, state, lines, ticket_count, created_at, updated_at, paid_at"
    for sale_id, state, paid_at in (
        ("b", "paid", "2026-09-15T19:05:00.000Z"),
        ("a", "paid", "2026-09-15T19:00:00.000Z"),
        ("c", "canceled", None),
        ("d", "paid", "2026-09-15T19:10:00.000Z"),
    ):
        conn.execute(
            f"INSERT INTO sales ({columns}) VALUES (?, 'e', 'Door 1', ?, '[]', 1, ?, ?, ?)",
            (sale_id, state, STAMP, STAMP, paid_at),
        )
    conn.execute(
        "INSERT INTO sales_shifts (station, started_at) VALUES ('Door 1', ?)",
        ("2026-09-15T19:06:00.000Z",),
    )
    conn.commit()
    conn.close()

    db = Database(path)
    assert db.migrate() == len(MIGRATIONS)
    store = SaleStore(db)
    assert {s.id: s.paid_seq for s in store.paid()} == {"a": 1, "b": 2, "d": 3}
    assert store.get("c").paid_seq is None
    assert store.shift("Door 1") == ("2026-09-15T19:06:00.000Z", 2)  # d only, as before
    db.close()
