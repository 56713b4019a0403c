"""The door's reading of the hub's wire format (hublink/protocol.py): what a feed reply
carries is checked field by field, and anything malformed is dropped, never raised."""

from __future__ import annotations

import pytest

from checkin_app.hublink.protocol import TICKET_FIELDS, WireFormatError, gone_tickets, ticket_rows


def test_gone_keeps_well_formed_pairs_only() -> None:
    reply = {
        "gone": [
            ["ev-1", "ABCD-1"],
            ["ev-1", ""],  # no number: a download's end, not a ticket
            ["ev-1"],
            ["ev-1", 7],
            "ev-1:ABCD-2",
            ["ev-2", "ABCD-3", "extra"],
            [None, "ABCD-4"],
            ["ev-2", "ABCD-5"],
        ]
    }
    assert gone_tickets(reply) == [("ev-1", "ABCD-1"), ("ev-2", "ABCD-5")]


@pytest.mark.parametrize("value", [None, "ev-1", {"ev-1": "ABCD-1"}, 3])
def test_gone_that_is_not_a_list_means_nothing_gone(value: object) -> None:
    assert gone_tickets({"gone": value}) == []
    assert gone_tickets({}) == []


def test_rows_of_another_layout_are_refused_and_short_rows_dropped() -> None:
    with pytest.raises(WireFormatError):
        ticket_rows({"fields": ["event_id", "ticket_number"], "rows": []})
    good = ["ev-1", "ABCD-1", *[None] * (len(TICKET_FIELDS) - 2)]
    rows = ticket_rows({"fields": list(TICKET_FIELDS), "rows": [good, good[:-1], "x"]})
    assert [row[:2] for row in rows] == [("ev-1", "ABCD-1")]
