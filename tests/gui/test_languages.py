"""The window speaks the chosen language: the app's and Qt's translations installed, dates,
times and money as the locale writes them, Hebrew laid out right to left, and the choice
made on the command line, in the settings, or by the computer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from checkin_app.domain.models import Verdict, VerdictKind
from checkin_app.settings import Settings
from checkin_app.ui.formats import (
    age_text,
    date_time_edit_format,
    money_text,
    percent_text,
    time_text,
)
from checkin_app.ui.language import (
    LanguageError,
    check_translations,
    choose_language,
    display_locale,
    install_language,
    installed_language,
    uninstall_language,
)
from checkin_app.ui.message_text import message_text
from checkin_app.ui.panels.setup_runner import datetime_edit
from checkin_app.ui.reason_text import reason_text
from checkin_app.ui.settings_dialog import SettingsDialog
from checkin_app.ui.verdict_text import card_text
from tests.gui.test_accessibility import url_for

ADMIT = {"de": "EINLASS", "es": "ADMITIDO", "fr": "ADMIS", "he": "להכניס"}
READY = {"de": "Bereit", "es": "Listo", "fr": "Prêt", "he": "מוכן"}
SAVE = {"de": "Speichern", "es": "Guardar", "fr": "Enregistrer", "he": "שמור"}


@pytest.fixture
def speak(qapp) -> Iterator[object]:
    """`speak("de")` installs a language for the test; English again afterwards."""
    yield install_language
    uninstall_language()


@pytest.mark.parametrize("language", sorted(ADMIT))
def test_the_door_window_speaks_each_shipped_language(
    qtbot, station, make_window, speak, language: str
) -> None:
    installed = speak(language)
    assert installed.missing == []  # the app's and Qt's translations were both found
    window = make_window(station)
    assert window.card._headline.text() == READY[language]
    window.scan_code(url_for("ABCD-EFGH-IJ001"))
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert window.card._headline.text() == ADMIT[language]
    assert window.windowTitle().endswith(station.settings.station or "")
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&View" not in menus and len(menus) >= 2
    # Qt's own buttons come from Qt's translation of itself (qtbase_<lang>.qm).
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == SAVE[language]


def test_hebrew_runs_right_to_left_with_a_mirrored_door(qtbot, station, make_window, speak) -> None:
    speak("he")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = make_window(station)
    assert window.isRightToLeft() and window.card.isRightToLeft()
    # Mirrored: the card, on the right in English, is on the left of the camera.
    card = window.card.mapTo(window, window.card.rect().topLeft()).x()
    camera = window.camera_view.mapTo(window, window.camera_view.rect().topLeft()).x()
    assert card < camera
    window.scan_code("ABCD-EFGH-IJ003")  # canceled
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert window.card._headline.text() == "בוטל"
    assert window.card._reason.text() == "הכרטיס בוטל"
    # Dates read left to right even here (a right-to-left edit would reverse their parts).
    edit = datetime_edit(datetime(2026, 12, 16, 19, 0))
    qtbot.addWidget(edit)
    assert edit.text() == "16.12.2026 19:00"


def test_back_in_english_everything_is_left_to_right(qtbot, speak) -> None:
    speak("he")
    uninstall_language()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert installed_language() is None
    assert card_text(Verdict(VerdictKind.ADMITTED, "Paid")).headline == "ADMIT"


def test_reasons_and_messages_of_other_layers_are_translated(speak) -> None:
    speak("de")
    assert reason_text("Ticket canceled") == "Ticket storniert"
    # Nested: the status reason, then the amount as German writes money.
    assert (
        reason_text("Pay at door: collect 25.00 EUR")
        == "Zahlung am Einlass: 25,00\u00a0€ kassieren"
    )
    assert (
        reason_text("Admitted by supervisor (was: Not a ticket for this event: Jazz)")
        == "Von der Aufsicht eingelassen (war: Kein Ticket für diese Veranstaltung: Jazz)"
    )
    assert (
        reason_text("Ticket not on the guest list (guest list updated 5 min ago)")
        == "Ticket nicht auf der Gästeliste (Gästeliste aktualisiert vor 5 Min.)"
    )
    assert message_text(
        "Creating the event needs the network, and Wix cannot be reached right now. Nothing "
        "was lost: try again when the connection is back."
    ).startswith("Veranstaltung anlegen braucht das Netz")
    # Not in the catalog (Wix's own words): shown as it came.
    assert message_text("INVALID_ARGUMENT: field x") == "INVALID_ARGUMENT: field x"


def test_dates_times_and_money_follow_the_locale(speak) -> None:
    moment = datetime(2026, 11, 28, 19, 42)
    speak("de")
    assert QLocale().name() in ("de_DE", QLocale.system().name())
    assert time_text(moment) == "19:42"
    assert money_text("25.00", "EUR") == "25,00\u00a0€"
    assert money_text("1234.5", "USD") == "1.234,5\u00a0USD"  # another currency: its code
    assert percent_text(42.5) == "42,5\u00a0%"
    assert age_text(300) == "vor 5 Min."
    assert date_time_edit_format() == "dd.MM.yyyy HH:mm"
    speak("en", "en_US")
    assert time_text(moment) == "7:42\u202fPM" or time_text(moment) == "7:42 PM"
    assert money_text("25.00", "USD") == "$25.00"
    speak("he")
    assert money_text("25.00", "ILS").endswith("₪")


def test_the_language_comes_from_the_command_line_then_the_settings_then_the_computer() -> None:
    german_computer = QLocale("de_AT")
    assert choose_language("fr", "es", german_computer) == "fr"  # --lang wins
    assert choose_language(None, "es", german_computer) == "es"  # then the saved choice
    assert choose_language(None, "", german_computer) == "de"  # then the computer's
    assert choose_language(None, "", QLocale("ja_JP")) == "en"  # one we do not ship
    assert choose_language(None, "xx", german_computer) == "de"  # a stale saved choice
    assert choose_language("he_IL", "", german_computer) == "he"
    assert choose_language("iw", "", german_computer) == "he"  # the old code for Hebrew
    with pytest.raises(LanguageError, match=r"de \(Deutsch\)"):
        choose_language("xx", "", german_computer)
    # How dates and money are written: the computer's own locale for its language.
    assert display_locale("de", None, german_computer).name() == "de_AT"
    assert display_locale("de", "de_CH").name() == "de_CH"
    assert display_locale("fr", None, german_computer).name() == "fr_FR"


def test_settings_offer_the_languages_and_keep_the_choice(qtbot, tmp_path) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    chooser = dialog.language
    names = [chooser.combo.itemText(i) for i in range(chooser.combo.count())]
    assert names[1:] == ["English", "Deutsch", "Español", "Français", "עברית"]
    assert names[0].startswith("Same as this computer")
    assert not chooser.note.isVisibleTo(dialog)
    chooser.combo.setCurrentIndex(chooser.combo.findData("he"))
    assert chooser.note.isVisibleTo(dialog)  # "applies the next time Check-in starts"
    dialog.accept()
    assert dialog.result_settings is not None and dialog.result_settings.language == "he"
    dialog.result_settings.save(tmp_path)
    assert Settings.load(tmp_path).language == "he"


def test_every_shipped_translation_is_installed_with_the_app(qapp) -> None:
    """The package holds the compiled .qm files (built by setup.py / make setup), and Qt's
    own translation of each language is where the app looks for it."""
    languages, problems = check_translations()
    assert problems == []
    assert languages == ["en", "de", "es", "fr", "he"]
