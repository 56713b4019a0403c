"""Per-ticket results of check-in and undo batches, robust to Wix's unconfirmed behaviour.

Wix does not document what a repeated check-in returns (200 or an error), nor whether one
bad ticket fails a whole batch. So the result of each ticket is read from the tickets Wix
returns, never from the status alone: a ticket whose `checkIn.created` is older than the
call was already checked in; a batch refused as a whole is split in halves until the bad
ticket is alone; a ticket refused alone is looked up to see whether it was in fact already
checked in (or, for undo, already not).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from checkin_app.wix.errors import WixError, WixPermanentError
from checkin_app.wix.timestamps import parse_wix_time

MAX_TICKETS_PER_CALL = 100
MAX_TICKET_NUMBER_CHARS = 36
# Only for the ALREADY_DONE/DONE label of this client API: the sync engine never uses it to
# decide a double admission (checkin_app/sync/ownership.py proves that from Wix's clock).
DEFAULT_REPEAT_TOLERANCE_S = 10.0  # clock-offset error (±1 s) plus latency, with room


class TicketActionStatus(enum.StrEnum):
    """What became of one ticket in a check-in or undo batch."""

    DONE = "done"  # this call checked it in (undo: removed its check-in)
    ALREADY_DONE = "already_done"  # it was already checked in (undo: was not checked in)
    REJECTED = "rejected"  # Wix refused this ticket for good; `error` says why
    NOT_SENT = "not_sent"  # a transient/auth/permission error stopped the batch: retry later


@dataclass(frozen=True, slots=True)
class TicketActionOutcome:
    """One ticket's result. `checked_in_at` is the server's `checkIn.created` after the call."""

    ticket_number: str
    status: TicketActionStatus
    checked_in_at: str | None = None
    ticket: dict[str, Any] | None = None
    error: WixError | None = None


def validate_ticket_numbers(ticket_numbers: Sequence[str]) -> list[str]:
    """Return the numbers as a list, or raise ValueError outside Wix's 1..100 × 1..36 chars."""
    if isinstance(ticket_numbers, str):
        raise ValueError("pass a list of ticket numbers, not one string")
    numbers = [str(n) for n in ticket_numbers]
    if not 1 <= len(numbers) <= MAX_TICKETS_PER_CALL:
        raise ValueError(f"send 1..{MAX_TICKETS_PER_CALL} ticket numbers per call")
    for number in numbers:
        if not 1 <= len(number) <= MAX_TICKET_NUMBER_CHARS:
            raise ValueError(f"a ticket number has 1..{MAX_TICKET_NUMBER_CHARS} characters")
    return numbers


def check_in_time(ticket: dict[str, Any] | None) -> str | None:
    """The ticket's server check-in time, or None when it is not checked in.

    Wix may answer an undo by keeping `checkIn.created` and adding `checkIn.
    checkInCanceledDate` (a field of the SDK's ticket type; docs/wix-api.md §6): a check-in
    canceled at or after it was made is no check-in.
    """
    if not ticket:
        return None
    check_in = ticket.get("checkIn")
    if not isinstance(check_in, dict):
        return None
    created = check_in.get("created")
    if not isinstance(created, str) or not created:
        return None
    return None if is_canceled(created, check_in.get("checkInCanceledDate")) else created


def is_canceled(created: str, canceled: object) -> bool:
    """True when a check-in made at `created` was canceled at or after that moment."""
    if not isinstance(canceled, str) or not canceled:
        return False
    made, undone = parse_wix_time(created), parse_wix_time(canceled)
    if made is None or undone is None:
        return True  # a cancel date we cannot read: Wix still says it was canceled
    return undone >= made


class _Stopped(Exception):
    """A non-permanent error: stop sending, leave the rest for later."""

    def __init__(self, error: WixError) -> None:
        super().__init__(str(error))
        self.error = error


