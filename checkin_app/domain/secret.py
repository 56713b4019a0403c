"""A string that never shows itself: API keys, database keys and passphrases travel wrapped
in `Secret`, and every text that leaves the process goes through `Secret.redact`."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Final
from urllib.parse import quote, quote_plus

MASK: Final = "***"
# A fragment of a secret shorter than this is not masked on its own (it would mask words).
MIN_FRAGMENT = 4


class SecretFormatError(ValueError):
    """A secret typed, pasted or passed in that cannot be right; the message never holds it."""


def clean_secret(text: str, what: str = "API key") -> str:
    """`text` with surrounding whitespace (a pasted line break, spaces) removed.

    Raises `SecretFormatError` when it is empty or holds a control character inside (a line
    break or tab in the middle means two things were pasted together): such a value cannot
    go into an HTTP header, and its escaped forms would dodge a plain search-and-mask.
    """
    cleaned = text.strip()
    if not cleaned:
        raise SecretFormatError(f"the {what} is empty")
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise SecretFormatError(
            f"the {what} contains a line break or another control character inside it; "
            "copy it again as one line"
        )
    return cleaned


def renderings(value: str) -> list[str]:
    """Every way `value` shows up in text: as is, escaped (repr, bytes repr, JSON, unicode
    escape) and URL-encoded; longest first so a longer form is masked before its parts."""
    forms = {
        value,
        repr(value)[1:-1],
        repr(value.encode("utf-8"))[2:-1],
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        value.encode("unicode_escape").decode("ascii"),
        value.encode("utf-8").decode("latin-1"),
        quote(value, safe=""),
        quote_plus(value, safe=""),
    }
    # Each line of a value with control characters on its own (a message may split it).
    forms.update(part for part in re.split(r"[\x00-\x1f\x7f]+", value) if len(part) >= MIN_FRAGMENT)
    return sorted((f for f in forms if f), key=len, reverse=True)


def redact_text(text: str, values: list[str]) -> str:
    """`text` with every rendering of each secret value replaced by the mask."""
    for value in values:
        if not value:
            continue
        for form in renderings(value):
            if form in text:
                text = text.replace(form, MASK)
    return text


class Secret:
    """Holds a secret value; `str`, `repr` and f-strings show only a mask.

    Call `reveal()` at the one place the raw value is needed (the `Authorization` header,
    the database's `PRAGMA key`).
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if isinstance(value, Secret):
            value = value.reveal()
        if not isinstance(value, str):
            raise TypeError("a Secret holds a str")
        self._value = value

    def reveal(self) -> str:
        """Return the raw value. Never log or display it."""
        return self._value

    def redact(self, text: str) -> str:
        """Return `text` with every rendering of the secret (raw, escaped, URL-encoded)
        replaced by the mask."""
        return redact_text(text, [self._value]) if self._value else text

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    def __str__(self) -> str:
        return MASK

    def __format__(self, spec: str) -> str:
        return MASK

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling would write the raw key into whatever file the pickle lands in.
        raise TypeError("a Secret cannot be pickled")
