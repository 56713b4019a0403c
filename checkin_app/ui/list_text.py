"""Plain words about an event's guest list download, shared by the card, the status line
and the first-run dialog."""

from __future__ import annotations

from checkin_app.domain.progress import ListProgress
from checkin_app.ui.formats import number_text
from checkin_app.ui.i18n import tr


def duration_text(seconds: float) -> str:
    """'about 40 s', 'about 3 min', 'about 1 h 20 min'."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return tr("GuestList", "about {n} s").format(n=max(5, 5 * round(seconds / 5)))
    if seconds < 3600:
        return tr("GuestList", "about {n} min").format(n=round(seconds / 60))
    return tr("GuestList", "about {h} h {m} min").format(
        h=seconds // 3600, m=(seconds % 3600) // 60
    )


def tickets_so_far_text(progress: ListProgress) -> str:
    """'12,400 of 20,000 tickets, about 3 min left' (or '… tickets so far')."""
    if progress.total is None:
        return tr("GuestList", "{n} tickets so far").format(n=number_text(progress.received))
    text = tr("GuestList", "{n} of {total} tickets").format(
        n=number_text(progress.received), total=number_text(progress.total)
    )
    if progress.eta_s is not None and progress.received < progress.total:
        text += ", " + tr("GuestList", "{time} left").format(time=duration_text(progress.eta_s))
    return text


def still_loading_lines(progress: ListProgress) -> tuple[str, str, str]:
    """The idle card while the list was never complete: headline and two lines."""
    if progress.downloading:
        so_far = tickets_so_far_text(progress)
    else:
        so_far = tr("GuestList", "The download has not started yet: it starts at the next sync")
    return (
        tr("GuestList", "Guest list still loading"),
        so_far,
        tr("GuestList", "Not here yet? Search by name"),
    )
