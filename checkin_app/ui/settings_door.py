"""The settings dialog's "Door mode and accessibility" group: when door mode locks again by
itself, spoken verdicts (with a note when this computer cannot speak), large text."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from checkin_app.settings import Settings
from checkin_app.ui.i18n import tr

MAX_LOCK_MINUTES = 240


class DoorSettingsGroup(QGroupBox):
    """Edits `lock_after_minutes`, `speak_verdicts` and `high_contrast`."""

    def __init__(
        self,
        settings: Settings,
        speech_problem: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Settings", "Door mode and accessibility"), parent)
        self.lock_after = QSpinBox()
        self.lock_after.setObjectName("lockAfterMinutes")
        self.lock_after.setRange(0, MAX_LOCK_MINUTES)
        self.lock_after.setSuffix(tr("Settings", " min"))
        self.lock_after.setSpecialValueText(tr("Settings", "Never"))
        self.lock_after.setValue(round(settings.lock_after_minutes))
        self.lock_after.setToolTip(
            tr(
                "Settings",
                "With a supervisor PIN, door mode locks again after this long without a "
                "supervisor action, and whenever the computer wakes from sleep.",
            )
        )
        self.speak = QCheckBox(tr("Settings", "Speak each verdict (e.g. “Admit, Anna Lee, VIP”)"))
        self.speak.setObjectName("speakVerdicts")
        self.speak.setChecked(settings.speak_verdicts)
        self.speech_note = QLabel()
        self.speech_note.setObjectName("speechNote")
        self.speech_note.setWordWrap(True)
        self.speech_note.hide()
        self._speech_problem = speech_problem
        self.speak.toggled.connect(self._on_speak_toggled)
        self.high_contrast = QCheckBox(tr("Settings", "Large text and high contrast"))
        self.high_contrast.setObjectName("highContrast")
        self.high_contrast.setChecked(settings.high_contrast)
        form = QFormLayout(self)
        form.addRow(tr("Settings", "Lock door mode after"), self.lock_after)
        form.addRow("", self.speak)
        form.addRow("", self.speech_note)
        form.addRow("", self.high_contrast)
        if settings.speak_verdicts:
            self._on_speak_toggled(True)

    def apply_to(self, settings: Settings) -> Settings:
        """A copy of `settings` with this group's fields as edited."""
        return dataclasses.replace(
            settings,
            lock_after_minutes=float(self.lock_after.value()),
            speak_verdicts=self.speak.isChecked(),
            high_contrast=self.high_contrast.isChecked(),
        )

    def _on_speak_toggled(self, checked: bool) -> None:
        problem = self._speech_problem() if checked and self._speech_problem else ""
        self.speech_note.setText("⚠ " + problem if problem else "")
        self.speech_note.setVisible(bool(problem))
