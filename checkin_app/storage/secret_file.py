"""The passphrase-protected secrets file, for laptops without a usable OS keyring.

It is a SQLCipher database (the same encryption as the station's database), keyed by the
passphrase through SQLCipher's PBKDF2-HMAC-SHA512 (256,000 iterations), kept in the user's
configuration folder — never in the station's data folder, so a copied data folder does not
carry the key that opens it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite3

from checkin_app.domain.secret import Secret
from checkin_app.storage.database import connect_file, is_damage

SECRETS_FILENAME = "secrets.sqlite3"


class SecretFileError(Exception):
    """The secrets file cannot be used; plain words, never a secret."""


class WrongPassphrase(SecretFileError):
    pass


class SecretFile:
    """Save, load and delete named secrets in the passphrase-protected file."""

    def __init__(self, path: Path, passphrase: Secret, *, create: bool) -> None:
        self.path = path
        if not create and not path.exists():
            raise SecretFileError(f"No passphrase store at {path}.")
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = connect_file(path, passphrase)
        try:
            self._conn.execute("PRAGMA journal_mode=DELETE")
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )
        except sqlite3.Error as exc:
            self._conn.close()
            if is_damage(exc):
                raise WrongPassphrase("That passphrase does not open the stored secrets.") from None
            raise SecretFileError(f"Cannot use the passphrase store {path}: {exc}.") from None
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)

    def load(self, name: str) -> str | None:
        row = self._conn.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def save(self, name: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO secrets (name, value) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    def delete(self, name: str) -> bool:
        return self._conn.execute("DELETE FROM secrets WHERE name = ?", (name,)).rowcount > 0

    def close(self) -> None:
        self._conn.close()