class BatchRunner:
    """Runs one check-in (`undo=False`) or undo (`undo=True`) over any number of tickets."""

    def __init__(
        self,
        send: Callable[[list[str]], list[dict[str, Any]]],
        fetch: Callable[[str], dict[str, Any]],
        *,
        undo: bool,
        started_at: datetime | Callable[[], datetime],
        repeat_tolerance_s: float = DEFAULT_REPEAT_TOLERANCE_S,
    ) -> None:
        self._send = send
        self._fetch = fetch
        self._undo = undo
        # A callable is read only when the first ticket is judged, i.e. after a reply: by
        # then the client knows the server's clock even if the local clock is wrong.
        self._started_at = started_at
        self._tolerance = timedelta(seconds=repeat_tolerance_s)
        self._threshold: datetime | None = None

    def _earlier_than_this_call(self, when: datetime) -> bool:
        if self._threshold is None:
            start = self._started_at() if callable(self._started_at) else self._started_at
            self._threshold = start - self._tolerance
        return when < self._threshold

    def run(self, ticket_numbers: Sequence[str]) -> list[TicketActionOutcome]:
        numbers = list(dict.fromkeys(str(n) for n in ticket_numbers))  # dedupe, keep order
        results: dict[str, TicketActionOutcome] = {}
        for number in numbers:
            if not 1 <= len(number) <= MAX_TICKET_NUMBER_CHARS:
                # Wix would refuse the whole batch for it; refuse this one without sending.
                results[number] = TicketActionOutcome(
                    number,
                    TicketActionStatus.REJECTED,
                    error=WixPermanentError(
                        f"a ticket number has 1..{MAX_TICKET_NUMBER_CHARS} characters",
                        code="INVALID_ARGUMENT",
                        field_violations=[("ticketNumber", "1 to 36 characters")],
                    ),
                )
        sendable = [n for n in numbers if n not in results]
        stopped: WixError | None = None
        for start in range(0, len(sendable), MAX_TICKETS_PER_CALL):
            chunk = sendable[start : start + MAX_TICKETS_PER_CALL]
            try:
                self._run_chunk(chunk, results)
            except _Stopped as exc:
                stopped = exc.error
                break
        return [
            results.get(n) or TicketActionOutcome(n, TicketActionStatus.NOT_SENT, error=stopped)
            for n in numbers
        ]

    def _run_chunk(self, chunk: list[str], results: dict[str, TicketActionOutcome]) -> None:
        try:
            returned = self._send(chunk)
        except WixPermanentError as exc:
            if len(chunk) == 1:
                results[chunk[0]] = self._after_refusal(chunk[0], exc)
                return
            middle = len(chunk) // 2
            self._run_chunk(chunk[:middle], results)
            self._run_chunk(chunk[middle:], results)
            return
        except WixError as exc:
            raise _Stopped(exc) from None
        by_number = {
            t.get("ticketNumber"): t for t in returned if isinstance(t.get("ticketNumber"), str)
        }
        for number in chunk:
            ticket = by_number.get(number)
            if ticket is None:
                results[number] = self._after_silence(number)
            else:
                results[number] = self._judge(number, ticket)

    def _judge(self, number: str, ticket: dict[str, Any]) -> TicketActionOutcome:
        created = check_in_time(ticket)
        if self._undo:
            if created is None:
                return TicketActionOutcome(number, TicketActionStatus.DONE, None, ticket)
            return TicketActionOutcome(
                number,
                TicketActionStatus.REJECTED,
                created,
                ticket,
                WixPermanentError("Wix kept the check-in", code="CHECK_IN_NOT_REMOVED"),
            )
        if created is None:
            return TicketActionOutcome(
                number,
                TicketActionStatus.REJECTED,
                None,
                ticket,
                WixPermanentError("Wix did not check the ticket in", code="NOT_CHECKED_IN"),
            )
        when = parse_wix_time(created)
        earlier = when is not None and self._earlier_than_this_call(when)
        status = TicketActionStatus.ALREADY_DONE if earlier else TicketActionStatus.DONE
        return TicketActionOutcome(number, status, created, ticket)

    def _lookup(self, number: str) -> dict[str, Any] | None:
        """The ticket as Wix has it now; None when Wix says it does not exist."""
        try:
            return self._fetch(number)
        except WixPermanentError:
            return None
        except WixError as exc:
            raise _Stopped(exc) from None

    def _after_silence(self, number: str) -> TicketActionOutcome:
        """Wix answered 200 but did not return this ticket: look at it."""
        ticket = self._lookup(number)
        if ticket is None:
            return TicketActionOutcome(
                number,
                TicketActionStatus.REJECTED,
                error=WixPermanentError("Wix does not know this ticket", code="NOT_FOUND"),
            )
        return self._judge(number, ticket)

    def _after_refusal(self, number: str, error: WixPermanentError) -> TicketActionOutcome:
        """Wix refused this ticket alone: maybe because it was already in the wanted state."""
        ticket = self._lookup(number)
        created = check_in_time(ticket)
        if ticket is not None and created is not None and not self._undo:
            # Checked in: before this call (a refused repeat) or by it (a partial batch).
            return self._judge(number, ticket)
        if ticket is not None and created is None and self._undo:
            return TicketActionOutcome(number, TicketActionStatus.ALREADY_DONE, None, ticket)
        return TicketActionOutcome(number, TicketActionStatus.REJECTED, created, ticket, error)
