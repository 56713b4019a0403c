"""A string that never shows itself: the API key travels wrapped in `Secret`."""

from __future__ import annotations

from typing import Final

MASK: Final = "***"


class Secret:
    """Holds a secret value; `str`, `repr` and f-strings show only a mask.

    Call `reveal()` at the one place the raw value is needed (the `Authorization` header).
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
        """Return `text` with every occurrence of the secret replaced by the mask."""
        if self._value and self._value in text:
            return text.replace(self._value, MASK)
        return text

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
