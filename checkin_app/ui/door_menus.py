"""The door window's menus and their shortcuts (everything reachable from the keyboard)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from checkin_app.ui.i18n import tr


class DoorMenus:
    """Station: sync, attention, settings, lock, quit. View: find a guest, the organizer
    views, large text, spoken verdicts. Connect to the actions' `triggered`."""

    def __init__(self, window: QMainWindow, organizer_actions: list[QAction]) -> None:
        bar = window.menuBar()
        station = bar.addMenu(tr("DoorWindow", "&Station"))
        self.settings = QAction(tr("DoorWindow", "&Settings…"), window)
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.settings.setShortcuts([preferences, QKeySequence("Ctrl+,")])
        self.sync = QAction(tr("DoorWindow", "Sync &now"), window)
        self.sync.setShortcut(QKeySequence("F5"))
        self.attention = QAction(tr("DoorWindow", "Needs &attention…"), window)
        self.lock = QAction(window)
        self.lock.setShortcut(QKeySequence("Ctrl+L"))
        self.quit = QAction(tr("DoorWindow", "&Quit"), window)
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (self.sync, self.attention, self.settings):
            station.addAction(action)
        station.addSeparator()
        station.addAction(self.lock)
        station.addSeparator()
        station.addAction(self.quit)

        view = bar.addMenu(tr("DoorWindow", "&View"))
        self.find = QAction(tr("DoorWindow", "&Find a guest"), window)
        self.find.setShortcut(QKeySequence.StandardKey.Find)
        window.addAction(self.find)
        view.addAction(self.find)
        view.addSeparator()
        self.organizer = organizer_actions
        for action in organizer_actions:
            view.addAction(action)
        view.addSeparator()
        self.high_contrast = QAction(tr("DoorWindow", "&Large text and high contrast"), window)
        self.high_contrast.setCheckable(True)
        self.high_contrast.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.speak = QAction(tr("DoorWindow", "S&peak verdicts"), window)
        self.speak.setCheckable(True)
        view.addAction(self.high_contrast)
        view.addAction(self.speak)
        # Shortcuts work whichever window part has focus, menus open or not.
        for action in (self.settings, self.sync, self.lock, self.quit, self.high_contrast):
            window.addAction(action)
        self.station, self.view = station, view  # e.g. the venue-hub switch joins Station
        self.menus = (station, view)

    def set_supervisor(self, supervisor: bool, lock_text: str) -> None:
        self.settings.setVisible(supervisor)
        for action in self.organizer:
            action.setVisible(supervisor)
        self.lock.setText(lock_text)
