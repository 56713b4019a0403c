"""Door mode: with a supervisor PIN set, volunteers see only the door view until it is entered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin_app.ui.pin import verify_pin


def tr(text: str) -> str:
    return QCoreApplication.translate("DoorLock", text)


class DoorLock(QObject):
    """Holds the locked/unlocked state; `supervisor_changed(True)` when unlocked."""

    supervisor_changed = Signal(bool)

    def __init__(self, pin_hash: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pin_hash = pin_hash
        # With a PIN set the station starts in door mode: a volunteer may be the one who
        # opens the laptop.
        self._unlocked = not pin_hash

    @property
    def has_pin(self) -> bool:
        return bool(self._pin_hash)

    @property
    def supervisor(self) -> bool:
        return self._unlocked

    def set_pin_hash(self, pin_hash: str) -> None:
        self._pin_hash = pin_hash
        if not pin_hash:
            self._set(True)

    def unlock(self, pin: str) -> bool:
        """True (and unlocked) when the PIN is right."""
        if not self._pin_hash or verify_pin(pin, self._pin_hash):
            self._set(True)
            return True
        return False

    def lock(self) -> bool:
        """Back to door mode; False when no PIN is set (nothing would unlock it again)."""
        if not self._pin_hash:
            return False
        self._set(False)
        return True

    def _set(self, unlocked: bool) -> None:
        if unlocked != self._unlocked:
            self._unlocked = unlocked
            self.supervisor_changed.emit(unlocked)


class PinDialog(QDialog):
    """Asks for the supervisor PIN; stays open with a message on a wrong one."""

    def __init__(self, lock: DoorLock, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.setWindowTitle(tr("Supervisor PIN"))
        self.setModal(True)
        prompt = QLabel(reason or tr("Enter the supervisor PIN to unlock."))
        prompt.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.setMinimumHeight(36)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Unlock"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _on_ok(self) -> None:
        if self._lock.unlock(self.pin.text()):
            self.accept()
            return
        self.pin.clear()
        self.error.setText(tr("Wrong PIN. Try again."))
        self.error.show()
