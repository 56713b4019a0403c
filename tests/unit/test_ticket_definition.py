"""A ticket type's availability: one formula, used by the sales panel and the stats view."""

from __future__ import annotations

from checkin_app.domain.models import TicketDefinition


def definition(**values: object) -> TicketDefinition:
    return TicketDefinition("def-1", "ev-1", "General", **values)  # type: ignore[arg-type]


def test_wix_unsold_count_is_what_is_left() -> None:
    assert definition(initial_limit=100, sold_count=10, unsold_count=7).available == 7


def test_without_unsold_count_the_limit_less_sold_and_held() -> None:
    assert definition(initial_limit=100, sold_count=60, reserved_count=15).available == 25


def test_more_sold_and_held_than_the_limit_leaves_none() -> None:
    assert definition(initial_limit=10, sold_count=9, reserved_count=4).available == 0


def test_no_limit_is_unlimited() -> None:
    assert definition(sold_count=500).available is None
