"""The hub's pairing QR code: everything a door needs to pair by showing it to its camera.

    checkin-hub:1?u=https%3A%2F%2F192.168.1.20%3A8765&c=ABCD2345&f=<64 hex digits>

`u` the hub's address, `c` the pairing code, `f` the SHA-256 fingerprint of the hub's
certificate: the door refuses to pair with a server presenting another certificate, so a
look-alike hub on the same network cannot take the scan's place. (The code alone is already
bound to the certificate the door sees — hublink/pairing.py — the fingerprint makes the
mistake visible before any proof is sent.) The hub window's first QR form,
`checkin-hub:<url>#<code>`, is still read (without a fingerprint).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

PREFIX = "checkin-hub:"
VERSION = "1"
_HEX = re.compile(r"[0-9a-f]{16,64}")
_CODE = re.compile(r"[0-9A-Z]{8}")


@dataclass(frozen=True, slots=True)
class PairingInvite:
    url: str
    code: str
    fingerprint: str  # lower-case hex (a prefix of at least 16 digits), "" when not given


def invite_text(url: str, code: str, fingerprint: str) -> str:
    """The text of the hub's pairing QR code."""
    return f"{PREFIX}{VERSION}?u={quote(url, safe='')}&c={code}&f={fingerprint.lower()}"


def looks_like_invite(raw: str) -> bool:
    """A hub's pairing QR code (well-formed or not) rather than a ticket."""
    return raw.strip()[: len(PREFIX)].lower() == PREFIX


def parse_invite(raw: str) -> PairingInvite | None:
    """The invite in a scanned text, or None when it is not a usable one."""
    text = raw.strip()
    if not looks_like_invite(text):
        return None
    body = text[len(PREFIX) :]
    if body.startswith(VERSION + "?"):
        fields = parse_qs(body[len(VERSION) + 1 :], keep_blank_values=True)
        url = (fields.get("u") or [""])[0]
        code = (fields.get("c") or [""])[0]
        fingerprint = (fields.get("f") or [""])[0].lower()
        if fingerprint and not _HEX.fullmatch(fingerprint):
            return None
    else:  # the first form: checkin-hub:<url>#<code>
        url, _, code = body.partition("#")
        fingerprint = ""
    code = code.strip().upper()
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname or not _CODE.fullmatch(code):
        return None
    try:
        parts.port  # noqa: B018 - raises on a port out of range
    except ValueError:
        return None
    return PairingInvite(url.strip().rstrip("/"), code, fingerprint)
