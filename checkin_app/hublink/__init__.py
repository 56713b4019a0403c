"""The station's link to the venue hub (an adapter like `wix/`): TLS pinning, pairing,
the HTTPS client, discovery and the hub's wire format. Imports only `checkin_app.domain`."""

from checkin_app.hublink.errors import HubError, HubPairingError, HubUnauthorized, HubUnavailable

__all__ = ["HubError", "HubPairingError", "HubUnauthorized", "HubUnavailable"]
