"""The hub link's secret values and the names they are kept under.

Station credentials (on a door) and the hub's TLS key passphrase (on the hub) are kept by
the app's one secrets service (`checkin_app/services/secrets.py`: OS keyring, else a
passphrase-protected file or this session only; never plain text), under the names
`secret_name` makes. `SecretText` carries them without ever showing them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


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


def secret_name(kind: str, data_dir: Path) -> str:
    """A per-data-folder name, so several stations on one machine never share one."""
    folder = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{kind}:{folder}"
