"""Errors of the hub link; messages are plain sentences and never hold a credential."""

from __future__ import annotations


class HubError(Exception):
    """The hub answered something the station cannot use."""


class HubUnavailable(HubError):
    """The hub did not answer (down, unreachable, too slow); the station works alone."""


class HubUnauthorized(HubError):
    """The hub refused this station's credential (never paired, revoked, or another hub)."""


class HubPairingError(HubError):
    """Pairing failed: a wrong or expired code, or a hub whose identity does not match."""
