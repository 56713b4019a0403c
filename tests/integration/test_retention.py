"""Issue 16.3: guest data is forgotten a set time after the event ends (never while
check-ins are unsent); `checkin-app forget` does it now; nothing personal remains, not even
in free pages; counts and the anonymous scan log stay."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin_app.bootstrap import open_station
from checkin_app.cli import main
from checkin_app.domain.clock import Clock
from checkin_app.domain.models import Event, InputMethod
from checkin_app.services.retention import ForgetRefused, HoldState
from checkin_app.storage.database import DB_FILENAME
from tests.support.factories import EVENT_ID, OTHER_EVENT_ID, make_ticket

FORGOTTEN = [("Wilhelmina", "Xanthopoulos", "wilhelmina.x@example.org"),
             ("Bartholomew", "Quigglesworth", "bart.quiggles@example.net")]  # fmt: skip
KEPT = ("Clementine", "Ravenscroft", "clementine@example.com")


class FixedClock(Clock):
    def __init__(self, now: datetime) -> None:
        self.at = now

    def now(self) -> datetime:
        return self.at


def setup(data: Path, ended: datetime, *, encrypt: bool = True) -> None:
    station = open_station(data, encrypt=encrypt, clock=FixedClock(ended))
    catalog = station.checkin.catalog
    catalog.upsert_event(Event(id=EVENT_ID, title="Summer Gala", status="ENDED",
                               start_date=(ended - timedelta(hours=4)).isoformat(),
                               end_date=ended.isoformat()))  # fmt: skip
    catalog.upsert_event(Event(id=OTHER_EVENT_ID, title="Winter Ball", status="UPCOMING",
                               end_date=(ended + timedelta(days=60)).isoformat()))  # fmt: skip
    tickets = [
        make_ticket(f"GALA-{i:04d}-T001", guest_first_name=first, guest_last_name=last,
                    guest_email=email, buyer_name=f"{first} {last}")
        for i, (first, last, email) in enumerate(FORGOTTEN * 50)
    ]  # fmt: skip
    tickets.append(make_ticket("BALL-0001-T001", event_id=OTHER_EVENT_ID,
                               guest_first_name=KEPT[0], guest_last_name=KEPT[1],
                               guest_email=KEPT[2]))  # fmt: skip
    station.checkin.tickets.upsert_many(tickets)
    for ticket in tickets[:10]:
        station.checkin.scan(ticket.ticket_number, EVENT_ID, "Door 1", InputMethod.CAMERA)
    station.close()


def personal(words: list[tuple[str, str, str]]) -> list[bytes]:
    return [w.encode() for guest in words for w in guest]


def mark_sent(data: Path, clock: Clock) -> None:
    station = open_station(data, clock=clock)
    with station.db.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'done'")
    station.close()


def test_forget_now_leaves_nothing_personal_even_in_free_pages(tmp_path) -> None:
    data = tmp_path / "door"
    ended = datetime.now(UTC) - timedelta(days=1)
    setup(data, ended, encrypt=False)  # a plain file: raw bytes show what free pages hold
    raw = (data / DB_FILENAME).read_bytes()
    assert all(w in raw for w in personal(FORGOTTEN))

    # Unsent check-ins: refused, nothing changed. (The service on the plain file here; the
    # command on an encrypted station below.)
    station = open_station(data, encrypt=False)
    with pytest.raises(ForgetRefused, match="not yet sent"):
        station.retention.forget(EVENT_ID)
    with station.db.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'done'")
    done = station.retention.forget(EVENT_ID)
    assert (done.tickets, done.sales) == (100, 0)
    station.close()
    files = b"".join(p.read_bytes() for p in data.iterdir() if p.is_file())
    for word in personal(FORGOTTEN):
        assert word not in files, word  # not in a table, the index, a free page or the WAL
    assert all(w in files for w in (KEPT[0].encode(), KEPT[2].encode()))

    station = open_station(data, encrypt=False)
    try:
        counts = station.checkin.tickets.counts(EVENT_ID)
        assert counts.total == 100  # the tickets stay, as numbers with their status
        assert station.db.query_one("SELECT count(*) FROM checkins")[0] == 10
        assert station.search.search("Xanthopoulos", EVENT_ID) == []
        assert station.search.search("Ravenscroft", OTHER_EVENT_ID)
        again = station.checkin.scan("GALA-0000-T001", EVENT_ID, "Door 1", InputMethod.CAMERA)
        assert again.kind.value == "ALREADY_CHECKED_IN"
    finally:
        station.close()


def test_due_events_are_forgotten_by_themselves_but_not_while_unsent(tmp_path) -> None:
    data = tmp_path / "door"
    ended = datetime(2026, 6, 1, 22, 0, tzinfo=UTC)
    setup(data, ended)
    # Six days after: held, until the seventh.
    station = open_station(data, clock=FixedClock(ended + timedelta(days=6)))
    gala = next(h for h in station.retention.holdings() if h.data.event_id == EVENT_ID)
    assert gala.state is HoldState.HELD and gala.forget_after == ended + timedelta(days=7)
    assert gala.data.guests == 100
    station.close()
    # Eight days after, but 10 check-ins unsent: still held, and said why.
    station = open_station(data, clock=FixedClock(ended + timedelta(days=8)))
    gala = next(h for h in station.retention.holdings() if h.data.event_id == EVENT_ID)
    assert gala.state is HoldState.WAITING and gala.data.unsent == 10
    with pytest.raises(ForgetRefused):
        station.retention.forget(EVENT_ID)
    station.close()
    mark_sent(data, FixedClock(ended))
    # Once sent: the next start forgets it; the other event is untouched.
    station = open_station(data, clock=FixedClock(ended + timedelta(days=8)))
    try:
        states = {h.data.event_id: h for h in station.retention.holdings()}
        assert states[EVENT_ID].state is HoldState.FORGOTTEN
        assert states[OTHER_EVENT_ID].state is HoldState.HELD
        names = station.db.query(
            "SELECT guest_last_name, guest_email FROM tickets WHERE event_id = ?", (EVENT_ID,)
        )
        assert {tuple(r) for r in names} == {("", "")}
        fts = station.db.query("SELECT * FROM tickets_fts WHERE tickets_fts MATCH 'Quigg*'")
        assert fts == []
    finally:
        station.close()


def test_forget_list_shows_what_is_held_and_until_when(tmp_path, capsys) -> None:
    data = tmp_path / "door"
    ended = datetime.now(UTC) + timedelta(days=1)
    setup(data, ended)
    assert main(["forget", "--list", "--json", "--data-dir", str(data)]) == 0
    listed = {h["event_id"]: h for h in json.loads(capsys.readouterr().out)}
    assert listed[EVENT_ID]["guests_held"] == 100 and listed[EVENT_ID]["unsent"] == 10
    assert listed[EVENT_ID]["state"] == "held"
    assert listed[EVENT_ID]["forget_after"].startswith(
        (ended + timedelta(days=7)).date().isoformat()
    )
    assert main(["forget", "--list", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "kept 7 day(s)" in out and "100 guest(s) held until" in out


def test_forget_command_on_an_encrypted_station(tmp_path, capsys) -> None:
    data = tmp_path / "door"
    ended = datetime.now(UTC) - timedelta(hours=2)
    setup(data, ended)
    assert main(["forget", "--event", EVENT_ID, "--data-dir", str(data)]) == 1
    assert "10 check-in(s) for Summer Gala are not yet sent" in capsys.readouterr().err
    mark_sent(data, FixedClock(ended))
    assert main(["forget", "--event", EVENT_ID, "--json", "--data-dir", str(data)]) == 0
    assert json.loads(capsys.readouterr().out) == {"event_id": EVENT_ID, "tickets": 100, "sales": 0}
    station = open_station(data)
    try:
        assert station.search.search("Wilhelmina", EVENT_ID) == []
        assert station.db.query_one("SELECT count(*) FROM checkins")[0] == 10
    finally:
        station.close()
