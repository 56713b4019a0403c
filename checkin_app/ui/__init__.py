"""The PySide6 desktop app: the door window, its workers, sounds and organizer panels."""
