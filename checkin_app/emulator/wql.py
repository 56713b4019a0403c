"""The Wix API Query Language: filters (`$eq`, `$in`, `$gt`, `$and`, ...) and sort specs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from checkin_app.emulator.clock import canonical_iso
from checkin_app.emulator.errors import app_error

Predicate = Callable[[dict[str, Any]], bool]

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_NUMERIC = re.compile(r"^\s*[-+]?\d+(\.\d*)?\s*$")
_MISSING = object()


def get_path(item: dict[str, Any], path: str) -> Any:
    """The value at a dotted path (`guestDetails.checkedIn`), or None when absent."""
    value: Any = item
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
        if value is None:
            return None
    return value


def _operand(value: Any) -> Any:
    # Stored timestamps are all in Wix's canonical form, so normalising the filter's
    # operand once lets every comparison stay a plain string comparison.
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return canonical_iso(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [_operand(v) for v in value]
    return value


def _comparable(left: Any, right: Any) -> tuple[Any, Any] | None:
    if left is None or right is None:
        return None
    if isinstance(left, bool) or isinstance(right, bool):
        return (left, right) if type(left) is type(right) else None
    if isinstance(right, int | float) and isinstance(left, str):
        try:
            return float(left), float(right)
        except ValueError:
            return None
    if isinstance(left, int | float) and isinstance(right, str):
        try:
            return float(left), float(right)
        except ValueError:
            return None
    if isinstance(left, int | float) and isinstance(right, int | float):
        return left, right
    if isinstance(left, str) and isinstance(right, str):
        return left, right
    return None


def _eq(left: Any, right: Any) -> bool:
    if isinstance(left, list):
        return right in left
    pair = _comparable(left, right)
    if pair is None:
        return left == right
    return pair[0] == pair[1]


def _order(op: str) -> Callable[[Any, Any], bool]:
    tests: dict[str, Callable[[Any, Any], bool]] = {
        "$lt": lambda a, b: a < b,
        "$lte": lambda a, b: a <= b,
        "$gt": lambda a, b: a > b,
        "$gte": lambda a, b: a >= b,
    }
    test = tests[op]

    def compare(left: Any, right: Any) -> bool:
        pair = _comparable(left, right)
        return pair is not None and test(pair[0], pair[1])

    return compare


def _as_list(value: Any, op: str) -> list[Any]:
    if not isinstance(value, list):
        raise _parse_error(f"{op} expects an array")
    return value


def _parse_error(why: str) -> Exception:
    return app_error(400, "FILTER_PARSER_ERROR", f"Invalid filter: {why}")


def _getter(path: str) -> Callable[[dict[str, Any]], Any]:
    if "." not in path:
        return lambda item: item.get(path)  # the common case, without the dotted walk
    return lambda item: get_path(item, path)


def _fast_test(op: str, operand: Any) -> Callable[[Any], bool] | None:
    """Plain string comparisons (ids, timestamps) without the general coercions."""
    if not isinstance(operand, str) or _NUMERIC.match(operand):
        return None  # numbers-as-strings keep the general path (compared as numbers)
    if op == "$eq":
        return lambda v: v == operand or (isinstance(v, list) and operand in v)
    if op == "$gt":
        return lambda v: isinstance(v, str) and v > operand
    if op == "$gte":
        return lambda v: isinstance(v, str) and v >= operand
    if op == "$lt":
        return lambda v: isinstance(v, str) and v < operand
    if op == "$lte":
        return lambda v: isinstance(v, str) and v <= operand
    return None


def _field_predicate(path: str, condition: Any) -> Predicate:
    get = _getter(path)
    if not (
        isinstance(condition, dict) and condition and all(k.startswith("$") for k in condition)
    ):
        expected = _operand(condition)
        fast_eq = _fast_test("$eq", expected)
        if fast_eq is not None:
            return lambda item: fast_eq(get(item))
        return lambda item: _eq(get(item), expected)
    if len(condition) == 1:
        ((op, raw),) = condition.items()
        fast = _fast_test(op, _operand(raw))
        if fast is not None:
            return lambda item: fast(get(item))
    tests = [_operator_test(op, _operand(raw), path) for op, raw in condition.items()]
    return lambda item: all(test(get(item)) for test in tests)


def _operator_test(op: str, operand: Any, path: str) -> Callable[[Any], bool]:
    """The test of one `{"$op": operand}` of a field's condition."""
    if op == "$eq":
        return lambda v: _eq(v, operand)
    if op == "$ne":
        return lambda v: not _eq(v, operand)
    if op in ("$lt", "$lte", "$gt", "$gte"):
        cmp = _order(op)
        return lambda v: cmp(v, operand)
    if op in ("$in", "$hasSome"):
        options = _as_list(operand, op)
        return lambda v: any(_eq(v, x) for x in options)
    if op == "$nin":
        excluded = _as_list(operand, op)
        return lambda v: not any(_eq(v, x) for x in excluded)
    if op == "$hasAll":
        required = _as_list(operand, op)
        return lambda v: all(_eq(v, x) for x in required)
    if op == "$exists":
        present = bool(operand)
        return lambda v: (v is not None) == present
    if op == "$contains":
        needle = str(operand).lower()
        return lambda v: isinstance(v, str) and needle in v.lower()
    if op == "$startsWith":
        prefix = str(operand).lower()
        return lambda v: isinstance(v, str) and v.lower().startswith(prefix)
    if op == "$isEmpty":
        empty = bool(operand)
        return lambda v: (not v) == empty
    raise _parse_error(f"unknown operator {op} on {path}")


