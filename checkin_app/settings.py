"""Where the station keeps its files, and its non-secret settings (never the API key)."""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "checkin_app"
SETTINGS_FILENAME = "settings.json"
DEFAULT_BASE_URL = "https://www.wixapis.com"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir`, else `CHECKIN_DATA_DIR`, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("CHECKIN_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_config_dir() -> Path:
    """Where per-user files that must not travel with the data folder live (the passphrase
    store): `CHECKIN_CONFIG_DIR`, else the platform's user configuration folder."""
    env = os.environ.get("CHECKIN_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_station_name() -> str:
    return os.environ.get("CHECKIN_STATION") or socket.gethostname().split(".")[0] or "Door"


@dataclass
class Settings:
    """Station settings stored as JSON in the data directory. The API key lives in the keyring."""

    site_id: str = ""
    base_url: str = DEFAULT_BASE_URL
    station: str = ""
    event_id: str = ""
    camera: str = ""
    camera_resolution: str = "1280x720"
    sounds: bool = True
    auto_dismiss_seconds: float = 4.0
    supervisor_pin_hash: str = ""
    lock_after_minutes: float = 5.0  # door mode locks again after this long idle (0: never)
    speak_verdicts: bool = False  # say "Admit, Anna Lee, VIP" (needs a speech engine)
    high_contrast: bool = False  # large text, high contrast
    language: str = ""  # "" = the computer's; else en, de, es, fr, he (at the next start)
    demo: bool = False
    # The venue hub this station is paired with (issue 14); its credential is in the keyring.
    hub_url: str = ""
    hub_station_id: str = ""
    hub_name: str = ""
    hub_fingerprint: str = ""
    retention_days: float = 7.0  # guest data is forgotten this long after an event ends
    # Orders Wix is still settling (docs/architecture.md, "The verdicts"): admit them, with
    # a warning on the card, or turn them away (a supervisor can still admit).
    admit_pending_payments: bool = True  # PENDING: paid, the payment gateway suspended it
    admit_authorized_payments: bool = True  # AUTHORIZED: card authorised, can still be voided

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        path = data_dir / SETTINGS_FILENAME
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Ignoring unreadable settings file %s: %s", path, exc)
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        try:
            return cls(**values)
        except TypeError:
            return cls()

    def save(self, data_dir: Path) -> None:
        """Write atomically (temp file + rename) so a crash never leaves half a file."""
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / SETTINGS_FILENAME
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
