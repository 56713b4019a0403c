"""Is the check-in Wix holds for a ticket this station's own, or another station's?

Wix stamps `checkIn.created` itself when a Check In Ticket call arrives and keeps no record
of who sent it. So a check-in is judged this station's own when it equals the time Wix sent
back to this station's call, or — when no reply came (a timeout, a dropped connection) — when
it is no older than the first time this station sent the call (both on the server's clock,
less a tolerance for the clock-offset estimate). Anything older is someone else's.
"""

from __future__ import annotations

from datetime import timedelta

from checkin_app.domain.clock import parse_iso

DEFAULT_TOLERANCE_S = 1.5  # `Date` has 1 s resolution (±0.5 s offset error) plus latency
SAME_STAMP_S = 1.0  # two renderings of one server stamp (ticket vs guest view) agree this well


def is_own_check_in(
    server_at: str | None,
    *,
    first_sent_at: str | None,
    own_server_at: str | None = None,
    tolerance_s: float = DEFAULT_TOLERANCE_S,
) -> bool:
    """True when `server_at` (Wix's check-in time) is the one this station's call made."""
    server = parse_iso(server_at)
    if server is None:
        return False
    own = parse_iso(own_server_at)
    if own is not None:
        return abs((server - own).total_seconds()) <= SAME_STAMP_S
    sent = parse_iso(first_sent_at)
    if sent is None:
        return False  # never sent: Wix's check-in cannot be ours
    return server >= sent - timedelta(seconds=tolerance_s)
