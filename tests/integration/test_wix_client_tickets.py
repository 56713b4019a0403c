"""Contract: the client's ticket, check-in and guest calls against the emulator on loopback."""

from __future__ import annotations

import time

import pytest

from checkin_app.emulator.server import EmulatorServer
from checkin_app.wix import (
    TicketActionStatus,
    TokenBucket,
    WixClient,
    WixNotFoundError,
    WixPermanentError,
)
from checkin_app.wix.checkins import check_in_time

N_TICKETS = 250


# Wix documents neither what a repeated check-in nor what an undo leaves behind: the client's
# contract holds against every answer the emulator can give (docs/emulator.md, "Choices").
BEHAVIOURS = [
    ("keep", "remove"), ("keep", "cancel-date"), ("overwrite", "remove"),
    ("overwrite", "cancel-date"),
]  # fmt: skip


@pytest.fixture(scope="module", params=BEHAVIOURS, ids=["/".join(b) for b in BEHAVIOURS])
def server(request):
    repeat, undo = request.param
    srv = EmulatorServer(
        host="127.0.0.1", port=0, seed=N_TICKETS, repeat_check_in=repeat, undo_check_in=undo
    ).start()
    yield srv
    srv.stop()


@pytest.fixture
def client(server):
    server.set_faults()
    # A generous bucket: these tests check Wix's contract, not the limiter (unit-tested).
    bucket = TokenBucket(rate_per_minute=1_000_000, burst=1000)
    with WixClient(server.site_id, server.api_key, base_url=server.url, rate_limiter=bucket) as c:
        yield c


@pytest.fixture(scope="module")
def demo():
    """The demo seed: some tickets already checked in, some archived or canceled."""
    srv = EmulatorServer(host="127.0.0.1", port=0, seed="demo").start()
    bucket = TokenBucket(rate_per_minute=1_000_000, burst=1000)
    with WixClient(srv.site_id, srv.api_key, base_url=srv.url, rate_limiter=bucket) as c:
        yield c
    srv.stop()


def demo_tickets(demo):
    for event in demo.iter_events(page_size=50):
        for ticket in demo.iter_tickets(event["id"]):
            yield event["id"], ticket


@pytest.fixture(scope="module")
def event_id(server):
    bucket = TokenBucket(rate_per_minute=1_000_000, burst=1000)
    with WixClient(server.site_id, server.api_key, base_url=server.url, rate_limiter=bucket) as c:
        events = c.query_events(limit=10)["events"]
    assert events, "the seeded site has an event"
    return events[0]["id"]


def ticket_requests(server):
    return [r for r in server.requests if r["path"] == "/events/v1/tickets"]


def test_iter_tickets_walks_every_page(client, server, event_id):
    server.clear_requests()
    tickets = list(client.iter_tickets(event_id))
    numbers = [t["ticketNumber"] for t in tickets]
    assert len(numbers) == N_TICKETS == len(set(numbers))
    pages = ticket_requests(server)
    assert len(pages) == 3  # 100 + 100 + 50, no extra empty page
    for page in pages:
        assert page["query"]["limit"] == ["100"]
        assert page["query"]["fieldset"] == ["TICKET_DETAILS", "GUEST_DETAILS"]
        assert page["query"]["eventId"] == [event_id]
    assert [p["query"]["offset"] for p in pages] == [["0"], ["100"], ["200"]]


def test_ticket_details_come_back(client, event_id):
    page = client.list_tickets(event_id, limit=5)
    assert page["total"] == N_TICKETS and len(page["tickets"]) == 5
    ticket = page["tickets"][0]
    for field in ("ticketNumber", "orderNumber", "ticketDefinitionId", "orderStatus"):
        assert ticket.get(field), field
    assert ticket["checkInUrl"].startswith("https://www.wixevents.com/check-in/")
    assert "guestDetails" in ticket


def test_small_pages_and_page_size_limits(client, event_id):
    assert len(list(client.iter_tickets(event_id, page_size=40))) == N_TICKETS
    with pytest.raises(ValueError):
        client.list_tickets(event_id, limit=101)
    with pytest.raises(ValueError):
        client.iter_tickets(event_id, page_size=0)


def test_get_ticket_and_unknown_ticket(client, event_id):
    first = client.list_tickets(event_id, limit=1)["tickets"][0]
    got = client.get_ticket(event_id, first["ticketNumber"])
    assert got["ticketNumber"] == first["ticketNumber"]
    with pytest.raises(WixNotFoundError) as info:
        client.get_ticket(event_id, "NOPE-NOPE-000")
    assert info.value.status == 404 and info.value.code


def _checkable(client, event_id, count):
    """Tickets the emulator will check in: active, paid/free, not yet checked in."""
    out = []
    for t in client.iter_tickets(event_id, state=("NON_CHECKED_IN",)):
        if not t.get("archived") and t.get("orderStatus") in ("PAID", "FREE"):
            out.append(t["ticketNumber"])
        if len(out) == count:
            return out
    pytest.fail("not enough checkable tickets in the seed")


