"""Checks and copies of SQLite files, done before SQLAlchemy touches them.

A file that is not a database, or a damaged one, must be refused before anything writes to
it: even opening it in WAL mode would create side files, and a migration would rewrite it.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kamdesk.domain.file_names import MAX_NAME_CHARS, is_safe_file_name, safe_file_name
from kamdesk.store.errors import (
    DamagedDatabaseError,
    LocationError,
    LockedDatabaseError,
    NotADatabaseError,
    StorageError,
)
from kamdesk.store.location import DatabaseLocation

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_FOLDER = "backups"


def create_default_folder(location: DatabaseLocation) -> None:
    """On first use, create the default database's folder, readable by its owner only (0700).

    Only the default location (the user data folder) is created: a folder the user names
    with ``--db`` or ``KAMDESK_DB`` must exist, so a typo is refused instead of followed.
    Missing parents (``~/.local/share`` on a fresh account) get the usual permissions.
    """
    if not location.is_default or location.path is None:
        return
    folder = location.path.parent
    if folder.is_dir():
        return
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700)
    except OSError as error:
        if folder.is_dir():
            return  # another kamdesk started at the same moment and made it
        raise LocationError(
            f"The folder {folder} cannot be created ({error.strerror}); choose a place with --db."
        ) from error
    # mkdir's mode passes through the umask; say 0700 outright (Windows ignores it).
    folder.chmod(0o700)


def check_location(path: Path) -> None:
    """Refuse a database path whose folder is missing or read-only."""
    folder = path.parent
    if not folder.is_dir():
        raise LocationError(
            f"The folder {folder} does not exist; create it or choose another --db."
        )
    if path.exists():
        if not os.access(path, os.R_OK):
            raise LocationError(f"The database {path} cannot be read (no permission).")
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            raise LocationError(
                f"The database {path} is read-only; kamdesk needs to write to it and its folder."
            )
    elif not os.access(folder, os.W_OK):
        raise LocationError(f"The folder {folder} is read-only; choose another place with --db.")


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (0600)."""
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database or fails SQLite's quick check.

    The check opens the file read-only (``mode=ro``), so a refused file stays untouched.
    """
    if path.stat().st_size == 0:
        return  # a file we created ourselves and never wrote, or touched by the user
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path} is not a kamdesk database (not a SQLite file); it was left untouched."
        )
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error as error:
        raise StorageError(f"{path} cannot be opened: {error}.") from error
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise LockedDatabaseError(
                f"{path} is locked by another program; close it and try again."
            ) from error
        raise DamagedDatabaseError(
            f"{path} is damaged ({error}); it was left untouched. Restore a backup."
        ) from error
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(
            f"{path} is damaged ({error}); it was left untouched. Restore a backup."
        ) from error
    finally:
        connection.close()
    if rows != [("ok",)]:
        raise DamagedDatabaseError(
            f"{path} is damaged ({rows[0][0]}); it was left untouched. Restore a backup."
        )


def backup_folder(path: Path) -> Path:
    """The folder next to the database where its backups are kept."""
    return path.parent / BACKUP_FOLDER


def write_backup(path: Path, reason: str, destination: Path | None = None, keep: int = 10) -> Path:
    """Write a consistent copy of the database (SQLite backup API) and prune old ones.

    Automatic backups go to the backup folder, named by time and reason; only the newest
    ``keep`` automatic backups are kept. An explicit ``destination`` is never pruned.
    """
    if destination is None:
        folder = backup_folder(path)
        folder.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        name = f"{path.stem}-{stamp}-{reason}.sqlite3"
        if not is_safe_file_name(name):
            # Say a very long database name: shortened rather than refused by the file
            # system; such a backup then escapes pruning (kept, never lost).
            name = safe_file_name(name, limit=MAX_NAME_CHARS)
        destination = folder / name
    if destination.exists():
        raise StorageError(f"{destination} already exists; choose another file name.")
    create_private_file(destination)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    target = sqlite3.connect(destination)
    try:
        source.backup(target)
    except sqlite3.Error as error:
        target.close()
        destination.unlink(missing_ok=True)
        raise StorageError(f"The backup to {destination} failed: {error}.") from error
    finally:
        source.close()
    target.close()
    _prune(backup_folder(path), path.stem, keep)
    return destination


def newest_backup_day(path: Path) -> str | None:
    """The UTC day (YYYYMMDD) of the newest automatic backup, if any."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return None
    names = sorted(p.name for p in folder.glob(f"{path.stem}-*.sqlite3"))
    return names[-1][len(path.stem) + 1 : len(path.stem) + 9] if names else None


def _prune(folder: Path, stem: str, keep: int) -> None:
    if not folder.is_dir():
        return
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"))
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
