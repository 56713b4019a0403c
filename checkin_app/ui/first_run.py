"""First run with nothing configured: try the demo, or connect to Wix and download the guests."""

from __future__ import annotations

import enum
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.progress import ListProgress
from checkin_app.domain.secret import SecretFormatError, clean_secret
from checkin_app.services.connection import WixError, check_connection, describe_error
from checkin_app.services.secrets import NoSecretStore, SecretStoreError, api_key_name
from checkin_app.settings import DEFAULT_BASE_URL
from checkin_app.ui.connection import connect
from checkin_app.ui.i18n import tr
from checkin_app.ui.list_text import duration_text, tickets_so_far_text
from checkin_app.ui.message_text import message_text
from checkin_app.ui.secret_store_dialog import ensure_secret_store
from checkin_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from checkin_app.bootstrap import Station
    from checkin_app.services.connection import Engine, SyncReport

log = logging.getLogger(__name__)


class FirstRunChoice(enum.Enum):
    DEMO = "demo"
    CONNECTED = "connected"
    QUIT = "quit"


def needs_first_run(station: Station) -> bool:
    """Nothing to work with: no site configured and no guest list cached."""
    return not station.settings.site_id and not station.events.events()


class FirstRunDialog(QDialog):
    """`choice` says what the person chose once the dialog is done."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.choice = FirstRunChoice.QUIT
        self.engine: Engine | None = None
        self._runner = TaskRunner(2, "first-run", self)
        self.setWindowTitle(tr("FirstRun", "Welcome to Check-in"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._connect_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._poll = QTimer(self, interval=400)
        self._poll.timeout.connect(self._poll_progress)

    # -- pages ------------------------------------------------------------------------------
    def _welcome_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(tr("FirstRun", "Check guests in at the door"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        text = QLabel(
            tr(
                "FirstRun",
                "Scan tickets with the camera or a barcode scanner, even without internet. "
                "Nothing is set up yet: try the demo with made-up guests, or connect your Wix "
                "site.",
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(tr("FirstRun", "Try the demo"))
        self.connect_button = QPushButton(tr("FirstRun", "Connect to Wix"))
        for button in (self.demo_button, self.connect_button):
            button.setMinimumHeight(48)
        self.demo_button.clicked.connect(self._on_demo)
        self.connect_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.connect_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        return page

    def _connect_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            tr(
                "FirstRun",
                "Create an API key in the Wix API Keys Manager with the Events permissions, "
                "and copy your site ID from the site's dashboard address.",
            )
        )
        intro.setWordWrap(True)
        self.site_id = QLineEdit(self.station.settings.site_id)
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.base_url = QLineEdit(self.station.settings.base_url or DEFAULT_BASE_URL)
        form = QFormLayout()
        form.addRow(tr("FirstRun", "Site ID"), self.site_id)
        form.addRow(tr("FirstRun", "API key"), self.api_key)
        form.addRow(tr("FirstRun", "Server"), self.base_url)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.back_button = QPushButton(tr("FirstRun", "Back"))
        self.go_button = QPushButton(tr("FirstRun", "Connect and download the guest list"))
        self.go_button.setDefault(True)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.go_button.clicked.connect(self.start_connect)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.go_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        return page

    # -- actions ----------------------------------------------------------------------------
    def _on_demo(self) -> None:
        self.choice = FirstRunChoice.DEMO
        self.accept()

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;" if problem else "")

    def start_connect(self) -> None:
        site_id = self.site_id.text().strip()
        base_url = self.base_url.text().strip() or DEFAULT_BASE_URL
        if not site_id or not self.api_key.text().strip():
            self._say(tr("FirstRun", "Enter both the site ID and the API key."), problem=True)
            return
        try:
            key = clean_secret(self.api_key.text())
        except SecretFormatError as exc:
            self._say(tr("FirstRun", "Check the API key: {error}.").format(error=exc), problem=True)
            return
        self._busy(True)
        self._say(tr("FirstRun", "Checking the key with Wix…"))
        self._runner.submit(
            check_connection,
            site_id,
            key,
            base_url,
            on_done=lambda _r: self._on_checked(site_id, key, base_url),
            on_error=self._on_failed,
        )

    def _busy(self, busy: bool) -> None:
        self.go_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._poll.stop()
        if isinstance(exc, WixError):
            text = describe_error(exc)
        elif isinstance(exc, ValueError):
            text = tr("FirstRun", "Check the server address: {error}").format(error=exc)
        else:
            log.error("Connecting failed", exc_info=exc)
            text = tr("FirstRun", "Could not connect: {error}").format(error=type(exc).__name__)
        self._say(text, problem=True)

    def _on_checked(self, site_id: str, key: str, base_url: str) -> None:
        try:
            try:
                self.station.secrets.save(api_key_name(site_id), key)
            except NoSecretStore:  # no keyring: ask where (passphrase or this session)
                if not ensure_secret_store(self.station.secrets, self):
                    raise
                self.station.secrets.save(api_key_name(site_id), key)
        except (SecretFormatError, SecretStoreError) as exc:
            self._busy(False)
            self._say(message_text(str(exc)), problem=True)
            return
        settings = self.station.settings
        settings.site_id = site_id
        settings.base_url = base_url
        settings.save(self.station.data_dir)
        engine, _client, problem = connect(self.station, base_url=base_url, site_id=site_id)
        if engine is None:
            self._busy(False)
            self._say(problem or "", problem=True)
            return
        self.engine = engine
        self._say(tr("FirstRun", "Connected. Downloading the guest list…"))
        self._poll.start()
        self._runner.submit(engine.run_once, on_done=self._on_downloaded, on_error=self._on_failed)

    def _poll_progress(self) -> None:
        lists = self.station.guest_lists
        self._runner.submit(lists.incomplete, on_done=self._show_progress)

    def _show_progress(self, incomplete: list[ListProgress]) -> None:
        downloading = [p for p in incomplete if p.downloading]
        if not downloading:
            return
        progress = downloading[0]
        text = tr("FirstRun", "Downloading the guest list of {title}: {so_far}").format(
            title=progress.title, so_far=tickets_so_far_text(progress)
        )
        waiting = getattr(self.engine, "waiting_s", None)
        if waiting:
            text += " — " + tr("FirstRun", "Wix asked to slow down, waiting {time}").format(
                time=duration_text(waiting)
            )
        self._say(text)
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(min(progress.received, progress.total))

    def _on_downloaded(self, report: SyncReport) -> None:
        self._poll.stop()
        self._busy(False)
        if getattr(report, "error", None) and not self.station.events.events():
            self._say(message_text(str(report.error)), problem=True)
            return
        self.choice = FirstRunChoice.CONNECTED
        self.accept()

    def done(self, result: int) -> None:
        self._poll.stop()
        cancel = getattr(self.engine, "cancel", None)
        if cancel is not None and result != QDialog.DialogCode.Accepted:
            cancel()  # a pass waiting for Wix's budget must not hold the dialog
        self._runner.close(timeout_s=5)
        super().done(result)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.go_button.isEnabled():
            return  # no escape mid-download
        super().keyPressEvent(event)
