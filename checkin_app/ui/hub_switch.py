"""The door window's "This laptop is the venue hub" switch: starts the hub in this process
on the station's own data folder (off the GUI thread), opens the hub's window, and pauses
the door's own Wix sync meanwhile (the hub is then the venue's only Wix client)."""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin_app.ui.hub_window import HubWindow
from checkin_app.ui.i18n import tr
from checkin_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from checkin_app.hub import HubRuntime

log = logging.getLogger(__name__)


class HubSwitch(QObject):
    """Owns the checkable action and the running hub (if any)."""

    def __init__(self, window: Any, runner: TaskRunner) -> None:
        super().__init__(window)
        # Weakly: a strong link back would make a cycle the garbage collector then frees on
        # whatever thread it runs (a Qt crash); the window owns this switch, not the reverse.
        self._window_ref = weakref.ref(window)
        self._runner = runner
        self.runtime: HubRuntime | None = None
        self.hub_window: HubWindow | None = None
        self.action = QAction(tr("HubSwitch", "This laptop is the &venue hub"), window)
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggled)

    @property
    def _window(self) -> Any:
        return self._window_ref()

    def _toggled(self, on: bool) -> None:
        if on and self.runtime is None:
            from checkin_app.hub import HubRuntime

            runtime = HubRuntime(self._window.context.station.data_dir)
            self._runner.submit(runtime.start, on_done=self._started, on_error=self._failed)
        elif not on and self.runtime is not None:
            runtime, self.runtime = self.runtime, None
            if self.hub_window is not None:
                self.hub_window.close()
                self.hub_window = None
            self._runner.submit(runtime.stop)
            self._window.sync.start()

    def _started(self, runtime: HubRuntime) -> None:
        self.runtime = runtime
        self._window.sync.stop()  # one Wix client per venue: the hub's
        self.hub_window = HubWindow(runtime, self._runner, self._window)
        self.hub_window.resize(720, 480)
        self.hub_window.show()

    def _failed(self, exc: BaseException) -> None:
        self.action.blockSignals(True)
        self.action.setChecked(False)
        self.action.blockSignals(False)
        QMessageBox.warning(
            self._window if isinstance(self._window, QWidget) else None,
            tr("HubSwitch", "Venue hub"),
            tr("HubSwitch", "The hub cannot start: {reason}").format(reason=str(exc)),
        )

    def shutdown(self) -> None:
        if self.runtime is not None:
            self.runtime.stop()
            self.runtime = None


def install_hub_switch(window: Any, menu: Any, before: Any = None) -> HubSwitch:
    """Add the switch to `menu` of the door `window`, before the action `before` (else at
    the end); a small hook-up for main_window."""
    switch = HubSwitch(window, TaskRunner(1, "hub", window))
    if before is None:
        menu.addSeparator()
        menu.addAction(switch.action)
    else:
        menu.insertAction(before, switch.action)
        menu.insertSeparator(before)
    return switch
