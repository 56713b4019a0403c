"""Tickets (list, get, check in, undo) and Event Guests (docs/wix-api.md §6, §7)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from checkin_app.wix import paging
from checkin_app.wix.checkins import (
    DEFAULT_REPEAT_TOLERANCE_S,
    BatchRunner,
    TicketActionOutcome,
    validate_ticket_numbers,
)
from checkin_app.wix.http_core import Params, WixHttp, path_segment
from checkin_app.wix.replies import items, unwrap
from checkin_app.wix.timestamps import format_wix_time

TICKETS = "/events/v1/tickets"
GUESTS = "/events/v2/guests"

# Without a fieldset Wix returns only `memberId` and `anonymized` for each ticket.
TICKET_FIELDSETS: tuple[str, ...] = ("TICKET_DETAILS", "GUEST_DETAILS")
MAX_TICKETS_PAGE = 100
MAX_GUESTS_PAGE = 1000


class TicketsApi(WixHttp):
    """The door's calls: the ticket list, one ticket, check-in and its undo, guest deltas."""

    def list_tickets(
        self,
        event_id: str,
        *,
        offset: int = 0,
        limit: int = MAX_TICKETS_PAGE,
        fieldsets: Sequence[str] = TICKET_FIELDSETS,
        state: Sequence[str] = (),
        ticket_numbers: Sequence[str] = (),
        order_numbers: Sequence[str] = (),
        facets: Sequence[str] = (),
        sort: str | None = None,
    ) -> dict[str, Any]:
        """One page of List Tickets: `{"total", "offset", "limit", "tickets", "facets"}`.

        `limit` (1..100) is always sent: Wix's legacy default is 0.
        """
        if not 0 < limit <= MAX_TICKETS_PAGE:
            raise ValueError(f"limit must be 1..{MAX_TICKETS_PAGE}, got {limit}")
        params: Params = {
            "eventId": event_id,
            "offset": offset,
            "limit": limit,
            "fieldset": list(fieldsets),
            "state": list(state),
            "ticketNumber": list(ticket_numbers),
            "orderNumber": list(order_numbers),
            "facet": list(facets),
            "sort": sort,
        }
        return self._call("GET", TICKETS, params=params)

    def iter_tickets(
        self,
        event_id: str,
        page_size: int = MAX_TICKETS_PAGE,
        *,
        fieldsets: Sequence[str] = TICKET_FIELDSETS,
        state: Sequence[str] = (),
    ) -> Iterator[dict[str, Any]]:
        """Every ticket of the event, offset page by page until the reply's `total`."""
        if not 0 < page_size <= MAX_TICKETS_PAGE:
            raise ValueError(f"page_size must be 1..{MAX_TICKETS_PAGE}, got {page_size}")
        return paging.iter_offset(
            lambda offset, limit: self.list_tickets(
                event_id, offset=offset, limit=limit, fieldsets=fieldsets, state=state
            ),
            "tickets",
            page_size,
            total_of=paging.legacy_total,
            what="the ticket list",
        )

    def get_ticket(
        self, event_id: str, ticket_number: str, *, fieldsets: Sequence[str] = TICKET_FIELDSETS
    ) -> dict[str, Any]:
        """Return one ticket (raises `WixNotFoundError` when Wix does not know it)."""
        reply = self._call(
            "GET",
            f"{TICKETS}/{path_segment(ticket_number)}",
            params={"eventId": event_id, "fieldset": list(fieldsets)},
        )
        return unwrap(reply, "ticket")

    def check_in_tickets(
        self, event_id: str, ticket_numbers: Sequence[str]
    ) -> list[dict[str, Any]]:
        """One Check In Ticket call (1..100 numbers); returns the tickets Wix sent back.

        Wix stamps `checkIn.created` itself at call time. Use `check_in` for per-ticket
        results that do not depend on how Wix answers repeats or partly bad batches.
        """
        numbers = validate_ticket_numbers(ticket_numbers)
        reply = self._call(
            "POST", f"{TICKETS}/check-in", body={"eventId": event_id, "ticketNumber": numbers}
        )
        return items(reply, "tickets")

    def delete_check_in(self, event_id: str, ticket_numbers: Sequence[str]) -> list[dict[str, Any]]:
        """One Delete Ticket Check-In call (1..100 numbers); returns the tickets Wix sent back."""
        numbers = validate_ticket_numbers(ticket_numbers)
        reply = self._call(
            "DELETE", f"{TICKETS}/check-in", params={"eventId": event_id, "ticketNumber": numbers}
        )
        return items(reply, "tickets")

    def check_in(
        self,
        event_id: str,
        ticket_numbers: Sequence[str],
        *,
        repeat_tolerance_s: float = DEFAULT_REPEAT_TOLERANCE_S,
    ) -> list[TicketActionOutcome]:
        """Check in any number of tickets; one outcome per distinct number, in order.

        Never raises `WixError`: tickets a transient/auth/permission error kept from being
        sent come back `NOT_SENT` with that error; a malformed number (not 1–36 characters)
        comes back `REJECTED` without being sent. A check-in time older than the call
        (minus `repeat_tolerance_s`) means the ticket was `ALREADY_DONE`.
        """
        return self._batch(event_id, ticket_numbers, undo=False, tolerance=repeat_tolerance_s)

    def undo_check_in(
        self, event_id: str, ticket_numbers: Sequence[str]
    ) -> list[TicketActionOutcome]:
        """Remove the check-in of any number of tickets; outcomes as for `check_in`."""
        return self._batch(event_id, ticket_numbers, undo=True, tolerance=0.0)

    def _batch(
        self, event_id: str, ticket_numbers: Sequence[str], *, undo: bool, tolerance: float
    ) -> list[TicketActionOutcome]:
        if isinstance(ticket_numbers, str):
            raise ValueError("pass a list of ticket numbers, not one string")
        started_local = datetime.fromtimestamp(self._wall(), UTC)
        runner = BatchRunner(
            (lambda chunk: self.delete_check_in(event_id, chunk))
            if undo
            else (lambda chunk: self.check_in_tickets(event_id, chunk)),
            lambda number: self.get_ticket(event_id, number),
            undo=undo,
            started_at=lambda: started_local + timedelta(seconds=self._offset_s or 0.0),
            repeat_tolerance_s=tolerance,
        )
        return runner.run(ticket_numbers)

    # -- Event Guests -------------------------------------------------------------------

    def query_guests(
        self,
        *,
        filter: Mapping[str, Any] | None = None,
        sort: Sequence[Mapping[str, Any]] | None = None,
        limit: int = 100,
        cursor: str | None = None,
        fields: Sequence[str] = ("GUEST_DETAILS",),
    ) -> dict[str, Any]:
        """One page of Query Event Guests: `{"guests", "pagingMetadata": {"cursors"}}`.

        With a `cursor` only the cursor is sent, as Wix requires after the first page.
        """
        if not 0 < limit <= MAX_GUESTS_PAGE:
            raise ValueError(f"limit must be 1..{MAX_GUESTS_PAGE}, got {limit}")
        if cursor:
            query: dict[str, Any] = {"cursorPaging": {"limit": limit, "cursor": cursor}}
        else:
            query = {"cursorPaging": {"limit": limit}}
            if filter:
                query["filter"] = dict(filter)
            if sort:
                query["sort"] = [dict(s) for s in sort]
        body: dict[str, Any] = {"query": query}
        if fields:
            body["fields"] = list(fields)
        return self._call("POST", f"{GUESTS}/query", body=body)

    def iter_guests(
        self,
        event_id: str,
        updated_after: datetime | str | None = None,
        *,
        page_size: int = 100,
        fields: Sequence[str] = ("GUEST_DETAILS",),
    ) -> Iterator[dict[str, Any]]:
        """The event's guests (changed after `updated_after`, if given), oldest change first.

        The sync engine keeps the largest `updatedDate` it saw as its next watermark.
        """
        if not 0 < page_size <= MAX_GUESTS_PAGE:
            raise ValueError(f"page_size must be 1..{MAX_GUESTS_PAGE}, got {page_size}")
        where: dict[str, Any] = {"eventId": event_id}
        if updated_after is not None:
            where["updatedDate"] = {"$gt": format_wix_time(updated_after)}
        return paging.iter_cursor(
            lambda cursor: self.query_guests(
                filter=where,
                sort=[{"fieldName": "updatedDate", "order": "ASC"}],
                limit=page_size,
                cursor=cursor,
                fields=fields,
            ),
            "guests",
            "pagingMetadata",
            page_size=page_size,
            what="the guest list changes",
        )
