"""Organizer panels as dock widgets, each built the first time it is shown (fast start-up)."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from checkin_app.ui.context import UiContext

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Panels", text)


class LazyDock(QDockWidget):
    """A dock whose contents are imported and built on first show."""

    def __init__(
        self, title: str, module: str, class_name: str, context: UiContext, parent: QWidget
    ) -> None:
        super().__init__(QCoreApplication.translate("Panels", title), parent)
        self.setObjectName(f"dock-{class_name}")
        self._module = module
        self._class_name = class_name
        self._context = context
        self.built = False
        self.setWidget(QLabel(tr("Loading…")))
        self.visibilityChanged.connect(self._on_visibility_changed)

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and not self.built:
            self.build()

    def build(self) -> None:
        self.built = True
        try:
            module = importlib.import_module(self._module)
            panel = getattr(module, self._class_name)(self._context, self)
        except Exception as exc:  # a broken panel must not take the door down
            log.exception("Could not build the panel %s", self._class_name)
            label = QLabel(tr("This panel could not be opened: {error}").format(error=exc))
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            panel = label
        self.setWidget(panel)


def add_panel_docks(
    window: QMainWindow, context: UiContext, panels: list[tuple[str, str, str]]
) -> list[LazyDock]:
    """One hidden dock per panel, tabbed together on the right."""
    docks: list[LazyDock] = []
    for title, module, class_name in panels:
        dock = LazyDock(title, module, class_name, context, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if docks:
            window.tabifyDockWidget(docks[0], dock)
        dock.hide()
        docks.append(dock)
    return docks
