"""What is really wrong with the place the database lives, in words that are true.

SQLite reports a full disk as "disk I/O error" when it cannot even grow its shared-memory
file, a read-only database file as "attempt to write a readonly database" whoever made it
read-only, and a data folder that is a file as "unable to open database file". These
helpers look at the file system itself so the message names the real cause: the disk is
full (and how much is free), the file — not the folder — is read-only, the disk is mounted
read-only, or the "folder" is a file.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

# Below this much free space a failed write is a full disk, not a broken one: SQLite needs
# room for its journal and shared-memory files, a page or more at a time.
NEARLY_FULL_BYTES = 1024 * 1024
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})


def free_bytes(path: Path) -> int | None:
    """Free space for this user on the disk holding `path` (or its nearest existing parent)."""
    for place in (path, *path.parents):
        try:
            return shutil.disk_usage(place).free
        except OSError:
            continue
    return None


def looks_full(path: Path) -> bool:
    """Is the disk holding `path` (nearly) out of space?"""
    free = free_bytes(path)
    return free is not None and free < NEARLY_FULL_BYTES


def disk_full_message(path: Path) -> str:
    free = free_bytes(path)
    left = "" if free is None else f" ({_size(free)} free)"
    return (
        f"The disk holding {path} is full{left}. Free some space, then try again; "
        "nothing recorded before is lost."
    )


def read_only_message(path: Path) -> str:
    """Why `path` (a database file) cannot be written: disk, folder, file or journal."""
    folder = path.parent
    if _mounted_read_only(folder):
        return (
            f"The disk holding {folder} is mounted read-only: check-ins cannot be recorded. "
            "Remount it writable or use another data folder (--data-dir)."
        )
    if not os.access(folder, os.W_OK):
        return (
            f"The data folder {folder} is read-only (no permission to write in it): "
            "check-ins cannot be recorded. Make it writable or use another (--data-dir)."
        )
    for candidate in _database_files(path):
        if _mounted_read_only(candidate):
            return (
                f"The database file {candidate} sits on a read-only mount (its folder is "
                "writable): check-ins cannot be recorded. Remount it writable."
            )
        if not os.access(candidate, os.W_OK):
            what = "database file" if candidate == path else "database's journal file"
            return (
                f"The {what} {candidate} is read-only (its folder is writable): check-ins "
                f"cannot be recorded. Make the file writable (e.g. chmod u+w {candidate.name})."
            )
    return f"The database {path} is read-only: check-ins cannot be recorded."


def unwritable_database(path: Path) -> str | None:
    """Why an existing database at `path` could be read but not written, if it could not."""
    if not path.is_file():
        return None
    folder_writable = os.access(path.parent, os.W_OK) and not _mounted_read_only(path.parent)
    files_writable = all(
        os.access(f, os.W_OK) and not _mounted_read_only(f) for f in _database_files(path)
    )
    return None if folder_writable and files_writable else read_only_message(path)


def _database_files(path: Path) -> list[Path]:
    """The database and the journal files next to it that exist."""
    return [f for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if f.exists()]


def folder_problem(folder: Path) -> str | None:
    """Why `folder` cannot hold a database, when it (or a parent of it) is not a folder."""
    for place in (folder, *folder.parents):
        if place.is_dir():
            return None
        if place.exists() or place.is_symlink():
            if place == folder:
                return (
                    f"The data folder {folder} is a file, not a folder: point --data-dir (or "
                    "CHECKIN_DATA_DIR) at a folder, or move that file aside."
                )
            return (
                f"Cannot use the data folder {folder}: {place} is a file, not a folder. Point "
                "--data-dir (or CHECKIN_DATA_DIR) elsewhere, or move that file aside."
            )
    return None


def database_path_problem(path: Path) -> str | None:
    """Why `path` cannot be the database: its folder is not a folder, or it is a folder."""
    problem = folder_problem(path.parent)
    if problem is None and path.is_dir():
        problem = f"The database {path} is a folder, not a file: move that folder aside."
    return problem


def _mounted_read_only(place: Path) -> bool:
    try:
        return bool(os.statvfs(place).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    if count < 1024**2:
        return f"{count / 1024:.0f} KB"
    if count < 1024**3:
        return f"{count / 1024**2:.1f} MB"
    return f"{count / 1024**3:.1f} GB"
