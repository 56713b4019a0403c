"""The settings dialog's language choice: the computer's language or one the app ships.

A new choice applies at the next start (the windows are built in one language; see
docs/design-notes.md, "Languages"), and the note under the list says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from checkin_app.ui.i18n import tr
from checkin_app.ui.language import LANGUAGE_NAMES, system_language


class LanguageChooser(QWidget):
    """`language()` is '' (the computer's) or a shipped language code."""

    def __init__(self, saved: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("languageChoice")
        self.combo.setAccessibleName(tr("Settings", "Language"))
        system = LANGUAGE_NAMES[system_language()]
        self.combo.addItem(
            tr("Settings", "Same as this computer ({language})").format(language=system), ""
        )
        for code, name in LANGUAGE_NAMES.items():
            self.combo.addItem(name, code)
        found = self.combo.findData(saved)
        self.combo.setCurrentIndex(max(0, found))
        self._saved = saved
        self.note = QLabel(tr("Settings", "A new language applies the next time Check-in starts."))
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.combo.currentIndexChanged.connect(self._on_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)

    def language(self) -> str:
        return str(self.combo.currentData() or "")

    def _on_changed(self) -> None:
        self.note.setVisible(self.language() != self._saved)
