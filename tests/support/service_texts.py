"""The English sentences other layers write for people (errors, step summaries, reasons),
found in their source: tests/unit/test_message_catalog.py checks that the GUI's catalogs
(ui/message_text.py, ui/reason_text.py) know each one, so a new message cannot reach a
translated window in English unnoticed."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The modules whose sentences the GUI shows (the CLI-only ones, e.g. services/doctor*.py and
# services/repair.py, stay English: they are for technicians and scripts).
SOURCES = (
    "checkin_app/bootstrap.py",
    "checkin_app/services/checkin.py",
    "checkin_app/services/checkout_form.py",
    "checkin_app/services/csv_export.py",
    "checkin_app/services/exports.py",
    "checkin_app/services/hub_door.py",
    "checkin_app/services/retention.py",
    "checkin_app/services/sale_orders.py",
    "checkin_app/services/sale_reconcile.py",
    "checkin_app/services/sales.py",
    "checkin_app/services/secrets.py",
    "checkin_app/services/setup.py",
    "checkin_app/services/setup_agenda.py",
    "checkin_app/services/setup_forms.py",
    "checkin_app/services/setup_people.py",
    "checkin_app/services/setup_questions.py",
    "checkin_app/services/station_open.py",
    "checkin_app/services/stats.py",
    "checkin_app/services/ticket_codes.py",
    "checkin_app/services/wix_problems.py",
    "checkin_app/sync/push.py",
    "checkin_app/sync/engine.py",
    "checkin_app/hublink/pairing.py",
    "checkin_app/scanner/camera.py",
    "checkin_app/scanner/files.py",
    "checkin_app/scanner/sources.py",
    "checkin_app/storage/database.py",
    "checkin_app/storage/encryption.py",
    "checkin_app/storage/secret_file.py",
    "checkin_app/domain/secret.py",
    "checkin_app/domain/verdicts.py",
)

_LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "getLogger"}


@dataclass(frozen=True)
class Sentence:
    path: str
    line: int
    shape: str  # the text with every placeholder as "{}"


def _shape(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            parts.append(value.value if isinstance(value, ast.Constant) else "{}")
        return "".join(str(p) for p in parts)
    return None


def _looks_like_a_sentence(text: str) -> bool:
    """Words for a person: starts with a capital or a placeholder/quote, has several words."""
    if len(text.split()) < 2 or text.startswith(("SELECT", "INSERT", "UPDATE", "CREATE")):
        return False
    return bool(re.match(r"^(\{\}|“|[A-Z][a-z])", text))


def _parse(source: str) -> ast.Module:
    """`ast.parse`, again when CPython 3.11 trips over a compile running in another thread
    at the same moment (a background import of an earlier test): "AST constructor recursion
    depth mismatch" (python/cpython#106905, fixed in later releases)."""
    for _attempt in range(4):
        try:
            return ast.parse(source)
        except SystemError as exc:
            if "recursion depth mismatch" not in str(exc):
                raise
    return ast.parse(source)


def sentences(relative: str) -> list[Sentence]:
    """Every sentence-like string in one module, but docstrings, log calls and dict keys."""
    tree = _parse((ROOT / relative).read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in _LOG_CALLS:
                skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.Dict):
            skip.update(id(k) for k in node.keys if k is not None)
    # A field's problem ("must not be empty") shows under the field: a message too.
    field_problems: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Subscript) and getattr(t.value, "id", "") == "errors"
            for t in node.targets
        ):
            field_problems.add(id(node.value))
        if (
            isinstance(node, ast.keyword)
            and node.arg == "field_errors"
            and isinstance(node.value, ast.Dict)
        ):
            field_problems.update(id(v) for v in node.value.values)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip or not isinstance(node, ast.Constant | ast.JoinedStr):
            continue
        if id(node) in field_problems:
            shape = _shape(node)
            if shape:
                found.append(Sentence(relative, node.lineno, shape))
            continue
        if isinstance(node, ast.Constant) and any(
            isinstance(p, ast.JoinedStr) and node in p.values for p in ast.walk(tree)
        ):
            continue  # a literal part of an f-string: the f-string is the unit
        shape = _shape(node)
        if shape is not None and _looks_like_a_sentence(shape):
            found.append(Sentence(relative, node.lineno, shape))
    return found


def all_sentences() -> list[Sentence]:
    return [s for relative in SOURCES for s in sentences(relative)]
