"""Per-ticket check-in/undo results, whatever Wix does on repeats and partly bad batches.

Wix's behaviour here is UNCONFIRMED (docs/wix-api.md §11), so these tests play each plausible
behaviour through a small in-memory stand-in for the Wix edge.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from checkin_app.wix.checkins import (
    BatchRunner,
    TicketActionStatus,
    validate_ticket_numbers,
)
from checkin_app.wix.errors import (
    WixAuthError,
    WixNotFoundError,
    WixPermanentError,
    WixTransientError,
)

NOW = datetime(2026, 6, 1, 20, 0, 0, tzinfo=UTC)
EARLIER = (NOW - timedelta(hours=1)).isoformat().replace("+00:00", "Z")
STAMP = NOW.isoformat().replace("+00:00", "Z")


class FakeWix:
    """Tickets with check-in times; `repeat` and `batch` pick the unconfirmed behaviours."""

    def __init__(self, tickets, *, repeat="ok", batch="whole", omit_bad=False):
        self.checked = dict(tickets)  # number → created or None
        self.repeat = repeat  # "ok": 200 with the old time; "error": 400
        self.batch = batch  # "whole": one bad ticket fails the batch; "skip": left out
        self.calls: list[list[str]] = []
        self.fail_next: Exception | None = None

    def _ticket(self, n):
        created = self.checked[n]
        return {"ticketNumber": n, "checkIn": {"created": created} if created else None}

    def send_check_in(self, chunk):
        self.calls.append(list(chunk))
        if self.fail_next:
            error, self.fail_next = self.fail_next, None
            raise error
        unknown = [n for n in chunk if n not in self.checked]
        repeats = [n for n in chunk if self.checked.get(n)]
        if unknown and self.batch == "whole":
            raise WixNotFoundError("ticket not found", status=404)
        if repeats and self.repeat == "error":
            raise WixPermanentError("already checked in", status=400, code="ALREADY_CHECKED_IN")
        out = []
        for n in chunk:
            if n in self.checked:
                self.checked[n] = self.checked[n] or STAMP
                out.append(self._ticket(n))
        return out

    def send_undo(self, chunk):
        self.calls.append(list(chunk))
        if any(n not in self.checked for n in chunk):
            raise WixNotFoundError("ticket not found", status=404)
        if self.repeat == "error" and any(not self.checked[n] for n in chunk):
            raise WixPermanentError("not checked in", status=400)
        for n in chunk:
            self.checked[n] = None
        return [self._ticket(n) for n in chunk]

    def fetch(self, n):
        if n not in self.checked:
            raise WixNotFoundError("ticket not found", status=404)
        return self._ticket(n)


def run(wix, numbers, undo=False):
    runner = BatchRunner(
        wix.send_undo if undo else wix.send_check_in,
        wix.fetch,
        undo=undo,
        started_at=NOW,
    )
    return {o.ticket_number: o for o in runner.run(numbers)}


@pytest.mark.parametrize("repeat", ["ok", "error"])
def test_fresh_and_repeat_check_ins(repeat):
    wix = FakeWix({"A1": None, "B2": EARLIER}, repeat=repeat)
    out = run(wix, ["A1", "B2"])
    assert out["A1"].status is TicketActionStatus.DONE
    assert out["A1"].checked_in_at == STAMP
    assert out["B2"].status is TicketActionStatus.ALREADY_DONE
    assert out["B2"].checked_in_at == EARLIER


@pytest.mark.parametrize("batch", ["whole", "skip"])
def test_one_unknown_ticket_does_not_sink_the_batch(batch):
    numbers = [f"T{i:03d}" for i in range(40)]
    wix = FakeWix({n: None for n in numbers}, batch=batch)
    out = run(wix, [*numbers[:20], "NOPE1", *numbers[20:]])
    assert out["NOPE1"].status is TicketActionStatus.REJECTED
    assert isinstance(out["NOPE1"].error, WixPermanentError)
    assert all(out[n].status is TicketActionStatus.DONE for n in numbers)
    # bisecting finds one bad ticket among 41 in a handful of calls, not 41
    assert len(wix.calls) <= 2 * 7


def test_more_than_100_numbers_are_chunked_and_deduplicated():
    numbers = [f"T{i:03d}" for i in range(250)]
    wix = FakeWix({n: None for n in numbers})
    outcomes = BatchRunner(wix.send_check_in, wix.fetch, undo=False, started_at=NOW).run(
        numbers + numbers[:5]
    )
    assert [o.ticket_number for o in outcomes] == numbers
    assert [len(c) for c in wix.calls] == [100, 100, 50]


def test_transient_error_leaves_the_rest_not_sent():
    numbers = [f"T{i:03d}" for i in range(150)]
    wix = FakeWix({n: None for n in numbers})
    calls = 0

    def send(chunk):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise WixTransientError("timeout", code="TIMEOUT")
        return wix.send_check_in(chunk)

    out = BatchRunner(send, wix.fetch, undo=False, started_at=NOW).run(numbers)
    assert {o.status for o in out[:100]} == {TicketActionStatus.DONE}
    assert {o.status for o in out[100:]} == {TicketActionStatus.NOT_SENT}
    assert isinstance(out[120].error, WixTransientError)


def test_auth_error_stops_without_raising():
    wix = FakeWix({"A1": None})
    wix.fail_next = WixAuthError("bad key", status=401)
    (only,) = BatchRunner(wix.send_check_in, wix.fetch, undo=False, started_at=NOW).run(["A1"])
    assert only.status is TicketActionStatus.NOT_SENT and isinstance(only.error, WixAuthError)


def test_refused_ticket_whose_lookup_fails_transiently_is_not_sent():
    wix = FakeWix({"A1": EARLIER}, repeat="error")

    def fetch(n):
        raise WixTransientError("offline")

    (only,) = BatchRunner(wix.send_check_in, fetch, undo=False, started_at=NOW).run(["A1"])
    assert only.status is TicketActionStatus.NOT_SENT


def test_partly_applied_batch_counts_as_done():
    """A server that checks some in and then fails the batch: the retry sees fresh times."""
    wix = FakeWix({"A1": None, "B2": None})
    real = wix.send_check_in

    def send(chunk):
        if len(chunk) == 2:
            wix.checked["A1"] = STAMP  # applied, then failed
            raise WixPermanentError("bad batch", status=400)
        return real(chunk)

    out = {
        o.ticket_number: o
        for o in BatchRunner(send, wix.fetch, undo=False, started_at=NOW).run(["A1", "B2"])
    }
    assert out["A1"].status is TicketActionStatus.DONE
    assert out["B2"].status is TicketActionStatus.DONE


def test_ticket_returned_without_check_in_is_rejected():
    def send(chunk):
        return [{"ticketNumber": n, "checkIn": None} for n in chunk]

    (only,) = BatchRunner(send, lambda n: {}, undo=False, started_at=NOW).run(["A1"])
    assert only.status is TicketActionStatus.REJECTED
    assert only.error is not None and only.error.code == "NOT_CHECKED_IN"


@pytest.mark.parametrize("repeat", ["ok", "error"])
def test_undo(repeat):
    wix = FakeWix({"A1": EARLIER, "B2": None}, repeat=repeat)
    out = run(wix, ["A1", "B2", "ZZ9"], undo=True)
    assert out["A1"].status is TicketActionStatus.DONE
    assert out["A1"].checked_in_at is None
    expected_b2 = TicketActionStatus.DONE if repeat == "ok" else TicketActionStatus.ALREADY_DONE
    assert out["B2"].status is expected_b2
    assert out["ZZ9"].status is TicketActionStatus.REJECTED


@pytest.mark.parametrize(
    "numbers", [[], ["x" * 37], [""], [f"T{i}" for i in range(101)], "ABC-123"]
)
def test_call_limits(numbers):
    with pytest.raises(ValueError):
        validate_ticket_numbers(numbers)


def test_malformed_numbers_are_rejected_alone_without_sending():
    wix = FakeWix({"A1": None})
    out = run(wix, ["", "A1", "X" * 37])
    assert out["A1"].status is TicketActionStatus.DONE
    for bad in ("", "X" * 37):
        assert out[bad].status is TicketActionStatus.REJECTED
        assert out[bad].error.code == "INVALID_ARGUMENT"
    assert wix.calls == [["A1"]]
