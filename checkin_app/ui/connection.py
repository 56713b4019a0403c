"""Connect a station to Wix for the window: build the sync engine, or say in words why not."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from checkin_app.bootstrap import ConnectionSetupError, connect_station

if TYPE_CHECKING:
    from checkin_app.bootstrap import Station
    from checkin_app.services.connection import Engine, Secret, WixClient

log = logging.getLogger(__name__)


def connect(
    station: Station,
    *,
    base_url: str | None = None,
    site_id: str | None = None,
    api_key: str | Secret | None = None,
) -> tuple[Engine | None, WixClient | None, str | None]:
    """`(engine, client, None)`, or `(None, None, problem)` when it cannot be set up.

    Builds objects only: no network call is made here.
    """
    try:
        engine = connect_station(station, base_url=base_url, site_id=site_id, api_key=api_key)
    except ConnectionSetupError as exc:
        return None, None, str(exc)
    follow = getattr(engine, "start_following", None)
    if follow is not None:
        follow()  # a door paired with a venue hub hears the other doors live (a thread)
    return engine, engine.client, None
