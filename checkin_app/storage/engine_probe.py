"""What the SQLite this app runs on can do (`checkin-app doctor`): a throwaway in-memory
database tries full-text search and asks SQLCipher its version."""

from __future__ import annotations

from dataclasses import dataclass


class EngineMissing(Exception):
    """SQLCipher (the `sqlcipher3` module) cannot be loaded."""


class EngineLacks(Exception):
    """The SQLite there is cannot do what the station needs (the message says what)."""

    def __init__(self, sqlite_version: str, message: str) -> None:
        super().__init__(message)
        self.sqlite_version = sqlite_version


@dataclass(frozen=True)
class EngineFacts:
    sqlite_version: str
    cipher_version: str | None  # None: this SQLite cannot encrypt
    fts_works: bool  # full-text search found the one row it should


def probe_engine() -> EngineFacts:
    """Raises `EngineMissing` or `EngineLacks` (no FTS5)."""
    try:
        from sqlcipher3 import dbapi2 as sqlite3
    except ImportError as exc:
        raise EngineMissing(str(exc)) from None
    try:
        conn = sqlite3.connect(":memory:")
        try:
            cipher = conn.execute("PRAGMA cipher_version").fetchone()
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(name)")
            conn.execute("INSERT INTO t VALUES ('Ada Lovelace')")
            found = conn.execute("SELECT count(*) FROM t WHERE t MATCH 'lovel*'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise EngineLacks(sqlite3.sqlite_version, str(exc)) from None
    return EngineFacts(sqlite3.sqlite_version, cipher[0] if cipher else None, found == 1)
