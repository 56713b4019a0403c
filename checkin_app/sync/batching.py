"""Group leased outbox items into Wix calls without ever reordering one ticket's calls.

Each item gets a *layer*: one more than the layer of the latest earlier item for the same
ticket (or, for Confirm Order, the same order). Layer by layer, items are grouped by kind
and event into calls of at most 100 numbers. A ticket appears at most once per layer, so a
check-in always goes before its undo, and consecutive check-ins of many tickets still travel
100 to a call. Within a layer Confirm Order goes first (a pay-at-door admission's order is
paid before its ticket is checked in), then check-ins, then undos.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from checkin_app.storage.outbox import OutboxItem, OutboxKind

MAX_PER_CALL = 100
_KIND_ORDER = {OutboxKind.CONFIRM_ORDER: 0, OutboxKind.CHECK_IN: 1, OutboxKind.UNDO_CHECK_IN: 2}


@dataclass
class Batch:
    """One Wix call's worth of items: same kind, same event, ≤100 distinct numbers."""

    kind: OutboxKind
    event_id: str
    items: list[OutboxItem] = field(default_factory=list)

    @property
    def numbers(self) -> list[str]:
        return [number_of(i) for i in self.items]


def number_of(item: OutboxItem) -> str:
    """The ticket number (or, for Confirm Order, the order number) the item acts on."""
    value = item.order_number if item.kind is OutboxKind.CONFIRM_ORDER else item.ticket_number
    return value or ""


def key_of(kind: OutboxKind, event_id: str, ticket_number: str | None,
           order_number: str | None) -> tuple[str, str, str]:  # fmt: skip
    """What must keep its order: one ticket of an event, or one order of an event."""
    if kind is OutboxKind.CONFIRM_ORDER:
        return (event_id, "order", (order_number or "").casefold())
    return (event_id, "ticket", (ticket_number or "").casefold())


def item_key(item: OutboxItem) -> tuple[str, str, str]:
    return key_of(item.kind, item.event_id, item.ticket_number, item.order_number)


def plan_batches(items: Sequence[OutboxItem]) -> list[Batch]:
    """The calls to make for `items` (given in queue order), in the order to make them."""
    latest_layer: dict[tuple[str, str, str], int] = {}
    layers: list[list[OutboxItem]] = []
    for item in items:
        key = item_key(item)
        layer = latest_layer.get(key, -1) + 1
        latest_layer[key] = layer
        if layer == len(layers):
            layers.append([])
        layers[layer].append(item)
    batches: list[Batch] = []
    for layer_items in layers:
        groups: dict[tuple[OutboxKind, str], list[OutboxItem]] = {}
        for item in layer_items:
            groups.setdefault((item.kind, item.event_id), []).append(item)
        ordered = sorted(groups.items(), key=lambda kv: _KIND_ORDER[kv[0][0]])  # stable
        for (kind, event_id), group in ordered:
            batches.extend(
                Batch(kind, event_id, group[start : start + MAX_PER_CALL])
                for start in range(0, len(group), MAX_PER_CALL)
            )
    return batches


def blocked_items(
    claimed: Sequence[OutboxItem], waiting: Iterable[tuple[int, str, str, str | None, str | None]]
) -> set[int]:
    """Ids of claimed items that must wait for an earlier, unclaimed item of the same key.

    `waiting` rows are `(id, kind, event_id, ticket_number, order_number)` of every pending or
    inflight item (an earlier call for the ticket that is backing off, or leased elsewhere).
    """
    claimed_ids = {i.id for i in claimed}
    earliest: dict[tuple[str, str, str], int] = {}
    for item_id, kind, event_id, ticket, order in waiting:
        if item_id in claimed_ids:
            continue
        key = key_of(OutboxKind(kind), event_id, ticket, order)
        if item_id < earliest.get(key, item_id + 1):
            earliest[key] = item_id
    return {i.id for i in claimed if earliest.get(item_key(i), i.id) < i.id}
