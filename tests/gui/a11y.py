"""Walk a widget tree the way assistive technology sees it and list the interactive widgets
that have no accessible name (a screen reader would say only "button" or "edit")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
)
# Parts of a compound control that assistive technology reaches through the control itself
# (a combo box's line edit, a spin box's editor, a line edit's clear button, the tab bar's
# scroll arrows, a calendar's navigation), and scroll bars and headers, which Qt names by role.
COMPOUND = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QCalendarWidget)
BY_ROLE = (QScrollBar, QHeaderView)


def is_interactive(widget: QWidget) -> bool:
    if isinstance(widget, BY_ROLE):
        return False
    return isinstance(widget, INTERACTIVE) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def inside_compound(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return True  # the scroll area (a view, a chart) is what has the name
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget, root: QWidget) -> str:
    """'SalesPanel > QScrollArea > QSpinBox#quantity' — object names where there are any."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        name = type(current).__name__
        if current.objectName() and not current.objectName().startswith("qt_"):
            name += f"#{current.objectName()}"
        parts.append(name)
        if current is root:
            break
        current = current.parentWidget()
    return " > ".join(reversed(parts))


def unnamed_widgets(root: QWidget) -> list[str]:
    """Every interactive widget under (and including) `root`, shown or not, with no name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QMenu) or not is_interactive(widget):
            continue
        if widget is not root and inside_compound(widget, root):
            continue
        if not accessible_name(widget):
            found.append(describe(widget, root))
    return found


def unnamed_actions(root: QWidget) -> list[str]:
    """Menu and toolbar actions without words (a shortcut alone says nothing)."""
    found = []
    for menu in root.findChildren(QMenu):
        for action in menu.actions():
            if not action.isSeparator() and not action.text().replace("&", "").strip():
                found.append(f"{menu.title()} > action {action.objectName() or '?'}")
    return found
