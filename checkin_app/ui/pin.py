"""The supervisor PIN, kept only as a salted scrypt hash (Qt-free)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

_N, _R, _P = 2**14, 8, 1
_PREFIX = "scrypt"
MIN_PIN_LENGTH = 4


def hash_pin(pin: str) -> str:
    """`scrypt$N$r$p$salt$hash` (base64) for storing in settings; the PIN itself never is."""
    if len(pin) < MIN_PIN_LENGTH:
        raise ValueError(f"A PIN needs at least {MIN_PIN_LENGTH} characters.")
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    parts = [_PREFIX, str(_N), str(_R), str(_P), _b64(salt), _b64(digest)]
    return "$".join(parts)


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches the stored hash; False for a wrong PIN or a damaged hash."""
    try:
        prefix, n, r, p, salt, digest = stored.split("$")
        if prefix != _PREFIX:
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
