"""`WixClient`: every Wix call checkin_app makes, on one shared connection and rate limit."""

from __future__ import annotations

from checkin_app.wix.api_events import EventsApi, TicketDefinitionsApi
from checkin_app.wix.api_sales import SalesApi
from checkin_app.wix.api_setup import SetupApi
from checkin_app.wix.api_tickets import TicketsApi


class WixClient(EventsApi, TicketDefinitionsApi, SalesApi, TicketsApi, SetupApi):
    """The Wix REST client. Construct with `WixClient(site_id, api_key, base_url=...)`.

    Methods return Wix's JSON objects as dicts (the wrapped object for single-object
    replies, the whole reply for pages) and raise `WixError` subclasses. Use it as a
    context manager or call `close()`.
    """

    def __enter__(self) -> WixClient:
        return self
