"""Turn whatever a scanner produced into a ticket reference, or say it is not a ticket.

Accepted: Wix's `checkInUrl` (`https://www.wixevents.com/check-in/{ticketNumber},{eventId}`,
any case of scheme and host, with or without scheme, `www.` or a trailing slash, the comma
possibly percent-encoded) and a bare ticket number as typed or sent by a USB scanner.
Everything else is `None`. Parsing never raises.
"""

from __future__ import annotations

import re

from checkin_app.domain.models import TicketRef

MAX_PAYLOAD_CHARS = 512  # a real check-in URL is < 120 chars; longer input is not a ticket
TICKET_NUMBER_MAX = 36  # Wix: ticket numbers are 1–36 chars

_TICKET_NUMBER = r"[A-Za-z0-9][A-Za-z0-9-]{0,35}"
_GUID = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"

_CHECK_IN_URL = re.compile(
    rf"^(?:https?://)?(?:www\.)?wixevents\.com/check-in/({_TICKET_NUMBER})(?:,|%2C)({_GUID})/?$",
    re.IGNORECASE,
)
# A bare number must contain a digit: plain words typed into a box are not tickets.
_BARE_NUMBER = re.compile(rf"^(?=.*[0-9])({_TICKET_NUMBER})$")


def parse_payload(raw: object) -> TicketRef | None:
    """Return the ticket a payload names, or None when it is not a Wix ticket code."""
    if isinstance(raw, bytes | bytearray):
        try:
            raw = bytes(raw).decode("utf-8")
        except UnicodeDecodeError:
            return None
    if not isinstance(raw, str) or len(raw) > MAX_PAYLOAD_CHARS:
        return None
    text = raw.strip()
    if not text:
        return None
    match = _CHECK_IN_URL.match(text)
    if match:
        return TicketRef(ticket_number=match.group(1).upper(), event_id=match.group(2).lower())
    match = _BARE_NUMBER.match(text)
    if match:
        return TicketRef(ticket_number=match.group(1).upper())
    return None


def check_in_url(ticket_number: str, event_id: str) -> str:
    """The payload Wix prints as the ticket's QR code."""
    return f"https://www.wixevents.com/check-in/{ticket_number},{event_id}"
