"""Errors of the hub link; messages are plain sentences and never hold a credential."""

from __future__ import annotations


class HubError(Exception):
    """The hub answered something the station cannot use."""


class HubUnavailable(HubError):
    """The hub did not answer (down, unreachable, too slow); the station works alone.

    `maybe_received`: the request may have reached the hub before the answer was lost (a
    timeout after sending), as opposed to a connection that never opened."""

    def __init__(self, message: str, *, maybe_received: bool = False) -> None:
        super().__init__(message)
        self.maybe_received = maybe_received


class HubUnauthorized(HubError):
    """The hub refused this station's credential (never paired, revoked, or another hub)."""


class HubPairingError(HubError):
    """Pairing failed: a wrong or expired code, or a hub whose identity does not match."""
