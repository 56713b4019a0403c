"""Open the station's SQLite database: encryption key, pragmas, migrations, one connection
per thread. This is the one place connections to the station's database are opened.

The driver is SQLCipher (`sqlcipher3`, SQLite with page-level AES-256 and HMAC, the same
DB-API as the standard `sqlite3`); a `Database` given a key encrypts every page, WAL frame
and journal, one given none (demo mode) is plain SQLite. Writes go through
`Database.transaction()` (`BEGIN IMMEDIATE`), so a scan and the Wix call queued for it
commit together or not at all.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite3

from checkin_app.domain.secret import Secret
from checkin_app.storage import disk_facts, sql_functions
from checkin_app.storage.schema import MIGRATIONS

# What `execute` binds: values by position or by name (SQLite's own types are adapted).
SqlParams = Sequence[object] | Mapping[str, object]

log = logging.getLogger(__name__)

DB_FILENAME = "checkin.sqlite3"
BUSY_TIMEOUT_MS = 5000


# The driver's classes, for the code that names them (same shape as the standard sqlite3).
DriverError = sqlite3.Error
Row = sqlite3.Row
Connection = sqlite3.Connection


class StorageError(Exception):
    """The database cannot be used; the message is one plain sentence for the user."""


class DatabaseUnreadable(StorageError):
    """SQLite says the file is not a database (or is malformed): damaged, or the wrong key.

    Only the caller, with the station's key check outside the file, can tell which."""


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's signs of a damaged (or wrongly keyed) file."""
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def _plain_error(exc: sqlite3.Error, path: Path) -> StorageError:
    text = str(exc).lower()
    if is_damage(exc):
        return DatabaseUnreadable(
            f"The database {path} is damaged (or not readable with this station's key); "
            "nothing was decided or changed."
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(disk_facts.read_only_message(path))
    # SQLite says "disk I/O error" when it cannot even grow its journal on a full disk.
    if "disk is full" in text or ("i/o error" in text and disk_facts.looks_full(path)):
        return StorageError(disk_facts.disk_full_message(path))
    if "unable to open" in text:
        problem = disk_facts.database_path_problem(path)
        if problem:
            return StorageError(problem)
        return StorageError(f"Cannot open the database {path} (missing folder or no permission).")
    if "locked" in text or "busy" in text:
        return StorageError(f"The database {path} is busy in another program.")
    return StorageError(f"Database error in {path}: {exc}")


def key_pragma(key: Secret) -> str:
    """The `PRAGMA key` statement for `key`: a 64-hex-digit key is used as the raw 256-bit
    key (opening costs ~1 ms), anything else as a passphrase through SQLCipher's PBKDF2."""
    value = key.reveal()
    if len(value) == 64 and all(c in "0123456789abcdefABCDEF" for c in value):
        return f"PRAGMA key = \"x'{value}'\""
    return "PRAGMA key = '" + value.replace("'", "''") + "'"


def connect_file(path: Path | str, key: Secret | None) -> sqlite3.Connection:
    """A raw connection to `path`, keyed when `key` is given (autocommit, Row factory).

    SQLCipher's own error log to stderr is switched off: errors reach us as exceptions.
    """
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    conn.row_factory = sqlite3.Row
    sql_functions.install(conn)  # the schema's triggers call them (search folding)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(key_pragma(key))
    return conn


class Database:
    """One SQLite file, shared by threads that each get their own connection."""

    def __init__(
        self,
        path: Path | str,
        *,
        create: bool = True,
        key: Secret | None = None,
        on_damage: Callable[[str], None] | None = None,
    ) -> None:
        """`key`: the station's database key (None: a plain file, demo mode only).
        `on_damage(message)` is called whenever SQLite reports damage, before the
        `StorageError` is raised (the station notes it outside the file)."""
        self.path = Path(path)
        self._create = create
        self._key = key
        self.on_damage = on_damage
        self._ready = False  # opened, keyed and migrated: later unreadable pages are damage
        self.damaged = ""  # once SQLite reported damage: nothing more is read or written
        # One connection per OS thread, keyed by `threading.get_ident()`, not a
        # `threading.local`: Qt's pool threads get a fresh Python thread state (so a fresh
        # thread-local) for every task, and each task then opened — and kept — a connection
        # of its own: the soak test found 500 open connections after 150 scans.
        self._by_thread: dict[int, sqlite3.Connection] = {}
        self._lock = threading.Lock()
        problem = disk_facts.database_path_problem(self.path)
        if problem:
            raise StorageError(problem)
        if not create and not self.path.exists():
            raise StorageError(
                f"No database at {self.path}: run `checkin-app sync` first to download the "
                "guest list."
            )
        if create:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(
                    f"Cannot create the data directory {self.path.parent}: {exc.strerror}."
                ) from exc
        with self.translate_errors():
            self.migrate()
        self._ready = True

    @classmethod
    def in_dir(
        cls, data_dir: Path | str, *, create: bool = True, key: Secret | None = None
    ) -> Database:
        return cls(Path(data_dir) / DB_FILENAME, create=create, key=key)

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    # -- connections --------------------------------------------------------------------
    def connection(self) -> sqlite3.Connection:
        """This thread's connection (created on first use). A thread id that comes back (a
        pool thread's next task, or a new thread reusing a finished one's id) gets the same
        connection: never two threads at once, as a thread id is unique among live threads.
        After a sign of damage every call raises: the station stops deciding until the
        database is salvaged."""
        if self.damaged:
            raise DatabaseUnreadable(
                f"The database {self.path} is damaged: scans are not decided until it is "
                "salvaged (restart the app, or run `checkin-app repair`)."
            )
        ident = threading.get_ident()
        with self._lock:
            conn = self._by_thread.get(ident)
        if conn is None:
            conn = self._open()
            with self._lock:
                self._by_thread[ident] = conn
        return conn

    @property
    def open_connections(self) -> int:
        """How many connections this object holds (one per thread that used it)."""
        with self._lock:
            return len(self._by_thread)

    def _open(self) -> sqlite3.Connection:
        if not os.access(self.path.parent, os.W_OK):
            raise StorageError(disk_facts.read_only_message(self.path))
        try:
            conn = connect_file(self.path, self._key)
            _use_wal(conn)
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            # Deleted guest data is overwritten, not left in free pages (retention).
            conn.execute("PRAGMA secure_delete=ON")
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        return conn

    def _error(self, exc: sqlite3.Error) -> StorageError:
        error = _plain_error(exc, self.path)
        if not isinstance(error, DatabaseUnreadable) or not self._ready:
            return error  # at open: damage or a wrong key, the caller tells which
        self.damaged = str(exc)
        if self.on_damage is not None:
            try:
                self.on_damage(str(exc))
            except Exception:  # noting the damage must not hide the error itself
                log.warning("could not note the database damage", exc_info=True)
        return error

    def close(self) -> None:
        """Close every connection opened through this object."""
        with self._lock:
            conns, self._by_thread = list(self._by_thread.values()), {}
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    # -- transactions -------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """`BEGIN IMMEDIATE` … `COMMIT`, rolled back on any exception."""
        conn = self.connection()
        with self.translate_errors():
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextlib.contextmanager
    def translate_errors(self) -> Iterator[None]:
        """Turn sqlite3 and OS errors into a `StorageError` with a plain message."""
        try:
            yield
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        except OSError as exc:
            if exc.errno in disk_facts.FULL_ERRNOS:
                raise StorageError(disk_facts.disk_full_message(self.path)) from exc
            raise

    def query(self, sql: str, params: SqlParams = ()) -> list[sqlite3.Row]:
        with self.translate_errors():
            rows: list[sqlite3.Row] = self.connection().execute(sql, params).fetchall()
            return rows

    def query_one(self, sql: str, params: SqlParams = ()) -> sqlite3.Row | None:
        with self.translate_errors():
            row: sqlite3.Row | None = self.connection().execute(sql, params).fetchone()
            return row

    # -- schema -------------------------------------------------------------------------
    def migrate(self) -> int:
        """Apply the migrations this file has not seen; returns the schema version.

        Each migration reads the version inside its own write transaction: another process
        opening the same folder at the same moment (the window and a `checkin-app` command)
        may have applied it meanwhile, and applying it twice would fail half-way."""
        conn = self.connection()
        if self._version(conn) == len(MIGRATIONS):
            return len(MIGRATIONS)  # the usual case: no write lock taken
        while True:
            conn.execute("BEGIN IMMEDIATE")
            try:
                version = self._version(conn)
                if version == len(MIGRATIONS):
                    conn.execute("COMMIT")
                    return version
                log.info("Applying database migration %d", version + 1)
                for statement in _split_statements(MIGRATIONS[version]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={version + 1}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _version(self, conn: sqlite3.Connection) -> int:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StorageError(
                f"The database {self.path} was written by a newer checkin-app; update the app."
            )
        return version

    def integrity_check(self) -> str:
        row = self.query_one("PRAGMA integrity_check")
        return "no answer" if row is None else str(row[0])

    def check_health(self) -> None:
        """Read every page (`PRAGMA quick_check`, ~1 s at 100,000 tickets); raise
        `DatabaseUnreadable` (and note the damage) when anything is wrong."""
        with self.translate_errors():
            result = str(self.connection().execute("PRAGMA quick_check").fetchone()[0])
            if result != "ok":
                log.error("quick_check: %s", result[:500])
                raise sqlite3.DatabaseError("database disk image is malformed (quick_check)")


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL. On a new file that needs an exclusive lock, and SQLite answers "locked"
    at once, without waiting, while another process opening the same new file holds a
    shared one (the window and a command starting together): wait for it, up to the busy
    timeout, as for any other lock."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _split_statements(script: str) -> list[str]:
    """Split a migration script into statements (triggers contain `;` inside BEGIN…END)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        stripped = line.strip()
        if not buffer and (not stripped or stripped.startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
