"""What kind of file the station's database is, and turning a plain one into an encrypted
one in place (atomically: the plain file stays until the encrypted copy is complete,
verified and on disk)."""

from __future__ import annotations

import contextlib
import enum
import logging
import os
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite3

from checkin_app.domain.secret import Secret
from checkin_app.storage.database import StorageError, connect_file

log = logging.getLogger(__name__)

PLAIN_HEADER = b"SQLite format 3\x00"
ENCRYPTING_SUFFIX = ".encrypting"


class FileKind(enum.StrEnum):
    MISSING = "missing"
    EMPTY = "empty"  # 0 bytes: emptied by something; never silently a new database
    PLAIN = "plain"  # an unencrypted SQLite file
    OPAQUE = "opaque"  # encrypted (or not SQLite at all: only a key can tell)


def file_kind(path: Path) -> FileKind:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return FileKind.MISSING
    except IsADirectoryError:
        return FileKind.OPAQUE
    if not head:
        return FileKind.EMPTY
    return FileKind.PLAIN if head == PLAIN_HEADER else FileKind.OPAQUE


def side_files(path: Path) -> list[Path]:
    """The WAL and shared-memory files SQLite keeps beside `path`."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on Windows; rename is durable there
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _table_counts(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def encrypt_in_place(path: Path, key: Secret) -> dict[str, int]:
    """Encrypt the plain database at `path` with `key`; returns the rows per table copied.

    Another program holding the file open makes this fail (nothing changed) rather than
    lose what it writes later. A crash at any point leaves either the plain file (and a
    stale `.encrypting` copy, removed on the next try) or the finished encrypted file.
    """
    target = path.with_name(path.name + ENCRYPTING_SUFFIX)
    for leftover in [target, *side_files(target)]:
        leftover.unlink(missing_ok=True)
    conn = connect_file(path, None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN IMMEDIATE")  # with EXCLUSIVE mode: nobody else reads or writes
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("COMMIT")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise StorageError(
                f"The database {path} is in use by another program; close it and start again."
            )
        counts = _table_counts(conn)
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ''", (str(target),))
        # ATTACH … KEY takes a passphrase; the raw key goes in through the attached pragma.
        conn.execute(_attached_key(key))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        copied = _table_counts(conn, "encrypted")
        conn.execute("DETACH DATABASE encrypted")
    except sqlite3.Error as exc:
        raise StorageError(f"Could not encrypt the database {path}: {exc}.") from None
    finally:
        conn.close()
    if copied != counts:
        target.unlink(missing_ok=True)
        raise StorageError(f"Encrypting {path} did not copy every row; the plain file is kept.")
    check = connect_file(target, key)
    try:
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StorageError(f"The encrypted copy of {path} did not verify; nothing changed.")
        check.execute("PRAGMA journal_mode=WAL")
    finally:
        check.close()
    with target.open("rb") as handle:
        os.fsync(handle.fileno())
    for side in side_files(path):  # the plain WAL was checkpointed and emptied above
        side.unlink(missing_ok=True)
    os.replace(target, path)
    for side in side_files(target):
        side.unlink(missing_ok=True)
    _fsync_dir(path.parent)
    log.info("Encrypted the station database (%d tables)", len(counts))
    return copied


def _attached_key(key: Secret) -> str:
    from checkin_app.storage.database import key_pragma

    return key_pragma(key).replace("PRAGMA key", "PRAGMA encrypted.key", 1)
