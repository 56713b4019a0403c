"""The hub's wire format: tickets and verdicts as JSON, both ways (domain objects only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checkin_app.domain.models import OrderStatus, Ticket, Verdict, VerdictKind

API_PREFIX = "/v1"
SCAN_TIMEOUT_S = 0.3  # the door decides alone when the hub has not answered by then


@dataclass(frozen=True, slots=True)
class VenueTicket:
    """A ticket as the hub sees it: Wix's state plus the venue's check-in (which door)."""

    ticket: Ticket
    checked_in_station: str | None


def ticket_to_json(ticket: Ticket, checked_in_station: str | None) -> dict[str, Any]:
    return {
        "n": ticket.ticket_number, "e": ticket.event_id, "o": ticket.order_number,
        "d": ticket.definition_id, "tn": ticket.ticket_name, "s": ticket.order_status.value,
        "a": ticket.archived, "oa": ticket.order_archived, "c": ticket.canceled,
        "f": ticket.guest_first_name, "l": ticket.guest_last_name, "m": ticket.guest_email,
        "b": ticket.buyer_name, "p": ticket.price, "cur": ticket.currency,
        "ci": ticket.server_checked_in_at, "cs": checked_in_station, "r": ticket.removed,
    }  # fmt: skip


def _text(raw: dict[str, Any], key: str, default: str = "") -> str:
    value = raw.get(key)
    return value if isinstance(value, str) else default


def _maybe(raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    return value if isinstance(value, str) else None


def ticket_from_json(raw: object) -> VenueTicket | None:
    """A ticket from the hub, or None when the row is unusable (never raises)."""
    if not isinstance(raw, dict) or not _text(raw, "n") or not _text(raw, "e"):
        return None
    ticket = Ticket(
        ticket_number=_text(raw, "n"), event_id=_text(raw, "e"), order_number=_text(raw, "o"),
        definition_id=_maybe(raw, "d"), ticket_name=_text(raw, "tn"),
        order_status=OrderStatus.parse(_maybe(raw, "s")), archived=raw.get("a") is True,
        order_archived=raw.get("oa") is True, canceled=raw.get("c") is True,
        guest_first_name=_text(raw, "f"), guest_last_name=_text(raw, "l"),
        guest_email=_text(raw, "m"), buyer_name=_text(raw, "b"), price=_maybe(raw, "p"),
        currency=_maybe(raw, "cur"), server_checked_in_at=_maybe(raw, "ci"),
        removed=raw.get("r") is True,
    )  # fmt: skip
    return VenueTicket(ticket, _maybe(raw, "cs"))


def verdict_from_json(raw: object) -> Verdict | None:
    """The hub's verdict for a scan (the `check-in --json` shape), or None if unusable."""
    if not isinstance(raw, dict):
        return None
    verdict = raw.get("verdict")
    if not isinstance(verdict, str):
        return None
    try:
        kind = VerdictKind(verdict)
    except ValueError:
        return None
    return Verdict(
        kind=kind, reason=_text(raw, "reason"), ticket_number=_maybe(raw, "ticket_number"),
        event_id=_maybe(raw, "event_id"), guest_name=_text(raw, "guest_name"),
        ticket_name=_text(raw, "ticket_name"), order_number=_text(raw, "order_number"),
        checked_in_at=_maybe(raw, "checked_in_at"),
        checked_in_station=_maybe(raw, "checked_in_station"),
        amount_due=_maybe(raw, "amount_due"), currency=_maybe(raw, "currency"),
        scan_id=_maybe(raw, "scan_id"), override=raw.get("override") is True, decided_by="hub",
    )  # fmt: skip
