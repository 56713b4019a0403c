"""Accessibility: every control has a name, the card tells assistive technology (and, when
asked, the speakers) its verdict, and the large-text / high-contrast mode."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin_app.settings import Settings
from checkin_app.ui.appearance import LARGE_TEXT_SCALE
from checkin_app.ui.attention_dialog import AttentionDialog
from checkin_app.ui.first_run import FirstRunDialog
from checkin_app.ui.pin import hash_pin
from checkin_app.ui.pin_dialog import PinDialog
from checkin_app.ui.settings_dialog import SettingsDialog
from tests.gui.a11y import unnamed_actions, unnamed_widgets
from tests.gui.conftest import NO_AUDIO_MESSAGES
from tests.support.factories import url_for

# Organizer views whose widgets the `organizer` engineer names (ui/panels/* is theirs): each
# unnamed widget still allowed, by its place in the panel, with how many share that place.
# The door, its dialogs and the organizer window allow none. What is left: the scroll areas
# around the setup pages and the sales form, three tables' select-all corner buttons
# (`checkin_app.ui.accessible.name_table_parts` names them) and a focusable label on the
# staff page. The lead empties this list once the panels name them; a new unnamed widget
# fails the test at once.
_SETUP = "SetupPanel#setupPanel > QSplitter > QWidget > QStackedWidget > QScrollArea"
ALLOWED_UNNAMED_IN_PANELS: dict[str, Counter[str]] = {
    "SetupPanel": Counter(
        {
            _SETUP: 8,
            f"{_SETUP} > QWidget > StaffPage > QWidget > QLabel": 1,
            f"{_SETUP} > QWidget > TicketTypesPage > QTableWidget#ticketTypesTable"
            " > QAbstractButton": 1,
        }
    ),
    "SalesPanel": Counter(
        {
            "SalesPanel#salesPanel > QScrollArea": 1,
            "SalesPanel#salesPanel > QScrollArea > QWidget > QWidget > OfferPicker"
            " > QTableWidget#offerTable > QAbstractButton": 1,
        }
    ),
    "StatsPanel": Counter(
        {"StatsPanel#statsPanel > QTableWidget#ticketTypeStats > QAbstractButton": 1}
    ),
}


def test_door_window_and_its_dialogs_name_every_control(qtbot, station, make_window) -> None:
    station.settings.supervisor_pin_hash = hash_pin("2468")
    window = make_window(station)
    window.scan_code("ABCD-EFGH-IJ004")  # pay at door: the card shows its buttons
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert unnamed_widgets(window) == []
    assert unnamed_actions(window) == []
    window.card.collect_button.click()
    qtbot.waitUntil(lambda: window.question is not None and window.question.isVisible())
    assert unnamed_widgets(window.question) == []
    window.question.reject()

    dialogs = [
        SettingsDialog(Settings(), window),
        AttentionDialog(window.context, window),
        PinDialog(window.lock, "", window),
        FirstRunDialog(station),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_widgets(dialog) == [], type(dialog).__name__
    # Named by what they say, not only by a shortcut or a colour.
    assert window.card.accessibleName() == "Result: PAYMENT DUE"
    assert window.recent.view.accessibleName() == "Recent scans"
    assert window.search.box.accessibleName() == "Find a guest"
    assert window.event_picker.accessibleName() == "Event at this door"


def test_every_organizer_view_names_its_controls(qtbot, station, make_window) -> None:
    window = make_window(station)
    organizer = window.organizer
    not_allowed: dict[str, Counter[str]] = {}
    for index, view in enumerate(organizer.views):
        organizer.show_view(index)
        qtbot.waitUntil(lambda v=view: v.built)
        panel = type(view.panel).__name__
        found = Counter(unnamed_widgets(view.panel))
        extra = found - ALLOWED_UNNAMED_IN_PANELS.get(panel, Counter())
        if extra:
            not_allowed[panel] = extra
    assert not_allowed == {}, "unnamed controls in the organizer views"
    # The window around the views: its tabs and everything else of its own.
    own = [w for w in unnamed_widgets(organizer) if "Panel#" not in w]
    assert own == []


def test_the_card_announces_each_verdict(qtbot, station, make_window) -> None:
    window = make_window(station)
    window.scan_code(url_for("ABCD-EFGH-IJ001"))
    qtbot.waitUntil(lambda: len(window.announcer.announced) == 1)
    assert window.announcer.announced[-1] == ("Admit, Ada Lovelace, General Admission", "polite")
    assert window.card.accessibleName() == "Result: ADMIT"
    assert window.card.accessibleDescription() == "Admit, Ada Lovelace, General Admission"

    window.scan_code("ABCD-EFGH-IJ003")  # canceled: said at once, with the reason
    qtbot.waitUntil(lambda: len(window.announcer.announced) == 2)
    sentence, politeness = window.announcer.announced[-1]
    assert sentence == "Canceled, Alan Turing, General Admission. Ticket canceled"
    assert politeness == "assertive"
    # Never colour alone: the same verdict has an icon, words and a sound.
    assert window.card.text is not None and window.card.text.icon == "cross"
    assert window.sounds.played[-1] == "rejected"

    window.card.clear()
    assert window.card.accessibleDescription() == "Ready for the next guest"


def test_spoken_verdict_through_a_speech_engine(qtbot, station, make_window, monkeypatch):
    # Qt's own "mock" engine stands in for a voice (this machine has no sound output).
    monkeypatch.setenv("CHECKIN_TTS_ENGINE", "mock")
    station.settings.speak_verdicts = True
    window = make_window(station)
    window.scan_code(url_for("ABCD-EFGH-IJ002"))
    qtbot.waitUntil(lambda: len(window.speaker.spoken) == 1)
    assert window.speaker.spoken[-1] == "Admit, Grace Hopper, General Admission"
    assert window.speaker.engine_name == "mock"
    assert window.speaker.problem == ""
    assert window.menus.speak.isChecked()

    window.menus.speak.trigger()  # View > Speak verdicts: off
    assert not window.speaker.enabled
    assert Settings.load(station.data_dir).speak_verdicts is False
    window.scan_code(url_for("ABCD-EFGH-IJ001"))
    qtbot.waitUntil(lambda: len(window.announcer.announced) == 2)
    assert len(window.speaker.spoken) == 1


@pytest.mark.qt_log_ignore(*NO_AUDIO_MESSAGES, "Text-to-speech plug-in")  # Qt says so too
def test_no_speech_engine_gives_a_clear_note(qtbot, station, make_window, monkeypatch):
    monkeypatch.setenv("CHECKIN_TTS_ENGINE", "no-such-engine")
    window = make_window(station)
    window.menus.speak.trigger()  # asked for spoken verdicts
    qtbot.waitUntil(lambda: window.dialogs.note is not None and window.dialogs.note.isVisible())
    note = window.dialogs.note.text()
    assert "no-such-engine" in note and "does not work" in note
    assert not window.menus.speak.isChecked()
    assert not window.settings.speak_verdicts
    window.dialogs.note.button(QMessageBox.StandardButton.Ok).click()

    dialog = SettingsDialog(window.settings, window, speech_problem=window.speaker.check)
    qtbot.addWidget(dialog)
    dialog.door_group.speak.setChecked(True)
    assert dialog.door_group.speech_note.isVisibleTo(dialog)
    assert "does not work" in dialog.door_group.speech_note.text()
    window.scan_code(url_for("ABCD-EFGH-IJ001"))  # the door goes on, silently
    qtbot.waitUntil(lambda: window.card.verdict is not None)


def test_large_text_and_high_contrast(qtbot, station, make_window) -> None:
    window = make_window(station)
    app = QApplication.instance()
    normal_size = app.font().pointSizeF()
    window.focus_search()
    qtbot.keyClick(
        window.search.box, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier
    )  # fmt: skip
    assert window.settings.high_contrast
    assert Settings.load(station.data_dir).high_contrast
    assert app.font().pointSizeF() == normal_size * LARGE_TEXT_SCALE
    palette = app.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    window.scan_code(url_for("ABCD-EFGH-IJ001"))
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    # The card keeps its own colours (white on green) under the black-on-white palette.
    headline = window.card.findChild(type(window.card._headline), "headline")
    assert headline.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert headline.font().pixelSize() > 56 or headline.width() < 400

    window.menus.high_contrast.trigger()
    assert not window.settings.high_contrast
    assert app.font().pointSizeF() == normal_size
