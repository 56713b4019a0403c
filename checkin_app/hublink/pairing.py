"""Pairing a station with the hub: a short code, bound to the hub's certificate.

The hub shows a code (8 characters, ~40 bits; valid for minutes and usable by several
doors). The station never sends the code: it reads the certificate the hub presents,
derives a key from the code *and that certificate's fingerprint* (scrypt, so guessing codes
offline is slow), and proves it knows the code with an HMAC. The hub checks the proof with
its own fingerprint, so a man in the middle (who must present another certificate) gets a
proof that fails at the real hub and learns nothing usable about the code; the hub's reply
proves the hub knows the code too, so a fake hub cannot hand out a credential either. Then
the station pins the certificate. docs/hub.md has the threat model.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import secrets
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from checkin_app.hublink.errors import HubPairingError, HubUnavailable
from checkin_app.hublink.secrets import SecretText
from checkin_app.hublink.tls import fingerprint_of_der, unverified_client_context

# Crockford's base32: no I, L, O, U (nothing to misread on a screen).
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8
_SALT = b"checkin-hub-pair/v1:"
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": 32}
PAIR_TIMEOUT_S = 15.0


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalise_code(text: str) -> str:
    """Upper case, separators dropped, look-alikes mapped (O→0, I/L→1)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(_LOOK_ALIKES)


def display_code(code: str) -> str:
    """`ABCD-EFGH`: easier to read out and type."""
    return f"{code[:4]}-{code[4:]}" if len(code) == CODE_LENGTH else code


def pairing_key(code: str, fingerprint: str) -> bytes:
    """The key both sides derive from the code and the certificate the station saw."""
    return hashlib.scrypt(
        normalise_code(code).encode("ascii"), salt=_SALT + bytes.fromhex(fingerprint), **_SCRYPT
    )


def station_proof(key: bytes, nonce: str, station_name: str) -> str:
    message = b"station|" + nonce.encode("ascii") + b"|" + station_name.encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def hub_proof(key: bytes, nonce: str, station_id: str, token: str) -> str:
    token_hash = hashlib.sha256(token.encode("ascii")).hexdigest()
    message = f"hub|{nonce}|{station_id}|{token_hash}".encode("ascii")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class PairingResult:
    url: str
    cert_pem: bytes
    fingerprint: str
    station_id: str
    token: SecretText
    hub_name: str


def pair_with_hub(
    url: str, code: str, station_name: str, expected_fingerprint: str = ""
) -> PairingResult:
    """Pair with the hub at `url` using `code`; raises `HubPairingError` / `HubUnavailable`.

    `expected_fingerprint` (hex, or a prefix of it: the hub's QR code, its DNS-SD record):
    a server presenting another certificate is refused before any proof is sent."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise HubPairingError(f"The hub address must be https://host:port, not {url!r}.")
    connection = http.client.HTTPSConnection(
        parts.hostname, parts.port or 443, timeout=PAIR_TIMEOUT_S,
        context=unverified_client_context(),
    )  # fmt: skip
    try:
        try:
            connection.connect()
        except OSError as exc:
            raise HubUnavailable(f"Cannot reach the hub at {url} ({type(exc).__name__}).") from None
        sock = connection.sock
        der = sock.getpeercert(binary_form=True) if sock is not None else None
        if not der:
            raise HubPairingError("The hub presented no certificate.")
        fingerprint = fingerprint_of_der(der)
        if expected_fingerprint and not fingerprint.startswith(expected_fingerprint.lower()):
            raise HubPairingError(
                f"The device at {url} is not the hub that was chosen (its certificate "
                "differs): another device may be posing as the hub. Nothing was paired."
            )
        key = pairing_key(code, fingerprint)
        nonce = secrets.token_hex(16)
        body = json.dumps(
            {"station_name": station_name, "nonce": nonce,
             "proof": station_proof(key, nonce, station_name)}
        )  # fmt: skip
        try:
            connection.request(
                "POST", "/v1/pair", body=body, headers={"Content-Type": "application/json"}
            )
            response = connection.getresponse()
            raw = response.read(64 * 1024)
        except (OSError, http.client.HTTPException) as exc:
            raise HubUnavailable(f"The hub stopped answering ({type(exc).__name__}).") from None
    finally:
        connection.close()
    return _check_reply(url, response.status, raw, der, fingerprint, key, nonce)


def _check_reply(
    url: str, status: int, raw: bytes, der: bytes, fingerprint: str, key: bytes, nonce: str
) -> PairingResult:
    try:
        reply = json.loads(raw)
    except ValueError:
        reply = None
    if not isinstance(reply, dict):
        raise HubPairingError(f"The hub at {url} sent an answer that is not JSON ({status}).")
    if status == 429:
        raise HubPairingError("Too many pairing attempts: wait a minute, or ask for a new code.")
    if status != 200:
        message = reply.get("error") if isinstance(reply.get("error"), str) else ""
        raise HubPairingError(message or f"The hub refused to pair ({status}).")
    station_id, token = reply.get("station_id"), reply.get("token")
    proof = reply.get("hub_proof")
    if not (isinstance(station_id, str) and isinstance(token, str) and isinstance(proof, str)):
        raise HubPairingError("The hub's pairing answer is incomplete.")
    if not hmac.compare_digest(proof, hub_proof(key, nonce, station_id, token)):
        raise HubPairingError(
            "The hub could not prove it knows the code: another device may be posing as the "
            "hub on this network. Nothing was paired."
        )
    cert_pem = ssl.DER_cert_to_PEM_cert(der).encode("ascii")
    hub_name = reply.get("hub_name") if isinstance(reply.get("hub_name"), str) else ""
    return PairingResult(url.rstrip("/"), cert_pem, fingerprint, station_id, SecretText(token),
                         hub_name or "")  # fmt: skip
