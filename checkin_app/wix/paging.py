"""Walk Wix's paged replies: offset paging (with `total`) and cursor paging.

Every paged read ends. A server that repeats a page or a cursor, sends more items than the
total it announces, ends the list before that total, or needs more pages than the total
allows (plus `SLACK_PAGES` for items added meanwhile) makes the walk raise `PagingError`:
the caller abandons the whole read and applies nothing of it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from checkin_app.wix.errors import WixError
from checkin_app.wix.replies import int_or_none, items

Page = Mapping[str, Any]

SLACK_PAGES = 2  # pages beyond the announced total allowed for items added while reading
MAX_PAGES = 20_000  # no read this app makes needs more (2,000,000 tickets at 100 a page)


class PagingError(WixError):
    """A paged read that does not add up; it was abandoned and nothing of it applied."""

    def __init__(self, what: str, problem: str) -> None:
        super().__init__(
            f"{what}: {problem}; the read was abandoned and nothing from it was applied",
            code="BAD_PAGING",
        )


def page_fingerprint(found: list[dict[str, Any]]) -> str:
    """Identifies a page by its size and its first and last items (cheap, and enough: the
    items of an honest list are distinct)."""
    ends = [found[0], found[-1]] if found else []
    text = json.dumps([len(found), ends], sort_keys=True, default=str)
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def pages_allowed(total: int, page_size: int) -> int:
    """The most pages an honest read of `total` items takes (with room for growth)."""
    return -(-max(0, total) // page_size) + SLACK_PAGES


class PageGuard:
    """Checks each page of one read; raises `PagingError` when the read would never end."""

    def __init__(self, what: str, page_size: int | None, *, max_pages: int = MAX_PAGES) -> None:
        self.what = what
        self.page_size = page_size
        self.max_pages = max_pages
        self.pages = 0
        self.items = 0
        self.largest_total: int | None = None
        self._seen: set[str] = set()

    def check(self, found: list[dict[str, Any]], total: int | None) -> None:
        self.pages += 1
        self.items += len(found)
        if self.page_size is not None and len(found) > self.page_size:
            raise PagingError(self.what, f"a page held {len(found)} items, {self.page_size} asked")
        if found:
            fingerprint = page_fingerprint(found)
            if fingerprint in self._seen:
                raise PagingError(self.what, "the server sent the same page twice")
            self._seen.add(fingerprint)
        if total is not None:
            self.largest_total = max(total, self.largest_total or 0)
        limit = self.max_pages
        if self.largest_total is not None and self.page_size is not None:
            limit = min(limit, pages_allowed(self.largest_total, self.page_size))
        if self.pages > limit:
            announced = (
                f"the {self.largest_total} items announced"
                if self.largest_total is not None
                else "any real list"
            )
            raise PagingError(self.what, f"{self.pages} pages are more than {announced} need")


def check_offset_page(
    what: str, offset: int, found: list[dict[str, Any]], total: int | None
) -> None:
    """One offset page against the total in the same reply: never more items than it
    announces, never an empty page before it is reached."""
    if total is None:
        return
    if offset + len(found) > total:
        raise PagingError(
            what, f"the server sent items up to {offset + len(found)} but announced {total}"
        )
    if not found and offset < total:
        raise PagingError(what, f"the list ended after {offset} of the {total} items announced")


def iter_offset(
    fetch: Callable[[int, int], Page],
    items_key: str,
    page_size: int,
    *,
    total_of: Callable[[Page], int | None],
    start: int = 0,
    what: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield items of `fetch(offset, limit)` pages until `total` is reached or a page is short.

    `total_of(page)` reads the total (None when the server cannot count). Raises
    `PagingError` on a read that does not add up (see the module docstring).
    """
    guard = PageGuard(what or f"the {items_key} list", page_size)
    offset = start
    while True:
        page = fetch(offset, page_size)
        found = items(page, items_key)
        total = total_of(page)
        guard.check(found, total)
        check_offset_page(guard.what, offset, found, total)
        yield from found
        offset += len(found)
        if not found:
            return
        if total is not None:
            if offset >= total:
                return
        elif len(found) < page_size:
            return


def legacy_total(page: Page) -> int | None:
    """`total` of a v1 list reply (`{total, offset, limit, <items>}`)."""
    return int_or_none(page.get("total"))


def metadata_total(key: str) -> Callable[[Page], int | None]:
    """Read `<key>.total` of a WQL reply, None when `tooManyToCount`."""

    def total_of(page: Page) -> int | None:
        meta = page.get(key)
        if not isinstance(meta, Mapping) or meta.get("tooManyToCount"):
            return None
        return int_or_none(meta.get("total"))

    return total_of


def next_cursor(page: Page, meta_key: str) -> str | None:
    """`<meta_key>.cursors.next` of a cursor-paged reply, None at the end."""
    meta = page.get(meta_key)
    if not isinstance(meta, Mapping):
        return None
    cursors = meta.get("cursors")
    if not isinstance(cursors, Mapping):
        return None
    cursor = cursors.get("next")
    return cursor if isinstance(cursor, str) and cursor else None


def iter_cursor(
    fetch: Callable[[str | None], Page],
    items_key: str,
    meta_key: str,
    *,
    page_size: int | None = None,
    what: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield items of `fetch(cursor)` pages (first with cursor None) until no `next` cursor.

    Raises `PagingError` when a cursor or a page repeats, or the pages outrun the total.
    """
    guard = PageGuard(what or f"the {items_key} list", page_size)
    total_of = metadata_total(meta_key)
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        page = fetch(cursor)
        found = items(page, items_key)
        guard.check(found, total_of(page))
        yield from found
        cursor = next_cursor(page, meta_key)
        if not found or cursor is None:
            return
        if cursor in seen:
            raise PagingError(guard.what, "the server sent the same cursor twice")
        seen.add(cursor)
