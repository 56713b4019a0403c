"""Events V3 and Ticket Definitions V3 calls (docs/wix-api.md §2, §3)."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from checkin_app.wix import paging
from checkin_app.wix.http_core import WixHttp, path_segment
from checkin_app.wix.replies import unwrap

EVENTS = "/events/v3/events"
TICKET_DEFINITIONS = "/events/v3/ticket-definitions"

MAX_EVENTS_PAGE = 1000
MAX_TICKET_DEFINITIONS_PAGE = 100


def _check_limit(limit: int, maximum: int) -> int:
    if not 0 < limit <= maximum:
        raise ValueError(f"page size must be 1..{maximum}, got {limit}")
    return limit


def _query(
    filter: Mapping[str, Any] | None, sort: Sequence[Mapping[str, Any]] | None
) -> dict[str, Any]:
    query: dict[str, Any] = {}
    if filter:
        query["filter"] = dict(filter)
    if sort:
        query["sort"] = [dict(s) for s in sort]
    return query


class EventsApi(WixHttp):
    """Events V3: create, get, query, update, publish, clone, cancel, delete."""

    def create_event(
        self, event: Mapping[str, Any], *, draft: bool = False, fields: Sequence[str] = ()
    ) -> dict[str, Any]:
        """Create an event (published unless `draft`); returns the event."""
        body: dict[str, Any] = {"event": dict(event)}
        if draft:
            body["draft"] = True
        if fields:
            body["fields"] = list(fields)
        return unwrap(self._call("POST", EVENTS, body=body), "event")

    def get_event(
        self, event_id: str, *, fields: Sequence[str] = ("REGISTRATION", "DETAILS")
    ) -> dict[str, Any]:
        """Return one event with the requested `fields` (RequestedFields)."""
        reply = self._call(
            "GET", f"{EVENTS}/{path_segment(event_id)}", params={"fields": list(fields)}
        )
        return unwrap(reply, "event")

    def query_events(
        self,
        *,
        filter: Mapping[str, Any] | None = None,
        sort: Sequence[Mapping[str, Any]] | None = None,
        limit: int = 100,
        offset: int = 0,
        fields: Sequence[str] = (),
        include_drafts: bool = False,
    ) -> dict[str, Any]:
        """One page of Query Events: `{"events": [...], "pagingMetadata": {...}}`.

        `limit` must be 1..1000 (Wix's default 0 returns nothing, so it is always sent).
        """
        query = _query(filter, sort)
        query["paging"] = {"limit": _check_limit(limit, MAX_EVENTS_PAGE), "offset": offset}
        body: dict[str, Any] = {"query": query}
        if fields:
            body["fields"] = list(fields)
        if include_drafts:  # needs READ_DRAFT_EVENTS; sent only when asked for
            body["includeDrafts"] = True
        return self._call("POST", f"{EVENTS}/query", body=body)

    def iter_events(
        self,
        *,
        filter: Mapping[str, Any] | None = None,
        sort: Sequence[Mapping[str, Any]] | None = None,
        page_size: int = 100,
        fields: Sequence[str] = (),
        include_drafts: bool = False,
    ) -> Iterator[dict[str, Any]]:
        """Every event matching `filter`, page by page (offset paging)."""
        _check_limit(page_size, MAX_EVENTS_PAGE)
        return paging.iter_offset(
            lambda offset, limit: self.query_events(
                filter=filter,
                sort=sort,
                limit=limit,
                offset=offset,
                fields=fields,
                include_drafts=include_drafts,
            ),
            "events",
            page_size,
            total_of=paging.metadata_total("pagingMetadata"),
            what="the events list",
        )

    def update_event(
        self, event_id: str, changes: Mapping[str, Any], *, fields: Sequence[str] = ()
    ) -> dict[str, Any]:
        """Patch an event with only the fields to change; returns the event.

        `dateAndTimeSettings` is replaced wholesale by Wix: send start and end together.
        """
        body: dict[str, Any] = {"event": {**changes, "id": event_id}}
        if fields:
            body["fields"] = list(fields)
        return unwrap(self._call("PATCH", f"{EVENTS}/{path_segment(event_id)}", body=body), "event")

    def enable_agenda(self, event_id: str, enabled: bool = True) -> dict[str, Any]:
        """Turn the event's schedule (agenda) on or off; returns the event with AGENDA."""
        return self.update_event(
            event_id, {"agendaSettings": {"enabled": enabled}}, fields=("AGENDA",)
        )

    def publish_event(self, event_id: str, *, fields: Sequence[str] = ()) -> dict[str, Any]:
        """Publish a draft (DRAFT → UPCOMING, irreversible); returns the event."""
        body: dict[str, Any] = {"fields": list(fields)} if fields else {}
        return unwrap(
            self._call("POST", f"{EVENTS}/{path_segment(event_id)}/publish", body=body), "event"
        )

    def clone_event(
        self,
        event_id: str,
        *,
        changes: Mapping[str, Any] | None = None,
        draft: bool | None = None,
        fields: Sequence[str] = (),
    ) -> dict[str, Any]:
        """Copy an event (form, tickets, settings) with optional overrides; returns the copy."""
        body: dict[str, Any] = {}
        if changes:
            body["event"] = dict(changes)
        if draft is not None:
            body["draft"] = draft
        if fields:
            body["fields"] = list(fields)
        return unwrap(
            self._call("POST", f"{EVENTS}/{path_segment(event_id)}/clone", body=body), "event"
        )

    def cancel_event(self, event_id: str, *, fields: Sequence[str] = ()) -> dict[str, Any]:
        """Cancel an event (closes registration); returns the event."""
        body: dict[str, Any] = {"fields": list(fields)} if fields else {}
        return unwrap(
            self._call("POST", f"{EVENTS}/{path_segment(event_id)}/cancel", body=body), "event"
        )

    def ping(self) -> float:
        """One cheap authenticated call (Query Events, limit 1); returns its round trip in s.

        Raises `WixError` like any call: the "can we reach Wix with this key" check.
        """
        started = time.monotonic()
        self.query_events(limit=1)
        return time.monotonic() - started

    def delete_event(self, event_id: str) -> None:
        """Delete an event."""
        self._call("DELETE", f"{EVENTS}/{path_segment(event_id)}")


class TicketDefinitionsApi(WixHttp):
    """Ticket Definitions V3: create, get, query, update (with revision), delete."""

    def create_ticket_definition(
        self, ticket_definition: Mapping[str, Any], *, fields: Sequence[str] = ("SALES_DETAILS",)
    ) -> dict[str, Any]:
        """Create a ticket type (`eventId`, `name`, `pricingMethod`, `feeType` needed)."""
        body: dict[str, Any] = {"ticketDefinition": dict(ticket_definition)}
        if fields:
            body["fields"] = list(fields)
        return unwrap(self._call("POST", TICKET_DEFINITIONS, body=body), "ticketDefinition")

    def get_ticket_definition(
        self, ticket_definition_id: str, *, fields: Sequence[str] = ("SALES_DETAILS",)
    ) -> dict[str, Any]:
        """Return one ticket definition."""
        reply = self._call(
            "GET",
            f"{TICKET_DEFINITIONS}/{path_segment(ticket_definition_id)}",
            params={"fields": list(fields)},
        )
        return unwrap(reply, "ticketDefinition")

    def query_ticket_definitions(
        self,
        *,
        filter: Mapping[str, Any] | None = None,
        sort: Sequence[Mapping[str, Any]] | None = None,
        limit: int = 100,
        cursor: str | None = None,
        fields: Sequence[str] = ("SALES_DETAILS",),
    ) -> dict[str, Any]:
        """One page: `{"ticketDefinitions": [...], "metadata": {..., "cursors": {"next"}}}`.

        With a `cursor` only the cursor is sent (Wix rejects filter/sort after page one).
        """
        page = {"limit": _check_limit(limit, MAX_TICKET_DEFINITIONS_PAGE)}
        if cursor:
            query: dict[str, Any] = {"cursorPaging": {**page, "cursor": cursor}}
        else:
            query = {**_query(filter, sort), "cursorPaging": page}
        body: dict[str, Any] = {"query": query}
        if fields:
            body["fields"] = list(fields)
        return self._call("POST", f"{TICKET_DEFINITIONS}/query", body=body)

    def iter_ticket_definitions(
        self,
        event_id: str | None = None,
        *,
        filter: Mapping[str, Any] | None = None,
        page_size: int = 100,
        fields: Sequence[str] = ("SALES_DETAILS",),
    ) -> Iterator[dict[str, Any]]:
        """Every ticket definition (of `event_id`, when given), cursor page by cursor page."""
        where = dict(filter or {})
        if event_id is not None:
            where["eventId"] = event_id
        _check_limit(page_size, MAX_TICKET_DEFINITIONS_PAGE)
        return paging.iter_cursor(
            lambda cursor: self.query_ticket_definitions(
                filter=where,
                sort=[{"fieldName": "createdDate", "order": "ASC"}],
                limit=page_size,
                cursor=cursor,
                fields=fields,
            ),
            "ticketDefinitions",
            "metadata",
            page_size=page_size,
            what="the ticket types",
        )

    def update_ticket_definition(
        self,
        ticket_definition_id: str,
        revision: str | int,
        changes: Mapping[str, Any],
        *,
        fields: Sequence[str] = ("SALES_DETAILS",),
    ) -> dict[str, Any]:
        """Patch a ticket definition; `revision` must be the current one (Wix requires it)."""
        body: dict[str, Any] = {
            "ticketDefinition": {**changes, "id": ticket_definition_id, "revision": str(revision)}
        }
        if fields:
            body["fields"] = list(fields)
        reply = self._call(
            "PATCH", f"{TICKET_DEFINITIONS}/{path_segment(ticket_definition_id)}", body=body
        )
        return unwrap(reply, "ticketDefinition")

    def delete_ticket_definition(self, ticket_definition_id: str) -> None:
        """Delete a ticket definition."""
        self._call("DELETE", f"{TICKET_DEFINITIONS}/{path_segment(ticket_definition_id)}")
