"""The objects the door works with: events, ticket types, tickets, scans and verdicts."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class OrderStatus(enum.StrEnum):
    """Wix's order status (docs/wix-api.md §5), as carried on every ticket."""

    NA_ORDER_STATUS = "NA_ORDER_STATUS"
    FREE = "FREE"
    PENDING = "PENDING"
    PAID = "PAID"
    OFFLINE_PENDING = "OFFLINE_PENDING"
    INITIATED = "INITIATED"
    CANCELED = "CANCELED"
    DECLINED = "DECLINED"
    AUTHORIZED = "AUTHORIZED"
    VOIDED = "VOIDED"
    PARTIALLY_PAID = "PARTIALLY_PAID"

    @classmethod
    def parse(cls, value: str | None) -> OrderStatus:
        """Map Wix's text (including Event Guests' `UNKNOW_ORDER_STATUS`) to a member."""
        try:
            return cls(value or "NA_ORDER_STATUS")
        except ValueError:
            return cls.NA_ORDER_STATUS


class VerdictKind(enum.StrEnum):
    """What the door is told about one scan."""

    ADMITTED = "ADMITTED"
    ALREADY_CHECKED_IN = "ALREADY_CHECKED_IN"
    UNKNOWN_TICKET = "UNKNOWN_TICKET"
    WRONG_EVENT = "WRONG_EVENT"
    CANCELED = "CANCELED"
    PAYMENT_DUE = "PAYMENT_DUE"
    NOT_PAID = "NOT_PAID"
    NOT_A_TICKET = "NOT_A_TICKET"
    # The event's guest list is still downloading and has not reached this ticket yet: the
    # door cannot say "not on the list" (check by name, or wait for the list).
    LIST_INCOMPLETE = "LIST_INCOMPLETE"

    @property
    def admits(self) -> bool:
        return self is VerdictKind.ADMITTED

    @property
    def severity(self) -> str:
        """`ok`, `attention` (staff can act on it) or `rejected`: drives colour and sound."""
        if self is VerdictKind.ADMITTED:
            return "ok"
        if self in (
            VerdictKind.ALREADY_CHECKED_IN,
            VerdictKind.PAYMENT_DUE,
            VerdictKind.LIST_INCOMPLETE,
        ):
            return "attention"
        return "rejected"


class InputMethod(enum.StrEnum):
    """How a code reached the station."""

    CAMERA = "camera"
    SCANNER = "scanner"
    MANUAL = "manual"


@dataclass(frozen=True, slots=True)
class Event:
    """A Wix event as cached for the door."""

    id: str
    title: str
    status: str = "UPCOMING"
    start_date: str | None = None
    end_date: str | None = None
    time_zone_id: str | None = None
    currency: str | None = None
    location_name: str | None = None
    slug: str | None = None


@dataclass(frozen=True, slots=True)
class TicketDefinition:
    """A ticket type: its name, price and how many are left."""

    id: str
    event_id: str
    name: str
    price: str = "0"
    currency: str | None = None
    free: bool = False
    initial_limit: int | None = None
    sold_count: int = 0
    reserved_count: int = 0
    unsold_count: int | None = None
    sold_out: bool = False
    hidden: bool = False
    sale_status: str | None = None

    @property
    def available(self) -> int | None:
        """How many are left to sell (None = unlimited): Wix's unsold count, else the limit
        less what is sold and held in reservations."""
        if self.unsold_count is not None or self.initial_limit is None:
            return self.unsold_count
        return max(0, self.initial_limit - self.sold_count - self.reserved_count)


@dataclass(frozen=True, slots=True)
class Ticket:
    """One ticket of the cached guest list: server state only."""

    ticket_number: str
    event_id: str
    order_number: str = ""
    definition_id: str | None = None
    ticket_name: str = ""
    order_status: OrderStatus = OrderStatus.PAID
    archived: bool = False
    order_archived: bool = False
    canceled: bool = False
    guest_first_name: str = ""
    guest_last_name: str = ""
    guest_email: str = ""
    buyer_name: str = ""
    price: str | None = None
    currency: str | None = None
    server_checked_in_at: str | None = None
    removed: bool = False  # vanished from the server's list at the last full download

    @property
    def guest_name(self) -> str:
        name = f"{self.guest_first_name} {self.guest_last_name}".strip()
        return name or self.buyer_name


@dataclass(frozen=True, slots=True)
class TicketRef:
    """What a scanned payload names: a ticket number, and the event when the code says it."""

    ticket_number: str
    event_id: str | None = None


@dataclass(frozen=True, slots=True)
class PriorCheckIn:
    """An earlier admission of a ticket, from the server or from a station's own log."""

    at: str  # ISO-8601 UTC
    station: str | None = None  # None when the server reported it (another device or Wix)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision for one scan, with everything the door shows about it."""

    kind: VerdictKind
    reason: str
    ticket_number: str | None = None
    event_id: str | None = None
    guest_name: str = ""
    ticket_name: str = ""
    order_number: str = ""
    checked_in_at: str | None = None
    checked_in_station: str | None = None
    amount_due: str | None = None
    currency: str | None = None
    scan_id: str | None = None
    override: bool = False
    extra: dict[str, str] = field(default_factory=dict)
    decided_by: str = "station"  # "hub": the venue hub decided it for this door

    @property
    def admitted(self) -> bool:
        return self.kind is VerdictKind.ADMITTED

    def to_json(self) -> dict[str, object]:
        """The public JSON shape used by `checkin-app check-in --json`."""
        return {
            "verdict": self.kind.value,
            "severity": self.kind.severity,
            "ticket_number": self.ticket_number,
            "event_id": self.event_id,
            "guest_name": self.guest_name,
            "ticket_name": self.ticket_name,
            "order_number": self.order_number,
            "reason": self.reason,
            "checked_in_at": self.checked_in_at,
            "checked_in_station": self.checked_in_station,
            "amount_due": self.amount_due,
            "currency": self.currency,
            "scan_id": self.scan_id,
            "override": self.override,
            "decided_by": self.decided_by,
        }
