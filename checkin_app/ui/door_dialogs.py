"""The door's questions and notes: collect payment, supervisor PIN, settings, needs attention,
closing with uploads queued. Each opens without blocking (except the close question, which
Qt asks inside the close event) and is kept as an attribute while it is open (tests)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from checkin_app.domain.models import Verdict
from checkin_app.ui.attention_dialog import AttentionDialog
from checkin_app.ui.door_presenter import PinReason
from checkin_app.ui.formats import money_text
from checkin_app.ui.i18n import PLURAL, tr
from checkin_app.ui.pin_dialog import PinDialog
from checkin_app.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from checkin_app.ui.main_window import DoorWindow

Action = Callable[[], None]


def pin_reason_text(reason: PinReason) -> str:
    return {
        PinReason.OVERRIDE: tr(
            "DoorWindow", "A supervisor must enter the PIN to admit this guest anyway."
        ),
        PinReason.SETTINGS: tr("DoorWindow", "A supervisor must enter the PIN to change settings."),
        PinReason.HUB: tr(
            "DoorWindow", "A supervisor must enter the PIN to pair with the venue hub or leave it."
        ),
    }.get(reason, "")


class DoorDialogs:
    """Opens the door window's dialogs; `question`, `pin_dialog`, `settings_dialog` and
    `attention_dialog` are the last ones opened."""

    def __init__(self, window: DoorWindow) -> None:
        # A weak link: no reference cycle, so the window is freed at once, on the GUI thread
        # (a cycle would leave it to the garbage collector, on any thread).
        self._window_ref = weakref.ref(window)
        self.question: QMessageBox | None = None
        self.pin_dialog: PinDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.attention_dialog: AttentionDialog | None = None
        self.note: QMessageBox | None = None

    @property
    def _window(self) -> DoorWindow:
        window = self._window_ref()
        assert window is not None, "the door window is gone"
        return window

    def confirm_collect(self, verdict: Verdict, on_yes: Action, on_done: Action) -> None:
        money = money_text(verdict.amount_due, verdict.currency)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("DoorWindow", "Collect payment"),
            tr("DoorWindow", "Collect {money} from {guest}, then admit?").format(
                money=money, guest=verdict.guest_name or verdict.ticket_number
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        assert isinstance(yes, QPushButton)  # the box made it from StandardButton.Yes
        yes.setText(tr("DoorWindow", "Payment collected — admit"))
        box.setDefaultButton(yes)  # Enter confirms, Esc cancels
        box.accepted.connect(on_yes)
        box.finished.connect(lambda _result: on_done())
        self.question = box
        self._open(box)

    def ask_pin(self, reason: PinReason, on_unlocked: Action) -> None:
        dialog = PinDialog(self._window.lock, pin_reason_text(reason), self._window)
        dialog.accepted.connect(on_unlocked)
        self.pin_dialog = dialog
        self._open(dialog)

    def explain_no_pin(self) -> None:
        self._note(
            tr("DoorWindow", "Door mode"),
            tr(
                "DoorWindow",
                "Set a supervisor PIN in Settings first; door mode is locked with it.",
            ),
        )

    def explain_no_speech(self, problem: str) -> None:
        self._note(tr("DoorWindow", "Spoken verdicts"), problem)

    def _note(self, title: str, text: str) -> None:
        """A note with an OK button that does not stop the door (scans go on behind it)."""
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self._window
        )
        self.note = box
        self._open(box)

    def open_settings(self, on_saved: Callable[[SettingsDialog], None]) -> None:
        window = self._window
        dialog = SettingsDialog(
            window.settings,
            window,
            secrets=window.context.station.secrets,
            retention=window.context.station.retention,
            speech_problem=window.speaker.check,
        )
        dialog.accepted.connect(lambda: on_saved(dialog))
        self.settings_dialog = dialog
        self._open(dialog)

    def open_attention(self) -> AttentionDialog:
        window = self._window
        dialog = AttentionDialog(window.context, window)
        self.attention_dialog = dialog
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        """Open without blocking; when it closes, the keyboard focus goes back where it was
        (the search box, usually), so the door is never left with no focus."""
        before = QApplication.focusWidget()
        window = self._window_ref

        def give_focus_back(_result: int) -> None:
            door = window()
            if door is None:
                return
            door.activateWindow()
            target = before if before is not None and before.window() is door else None
            (target or door.search.box).setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(give_focus_back)
        dialog.open()

    def close_supervisor_dialogs(self) -> None:
        """Door mode locked: settings being edited are dropped (nothing was saved yet)."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.reject()

    def confirm_close(self, waiting: int) -> bool:
        """Ask before closing with uploads queued; True to close (they are kept either way)."""
        # One plural call without a trailing comma: the only shape lupdate reads.
        # fmt: off
        question = tr("DoorWindow",
                      "%n check-ins are still waiting to upload to Wix. They are saved on this "
                      "computer and will upload the next time the app runs with a network.\n\n"
                      "Close anyway?", None, PLURAL, waiting)
        # fmt: on
        answer = QMessageBox.question(
            self._window,
            tr("DoorWindow", "Check-ins not uploaded yet"),
            question,
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close
