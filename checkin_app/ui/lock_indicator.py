"""The status line's door-mode part: locked, or unlocked and when it will lock by itself."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel, QWidget

from checkin_app.ui.door_lock import LockStatus
from checkin_app.ui.formats import time_text
from checkin_app.ui.i18n import tr


def countdown_text(seconds: float) -> str:
    """'locks in 4 min' (rounded up), 'locks in 45 s' in the last minute."""
    if seconds < 60:
        return tr("LockIndicator", "locks in {n} s").format(n=max(0, math.ceil(seconds)))
    return tr("LockIndicator", "locks in {n} min").format(n=math.ceil(seconds / 60))


class LockIndicator(QLabel):
    """Symbol and words (never colour alone); hidden while no supervisor PIN is set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockIndicator")
        self.setAccessibleName(tr("LockIndicator", "Door mode"))
        self._why_locked = ""
        self.status: LockStatus | None = None
        self.hide()

    def show_status(self, status: LockStatus) -> None:
        self.status = status
        if not status.has_pin:
            self.hide()
            return
        if not status.supervisor:
            text = "🔒 " + tr("LockIndicator", "Door mode")
            if self._why_locked:
                text += f" ({self._why_locked})"
            tip = tr("LockIndicator", "Overrides, settings and organizer views need the PIN.")
        else:
            self._why_locked = ""
            text = "🔓 " + tr("LockIndicator", "Supervisor")
            if status.seconds_left is None:
                tip = tr("LockIndicator", "Stays unlocked until you lock it.")
            else:
                text += " · " + countdown_text(status.seconds_left)
                at = datetime.now() + timedelta(seconds=status.seconds_left)
                tip = tr(
                    "LockIndicator",
                    "Door mode locks again at {time} unless a supervisor does something "
                    "before; it also locks when the computer wakes from sleep.",
                ).format(time=time_text(at))
        if text != self.text():
            self.setText(text)
            self.setAccessibleDescription(text)
        self.setToolTip(tip)
        self.show()

    def note_locked(self, reason: str) -> None:
        """Say why door mode locked by itself (until it is unlocked again)."""
        self._why_locked = {
            "idle": tr("LockIndicator", "locked after no supervisor activity"),
            "sleep": tr("LockIndicator", "locked when the computer woke up"),
        }.get(reason, "")
