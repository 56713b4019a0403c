"""Station settings: Wix connection (the key goes to the secrets store), camera, sounds, PIN."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.secret import SecretFormatError
from checkin_app.services.retention import RetentionService
from checkin_app.services.secrets import SecretsService, SecretStoreError, api_key_name
from checkin_app.settings import Settings
from checkin_app.ui.dialog_body import ScrollingBody
from checkin_app.ui.i18n import tr
from checkin_app.ui.pin import MIN_PIN_LENGTH, hash_pin
from checkin_app.ui.settings_door import DoorSettingsGroup
from checkin_app.ui.settings_language import LanguageChooser

log = logging.getLogger(__name__)

RESOLUTIONS = ("640x480", "1280x720", "1920x1080")


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `result_settings` holds them after `accept()`."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        secrets: SecretsService | None = None,
        retention: RetentionService | None = None,
        speech_problem: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._retention = retention
        # The station's store (keyring, passphrase or session); without one: the keyring.
        self._secrets = secrets or SecretsService.for_this_computer(env={})
        self.setWindowTitle(tr("Settings", "Station settings"))
        self.setMinimumWidth(520)
        self._original = settings
        self.result_settings: Settings | None = None
        self.key_changed = False

        self.station = QLineEdit(settings.station)
        self.station.setPlaceholderText(tr("Settings", "e.g. Door 2"))
        self.site_id = QLineEdit(settings.site_id)
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        has_key = bool(settings.site_id) and self._stored_key(settings.site_id)
        self.api_key.setPlaceholderText(
            tr("Settings", "Saved; type a new one to replace it")
            if has_key
            else tr("Settings", "Paste the API key from the Wix API Keys Manager")
        )
        self.base_url = QLineEdit(settings.base_url)
        self.camera = QComboBox()
        self.camera.setEditable(True)
        self.camera.addItem(tr("Settings", "Automatic (first camera)"), "")
        for index in range(3):
            self.camera.addItem(tr("Settings", "Camera {n}").format(n=index), str(index))
        self.camera.addItem(tr("Settings", "Demo camera"), "demo")
        self.camera.addItem(tr("Settings", "No camera"), "none")
        found = self.camera.findData(settings.camera)
        if found >= 0:
            self.camera.setCurrentIndex(found)
        else:
            self.camera.setEditText(settings.camera)
        self.resolution = QComboBox()
        self.resolution.addItems(RESOLUTIONS)
        if settings.camera_resolution not in RESOLUTIONS:
            self.resolution.addItem(settings.camera_resolution)
        self.resolution.setCurrentText(settings.camera_resolution)
        self.language = LanguageChooser(settings.language)
        self.sounds = QCheckBox(tr("Settings", "Play a sound for each scan"))
        self.sounds.setChecked(settings.sounds)
        self.dismiss = QDoubleSpinBox()
        self.dismiss.setRange(1.5, 60.0)
        self.dismiss.setSingleStep(0.5)
        self.dismiss.setSuffix(tr("Settings", " s"))
        self.dismiss.setValue(settings.auto_dismiss_seconds)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(
            tr("Settings", "Leave empty to keep the current PIN")
            if settings.supervisor_pin_hash
            else tr("Settings", "No PIN: anyone can change settings")
        )
        self.remove_pin = QCheckBox(tr("Settings", "Remove the PIN (no door mode)"))
        self.remove_pin.setVisible(bool(settings.supervisor_pin_hash))
        self.admit_pending = QCheckBox(
            tr("Settings", "Admit guests whose payment the gateway suspended (PENDING)")
        )
        self.admit_pending.setChecked(settings.admit_pending_payments)
        self.admit_authorized = QCheckBox(
            tr("Settings", "Admit guests whose card is authorised but not charged (AUTHORIZED)")
        )
        self.admit_authorized.setChecked(settings.admit_authorized_payments)
        for box, name in (
            (self.admit_pending, tr("Settings", "Admit suspended payments")),
            (self.admit_authorized, tr("Settings", "Admit authorised card payments")),
        ):
            box.setAccessibleName(name)
            box.setToolTip(
                tr(
                    "Settings",
                    "Admitted guests get a warning on the card; unticked, they are turned away "
                    "and a supervisor can still admit them.",
                )
            )
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()

        station_box = QGroupBox(tr("Settings", "This station"))
        form = QFormLayout(station_box)
        form.addRow(tr("Settings", "Station name"), self.station)
        form.addRow(tr("Settings", "Language"), self.language)
        form.addRow(tr("Settings", "Camera"), self.camera)
        form.addRow(tr("Settings", "Resolution"), self.resolution)
        form.addRow("", self.sounds)
        form.addRow(tr("Settings", "Clear the result after"), self.dismiss)
        wix_box = QGroupBox(tr("Settings", "Wix connection"))
        form = QFormLayout(wix_box)
        form.addRow(tr("Settings", "Site ID"), self.site_id)
        form.addRow(tr("Settings", "API key"), self.api_key)
        form.addRow(tr("Settings", "Server"), self.base_url)
        payments_box = QGroupBox(tr("Settings", "Payments Wix is still settling"))
        form = QFormLayout(payments_box)
        form.addRow(self.admit_pending)
        form.addRow(self.admit_authorized)
        pin_box = QGroupBox(tr("Settings", "Supervisor PIN (door mode)"))
        form = QFormLayout(pin_box)
        form.addRow(tr("Settings", "New PIN"), self.pin)
        form.addRow(tr("Settings", "Repeat PIN"), self.pin_again)
        form.addRow("", self.remove_pin)
        self.door_group = DoorSettingsGroup(settings, speech_problem)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.retention_days = QDoubleSpinBox()
        self.retention_days.setRange(0.0, 365.0)
        self.retention_days.setDecimals(0)
        self.retention_days.setSuffix(tr("Settings", " days after the event"))
        self.retention_days.setValue(settings.retention_days)
        privacy_box = QGroupBox(tr("Settings", "Guest data"))
        privacy_form = QFormLayout()
        privacy_form.addRow(tr("Settings", "Forget guest names"), self.retention_days)
        self.store_label = QLabel(
            tr("Settings", "Keys kept in {store}.").format(store=self._secrets.describe())
        )
        self.store_label.setWordWrap(True)
        privacy = QHBoxLayout()
        privacy.addStretch(1)
        self.data_held_button = QPushButton(tr("Settings", "What is held, and until when…"))
        self.data_held_button.setEnabled(retention is not None)
        self.data_held_button.clicked.connect(self.show_data_held)
        privacy.addWidget(self.data_held_button)
        privacy_layout = QVBoxLayout(privacy_box)
        privacy_layout.addLayout(privacy_form)
        privacy_layout.addWidget(self.store_label)
        privacy_layout.addLayout(privacy)
        # The groups scroll on a short screen (768 px, large text); error and buttons stay.
        self.body = ScrollingBody(
            [station_box, wix_box, payments_box, pin_box, self.door_group, privacy_box]
        )
        layout = QVBoxLayout(self)
        for widget in (self.body, self.error, buttons):
            layout.addWidget(widget)

    def show_data_held(self) -> None:
        """The "Guest data on this laptop" view (ui/data_held_view.py)."""
        if self._retention is None:
            return
        from checkin_app.ui.data_held_view import DataHeldDialog

        self.data_held = DataHeldDialog(self._retention, self)
        self.data_held.open()

    def camera_spec(self) -> str:
        data = self.camera.currentData()
        text = self.camera.currentText()
        if (
            self.camera.currentIndex() >= 0
            and self.camera.itemText(self.camera.currentIndex()) == text
        ):
            return str(data or "")
        return text.strip()

    def _stored_key(self, site_id: str) -> bool:
        try:
            return self._secrets.load(api_key_name(site_id)) is not None
        except (SecretFormatError, SecretStoreError):
            return False

    def accept(self) -> None:
        """Validate, store the key in the secrets store, and keep the new settings."""
        problem = self._validate()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        site_id = self.site_id.text().strip()
        key = self.api_key.text().strip()
        if key:
            try:
                self._secrets.save(api_key_name(site_id), key)
            except (SecretFormatError, SecretStoreError) as exc:
                self.error.setText(
                    tr("Settings", "Could not save the API key: {error}").format(error=exc)
                )
                self.error.show()
                return
            self.key_changed = True
        pin_hash = self._original.supervisor_pin_hash
        if self.remove_pin.isChecked():
            pin_hash = ""
        elif self.pin.text():
            pin_hash = hash_pin(self.pin.text())
        changed = dataclasses.replace(
            self._original,
            station=self.station.text().strip(),
            site_id=site_id,
            base_url=self.base_url.text().strip() or self._original.base_url,
            camera=self.camera_spec(),
            language=self.language.language(),
            camera_resolution=self.resolution.currentText(),
            sounds=self.sounds.isChecked(),
            auto_dismiss_seconds=float(self.dismiss.value()),
            supervisor_pin_hash=pin_hash,
            retention_days=float(self.retention_days.value()),
            admit_pending_payments=self.admit_pending.isChecked(),
            admit_authorized_payments=self.admit_authorized.isChecked(),
        )
        self.result_settings = self.door_group.apply_to(changed)
        super().accept()

    def _validate(self) -> str:
        if self.api_key.text().strip() and not self.site_id.text().strip():
            return tr("Settings", "Enter the site ID that the API key belongs to.")
        url = self.base_url.text().strip()
        if url and not url.startswith(("http://", "https://")):
            return tr("Settings", "The server must start with https://")
        pin = self.pin.text()
        if pin or self.pin_again.text():
            if len(pin) < MIN_PIN_LENGTH:
                return tr("Settings", "The PIN needs at least {n} digits.").format(n=MIN_PIN_LENGTH)
            if pin != self.pin_again.text():
                return tr("Settings", "The two PINs are different.")
        resolution = self.resolution.currentText()
        if "x" not in resolution:
            return tr("Settings", "Resolution looks like 1280x720.")
        return ""
