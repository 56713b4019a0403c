"""Errors a use case raises for its caller to show (commands raise, events log)."""


class ServiceError(Exception):
    """A request that cannot be done as asked; the message is plain words for the user."""


class EventNotFound(ServiceError):
    pass


class NothingToUndo(ServiceError):
    pass
