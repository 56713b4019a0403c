"""A USB barcode scanner works whatever has focus; a person typing is not taken for one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from checkin_app.domain.models import InputMethod, VerdictKind
from checkin_app.ui.wedge_filter import WedgeFilter
from tests.support.factories import url_for


def _type(widget, text: str, start_ms: int, gap_ms: int, enter: bool = True) -> int:
    """Send key presses with the given spacing (event timestamps, as a keyboard gives)."""
    stamp = start_ms
    keys = [(Qt.Key(ord(c.upper())) if c.isalnum() else Qt.Key.Key_unknown, c) for c in text]
    if enter:
        keys.append((Qt.Key.Key_Return, "\r"))
    for key, char in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(stamp)
            QApplication.sendEvent(widget, event)
        stamp += gap_ms
    return stamp


def test_scanner_burst_in_search_box_is_a_scan(qtbot, station, make_window) -> None:
    window = make_window(station)
    wedge = WedgeFilter(parent=window)
    wedge.code_scanned.connect(window.scan_code)
    app = QApplication.instance()
    app.installEventFilter(wedge)
    try:
        window.activateWindow()
        window.search.box.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.box)
        with qtbot.waitSignal(wedge.code_scanned) as blocker:
            _type(window.search.box, url_for("ABCD-EFGH-IJ001"), 10_000, 4)
        assert blocker.args == [url_for("ABCD-EFGH-IJ001")]
        qtbot.waitUntil(lambda: window.card.verdict is not None)
        assert window.card.verdict.kind is VerdictKind.ADMITTED
        assert window.search.box.text() == ""  # the scanner's keys were not typed
        rows = station.checkin.log.recent(1)
        assert rows[0].method == InputMethod.SCANNER.value

        # A person types slowly: the letters land in the box and nothing is scanned.
        with qtbot.assertNotEmitted(wedge.code_scanned, wait=200):
            _type(window.search.box, "hopper", 20_000, 150, enter=False)
            qtbot.waitUntil(lambda: window.search.box.text() == "hopper")
        qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    finally:
        app.removeEventFilter(wedge)
