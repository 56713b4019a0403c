"""How complete an event's guest list is on this station, and how to say it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ListProgress:
    """An event's guest list: complete or not, and the download in progress, if any.

    `complete`: a full list was swapped in at least once (the door decides from it, however
    old); `downloading`: a full download is under way (the first, or a refresh); `received`
    of `total` tickets so far; `eta_s`: time left at the current pace (None when unknown);
    `list_updated_at`: when the live list was last complete (ISO UTC); `waiting_s`: Wix
    asked this station to wait that long before the next request (reported live).
    """

    event_id: str
    complete: bool
    downloading: bool = False
    received: int = 0
    total: int | None = None
    eta_s: float | None = None
    list_updated_at: str | None = None
    waiting_s: float | None = None
    reason: str | None = None  # why the download runs: first | verify | watermark | count
    title: str = ""

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.received / self.total)

    def to_json(self) -> dict[str, object]:
        return {
            "event_id": self.event_id,
            "complete": self.complete,
            "downloading": self.downloading,
            "received": self.received,
            "total": self.total,
            "eta_s": None if self.eta_s is None else round(self.eta_s),
            "list_updated_at": self.list_updated_at,
            "reason": self.reason,
        }


def describe_duration(seconds: float) -> str:
    """'about 40 s', 'about 3 min', 'about 1 h 20 min'."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"about {max(5, 5 * round(seconds / 5))} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"about {minutes} min"
    return f"about {minutes // 60} h {minutes % 60} min"


def describe_progress(progress: ListProgress) -> str:
    """'12,400 of 20,000 tickets, about 3 min left' (English; the UI has its own tr())."""
    if progress.total is None:
        return f"{progress.received:,} tickets so far"
    text = f"{progress.received:,} of {progress.total:,} tickets"
    if progress.eta_s is not None and progress.received < progress.total:
        text += f", {describe_duration(progress.eta_s)} left"
    return text
