"""The one translation helper of the UI: `tr(context, text)` (Qt's own pipeline translates it).

Every user-visible string in `ui/` goes through here, with a literal context (the screen it
belongs to, e.g. "SalesPanel") so that `pyside6-lupdate` finds it and translators see which
screen a text is on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language (as is when no translation is installed).

    With `n` >= 0, Qt picks the plural form and replaces `%n` with the number.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)
