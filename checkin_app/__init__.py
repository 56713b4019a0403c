"""checkin_app: offline-first door check-in for Wix Events."""

__version__ = "0.1.0"
