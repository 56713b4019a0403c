""" "Pair with the venue hub…": the hubs found on the network (or a typed address) and the
code the hub shows. Browsing (DNS-SD, ~4 s) and pairing (TLS, scrypt) run on a worker; the
dialog stays responsive and says what it is doing. Opened pre-filled when the camera read a
hub's pairing QR code."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin_app.services.hub_door import FoundHub, HubError, PairingInvite
from checkin_app.ui.i18n import tr
from checkin_app.ui.message_text import message_text
from checkin_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)

FindHubs = Callable[[], Sequence[FoundHub]]
JoinHub = Callable[[str, str, str], object]  # (url, code, fingerprint) -> what join returns
ADDRESS_HINT = "https://192.168.1.20:8765"


class HubPairDialog(QDialog):
    """Emits `joined(result)` with what `join` returned, then closes; on failure it stays
    open with the reason."""

    joined = Signal(object)

    def __init__(
        self,
        find: FindHubs,
        join: JoinHub,
        runner: TaskRunner,
        parent: QWidget | None = None,
        invite: PairingInvite | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HubPairDialog")
        self.setWindowTitle(tr("HubPairDialog", "Pair with the venue hub"))
        self._find, self._join, self._runner = find, join, runner
        # (address, certificate fingerprint) of the hub chosen in the list or the QR code: a
        # server at that address presenting another certificate is refused.
        self._expected: tuple[str, str] | None = None
        self._busy = False
        self.intro = QLabel(
            tr("HubPairDialog", "This door will check every scan with the venue hub, so a "
               "guest admitted at one door is refused at the others.")
        )  # fmt: skip
        self.intro.setWordWrap(True)
        self.hubs = QListWidget()
        self.hubs.setAccessibleName(tr("HubPairDialog", "Venue hubs on this network"))
        self.hubs.currentItemChanged.connect(self._chosen)
        self.browse_state = QLabel()
        self.browse_state.setWordWrap(True)
        self.search_again = QPushButton(tr("HubPairDialog", "Search &again"))
        self.search_again.clicked.connect(self.browse)
        self.address = QLineEdit()
        self.address.setPlaceholderText(ADDRESS_HINT)
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH")
        self.code.setMaxLength(12)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.pair_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.pair_button.setText(tr("HubPairDialog", "&Pair"))
        self.buttons.accepted.connect(self.pair)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        if invite is not None:
            self.use_invite(invite)
        else:
            self.browse()

    def _lay_out(self) -> None:
        found = QHBoxLayout()
        found.addWidget(self.browse_state, 1)
        found.addWidget(self.search_again)
        form = QFormLayout()
        form.addRow(tr("HubPairDialog", "Hub &address:"), self.address)
        form.addRow(tr("HubPairDialog", "Pairing &code:"), self.code)
        for field, label in ((self.address, 0), (self.code, 1)):
            item = form.itemAt(label, QFormLayout.ItemRole.LabelRole)
            buddy = item.widget() if item is not None else None
            if isinstance(buddy, QLabel):
                buddy.setBuddy(field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(QLabel(tr("HubPairDialog", "Venue hubs on this network:")))
        layout.addWidget(self.hubs, 1)
        layout.addLayout(found)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(tr("HubPairDialog", "The code is shown on the hub's screen (it changes "
                      "every 15 minutes)."))
        )  # fmt: skip
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 440)

    # -- finding hubs --------------------------------------------------------------------
    def browse(self) -> None:
        self.search_again.setEnabled(False)
        self.browse_state.setText(tr("HubPairDialog", "Looking for venue hubs…"))
        if not self._runner.submit(self._find, on_done=self._found, on_error=self._not_found):
            self.search_again.setEnabled(True)

    def _found(self, hubs: Sequence[FoundHub]) -> None:
        self.search_again.setEnabled(True)
        self.hubs.clear()
        for hub in hubs:
            item = QListWidgetItem(f"{hub.name} — {hub.url}")
            item.setData(Qt.ItemDataRole.UserRole, hub)
            self.hubs.addItem(item)
        if not hubs:
            self.browse_state.setText(
                tr("HubPairDialog", "No hub answered on this network. Type the address the "
                   "hub shows, or search again.")
            )  # fmt: skip
            return
        self.browse_state.setText(tr("HubPairDialog", "Choose the hub, then type its code."))
        if len(hubs) == 1 and not self.address.text().strip():
            self.hubs.setCurrentRow(0)

    def _not_found(self, exc: BaseException) -> None:
        self.search_again.setEnabled(True)
        self.browse_state.setText(
            tr("HubPairDialog", "Cannot look for hubs here ({reason}). Type the hub's "
               "address.").format(reason=type(exc).__name__)
        )  # fmt: skip

    def _chosen(self, item: QListWidgetItem | None) -> None:
        hub = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(hub, FoundHub):
            self._expected = (_address(hub.url), hub.fingerprint_prefix)
            self.address.setText(hub.url)
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def use_invite(self, invite: PairingInvite) -> None:
        """Filled in from a hub's pairing QR code: one press on Pair is left."""
        self.intro.setText(
            tr("HubPairDialog", "The camera read a venue hub's pairing code. Pair this door "
               "with the hub at {url}?").format(url=invite.url)
        )  # fmt: skip
        self.browse_state.setText(tr("HubPairDialog", "Address and code from the QR code."))
        self._expected = (_address(invite.url), invite.fingerprint)
        self.address.setText(invite.url)
        self.code.setText(invite.code)
        self.pair_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- pairing -------------------------------------------------------------------------
    def pair(self) -> None:
        if self._busy:
            return
        url, code = self.address.text().strip(), self.code.text().strip()
        if not url or not code:
            self.problem.setText(
                tr("HubPairDialog", "Give the hub's address and the code it shows.")
            )
            return
        if "://" not in url:
            url = f"https://{url}"
        self._set_busy(True)
        self.problem.setText(tr("HubPairDialog", "Pairing…"))
        expected = self._expected
        fingerprint = expected[1] if expected and expected[0] == _address(url) else ""
        if not self._runner.submit(
            self._join, url, code, fingerprint, on_done=self._joined, on_error=self._failed
        ):
            self._set_busy(False)

    def _joined(self, result: object) -> None:
        self._set_busy(False)
        self.problem.clear()
        self.joined.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, HubError | OSError):
            log.error("Pairing failed", exc_info=exc)
        self.problem.setText(message_text(str(exc)))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.address, self.code, self.hubs, self.pair_button):
            widget.setEnabled(not busy)


def _address(url: str) -> str:
    return url.strip().rstrip("/").lower()
