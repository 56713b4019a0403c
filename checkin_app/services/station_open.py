"""Open a station's database the safe way: with its key, encrypted, never silently empty.

- A new station gets a random 256-bit key, kept by the `SecretsService` (keyring, or the
  passphrase / session store the user chose), or taken from `CHECKIN_DB_KEY`; with no place
  for a key it is not created, and the message says how to provide one.
- A plain database from an older version is encrypted in place on first start.
- An encrypted database with no key available, or with a wrong one, is left untouched:
  one clear sentence, nothing changed.
- A damaged, emptied (0 bytes) or vanished database is noticed through the station marker
  kept beside it (`station.json`): damage is salvaged into a new database (the damaged file
  kept, the report saying what was kept and lost); a vanished one stops with a message.
"""

from __future__ import annotations

import logging
import secrets as random_source
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from checkin_app.domain.secret import Secret, SecretFormatError
from checkin_app.services.repair import RepairReport, salvage_database
from checkin_app.services.secrets import (
    ENV_DB_KEY,
    NoSecretStore,
    SecretsService,
    SecretStoreError,
    db_key_name,
)
from checkin_app.storage import disk_facts
from checkin_app.storage.database import (
    DB_FILENAME as DB_FILENAME,  # re-exported: the CLI looks for the file
)
from checkin_app.storage.database import (
    Database,
    DatabaseUnreadable,
    StorageError,
)
from checkin_app.storage.encryption import FileKind, encrypt_in_place, file_kind
from checkin_app.storage.marker import StationMarker

log = logging.getLogger(__name__)


class DatabaseKeyMissing(StorageError):
    """The station's database is (or must be) encrypted and no key is available."""


class WrongDatabaseKey(StorageError):
    """The key given does not open this station's database."""


class DatabaseVanished(StorageError):
    """The station had a database and it is gone."""


HOW_TO_GIVE_A_KEY = (
    f"set {ENV_DB_KEY} to a long random value (for example the output of "
    "`openssl rand -hex 32`, kept where you keep CHECKIN_API_KEY), or open the app on this "
    "computer and choose a passphrase store"
)


@dataclass
class OpenedDatabase:
    db: Database
    marker: StationMarker
    repair: RepairReport | None = None  # set when a damaged database was salvaged
    encrypted_now: bool = False  # a plain database was encrypted on this start


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_database(
    data_dir: Path,
    secrets: SecretsService,
    *,
    create: bool = True,
    encrypt: bool = True,
) -> OpenedDatabase:
    """Open (create, encrypt, salvage) the station database in `data_dir`.

    `encrypt=False` only for demo mode's made-up guests. Raises `StorageError` (and the
    subclasses above) with a plain message; nothing is changed when it raises.
    """
    path = data_dir / DB_FILENAME
    problem = disk_facts.database_path_problem(path)  # a "folder" that is a file, say
    if problem:
        raise StorageError(problem)
    marker = StationMarker.load(data_dir)
    kind = file_kind(path)
    if kind is FileKind.MISSING:
        if marker.has_database and marker.database_created_at != "unknown":
            raise DatabaseVanished(
                f"This station's database {path} (made {marker.database_created_at}) is gone: "
                "scans not yet sent to Wix may be lost. Put the file back, or run "
                "`checkin-app repair` to start a new, empty one."
            )
        if not create:
            raise StorageError(
                f"No database at {path}: run `checkin-app sync` first to download the guest list."
            )
        key = _new_key(secrets, marker) if encrypt else None
        return _created(data_dir, path, marker, key)
    if kind is FileKind.EMPTY:
        key = (
            _existing_key(secrets, marker)
            if marker.encrypted
            else _plain_or_new(secrets, marker, encrypt)
        )
        return _salvaged(data_dir, path, marker, key, "the file was emptied to 0 bytes")
    if kind is FileKind.PLAIN:
        if not encrypt:
            return _opened(data_dir, path, marker, None)
        try:
            key = _existing_or_new_key(secrets, marker)
        except DatabaseKeyMissing:
            raise DatabaseKeyMissing(
                "This station's guest list was saved unencrypted by an older version and is "
                f"encrypted on first start, but there is no place for its key here: "
                f"{HOW_TO_GIVE_A_KEY}. Nothing was changed."
            ) from None
        encrypt_in_place(path, key)
        marker.set_key(key)
        marker.database_created_at = marker.database_created_at or _now()
        marker.save(data_dir)
        log.info("The station's database is now encrypted")
        opened = _opened(data_dir, path, marker, key)
        opened.encrypted_now = True
        return opened
    key = _existing_key(secrets, marker)
    if marker.damaged_since:
        if marker.key_matches(key) is False:  # the slow key check: only off the usual path
            raise WrongDatabaseKey(_wrong_key_message(secrets, marker, path))
        return _salvaged(data_dir, path, marker, key, marker.damage_detail or "damage seen")
    try:
        return _opened(data_dir, path, marker, key)
    except DatabaseUnreadable as exc:
        matches = marker.key_matches(key)
        if matches is False:
            raise WrongDatabaseKey(_wrong_key_message(secrets, marker, path)) from None
        if matches is None:
            raise StorageError(
                f"The database {path} cannot be read: it is damaged, or the key is not this "
                f"station's. Nothing was changed. {exc}"
            ) from None
        return _salvaged(data_dir, path, marker, key, "SQLite reported the file damaged")


