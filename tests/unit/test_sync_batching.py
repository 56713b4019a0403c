"""The sync engine's pure parts: batching order, backoff, ownership of a check-in, the light."""

from __future__ import annotations

import random

from checkin_app.storage.outbox import OutboxItem, OutboxKind, OutboxState
from checkin_app.sync.backoff import Backoff
from checkin_app.sync.batching import blocked_items, plan_batches
from checkin_app.sync.connectivity import Connectivity, ConnectivityMonitor
from checkin_app.wix import OutcomeKind, RequestOutcome

E1, E2 = "event-1", "event-2"


def item(item_id: int, kind: OutboxKind, number: str, event: str = E1) -> OutboxItem:
    order = number if kind is OutboxKind.CONFIRM_ORDER else None
    ticket = None if kind is OutboxKind.CONFIRM_ORDER else number
    return OutboxItem(item_id, kind, event, ticket, order, None, OutboxState.INFLIGHT, 1, None, "")


CHECK, UNDO, CONFIRM = OutboxKind.CHECK_IN, OutboxKind.UNDO_CHECK_IN, OutboxKind.CONFIRM_ORDER


def test_check_ins_of_an_event_travel_a_hundred_to_a_call():
    items = [item(i, CHECK, f"T{i:04d}") for i in range(1, 251)]
    batches = plan_batches(items)
    assert [len(b.items) for b in batches] == [100, 100, 50]
    assert [n for b in batches for n in b.numbers] == [f"T{i:04d}" for i in range(1, 251)]


def test_events_are_never_mixed_in_one_call():
    items = [item(1, CHECK, "A1"), item(2, CHECK, "B1", E2), item(3, CHECK, "A2")]
    batches = plan_batches(items)
    assert [(b.event_id, b.numbers) for b in batches] == [(E1, ["A1", "A2"]), (E2, ["B1"])]


def test_an_undo_never_overtakes_its_check_in():
    items = [
        item(1, CHECK, "A"),
        item(2, UNDO, "A"),
        item(3, CHECK, "B"),
        item(4, CHECK, "a"),  # ticket numbers compare without case
        item(5, UNDO, "C"),
    ]
    sent = [(b.kind, n) for b in plan_batches(items) for n in b.numbers]
    assert sent.index((CHECK, "A")) < sent.index((UNDO, "A")) < sent.index((CHECK, "a"))
    # Unrelated tickets still share calls: one check-in call and one undo call in layer one.
    assert sent[:3] == [(CHECK, "A"), (CHECK, "B"), (UNDO, "C")]


def test_confirm_order_goes_before_the_check_in_it_pays_for():
    items = [item(1, CONFIRM, "ORD-1"), item(2, CHECK, "ORD-1001"), item(3, CONFIRM, "ORD-2")]
    batches = plan_batches(items)
    assert [(b.kind, b.numbers) for b in batches] == [
        (CONFIRM, ["ORD-1", "ORD-2"]),
        (CHECK, ["ORD-1001"]),
    ]


def test_an_item_waits_behind_an_earlier_unclaimed_call_for_the_same_ticket():
    claimed = [item(5, UNDO, "A"), item(6, CHECK, "B")]
    waiting = [
        (2, "check_in", E1, "a", None),  # backing off: the undo must wait for it
        (5, "undo_check_in", E1, "A", None),
        (6, "check_in", E1, "B", None),
        (7, "check_in", E1, "B", None),  # later: does not block item 6
    ]
    assert blocked_items(claimed, waiting) == {5}


def test_backoff_grows_is_capped_jittered_and_honours_retry_after():
    backoff = Backoff(base_s=2, max_s=60, rng=random.Random(1))
    first = [backoff.delay(1) for _ in range(50)]
    assert all(1 <= d <= 2 for d in first) and len(set(first)) > 1
    assert all(8 <= backoff.delay(4) <= 16 for _ in range(20))
    assert all(30 <= backoff.delay(30) <= 60 for _ in range(20))
    assert backoff.delay(1, retry_after=45) == 45


def outcome(kind: OutcomeKind, reached: bool = True, duration: float = 0.05) -> RequestOutcome:
    status = None if not reached else (200 if kind is OutcomeKind.OK else 503)
    return RequestOutcome("GET", "/x", kind, status, duration, 0.0, reached)


def test_connectivity_light_follows_request_outcomes():
    now = [0.0]
    monitor = ConnectivityMonitor(time_fn=lambda: now[0], hold_s=60)
    assert monitor.state is Connectivity.UNKNOWN
    monitor.record(outcome(OutcomeKind.TRANSIENT, reached=False))
    assert monitor.state is Connectivity.OFFLINE  # never reached Wix at all
    monitor.record(outcome(OutcomeKind.OK))
    assert monitor.state is Connectivity.DEGRADED  # recent trouble holds the amber light
    now[0] = 61
    assert monitor.state is Connectivity.ONLINE
    monitor.record(outcome(OutcomeKind.TRANSIENT, reached=False))
    assert monitor.state is Connectivity.DEGRADED  # one lost request after good ones
    monitor.record(outcome(OutcomeKind.TRANSIENT, reached=False))
    assert monitor.state is Connectivity.OFFLINE
    monitor.record(outcome(OutcomeKind.TRANSIENT))  # a 503: Wix is there, but unwell
    assert monitor.state is Connectivity.DEGRADED
    now[0] = 200
    monitor.record(outcome(OutcomeKind.OK, duration=9.0))  # slow is trouble too
    assert monitor.state is Connectivity.DEGRADED
    assert monitor.requests == 6
    assert monitor.successes == 2 and monitor.last_ok  # a slow reply is still an answer


def test_errors_are_told_in_plain_words():
    from checkin_app.sync.engine import describe_error
    from checkin_app.wix import WixAuthError, WixPermanentError, WixTransientError

    no_reply = WixTransientError("cannot reach Wix (ConnectError)", code="NETWORK")
    assert describe_error(no_reply, 12).startswith("Offline: cannot reach Wix")
    assert "retrying in 12 s" in describe_error(no_reply, 12)
    limited = WixTransientError("too many requests queued", code="CLIENT_RATE_LIMITED")
    assert "slow down" in describe_error(limited)
    assert "slow down" in describe_error(WixTransientError("x", status=429, code="X"))
    assert "(503 UNAVAILABLE)" in describe_error(
        WixTransientError("x", status=503, code="UNAVAILABLE")
    )
    assert "API key" in describe_error(WixAuthError("no", status=401, code="UNAUTHENTICATED"))
    refused = WixPermanentError("bad", status=400, code="INVALID_ARGUMENT", description="Bad id")
    assert describe_error(refused) == "Wix refused: Bad id (400 INVALID_ARGUMENT)."
