"""The hub's pairing QR code: what the hub window writes, a door reads back; anything else a
door's camera might see (tickets, garbage, a damaged or forged invite) is not an invite."""

from __future__ import annotations

import pytest

from checkin_app.hublink.invite import PairingInvite, invite_text, looks_like_invite, parse_invite

FINGERPRINT = "0f" * 32


def test_the_hub_windows_invite_reads_back_whole() -> None:
    text = invite_text("https://192.168.1.20:8765", "ABCD2345", FINGERPRINT.upper())
    assert looks_like_invite(text)
    assert parse_invite(f"  {text}\n") == PairingInvite(
        "https://192.168.1.20:8765", "ABCD2345", FINGERPRINT
    )


def test_the_first_form_without_a_fingerprint_is_still_read() -> None:
    assert parse_invite("checkin-hub:https://10.0.0.5:9000/#abcd2345") == PairingInvite(
        "https://10.0.0.5:9000", "ABCD2345", ""
    )


@pytest.mark.parametrize(
    "text",
    [
        "checkin-hub:1?u=http%3A%2F%2F10.0.0.5%3A9000&c=ABCD2345&f=" + FINGERPRINT,  # not TLS
        "checkin-hub:1?u=https%3A%2F%2F10.0.0.5%3A9000&c=ABC&f=" + FINGERPRINT,  # short code
        "checkin-hub:1?u=https%3A%2F%2F10.0.0.5%3A9000&c=ABCD2345&f=zz",  # not hex
        "checkin-hub:1?u=https%3A%2F%2F10.0.0.5%3A99999&c=ABCD2345",  # port out of range
        "checkin-hub:1?c=ABCD2345",  # no address
        "checkin-hub:",
    ],
)
def test_a_damaged_invite_is_recognised_but_not_usable(text: str) -> None:
    assert looks_like_invite(text)
    assert parse_invite(text) is None


@pytest.mark.parametrize(
    "text",
    ["https://www.wixevents.com/check-in/ABCD-EFGH-IJ001,ev1", "ABCD-EFGH-IJ001",
     "WIFI:S:venue;T:WPA;P:secret;;", "", "checkin-hubby:x"],
)  # fmt: skip
def test_tickets_and_other_codes_are_not_invites(text: str) -> None:
    assert not looks_like_invite(text)
    assert parse_invite(text) is None