def compile_filter(spec: Any) -> Predicate:
    """A predicate for a WQL filter object; raises FILTER_PARSER_ERROR (400) when malformed."""
    if spec is None or spec == {}:
        return lambda item: True
    if not isinstance(spec, dict):
        raise _parse_error("filter must be an object")
    parts: list[Predicate] = []
    for key, value in spec.items():
        if key == "$and":
            parts.append(_all_of([compile_filter(s) for s in _as_list(value, key)]))
        elif key == "$or":
            parts.append(_any_of([compile_filter(s) for s in _as_list(value, key)]))
        elif key == "$not":
            parts.append(_negated(compile_filter(value)))
        elif key.startswith("$"):
            raise _parse_error(f"unknown operator {key}")
        else:
            parts.append(_field_predicate(key, value))
    if len(parts) == 1:
        return parts[0]
    return lambda item: all(p(item) for p in parts)


def _all_of(predicates: list[Predicate]) -> Predicate:
    return lambda item: all(p(item) for p in predicates)


def _any_of(predicates: list[Predicate]) -> Predicate:
    return lambda item: any(p(item) for p in predicates)


def _negated(predicate: Predicate) -> Predicate:
    return lambda item: not predicate(item)


def sort_spec(raw: Any) -> list[tuple[str, bool]]:
    """`[{"fieldName": "x", "order": "DESC"}]` → `[("x", True)]` (descending flag)."""
    if not raw:
        return []
    if not isinstance(raw, list):
        raise _parse_error("sort must be an array")
    spec: list[tuple[str, bool]] = []
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("fieldName"), str):
            raise _parse_error("each sort entry needs a fieldName")
        order = str(entry.get("order") or entry.get("direction") or "ASC").upper()
        spec.append((entry["fieldName"], order == "DESC"))
    return spec


def _sort_key(value: Any) -> tuple[int, Any]:
    if value.__class__ is str:
        return (3, value)
    if value is None:
        return (0, "")
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, int | float):
        return (2, value)
    return (3, str(value))


def _sort_key_of(get: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], Any]:
    return lambda item: _sort_key(get(item))


def sort_items(
    items: Iterable[dict[str, Any]], spec: list[tuple[str, bool]], tiebreak: str = "id"
) -> list[dict[str, Any]]:
    """Items sorted by the spec, then by `tiebreak` ascending so paging is stable."""
    if not any(descending for _, descending in spec):
        # All ascending: one sort on a tuple key is much faster on big lists.
        getters = [_getter(path) for path, _ in spec] + [_getter(tiebreak)]
        return sorted(items, key=lambda item: tuple(_sort_key(g(item)) for g in getters))
    tie = _getter(tiebreak)
    result = sorted(items, key=lambda item: _sort_key(tie(item)))
    for path, descending in reversed(spec):
        result.sort(key=_sort_key_of(_getter(path)), reverse=descending)
    return result
