"""One path for every secret: keyring, passphrase file or session; the environment wins;
never plain text; every rendering of a secret is masked."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from urllib.parse import quote, quote_plus

import keyring
import keyring.backends.fail
import pytest

from checkin_app.domain.secret import Secret, SecretFormatError, clean_secret
from checkin_app.services.secrets import (
    SERVICE_NAME,
    NoSecretStore,
    SecretsService,
    StoreKind,
    WrongPassphrase,
    api_key_name,
    db_key_name,
)
from checkin_app.wix.credentials import clean_api_key
from tests.support.memory_keyring import MemoryKeyring

KEY = "IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0.secret-part"


@pytest.fixture
def memory_keyring():
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    return ring


@pytest.fixture
def no_keyring():
    keyring.set_keyring(keyring.backends.fail.Keyring())


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


def test_every_rendering_of_a_secret_is_masked():
    raw = "part1\npart2\t/é+&="
    secret = Secret(raw)
    for form in (
        raw,
        repr(raw),
        repr(raw.encode()),
        json.dumps(raw),
        json.dumps(raw, ensure_ascii=False),
        raw.encode("unicode_escape").decode(),
        quote(raw, safe=""),
        quote_plus(raw),
        f"Illegal header value {raw.encode()!r}",
    ):
        masked = secret.redact(f"before {form} after")
        assert "part1" not in masked and "part2" not in masked, form
        assert masked.startswith("before ") and masked.endswith(" after")


def test_keys_are_trimmed_and_control_characters_refused():
    assert clean_secret(f"  {KEY}\r\n") == KEY
    assert clean_api_key(f"\t{KEY}\n").reveal() == KEY
    for bad in ("part1\npart2", "a\x00b", "key\x1b[31m", "with\ttab", "", "  \n "):
        with pytest.raises(SecretFormatError) as info:
            clean_secret(bad)
        assert "part1" not in str(info.value) and "key\x1b" not in str(info.value)


def test_keyring_store_keeps_the_api_key_where_it_always_was(memory_keyring):
    secrets = SecretsService.for_this_computer(env={})
    assert secrets.kind is StoreKind.KEYRING and not secrets.needs_choice
    secrets.save(api_key_name("site-1"), f" {KEY}\n")
    assert memory_keyring.store[(SERVICE_NAME, "site-1")] == KEY  # the old keyring slot
    assert secrets.load(api_key_name("site-1")) == Secret(KEY)
    assert secrets.load(api_key_name("site-2")) is None
    assert secrets.delete(api_key_name("site-1")) is True
    assert secrets.load(api_key_name("site-1")) is None


def test_environment_wins_and_is_cleaned(memory_keyring):
    secrets = SecretsService.for_this_computer(
        env={"CHECKIN_API_KEY": " env-key \n", "CHECKIN_DB_KEY": "db-from-env"}
    )
    secrets.save(api_key_name("site-1"), KEY)
    assert secrets.load(api_key_name("site-1")) == Secret("env-key")
    assert secrets.load(db_key_name("station")) == Secret("db-from-env")
    bad = SecretsService.for_this_computer(env={"CHECKIN_API_KEY": "part1\npart2"})
    with pytest.raises(SecretFormatError):
        bad.load(api_key_name("site-1"))


def test_no_keyring_and_no_choice_refuses_to_save_and_says_how(no_keyring):
    secrets = SecretsService.for_this_computer(env={})
    assert secrets.needs_choice and secrets.kind is None
    assert secrets.load(api_key_name("site-1")) is None
    with pytest.raises(NoSecretStore, match="CHECKIN_API_KEY") as info:
        secrets.save(api_key_name("site-1"), KEY)
    assert KEY not in str(info.value)
    with pytest.raises(NoSecretStore, match="CHECKIN_DB_KEY"):
        secrets.save(db_key_name("s"), "0" * 64)


def test_passphrase_store_is_encrypted_and_reopens(no_keyring, tmp_path: Path):
    config = tmp_path / "config"
    secrets = SecretsService.for_this_computer(config_dir=config, env={})
    with pytest.raises(SecretFormatError):
        secrets.use_passphrase("short", create=True)
    secrets.use_passphrase("correct horse battery", create=True)
    assert secrets.kind is StoreKind.PASSPHRASE
    secrets.save(api_key_name("site-1"), KEY)
    secrets.save(db_key_name("station"), "ab" * 32)
    raw = b"".join(p.read_bytes() for p in config.iterdir())
    assert KEY.encode() not in raw and b"secret-part" not in raw and b"abab" not in raw

    again = SecretsService.for_this_computer(config_dir=config, env={})
    assert again.needs_choice and again.passphrase_store_exists()
    with pytest.raises(WrongPassphrase):
        again.use_passphrase("wrong passphrase")
    again.use_passphrase("correct horse battery")
    assert again.load(api_key_name("site-1")) == Secret(KEY)
    assert again.load(db_key_name("station")) == Secret("ab" * 32)


def test_session_store_writes_nothing(no_keyring, tmp_path: Path):
    config = tmp_path / "config"
    secrets = SecretsService.for_this_computer(config_dir=config, env={})
    secrets.use_session()
    secrets.save(api_key_name("site-1"), KEY)
    assert secrets.load(api_key_name("site-1")) == Secret(KEY)
    assert not config.exists()
    assert (
        SecretsService.for_this_computer(config_dir=config, env={}).load(api_key_name("site-1"))
        is None
    )


def test_service_redacts_every_secret_it_handed_out(memory_keyring):
    secrets = SecretsService.for_this_computer(env={"CHECKIN_DB_KEY": "db-key-value-123"})
    secrets.save(api_key_name("s"), KEY)
    secrets.load(db_key_name("x"))
    text = secrets.redact(f"a {KEY} b {quote('db-key-value-123')} c")
    assert KEY not in text and "db-key-value-123" not in text
