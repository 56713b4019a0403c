"""The one translation helper of the UI: `tr(context, text)` (Qt's own pipeline translates it).

Every user-visible string in `ui/` goes through here, with a literal context (the screen it
belongs to, e.g. "SalesPanel") and a literal text, so that `pyside6-lupdate` finds it and
translators see which screen a text is on (packaging/translations.py runs lupdate with
`-tr-function-alias translate+=tr`, so `tr(context, text)` is read like Qt's `translate`).

Rules lupdate imposes (tests/unit/test_translations.py checks them on every call in `ui/`):
- context and text are string literals (adjacent literals are fine; no f-strings, no
  variables). A text chosen at run time (a table's column titles, a dict of state names) is
  marked where it is written with `QT_TRANSLATE_NOOP(context, text)` and shown with
  `tr_marked(context, text)`, the one call that takes variables.
- placeholders are named: `tr("Door", "Checked in at {time}").format(time=...)`.
- a count that changes the words is a plural: `tr("Stats", "%n arrivals", None, PLURAL, n)`
  with `n` a plain name or call (lupdate reads Qt's old five-argument `translate` form here;
  a keyword `n=` or an attribute would hide the message from it).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

__all__ = ["PLURAL", "QT_TRANSLATE_NOOP", "Plural", "tr", "tr_marked"]


class Plural(enum.Enum):
    """Marks a plural call (see the module's docstring)."""

    PLURAL = "plural"


PLURAL = Plural.PLURAL


def tr(
    context: str,
    text: str,
    disambiguation: str | None = None,
    plural: Plural | None = None,
    count: int = -1,
) -> str:
    """`text` in the user's language (as is when no translation is installed).

    With `PLURAL` and a `count`, Qt picks the plural form and replaces `%n` with the number
    (written in the user's locale).
    """
    n = count if plural is PLURAL else -1
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` and returns it unchanged, as Qt's own does;
    pyside6-lupdate finds the marks by this name. Qt's stub types the result as `object`."""
    del context
    return text


def tr_marked(context: str, text: str) -> str:
    """A text marked with `QT_TRANSLATE_NOOP(context, text)` where it was written."""
    return QCoreApplication.translate(context, text)
