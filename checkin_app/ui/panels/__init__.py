"""Organizer views: (title marked for translation in context "Panels", module, class),
imported on first show."""

from __future__ import annotations

from checkin_app.ui.i18n import QT_TRANSLATE_NOOP

PANELS: list[tuple[str, str, str]] = [
    (QT_TRANSLATE_NOOP("Panels", "Event setup"), "checkin_app.ui.panels.setup", "SetupPanel"),
    (QT_TRANSLATE_NOOP("Panels", "Walk-up sales"), "checkin_app.ui.panels.sales", "SalesPanel"),
    (QT_TRANSLATE_NOOP("Panels", "Live stats"), "checkin_app.ui.panels.stats", "StatsPanel"),
]
