"""What one sync pass did, for the status light, the CLI and the UI's `sync_finished` signal."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SyncReport:
    """The outcome of `SyncEngine.run_once()` (or of `push()` / `pull()` alone).

    `pushed`: queued calls Wix accepted this pass; `dead`: calls Wix refused for good, in
    total (they need a person); `newly_dead`: of those, refused this pass; `pending`: calls
    still waiting after the pass; `pulled_tickets`: ticket rows downloaded; `guests_changed`:
    server check-in times changed by the Event Guests delta; `conflicts_found`: tickets this
    station admitted that Wix shows checked in by another device (new this pass);
    `connectivity`: online | degraded | offline | unknown; `error`: one plain sentence when
    something went wrong (None when the pass was clean); `paused`: why the queue is paused;
    `conflict_window_s`: the widest stretch before one of this pass's check-in calls in
    which another device's check-in of the same ticket could not be told from this
    station's own (docs/architecture.md, "Double admissions"; None when none was judged);
    `rate_limited`: 429s Wix answered this pass; `waited_s`: seconds the pass waited for
    Wix's request budget; `download_pages`: List Tickets pages a full download fetched;
    `downloads`: full downloads still under way after the pass (progress, as JSON);
    `held` (a door paired with a venue hub): admissions a hub decided that this door keeps
    until the hub says they reached Wix (None in direct mode).
    """

    pushed: int = 0
    dead: int = 0
    newly_dead: int = 0
    pending: int = 0
    pulled_tickets: int = 0
    guests_changed: int = 0
    conflicts_found: int = 0
    connectivity: str = "unknown"
    error: str | None = None
    paused: str | None = None
    clock_offset_s: float | None = None
    duration_s: float = 0.0
    requests: int = 0
    retry_in_s: float | None = None
    conflict_window_s: float | None = None
    events: list[str] = field(default_factory=list)  # the events pulled
    full_downloads: list[str] = field(default_factory=list)  # of those, fully downloaded
    dead_reasons: list[str] = field(default_factory=list)
    rate_limited: int = 0
    waited_s: float = 0.0
    download_pages: int = 0
    downloads: list[dict[str, object]] = field(default_factory=list)
    held: int | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, object]:
        """The public JSON shape of `checkin-app sync --json`."""
        return {
            "pushed": self.pushed,
            "pending": self.pending,
            "dead": self.dead,
            "newly_dead": self.newly_dead,
            "pulled_tickets": self.pulled_tickets,
            "guests_changed": self.guests_changed,
            "conflicts": self.conflicts_found,
            "connectivity": self.connectivity,
            "error": self.error,
            "paused": self.paused,
            "clock_offset_s": (
                None if self.clock_offset_s is None else round(self.clock_offset_s, 3)
            ),
            "duration_s": round(self.duration_s, 3),
            "requests": self.requests,
            "retry_in_s": None if self.retry_in_s is None else round(self.retry_in_s, 1),
            "conflict_window_s": (
                None if self.conflict_window_s is None else round(self.conflict_window_s, 4)
            ),
            "events": list(self.events),
            "full_downloads": list(self.full_downloads),
            "dead_reasons": list(self.dead_reasons),
            "rate_limited": self.rate_limited,
            "waited_s": round(self.waited_s, 1),
            "download_pages": self.download_pages,
            "downloads": list(self.downloads),
            "held": self.held,
        }
