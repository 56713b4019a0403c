"""Where the windows open: maximised on a laptop-sized screen, else a large centred window;
after that, wherever the user left them (kept per data folder in `window-state.ini`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtWidgets import QWidget

STATE_FILENAME = "window-state.ini"
MAXIMISE_UP_TO = 1440  # screens this wide or narrower: the door takes the whole screen
LARGE_SHARE = 0.85  # of a wider screen


def should_maximise(screen_width: int) -> bool:
    return 0 < screen_width <= MAXIMISE_UP_TO


def centred(area: QRect, share: float = LARGE_SHARE) -> QRect:
    """A rectangle `share` of `area` wide and high, in its middle."""
    width, height = int(area.width() * share), int(area.height() * share)
    return QRect(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )


def available_area(window: QWidget) -> QRect | None:
    screen = window.screen()
    area = screen.availableGeometry() if screen is not None else None
    return area if area is not None and area.width() > 0 else None


class WindowState:
    """Saves and restores window geometry (position, size, maximised) under a key."""

    def __init__(self, data_dir: Path) -> None:
        self._store = QSettings(str(data_dir / STATE_FILENAME), QSettings.Format.IniFormat)

    def restore(self, window: QWidget, key: str) -> bool:
        """Put `window` where it was last time; False when nothing was saved (or unusable)."""
        saved = self._store.value(f"{key}/geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            return bool(window.restoreGeometry(saved))
        return False

    def save(self, window: QWidget, key: str) -> None:
        self._store.setValue(f"{key}/geometry", window.saveGeometry())
        self._store.sync()

    def value(self, key: str, default: str = "") -> str:
        found = self._store.value(key, default)
        return str(found) if found is not None else default

    def set_value(self, key: str, value: str) -> None:
        self._store.setValue(key, value)
        self._store.sync()


def place_door_window(window: QWidget, state: WindowState) -> None:
    """Last time's place, else maximised on screens up to 1440 px wide, else large and
    centred (call before `show()`)."""
    if state.restore(window, "door"):
        return
    area = available_area(window)
    if area is None:
        window.resize(1280, 800)
        return
    if should_maximise(area.width()):
        # The whole area even where no window manager maximises (a kiosk session, Xvfb).
        window.setGeometry(area)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.setGeometry(centred(area))
