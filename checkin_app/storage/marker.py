"""The station marker: a small file beside the database that remembers, outside it, that a
database exists here, whether it is encrypted, how to tell its key from a wrong one, and
whether damage was seen. So an emptied, deleted or damaged database is never silently
replaced by an empty one, and a wrong key is never mistaken for damage.

It holds no secret: the key check is 4 bytes of a slow PBKDF2 of the key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import uuid
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from checkin_app.domain.secret import Secret

log = logging.getLogger(__name__)

MARKER_FILENAME = "station.json"
KEY_CHECK_ITERATIONS = 200_000


@dataclass
class StationMarker:
    station_id: str = ""
    database_created_at: str = ""  # empty: no database was ever made here
    encrypted: bool = False
    key_check: str = ""
    damaged_since: str = ""  # set at the first sign of damage, cleared by the salvage
    damage_detail: str = ""

    @property
    def has_database(self) -> bool:
        return bool(self.database_created_at)

    @classmethod
    def load(cls, data_dir: Path) -> StationMarker:
        path = data_dir / MARKER_FILENAME
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Unreadable station marker %s (%s); starting a new one", path, exc)
            return cls(database_created_at="unknown")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        try:
            return cls(**values)
        except TypeError:
            return cls(database_created_at="unknown")

    def ensure_id(self) -> str:
        if not self.station_id:
            self.station_id = str(uuid.uuid4())
        return self.station_id

    def save(self, data_dir: Path) -> None:
        """Write atomically (temp file, fsync, rename)."""
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / MARKER_FILENAME
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)

    # -- the key check --------------------------------------------------------------------
    def set_key(self, key: Secret | None) -> None:
        self.encrypted = key is not None
        self.key_check = "" if key is None else self._check_of(key)

    def key_matches(self, key: Secret) -> bool | None:
        """True / False, or None when no check was recorded."""
        if not self.key_check:
            return None
        return hmac.compare_digest(self.key_check, self._check_of(key))

    def _check_of(self, key: Secret) -> str:
        salt = ("checkin_app key check " + self.ensure_id()).encode()
        digest = hashlib.pbkdf2_hmac("sha256", key.reveal().encode(), salt, KEY_CHECK_ITERATIONS)
        return digest[:4].hex()
