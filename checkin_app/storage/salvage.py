"""Row-by-row salvage of a damaged station database into a new one.

SQLCipher builds (and Python's sqlite3) have no recovery API (`sqlite3_recover`, the
`.recover` shell command's engine, needs the dbpage virtual table, not compiled in), so the
salvage walks each table of local truth by rowid through the table's own B-tree: forward
until an unreadable page stops it, then row by row past the gap, then backward from the end.
What it cannot read it counts, so the report says exactly what was lost.

Tables of local truth — what exists nowhere else — are salvaged: the scan log, the outbox,
collected payments, walk-up sales, shifts, conflicts, the push log. The cached copy of Wix
(events, ticket types, tickets, sync state, order summaries) is not: the next sync downloads
it again, and a half-read guest list would turn valid guests away.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlcipher3 import dbapi2 as sqlite3

log = logging.getLogger(__name__)

# In foreign-key order (outbox and the push log point at scan-log rows).
SALVAGED_TABLES: tuple[str, ...] = (
    "checkins",
    "outbox",
    "sync_push_log",
    "local_payments",
    "sales",
    "sales_shifts",
    "conflicts",
)
REDOWNLOADED_TABLES: tuple[str, ...] = (
    "events",
    "ticket_definitions",
    "tickets",
    "sync_state",
    "order_summaries",
)
MAX_GAP_PROBES = 20_000  # rowids tried one by one past an unreadable page, per gap
MAX_BLIND_ERRORS = 500  # with no readable row known beyond a gap: give up after this many


@dataclass
class TableSalvage:
    table: str
    kept: int = 0
    unreadable: int = 0  # rowids known to exist (between readable ones) that could not be read
    tail_unknown: bool = False  # the table's end could not be reached: more may be lost
    failed: str = ""  # the whole table could not be read (why)
    pending_outbox: int = 0  # for the outbox: kept calls not yet sent to Wix

    def to_json(self) -> dict[str, object]:
        return {
            "table": self.table,
            "kept": self.kept,
            "unreadable": self.unreadable,
            "tail_unknown": self.tail_unknown,
            "failed": self.failed,
        }


@dataclass
class SalvageResult:
    tables: list[TableSalvage] = field(default_factory=list)
    schema_readable: bool = True

    def get(self, table: str) -> TableSalvage:
        return next(t for t in self.tables if t.table == table)


class Source:
    """The damaged file, read through a connection that is opened again after each error
    (SQLCipher keeps a failed page decryption as a sticky error on the connection)."""

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect
        self._conn: sqlite3.Connection | None = None

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
        if self._conn is None:
            self._conn = self._connect()
        try:
            yield from self._conn.execute(sql, params)
        except sqlite3.Error:
            self.close()
            raise

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None


def salvage_into(
    connect_source: Callable[[], sqlite3.Connection], target: sqlite3.Connection
) -> SalvageResult:
    """Copy every readable row of the local-truth tables from the damaged file (opened by
    `connect_source`) into `target` (a new, migrated database), in one transaction."""
    source = Source(connect_source)
    try:
        return _salvage(source, target)
    finally:
        source.close()


def _salvage(source: Source, target: sqlite3.Connection) -> SalvageResult:
    result = SalvageResult()
    try:
        source_tables = {
            r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.Error as exc:
        log.warning("salvage: the schema cannot be read (%s)", exc)
        result.schema_readable = False
        result.tables = [TableSalvage(t, failed="unreadable file") for t in SALVAGED_TABLES]
        return result
    target.execute("PRAGMA foreign_keys=OFF")  # a kept outbox row whose scan row was lost
    target.execute("BEGIN IMMEDIATE")
    try:
        for table in SALVAGED_TABLES:
            report = TableSalvage(table)
            result.tables.append(report)
            if table not in source_tables:
                continue
            columns = _common_columns(source, target, table)
            if not columns:
                report.failed = "its columns cannot be read"
                continue
            rows, report.unreadable, report.tail_unknown, report.failed = _walk(
                source, table, columns
            )
            placeholders = ",".join("?" * (len(columns) + 1))
            names = ",".join(f'"{c}"' for c in columns)
            target.executemany(
                f'INSERT OR IGNORE INTO "{table}" (rowid, {names}) VALUES ({placeholders})',
                rows,
            )
            report.kept = len(rows)
            if table == "outbox":
                state = columns.index("state") + 1
                report.pending_outbox = sum(1 for r in rows if r[state] in ("pending", "inflight"))
        _count_scans_known_lost(result, target)
        target.execute("COMMIT")
    except BaseException:
        target.execute("ROLLBACK")
        raise
    finally:
        target.execute("PRAGMA foreign_keys=ON")
    return result


def _count_scans_known_lost(result: SalvageResult, target: sqlite3.Connection) -> None:
    """Every admission has a queued call naming its scan: scans named by a kept call (or the
    push log) but missing from the kept log are known lost, even past the readable end."""
    missing = target.execute(
        "SELECT count(DISTINCT scan_id) FROM (SELECT scan_id FROM outbox UNION ALL "
        "SELECT scan_id FROM sync_push_log) WHERE scan_id IS NOT NULL "
        "AND scan_id NOT IN (SELECT scan_id FROM checkins)"
    ).fetchone()[0]
    log_report = result.get("checkins")
    if missing > log_report.unreadable:
        log_report.unreadable = int(missing)


def _common_columns(source: Source, target: sqlite3.Connection, table: str) -> list[str]:
    try:
        have = [r[1] for r in source.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.Error:
        return []
    want = {r[1] for r in target.execute(f'PRAGMA table_info("{table}")')}
    return [str(c) for c in have if c in want]


Row = tuple[object, ...]


def _walk(conn: Source, table: str, columns: list[str]) -> tuple[list[Row], int, bool, str]:
    """(rows as (rowid, *columns), unreadable rowids, tail unknown, failure)."""
    names = ",".join(f'"{c}"' for c in columns)
    forward = f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid'
    backward = f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid DESC'
    one = f'SELECT rowid, {names} FROM "{table}" WHERE rowid = ?'
    rows: dict[int, Row] = {}
    last = _read_run(conn, forward, -(2**63), rows)
    if last is None:  # walked to the end without trouble
        return _sorted(rows), 0, False, ""
    # Something stopped the walk after `last`. Read what follows from the far end.
    tail: dict[int, Row] = {}
    stopped_at = _read_run(conn, backward, last, tail)
    rows.update(tail)
    high = min(tail) if tail else None
    tail_unknown = stopped_at is not None and not tail
    # Row by row between the last good row of the forward walk and the first of the tail.
    # With no tail known, errors after the last row found may be rows or nothing at all:
    # only the errors before a row that was found count as lost rows.
    errors_since_found = 0
    unreadable = 0
    probe = last + 1
    end = high if high is not None else last + MAX_GAP_PROBES
    while probe < end and (high is not None or errors_since_found < MAX_BLIND_ERRORS):
        try:
            row = next(conn.execute(one, (probe,)), None)
        except sqlite3.Error:
            errors_since_found += 1
        else:
            if row is not None:
                rows[probe] = tuple(row)
                unreadable += errors_since_found
                errors_since_found = 0
        probe += 1
    if high is not None:
        unreadable += errors_since_found
    else:
        tail_unknown = True
    if not rows and last == -(2**63):
        return [], unreadable, True, "no row could be read"
    return _sorted(rows), unreadable, tail_unknown, ""


def _read_run(conn: Source, sql: str, after: int, into: dict[int, Row]) -> int | None:
    """Read rows in order into `into`; None when the walk reached the end, else the last
    rowid read before an error (or `after` when none was)."""
    last = after
    try:
        for row in conn.execute(sql, (after,)):
            rowid = row[0]
            if not isinstance(rowid, int):  # damaged beyond what SQLite noticed itself
                raise sqlite3.DatabaseError(f"a row id that is not a number: {rowid!r}")
            into[rowid] = tuple(row)
            last = rowid
    except sqlite3.Error:
        return last
    return None


def _sorted(rows: dict[int, Row]) -> list[Row]:
    return [rows[k] for k in sorted(rows)]
