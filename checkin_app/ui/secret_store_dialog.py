"""No usable system keyring: ask where this computer keeps the app's secrets (the Wix API
key, the database key, hub credentials) — a passphrase-protected file, or this session only.
Never plain text."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.secret import SecretFormatError
from checkin_app.services.secrets import (
    MIN_PASSPHRASE,
    SecretsService,
    SecretStoreError,
    WrongPassphrase,
)
from checkin_app.ui.i18n import tr
from checkin_app.ui.message_text import message_text


class StoreChoice(enum.Enum):
    PASSPHRASE = "passphrase"
    SESSION = "session"
    QUIT = "quit"


class SecretStoreDialog(QDialog):
    """Sets up `secrets` with the chosen store; `choice` says which (QUIT when cancelled)."""

    def __init__(self, secrets: SecretsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.secrets = secrets
        self.choice = StoreChoice.QUIT
        self.unlocking = secrets.passphrase_store_exists()
        self.setWindowTitle(tr("SecretStore", "Where to keep the keys"))
        self.setMinimumWidth(560)
        intro = QLabel(
            tr(
                "SecretStore",
                "This computer has no system keyring (or it is locked). Check-in needs a safe "
                "place for the Wix API key and the key that encrypts the guest list.",
            )
        )
        intro.setWordWrap(True)
        self.use_passphrase = QRadioButton(
            tr("SecretStore", "Unlock the keys saved with a passphrase")
            if self.unlocking
            else tr("SecretStore", "Keep them in a file protected by a passphrase (recommended)")
        )
        self.use_session = QRadioButton(tr("SecretStore", "Keep them for this session only"))
        session_note = QLabel(
            tr(
                "SecretStore",
                "Nothing is saved: the API key is asked again next time, and check-ins not yet "
                "sent to Wix when the app closes cannot be read again.",
            )
        )
        session_note.setWordWrap(True)
        session_note.setIndent(24)
        self.use_passphrase.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("SecretStore", "Passphrase"), self.passphrase)
        if not self.unlocking:
            form.addRow(tr("SecretStore", "Passphrase again"), self.passphrase_again)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.ok_button = QPushButton(tr("SecretStore", "Continue"))
        self.ok_button.setDefault(True)
        quit_button = QPushButton(tr("SecretStore", "Quit"))
        self.ok_button.clicked.connect(self.confirm)
        quit_button.clicked.connect(self.reject)
        self.use_session.toggled.connect(self._sync_fields)
        buttons = QHBoxLayout()
        buttons.addWidget(quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.use_passphrase)
        layout.addLayout(form)
        layout.addWidget(self.use_session)
        layout.addWidget(session_note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _sync_fields(self) -> None:
        on = self.use_passphrase.isChecked()
        self.passphrase.setEnabled(on)
        self.passphrase_again.setEnabled(on)

    def confirm(self) -> None:
        if self.use_session.isChecked():
            self.secrets.use_session()
            self.choice = StoreChoice.SESSION
            self.accept()
            return
        passphrase = self.passphrase.text()
        if not self.unlocking:
            if len(passphrase) < MIN_PASSPHRASE:
                self._say(tr("SecretStore", "The passphrase needs at least {n} characters.").format(
                    n=MIN_PASSPHRASE))  # fmt: skip
                return
            if passphrase != self.passphrase_again.text():
                self._say(tr("SecretStore", "The two passphrases are different."))
                return
        try:
            self.secrets.use_passphrase(passphrase, create=not self.unlocking)
        except WrongPassphrase:
            self._say(tr("SecretStore", "That passphrase does not open the saved keys."))
            self.passphrase.selectAll()
            return
        except (SecretFormatError, SecretStoreError) as exc:
            self._say(message_text(str(exc)))
            return
        self.choice = StoreChoice.PASSPHRASE
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)


def ensure_secret_store(secrets: SecretsService, parent: QWidget | None = None) -> bool:
    """Ask for a store when there is no keyring; False when the person chose to quit."""
    if not secrets.needs_choice:
        return True
    dialog = SecretStoreDialog(secrets, parent)
    dialog.exec()
    return dialog.choice is not StoreChoice.QUIT
