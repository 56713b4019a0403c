"""The door joins or leaves the venue hub from its window: Station ▸ "Pair with the venue
hub…" / "Leave the venue hub", and the camera shown the hub's pairing QR code. Supervisor
actions (the PIN when door mode is locked). The switch happens without a restart: pairing,
the new hub client and the new sync engine are made on a worker, then the window syncs with
the new engine (the status line then says "venue hub")."""

from __future__ import annotations

import logging
import weakref
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from checkin_app.services.hub_door import (
    HubError,
    PairedHub,
    PairingInvite,
    find_hubs,
    held_admissions,
    join_hub,
    leave_hub,
    parse_invite,
)
from checkin_app.ui.connection import connect
from checkin_app.ui.door_presenter import PinReason
from checkin_app.ui.hub_pair_dialog import HubPairDialog
from checkin_app.ui.i18n import PLURAL, tr
from checkin_app.ui.message_text import message_text
from checkin_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)

Connection = tuple[Any, Any, str | None]  # ui/connection.py `connect`'s result


class HubMembership(QObject):
    """The two Station menu actions and the pairing dialog (`dialog` while it is open)."""

    def __init__(self, window: Any, runner: TaskRunner, hub_here: QAction | None = None) -> None:
        super().__init__(window)
        # Weakly: the window owns this part (a strong link back would be a reference cycle).
        self._window_ref = weakref.ref(window)
        self._runner = runner
        self.dialog: HubPairDialog | None = None
        # "This laptop is the venue hub": a door paired with a hub is not one itself, and a
        # laptop serving as the hub pairs with no other.
        self._hub_here = hub_here
        if hub_here is not None:
            hub_here.toggled.connect(self.refresh)
        self.question: QMessageBox | None = None
        self.pair_action = QAction(tr("HubMembership", "&Pair with the venue hub…"), window)
        self.leave_action = QAction(tr("HubMembership", "&Leave the venue hub"), window)
        self.pair_action.triggered.connect(lambda: self._as_supervisor(self.open_dialog))
        self.leave_action.triggered.connect(lambda: self._as_supervisor(self._ask_leave))
        self.show_paired(window.context.station.hub is not None)
        window.context.events.supervisor_changed.connect(self._supervisor_changed)

    @property
    def _window(self) -> Any:
        return self._window_ref()

    @property
    def _station(self) -> Any:
        return self._window.context.station

    def shutdown(self) -> None:
        """The window closes: a search or pairing under way finishes without a callback."""
        self._runner.close(timeout_s=0.5)

    def _supervisor_changed(self, supervisor: bool) -> None:
        """Door mode locked (by hand or by itself): a supervisor's dialog does not stay open."""
        if not supervisor:
            for dialog in (self.dialog, self.question):
                if dialog is not None and dialog.isVisible():
                    dialog.reject()

    def refresh(self) -> None:
        """Enable what fits now (also each time the Station menu opens: the hub switch may
        have been turned back quietly after a failed start)."""
        window = self._window
        if window is not None:
            self.show_paired(window.context.station.hub is not None)

    def show_paired(self, paired: bool) -> None:
        serving = self._hub_here is not None and self._hub_here.isChecked()
        self.pair_action.setEnabled(not paired and not serving)
        self.leave_action.setEnabled(paired)
        if self._hub_here is not None:
            self._hub_here.setEnabled(not paired)

    def _as_supervisor(self, action: Any) -> None:
        self._window.presenter.when_supervisor(action, PinReason.HUB)

    # -- pairing -------------------------------------------------------------------------
    def open_dialog(self, invite: PairingInvite | None = None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            if invite is not None:
                self.dialog.use_invite(invite)
            self.dialog.raise_()
            return
        dialog = HubPairDialog(find_hubs, self._join, self._runner, self._window, invite)
        dialog.joined.connect(self._joined)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        window = self._window
        if window is not None:
            window.search.box.setFocus()

    def _join(self, url: str, code: str, fingerprint: str) -> tuple[PairedHub, Connection]:
        """On the worker: pair, then the door's new engine (the hub's)."""
        paired = join_hub(self._station, url, code, fingerprint)
        return paired, connect(self._station)

    def _joined(self, result: tuple[PairedHub, Connection]) -> None:
        paired, connection = result
        window = self._window
        window.preferences.use_connection(connection)
        self.show_paired(True)
        window.card.show_message(
            tr("HubMembership", "PAIRED"),
            tr("HubMembership", "Scans are now checked with the venue hub {hub}.").format(
                hub=paired.name or paired.url
            ),
            "ok",
        )
        window.refresh_status()

    def offer(self, raw: str) -> None:
        """The camera (or the scanner) read a hub's pairing QR code instead of a ticket."""
        window = self._window
        invite = parse_invite(raw)
        if invite is None:
            window.card.show_message(
                tr("HubMembership", "NOT A TICKET"),
                tr("HubMembership", "This is a venue hub's pairing code, but it cannot be "
                   "read in full. Show the hub's screen again, or pair from the Station menu."),
                "attention",
            )  # fmt: skip
            return
        settings = self._station.settings
        same = settings.hub_url.rstrip("/") == invite.url and (
            not invite.fingerprint or settings.hub_fingerprint.startswith(invite.fingerprint)
        )
        if self._station.hub is not None and same:
            window.card.show_message(
                tr("HubMembership", "ALREADY PAIRED"),
                tr("HubMembership", "This door is already paired with this venue hub."),
                "ok",
            )
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.use_invite(invite)  # the QR code stays in view: no second dialog
            return
        self._as_supervisor(lambda: self.open_dialog(invite))

    # -- leaving -------------------------------------------------------------------------
    def _ask_leave(self) -> None:
        self._runner.submit(held_admissions, self._station, on_done=self._confirm_leave)

    def _confirm_leave(self, held: int) -> None:
        text = tr(
            "HubMembership",
            "This door will decide alone again and sync with Wix itself (if it has the Wix "
            "key). Other doors no longer hear of its scans at once.",
        )
        if held:
            # fmt: off
            text += "\n\n" + tr("HubMembership",
                                "It keeps %n admissions the hub has not yet confirmed as sent "
                                "to Wix; the next hub this door pairs with takes them over.",
                                None, PLURAL, held)
            # fmt: on
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("HubMembership", "Leave the venue hub"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(tr("HubMembership", "Leave the hub"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(self._leave)
        self.question = box
        box.open()

    def _leave(self) -> None:
        self._runner.submit(self._leave_now, on_done=self._left, on_error=self._leave_failed)

    def _leave_now(self) -> Connection:
        """On the worker: unpair, then the door's own engine (Wix, or none)."""
        leave_hub(self._station)
        return connect(self._station)

    def _left(self, connection: Connection) -> None:
        window = self._window
        window.preferences.use_connection(connection)
        self.show_paired(False)
        window.card.show_message(
            tr("HubMembership", "LEFT THE HUB"),
            tr("HubMembership", "This door decides alone again."),
            "ok",
        )
        window.refresh_status()

    def _leave_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, HubError | OSError):
            log.error("Leaving the hub failed", exc_info=exc)
        self._window.card.show_message(
            tr("HubMembership", "NOT LEFT"), message_text(str(exc)), "attention"
        )


def install_hub_membership(window: Any, menu: QMenu, before: QAction) -> HubMembership:
    """Add "Pair with the venue hub…" and "Leave the venue hub" to `menu` before `before`
    (the "This laptop is the venue hub" switch), and offer pairing when the door reads a
    hub's pairing QR code."""
    membership = HubMembership(window, TaskRunner(1, "hub-pairing", window), before)
    menu.insertAction(before, membership.pair_action)
    menu.insertAction(before, membership.leave_action)
    window.door.pairing_offered.connect(membership.offer)
    menu.aboutToShow.connect(membership.refresh)
    return membership
