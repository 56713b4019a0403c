"""Text from outside (guest names, Wix's messages) made safe to show and easy to search.

Two jobs, both pure functions:

- **Terminal hygiene** (`for_terminal`, `one_line`): a guest name is typed by a buyer and
  can hold anything. Printed raw, `\\x1b]0;...\\x07` retitles the terminal, `\\x1b[2J`
  clears it, `\\r` overwrites what the door just printed. Every ANSI/ECMA-48 escape sequence
  is removed whole (not only its ESC, so no `[31m` debris is left), then every C0/C1
  control character and DEL.

  Kept, because languages need them: ZWJ/ZWNJ (U+200D/U+200C: Persian, Indic scripts,
  emoji sequences), the marks LRM/RLM/ALM (U+200E/U+200F/U+061C: they carry no scope, so
  they cannot reorder anything beyond the characters next to them) and the isolates
  LRI/RLI/FSI/PDI (U+2066–U+2069, what Unicode recommends since 6.3 for a name inside other
  text). Within one field isolates are balanced: a stray PDI is dropped and an open
  isolate is closed at the field's end, so a name cannot reorder the rest of the line.
  Removed: the embeddings and overrides LRE/RLE/PDF/LRO/RLO (U+202A–U+202E). They are the
  deprecated form of the isolates, their scope leaks into what follows, and an override
  displays characters in an order other than the stored one (the "Trojan Source" trick):
  no real name needs them.

- **Search folding** (`search_fold`, `search_tokens`): the same name typed in composed or
  decomposed Unicode (`Siobhán` vs `Siobha` + U+0301, as macOS keyboards produce) or in
  another case (`STRAUSS` vs `Strauß`) must fold to the same text: NFC, then a full
  Unicode case fold, then NFC again (folding can decompose). Both the stored text (the
  FTS5 index) and the typed query go through it.
"""

from __future__ import annotations

import re
import unicodedata

# ECMA-48 escape sequences, 7-bit (ESC ...) and 8-bit (C1) forms, matched whole.
_ESCAPE_SEQUENCE = re.compile(
    r"""
      (?:\x1b\[|\x9b) [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]?     # CSI: colours, cursor moves
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])                   # OSC, DCS, SOS, PM, APC ...
      [^\x07\x1b\x9c\n]* (?:\x07|\x1b\\|\x9c)?                  # ... up to BEL/ST (or line end)
    | \x1b [\x20-\x2f]* [\x30-\x7e]?                            # any other ESC sequence
    """,
    re.VERBOSE,
)
# C0 controls but tab, newline and carriage return (a command's own layout), DEL, C1
# controls, and the bidirectional embeddings/overrides.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]")
# Whitespace controls that would break a field out of its line.
_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")

_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_POP_ISOLATE = "\u2069"  # PDI

# What JSON output escapes as \\uXXXX so that it stays exact while the terminal stays safe:
# the characters `for_terminal` would remove that JSON itself leaves raw.
JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2028\u2029]")


def for_terminal(text: str) -> str:
    """`text` without escape sequences or control characters; tab, newline and carriage
    return are kept (for a command's own layout: use `one_line` for a field)."""
    if text.isprintable():  # the common case: nothing to do (tabs/newlines are not printable)
        return text
    return _CONTROLS.sub("", _ESCAPE_SEQUENCE.sub("", text))


def one_line(text: str | None) -> str:
    """One field (a name, a title, a message from Wix) cleaned for a terminal line: no
    escape sequences or controls, line breaks and tabs as spaces, isolates balanced."""
    if not text:
        return ""
    cleaned = _LINE_BREAKS.sub(" ", _ESCAPE_SEQUENCE.sub("", text))
    cleaned = _CONTROLS.sub("", cleaned)
    return _balance_isolates(cleaned)


def _balance_isolates(text: str) -> str:
    if not any(c in text for c in "\u2066\u2067\u2068\u2069"):
        return text
    out: list[str] = []
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == _POP_ISOLATE:
            if depth == 0:
                continue  # closes nothing of this field: it would close the caller's
            depth -= 1
        out.append(char)
    return "".join(out) + _POP_ISOLATE * depth


def json_escape_unsafe(encoded: str) -> str:
    """JSON text with DEL, C1 controls, bidi embeddings/overrides and line separators
    written as \\uXXXX: the same data once parsed, nothing a terminal acts on when shown.
    (In JSON these characters can only occur inside strings, where \\u escapes are valid.)"""
    return JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


_SEARCH_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def search_fold(text: str | None) -> str:
    """`text` in the form search compares: NFC, full case fold, NFC. Control characters
    become spaces: they separate nothing a person types, and a NUL would cut the text short
    on its way into SQLite (SQLCipher's binding ends a function's result at a NUL)."""
    if not text:
        return ""
    if not text.isprintable():
        text = _SEARCH_CONTROLS.sub(" ", text)
    if text.isascii():
        return text.lower()  # ASCII: casefold is lower, and it is already NFC
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())


def _is_word_char(char: str) -> bool:
    # Letters, numbers, combining marks (accents, vowel signs, virama) and private use stay
    # inside a word; spaces, punctuation and symbols separate words.
    return char.isalnum() or unicodedata.category(char) in _WORD_CATEGORIES


_WORD_CATEGORIES = frozenset({"Mn", "Mc", "Me", "Co"})


def search_tokens(text: str) -> list[str]:
    """The words of a typed query, folded (`search_fold`), in order. A "word" of marks
    alone (a stray accent) is dropped: it matches nothing and would only empty the query."""
    tokens: list[str] = []
    current: list[str] = []
    for char in search_fold(text) + " ":
        if _is_word_char(char):
            current.append(char)
            continue
        if any(c.isalnum() for c in current):
            tokens.append("".join(current))
        current = []
    return tokens
