"""A keyring backend for tests that run the app as several processes (hub + stations).

CI has no OS keyring. This stands in for one: values live in the file named by
`CHECKIN_TEST_KEYRING_FILE` (a test's temporary folder). Select it with
`PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring` and the repository on
`PYTHONPATH`. Test data only: the app itself never writes secrets to files.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV_FILE = "CHECKIN_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[ENV_FILE])

    def _update(self, change: object) -> dict[str, str]:
        path = self._path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.seek(0)
            text = handle.read()
            values: dict[str, str] = json.loads(text) if text.strip() else {}
            if callable(change):
                change(values)
                handle.seek(0)
                handle.truncate()
                handle.write(json.dumps(values))
            return values

    def get_password(self, service: str, username: str) -> str | None:
        return self._update(None).get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._update(lambda values: values.__setitem__(f"{service}\n{username}", password))

    def delete_password(self, service: str, username: str) -> None:
        key = f"{service}\n{username}"
        if key not in self._update(None):
            raise PasswordDeleteError(key)
        self._update(lambda values: values.pop(key, None))
