"""`HubSyncEngine`: a paired station's sync — with its venue hub only, never with Wix.

- push: what this door decided alone (the hub was out of reach) — check-ins, undos, pay-at-
  door confirmations from the outbox — goes to the hub, which applies each once (keyed by
  scan id) and says whether it was a double admission (then recorded here too);
- pull: events and ticket types, then the guest list: a snapshot in pages the first time
  (or when the hub is another one), then only the hub's change feed since the last number.
  While the hub's own first download runs, its pages reach this door through the feed as
  they arrive; the door's list becomes complete once the hub's is and the door has read
  the feed past that moment (until then a lone decision says "still downloading");
- follow: a thread holds a long-poll on the feed, so what another door did is here within
  moments (the hub answers as soon as something changes).

Same surface as `SyncEngine` (`run_once`, `push`, `pull`, `connectivity`, ...), so the door
window and the CLI drive either one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from checkin_app.domain.clock import Clock
from checkin_app.domain.progress import ListProgress
from checkin_app.hublink import HubError, HubUnauthorized, HubUnavailable
from checkin_app.hublink.client import HubClient
from checkin_app.hublink.protocol import WireFormatError, gone_tickets, ticket_rows
from checkin_app.storage.catalog import CatalogStore
from checkin_app.storage.database import Database
from checkin_app.storage.outbox import Outbox
from checkin_app.storage.sync_state import SyncStateStore
from checkin_app.storage.tickets import TicketStore
from checkin_app.storage.venue import VenueStore
from checkin_app.storage.venue_held import HeldAdmissions, WixMark
from checkin_app.sync.connectivity import Connectivity
from checkin_app.sync.download import tickets_stream
from checkin_app.sync.hub_push import HubPusher
from checkin_app.sync.report import SyncReport
from checkin_app.wix import WixClient
from checkin_app.wix.mapping import event_from_wix, ticket_definition_from_wix

log = logging.getLogger(__name__)

HUB_STREAM = "hub"  # sync_state: watermark "<hub id>:<feed seq>", last contact
PAGE = 5000
FOLLOW_WAIT_S = 20.0


class HubSyncEngine:
    """Push to and pull from the venue hub (see the module docstring)."""

    def __init__(
        self, db: Database, client: HubClient, clock: Clock | None = None,
        *, wix_client: WixClient | None = None,
    ) -> None:  # fmt: skip
        self._db = db
        self._client = client
        self._wix = wix_client
        self._clock = clock or Clock()
        self._outbox = Outbox(db, clock=lambda: self._clock.now().timestamp())
        self._pusher = HubPusher(db, client, self._clock, self._outbox)
        self._state = SyncStateStore(db)
        self._catalog = CatalogStore(db)
        self._tickets = TicketStore(db)
        self._lock = threading.Lock()  # one pass at a time
        self._feed_lock = threading.Lock()  # the feed position and its writes
        self._connectivity = Connectivity.UNKNOWN
        self._paused: str | None = None
        self._follower: threading.Thread | None = None
        self._stop = threading.Event()
        # Called with the ticket numbers the live feed just wrote (on the follower thread).
        self.on_change: Callable[[list[str]], None] | None = None
        # The hub's events, and whether the hub's guest list of each is complete (the last
        # events reply; an older hub that does not say: complete).
        self._hub_lists: dict[str, bool] = {}
        self._unlisted: set[str] = set()  # in the feed, but not in the hub's events reply

    # -- what the UI and CLI read --------------------------------------------------------
    @property
    def client(self) -> WixClient | None:
        """Wix, reached through the hub (for the organizer panels and `stats`)."""
        return self._wix

    @property
    def hub(self) -> HubClient:
        return self._client

    @property
    def mode(self) -> str:
        return "hub"

    @property
    def connectivity(self) -> Connectivity:
        return self._connectivity

    @property
    def paused_reason(self) -> str | None:
        return self._paused

    @property
    def retry_in_s(self) -> float | None:
        return None

    @property
    def clock_offset_s(self) -> float | None:
        return None

    @property
    def requests_made(self) -> int:
        return self._client.requests

    def resume(self) -> None:
        self._paused = None

    def close(self) -> None:
        self.stop_following()
        if self._wix is not None:
            self._wix.close()

    # -- passes -------------------------------------------------------------------------
    def run_once(
        self,
        event_id: str | None = None,
        *,
        full: bool | None = None,
        explicit: bool = False,
        routine: bool = False,
        on_progress: Callable[[ListProgress], None] | None = None,
    ) -> SyncReport:
        """Push, then pull; `explicit` (a person asked) sends what waits at once. `routine`
        and `on_progress` are `SyncEngine`'s (the hub's feed is cheap and its snapshot
        short: every pass pulls, no progress is reported)."""
        del routine, on_progress
        with self._lock:
            started = time.monotonic()
            before = self._client.requests
            report = SyncReport()
            if explicit:
                self._outbox.make_due()
            try:
                self._pusher.push(report, self._position()[0])
                self._pull_into(report, full=bool(full))
                self._hand_over(report)
                self._reached()
            except HubError as exc:
                self._failed(exc, report)
            return self._finish(report, started, before)

    def push(self, *, explicit: bool = False) -> SyncReport:
        with self._lock:
            started, before = time.monotonic(), self._client.requests
            report = SyncReport()
            if explicit:
                self._outbox.make_due()
            try:
                self._pusher.push(report, self._position()[0])
                self._hand_over(report)
                self._reached()
            except HubError as exc:
                self._failed(exc, report)
            return self._finish(report, started, before)

    def pull(self, event_id: str | None = None, *, full: bool | None = None) -> SyncReport:
        with self._lock:
            started, before = time.monotonic(), self._client.requests
            report = SyncReport()
            try:
                self._pull_into(report, full=bool(full))
                self._reached()
            except HubError as exc:
                self._failed(exc, report)
            return self._finish(report, started, before)

    # -- the live stream ----------------------------------------------------------------
    def start_following(self) -> None:
        """Hold a long-poll on the hub's feed on a thread until `stop_following()`."""
        if self._follower is not None:
            return
        self._stop.clear()
        self._follower = threading.Thread(target=self._follow, name="hub-follow", daemon=True)
        self._follower.start()

    def stop_following(self) -> None:
        self._stop.set()
        thread, self._follower = self._follower, None
        if thread is not None:
            thread.join(2.0)  # a held long-poll ends with the client; the thread is a daemon

    def _follow(self) -> None:
        pause = 0.5
        while not self._stop.is_set():
            try:
                hub_id, seq = self._position()
                if seq < 0:
                    with self._lock:
                        self._pull_into(SyncReport(), full=False)
                    continue
                reply = self._client.changes(seq, FOLLOW_WAIT_S)
                if self._names_new_events(reply):
                    # An event the hub took on after this door's last pass (its first
                    # download's pages are arriving): its details first, then its tickets.
                    with self._lock:
                        self._pull_events(SyncReport())
                changed = self._apply_changes(reply, hub_id)
                self._reached()
                pause = 0.5
                if changed and self.on_change is not None:
                    self.on_change(changed)
            except HubUnauthorized as exc:
                self._paused = str(exc)
                self._stop.wait(10)
            except HubError as exc:
                self._connectivity = Connectivity.OFFLINE
                log.info("Hub feed: %s", exc)
                self._stop.wait(pause)
                pause = min(pause * 2, 5.0)
            except Exception:  # a storage error must not kill the thread silently
                if self._stop.is_set() or self._client.closed:
                    return  # closed while a call was under way (or the door left the hub)
                log.exception("Hub feed failed")
                self._stop.wait(5)

    # -- internals ----------------------------------------------------------------------
    def _position(self) -> tuple[str | None, int]:
        """(hub id, feed seq) after the last snapshot; seq -1: no snapshot yet."""
        watermark = self._state.get(HUB_STREAM).watermark or ""
        hub_id, _, seq = watermark.partition(":")
        return (hub_id or None), int(seq) if seq.isdigit() else -1

    def _set_position(self, hub_id: str | None, seq: int, conn: Any = None) -> None:
        """Where this door is in the hub's feed (`x` instead of a number: snapshot needed)."""
        self._state.record_success(HUB_STREAM, watermark=f"{hub_id or ''}:{seq}", conn=conn)

    def _hand_over(self, report: SyncReport) -> None:
        """Held admissions the current hub has not confirmed go over (hub_push.py)."""
        hub_id, seq = self._position()
        if hub_id and seq >= 0:
            self._pusher.hand_over(report, hub_id)

    def _reached(self) -> None:
        self._connectivity = Connectivity.ONLINE
        self._paused = None

    def _failed(self, exc: HubError, report: SyncReport) -> None:
        if isinstance(exc, HubUnauthorized):
            self._paused = str(exc)
            self._connectivity = Connectivity.DEGRADED
        elif isinstance(exc, HubUnavailable):
            self._connectivity = Connectivity.OFFLINE
        report.error = (
            f"Offline: cannot reach the venue hub ({exc}). Check-ins are decided here and "
            "kept; nothing is lost."
            if isinstance(exc, HubUnavailable)
            else str(exc)
        )
        self._state.record_error(HUB_STREAM, report.error)

    def _finish(self, report: SyncReport, started: float, before: int) -> SyncReport:
        counts = self._outbox.counts()
        report.pending = counts.get("pending", 0) + counts.get("inflight", 0)
        report.held = self._pusher.held.count()
        report.dead = counts.get("dead", 0)
        report.paused = self._paused
        report.connectivity = self._connectivity.value
        report.requests = self._client.requests - before
        report.duration_s = time.monotonic() - started
        self._client.queue_hint = report.pending
        return report

    # -- pull ---------------------------------------------------------------------------
    def _names_new_events(self, reply: dict[str, Any]) -> bool:
        """Whether a feed reply has tickets of (or calls incomplete) an event this door did
        not have from the hub at its last events read."""
        mentioned = {
            str(row[0]) for row in reply.get("rows") or [] if isinstance(row, list) and row
        }
        incomplete = reply.get("incomplete")
        if isinstance(incomplete, list):
            mentioned.update(str(e) for e in incomplete)
        new = mentioned - self._hub_lists.keys() - self._unlisted
        self._unlisted.update(new)  # one events read per such event, not one per reply
        return bool(new)

    def _pull_into(self, report: SyncReport, *, full: bool) -> None:
        lists = self._pull_events(report)
        hub_id, seq = self._position()
        ping = self._client.ping()
        live_id = ping.get("hub_id") if isinstance(ping.get("hub_id"), str) else None
        if full or seq < 0 or (live_id and live_id != hub_id):
            self._snapshot(report, live_id)
        else:
            while True:
                reply = self._client.changes(seq, 0)
                report.guests_changed += len(self._apply_changes(reply, hub_id))
                hub_id, seq = self._position()
                if not reply.get("more"):
                    break
            # Complete at the hub when the events were read, and the feed read to its end
            # since: every row of those lists is here.
            self._complete_lists([e for e, complete in lists.items() if complete])

    def _pull_events(self, report: SyncReport) -> dict[str, bool]:
        """The hub's events and ticket types into the catalog; returns, per event, whether
        the hub's guest list of it is complete (also kept for the follower)."""
        events = self._client.events()
        lists: dict[str, bool] = {}
        for entry in events:
            raw = entry.get("event")
            if not isinstance(raw, dict):
                continue
            event = event_from_wix(raw)
            self._catalog.upsert_event(event, raw)
            definitions = [d for d in entry.get("definitions") or [] if isinstance(d, dict)]
            self._catalog.replace_definitions(
                event.id, [(ticket_definition_from_wix(d), d) for d in definitions]
            )
            report.events.append(event.id)
            state = entry.get("list")
            lists[event.id] = not isinstance(state, dict) or state.get("complete") is not False
        self._hub_lists = lists
        return lists

    def _snapshot(self, report: SyncReport, hub_id: str | None) -> None:
        """Every event's tickets, page by page (the next page is fetched while this one is
        written); then follow the feed from the oldest page's position (the hub may serve a
        page it encoded a little earlier for another door: the feed brings what changed)."""
        start_seq: int | None = None
        with ThreadPoolExecutor(1, thread_name_prefix="hub-page") as fetcher:
            for event_id in report.events:
                generation = self._state.get(tickets_stream(event_id)).generation + 1
                coming = fetcher.submit(self._client.tickets_page, event_id, 0, PAGE)
                while True:
                    page = coming.result()
                    following = page.get("next")
                    if isinstance(following, int):
                        coming = fetcher.submit(
                            self._client.tickets_page, event_id, following, PAGE
                        )
                    seq = page.get("seq")
                    if isinstance(seq, int):
                        start_seq = seq if start_seq is None else min(start_seq, seq)
                    rows = _rows(page)
                    with self._db.transaction() as conn:
                        VenueStore.load_venue_rows(conn, rows, generation)
                    report.pulled_tickets += len(rows)
                    if not isinstance(following, int):
                        break
                if not self._hub_lists.get(event_id, True):
                    # The hub is still downloading it: what is not here yet is not gone,
                    # and the list is not complete (the feed brings the rest).
                    continue
                with self._db.transaction() as conn:
                    self._tickets.mark_missing_removed(event_id, generation, conn)
                    self._state.record_success(
                        tickets_stream(event_id), generation=generation, conn=conn
                    )
                report.full_downloads.append(event_id)
        with self._feed_lock, self._db.transaction() as conn:
            self._set_position(hub_id, start_seq or 0, conn)
            # Marks of the feed before this point may have been missed: every held
            # admission is confirmed with the hub again.
            HeldAdmissions.unconfirm_all(conn)

    def _apply_changes(self, reply: dict[str, Any], hub_id: str | None) -> list[str]:
        """Write a feed reply; returns the ticket numbers written (none: nothing new)."""
        live_id = reply.get("hub_id")
        if isinstance(live_id, str) and hub_id and live_id != hub_id:
            with self._feed_lock, self._db.transaction() as conn:
                self._state.record_success(HUB_STREAM, watermark=f"{live_id}:x", conn=conn)
            return []  # another hub: the next pass starts over with a snapshot
        rows = _rows(reply)
        gone = gone_tickets(reply)
        seq = reply.get("seq")
        with self._feed_lock, self._db.transaction() as conn:
            _, current = self._position()
            if not isinstance(seq, int) or seq <= current:
                return []
            by_event: dict[str, list[tuple[object, ...]]] = {}
            for row in rows:
                by_event.setdefault(str(row[0]), []).append(row)
            for event_id, event_rows in by_event.items():
                generation = self._state.get(tickets_stream(event_id)).generation
                VenueStore.load_venue_rows(conn, event_rows, generation)
            VenueStore.mark_gone(conn, gone)
            source = live_id if isinstance(live_id, str) else hub_id
            self._set_position(source, seq, conn)
            floor = reply.get("wix_after")
            if source:
                HeldAdmissions.apply_marks(conn, source, _marks(reply), _number(floor))
        self._pusher.remember_floor(source, floor)
        incomplete = reply.get("incomplete")
        if isinstance(incomplete, list) and not reply.get("more"):
            # The hub read its incomplete lists before the feed, and this reply reaches the
            # feed's end: the lists complete then are all here.
            self._complete_lists([e for e in self._hub_lists if e not in incomplete])
        return [str(row[1]) for row in rows] + [number for _, number in gone]

    def _complete_lists(self, event_ids: list[str]) -> None:
        """Mark these events' lists complete here if they were not (the hub finished its
        first download of them while this door followed its feed)."""
        for event_id in event_ids:
            stream = tickets_stream(event_id)
            if self._state.get(stream).generation > 0:
                continue
            with self._db.transaction() as conn:
                self._state.record_success(stream, generation=1, conn=conn)
            self._hub_lists[event_id] = True
            log.info("Guest list complete (the hub's download of it ended)")


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _marks(reply: dict[str, Any]) -> list[WixMark]:
    """The feed's "sent to Wix" marks (unusable ones left out)."""
    marks = []
    for raw in reply.get("wix") or []:
        if isinstance(raw, dict) and isinstance(raw.get("scan_id"), str):
            state = raw.get("state")
            if state in ("sent", "cancelled", "sending", "queued"):
                marks.append(WixMark(raw["scan_id"], state, _number(raw.get("lands_after"))))
    return marks


def _rows(payload: dict[str, Any]) -> list[tuple[object, ...]]:
    try:
        return ticket_rows(payload)
    except WireFormatError as exc:
        raise HubError(str(exc)) from None
