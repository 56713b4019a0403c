"""Accessible names for the parts of Qt's own controls that come without one: a table's
select-all corner button and the "more" arrows of a toolbar or menu bar that does not fit."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMainWindow, QTableView, QToolButton

from checkin_app.ui.i18n import tr

EXTENSION_BUTTONS = ("qt_toolbar_ext_button", "qt_menubar_ext_button")


def name_table_parts(view: QTableView) -> None:
    """The corner button selects every row; a screen reader should say so."""
    for button in view.findChildren(QAbstractButton):
        if button.parentWidget() is view and not button.accessibleName():
            button.setAccessibleName(tr("Accessibility", "Select all rows"))


def name_window_parts(window: QMainWindow) -> None:
    """The "»" buttons that show toolbar and menu items when the window is too narrow."""
    for button in window.findChildren(QToolButton):
        if button.objectName() in EXTENSION_BUTTONS and not button.accessibleName():
            button.setAccessibleName(tr("Accessibility", "More items"))
