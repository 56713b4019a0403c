"""Is the check-in Wix holds for a ticket this station's own, or another device's?

Wix stamps `checkIn.created` when a Check In Ticket call arrives and names no device. No
fixed tolerance decides; each rule rests on something a reply proves (docs/architecture.md,
"Double admissions"):

1. Before the first send of an admission that waited in the queue, Wix's state is read
   (`PreRead`): a check-in already there, that no earlier send of this station can account
   for, is another device's.
2. A stamp older than the earliest moment this call can have reached Wix (its send time on
   the server clock's lower bound, `ServerClock`) is another device's.
3. A stamp this station's own earlier sends can account for — a reply judged own, or a send
   whose reply was lost, placed on Wix's clock — is never a conflict.

What is left is the window in which another device's call cannot be told from this one:
from the pre-read (or, without one, the earliest possible arrival of the call) to the
reply. `window_s` measures it for each judgement.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin_app.sync.push_log import OwnSends
from checkin_app.sync.server_clock import STAMP_RESOLUTION_S, ServerClock
from checkin_app.wix.timestamps import parse_wix_time

PRE_READ_AFTER_S = 5.0  # an admission not sent within this long of its scan "waited"


@dataclass(frozen=True, slots=True)
class CallTiming:
    """One check-in call on the local clock: sent, answered, and the pre-read before it."""

    sent_local: float
    replied_local: float
    read_local: float | None = None  # when the pre-read that saw the ticket free was sent


@dataclass(frozen=True, slots=True)
class Judgement:
    own: bool  # False: the check-in Wix holds is another device's (a conflict)
    window_s: float | None  # how far back another device's call could hide; None: unknown


def judge_reply(
    server_at: str, own_sends: OwnSends, timing: CallTiming, clock: ServerClock
) -> Judgement:
    """Judge the check-in time Wix returned to this station's call."""
    window = _window(timing, clock)
    lost = own_sends.lost_width(clock)
    if lost:
        window = None if window is None else max(window, lost)
    if own_sends.explain(server_at, clock):
        return Judgement(True, window)
    when = parse_wix_time(server_at)
    earliest = clock.earliest(timing.sent_local)
    if when is None or earliest is None:
        return Judgement(True, None)  # nothing proves it older than this call
    # Stamps are whole milliseconds (truncated): one made by this call can read up to 1 ms
    # before the proven earliest arrival.
    return Judgement(when.timestamp() + STAMP_RESOLUTION_S >= earliest, window)


def _window(timing: CallTiming, clock: ServerClock) -> float | None:
    """Another device's check-in between the pre-read (or the earliest arrival of this call)
    and this call's own arrival looks exactly like this call's own."""
    if timing.read_local is not None:
        return timing.replied_local - timing.read_local
    width = clock.width
    if width is None:
        return None
    return (timing.replied_local - timing.sent_local) + width


def explains_pre_read(server_at: str, own_sends: OwnSends, clock: ServerClock) -> bool:
    """A check-in Wix holds before this admission's first send is this station's own only
    when one of its own earlier sends accounts for it (e.g. a send whose reply was lost)."""
    return own_sends.explain(server_at, clock)
