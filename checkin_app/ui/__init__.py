"""The PySide6 desktop app: the door window, its workers, sounds and organizer panels."""

from checkin_app.ui import qt_workarounds

qt_workarounds.install()