def test_check_in_then_repeat_then_undo(client, event_id):
    a, b = _checkable(client, event_id, 2)
    raw = client.check_in_tickets(event_id, [a])
    assert raw[0]["ticketNumber"] == a and raw[0]["checkIn"]["created"]

    outcomes = client.check_in(event_id, [a, b])
    by = {o.ticket_number: o for o in outcomes}
    # `a` was checked in moments ago, within the repeat tolerance: it reads as done now.
    assert by[a].status in (TicketActionStatus.DONE, TicketActionStatus.ALREADY_DONE)
    assert by[b].status is TicketActionStatus.DONE and by[b].checked_in_at
    assert client.get_ticket(event_id, b)["checkIn"]["created"] == by[b].checked_in_at

    undone = client.undo_check_in(event_id, [a, b])
    # Removed, or kept with a cancel date: either way the undo worked (issue 13.7).
    assert [o.status for o in undone] == [TicketActionStatus.DONE] * 2
    assert check_in_time(client.get_ticket(event_id, a)) is None
    # Undoing again changes nothing and is no error.
    assert [o.status for o in client.undo_check_in(event_id, [a])] == [TicketActionStatus.DONE]
    again = client.check_in(event_id, [a])[0]
    assert again.status is TicketActionStatus.DONE and check_in_time(again.ticket) is not None


def test_repeat_of_an_old_check_in_is_already_done(demo):
    found = next(
        ((e, t) for e, t in demo_tickets(demo) if (t.get("checkIn") or {}).get("created")), None
    )
    assert found is not None, "the demo seed has checked-in tickets"
    event, old = found
    (outcome,) = demo.check_in(event, [old["ticketNumber"]], repeat_tolerance_s=0.0)
    assert outcome.status is TicketActionStatus.ALREADY_DONE
    assert outcome.checked_in_at == old["checkIn"]["created"]


def test_one_bad_ticket_does_not_sink_a_batch(client, event_id, server):
    good = _checkable(client, event_id, 20)
    server.clear_requests()
    outcomes = client.check_in(event_id, [*good[:10], "NOPE-NOPE-001", *good[10:]])
    by = {o.ticket_number: o for o in outcomes}
    assert by["NOPE-NOPE-001"].status is TicketActionStatus.REJECTED
    assert isinstance(by["NOPE-NOPE-001"].error, WixPermanentError)
    assert all(by[n].status is TicketActionStatus.DONE for n in good)
    check_ins = [r for r in server.requests if r["path"] == "/events/v1/tickets/check-in"]
    assert len(check_ins) <= 12  # bisected, not one call per ticket
    client.undo_check_in(event_id, good)


def test_archived_or_canceled_ticket_is_rejected(demo):
    bad = next(
        (
            (e, t["ticketNumber"])
            for e, t in demo_tickets(demo)
            if t.get("archived") or t.get("orderStatus") in ("CANCELED", "DECLINED", "VOIDED")
        ),
        None,
    )
    assert bad is not None, "the demo seed has archived or canceled tickets"
    (outcome,) = demo.check_in(bad[0], [bad[1]])
    assert outcome.status is TicketActionStatus.REJECTED
    assert isinstance(outcome.error, WixPermanentError)


def test_batch_limits_are_enforced_before_sending(client, event_id, server):
    server.clear_requests()
    with pytest.raises(ValueError):
        client.check_in_tickets(event_id, [f"T{i}" for i in range(101)])
    with pytest.raises(ValueError):
        client.delete_check_in(event_id, [])
    assert server.requests == []


def test_delete_check_in_sends_query_params(client, event_id, server):
    (a,) = _checkable(client, event_id, 1)
    client.check_in_tickets(event_id, [a])
    server.clear_requests()
    tickets = client.delete_check_in(event_id, [a])
    assert tickets[0]["ticketNumber"] == a and check_in_time(tickets[0]) is None
    (req,) = server.requests
    assert req["method"] == "DELETE"
    assert req["query"]["eventId"] == [event_id] and req["query"]["ticketNumber"] == [a]


def test_iter_guests_cursor_pages_and_updated_after(client, event_id, server):
    server.clear_requests()
    guests = list(client.iter_guests(event_id, page_size=60))
    assert len(guests) >= N_TICKETS  # a TICKET_HOLDER row per ticket (+ BUYER rows)
    assert len({g["id"] for g in guests}) == len(guests)
    queries = [r for r in server.requests if r["path"].endswith("/guests/query")]
    assert len(queries) >= 5

    watermark = max(g["updatedDate"] for g in guests)
    server.advance_clock(5)
    (a,) = _checkable(client, event_id, 1)
    client.check_in_tickets(event_id, [a])
    changed = list(client.iter_guests(event_id, updated_after=watermark))
    holders = [g for g in changed if g.get("ticketNumber") == a]
    assert holders and all(g["updatedDate"] > watermark for g in changed)
    assert holders[0]["guestDetails"]["checkedIn"] is True
    client.undo_check_in(event_id, [a])


def test_a_wrong_local_clock_does_not_fool_repeat_detection(server, event_id):
    """A laptop whose clock runs 10 minutes fast (or slow) still tells fresh from repeat:
    the comparison uses the server's clock, learnt from the reply's `Date` header."""
    bucket = TokenBucket(rate_per_minute=1_000_000, burst=1000)
    for skew in (600.0, -600.0):
        with WixClient(
            server.site_id,
            server.api_key,
            base_url=server.url,
            rate_limiter=bucket,
            wall_clock=lambda skew=skew: time.time() + skew,
        ) as c:
            (a,) = _checkable(c, event_id, 1)
        with WixClient(
            server.site_id,
            server.api_key,
            base_url=server.url,
            rate_limiter=bucket,
            wall_clock=lambda skew=skew: time.time() + skew,
        ) as fresh:  # a new client: no server offset known before the check-in call
            (outcome,) = fresh.check_in(event_id, [a])
            assert outcome.status is TicketActionStatus.DONE, skew
            # The emulator's clock may have been advanced by earlier tests; its `Date` follows it.
            server_ahead = server.app.clock.now().timestamp() - time.time()
            assert abs(fresh.last_server_date_offset_s - server_ahead + skew) < 2
            fresh.undo_check_in(event_id, [a])
