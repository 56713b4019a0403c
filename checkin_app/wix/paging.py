"""Walk Wix's paged replies: offset paging (with `total`) and cursor paging.

Both walkers stop on an empty page and guard against a server that repeats itself, so a
broken reply can end a walk early but never loop forever.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from checkin_app.wix.replies import int_or_none, items

Page = Mapping[str, Any]


def iter_offset(
    fetch: Callable[[int, int], Page],
    items_key: str,
    page_size: int,
    *,
    total_of: Callable[[Page], int | None],
    start: int = 0,
) -> Iterator[dict[str, Any]]:
    """Yield items of `fetch(offset, limit)` pages until `total` is reached or a page is short.

    `total_of(page)` reads the total (None when the server cannot count).
    """
    offset = start
    while True:
        page = fetch(offset, page_size)
        found = items(page, items_key)
        yield from found
        offset += len(found)
        total = total_of(page)
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
) -> Iterator[dict[str, Any]]:
    """Yield items of `fetch(cursor)` pages (first with cursor None) until no `next` cursor."""
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        page = fetch(cursor)
        found = items(page, items_key)
        yield from found
        cursor = next_cursor(page, meta_key)
        if not found or cursor is None or cursor in seen:
            return
        seen.add(cursor)
