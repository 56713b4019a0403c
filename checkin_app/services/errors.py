"""Errors a use case raises for its caller to show (commands raise, events log)."""


class ServiceError(Exception):
    """A request that cannot be done as asked; the message is plain words for the user."""


class EventNotFound(ServiceError):
    pass


class NothingToUndo(ServiceError):
    pass


# The storage layer's errors, for the UI and the CLI to catch without importing storage/
# (a database that cannot be used, or one SQLite reports as damaged: salvage it).
from checkin_app.storage.database import DatabaseUnreadable, StorageError  # noqa: E402

__all__ = [
    "DatabaseUnreadable",
    "EventNotFound",
    "NothingToUndo",
    "ServiceError",
    "StorageError",
]
