"""Where the hub link keeps its secrets: one small function pair over the OS keyring.

Station credentials (on a station), and the hub's TLS key passphrase (on the hub) go
through `save_secret` / `load_secret` only, so the app's general secrets service can take
them over in one place. Nothing here writes a secret to a file or a log.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE_NAME = "checkin_app.hub"


class SecretText:
    """A secret string that never shows itself in a repr, a log or an f-string."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "SecretText('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretText) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


class SecretStoreError(Exception):
    """The secret store cannot be used; the message says what to do."""


def secret_name(kind: str, data_dir: Path) -> str:
    """A per-data-folder key name, so several stations on one machine never share one."""
    folder = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{kind}:{folder}"


def save_secret(name: str, value: SecretText) -> None:
    """Keep `value` under `name` in the secret store; `SecretStoreError` if impossible."""
    try:
        keyring.set_password(SERVICE_NAME, name, value.reveal())
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(
            f"cannot keep a secret in the system keyring ({type(exc).__name__}); the hub link "
            "needs a working keyring on this computer"
        ) from None


def load_secret(name: str) -> SecretText | None:
    """The secret kept under `name`, or None (none kept, or the store cannot be read)."""
    try:
        value = keyring.get_password(SERVICE_NAME, name)
    except keyring.errors.KeyringError as exc:
        log.warning("cannot read the system keyring (%s)", type(exc).__name__)
        return None
    return SecretText(value) if value else None


def delete_secret(name: str) -> None:
    """Forget the secret kept under `name` (nothing happens when there is none)."""
    try:
        keyring.delete_password(SERVICE_NAME, name)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        log.warning("cannot reach the system keyring (%s)", type(exc).__name__)
