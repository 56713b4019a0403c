"""The API key's name in the environment and its hygiene. Where keys are kept (keyring,
passphrase store, session) is `checkin_app.services.secrets.SecretsService`: one path for
every secret the app keeps."""

from __future__ import annotations

from checkin_app.wix.secret import Secret, SecretFormatError, clean_secret

ENV_API_KEY = "CHECKIN_API_KEY"


class CredentialsError(Exception):
    """The key could not be stored or read; the message is plain and never holds the key."""


def clean_api_key(text: str | Secret) -> Secret:
    """The key as typed, pasted, read from stdin or the environment, with surrounding
    whitespace removed; raises `SecretFormatError` (never holding the key) when it is empty
    or has a control character inside."""
    raw = text.reveal() if isinstance(text, Secret) else text
    return Secret(clean_secret(raw, "API key"))


__all__ = ["ENV_API_KEY", "CredentialsError", "SecretFormatError", "clean_api_key"]
