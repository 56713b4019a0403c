"""Where the API key lives: the OS keyring (the app) or `CHECKIN_API_KEY` (scripts and CI).

The key is never written to a settings file or a log; it travels as a `Secret`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

import keyring
import keyring.errors

from checkin_app.wix.secret import Secret

log = logging.getLogger(__name__)

SERVICE_NAME = "checkin_app"
ENV_API_KEY = "CHECKIN_API_KEY"


class CredentialsError(Exception):
    """The key could not be stored or read; the message is plain and never holds the key."""


def load_api_key(site_id: str, *, env: Mapping[str, str] | None = None) -> Secret | None:
    """Return the API key for `site_id`: `CHECKIN_API_KEY` if set, else the OS keyring.

    Returns None when there is none (or the keyring cannot be used — logged, not raised).
    """
    environ = os.environ if env is None else env
    from_env = environ.get(ENV_API_KEY, "").strip()
    if from_env:
        return Secret(from_env)
    try:
        stored = keyring.get_password(SERVICE_NAME, site_id)
    except keyring.errors.KeyringError as exc:
        log.warning("cannot read the system keyring (%s)", type(exc).__name__)
        return None
    return Secret(stored) if stored else None


def require_api_key(site_id: str, *, env: Mapping[str, str] | None = None) -> Secret:
    """Like `load_api_key`, but raise `CredentialsError` with what to do when there is none."""
    key = load_api_key(site_id, env=env)
    if key is None:
        raise CredentialsError(
            f"no API key for site {site_id}: store one in the app's settings or set {ENV_API_KEY}"
        )
    return key


def store_api_key(site_id: str, key: Secret | str) -> None:
    """Save the key for `site_id` in the OS keyring; raise `CredentialsError` if impossible."""
    secret = key if isinstance(key, Secret) else Secret(key)
    if not secret.reveal().strip():
        raise CredentialsError("the API key is empty")
    try:
        keyring.set_password(SERVICE_NAME, site_id, secret.reveal().strip())
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(
            f"cannot save the API key in the system keyring ({type(exc).__name__}); "
            f"set {ENV_API_KEY} instead"
        ) from None


def delete_api_key(site_id: str) -> bool:
    """Forget the stored key for `site_id`; returns False when there was none."""
    try:
        keyring.delete_password(SERVICE_NAME, site_id)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(f"cannot reach the system keyring ({type(exc).__name__})") from None
    return True
