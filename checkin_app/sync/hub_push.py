"""What a paired door hands to its venue hub: its lone decisions, and its held admissions.

- Lone decisions (the hub was out of reach): check-ins, undos and pay-at-door confirmations
  from the outbox go to `POST /v1/items`; the hub applies each once (keyed by scan id) and
  says whether it was a double admission (then recorded here too). A check-in the hub took
  is kept as a held admission until the hub says it reached Wix — and so is one whose
  hand-over got no answer (the hub may have taken it before it went quiet).
- Held admissions (`storage/venue_held.py`) that the current hub has not confirmed — a new
  hub after the old one died, the old one returning, or after this door lost its place in
  the feed — go over as `held_check_in` items: the hub takes each over once, by scan id
  (services/hub_takeover.py), and answers where its Wix call stands.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from checkin_app.domain.clock import Clock
from checkin_app.hublink import HubError, HubUnauthorized, HubUnavailable
from checkin_app.hublink.client import HubClient
from checkin_app.hublink.protocol import HELD_KIND
from checkin_app.storage.checkins import CheckinLog
from checkin_app.storage.database import Database
from checkin_app.storage.outbox import Outbox, OutboxItem, OutboxKind
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.storage.venue_held import HeldAdmission, HeldAdmissions, WixMark
from checkin_app.sync.report import SyncReport

log = logging.getLogger(__name__)

PUSH_BATCH = 500
RETRY_S = 2.0
FLOOR_STREAM = "hub-wix-floor"  # sync_state: "<hub id>:<Wix-clock floor>" last heard


class HubPusher:
    """The push half of `HubSyncEngine` (see the module docstring)."""

    def __init__(self, db: Database, client: HubClient, clock: Clock, outbox: Outbox) -> None:
        self._db = db
        self._client = client
        self._clock = clock
        self._outbox = outbox
        self._state = SyncStateStore(db)
        self._log = CheckinLog(db)
        self.held = HeldAdmissions(db)

    # -- the hub's Wix-clock floor --------------------------------------------------------
    def remember_floor(self, hub_id: str | None, floor: object) -> None:
        """The latest Wix-clock floor `hub_id` told: a send it starts later lands after it."""
        if hub_id and isinstance(floor, int | float) and not isinstance(floor, bool):
            self._state.record_success(FLOOR_STREAM, watermark=f"{hub_id}:{float(floor)!r}")

    def floor(self, hub_id: str | None) -> float | None:
        known, _, value = (self._state.get(FLOOR_STREAM).watermark or "").partition(":")
        try:
            return float(value) if hub_id and known == hub_id else None
        except ValueError:
            return None

    # -- lone decisions -----------------------------------------------------------------
    def push(self, report: SyncReport, hub_id: str | None) -> None:
        while True:
            claimed = self._outbox.claim(PUSH_BATCH, lease_seconds=60.0)
            if not claimed:
                return
            items = [self._item_json(i) for i in claimed]
            self._client.queue_hint = self._outbox.waiting_count()
            try:
                reply = self._client.push_items([i for i in items if i is not None], 0)
            except HubUnauthorized:
                self._outbox.release([i.id for i in claimed])
                raise
            except HubError as exc:
                if isinstance(exc, HubUnavailable) and not exc.maybe_received:
                    when = self._clock.now().timestamp() + RETRY_S
                    self._outbox.mark_retry([i.id for i in claimed], str(exc), when)
                else:
                    self._taken_maybe(claimed, items, hub_id, str(exc))
                raise
            live_id = reply.get("hub_id") if isinstance(reply.get("hub_id"), str) else hub_id
            self.remember_floor(live_id, reply.get("wix_after"))
            self._apply_results(claimed, items, reply, live_id, report)

    def _taken_maybe(
        self, claimed: list[OutboxItem], items: list[dict[str, Any] | None],
        hub_id: str | None, error: str,
    ) -> None:  # fmt: skip
        """No answer after the hand-over left: the hub may have taken (and may send) these
        check-ins. They become held admissions of that hub (handed over again — to it or
        to the next hub — and taken over once by scan id); the rest waits as it was."""
        checks = [
            (i, sent) for i, sent in zip(claimed, items, strict=True)
            if sent is not None and i.kind is OutboxKind.CHECK_IN
        ]  # fmt: skip
        floor = self.floor(hub_id)
        with self._db.transaction() as conn:
            for item, sent in checks:
                HeldAdmissions.hold(
                    conn, sent["scan_id"], item.event_id, sent["ticket_number"], hub_id or "",
                    floor, confirmed=False,
                )  # fmt: skip
        self._outbox.mark_done([i.id for i, _ in checks])
        rest = [i.id for i in claimed if i not in {c for c, _ in checks}]
        self._outbox.mark_retry(rest, error, self._clock.now().timestamp() + RETRY_S)

    def _item_json(self, item: OutboxItem) -> dict[str, Any] | None:
        record = self._log.get(item.scan_id) if item.scan_id else None
        base: dict[str, Any] = {"kind": item.kind.value, "event_id": item.event_id}
        if item.kind is OutboxKind.CONFIRM_ORDER:
            return {**base, "key": f"confirm:{item.event_id}:{item.order_number}",
                    "order_number": item.order_number}  # fmt: skip
        if record is None or not item.ticket_number:
            return None
        base.update(
            key=record.scan_id, scan_id=record.scan_id, ticket_number=item.ticket_number,
            station=record.station, method=record.method, reason=record.reason,
            override=record.override, payment_collected=record.payment_collected,
            device_time=record.device_time, undo_of=record.undo_of,
        )  # fmt: skip
        return base

    def _apply_results(
        self, claimed: list[OutboxItem], items: list[dict[str, Any] | None],
        reply: dict[str, Any], hub_id: str | None, report: SyncReport,
    ) -> None:  # fmt: skip
        by_key = {r.get("key"): r for r in reply["results"]}
        floor = reply.get("wix_after")
        done, dead, retry = [], [], []
        held: list[tuple[OutboxItem, dict[str, Any]]] = []
        for item, sent in zip(claimed, items, strict=True):
            if sent is None:
                dead.append(item.id)
                continue
            result = by_key.get(sent["key"])
            status = result.get("status") if result else None
            if status in ("applied", "duplicate", "conflict"):
                done.append(item.id)
                if status == "conflict" and result is not None:
                    report.conflicts_found += self._record_conflict(item, sent, result)
                elif item.kind is OutboxKind.CHECK_IN:
                    held.append((item, sent))  # the hub queued it for Wix: keep a copy
            elif status == "refused":
                dead.append(item.id)
            else:
                retry.append(item.id)
        with self._db.transaction() as conn:
            for item, sent in held:
                HeldAdmissions.hold(
                    conn, sent["scan_id"], item.event_id, sent["ticket_number"], hub_id or "",
                    float(floor) if isinstance(floor, int | float) else None,
                )  # fmt: skip
        self._outbox.mark_done(done)
        if dead:
            self._outbox.mark_dead(dead, "The hub refused this queued call")
            report.newly_dead += len(dead)
        if retry:
            self._outbox.mark_retry(retry, "no answer from the hub", time.time() + RETRY_S)
        report.pushed += len(done)

    def _record_conflict(
        self, item: OutboxItem, sent: dict[str, Any], result: dict[str, Any]
    ) -> int:
        with self._db.transaction() as conn:
            added = SyncStateStore.add_conflict(
                conn, item.event_id, sent["ticket_number"], sent["scan_id"], sent["station"],
                sent["device_time"], result.get("conflict_at"),
            )  # fmt: skip
        return int(added)

    # -- held admissions ------------------------------------------------------------------
    def hand_over(self, report: SyncReport, hub_id: str) -> None:
        """Every held admission `hub_id` has not confirmed, handed over (see the module
        docstring); at most `PUSH_BATCH` a call."""
        while True:
            waiting = self.held.to_confirm(hub_id, PUSH_BATCH)
            if not waiting:
                return
            items = [self._held_json(h) for h in waiting]
            reply = self._client.push_items(items, self._outbox.waiting_count())
            self.remember_floor(hub_id, reply.get("wix_after"))
            by_key = {r.get("key"): r for r in reply["results"]}
            answered = 0
            with self._db.transaction() as conn:
                for held, sent in zip(waiting, items, strict=True):
                    result = by_key.get(sent["key"])
                    mark = _mark(held.scan_id, result)
                    if result is None or mark is None:
                        continue
                    answered += 1
                    if result.get("status") == "conflict":
                        report.conflicts_found += int(SyncStateStore.add_conflict(
                            conn, held.event_id, held.ticket_number, held.scan_id,
                            sent["station"], sent["device_time"], result.get("conflict_at"),
                        ))  # fmt: skip
                    HeldAdmissions.confirm(conn, held.scan_id, hub_id, mark)
            if answered < len(waiting):
                raise HubError("The hub did not answer for every admission handed over.")

    def _held_json(self, held: HeldAdmission) -> dict[str, Any]:
        record = self._log.get(held.scan_id)
        return {
            "kind": HELD_KIND, "key": f"held:{held.scan_id}", "scan_id": held.scan_id,
            "event_id": held.event_id, "ticket_number": held.ticket_number,
            "hub_id": held.hub_id, "lands_after": held.lands_after,
            "station": record.station if record else None,
            "device_time": record.device_time if record else None,
        }  # fmt: skip


def _mark(scan_id: str, result: dict[str, Any] | None) -> WixMark | None:
    raw = result.get("mark") if result else None
    if not isinstance(raw, dict) or raw.get("state") not in ("sent", "cancelled", "sending",
                                                             "queued"):  # fmt: skip
        return None
    lands = raw.get("lands_after")
    return WixMark(scan_id, str(raw["state"]), float(lands) if isinstance(lands, int | float)
                   else None)  # fmt: skip
