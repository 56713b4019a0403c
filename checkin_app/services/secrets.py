"""Every secret the app keeps — the Wix API key, the database key, hub credentials — goes
through one `SecretsService`: save / load / delete by name, in one store chosen per run.

Stores, in order of preference:
- the OS keyring (macOS Keychain, Windows Credential Manager, Secret Service on Linux);
- with no usable keyring, the user's choice: a passphrase-protected file (SQLCipher, in the
  user's configuration folder, never the station's data folder), or this session only
  (in memory: gone when the app closes).
Never plain text. Scripts and CI pass secrets in the environment instead (`CHECKIN_API_KEY`,
`CHECKIN_DB_KEY`), which wins over any store. With no keyring and no choice made (a CLI
run), `save` raises `NoSecretStore` with what to do.
"""

from __future__ import annotations

import enum
import logging
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

import keyring
import keyring.errors
import platformdirs

from checkin_app.domain.secret import Secret, SecretFormatError, clean_secret, redact_text
from checkin_app.storage.secret_file import (
    SECRETS_FILENAME,
    SecretFile,
    SecretFileError,
    WrongPassphrase,
)

__all__ = [
    "ENV_API_KEY",
    "ENV_DB_KEY",
    "NoSecretStore",
    "SecretStoreError",
    "SecretsService",
    "StoreKind",
    "WrongPassphrase",
    "api_key_name",
    "db_key_name",
]

log = logging.getLogger(__name__)

SERVICE_NAME = "checkin_app"
ENV_API_KEY = "CHECKIN_API_KEY"
ENV_DB_KEY = "CHECKIN_DB_KEY"
MIN_PASSPHRASE = 8


