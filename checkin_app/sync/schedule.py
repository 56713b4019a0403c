"""What an event's pull does this pass, and what it costs Wix (docs/design-notes.md, "Sync").

A quiet door must cost Wix little (issue 13.4): at 100,000 tickets a full download is 1,000
requests, so it runs only when needed — the first time, when the guests watermark is lost,
when asked for (`sync --full`), and when the cheap count check says the cache and Wix
disagree. Between those, the cache is kept right by:

- the **Event Guests delta** (changes since the watermark, usually 1 request): every pass
  while the door is busy (a scan on this station in the last `BUSY_WINDOW_S`), else every
  `DELTA_IDLE_S`;
- the **count check** (List Tickets with `limit=1` reads `total`, 1 request) every
  `COUNT_CHECK_S`: fewer tickets on Wix than live in the cache means tickets vanished → a
  verification download; more on Wix twice in a row (the delta should have brought new
  ones) → a verification download too;
- the **event and its ticket types** (2 requests) every `EVENT_REFRESH_S`.

Idle cost per event: 60/30 + 60/180 + 2·60/600 ≈ 2.5 requests a minute (< 4). A pass the
user asked for (`checkin-app sync`, "Sync now") does all three at once; the GUI's timer
passes are "routine" and follow the intervals.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin_app.storage.pacing import EventSchedule

EVENT_REFRESH_S = 600.0
DELTA_IDLE_S = 30.0
COUNT_CHECK_S = 180.0
BUSY_WINDOW_S = 120.0
MORE_ON_WIX_CHECKS = 2  # "more tickets on Wix" this many checks in a row → verify


@dataclass(frozen=True, slots=True)
class PullPlan:
    """The parts of an event's pull that are due."""

    refresh_event: bool
    delta: bool
    count: bool
    download: str | None  # "continue", or why to start one: first | watermark | verify


def _due(last: float | None, now: float, interval: float) -> bool:
    return last is None or now - last >= interval or now < last  # a clock set back: due


def plan_pull(
    schedule: EventSchedule,
    now: float,
    *,
    routine: bool,
    busy: bool,
    full: bool | None,
    list_complete: bool,
    download_active: bool,
    watermark_lost: bool,
) -> PullPlan:
    """Decide what to pull (`full`: True forces a download, False forbids one)."""
    download: str | None = None
    if full is not False:
        if download_active:
            download = "continue"
        elif full:
            download = "verify"
        elif not list_complete:
            download = "first"
        elif watermark_lost:
            download = "watermark"
    if not routine:
        return PullPlan(
            refresh_event=True,
            delta=list_complete,
            count=list_complete and download is None and full is None,
            download=download,
        )
    return PullPlan(
        refresh_event=_due(schedule.event_refreshed_at, now, EVENT_REFRESH_S),
        delta=list_complete and (busy or _due(schedule.delta_at, now, DELTA_IDLE_S)),
        count=(
            list_complete
            and download is None
            and full is None
            and _due(schedule.counted_at, now, COUNT_CHECK_S)
        ),
        download=download,
    )


def judge_count(wix_total: int, cached: int, more_on_wix_before: int) -> tuple[bool, int]:
    """(verify now?, checks in a row with more tickets on Wix) after one count check."""
    if wix_total < cached:
        return True, 0  # tickets vanished from Wix: the door must learn it soon
    if wix_total > cached:
        more = more_on_wix_before + 1
        return more >= MORE_ON_WIX_CHECKS, 0 if more >= MORE_ON_WIX_CHECKS else more
    return False, 0
