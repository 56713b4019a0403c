"""WQL paging: `paging` (offset) and `cursorPaging` (opaque keyset cursors), with Wix's limits."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

from checkin_app.emulator.errors import invalid
from checkin_app.emulator.wql import _sort_key, get_path, sort_spec

Source = Callable[[Any, list[tuple[str, bool]]], list[dict[str, Any]]]


def _limit(raw: Any, field: str, default: int, maximum: int) -> int:
    if raw is None:
        return default
    try:
        limit = int(raw)
    except (TypeError, ValueError):
        raise invalid(field, f"{field} must be an integer") from None
    if limit < 0 or limit > maximum:
        raise invalid(
            field, f"{field} must be between 0 and {maximum}, got {limit}", rule="OUT_OF_RANGE"
        )
    return limit


def _offset(raw: Any, field: str) -> int:
    try:
        offset = int(raw or 0)
    except (TypeError, ValueError):
        raise invalid(field, f"{field} must be an integer") from None
    if offset < 0:
        raise invalid(field, f"{field} must not be negative", rule="OUT_OF_RANGE")
    return offset


def encode_cursor(state: dict[str, Any]) -> str:
    raw = json.dumps(state, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> dict[str, Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        state = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError):
        raise invalid("cursorPaging.cursor", "Invalid cursor") from None
    if not isinstance(state, dict):
        raise invalid("cursorPaging.cursor", "Invalid cursor")
    return state


def _key(item: dict[str, Any], spec: list[tuple[str, bool]], tiebreak: str) -> list[Any]:
    return [get_path(item, path) for path, _ in spec] + [get_path(item, tiebreak)]


def _after(values: list[Any], last: list[Any], spec: list[tuple[str, bool]]) -> bool:
    """True when a row with sort values `values` comes strictly after the cursor's row."""
    directions = [desc for _, desc in spec] + [False]
    for value, seen, descending in zip(values, last, directions, strict=False):
        a, b = _sort_key(value), _sort_key(seen)
        if a == b:
            continue
        return (a < b) if descending else (a > b)
    return False


def run_query(
    query: Any,
    source: Source,
    *,
    default_limit: int,
    max_limit: int,
    cursor_max_limit: int | None = None,
    tiebreak: str = "id",
    offset_metadata: bool = True,
    default_sort: tuple[tuple[str, bool], ...] = (("createdDate", False),),
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Filter, sort and page `source` as a Wix query endpoint does; returns (page, metadata).

    Cursors are keyset cursors (the last row's sort values): a row that changes while a
    client pages (e.g. its `updatedDate` moves on) is never skipped, at worst seen again.
    """
    query = query or {}
    if not isinstance(query, dict):
        raise invalid("query", "query must be an object")
    cursor_paging = query.get("cursorPaging")
    if cursor_paging is not None:
        if not isinstance(cursor_paging, dict):
            raise invalid("query.cursorPaging", "cursorPaging must be an object")
        limit = _limit(
            cursor_paging.get("limit"),
            "query.cursorPaging.limit",
            default_limit,
            cursor_max_limit or max_limit,
        )
        cursor = cursor_paging.get("cursor")
        if cursor:
            # After the first page Wix takes filter and sort from the cursor only.
            state = decode_cursor(str(cursor))
            flt, raw_sort, last = state.get("f"), state.get("s"), state.get("a")
        else:
            flt, raw_sort, last = query.get("filter"), query.get("sort"), None
        spec = sort_spec(raw_sort) or list(default_sort)
        rows = source(flt, spec)
        start = 0
        if last is not None:
            # Rows are sorted in cursor order, so "after the cursor" is a suffix: bisect.
            low, high = 0, len(rows)
            while low < high:
                mid = (low + high) // 2
                if _after(_key(rows[mid], spec, tiebreak), last, spec):
                    high = mid
                else:
                    low = mid + 1
            start = low
        page = rows[start : start + limit]
        has_next = start + limit < len(rows) and limit > 0
        cursors: dict[str, Any] = {}
        if has_next and page:
            cursors["next"] = encode_cursor(
                {"f": flt, "s": raw_sort, "a": _key(page[-1], spec, tiebreak)}
            )
        return page, {"count": len(page), "cursors": cursors}
    paging = query.get("paging") or {}
    if not isinstance(paging, dict):
        raise invalid("query.paging", "paging must be an object")
    limit = _limit(paging.get("limit"), "query.paging.limit", default_limit, max_limit)
    offset = _offset(paging.get("offset"), "query.paging.offset")
    rows = source(query.get("filter"), sort_spec(query.get("sort")) or list(default_sort))
    page = rows[offset : offset + limit]
    metadata: dict[str, Any] = {"count": len(page), "offset": offset}
    if offset_metadata:
        metadata.update({"total": len(rows), "tooManyToCount": False})
    metadata["cursors"] = {}
    return page, metadata


def legacy_page(
    rows: list[Any], query: dict[str, list[str]], max_limit: int
) -> tuple[list[Any], int, int]:
    """`offset`/`limit` query parameters of the v1 list endpoints; default limit 0."""
    limit = _limit(_first(query, "limit"), "limit", 0, max_limit)
    offset = _offset(_first(query, "offset"), "offset")
    return rows[offset : offset + limit], offset, limit


def _first(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[0] if values else None
