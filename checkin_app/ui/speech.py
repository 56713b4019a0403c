"""An optional spoken verdict ("Admit, Anna Lee, VIP") through Qt TextToSpeech.

Qt TextToSpeech is loaded on first use, not at start-up. The engine is the first one this
computer offers (speech-dispatcher on Linux, SAPI/WinRT on Windows, AVSpeech on macOS), or the
one named by `CHECKIN_TTS_ENGINE`. Qt's "mock" engine, which says nothing, is only used when
named. Without an engine the door carries on silently and `problem` says why.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject

from checkin_app.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech  # loaded lazily: it may be absent

log = logging.getLogger(__name__)

ENGINE_ENV = "CHECKIN_TTS_ENGINE"
SILENT_ENGINES = {"mock"}  # Qt's test engine: reports speaking, makes no sound


class Speaker(QObject):
    """`say(text)` when enabled; never raises, never blocks on a missing engine."""

    def __init__(self, enabled: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.spoken: deque[str] = deque(maxlen=100)  # what was handed to the engine
        self.problem = ""  # why nothing can be spoken ("" while fine or not tried yet)
        self.engine_name = ""
        self._tts: QTextToSpeech | None = None
        self._tried = False

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled

    def say(self, text: str) -> None:
        if not self.enabled or not text:
            return
        tts = self._engine()
        if tts is None:
            return
        try:
            tts.say(text)  # stops what it was saying first
            self.spoken.append(text)
        except Exception:  # speech must never cost a scan
            log.exception("Could not speak the verdict")

    def check(self) -> str:
        """Load the engine now; the problem in words, or "" when it can speak."""
        self._engine()
        return self.problem

    @property
    def speaking_state(self) -> str:
        """The engine's state ("Ready", "Speaking", "Error", …), "" before it was loaded."""
        if self._tts is None:
            return ""
        return str(self._tts.state().name)

    def _engine(self) -> QTextToSpeech | None:
        if not self._tried:
            self._tried = True
            self._tts = self._load()
        return self._tts

    def _load(self) -> QTextToSpeech | None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self.problem = tr("Speech", "Qt TextToSpeech is not available ({error}).").format(
                error=exc
            )
            log.warning("Spoken verdicts are off: %s", self.problem)
            return None
        wanted = os.environ.get(ENGINE_ENV, "").strip()
        engines = [e for e in QTextToSpeech.availableEngines() if e not in SILENT_ENGINES]
        name = wanted or (engines[0] if engines else "")
        if not name:
            self.problem = tr(
                "Speech",
                "No speech engine is installed on this computer, so verdicts are not spoken "
                "(on Linux install speech-dispatcher and a voice such as espeak-ng).",
            )
            log.warning("Spoken verdicts are off: no speech engine")
            return None
        tts = QTextToSpeech(name, self)
        if tts.state() == QTextToSpeech.State.Error:
            self.problem = tr(
                "Speech", "The speech engine “{engine}” does not work here: {error}"
            ).format(engine=name, error=tts.errorString() or tr("Speech", "unknown error"))
            log.warning("Spoken verdicts are off: engine %s failed", name)
            tts.deleteLater()
            return None
        self.engine_name = name
        self.problem = ""
        _speak_the_app_language(tts)
        return tts


def _speak_the_app_language(tts: QTextToSpeech) -> None:
    """Use a voice of the app's language (its locale, ui/language.py) when the engine has one;
    else the engine's default voice reads the words."""
    wanted = QLocale()
    try:
        locales = tts.availableLocales()
    except Exception:  # an engine that cannot list its voices: keep its default
        return
    same = [loc for loc in locales if loc.language() == wanted.language()]
    exact = [loc for loc in same if loc.territory() == wanted.territory()]
    if exact or same:
        tts.setLocale((exact or same)[0])
