"""Organizer panels shown as dock widgets: (menu title, module, class), imported on first show."""

from __future__ import annotations

PANELS: list[tuple[str, str, str]] = [
    ("Event setup", "checkin_app.ui.panels.setup", "SetupPanel"),
    ("Walk-up sales", "checkin_app.ui.panels.sales", "SalesPanel"),
    ("Live stats", "checkin_app.ui.panels.stats", "StatsPanel"),
]
