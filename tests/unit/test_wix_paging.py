"""Offset and cursor page walkers: they end, even on a misbehaving server."""

from __future__ import annotations

import pytest

from checkin_app.wix import paging
from checkin_app.wix.errors import WixTransientError


def offset_server(n, *, total=True, key="tickets"):
    calls = []

    def fetch(offset, limit):
        calls.append((offset, limit))
        page = {key: [{"n": i} for i in range(offset, min(offset + limit, n))]}
        if total:
            page["total"] = n
        return page

    return fetch, calls


@pytest.mark.parametrize("n", [0, 1, 99, 100, 101, 250])
def test_offset_walk_uses_total(n):
    fetch, calls = offset_server(n)
    got = list(paging.iter_offset(fetch, "tickets", 100, total_of=paging.legacy_total))
    assert [g["n"] for g in got] == list(range(n))
    assert len(calls) == max(1, -(-n // 100))  # no extra empty request when total says done


def test_offset_walk_without_total_stops_on_short_page():
    fetch, calls = offset_server(150, total=False)
    got = list(paging.iter_offset(fetch, "tickets", 100, total_of=paging.legacy_total))
    assert len(got) == 150 and len(calls) == 2


def test_offset_walk_stops_on_empty_page_even_if_total_lies():
    calls = []

    def fetch(offset, limit):
        calls.append(offset)
        return {"total": 1000, "tickets": [{"n": 1}] if offset == 0 else []}

    got = list(paging.iter_offset(fetch, "tickets", 100, total_of=paging.legacy_total))
    assert len(got) == 1 and calls == [0, 1]


def test_metadata_total_and_too_many_to_count():
    total_of = paging.metadata_total("pagingMetadata")
    assert total_of({"pagingMetadata": {"total": 5}}) == 5
    assert total_of({"pagingMetadata": {"total": "7"}}) == 7
    assert total_of({"pagingMetadata": {"total": 5, "tooManyToCount": True}}) is None
    assert total_of({}) is None


def test_cursor_walk_follows_next_until_none():
    pages = {None: ("a", [1, 2]), "a": ("b", [3, 4]), "b": (None, [5])}
    seen = []

    def fetch(cursor):
        seen.append(cursor)
        nxt, values = pages[cursor]
        return {"guests": [{"v": v} for v in values], "pagingMetadata": {"cursors": {"next": nxt}}}

    got = [g["v"] for g in paging.iter_cursor(fetch, "guests", "pagingMetadata")]
    assert got == [1, 2, 3, 4, 5] and seen == [None, "a", "b"]


def test_cursor_walk_stops_when_a_cursor_repeats():
    def fetch(cursor):
        return {"guests": [{"v": 1}], "pagingMetadata": {"cursors": {"next": "same"}}}

    assert len(list(paging.iter_cursor(fetch, "guests", "pagingMetadata"))) == 2


def test_malformed_page_is_a_transient_error():
    def fetch(offset, limit):
        return {"tickets": "nope", "total": 3}

    with pytest.raises(WixTransientError, match="malformed"):
        list(paging.iter_offset(fetch, "tickets", 100, total_of=paging.legacy_total))
