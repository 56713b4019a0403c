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


def test_offset_walk_fails_on_an_empty_page_before_the_total():
    calls = []

    def fetch(offset, limit):
        calls.append(offset)
        return {"total": 1000, "tickets": [{"n": 1}] if offset == 0 else []}

    with pytest.raises(paging.PagingError, match="ended after 1 of the 1000"):
        list(paging.iter_offset(fetch, "tickets", 100, total_of=paging.legacy_total))
    assert calls == [0, 1]


def test_offset_walk_fails_when_the_same_page_comes_again():
    calls = []

    def fetch(offset, limit):  # ignores the offset: the same full page forever
        calls.append(offset)
        return {"tickets": [{"n": i} for i in range(limit)]}

    with pytest.raises(paging.PagingError, match="same page twice"):
        list(paging.iter_offset(fetch, "tickets", 100, total_of=paging.legacy_total))
    assert calls == [0, 100]


def test_offset_walk_fails_on_more_items_than_announced():
    def fetch(offset, limit):
        return {"total": 150, "tickets": [{"n": offset + i} for i in range(limit)]}

    with pytest.raises(paging.PagingError, match="announced 150"):
        list(paging.iter_offset(fetch, "tickets", 100, total_of=paging.legacy_total))


def test_offset_walk_fails_when_pages_outrun_the_total():
    calls = []

    def fetch(offset, limit):  # one new item per page, the total always just ahead
        calls.append(offset)
        return {"total": offset + 5, "tickets": [{"n": offset}]}

    with pytest.raises(paging.PagingError, match="more than the"):
        list(paging.iter_offset(fetch, "tickets", 100, total_of=paging.legacy_total))
    assert len(calls) <= 3 + paging.SLACK_PAGES


def test_offset_walk_without_total_is_capped():
    def fetch(offset, limit):  # distinct full pages forever, never a total
        return {"events": [{"n": offset + i} for i in range(limit)]}

    walk = paging.iter_offset(fetch, "events", 100, total_of=paging.legacy_total)
    with pytest.raises(paging.PagingError, match="more than any real list"):
        for _ in walk:
            pass


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


def test_cursor_walk_fails_when_a_cursor_repeats():
    calls = []

    def fetch(cursor):
        calls.append(cursor)
        return {"guests": [{"v": len(calls)}], "pagingMetadata": {"cursors": {"next": "same"}}}

    with pytest.raises(paging.PagingError, match="same cursor twice"):
        list(paging.iter_cursor(fetch, "guests", "pagingMetadata"))
    assert calls == [None, "same"]


def test_cursor_walk_fails_when_a_page_repeats_under_new_cursors():
    calls = []

    def fetch(cursor):
        calls.append(cursor)
        return {"guests": [{"v": 1}], "pagingMetadata": {"cursors": {"next": f"c{len(calls)}"}}}

    with pytest.raises(paging.PagingError, match="same page twice"):
        list(paging.iter_cursor(fetch, "guests", "pagingMetadata", page_size=100))
    assert len(calls) == 2


def test_malformed_page_is_a_transient_error():
    def fetch(offset, limit):
        return {"tickets": "nope", "total": 3}

    with pytest.raises(WixTransientError, match="malformed"):
        list(paging.iter_offset(fetch, "tickets", 100, total_of=paging.legacy_total))