def resolve_config_dir() -> Path:
    """Where the passphrase store lives: `CHECKIN_CONFIG_DIR`, else the platform's user
    configuration folder — never the station's data folder, so a copied data folder does
    not carry the key that opens it."""
    env = os.environ.get("CHECKIN_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir("checkin_app", appauthor=False))


def api_key_name(site_id: str) -> str:
    return f"api-key:{site_id}"


def db_key_name(station_id: str) -> str:
    return f"db-key:{station_id}"


def env_variable_for(name: str) -> str | None:
    """The environment variable that overrides the secret `name`, if any."""
    if name.startswith("api-key:"):
        return ENV_API_KEY
    if name.startswith("db-key:"):
        return ENV_DB_KEY
    return None


class StoreKind(enum.StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"
    SESSION = "session"


class SecretStoreError(Exception):
    """A secret cannot be stored or read; plain words, never the secret."""


class NoSecretStore(SecretStoreError):
    """No keyring here and no other store chosen."""


class SecretStore(Protocol):
    kind: StoreKind

    def describe(self) -> str: ...
    def load(self, name: str) -> str | None: ...
    def save(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> bool: ...


def _keyring_username(name: str) -> str:
    # API keys keep the user name they always had in the keyring (the site id).
    return name.removeprefix("api-key:")


class KeyringStore:
    kind = StoreKind.KEYRING

    def describe(self) -> str:
        active = keyring.get_keyring()
        return f"the system keyring ({getattr(active, 'name', type(active).__name__)})"

    def load(self, name: str) -> str | None:
        try:
            return keyring.get_password(SERVICE_NAME, _keyring_username(name))
        except keyring.errors.KeyringError as exc:
            log.warning("cannot read the system keyring (%s)", type(exc).__name__)
            return None

    def save(self, name: str, value: str) -> None:
        try:
            keyring.set_password(SERVICE_NAME, _keyring_username(name), value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"cannot save in the system keyring ({type(exc).__name__})"
            ) from None

    def delete(self, name: str) -> bool:
        try:
            keyring.delete_password(SERVICE_NAME, _keyring_username(name))
        except keyring.errors.PasswordDeleteError:
            return False
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"cannot reach the system keyring ({type(exc).__name__})"
            ) from None
        return True


class SessionStore:
    kind = StoreKind.SESSION

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def describe(self) -> str:
        return "this session only (in memory; gone when the app closes)"

    def load(self, name: str) -> str | None:
        return self._values.get(name)

    def save(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> bool:
        return self._values.pop(name, None) is not None


class PassphraseStore:
    kind = StoreKind.PASSPHRASE

    def __init__(self, file: SecretFile) -> None:
        self._file = file
        self._lock = threading.Lock()

    def describe(self) -> str:
        return f"a passphrase-protected file ({self._file.path})"

    def load(self, name: str) -> str | None:
        with self._lock:
            return self._file.load(name)

    def save(self, name: str, value: str) -> None:
        with self._lock:
            self._file.save(name, value)

    def delete(self, name: str) -> bool:
        with self._lock:
            return self._file.delete(name)


def keyring_usable() -> bool:
    """True when the OS keyring answers (not the 'fail' backend, not locked)."""
    from keyring.backends import chainer, fail

    try:
        active = keyring.get_keyring()
        if isinstance(active, fail.Keyring):
            return False
        if isinstance(active, chainer.ChainerBackend) and not active.backends:
            return False
        active.get_password(SERVICE_NAME, "availability-probe")
    except Exception:  # any keyring trouble means: not usable here
        return False
    return True


class SecretsService:
    """The one path for every secret. Thread-safe for load/save/delete."""

    def __init__(
        self,
        store: SecretStore | None = None,
        *,
        config_dir: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self._store = store
        self._config_dir = config_dir
        self._env = env
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    @classmethod
    def for_this_computer(
        cls, config_dir: Path | None = None, env: Mapping[str, str] | None = None
    ) -> SecretsService:
        """The keyring when it works; else no store until the user chooses one."""
        return cls(KeyringStore() if keyring_usable() else None, config_dir=config_dir, env=env)

    # -- which store ----------------------------------------------------------------------
    @property
    def kind(self) -> StoreKind | None:
        return None if self._store is None else self._store.kind

    @property
    def needs_choice(self) -> bool:
        """No keyring and no store chosen yet: ask (passphrase or session only)."""
        return self._store is None

    @property
    def passphrase_path(self) -> Path:
        return (self._config_dir or resolve_config_dir()) / SECRETS_FILENAME

    def passphrase_store_exists(self) -> bool:
        return self.passphrase_path.exists()

    def use_passphrase(self, passphrase: str, *, create: bool = False) -> None:
        """Open (or, with `create`, make) the passphrase store. Raises `WrongPassphrase`,
        `SecretFormatError` (too short) or `SecretStoreError`."""
        if create and len(passphrase) < MIN_PASSPHRASE:
            raise SecretFormatError(f"the passphrase needs at least {MIN_PASSPHRASE} characters")
        exists = self.passphrase_store_exists()
        if not exists and not create:
            raise SecretStoreError("there is no passphrase store yet on this computer")
        try:
            file = SecretFile(self.passphrase_path, Secret(passphrase), create=create)
        except WrongPassphrase:
            raise
        except SecretFileError as exc:
            raise SecretStoreError(str(exc)) from None
        self._store = PassphraseStore(file)

    def use_session(self) -> None:
        self._store = SessionStore()

    def use_store(self, store: SecretStore) -> None:
        self._store = store

    def describe(self) -> str:
        """Where secrets are kept, for `doctor` and the settings."""
        if self._store is None:
            return "nowhere yet (no system keyring here and no passphrase store chosen)"
        return self._store.describe()

    # -- secrets --------------------------------------------------------------------------
    def from_environment(self, name: str) -> Secret | None:
        variable = env_variable_for(name)
        if variable is None:
            return None
        environ = os.environ if self._env is None else self._env
        raw = environ.get(variable, "")
        if not raw.strip():
            return None
        return self._remember(clean_secret(raw, _what(name)))

    def load(self, name: str) -> Secret | None:
        """The secret `name`: its environment variable when set, else the chosen store.

        Raises `SecretFormatError` for an environment value with control characters."""
        from_env = self.from_environment(name)
        if from_env is not None:
            return from_env
        if self._store is None:
            return None
        try:
            stored = self._store.load(name)
        except SecretFileError as exc:
            raise SecretStoreError(str(exc)) from None
        if not stored:
            return None
        try:
            return self._remember(clean_secret(stored, _what(name)))
        except SecretFormatError:
            log.warning("ignoring a malformed stored %s", _what(name))
            return None

    def save(self, name: str, value: Secret | str) -> Secret:
        """Store the cleaned value; returns it. Raises `SecretFormatError`, `NoSecretStore`,
        `SecretStoreError`."""
        raw = value.reveal() if isinstance(value, Secret) else value
        cleaned = clean_secret(raw, _what(name))
        if self._store is None:
            raise NoSecretStore(_no_store_advice(name))
        self._store.save(name, cleaned)
        return self._remember(cleaned)

    def delete(self, name: str) -> bool:
        if self._store is None:
            return False
        return self._store.delete(name)

    def redact(self, text: str) -> str:
        """`text` with every secret this service has handed out masked (any rendering)."""
        with self._lock:
            values = list(self._seen)
        return redact_text(text, values) if values else text

    def _remember(self, value: str) -> Secret:
        with self._lock:
            self._seen.add(value)
        return Secret(value)


def _what(name: str) -> str:
    if name.startswith("api-key:"):
        return "API key"
    if name.startswith("db-key:"):
        return "database key"
    return "secret"


def _no_store_advice(name: str) -> str:
    variable = env_variable_for(name)
    env = f"set {variable}, or " if variable else ""
    return (
        f"no place to keep the {_what(name)}: there is no system keyring here; {env}open the "
        "app and choose a passphrase store"
    )
