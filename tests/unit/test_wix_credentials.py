"""The API key: masked `Secret`, OS keyring or CHECKIN_API_KEY, never in text."""

from __future__ import annotations

import pickle

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from checkin_app.wix import credentials
from checkin_app.wix.credentials import (
    CredentialsError,
    delete_api_key,
    load_api_key,
    require_api_key,
    store_api_key,
)
from checkin_app.wix.secret import Secret

KEY = "IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0.secret-part"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Stands in for the OS keyring (an edge the test machine does not have)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("none")
        del self.store[(service, username)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_secret_is_masked_everywhere():
    s = Secret(KEY)
    assert s.reveal() == KEY
    for text in (str(s), repr(s), f"{s}", f"{s!r}", f"{s:>40}", str([s]), str({"k": s})):
        assert KEY not in text
    assert Secret(s) == s and s != Secret("other") and s != KEY
    assert s.redact(f"Authorization: {KEY}") == "Authorization: ***"
    with pytest.raises(TypeError):
        pickle.dumps(s)
    assert not Secret("")


def test_store_then_load_by_site(memory_keyring):
    store_api_key("site-1", KEY)
    assert memory_keyring.store == {(credentials.SERVICE_NAME, "site-1"): KEY}
    assert load_api_key("site-1", env={}) == Secret(KEY)
    assert load_api_key("site-2", env={}) is None


def test_environment_wins_for_scripts(memory_keyring):
    store_api_key("site-1", KEY)
    assert load_api_key("site-1", env={"CHECKIN_API_KEY": " env-key "}) == Secret("env-key")


def test_require_says_what_to_do_without_the_key(memory_keyring):
    with pytest.raises(CredentialsError, match="CHECKIN_API_KEY"):
        require_api_key("site-1", env={})
    store_api_key("site-1", Secret(KEY))
    assert require_api_key("site-1", env={}).reveal() == KEY


def test_delete(memory_keyring):
    store_api_key("site-1", KEY)
    assert delete_api_key("site-1") is True
    assert delete_api_key("site-1") is False
    assert load_api_key("site-1", env={}) is None


def test_empty_key_is_refused(memory_keyring):
    with pytest.raises(CredentialsError):
        store_api_key("site-1", "  ")


def test_no_keyring_is_a_clear_error_not_a_crash(no_keyring, caplog):
    assert load_api_key("site-1", env={}) is None
    with pytest.raises(CredentialsError, match="CHECKIN_API_KEY") as info:
        store_api_key("site-1", KEY)
    assert KEY not in str(info.value) and info.value.__cause__ is None
    with pytest.raises(CredentialsError):
        delete_api_key("site-1")
    assert all(KEY not in r.getMessage() for r in caplog.records)
