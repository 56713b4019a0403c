"""Tells assistive technology, and when asked the speakers, what the result card now says.

Each new card sends Qt's accessibility announcement (`QAccessibleAnnouncementEvent`, assertive
for a refusal) plus name/description-changed events for the card, so a screen reader speaks
the verdict even though focus stays in the search box. Sound and the icon + words on the card
carry the verdict too: colour is never the only sign.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from checkin_app.ui.speech import Speaker


class VerdictAnnouncer(QObject):
    """Connect a card's `announced(sentence, severity)` to `announce`."""

    def __init__(self, card: QWidget, speaker: Speaker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._card = card
        self.speaker = speaker
        self.announced: deque[tuple[str, str]] = deque(maxlen=100)  # (sentence, politeness)

    def announce(self, sentence: str, severity: str) -> None:
        assertive = severity in ("rejected", "attention")
        self.announced.append((sentence, "assertive" if assertive else "polite"))
        event = QAccessibleAnnouncementEvent(self._card, sentence)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        for kind in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
            QAccessible.updateAccessibility(QAccessibleEvent(self._card, kind))
        self.speaker.say(sentence)