def repair_database(data_dir: Path, secrets: SecretsService) -> RepairReport | None:
    """`checkin-app repair`: salvage now (damaged or emptied), or start a new database where
    one vanished. Returns the report, or None when there was nothing to repair."""
    path = data_dir / DB_FILENAME
    problem = disk_facts.database_path_problem(path)  # a "folder" that is a file, say
    if problem:
        raise StorageError(problem)
    marker = StationMarker.load(data_dir)
    kind = file_kind(path)
    if kind is FileKind.MISSING:
        if not marker.has_database:
            return None
        marker.database_created_at = ""
        marker.damaged_since = marker.damage_detail = ""
        marker.save(data_dir)  # the person asked for a new database where one vanished
        opened = open_database(data_dir, secrets, create=True)
        opened.db.close()
        return RepairReport(damaged_file="(none: the file was gone)", reason="vanished")
    key = None
    if marker.encrypted or kind is FileKind.OPAQUE:
        key = _existing_key(secrets, marker)
        if marker.key_matches(key) is False:
            raise WrongDatabaseKey(_wrong_key_message(secrets, marker, path))
    if kind is not FileKind.EMPTY and not marker.damaged_since:
        try:
            probe = Database(path, key=key, create=False)
        except DatabaseUnreadable:
            pass
        else:
            try:
                healthy = probe.integrity_check() == "ok"
            except DatabaseUnreadable:
                healthy = False
            probe.close()
            if healthy:
                return None
    opened = _salvaged(data_dir, path, marker, key, marker.damage_detail or "repair asked for")
    opened.db.close()
    return opened.repair


# -- the steps ------------------------------------------------------------------------------


def _opened(
    data_dir: Path, path: Path, marker: StationMarker, key: Secret | None
) -> OpenedDatabase:
    db = Database(path, key=key, create=False)
    if not marker.has_database or marker.database_created_at == "unknown":
        marker.database_created_at = _now()
        marker.set_key(key)
        marker.save(data_dir)
    db.on_damage = _damage_noter(data_dir)
    return OpenedDatabase(db, marker)


def _created(
    data_dir: Path, path: Path, marker: StationMarker, key: Secret | None
) -> OpenedDatabase:
    db = Database(path, key=key, create=True)
    marker.database_created_at = _now()
    marker.set_key(key)
    marker.damaged_since = marker.damage_detail = ""
    marker.save(data_dir)
    db.on_damage = _damage_noter(data_dir)
    return OpenedDatabase(db, marker)


def _salvaged(
    data_dir: Path, path: Path, marker: StationMarker, key: Secret | None, reason: str
) -> OpenedDatabase:
    if not marker.damaged_since:  # note it first: a crash during the salvage resumes it
        marker.damaged_since, marker.damage_detail = _now(), reason
        marker.save(data_dir)
    db, report = salvage_database(path, key, reason)
    marker.database_created_at = _now()
    marker.set_key(key)
    marker.damaged_since = marker.damage_detail = ""
    marker.save(data_dir)
    db.on_damage = _damage_noter(data_dir)
    return OpenedDatabase(db, marker, repair=report)


def _damage_noter(data_dir: Path) -> Callable[[str], None]:
    def note(detail: str) -> None:
        marker = StationMarker.load(data_dir)
        if not marker.damaged_since:
            marker.damaged_since = _now()
            marker.damage_detail = " ".join(detail.split())[:120]
            marker.save(data_dir)
        log.error("The station's database reported damage; scans stop until it is salvaged")

    return note


# -- keys -----------------------------------------------------------------------------------


def _existing_key(secrets: SecretsService, marker: StationMarker) -> Secret:
    try:
        key = secrets.load(db_key_name(marker.station_id)) if marker.station_id else None
        if key is None:
            key = secrets.from_environment(db_key_name("any"))
    except (SecretFormatError, SecretStoreError) as exc:
        raise DatabaseKeyMissing(f"The database key cannot be read: {exc}.") from None
    if key is None:
        raise DatabaseKeyMissing(
            "This station's guest list is encrypted and its key is not available here "
            f"(no unlocked keyring entry, no {ENV_DB_KEY}); nothing was changed. To open it, "
            f"set {ENV_DB_KEY} to this station's key, or open the app on this computer and "
            "unlock the store that keeps it."
        )
    return key


def _new_key(secrets: SecretsService, marker: StationMarker) -> Secret:
    """The key for a new database: CHECKIN_DB_KEY, else a random one saved in the store."""
    name = db_key_name(marker.ensure_id())
    try:
        given = secrets.from_environment(name)
        if given is not None:
            return given
        return secrets.save(name, random_source.token_hex(32))
    except NoSecretStore:
        raise DatabaseKeyMissing(
            "A new station keeps its guest list encrypted, and there is no place for its key "
            f"here (no system keyring): {HOW_TO_GIVE_A_KEY}. Nothing was created."
        ) from None
    except (SecretFormatError, SecretStoreError) as exc:
        raise DatabaseKeyMissing(f"Cannot keep the database key: {exc}.") from None


def _existing_or_new_key(secrets: SecretsService, marker: StationMarker) -> Secret:
    try:
        return _existing_key(secrets, marker)
    except DatabaseKeyMissing:
        return _new_key(secrets, marker)


def _plain_or_new(secrets: SecretsService, marker: StationMarker, encrypt: bool) -> Secret | None:
    return _existing_or_new_key(secrets, marker) if encrypt else None


def _wrong_key_message(secrets: SecretsService, marker: StationMarker, path: Path) -> str:
    source = ENV_DB_KEY if secrets.from_environment(db_key_name("any")) else "the stored key"
    return (
        f"{source} does not open this station's database {path} (it was made with another "
        "key); nothing was changed."
    )
