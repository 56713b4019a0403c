"""The hub's wire format: tickets (rows) and verdicts as JSON (domain objects only)."""

from __future__ import annotations

from typing import Any

from checkin_app.domain.models import Verdict, VerdictKind

API_PREFIX = "/v1"
SCAN_TIMEOUT_S = 0.3  # the door decides alone when the hub has not answered by then
HELD_KIND = "held_check_in"  # an item handing over an admission a hub decided (takeover)


# A ticket on the wire: one JSON array in this order (the guest list is 100,000 of them:
# arrays parse and encode several times faster than objects, and go straight into SQL).
TICKET_FIELDS: tuple[str, ...] = (
    "event_id", "ticket_number", "order_number", "definition_id", "ticket_name",
    "order_status", "archived", "order_archived", "canceled", "guest_first_name",
    "guest_last_name", "guest_email", "buyer_name", "price", "currency",
    "server_checked_in_at", "removed", "checked_in_station",
)  # fmt: skip


class WireFormatError(ValueError):
    """The hub sent tickets in a shape this station does not read (another app version)."""


def ticket_rows(payload: dict[str, Any]) -> list[tuple[object, ...]]:
    """The usable ticket rows of a snapshot page or feed reply, each a tuple in
    `TICKET_FIELDS` order with checked types (a row without event or number is dropped;
    a wrong-typed field becomes empty). Raises `WireFormatError` for another layout."""
    fields = payload.get("fields")
    if fields is not None and tuple(fields) != TICKET_FIELDS:
        raise WireFormatError("The hub sends tickets in another layout: update this app.")
    rows = payload.get("rows")
    if not isinstance(rows, list):
        return []
    found: list[tuple[object, ...]] = []
    width = len(TICKET_FIELDS)
    for raw in rows:  # one unpacking per row: this runs 100,000 times per door
        if type(raw) is not list or len(raw) != width:
            continue
        event, number, order, definition, name, status, archived, order_archived = raw[:8]
        canceled, first, last, email, buyer, price, currency, at, removed, door = raw[8:]
        if type(event) is not str or type(number) is not str or not event or not number:
            continue
        found.append((
            event, number, _s(order), _n(definition), _s(name), _s(status), _flag(archived),
            _flag(order_archived), _flag(canceled), _s(first), _s(last), _s(email), _s(buyer),
            _n(price), _n(currency), _n(at), _flag(removed), _n(door),
        ))  # fmt: skip
    return found


def gone_tickets(payload: dict[str, Any]) -> list[tuple[str, str]]:
    """A feed reply's `gone`: (event id, ticket number) of tickets the hub no longer holds
    (the pages of a first download it abandoned); malformed entries are dropped."""
    gone = payload.get("gone")
    if not isinstance(gone, list):
        return []
    return [
        (pair[0], pair[1]) for pair in gone
        if type(pair) is list and len(pair) == 2 and all(type(v) is str and v for v in pair)
    ]  # fmt: skip


def _s(value: object) -> str:
    return value if type(value) is str else ""


def _n(value: object) -> str | None:
    return value if type(value) is str else None


def _flag(value: object) -> int:
    return 1 if value is True or value == 1 else 0


def _text(raw: dict[str, Any], key: str, default: str = "") -> str:
    value = raw.get(key)
    return value if isinstance(value, str) else default


def _maybe(raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    return value if isinstance(value, str) else None


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
