"""The organizer's window: event setup, walk-up sales and live stats, one tab each.

A window of its own, so opening a panel never shrinks the door's camera or result card. Each
panel is imported and built the first time its tab is shown (fast start-up), and a panel that
fails to build shows its problem instead of taking the door down.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from checkin_app.ui.context import UiContext
from checkin_app.ui.i18n import tr, tr_marked
from checkin_app.ui.window_state import WindowState, available_area

log = logging.getLogger(__name__)

PanelSpec = tuple[str, str, str]  # (title, module, class name)
ORGANIZER_SHARE = 0.55  # of the screen's width: on a laptop the door's card stays in view
ORGANIZER_MIN_WIDTH, ORGANIZER_MAX_WIDTH = 720, 1100
ACTIVITY_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Wheel)


def needed_width(panel: QWidget) -> int:
    """The width `panel` needs to show everything without scrolling sideways: its own
    minimum, or what the contents of its scroll areas need plus what surrounds them."""
    need = panel.minimumSizeHint().width()
    for area in panel.findChildren(QScrollArea):
        inner = area.widget()
        if inner is not None and area.widgetResizable() and area.isVisible():
            around = panel.width() - area.viewport().width()
            need = max(need, inner.minimumSizeHint().width() + around)
    return need


class LazyPanel(QWidget):
    """One organizer view; `build()` imports and makes the panel (once)."""

    def __init__(
        self, title: str, module: str, class_name: str, context: UiContext, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"view-{class_name}")
        self.title = title
        self._module = module
        self._class_name = class_name
        self._context = context
        self.built = False
        self.panel: QWidget = QLabel(tr("Panels", "Loading…"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.panel)

    def build(self) -> None:
        if self.built:
            return
        self.built = True
        try:
            module = importlib.import_module(self._module)
            panel: QWidget = getattr(module, self._class_name)(self._context, self)
        except Exception as exc:  # a broken panel must not take the door down
            log.exception("Could not build the panel %s", self._class_name)
            label = QLabel(
                tr("Panels", "This panel could not be opened: {error}").format(error=exc)
            )
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            panel = label
        self._layout.removeWidget(self.panel)
        self.panel.hide()
        self.panel.deleteLater()
        self.panel = panel
        self._layout.addWidget(panel)


class OrganizerWindow(QMainWindow):
    """`actions[i]` opens view i (for the door's View menu); `activity` fires on any click or
    key in this window (a supervisor is at work: the door stays unlocked)."""

    activity = Signal()

    def __init__(
        self,
        context: UiContext,
        panels: list[PanelSpec],
        state: WindowState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OrganizerWindow")
        self._state = state
        self._placed = False
        self.setWindowTitle(
            tr("Panels", "Organizer — {station}").format(station=context.station_name)
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("organizerTabs")
        self.tabs.setAccessibleName(tr("Panels", "Organizer views"))
        self.tabs.setDocumentMode(True)
        self.views: list[LazyPanel] = []
        self.view_actions: list[QAction] = []  # Ctrl+1.. (`actions()` is QWidget's)
        for number, (title, module, class_name) in enumerate(panels, start=1):
            shown = tr_marked("Panels", title)
            view = LazyPanel(shown, module, class_name, context, self)
            self.views.append(view)
            self.tabs.addTab(view, shown)
            action = QAction(shown, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _checked=False, i=number - 1: self.show_view(i))
            self.view_actions.append(action)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        app = QApplication.instance()
        if app is not None:  # always, with a window on the screen
            app.installEventFilter(self)

    def show_view(self, index: int) -> None:
        """Bring the window up on view `index` (built now if it is the first time)."""
        self.tabs.setCurrentIndex(index)
        self.views[index].build()
        if not self._placed:
            self._place()
        self.show()
        self.raise_()
        self.activateWindow()
        QTimer.singleShot(0, self, self.fit_width)

    def fit_width(self) -> None:
        """Widen the window when the view shown needs more room than it has (e.g. in the
        large-text mode: no sideways scrolling), and keep its frame on the screen."""
        view = self.current_view()
        area = available_area(self)
        if view is None or area is None:
            return
        missing = needed_width(view.panel) - view.panel.width()
        if missing > 0:
            self.resize(self.width() + missing, self.height())
        # The frame (title bar, borders) is only known once shown: take it off the size.
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
        y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def current_view(self) -> LazyPanel | None:
        index = self.tabs.currentIndex()
        return self.views[index] if 0 <= index < len(self.views) else None

    def _on_tab_changed(self, index: int) -> None:
        if self.isVisible() and 0 <= index < len(self.views):
            self.views[index].build()

    def _place(self) -> None:
        """Last time's place, else the left part of the screen: on a laptop the door's result
        card (on its right) stays in view while the organizer works."""
        self._placed = True
        if self._state is not None and self._state.restore(self, "organizer"):
            return
        area = available_area(self)
        if area is None:
            self.resize(ORGANIZER_MIN_WIDTH + 200, 700)
            return
        width = int(area.width() * ORGANIZER_SHARE)
        width = min(max(width, ORGANIZER_MIN_WIDTH), ORGANIZER_MAX_WIDTH, area.width())
        self.setGeometry(QRect(area.x(), area.y(), width, area.height()))

    def save_state(self) -> None:
        if self._state is not None and self._placed:
            self._state.save(self, "organizer")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in ACTIVITY_EVENTS
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            self.activity.emit()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing only hides it: the panels keep what was typed."""
        self.save_state()
        event.accept()

    def shut_down(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.save_state()
        self.hide()
