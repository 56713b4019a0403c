"""Guest search for the door: name, email, ticket or order number, as you type."""

from __future__ import annotations

from dataclasses import dataclass

from checkin_app.domain.models import Ticket
from checkin_app.domain.verdicts import ORDER_STATUS_RULES
from checkin_app.storage.checkins import CheckinLog
from checkin_app.storage.downloads import DownloadStore
from checkin_app.storage.tickets import SEARCH_LIMIT, TicketStore


@dataclass(frozen=True, slots=True)
class SearchHit:
    ticket: Ticket
    checked_in_at: str | None
    checked_in_station: str | None
    status_text: str

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None

    def to_json(self) -> dict[str, object]:
        t = self.ticket
        return {
            "ticket_number": t.ticket_number,
            "event_id": t.event_id,
            "order_number": t.order_number,
            "guest_name": t.guest_name,
            "guest_email": t.guest_email,
            "ticket_name": t.ticket_name,
            "order_status": t.order_status.value,
            "status": self.status_text,
            "checked_in": self.checked_in,
            "checked_in_at": self.checked_in_at,
            "checked_in_station": self.checked_in_station,
        }


class SearchService:
    """Search the cached guest list and say, for each hit, whether it is checked in."""

    def __init__(self, tickets: TicketStore, staged: DownloadStore, log: CheckinLog) -> None:
        self._tickets = tickets
        self._staged = staged
        self._log = log

    def search(
        self, text: str, event_id: str | None = None, limit: int = SEARCH_LIMIT
    ) -> list[SearchHit]:
        tickets = self._tickets.search(text, event_id, limit)
        if len(tickets) < limit:
            # Guests of a download still under way are found too (real Wix data).
            tickets += self._staged.search(text, event_id, limit - len(tickets))
        priors = self._log.priors(
            [(t.event_id, t.ticket_number, t.server_checked_in_at) for t in tickets]
        )
        hits = []
        for ticket in tickets:
            prior = priors.get((ticket.event_id, ticket.ticket_number.upper()))
            hits.append(
                SearchHit(
                    ticket=ticket,
                    checked_in_at=prior.at if prior else None,
                    checked_in_station=prior.station if prior else None,
                    status_text=_status_text(ticket),
                )
            )
        return hits


def _status_text(ticket: Ticket) -> str:
    if ticket.removed:
        return "No longer on the guest list"
    if ticket.canceled:
        return "Canceled"
    if ticket.archived or ticket.order_archived:
        return "Archived"
    return ORDER_STATUS_RULES[ticket.order_status].reason
