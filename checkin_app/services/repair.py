"""Salvage a damaged station database: keep the damaged file, copy the scan log and the
outbox (and the rest of the local truth) into a new database, and say exactly what was kept
and what was lost."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from checkin_app.domain.secret import Secret
from checkin_app.storage.database import Connection, Database, StorageError, connect_file
from checkin_app.storage.encryption import FileKind, file_kind, side_files
from checkin_app.storage.salvage import REDOWNLOADED_TABLES, SalvageResult, salvage_into

log = logging.getLogger(__name__)

DAMAGED_SUFFIX = ".damaged-"

# How the report names each salvaged table.
WHAT: dict[str, str] = {
    "checkins": "scans in the log",
    "outbox": "Wix calls in the queue",
    "sync_push_log": "sent check-ins remembered",
    "local_payments": "payments collected at the door",
    "sales": "walk-up sales",
    "sales_shifts": "till shifts",
    "conflicts": "conflicts to review",
}


@dataclass
class RepairReport:
    damaged_file: str
    reason: str
    result: SalvageResult = field(default_factory=SalvageResult)
    emptied: bool = False

    @property
    def lost_anything(self) -> bool:
        return self.emptied or any(
            t.unreadable or t.tail_unknown or t.failed for t in self.result.tables
        )

    def lines(self) -> list[str]:
        """The report in plain words: what was kept, what was lost, where the file is."""
        out = [f"The station's database was damaged ({self.reason})."]
        out.append(f"The damaged file is kept as {self.damaged_file}.")
        if self.emptied:
            out.append(
                "It was empty (0 bytes): no scan or queued check-in could be kept; scans made "
                "before it was emptied and not yet sent to Wix are lost."
            )
        elif not self.result.schema_readable:
            out.append("Nothing in it could be read: scans not yet sent to Wix are lost.")
        kept, lost = [], []
        for table in self.result.tables:
            what = WHAT.get(table.table, table.table)
            if table.kept:
                extra = f" ({table.pending_outbox} not yet sent)" if table.table == "outbox" else ""
                kept.append(f"{table.kept} {what}{extra}")
            if table.failed and self.result.schema_readable:
                lost.append(f"all {what} ({table.failed})")
            elif table.unreadable:
                least = "at least " if table.tail_unknown else ""
                lost.append(f"{least}{table.unreadable} {what} (unreadable pages)")
            elif table.tail_unknown and not table.failed:
                lost.append(f"possibly some {what} after the damaged part")
        out.append("Kept: " + (", ".join(kept) if kept else "nothing") + ".")
        out.append("Lost: " + (", ".join(lost) if lost else "nothing of the local records") + ".")
        out.append(
            "The cached guest list is not carried over: run `checkin-app sync` (or let the "
            "app sync) before scanning again."
        )
        return out

    def to_json(self) -> dict[str, object]:
        return {
            "damaged_file": self.damaged_file,
            "reason": self.reason,
            "emptied": self.emptied,
            "lost_anything": self.lost_anything,
            "tables": [t.to_json() for t in self.result.tables],
            "redownloaded": list(REDOWNLOADED_TABLES),
        }


def set_aside(path: Path) -> Path:
    """Rename the damaged database (and its WAL, which holds recent commits) aside."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}{DAMAGED_SUFFIX}{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}{DAMAGED_SUFFIX}{stamp}-{n}")
    os.replace(path, aside)
    for side, new_side in zip(side_files(path), side_files(aside), strict=True):
        if side.name.endswith("-shm"):
            side.unlink(missing_ok=True)  # rebuilt from the WAL when the file is opened
        elif side.exists():
            os.replace(side, new_side)
    return aside


def salvage_database(path: Path, key: Secret | None, reason: str) -> tuple[Database, RepairReport]:
    """Set the damaged file aside, make a new database at `path` (same key) and copy into it
    everything readable of the local truth. Returns the new database and the report."""
    emptied = file_kind(path) is FileKind.EMPTY
    aside = set_aside(path)
    report = RepairReport(damaged_file=str(aside), reason=reason, emptied=emptied)
    try:
        new_db = Database(path, key=key)
    except StorageError:
        raise
    if not emptied:

        def connect_source() -> Connection:
            conn = connect_file(aside, key)
            conn.execute("PRAGMA query_only = ON")
            return conn

        with new_db.translate_errors():
            report.result = salvage_into(connect_source, new_db.connection())
    else:
        report.result = SalvageResult(schema_readable=False)
    for line in report.lines():
        log.warning("salvage: %s", line)
    return new_db, report
