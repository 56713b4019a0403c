"""A `UiContext` for panel tests: a real station and Wix client, a one-thread runner."""

from __future__ import annotations

from checkin_app.bootstrap import Station
from checkin_app.ui.context import UiContext, UiEvents
from checkin_app.ui.workers import TaskRunner
from checkin_app.wix import WixClient


def make_context(station: Station, client: WixClient | None, event_id: str = "") -> UiContext:
    return UiContext(
        station=station,
        events=UiEvents(),
        runner=TaskRunner(max_threads=1),
        client=client,
        event_id=event_id,
    )
