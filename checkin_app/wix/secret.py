"""`Secret` lives in `checkin_app.domain.secret` (storage needs it too); kept here for the
imports that name this module."""

from checkin_app.domain.secret import MASK, Secret, SecretFormatError, clean_secret

__all__ = ["MASK", "Secret", "SecretFormatError", "clean_secret"]
