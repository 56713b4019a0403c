"""Door sounds: one per verdict severity, with a mute switch; silence when there is no audio.

QtMultimedia is loaded on first use, not at start-up, and a machine without an audio output
(or without working multimedia libraries) logs it once and carries on silently.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

from checkin_app.ui.resources import resource_path
from checkin_app.ui.sound_synth import SOUND_NAMES, write_sounds

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect  # loaded lazily: it may be absent

log = logging.getLogger(__name__)

# Verdict severity → sound name.
SEVERITY_SOUND = {"ok": "admitted", "attention": "attention", "rejected": "rejected"}


def sound_files() -> dict[str, Path]:
    """The WAV files: the shipped resources, else freshly synthesized into a temp folder."""
    found = {name: resource_path("sounds", f"{name}.wav") for name in SOUND_NAMES}
    if all(path is not None for path in found.values()):
        return {name: path for name, path in found.items() if path is not None}
    return write_sounds(Path(tempfile.mkdtemp(prefix="checkin-sounds-")))


class SoundPlayer(QObject):
    """Plays the sound for a verdict severity unless muted; never raises."""

    muted_changed = Signal(bool)

    def __init__(self, muted: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._muted = muted
        self._effects: dict[str, QSoundEffect] | None = None  # per name, built lazily
        self.available: bool | None = None  # None until the audio output was looked for
        self.played: list[str] = []  # names asked to play (tests and diagnostics)

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            self.muted_changed.emit(muted)

    def play(self, severity: str) -> None:
        name = SEVERITY_SOUND.get(severity, "rejected")
        self.played.append(name)
        if self._muted:
            return
        try:
            effect = self._effect(name)
            if effect is not None:
                effect.play()
        except Exception:  # a sound must never cost a scan
            log.exception("Could not play the %s sound", name)

    def _effect(self, name: str) -> QSoundEffect | None:
        if self._effects is None:
            self._effects = self._load()
        return self._effects.get(name)

    def _load(self) -> dict[str, QSoundEffect]:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:
            log.warning("Sounds are off: Qt Multimedia is not available (%s)", exc)
            self.available = False
            return {}
        if not QMediaDevices.audioOutputs():
            log.warning("Sounds are off: this computer has no audio output")
            self.available = False
            return {}
        effects: dict[str, QSoundEffect] = {}
        for name, path in sound_files().items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            effects[name] = effect
        self.available = True
        return effects
