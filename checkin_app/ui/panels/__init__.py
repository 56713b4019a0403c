"""Organizer panels shown as dock widgets: (menu title, module, class), imported on first show."""

from __future__ import annotations

# Filled by the panels branch: ("Event setup", "checkin_app.ui.panels.setup", "SetupPanel"), ...
PANELS: list[tuple[str, str, str]] = []
