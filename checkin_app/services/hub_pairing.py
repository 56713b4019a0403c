"""The hub's side of trust: its TLS identity, the pairing code, station credentials.

- Identity: made once and kept in `<data dir>/hub/` (the certificate in the clear, the
  private key encrypted with a passphrase kept in the secret store), so stations that pinned
  it keep trusting the hub after a restart.
- Pairing code: 8 characters, valid `CODE_LIFETIME_S` and usable by several doors; after
  `MAX_FAILED_ATTEMPTS` wrong proofs it is replaced (an online guesser gets few tries).
- Credentials: 32 random bytes per station, handed over once inside the pinned TLS session;
  the hub keeps only their SHA-256 (a leaked database reveals no usable credential).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from secrets import token_urlsafe

from checkin_app.domain.secret import Secret
from checkin_app.hublink.pairing import (
    display_code,
    hub_proof,
    new_code,
    pairing_key,
    station_proof,
)
from checkin_app.hublink.secrets import secret_name
from checkin_app.hublink.tls import HubIdentity, new_identity
from checkin_app.services.errors import ServiceError
from checkin_app.services.secrets import SecretsService
from checkin_app.storage.stores import Stores
from checkin_app.storage.venue import PairedStation as PairedStation  # the hub server's
from checkin_app.storage.venue import VenueStore

CODE_LIFETIME_S = 15 * 60
MAX_FAILED_ATTEMPTS = 20
IDENTITY_DIR = "hub"
CERT_FILE = "cert.pem"
KEY_FILE = "key.pem.enc"


class PairingRefused(ServiceError):
    """Wrong or expired code (401), or too many attempts (429)."""

    def __init__(self, message: str, status: int = 401) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class PairingCode:
    code: str
    expires_at: float  # time.time()

    @property
    def display(self) -> str:
        return display_code(self.code)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def load_or_create_identity(
    data_dir: Path, common_name: str, secrets: SecretsService
) -> tuple[HubIdentity, bytes]:
    """The hub's certificate and encrypted key, and the passphrase that opens the key."""
    folder = Path(data_dir) / IDENTITY_DIR
    cert_path, key_path = folder / CERT_FILE, folder / KEY_FILE
    name = secret_name("hub-key-passphrase", data_dir)
    passphrase = secrets.load(name)
    if cert_path.exists() and key_path.exists():
        if passphrase is None:
            raise ServiceError(
                "The hub's identity is here but the secret that opens its key is not in this "
                "computer's secret store: stations must pair again (move the hub folder aside)."
            )
        return HubIdentity(cert_path.read_bytes(), key_path.read_bytes()), _bytes(passphrase)
    passphrase = secrets.save(name, token_urlsafe(32))
    identity = new_identity(common_name, _bytes(passphrase))
    folder.mkdir(parents=True, exist_ok=True)
    _write_private(key_path, identity.key_pem_encrypted)
    _write_private(cert_path, identity.cert_pem)
    return identity, _bytes(passphrase)


def _bytes(secret: Secret) -> bytes:
    return secret.reveal().encode("ascii")


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.touch(mode=0o600)
    tmp.write_bytes(data)
    tmp.replace(path)


class HubPairing:
    """Codes, pairing and authentication for one hub (thread-safe)."""

    def __init__(self, store: VenueStore, fingerprint: str, hub_name: str) -> None:
        self._store = store
        self.fingerprint = fingerprint
        self.hub_name = hub_name
        self._lock = threading.Lock()
        self._code = PairingCode(new_code(), time.time() + CODE_LIFETIME_S)
        self._failures = 0

    # -- the code -----------------------------------------------------------------------
    @property
    def code(self) -> PairingCode:
        """The current code (a fresh one once the old has expired)."""
        with self._lock:
            if time.time() >= self._code.expires_at:
                self._renew()
            return self._code

    def new_code(self) -> PairingCode:
        with self._lock:
            self._renew()
            return self._code

    def _renew(self) -> None:
        self._code = PairingCode(new_code(), time.time() + CODE_LIFETIME_S)
        self._failures = 0

    # -- pairing ------------------------------------------------------------------------
    def pair(self, station_name: str, nonce: str, proof: str) -> dict[str, str]:
        """Check the station's proof of the code; hand out a credential and the hub's proof."""
        if not station_name.strip() or len(station_name) > 80:
            raise PairingRefused("A station name is needed (at most 80 characters).", 400)
        if not (8 <= len(nonce) <= 128) or not nonce.isalnum():
            raise PairingRefused("The pairing request is malformed.", 400)
        code = self.code
        key = pairing_key(code.code, self.fingerprint)  # scrypt: deliberately slow
        if not hmac.compare_digest(proof, station_proof(key, nonce, station_name)):
            with self._lock:
                self._failures += 1
                if self._failures >= MAX_FAILED_ATTEMPTS:
                    self._renew()
                    raise PairingRefused("Too many wrong codes: the hub shows a new one.", 429)
            raise PairingRefused(
                "Wrong or expired pairing code (or the connection to the hub is being intercepted)."
            )
        station_id = uuid.uuid4().hex[:12]
        token = token_urlsafe(32)
        self._store.add_station(station_id, station_name.strip(), token_hash(token))
        return {
            "station_id": station_id, "token": token, "hub_name": self.hub_name,
            "hub_proof": hub_proof(key, nonce, station_id, token),
        }  # fmt: skip

    # -- every later request --------------------------------------------------------------
    def authenticate(self, authorization: str | None) -> PairedStation | None:
        """The paired, unrevoked station this `Authorization` header belongs to, or None."""
        if not authorization or not authorization.startswith("Bearer "):
            return None
        station_id, _, token = authorization[7:].strip().partition(":")
        if not station_id or not token or len(token) > 256:
            return None
        station = self._store.station(station_id)
        if station is None or not station.active:
            return None
        if not hmac.compare_digest(station.token_hash, token_hash(token)):
            return None
        return station

    def stations(self) -> list[PairedStation]:
        return self._store.stations()

    def revoke(self, id_or_name: str) -> int:
        return self._store.revoke(id_or_name)


def paired_stations(stores: Stores) -> list[PairedStation]:
    """Every station that ever paired with the hub of this data folder."""
    return stores.venue.stations()


def revoke_station(stores: Stores, id_or_name: str) -> int:
    """Revoke a station's credential at once (its next call gets 401); returns how many."""
    return stores.venue.revoke(id_or_name)
