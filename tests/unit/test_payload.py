"""QR payload parsing: Wix check-in URLs and bare ticket numbers; all else is not a ticket."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin_app.domain.models import TicketRef
from checkin_app.domain.payload import check_in_url, parse_payload

EVENT = "ad18d12e-a6a9-4c17-abfa-6ff119479be2"


@pytest.mark.parametrize(
    "raw",
    [
        f"https://www.wixevents.com/check-in/FNVL-NIJT-WP021,{EVENT}",
        f"HTTPS://WWW.WIXEVENTS.COM/check-in/FNVL-NIJT-WP021,{EVENT}",
        f"http://www.wixevents.com/check-in/FNVL-NIJT-WP021,{EVENT}",
        f"www.wixevents.com/check-in/FNVL-NIJT-WP021,{EVENT}",
        f"wixevents.com/check-in/FNVL-NIJT-WP021,{EVENT}",
        f"https://www.wixevents.com/check-in/FNVL-NIJT-WP021,{EVENT}/",
        f"  https://www.wixevents.com/check-in/FNVL-NIJT-WP021,{EVENT}\r\n",
        f"https://www.wixevents.com/check-in/FNVL-NIJT-WP021%2C{EVENT}",
        f"https://www.wixevents.com/check-in/fnvl-nijt-wp021,{EVENT.upper()}",
    ],
)
def test_check_in_urls_name_the_ticket_and_event(raw: str) -> None:
    assert parse_payload(raw) == TicketRef("FNVL-NIJT-WP021", EVENT)


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("FNVL-NIJT-WP021", "FNVL-NIJT-WP021"),
        ("  30CS-1G2K-1NH1P\t", "30CS-1G2K-1NH1P"),
        ("fnvl-nijt-wp021\n", "FNVL-NIJT-WP021"),
        (b"AAAA-AAAA-BB021", "AAAA-AAAA-BB021"),
    ],
)
def test_bare_ticket_numbers(raw: object, number: str) -> None:
    assert parse_payload(raw) == TicketRef(number)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "hello",
        "Robert'); DROP TABLE tickets;--",
        "' OR 1=1 --",
        "https://example.com/check-in/FNVL-NIJT-WP021," + EVENT,
        "https://www.wixevents.com/check-in/FNVL-NIJT-WP021,not-a-guid",
        "https://www.wixevents.com/check-in/FNVL-NIJT-WP021",
        "https://www.wixevents.com/check-in/," + EVENT,
        "A" * 37 + "1",
        "1" * 10_000,
        "x" * 10_000,
        "\x00\x01\x02\xff",
        b"\xff\xfe\x00garbage",
        "WIFI:S:MyNetwork;T:WPA;P:secret;;",
        "チケット123",
        None,
        12345,
    ],
)
def test_anything_else_is_not_a_ticket(raw: object) -> None:
    assert parse_payload(raw) is None


def test_check_in_url_round_trips() -> None:
    assert parse_payload(check_in_url("AAAA-AAAA-BB021", EVENT)) == TicketRef(
        "AAAA-AAAA-BB021", EVENT
    )


@given(st.text(max_size=600))
def test_parsing_never_raises_on_text(raw: str) -> None:
    result = parse_payload(raw)
    assert result is None or 1 <= len(result.ticket_number) <= 36


@given(st.binary(max_size=600))
def test_parsing_never_raises_on_bytes(raw: bytes) -> None:
    result = parse_payload(raw)
    assert result is None or isinstance(result, TicketRef)


@given(st.from_regex(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{5}", fullmatch=True), st.uuids())
def test_every_wix_shaped_url_parses(number: str, event: object) -> None:
    ref = parse_payload(check_in_url(number, str(event)))
    assert ref == TicketRef(number, str(event))
