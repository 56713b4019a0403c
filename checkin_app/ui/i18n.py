"""The one translation helper for the UI: `tr(context, text)`.

Every user-visible string goes through it with a literal context (the part of the UI it
belongs to), so that Qt's `lupdate` can collect it (`-tr-function-alias translate+=tr`) and a
`QTranslator` installed on the application replaces it at run time. Modules that still define
a private one-argument `tr` are being moved over to this one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str) -> str:
    """`text` in the user's language (as is while no translation is installed)."""
    return QCoreApplication.translate(context, text)
