"""Asks for the supervisor PIN (door mode); stays open with a message on a wrong one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin_app.ui.door_lock import DoorLock
from checkin_app.ui.i18n import tr


class PinDialog(QDialog):
    """Enter unlocks with the right PIN; a wrong one clears the box and says so."""

    def __init__(self, lock: DoorLock, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.setObjectName("pinDialog")
        self.setWindowTitle(tr("DoorLock", "Supervisor PIN"))
        self.setModal(True)
        prompt = QLabel(reason or tr("DoorLock", "Enter the supervisor PIN to unlock."))
        prompt.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setObjectName("pinEntry")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.setMinimumHeight(36)
        self.pin.setAccessibleName(tr("DoorLock", "Supervisor PIN"))
        self.pin.setAccessibleDescription(prompt.text())
        prompt.setBuddy(self.pin)
        self.error = QLabel()
        self.error.setObjectName("pinError")
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("DoorLock", "Unlock"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def _on_ok(self) -> None:
        if self._lock.unlock(self.pin.text()):
            self.accept()
            return
        self.pin.clear()
        self.error.setText("⚠ " + tr("DoorLock", "Wrong PIN. Try again."))
        self.error.show()
        self.pin.setAccessibleDescription(self.error.text())
