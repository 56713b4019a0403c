"""The whole door flow from the keyboard alone (scanner wedge, search, check in, undo, pay at
door, admit anyway, next guest, lock), with a focus you can see."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from checkin_app.domain.models import VerdictKind
from checkin_app.ui.pin import hash_pin
from checkin_app.ui.wedge_filter import WedgeFilter
from tests.support.factories import url_for

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
TYPING_GAP_MS = 120  # a person; a scanner types a key every few milliseconds


class Keyboard:
    """Keys go to whatever has focus, as on a real keyboard."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self._stamp = 1_000_000

    @property
    def focus(self) -> QWidget:
        """The widget with keyboard focus (after a dialog closes, once its window is back)."""
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return QApplication.focusWidget()

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        self.qtbot.keyClick(self.focus, key, modifier)

    def type(self, text: str) -> None:
        """A person typing: keys well apart (the scanner filter lets them through)."""
        self.qtbot.keyClicks(self.focus, text, delay=TYPING_GAP_MS)

    def scanner(self, code: str) -> None:
        """A USB barcode scanner: the whole code in a burst, then Enter."""
        for char in [*code, "\r"]:
            key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                event.setTimestamp(self._stamp)
                QApplication.sendEvent(self.focus, event)
            self._stamp += 3


@pytest.fixture
def door(qtbot, station, make_window) -> Iterator[tuple]:
    station.settings.supervisor_pin_hash = hash_pin("2468")
    window = make_window(station)
    wedge = WedgeFilter(parent=window)
    wedge.code_scanned.connect(window.scan_code)
    app = QApplication.instance()
    app.installEventFilter(wedge)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    try:
        yield window, Keyboard(qtbot)
    finally:
        app.removeEventFilter(wedge)


def test_the_door_flow_from_the_keyboard_alone(qtbot, station, door) -> None:
    window, keyboard = door
    card = window.card

    keyboard.press(Qt.Key.Key_F, CTRL)  # Find a guest
    assert keyboard.focus is window.search.box

    keyboard.scanner(url_for("ABCD-EFGH-IJ001"))  # the USB scanner, focus in the search box
    qtbot.waitUntil(lambda: card.verdict is not None)
    assert card.verdict.kind is VerdictKind.ADMITTED
    assert window.search.box.text() == ""

    keyboard.press(Qt.Key.Key_U, ALT)  # Undo check-in
    qtbot.waitUntil(lambda: card._headline.text() == "CHECK-IN UNDONE")

    keyboard.type("hopper")  # search, then Enter checks in the one guest found
    qtbot.waitUntil(lambda: window.search.box.text() == "hopper")
    keyboard.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.verdict is not None and card.verdict.guest_name == "Grace Hopper")
    assert card.verdict.admitted

    keyboard.press(Qt.Key.Key_N, ALT)  # Next guest (a mnemonic clicks after a blink)
    qtbot.waitUntil(lambda: card.is_idle)

    keyboard.scanner("ABCD-EFGH-IJ004")  # pay at the door
    qtbot.waitUntil(lambda: card.verdict is not None)
    assert card.verdict.kind is VerdictKind.PAYMENT_DUE
    keyboard.press(Qt.Key.Key_C, ALT)  # Collect payment and admit
    qtbot.waitUntil(lambda: window.question is not None and window.question.isVisible())
    # The question takes the focus once its window is active (a moment after it shows).
    qtbot.waitUntil(lambda: keyboard.focus.window() is window.question)
    keyboard.press(Qt.Key.Key_Return)  # "Payment collected — admit" is the default
    qtbot.waitUntil(lambda: card.verdict.kind is VerdictKind.ADMITTED)
    assert card.verdict.ticket_number == "ABCD-EFGH-IJ004"

    keyboard.scanner("ABCD-EFGH-IJ003")  # canceled; in door mode nobody may override
    qtbot.waitUntil(lambda: card.verdict.kind is VerdictKind.CANCELED)
    assert not card.override_button.isVisible()
    keyboard.press(Qt.Key.Key_L, CTRL)  # supervisor unlock
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.isVisible())
    qtbot.waitUntil(lambda: keyboard.focus is window.pin_dialog.pin)
    keyboard.type("2468")
    keyboard.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock.supervisor)
    assert card.override_button.isVisible()
    keyboard.press(Qt.Key.Key_A, ALT)  # Admit anyway
    qtbot.waitUntil(lambda: card.verdict.kind is VerdictKind.ADMITTED and card.verdict.override)

    keyboard.press(Qt.Key.Key_L, CTRL)  # lock again
    assert not window.lock.supervisor
    kinds = [(row.decision, row.override) for row in station.checkin.log.recent(10)]
    assert ("ADMITTED", True) in kinds


def test_tab_reaches_every_door_control_with_a_visible_focus(qtbot, door) -> None:
    window, keyboard = door
    window.showNormal()
    window.resize(1366, 768)  # a laptop's screen (the test screen is smaller)
    window.lock.unlock("2468")
    window.scan_code("ABCD-EFGH-IJ003")  # the card shows "Admit anyway" and "Next guest"
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    window.search.box.setText("lovelace")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    window.focus_search()
    reached: list[QWidget] = []
    for _ in range(30):
        keyboard.press(Qt.Key.Key_Tab)
        widget = keyboard.focus
        if widget in reached:
            break
        reached.append(widget)
    expected = {
        window.card.override_button,
        window.card.dismiss_button,
        window.recent.view,
        window.search.box,
        window.search.view,
        window.search.check_in_button,
        window.event_picker,
        window.mute_button,
        window.lock_button,
    }
    assert expected <= set(reached)
    # In the order the door works: the search, the card, the rest.
    assert reached.index(window.search.view) < reached.index(window.card.override_button)
    assert reached.index(window.card.dismiss_button) < reached.index(window.event_picker)
    for widget in expected:
        assert focus_is_drawn(qtbot, widget), widget.objectName() or type(widget).__name__


def focus_is_drawn(qtbot, widget: QWidget) -> bool:
    """The widget looks different with the keyboard focus than without it."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    focused = widget.grab().toImage()
    widget.clearFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    return focused != widget.grab().toImage()
